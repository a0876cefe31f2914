package vn.qms.stats.system;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Brings the database's schema to the jar's migrations, {@code db/migration/common} and
 * {@code db/migration/<h2|postgresql>}, before anything reads the database. Flyway is
 * built and run only when the schema history differs from them ({@link SchemaHistory}):
 * building it (its plugins, its configuration, a scan of the jar) was a seventh of the
 * profile of a short command such as {@code figures}, on every start but the first of a
 * new version. Flyway's Spring Boot auto-configuration is therefore left out of every
 * context; beans that read the database start after this one ({@link Detector}).
 */
public final class SchemaMigration implements InitializingBean {

	private final DataSource dataSource;

	SchemaMigration(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws MetaDataAccessException {
		List<String> folders = folders(this.dataSource);
		if (!SchemaHistory.isCurrent(this.dataSource, folders)) {
			Flyway.configure(SchemaMigration.class.getClassLoader())
				.dataSource(this.dataSource)
				.table(SchemaHistory.TABLE)
				.locations(folders.stream().map((folder) -> "classpath:" + folder).toArray(String[]::new))
				.load()
				.migrate();
		}
	}

	/** The folders of the class path with the migrations for this database. */
	static List<String> folders(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return List.of("db/migration/common", "db/migration/" + DatabaseDriver.fromProductName(product).getId());
	}

	/**
	 * Tells Spring Boot that {@link SchemaMigration} initializes the database, so that
	 * the beans that read it (JDBC templates, the batch job repository, Quartz, ...) are
	 * created after it (listed in {@code META-INF/spring.factories}).
	 */
	static final class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {

		@Override
		protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
			return Set.of(SchemaMigration.class);
		}

	}

}

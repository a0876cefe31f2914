package vn.qms.stats.system;

import com.zaxxer.hikari.HikariConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Prepares the pool of an embedded database before it opens it (the pool connects only
 * when first asked, after this): the database's folder is made private; and with
 * {@value #COMPACT_ON_CLOSE}{@code =false}, which the read commands ({@code figures},
 * {@code jobs}) set, the database is opened so that closing it does not compact its file.
 * H2 compacts it for up to 200 ms at each close, a tenth of a cold {@code figures}
 * (docs/benchmarks.md); the commands that write ({@code ingest}, {@code demo},
 * {@code serve}, ...) keep compacting it.
 */
class EmbeddedDatabasePool implements BeanPostProcessor, EnvironmentAware {

	/** Whether closing the embedded database compacts its file (default true). */
	static final String COMPACT_ON_CLOSE = "qms.database.compact-on-close";

	private boolean compactOnClose = true;

	@Override
	public void setEnvironment(Environment environment) {
		this.compactOnClose = compactOnClose(environment);
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariConfig pool && pool.getJdbcUrl() != null) {
			EmbeddedDatabase.keepPrivate(pool.getJdbcUrl());
			pool.setJdbcUrl(url(pool.getJdbcUrl(), this.compactOnClose));
		}
		return bean;
	}

	static boolean compactOnClose(Environment environment) {
		return environment.getProperty(COMPACT_ON_CLOSE, Boolean.class, true);
	}

	/**
	 * The URL the pool connects with: the configured one, made not to compact an H2 file
	 * database at its close unless {@code compactOnClose}.
	 */
	static String url(String configured, boolean compactOnClose) {
		return compactOnClose ? configured : EmbeddedDatabase.withoutCompactionOnClose(configured);
	}

}

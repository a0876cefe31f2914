package vn.qms.stats.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read commands ({@code figures}, {@code jobs}) open the embedded database so that
 * closing it does not compact its file; every other context keeps compacting it; other
 * URLs are left as they are.
 */
class EmbeddedDatabasePoolTests {

	/** H2's compaction time at close, as the database in use has it. */
	static final String SETTING = "select setting_value from information_schema.settings"
			+ " where setting_name = 'MAX_COMPACT_TIME'";

	@TempDir
	Path folder;

	@Test
	void shouldOpenTheEmbeddedDatabaseOfTheReadCommandsWithoutCompactionOnClose() {
		assertThat(compactionTime(DatabaseApplication.class, "--" + DatabaseApplication.READ_ONLY)).isEqualTo("0");
	}

	@Test
	void shouldCompactOnCloseInEveryOtherContext() {
		assertThat(compactionTime(DatabaseApplication.class)).isEqualTo("200");
		assertThat(compactionTime(QmsStatsApplication.class)).isEqualTo("200");
	}

	/** H2's MAX_COMPACT_TIME in a context of this configuration on a new database. */
	private String compactionTime(Class<?> configuration, String... arguments) {
		String url = "jdbc:h2:file:"
				+ this.folder.resolve(configuration.getSimpleName() + arguments.length + "/qms-stats")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
		List<String> all = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa"));
		all.addAll(List.of(arguments));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration).logStartupInfo(false)
			.run(all.toArray(String[]::new))) {
			return context.getBean(JdbcTemplate.class).queryForObject(SETTING, String.class);
		}
	}

	@Test
	void shouldAddTheSettingToAnH2FileDatabaseOnly() {
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:h2:file:./data/qms-stats;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:file:./data/qms-stats;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0");
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:h2:./qms"))
			.isEqualTo("jdbc:h2:./qms;MAX_COMPACT_TIME=0");
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:h2:mem:qms")).isEqualTo("jdbc:h2:mem:qms");
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:h2:tcp://localhost/qms"))
			.isEqualTo("jdbc:h2:tcp://localhost/qms");
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:postgresql://127.0.0.1:5432/qms"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/qms");
		// the user's own setting wins
		assertThat(EmbeddedDatabase.withoutCompactionOnClose("jdbc:h2:./qms;max_compact_time=500"))
			.isEqualTo("jdbc:h2:./qms;max_compact_time=500");
	}

}

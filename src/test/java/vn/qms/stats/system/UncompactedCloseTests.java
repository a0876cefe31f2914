package vn.qms.stats.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read commands' context opens the embedded database so that closing it does not
 * compact its file; other URLs are left as they are.
 */
class UncompactedCloseTests {

	private static final String SETTING = "select setting_value from information_schema.settings"
			+ " where setting_name = 'MAX_COMPACT_TIME'";

	@TempDir
	Path folder;

	@Test
	void shouldOpenTheEmbeddedDatabaseOfTheReadCommandsWithoutCompactionOnClose() {
		String url = "jdbc:h2:file:" + this.folder.resolve("data/qms-stats")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseApplication.class)
			.logStartupInfo(false)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=sa")) {
			assertThat(context.getBean(JdbcTemplate.class).queryForObject(SETTING, String.class)).isEqualTo("0");
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

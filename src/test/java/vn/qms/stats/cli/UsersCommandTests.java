package vn.qms.stats.cli;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code users}: accounts of the web console, with no default password; what an
 * administrator types is what ends in the database, and a weak password or a bad name is
 * refused with a message and exit status 2.
 */
class UsersCommandTests {

	private final String db = "jdbc:h2:mem:users-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void shouldAddListDisableAndRefuseAccountsAsTheAdministratorAsks() {
		// given / when
		CommandRun added = CommandRun.withInput("correct horse battery\n", "--db", this.db, "users", "add", "Thu-Ky.AG",
				"--role", "secretariat", "--unit", "91");
		CommandRun weak = CommandRun.withInput("short\n", "--db", this.db, "users", "add", "viewer-ag", "--role",
				"VIEWER", "--unit", "91");
		CommandRun unknownUnit = CommandRun.withInput("correct horse battery\n", "--db", this.db, "users", "add",
				"viewer-xx", "--role", "VIEWER", "--unit", "999");
		CommandRun generated = CommandRun.withInput("", "--db", this.db, "users", "add", "so-tu-phap", "--role",
				"AGENCY", "--unit", "91", "--generate");
		CommandRun disabled = CommandRun.withInput("", "--db", this.db, "users", "disable", "so-tu-phap");
		CommandRun listed = CommandRun.withInput("", "--db", this.db, "users", "list");
		// then
		assertThat(added.status()).isZero();
		assertThat(added.out()).contains("thu-ky.ag (SECRETARIAT, 91)");
		assertThat(weak.status()).isEqualTo(2);
		assertThat(weak.err()).contains("at least 12 characters");
		assertThat(unknownUnit.status()).isEqualTo(2);
		assertThat(unknownUnit.err()).contains("No reference unit 999");
		assertThat(generated.status()).isZero();
		assertThat(generated.out()).containsPattern("Password: [A-Za-z0-9]{16}");
		assertThat(disabled.status()).isZero();
		assertThat(listed.out()).containsPattern("thu-ky\\.ag\\s+SECRETARIAT\\s+91\\s+yes")
			.containsPattern("so-tu-phap\\s+AGENCY\\s+91\\s+no")
			.doesNotContain("viewer-ag", "viewer-xx");
	}

}

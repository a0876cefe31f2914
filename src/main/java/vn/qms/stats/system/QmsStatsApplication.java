package vn.qms.stats.system;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context of QMS Stats. Started by the command line
 * ({@code vn.qms.stats.cli}), never on its own: every command boots it with the options
 * the user gave.
 */
@SpringBootApplication(scanBasePackages = "vn.qms.stats")
public class QmsStatsApplication {

	static {
		// before any H2 class reads it: the embedded database's server on loopback only
		EmbeddedDatabase.bindToLoopback();
	}

}

package vn.qms.stats.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code qms-stats.jar}: parses the command line, then boots the Spring
 * context the chosen command needs.
 */
@Command(name = "qms-stats", mixinStandardHelpOptions = true, version = "QMS Stats 0.1",
		description = "Statistics and reports of the TCVN ISO 9001 QMS programme.")
public final class Main implements Runnable {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String... args) {
		return new CommandLine(new Main()).execute(args);
	}

	@Override
	public void run() {
		CommandLine.usage(this, System.out);
	}

}

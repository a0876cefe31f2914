package vn.qms.stats.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import vn.qms.stats.system.EmbeddedDatabase;

/**
 * Entry point of {@code qms-stats.jar}: parses the command line, then boots the Spring
 * context the chosen command needs. Exit status: 0 success, 3 some input rejected (or
 * held, or left unread), 2 bad command line, 1 failure.
 */
@Command(name = "qms-stats", mixinStandardHelpOptions = true, version = "QMS Stats 0.1",
		description = "Thống kê và báo cáo áp dụng HTQLCL theo TCVN ISO 9001 / "
				+ "Statistics and reports of the TCVN ISO 9001 QMS programme.",
		subcommands = { IngestCommand.class, FiguresCommand.class, ReportCommand.class, InspectCommand.class,
				DemoCommand.class, ServeCommand.class, JobsCommand.class, UsersCommand.class, BlankCommand.class,
				ApproveCommand.class, UnapproveCommand.class, BenchCommand.class })
public final class Main implements Runnable {

	/** Some input was rejected or held ({@code docs/cli.md}). */
	static final int REJECTED = 3;

	@Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
			description = "Database (default: QMS_DB_URL, else the embedded H2 database in ./data/)")
	String database;

	@Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en",
			description = "Language of messages and reports (default: qms.language, vi)")
	String language;

	public static void main(String[] args) {
		OptionalInt relaunched = QuickStart.relaunch(args);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		EmbeddedDatabase.bindToLoopback();
		System.exit(run(args));
	}

	/** Runs a command line and answers its exit status, without exiting the JVM. */
	public static int run(String... args) {
		CommandLine commandLine = new CommandLine(new Main());
		commandLine.setExecutionExceptionHandler(Main::failure);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine.execute(args);
	}

	@Override
	public void run() {
		CommandLine.usage(this, System.out);
	}

	/** A failure is one readable line; the stack trace only with QMS_DEBUG set. */
	private static int failure(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		if (ex instanceof UsageException) {
			err.println(ex.getMessage());
			err.flush();
			return 2;
		}
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		err.println("Lỗi / Error: " + cause.getMessage());
		if (System.getenv("QMS_DEBUG") != null) {
			ex.printStackTrace(err);
		}
		err.flush();
		return 1;
	}

}

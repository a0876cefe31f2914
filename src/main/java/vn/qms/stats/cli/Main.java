package vn.qms.stats.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

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
				+ "Statistics and reports of the TCVN ISO 9001 QMS programme.")
public final class Main implements Runnable {

	/** Some input was rejected or held ({@code docs/cli.md}). */
	static final int REJECTED = 3;

	private static final String IGNORE_BACKGROUND_INITIALIZATION = "spring.backgroundpreinitializer.ignore";

	private static final String COMMONS_LOGGING = "org.apache.commons.logging.LogFactory";

	private static final String SLF4J_LOGGING = "org.apache.commons.logging.impl.Slf4jLogFactory";

	/** The subcommands in the order the usage lists them. */
	private static final Map<String, Class<?>> COMMANDS = commands();

	@Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
			description = "Database (default: QMS_DB_URL, else the embedded H2 database in ./data/)")
	String database;

	@Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en",
			description = "Language of messages and reports (default: qms.language, vi)")
	String language;

	public static void main(String[] args) {
		if (!"serve".equals(subcommand(args))) {
			// a command is one task, mostly on two cores or fewer: Spring Boot's
			// initialization of Jackson, Tomcat and the HTTP converters in the background
			// (for a web application) only takes the processor from it
			System.setProperty(IGNORE_BACKGROUND_INITIALIZATION,
					System.getProperty(IGNORE_BACKGROUND_INITIALIZATION, "true"));
		}
		// Spring logs through Commons Logging, which looks for Log4j's API before SLF4J
		// (a service lookup over every jar, then Log4j's providers set up only to find
		// that they route to SLF4J): about 40 ms of every start. Logging goes to SLF4J
		// (Logback) either way; named here, it is found at once.
		System.setProperty(COMMONS_LOGGING, System.getProperty(COMMONS_LOGGING, SLF4J_LOGGING));
		EmbeddedDatabase.bindToLoopback();
		System.exit(run(args));
	}

	/** Runs a command line and answers its exit status, without exiting the JVM. */
	public static int run(String... args) {
		CommandLine commandLine = commandLine(args);
		commandLine.setExecutionExceptionHandler(Main::failure);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine.execute(args);
	}

	/**
	 * The command line with the subcommand these arguments name, or with all of them
	 * (usage, a mistyped name): picocli reads the options of every command it is given,
	 * which a command run alone need not pay for.
	 */
	static CommandLine commandLine(String... args) {
		CommandLine commandLine = new CommandLine(new Main());
		String named = subcommand(args);
		COMMANDS.forEach((name, command) -> {
			if (named == null || named.equals(name)) {
				commandLine.addSubcommand(name, command);
			}
		});
		return commandLine;
	}

	private static Map<String, Class<?>> commands() {
		Map<String, Class<?>> commands = new LinkedHashMap<>();
		commands.put("ingest", IngestCommand.class);
		commands.put("figures", FiguresCommand.class);
		commands.put("report", ReportCommand.class);
		commands.put("inspect", InspectCommand.class);
		commands.put("demo", DemoCommand.class);
		commands.put("serve", ServeCommand.class);
		commands.put("jobs", JobsCommand.class);
		commands.put("users", UsersCommand.class);
		commands.put("blank", BlankCommand.class);
		commands.put("approve", ApproveCommand.class);
		commands.put("unapprove", UnapproveCommand.class);
		commands.put("bench", BenchCommand.class);
		return commands;
	}

	/**
	 * The first argument that is not an option of the main command, if a subcommand.
	 * {@code launch.QuickStart} reads the command line the same way before any of these
	 * classes is loaded (it runs from the jar's root, on the JDK alone): an option of the
	 * main command with a value added here is added there too.
	 */
	private static String subcommand(String... args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--db") || args[i].equals("--lang")) {
				i++;
			}
			else if (!args[i].startsWith("-")) {
				return COMMANDS.containsKey(args[i]) ? args[i] : null;
			}
		}
		return null;
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

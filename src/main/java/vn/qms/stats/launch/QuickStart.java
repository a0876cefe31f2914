package vn.qms.stats.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a command in a JVM started for it from the copy of the jar that the build extracts
 * next to it ({@code target/qms-stats/}: the classes as plain jars, and a class-data
 * archive of them made by a training run), so that {@code java -jar qms-stats.jar
 * figures} starts in a fraction of the time: no class is read out of nested jars,
 * verified and parsed again, and the short commands compile with C1 only. The jar works
 * on its own as before: without that copy, or with a copy of another build, the command
 * runs in this JVM. {@code -Dqms.quick-start=false} turns it off.
 * <p>
 * Runs in the {@link Launcher}'s JVM before Spring Boot's loader, from the jar's root: it
 * may use the JDK alone.
 */
final class QuickStart {

	/** What the child knows it is, so that it never starts another. */
	static final String RELAUNCHED = "qms.quick-start.child";

	/** The command line's entry point in the copy (not loadable from the jar's root). */
	static final String MAIN = "vn.qms.stats.cli.Main";

	/**
	 * Short commands: the class-data archive, C1 only, the serial collector, and half the
	 * heap young (not a third): a {@code figures} on the demo's data then ends before its
	 * first collection (of 77 ms) is due.
	 */
	private static final List<String> SHORT = List.of("figures", "jobs", "inspect");

	/**
	 * Commands that read files: the class-data archive and C1 only, with the JVM's usual
	 * collector. A cold {@code ingest} of a 1,000,000-row dossier log spent about two
	 * seconds of its two cores compiling Spring's start-up with C2 while the parsing
	 * worker (which keeps C2: it parses) started beside it; the rows it then handles take
	 * about a third more CPU in C1 code, and the whole command still ended 0.6–2.0 s
	 * sooner in interleaved runs, before its SHA-256 was moved to the worker (where C2
	 * compiles the JVM's intrinsic: docs/benchmarks.md).
	 */
	private static final List<String> LONG = List.of("ingest");

	/**
	 * One C1 compiler thread, not two, for the short commands: on two cores the second
	 * thread only took a core from the command (interleaved runs: {@code figures},
	 * {@code jobs}, {@code inspect} 55–70 ms sooner, docs/benchmarks.md). Left out when
	 * the user's own options set the compilers: the JVM refuses one thread with C2.
	 */
	static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";

	private static final List<String> LONG_FLAGS = List.of("-XX:TieredStopAtLevel=1");

	private static final List<String> SHORT_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
			"-XX:NewRatio=1", ONE_COMPILER_THREAD);

	private final Path jar;

	private final Path copy;

	QuickStart(Path jar) {
		this.jar = jar;
		String name = jar.getFileName().toString();
		this.copy = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()));
	}

	/**
	 * Runs the command line in a JVM of its own if it is one that gains by it and the
	 * build's copy of this jar is there; answers its exit status, or nothing to run it
	 * here.
	 */
	static OptionalInt relaunch(String... args) {
		if (System.getProperty(RELAUNCHED) != null || "false".equals(System.getProperty("qms.quick-start"))
				|| System.getProperty("jarmode") != null) {
			return OptionalInt.empty();
		}
		Optional<List<String>> flags = flags(args);
		Optional<Path> jar = runningJar();
		if (flags.isEmpty() || jar.isEmpty()) {
			return OptionalInt.empty();
		}
		QuickStart quickStart = new QuickStart(jar.get());
		if (!quickStart.isCurrent()) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(quickStart.run(flags.get(), args));
	}

	/** The JVM flags the command runs with, if it is one to relaunch. */
	static Optional<List<String>> flags(String... args) {
		String command = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
				return Optional.of(SHORT_FLAGS); // picocli answers at once, without
													// Spring
			}
			if (command == null && !arg.startsWith("-")) {
				command = arg;
			}
			else if (command == null && (arg.equals("--db") || arg.equals("--lang"))) {
				i++; // the main command's options with a value
			}
		}
		if (command == null) {
			return Optional.of(SHORT_FLAGS); // the usage
		}
		if (SHORT.contains(command)) {
			return Optional.of(SHORT_FLAGS);
		}
		return LONG.contains(command) ? Optional.of(LONG_FLAGS) : Optional.empty();
	}

	/** The copy is this jar's: the build writes the jar's size and time into it. */
	boolean isCurrent() {
		try {
			Path stamp = this.copy.resolve("qms-stats.stamp");
			if (!Files.isRegularFile(this.copy.resolve("qms-stats.jar"))
					|| !Files.isRegularFile(this.copy.resolve("qms-stats.jsa")) || !Files.isRegularFile(stamp)) {
				return false;
			}
			return Files.readString(stamp, StandardCharsets.UTF_8).trim().equals(stamp(this.jar));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** What identifies a build of the jar, cheaply: its size and modification time. */
	static String stamp(Path jar) throws IOException {
		return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
	}

	List<String> command(List<String> flags, List<String> jvmArguments, String... args) {
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.addAll(ClassDataArchive.options(this.copy.resolve("qms-stats.jsa")));
		boolean ownCompilers = jvmArguments.stream()
			.anyMatch((option) -> option.startsWith("-XX:TieredStopAtLevel") || option.contains("TieredCompilation")
					|| option.startsWith("-XX:CICompilerCount"));
		flags.stream().filter((flag) -> !(ownCompilers && flag.equals(ONE_COMPILER_THREAD))).forEach(line::add);
		// the user's own JVM options (-Xmx256m, -D...) after ours, so that they win
		line.addAll(jvmArguments);
		line.add("-D" + RELAUNCHED + "=true");
		line.add("-cp");
		line.add(this.copy.resolve("qms-stats.jar").toString());
		line.add(MAIN);
		line.addAll(Arrays.asList(args));
		return line;
	}

	private int run(List<String> flags, String... args) {
		List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
		ProcessBuilder builder = new ProcessBuilder(command(flags, jvmArguments, args)).inheritIO();
		Map<String, String> environment = builder.environment();
		environment.remove("JAVA_TOOL_OPTIONS"); // already among this JVM's arguments
		unicodeFileNames(environment, System.getProperty("sun.jnu.encoding"), System.getProperty("os.name"));
		try {
			Process child = builder.start();
			Thread stop = new Thread(() -> stop(child));
			Runtime.getRuntime().addShutdownHook(stop);
			int status = child.waitFor();
			Runtime.getRuntime().removeShutdownHook(stop);
			return status;
		}
		catch (IOException ex) {
			System.err.println("Lỗi / Error: " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	/**
	 * On Linux, a command started under a locale whose characters are not UTF-8 (no
	 * {@code LANG}, as under some service managers, or a legacy one) could not name a
	 * file called {@code Báo cáo quý.xlsx}: Java writes and reads file names in the
	 * locale's characters. The command runs with {@code LC_CTYPE=C.UTF-8} instead, the
	 * rest of the locale (language, formats) kept: an {@code LC_ALL}, which would
	 * override it, becomes the {@code LANG} it stood for.
	 */
	static void unicodeFileNames(Map<String, String> environment, String fileNameEncoding, String os) {
		if (os == null || !os.startsWith("Linux") || "UTF-8".equalsIgnoreCase(fileNameEncoding)) {
			return;
		}
		String all = environment.remove("LC_ALL");
		if (all != null && !all.isEmpty()) {
			environment.put("LANG", all);
		}
		environment.put("LC_CTYPE", "C.UTF-8");
	}

	/**
	 * This JVM told to stop (Ctrl-C, SIGTERM): the command stops as it would on its own.
	 */
	private static void stop(Process child) {
		child.destroy();
		try {
			child.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The product's executable jar this JVM was started from ({@code java -jar}). */
	private static Optional<Path> runningJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
			return Optional.empty();
		}
		Path jar = Path.of(classPath).toAbsolutePath();
		return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
	}

}

package vn.qms.stats.ingest.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.qms.stats.launch.ClassDataArchive;

/**
 * The command line of a parsing worker: this JVM's {@code java}, the product's own
 * classes, a small heap that ends the JVM when exhausted, and warnings only in its log.
 * From the product's jar, Spring Boot's {@code PropertiesLauncher} finds the nested
 * libraries; from a class path (tests, an IDE), the class path itself.
 */
final class WorkerCommand {

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	/**
	 * The workers' class-data archive, next to the build's copy of the jar
	 * ({@code target/qms-stats/}) that the relaunched commands run from.
	 */
	static final String ARCHIVE = "qms-worker.jsa";

	/**
	 * Set by the build's training run: each worker writes its classes into an archive of
	 * this name (and a number) when it ends.
	 */
	static final String TRAINING = "qms.worker.training-archive";

	private static final AtomicInteger trained = new AtomicInteger();

	private final int heapMb;

	WorkerCommand(int heapMb) {
		this.heapMb = heapMb;
	}

	List<String> line() {
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.add("-Xmx" + this.heapMb + "m");
		line.add("-Xss2m");
		line.add("-XX:+ExitOnOutOfMemoryError");
		// the JVM's own messages ("Terminating due to...") must not enter the protocol
		line.add("-XX:+DisplayVMOutputToStderr");
		line.add("-XX:+UseSerialGC");
		line.add("-XX:-UsePerfData");
		line.addAll(classData(System.getProperty("java.class.path")));
		line.add("-Djava.awt.headless=true");
		line.add("-Dfile.encoding=UTF-8");
		line.add("-Dlogback.configurationFile=logback-worker.xml");
		String classPath = System.getProperty("java.class.path");
		if (isBootJar(classPath)) {
			line.add("-cp");
			line.add(classPath);
			line.add("-Dloader.main=" + WorkerMain.class.getName());
			line.add(LAUNCHER);
		}
		else {
			line.add("-cp");
			line.add(classPath);
			line.add(WorkerMain.class.getName());
		}
		return line;
	}

	/**
	 * The flags of the class-data archive: the training's, or the archive beside the jar
	 * the workers run from if there is one (a stale archive is simply not used by the
	 * JVM, which checks the jar it was made from).
	 */
	static List<String> classData(String classPath) {
		String training = System.getProperty(TRAINING);
		if (training != null) {
			return List.of("-XX:ArchiveClassesAtExit=" + training + "." + trained.incrementAndGet(), "-Xlog:cds=off",
					"-Xlog:cds+dynamic=off");
		}
		if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")) {
			Path archive = Path.of(classPath).resolveSibling(ARCHIVE);
			if (Files.isRegularFile(archive)) {
				return ClassDataArchive.options(archive);
			}
		}
		return List.of();
	}

	/** The product's executable jar, whose libraries are nested in it. */
	private static boolean isBootJar(String classPath) {
		if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
			return false;
		}
		try {
			return Files.isRegularFile(Path.of(classPath))
					&& WorkerCommand.class.getClassLoader().getClass().getName().startsWith("org.springframework.boot");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}

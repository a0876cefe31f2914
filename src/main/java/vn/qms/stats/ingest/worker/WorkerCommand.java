package vn.qms.stats.ingest.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a parsing worker: this JVM's {@code java}, the product's own
 * classes, a small heap that ends the JVM when exhausted, and warnings only in its log.
 * From the product's jar, Spring Boot's {@code PropertiesLauncher} finds the nested
 * libraries; from a class path (tests, an IDE), the class path itself.
 */
final class WorkerCommand {

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

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
		line.add("-Xshare:auto");
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

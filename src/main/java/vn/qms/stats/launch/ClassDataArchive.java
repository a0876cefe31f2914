package vn.qms.stats.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options that start a JVM with one of the build's class-data archives: the
 * commands' ({@link QuickStart}) and the parsing workers'. Uses the JDK alone: it runs in
 * the {@link Launcher}'s JVM too.
 */
public final class ClassDataArchive {

	/**
	 * The newest JDK known to have {@code ArchiveRelocationMode}: a diagnostic option, so
	 * one a later JDK may drop, and an option the JVM does not know stops it.
	 */
	private static final int RELOCATION_MODE_UNTIL = 25;

	private ClassDataArchive() {
	}

	/**
	 * Options that use the archive if it fits this JVM (an archive of another JVM or jar
	 * is simply not used, with no warning on the command's output), mapped at the address
	 * it was made for: this JDK 17 relocates archives by default
	 * ({@code ArchiveRelocationMode=1}, for address-space randomization), which cost a
	 * {@code --version} 0.1 s of its 0.45 s on the build machine; the JVM still relocates
	 * it if that address is taken.
	 */
	public static List<String> options(Path archive) {
		List<String> options = new ArrayList<>();
		options.add("-XX:SharedArchiveFile=" + archive);
		options.add("-Xshare:auto");
		if (Runtime.version().feature() <= RELOCATION_MODE_UNTIL) {
			options.add("-XX:+UnlockDiagnosticVMOptions");
			options.add("-XX:ArchiveRelocationMode=0");
		}
		options.add("-Xlog:cds=off");
		options.add("-Xlog:cds+dynamic=off");
		return options;
	}

}

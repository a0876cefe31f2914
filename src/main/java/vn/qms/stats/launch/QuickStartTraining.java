package vn.qms.stats.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

import vn.qms.stats.cli.Main;

/**
 * The training run of {@link QuickStart}, made by the build ({@code pom.xml}) with
 * {@code -XX:ArchiveClassesAtExit}: the commands that are relaunched, run once each on a
 * fresh embedded database in the working directory, so that the archive holds the classes
 * they load. Arguments: the executable jar, the folder of its extracted copy, the sample
 * workbooks.
 */
final class QuickStartTraining {

	/** The property of {@code WorkerCommand} that makes each worker write an archive. */
	private static final String WORKER_TRAINING = "qms.worker.training-archive";

	/**
	 * The workers' archive that {@code WorkerCommand} looks for beside the copy's jar.
	 */
	private static final String WORKER_ARCHIVE = "qms-worker.jsa";

	private QuickStartTraining() {
	}

	/**
	 * The archive of the worker that loaded the most (read, streamed and annotated), as
	 * the workers' archive; the others deleted.
	 */
	private static void keepLargest(Path copy) throws IOException {
		List<Path> archives;
		try (Stream<Path> files = Files.list(copy)) {
			archives = files.filter((file) -> file.getFileName().toString().startsWith(WORKER_ARCHIVE + ".training"))
				.sorted(Comparator.comparingLong(QuickStartTraining::size).reversed())
				.toList();
		}
		if (archives.isEmpty()) {
			throw new IllegalStateException("No parsing worker wrote a class-data archive");
		}
		Files.move(archives.get(0), copy.resolve(WORKER_ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
		for (Path other : archives.subList(1, archives.size())) {
			Files.delete(other);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path copy = Path.of(args[1]);
		Path samples = Path.of(args[2]);
		// a fresh database each build: the same samples again would be duplicates
		FileSystemUtils.deleteRecursively(Path.of("data"));
		Path inbox = Files.createDirectories(Path.of("training-input"));
		for (String sample : new String[] { "bm02_quoc-gia_2020.xlsx", "bm04_an-giang_2026-q3.xlsx" }) {
			Files.copy(samples.resolve(sample), inbox.resolve(sample), StandardCopyOption.REPLACE_EXISTING);
		}
		// the parsing workers of these commands each write an archive of their classes
		System.setProperty(WORKER_TRAINING, copy.resolve(WORKER_ARCHIVE + ".training").toString());
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		int[] statuses = { Main.run("ingest", inbox.toString()),
				Main.run("figures", "--unit", "VN", "--period", "2020"),
				Main.run("figures", "--unit", "91", "--period", "2026-Q3", "--format", "json"), Main.run("jobs"),
				Main.run("inspect", samples.resolve("bm02_quoc-gia_2020.xlsx").toString()) };
		System.setOut(out);
		for (int status : statuses) {
			if (status != 0) {
				throw new IllegalStateException("A training command failed with status " + status);
			}
		}
		keepLargest(copy);
		// the archive is this build's: QuickStart relaunches only when the stamp matches
		Files.writeString(copy.resolve("qms-stats.stamp"), QuickStart.stamp(jar), StandardCharsets.UTF_8);
		System.exit(0);
	}

}

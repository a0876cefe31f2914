package vn.qms.stats.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

/**
 * Small BM02 workbooks a secretariat drops: national compilations for distinct periods
 * (each accepted once), copies of them (duplicates), and bad ones (rejected).
 */
final class DroppedFiles {

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };

	private DroppedFiles() {
	}

	/** Good, distinct workbooks: every period of the years from 2016 (7 a year). */
	static List<Path> good(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int year = 2016 + i / 7;
			int slot = i % 7;
			String period = (slot == 0) ? "Năm " + year
					: (slot <= 2) ? "6 tháng " + ((slot == 1) ? "đầu" : "cuối") + " năm " + year
							: "Quý " + QUARTERS[slot - 3] + "/" + year;
			Bm02Sheet sheet = national(period).row("BKHCN", "Bộ Khoa học và Công nghệ", 10 + i % 7, 8 + i % 3)
				.row("BYT", "Bộ Y tế", 20 + i % 11, 15 + i % 5);
			files.add(SampleWorkbooks.write(folder.resolve(String.format("good-%03d.xlsx", i)), sheet));
		}
		return files;
	}

	/** Bad workbooks, each with its own unknown unit code. */
	static List<Path> bad(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Bm02Sheet sheet = national("Năm 2020").row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10)
				.row("BX" + i, "Bộ Không Có", 5, 5);
			files.add(SampleWorkbooks.write(folder.resolve(String.format("bad-%03d.xlsx", i)), sheet));
		}
		return files;
	}

	/** Copies of files under new names (same bytes: duplicates once one is accepted). */
	static List<Path> copies(List<Path> originals, Path folder, String prefix, int count) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path original = originals.get(i % originals.size());
			files.add(Files.copy(original, folder.resolve(String.format("%s-%03d.xlsx", prefix, i)),
					StandardCopyOption.REPLACE_EXISTING));
		}
		return files;
	}

	/**
	 * Drops files at once (a rename in the same file system, as a copy tool finishes).
	 */
	static void drop(List<Path> files, Path input) throws IOException {
		Files.createDirectories(input);
		for (Path file : files) {
			Files.move(file, input.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/**
	 * Writes the bytes of a file into the input folder in chunks, pausing between them.
	 */
	static void writeSlowly(Path source, Path target, int chunks, long pauseMillis)
			throws IOException, InterruptedException {
		byte[] bytes = Files.readAllBytes(source);
		int size = (bytes.length + chunks - 1) / chunks;
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int start = 0; start < bytes.length; start += size) {
				out.write(Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + size)));
				out.flush();
				if (start + size < bytes.length) {
					Thread.sleep(pauseMillis);
				}
			}
		}
	}

	/**
	 * Dropped spreadsheets directly in a folder (not their annotated copies, not
	 * sub-folders).
	 */
	static List<String> spreadsheets(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (var files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".xlsx") && !name.endsWith(".annotated.xlsx"))
				.sorted()
				.toList();
		}
	}

	static long resultFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (var files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".result.json")).count();
		}
	}

	private static Bm02Sheet national(String period) {
		return new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: " + period,
				"Mã đơn vị báo cáo: VN");
	}

}

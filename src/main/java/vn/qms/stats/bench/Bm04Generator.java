package vn.qms.stats.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Generates a BM04 dossier log of N rows as a government sheet looks: title block
 * ({@code Kỳ báo cáo: Quý III/2026}, {@code Mã đơn vị báo cáo: 91}), the header of the
 * form, then one dossier per row with dates as date cells; a share of the rows breaks a
 * rule (due before received, a date that is text, a missing dossier code, a dossier code
 * its agency used before). Same seed, same file.
 *
 * @param rows data rows
 * @param badShare the share of rows that break a rule (0.0005 is 0.05 %)
 * @param agencies how many agency codes the rows spread over
 * @param procedures how many procedure codes
 * @param seed the random seed
 */
public record Bm04Generator(long rows, double badShare, int agencies, int procedures, long seed) {

	public static final String PERIOD = "Quý III/2026";

	public static final String UNIT = "91";

	/** The row of the first dossier, as Excel numbers it. */
	public static final int FIRST_DATA_ROW = 7;

	private static final LocalDate QUARTER_START = LocalDate.of(2026, 7, 1);

	private static final double EPOCH_DAY = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), QUARTER_START);

	private static final String[] CHANNELS = { "Trực tiếp", "Trực tuyến", "Bưu chính" };

	public static Bm04Generator of(long rows) {
		return new Bm04Generator(rows, 0.0005, 200, 500, 42);
	}

	/** The same log shape from another seed: other rows, another file. */
	public Bm04Generator withSeed(long seed) {
		return new Bm04Generator(this.rows, this.badShare, this.agencies, this.procedures, seed);
	}

	public Bm04Generator withBadShare(double share) {
		return new Bm04Generator(this.rows, share, this.agencies, this.procedures, this.seed);
	}

	public Path write(Path file) throws IOException {
		return write(file, UnaryOperator.identity());
	}

	/**
	 * Writes the log with every text cell but the codes passed through {@code text}: e.g.
	 * encoded in TCVN3, as a workbook typed with the fonts of the time holds it.
	 */
	public Path write(Path file, UnaryOperator<String> text) throws IOException {
		SplittableRandom random = new SplittableRandom(this.seed);
		try (Bm04Workbook book = new Bm04Workbook(file)) {
			book.startRow().text(text.apply("UBND TỈNH AN GIANG")).endRow();
			book.startRow().text(text.apply("SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH")).endRow();
			book.startRow().text(text.apply("Kỳ báo cáo: " + PERIOD)).endRow();
			book.startRow().text(text.apply("Mã đơn vị báo cáo: " + UNIT)).endRow();
			book.skipRow();
			book.startRow()
				.text(text.apply("Mã hồ sơ"))
				.text(text.apply("Mã TTHC"))
				.text(text.apply("Mã cơ quan"))
				.text(text.apply("Ngày tiếp nhận"))
				.text(text.apply("Ngày hẹn trả"))
				.text(text.apply("Ngày trả kết quả"))
				.text(text.apply("Hình thức nộp"))
				.endRow();
			for (long i = 0; i < this.rows; i++) {
				dossier(book, i, random, text);
			}
		}
		return file;
	}

	private void dossier(Bm04Workbook book, long i, SplittableRandom random, UnaryOperator<String> text)
			throws IOException {
		int agency = random.nextInt(this.agencies);
		int procedure = random.nextInt(this.procedures);
		// received within the quarter during office hours; due 3 to 27 days later
		double received = EPOCH_DAY + random.nextInt(92) + (7.5 + random.nextInt(9 * 60) / 60.0) / 24;
		double due = Math.floor(received) + 3 + random.nextInt(25) + 0.6875;
		boolean pending = random.nextInt(10) == 0;
		double completed = pending ? Double.NaN : Math.floor(received) + random.nextInt(30) + 0.6875;
		int bad = (random.nextDouble() < this.badShare) ? random.nextInt(4) : -1;
		// bad 3: the agency's shared code 0, a duplicate from its second use on
		String code = (bad == 2) ? null : String.format("H%03d.26.%08d", agency, (bad == 3) ? 0 : i + 1);
		book.startRow()
			.text(code)
			.text("1.00" + (1000 + procedure))
			.text(String.format("91.%03d", agency))
			.date(received);
		if (bad == 0) {
			book.date(received - 5);
		}
		else {
			book.date(due);
		}
		if (bad == 1) {
			book.text(text.apply("ngày 32/13/2026"));
		}
		else {
			book.date(completed);
		}
		book.text(text.apply(CHANNELS[random.nextInt(CHANNELS.length)])).endRow();
	}

}

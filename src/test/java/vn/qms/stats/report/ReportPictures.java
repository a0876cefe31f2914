package vn.qms.stats.report;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.qms.stats.cli.Main;

/**
 * Regenerates the pictures of {@code docs/}: page 1 of each report of the demo, in
 * Vietnamese ({@code <kind>-report.png}) and English ({@code <kind>-report-en.png}). Runs
 * the demo on a database of its own in a temporary folder, then the English reports, and
 * draws the pages with PDFBox; run it from the repository root (docs/reports.md). Not a
 * test.
 */
final class ReportPictures {

	/** Each report of the demo: kind, unit, period. */
	private static final List<String[]> REPORTS = List.of(new String[] { "review", "VN", "2020" },
			new String[] { "quarterly", "91", "2026-Q3" }, new String[] { "status", "VN", "2020" },
			new String[] { "ingest", "91", "2026-Q3" });

	private static final float DPI = 72;

	private ReportPictures() {
	}

	public static void main(String[] args) throws IOException {
		useClassLoaderPathForWorkers();
		Path docs = Path.of((args.length > 0) ? args[0] : "docs");
		Path work = Files.createTempDirectory("qms-report-pictures");
		String db = "jdbc:h2:file:" + work.toAbsolutePath().resolve("db/qms")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Path vi = work.resolve("vi");
		Path en = work.resolve("en");
		check(Main.run("--db", db, "--lang", "vi", "demo", "--out", vi.toString()), "demo");
		for (String[] report : REPORTS) {
			check(Main.run("--db", db, "--lang", "en", "report", report[0], "--unit", report[1], "--period", report[2],
					"--format", "pdf", "--out", en.toString()), "report " + report[0]);
		}
		for (String[] report : REPORTS) {
			String pdf = report[0] + "_" + report[1] + "_" + report[2] + ".pdf";
			firstPage(vi.resolve(pdf), docs.resolve(report[0] + "-report.png"));
			firstPage(en.resolve(pdf), docs.resolve(report[0] + "-report-en.png"));
		}
	}

	/**
	 * The parsing workers start from {@code java.class.path}, which under
	 * {@code mvn exec:java} is Maven's own: point it at the project's class path.
	 */
	private static void useClassLoaderPathForWorkers() {
		if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
			List<String> paths = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					paths.add(Path.of(url.toURI()).toString());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException(ex);
				}
			}
			System.setProperty("java.class.path", String.join(File.pathSeparator, paths));
		}
	}

	private static void check(int status, String what) {
		if (status != 0) {
			throw new IllegalStateException(what + " ended with exit status " + status);
		}
	}

	private static void firstPage(Path pdf, Path png) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI);
			ImageIO.write(image, "png", png.toFile());
		}
		System.out.println(png);
	}

}

package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the plain data of one report into files in the output folder.
 *
 * @param <M> the report's model
 */
public interface ReportRenderer<M> {

	/**
	 * Writes the report in each format to {@code outDir} (created if missing), each file
	 * atomically, and answers the files written, in the order of {@link ReportFormat}.
	 * @param model what the report shows
	 * @param locale the language of the labels (Vietnamese unless English)
	 * @param formats the formats to write
	 * @param outDir the output folder
	 * @return the files written
	 * @throws IOException if a file cannot be written
	 */
	List<Path> render(M model, Locale locale, Set<ReportFormat> formats, Path outDir) throws IOException;

}

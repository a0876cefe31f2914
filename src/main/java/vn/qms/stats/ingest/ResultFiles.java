package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.qms.stats.system.io.AtomicFiles;
import vn.qms.stats.system.io.FileNames;
import vn.qms.stats.system.text.OneLine;
import vn.qms.stats.ingest.annotate.Annotation;

/**
 * Writes {@code <name>.result.json} and a readable {@code <name>.result.txt} beside a
 * file, each atomically (a temporary file, then a move), so a reader never sees half. The
 * text is read line by line: untrusted text in it is {@link OneLine escaped}. The console
 * hands the text to whoever sent the file: it names files and their folder
 * ({@code rejected/x.csv}), never a path of the server.
 */
final class ResultFiles {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ResultFiles() {
	}

	static void write(Path file, ResultDocument result) throws IOException {
		write(file, result, Annotation.none());
	}

	/**
	 * The result files, with the annotated copy (or why there is none) when there is one.
	 */
	static void write(Path file, ResultDocument result, Annotation annotation) throws IOException {
		writeAtomically(json(file), json(result, annotation));
		writeAtomically(text(file), text(result) + note(annotation));
	}

	/** {@code <name>.result.json} beside the file, shortened to fit a file system. */
	static Path json(Path file) {
		return file.resolveSibling(FileNames.derived(file.getFileName().toString(), ".result.json"));
	}

	/** {@code <name>.result.txt} beside the file, shortened to fit a file system. */
	static Path text(Path file) {
		return file.resolveSibling(FileNames.derived(file.getFileName().toString(), ".result.txt"));
	}

	/** The result as JSON, plus {@code annotatedCopy} and {@code annotationNote}. */
	static String json(ResultDocument result, Annotation annotation) throws JsonProcessingException {
		if (!annotation.hasNote()) {
			return result.json();
		}
		ObjectNode json = (ObjectNode) JSON.readTree(result.json());
		json.put("annotatedCopy", (annotation.copy() != null) ? annotation.copy().toString() : null);
		json.putObject("annotationNote")
			.put("vi", annotation.note(ProblemMessages.VIETNAMESE))
			.put("en", annotation.note(Locale.ENGLISH));
		return JSON.writeValueAsString(json);
	}

	private static String note(Annotation annotation) {
		if (!annotation.hasNote()) {
			return "";
		}
		return "\n" + OneLine.escape(annotation.note(ProblemMessages.VIETNAMESE)) + "\n"
				+ OneLine.escape(annotation.note(Locale.ENGLISH)) + "\n";
	}

	static String text(ResultDocument result) {
		IngestVerdict verdict = result.verdict();
		StringBuilder text = new StringBuilder();
		text.append("Tệp / File: ").append(OneLine.escape(Path.of(result.file()).getFileName())).append('\n');
		text.append("SHA-256: ").append(result.sha256()).append('\n');
		text.append("Kết quả / Outcome: ")
			.append(verdict.resultLine(ProblemMessages.VIETNAMESE))
			.append("\n                   ")
			.append(verdict.resultLine(Locale.ENGLISH))
			.append("\n\n");
		int number = 1;
		for (ResultDocument.Entry entry : result.problems()) {
			Problem problem = entry.problem();
			text.append(number++).append(". ").append(problem.describe(ProblemMessages.VIETNAMESE)).append('\n');
			text.append("   ").append(problem.describe(Locale.ENGLISH)).append('\n');
		}
		if (result.problems().isEmpty()) {
			text.append("Không có lỗi hay cảnh báo. / No errors or warnings.\n");
		}
		return text.toString();
	}

	static void writeAtomically(Path target, String content) throws IOException {
		AtomicFiles.write(target, (out) -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

}

package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes {@code <name>.result.json} and a readable {@code <name>.result.txt} beside a
 * file, each atomically (a temporary file, then a move), so a reader never sees half.
 */
final class ResultFiles {

	private ResultFiles() {
	}

	static void write(Path file, ResultDocument result) throws IOException {
		String name = file.getFileName().toString();
		writeAtomically(file.resolveSibling(name + ".result.json"), result.json());
		writeAtomically(file.resolveSibling(name + ".result.txt"), text(result));
	}

	static String text(ResultDocument result) {
		IngestVerdict verdict = result.verdict();
		StringBuilder text = new StringBuilder();
		text.append("Tệp / File: ").append(Path.of(result.file()).getFileName()).append('\n');
		text.append("SHA-256: ").append(result.sha256()).append('\n');
		text.append("Kết quả / Outcome: ")
			.append(verdict.line(ProblemMessages.VIETNAMESE))
			.append("\n                   ")
			.append(verdict.line(Locale.ENGLISH))
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
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}

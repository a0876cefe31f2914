package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import vn.qms.stats.system.io.FileNames;

/**
 * The result files an ingested file leaves beside it (in {@code processed/} or
 * {@code rejected/}), for readers outside the ingest: the web console shows a verdict and
 * offers its files from these.
 */
public final class IngestResults {

	private IngestResults() {
	}

	/** The verdict written beside {@code file}, if there is one. */
	public static Optional<IngestVerdict> verdict(Path file) {
		Path json = ResultFiles.json(file);
		if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ResultDocument.parse(Files.readString(json, StandardCharsets.UTF_8)).verdict());
		}
		catch (IOException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The text of {@code <name>.result.txt} beside the file without the name of the file
	 * a duplicate repeats, for a reader who may not see that file; empty when the file
	 * has no result.
	 */
	public static Optional<String> textWithoutEarlierName(Path file) {
		Path json = ResultFiles.json(file);
		if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ResultFiles
				.text(ResultDocument.parse(Files.readString(json, StandardCharsets.UTF_8)).withoutEarlierName()));
		}
		catch (IOException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	/** {@code <name>.result.txt} beside the file. */
	public static Path text(Path file) {
		return ResultFiles.text(file);
	}

	/** {@code <name>.result.json} beside the file. */
	public static Path json(Path file) {
		return ResultFiles.json(file);
	}

	/** The annotated copy of a rejected workbook, if one was written. */
	public static Optional<Path> annotatedCopy(Path file) {
		for (String suffix : new String[] { ".annotated.xlsx", ".annotated.xls" }) {
			Path copy = file.resolveSibling(FileNames.derived(file.getFileName().toString(), suffix));
			if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.of(copy);
			}
		}
		return Optional.empty();
	}

}

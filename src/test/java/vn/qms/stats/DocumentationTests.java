package vn.qms.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation a user who clones the project reads is in the project: every page the
 * README and the Javadoc name under {@code docs/} exists, and nothing points at the
 * specification folder outside the repository. Paths resolve from the project root, the
 * working directory of the tests.
 */
class DocumentationTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	/** {@code [text](docs/page.md)} or {@code `docs/page.md`}, anchors dropped. */
	private static final Pattern README_DOCS_PATH = Pattern
		.compile("\\]\\((docs/[^)#\\s]+)(?:#[^)]*)?\\)|`(docs/[^`\\s]+)`");

	/** A page under docs/ named in code style in a Javadoc comment. */
	private static final Pattern JAVADOC_DOCS_PATH = Pattern.compile("\\{@code (docs/[^}\\s]+)\\}");

	/**
	 * A relative link of a page under docs/ to another file:
	 * {@code [text](page.md#anchor)}.
	 */
	private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\(([^)#\\s:]+)(?:#[^)]*)?\\)");

	/**
	 * The folder outside the repository ({@code ..} then {@code shared}) and the pages of
	 * the specification kept there ({@code spec} then a page name); written so that this
	 * file does not match itself.
	 */
	private static final Pattern OUTSIDE_REFERENCE = Pattern
		.compile("\\.\\./shared|shared[/]spec|(?<![\\w./-])spec[/][\\w-]+\\.md");

	private static final Set<String> BINARY = Set.of("png", "jpg", "ttf", "otf", "xlsx", "xlsm", "xls", "pdf", "jar",
			"jasper", "zip", "db");

	@Test
	void shouldLinkTheReadmeOnlyToDocsFilesThatExist() throws IOException {
		// given
		String readme = Files.readString(ROOT.resolve("README.md"));
		// when
		List<String> linked = docsPaths(readme, README_DOCS_PATH);
		// then
		assertThat(linked).as("docs/ paths in README.md").isNotEmpty();
		assertThat(missing(linked)).as("docs/ paths in README.md that name no file").isEmpty();
	}

	@Test
	void shouldNameOnlyDocsFilesThatExistInJavadoc() throws IOException {
		// given
		List<Path> sources = textFiles("src").stream().filter((file) -> file.toString().endsWith(".java")).toList();
		// when
		List<String> missing = new ArrayList<>();
		int named = 0;
		for (Path source : sources) {
			List<String> paths = docsPaths(Files.readString(source), JAVADOC_DOCS_PATH);
			named += paths.size();
			missing(paths).forEach((path) -> missing.add(ROOT.relativize(source) + ": " + path));
		}
		// then
		assertThat(named).as("docs/ pages named in Javadoc under src/").isPositive();
		assertThat(missing).as("docs/ pages named in Javadoc under src/ that name no file").isEmpty();
	}

	@Test
	void shouldLinkDocsPagesOnlyToFilesThatExist() throws IOException {
		// given
		List<Path> pages = textFiles("docs").stream().filter((file) -> file.toString().endsWith(".md")).toList();
		// when
		List<String> broken = new ArrayList<>();
		for (Path page : pages) {
			Matcher link = RELATIVE_LINK.matcher(Files.readString(page));
			while (link.find()) {
				if (!Files.exists(page.resolveSibling(link.group(1)))) {
					broken.add(ROOT.relativize(page) + ": " + link.group(1));
				}
			}
		}
		// then
		assertThat(pages).as("pages under docs/").isNotEmpty();
		assertThat(broken).as("links of docs/ pages that name no file").isEmpty();
	}

	@Test
	void shouldNotPointAtTheSpecificationOutsideTheRepository() throws IOException {
		// given
		List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
		files.addAll(textFiles("src"));
		files.addAll(textFiles("config"));
		files.addAll(textFiles("docs"));
		// when
		List<String> outside = new ArrayList<>();
		for (Path file : files) {
			outside.addAll(outsideReferences(ROOT.relativize(file).toString(), read(file)));
		}
		// then
		assertThat(outside).as("references to files outside the repository (use docs/ pages)").isEmpty();
	}

	@Test
	void shouldTellMissingPagesAndOutsideReferencesApart() {
		// given
		// (built from parts, so that this file does not match itself)
		String text = "See [the forms](docs/forms.md#bm01), `docs/no-such-page.md`, .." + "/shared/x and spec"
				+ "/cli.md.";
		// when
		List<String> paths = docsPaths(text, README_DOCS_PATH);
		List<String> outside = outsideReferences("example", text);
		// then
		assertThat(paths).containsExactly("docs/forms.md", "docs/no-such-page.md");
		assertThat(missing(paths)).containsExactly("docs/no-such-page.md");
		assertThat(outside).hasSize(2);
	}

	private static List<String> docsPaths(String text, Pattern pattern) {
		List<String> paths = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			for (int group = 1; group <= matcher.groupCount(); group++) {
				if (matcher.group(group) != null) {
					paths.add(matcher.group(group));
				}
			}
		}
		return paths;
	}

	private static List<String> missing(List<String> paths) {
		return paths.stream().filter((path) -> !Files.isRegularFile(ROOT.resolve(path))).distinct().toList();
	}

	private static List<String> outsideReferences(String name, String text) {
		List<String> found = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher matcher = OUTSIDE_REFERENCE.matcher(lines[i]);
			while (matcher.find()) {
				found.add(name + ":" + (i + 1) + ": " + matcher.group());
			}
		}
		return found;
	}

	private static List<Path> textFiles(String folder) throws IOException {
		Path start = ROOT.resolve(folder);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(start)) {
			return files.filter(Files::isRegularFile).filter((file) -> !BINARY.contains(extension(file))).toList();
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	/** Any bytes as text: a malformed sequence becomes a replacement character. */
	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

}

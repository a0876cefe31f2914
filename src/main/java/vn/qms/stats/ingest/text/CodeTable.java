package vn.qms.stats.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One legacy code read from a data file under {@code ingest/text/}: for each Vietnamese
 * letter, one byte or a base byte and a mark byte. Lookups are plain arrays so decoding a
 * cell costs one array read per character.
 */
final class CodeTable {

	private static final int BYTES = 256;

	private static final int LETTERS = 0x1F00;

	/** Legacy byte to letter, 0 when the byte is not a letter on its own. */
	private final char[] singles = new char[BYTES];

	/** Base byte, then mark byte, to letter; {@code null} when the byte takes no mark. */
	private final char[][] pairs = new char[BYTES][];

	/**
	 * Letter (below U+1F00) to its legacy characters, {@code null} when the code has
	 * none.
	 */
	private final String[] encodings = new String[LETTERS];

	private CodeTable() {
	}

	static CodeTable load(String resource) {
		CodeTable table = new CodeTable();
		try (InputStream in = CodeTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing code table " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				table.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

	/** {@code U+1EA1 61 EF decode-only # comment}: code point, bytes, optional flag. */
	private void add(String line) {
		int comment = line.indexOf('#');
		String[] fields = ((comment < 0) ? line : line.substring(0, comment)).trim().split("\\s+");
		if (fields[0].isEmpty()) {
			return;
		}
		char letter = (char) Integer.parseInt(fields[0].substring(2), 16);
		boolean decodeOnly = fields[fields.length - 1].equals("decode-only");
		int byteCount = fields.length - 1 - (decodeOnly ? 1 : 0);
		StringBuilder legacy = new StringBuilder(2);
		for (int i = 1; i <= byteCount; i++) {
			legacy.append((char) Integer.parseInt(fields[i], 16));
		}
		if (legacy.length() == 1) {
			this.singles[legacy.charAt(0)] = letter;
		}
		else if (legacy.length() == 2) {
			char[] marks = this.pairs[legacy.charAt(0)];
			if (marks == null) {
				marks = new char[BYTES];
				this.pairs[legacy.charAt(0)] = marks;
			}
			marks[legacy.charAt(1)] = letter;
		}
		else {
			throw new IllegalStateException("Bad code table line: " + line);
		}
		if (!decodeOnly) {
			this.encodings[letter] = legacy.toString();
		}
	}

	/** The letter one legacy character stands for, or 0. */
	char single(char legacy) {
		return (legacy < BYTES) ? this.singles[legacy] : 0;
	}

	/** The letter a base and a mark stand for together, or 0. */
	char pair(char base, char mark) {
		if (base >= BYTES || mark >= BYTES || this.pairs[base] == null) {
			return 0;
		}
		return this.pairs[base][mark];
	}

	/** The legacy characters of a letter, or {@code null} when the table has none. */
	String encode(char letter) {
		return (letter < LETTERS) ? this.encodings[letter] : null;
	}

}

package vn.qms.stats.ingest.guard;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Judges a text file named .csv: it must decode as UTF-8 (with or without BOM) or as
 * UTF-16 with a BOM, without NUL characters. The whole file is decoded as a stream, never
 * held.
 * <p>
 * A NUL is no text: one in a file that decodes well (a stray byte 0 an export left in a
 * field) is named by its line and byte offset ({@link Reasons#CSV_NUL}), since saving as
 * CSV UTF-8 again, the advice for a wrong encoding, would not remove it. Many NULs in the
 * first block read are the zero bytes of UTF-16 or UTF-32 written without a BOM: a wrong
 * encoding then ({@link Reasons#CSV_ENCODING}).
 */
final class CsvInspector {

	private static final int BLOCK = 64 * 1024;

	GuardVerdict inspect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			Bom bom = bom(in);
			return decode(in, bom.charset(), bom.length());
		}
	}

	/** The encoding a byte order mark states, and its bytes (skipped). */
	private record Bom(Charset charset, int length) {
	}

	private static Bom bom(InputStream in) throws IOException {
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
			in.reset();
			in.skipNBytes(2);
			return new Bom(StandardCharsets.UTF_16BE, 2);
		}
		if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
			in.reset();
			in.skipNBytes(2);
			return new Bom(StandardCharsets.UTF_16LE, 2);
		}
		boolean utf8Bom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
				&& (bom[2] & 0xFF) == 0xBF;
		if (!utf8Bom) {
			in.reset();
		}
		return new Bom(StandardCharsets.UTF_8, utf8Bom ? 3 : 0);
	}

	/**
	 * The verdict on the text after the BOM: accepted, a wrong encoding, or the first NUL
	 * at its line and byte offset (counted from the start of the file, BOM included).
	 */
	private static GuardVerdict decode(InputStream in, Charset charset, int bomLength) throws IOException {
		Reader reader = new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		boolean utf16 = charset != StandardCharsets.UTF_8;
		char[] buffer = new char[BLOCK];
		long offset = bomLength;
		long line = 1;
		boolean afterCarriageReturn = false;
		boolean first = true;
		try {
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				for (int i = 0; i < read; i++) {
					char c = buffer[i];
					if (c == '\0') {
						return (first && wide(buffer, read)) ? GuardVerdict.reject(Format.CSV, Reasons.CSV_ENCODING)
								: GuardVerdict.reject(Format.CSV, Reasons.CSV_NUL, String.valueOf(line),
										String.valueOf(offset));
					}
					if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
						line++;
					}
					afterCarriageReturn = c == '\r';
					offset += utf16 ? 2 : utf8Bytes(c);
				}
				first = false;
			}
			return GuardVerdict.accept(Format.CSV, Reasons.OK);
		}
		catch (CharacterCodingException ex) {
			return GuardVerdict.reject(Format.CSV, Reasons.CSV_ENCODING);
		}
	}

	/**
	 * Whether a block is text of two or four bytes a character read as UTF-8: more than
	 * one NUL, a quarter of the characters or more (ASCII in UTF-16 is half NULs).
	 */
	private static boolean wide(char[] buffer, int length) {
		int nuls = 0;
		for (int i = 0; i < length; i++) {
			nuls += (buffer[i] == '\0') ? 1 : 0;
		}
		return nuls > 1 && nuls * 4L >= length;
	}

	/** The bytes of a character in UTF-8: each half of a surrogate pair counts 2. */
	private static int utf8Bytes(char c) {
		if (c < 0x80) {
			return 1;
		}
		if (c < 0x800 || Character.isSurrogate(c)) {
			return 2;
		}
		return 3;
	}

}

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
 */
final class CsvInspector {

	GuardVerdict inspect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			Charset charset = charsetFromBom(in);
			return decodes(in, charset) ? GuardVerdict.accept(Format.CSV, Reasons.OK)
					: GuardVerdict.reject(Format.CSV, Reasons.CSV_ENCODING);
		}
	}

	private static Charset charsetFromBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
			in.reset();
			in.skipNBytes(2);
			return StandardCharsets.UTF_16BE;
		}
		if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
			in.reset();
			in.skipNBytes(2);
			return StandardCharsets.UTF_16LE;
		}
		boolean utf8Bom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
				&& (bom[2] & 0xFF) == 0xBF;
		if (!utf8Bom) {
			in.reset();
		}
		return StandardCharsets.UTF_8;
	}

	private static boolean decodes(InputStream in, Charset charset) throws IOException {
		Reader reader = new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		char[] buffer = new char[64 * 1024];
		try {
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\0') {
						return false;
					}
				}
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}

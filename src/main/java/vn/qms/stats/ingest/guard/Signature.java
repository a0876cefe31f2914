package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The container type told by a file's first bytes.
 */
enum Signature {

	ZIP, OLE2, PDF, OTHER;

	private static final byte[] ZIP_MAGIC = { 'P', 'K' };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	static Signature of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return of(in.readNBytes(OLE2_MAGIC.length));
		}
	}

	static Signature of(byte[] head) {
		if (startsWith(head, OLE2_MAGIC)) {
			return OLE2;
		}
		if (startsWith(head, ZIP_MAGIC)) {
			return ZIP;
		}
		return startsWith(head, PDF_MAGIC) ? PDF : OTHER;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

}

package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a file as a {@link WorkbookSource} by its content and extension, or says in a
 * message key why it cannot.
 */
public final class WorkbookSources {

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private WorkbookSources() {
	}

	public static WorkbookSource open(Path file) throws UnreadableFileException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		byte[] head = head(file);
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			if (startsWith(head, OLE2)) {
				throw new UnreadableFileException("ingest.file.encrypted", name, null);
			}
			if (!startsWith(head, ZIP)) {
				throw new UnreadableFileException("ingest.file.not.workbook", name, null);
			}
			return openXlsx(file);
		}
		if (name.endsWith(".xls") || name.endsWith(".csv")) {
			throw new UnreadableFileException("ingest.file.format.later", name, null);
		}
		throw new UnreadableFileException("ingest.file.format.unsupported", name, null);
	}

	private static WorkbookSource openXlsx(Path file) throws UnreadableFileException {
		try {
			return new XlsxWorkbookSource(file);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("ingest.file.corrupt", String.valueOf(ex.getMessage()), ex);
		}
	}

	private static byte[] head(Path file) throws UnreadableFileException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8);
		}
		catch (IOException ex) {
			throw new UnreadableFileException("ingest.file.unreadable", String.valueOf(ex.getMessage()), ex);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}

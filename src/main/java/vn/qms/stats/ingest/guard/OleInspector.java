package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Judges an OLE2 container: an Excel 97-2003 workbook, an encrypted one (FILEPASS
 * record), an encrypted xlsx ({@code EncryptionInfo} and {@code EncryptedPackage}) or
 * something else (a Word document). Only the directory and the first records of the
 * workbook stream are read.
 */
final class OleInspector {

	private static final int SECTOR = 512;

	private static final int BOF = 0x0809;

	private static final int FILEPASS = 0x002F;

	private static final int EOF = 0x000A;

	private static final int MAX_RECORDS = 2_000;

	GuardVerdict inspect(Path file, long size) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return inspect(fs.getRoot());
		}
		catch (IOException | RuntimeException ex) {
			// POI writes whole sectors: a broken file of odd length was cut off
			return GuardVerdict.reject(Format.UNKNOWN, (size % SECTOR != 0) ? Reasons.TRUNCATED : Reasons.CORRUPT);
		}
	}

	private GuardVerdict inspect(DirectoryNode root) throws IOException {
		Set<String> names = root.getEntryNames();
		if (names.contains("EncryptionInfo") && names.contains("EncryptedPackage")) {
			return GuardVerdict.reject(Format.ENCRYPTED, Reasons.ENCRYPTED);
		}
		for (String name : names) {
			if ("Workbook".equalsIgnoreCase(name)) {
				return workbookVerdict(root, name);
			}
		}
		for (String name : names) {
			if ("Book".equalsIgnoreCase(name)) {
				return GuardVerdict.reject(Format.XLS, Reasons.OLD_XLS);
			}
		}
		return GuardVerdict.reject(Format.UNKNOWN, Reasons.NOT_SPREADSHEET);
	}

	private GuardVerdict workbookVerdict(DirectoryNode root, String name) throws IOException {
		try (DocumentInputStream in = root.createDocumentInputStream(name)) {
			if (in.available() < 4 || in.readUShort() != BOF) {
				return GuardVerdict.reject(Format.XLS, Reasons.CORRUPT);
			}
			skip(in, in.readUShort());
			for (int records = 0; records < MAX_RECORDS && in.available() >= 4; records++) {
				int sid = in.readUShort();
				int length = in.readUShort();
				if (sid == FILEPASS) {
					return GuardVerdict.reject(Format.ENCRYPTED, Reasons.ENCRYPTED);
				}
				if (sid == EOF) {
					break;
				}
				skip(in, length);
			}
		}
		return GuardVerdict.accept(Format.XLS, Reasons.OK);
	}

	private static void skip(DocumentInputStream in, int length) throws IOException {
		in.skip(Math.min(length, in.available()));
	}

}

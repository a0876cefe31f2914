package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates every part of an xlsx once, trusting none of its declared sizes: a part that
 * gives one byte more than it declares is a forged zip (a bomb lies small), so every
 * limit the inspector checked on the declared sizes then holds for the inflated bytes.
 * Each part's first bytes are also judged, whatever its name: if an XML parser could read
 * them, they must carry no DOCTYPE.
 * <p>
 * To stay cheap on a legitimate large workbook, a part is inflated at most to
 * {@value #INFLATED_PER_PART} bytes: a lie is caught within that many bytes (or within
 * its declared size when smaller), so only a part that declares more than that (a large
 * sheet, whose declared size the limits already bound) is not read to its end.
 */
final class PartScan {

	static final long INFLATED_PER_PART = 64L * 1024 * 1024;

	private final long inflatedPerPart;

	PartScan() {
		this(INFLATED_PER_PART);
	}

	PartScan(long inflatedPerPart) {
		this.inflatedPerPart = inflatedPerPart;
	}

	Optional<GuardVerdict> problem(ZipFile zip) throws IOException {
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			if (!entry.isDirectory()) {
				Optional<GuardVerdict> problem = problem(zip, entry);
				if (problem.isPresent()) {
					return problem;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<GuardVerdict> problem(ZipFile zip, ZipEntry entry) throws IOException {
		long declared = entry.getSize();
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] head = in.readNBytes(XmlProlog.MAX_PROLOG);
			long stopAt = Math.min(declared + 1, this.inflatedPerPart);
			long inflated = head.length + discard(in, stopAt - head.length);
			if (inflated > declared) {
				return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_SIZE_LIE, entry.getName(),
						String.valueOf(declared)));
			}
			boolean whole = head.length < XmlProlog.MAX_PROLOG || (inflated == head.length && in.read() < 0);
			if (XmlProlog.looksLikeXml(head) && !XmlProlog.isPlain(head, whole)) {
				return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.XML_DOCTYPE, entry.getName()));
			}
		}
		return Optional.empty();
	}

	/** Inflates up to {@code bytes} bytes, keeping none; how many there were. */
	private static long discard(InputStream in, long bytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		while (read < bytes) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes - read));
			if (n < 0) {
				break;
			}
			read += n;
		}
		return read;
	}

}

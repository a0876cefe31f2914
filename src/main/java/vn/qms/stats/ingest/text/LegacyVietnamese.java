package vn.qms.stats.ingest.text;

import java.text.Normalizer;

/**
 * Text written in the legacy Vietnamese codes TCVN3 (ABC, .VnTime fonts) or VNI
 * (VNI-Times fonts) and read as Windows-1252, recognised from the text itself and turned
 * into Unicode. Decide per cell: one workbook, even one sheet, may mix both codes and
 * Unicode.
 */
public final class LegacyVietnamese {

	private static final Tcvn3Codec TCVN3 = new Tcvn3Codec();

	private static final VniCodec VNI = new VniCodec();

	private static final EncodingDetector DETECTOR = new EncodingDetector(TCVN3, VNI);

	private LegacyVietnamese() {
	}

	/**
	 * The code {@code text} is written in. UNICODE also covers ASCII and any text that no
	 * legacy reading makes more Vietnamese; UNKNOWN means TCVN3 and VNI read it equally
	 * well.
	 */
	public static Encoding detect(String text) {
		return DETECTOR.detect(text);
	}

	/**
	 * {@code text} read in the code {@code from}, as NFC Unicode; UNICODE and UNKNOWN
	 * only normalise.
	 */
	public static String decode(String text, Encoding from) {
		if (text == null) {
			return null;
		}
		return switch (from) {
			case TCVN3 -> nfc(TCVN3.decode(text));
			case VNI -> nfc(VNI.decode(text));
			case UNICODE, UNKNOWN -> nfc(text);
		};
	}

	/**
	 * {@code text} as NFC Unicode, converted when it is recognised as TCVN3 or VNI; the
	 * encoding says which, so that the caller can warn about the cell.
	 */
	public static Decoded decodeIfLegacy(String text) {
		if (text == null) {
			return new Decoded(null, Encoding.UNICODE, false);
		}
		Encoding encoding = detect(text);
		String decoded = decode(text, encoding);
		return new Decoded(decoded, encoding, !decoded.equals(text));
	}

	/**
	 * {@code unicode} written in the code {@code to}, as a workbook of the time would
	 * hold it read as Windows-1252; for tests and sample files. Capitals that TCVN3 lacks
	 * get the lowercase code, as for the .VnTimeH fonts.
	 */
	public static String encode(String unicode, Encoding to) {
		String text = nfc(unicode);
		return switch (to) {
			case TCVN3 -> TCVN3.encode(text);
			case VNI -> VNI.encode(text);
			case UNICODE -> text;
			case UNKNOWN -> throw new IllegalArgumentException("No code to encode to");
		};
	}

	private static String nfc(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** The code of a cell's text. */
	public enum Encoding {

		UNICODE, TCVN3, VNI, UNKNOWN

	}

	/**
	 * A cell's text as NFC Unicode, the code it was found in, and whether the text
	 * differs from what was read.
	 */
	public record Decoded(String text, Encoding encoding, boolean changed) {

		/**
		 * Whether the text was converted from a legacy code (the cell deserves a
		 * warning).
		 */
		public boolean converted() {
			return this.encoding == Encoding.TCVN3 || this.encoding == Encoding.VNI;
		}

	}

}

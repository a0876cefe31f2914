package vn.qms.stats.ingest.guard;

import java.lang.reflect.Field;

import javax.xml.stream.XMLInputFactory;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide safe settings of the spreadsheet libraries, applied once at start. Every
 * limit only ever tightens, so applying twice changes nothing, and nothing is looser than
 * POI's defaults.
 * <p>
 * XML: POI's {@code XMLHelper} already forbids DOCTYPEs and external entities.
 * fastexcel-reader 0.19.0 parses with one shared Aalto {@code XMLInputFactory}
 * ({@code org.dhatim.fastexcel.reader.DefaultXMLInputFactory.factory}) created with
 * {@code supportDTD=false} and {@code isSupportingExternalEntities=false}; Aalto then
 * refuses any entity reference instead of resolving it. {@link #apply()} checks and
 * re-asserts those two properties; the guard also refuses any xlsx whose XML parts carry
 * a DOCTYPE.
 */
public final class SafeParsing {

	/** ZipSecureFile defaults of POI 5.5.1. */
	static final long POI_MAX_FILE_COUNT = 1000;

	static final long POI_MAX_TEXT_SIZE = 10L * 1024 * 1024;

	static final long POI_GRACE_ENTRY_SIZE = 100L * 1024;

	/** Initial buffers sized from untrusted lengths grow on demand beyond this. */
	static final int MAX_BYTE_ARRAY_INIT_SIZE = 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(SafeParsing.class);

	private SafeParsing() {
	}

	public static void apply() {
		apply(GuardLimits.defaults());
	}

	/**
	 * Tightens POI and fastexcel to at least the given limits; idempotent.
	 */
	public static synchronized void apply(GuardLimits limits) {
		ZipSecureFile
			.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 1 / limits.maxCompressionRatio()));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), GuardLimits.POI_MAX_ENTRY_BYTES));
		ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), POI_MAX_FILE_COUNT));
		ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), POI_MAX_TEXT_SIZE));
		ZipSecureFile.setGraceEntrySize(Math.min(ZipSecureFile.getGraceEntrySize(), POI_GRACE_ENTRY_SIZE));
		limitByteArrays(limits);
		secureFastexcel();
	}

	private static void limitByteArrays(GuardLimits limits) {
		// the override replaces every per-record limit of POI, most far below the file
		// size:
		// never set it, only lower it if someone set it above the largest file we accept
		int largest = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
		if (IOUtils.getByteArrayMaxOverride() > largest) {
			IOUtils.setByteArrayMaxOverride(largest);
		}
		int init = IOUtils.getMaxByteArrayInitSize();
		if (init <= 0 || init > MAX_BYTE_ARRAY_INIT_SIZE) {
			IOUtils.setMaxByteArrayInitSize(MAX_BYTE_ARRAY_INIT_SIZE);
		}
	}

	/**
	 * Whether fastexcel-reader's shared StAX factory refuses DTDs and external entities.
	 */
	public static boolean fastexcelIsSafe() {
		XMLInputFactory factory = fastexcelFactory();
		return factory != null && Boolean.FALSE.equals(factory.getProperty(XMLInputFactory.SUPPORT_DTD))
				&& Boolean.FALSE.equals(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
	}

	private static void secureFastexcel() {
		XMLInputFactory factory = fastexcelFactory();
		if (factory == null) {
			logger.warn("fastexcel-reader's XML factory not found; DOCTYPEs are still refused by FileGuard");
			return;
		}
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
	}

	private static XMLInputFactory fastexcelFactory() {
		try {
			Class<?> type = Class.forName("org.dhatim.fastexcel.reader.DefaultXMLInputFactory");
			Field field = type.getDeclaredField("factory");
			field.setAccessible(true);
			return (XMLInputFactory) field.get(null);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}

package vn.qms.stats.ingest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.qms.stats.ingest.fuzz.Findings;
import vn.qms.stats.ingest.text.LegacyVietnamese.Decoded;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

/**
 * Fuzz target of the legacy-text decoder that every text cell goes through
 * ({@link LegacyVietnamese#decodeIfLegacy(String)}, the {@link EncodingDetector} and both
 * codecs). The bytes are read as UTF-8, as a cell's text arrives from an xlsx or a CSV;
 * legacy text is Latin-1 letters, which the seeds hold in UTF-8.
 * <p>
 * The contract, for any text: {@code decodeIfLegacy} returns NFC text, says it changed
 * exactly when it differs from the input, and is only normalised unless found in TCVN3 or
 * VNI; {@code decode} in every code returns; nothing throws. Anything else (any
 * exception, a StackOverflowError, more than {@value #SECONDS} seconds) is a finding.
 */
class LegacyVietnameseFuzzTests {

	static final int SECONDS = 10;

	@FuzzTest
	@Timeout(value = SECONDS, unit = TimeUnit.SECONDS)
	void decodeIfLegacy(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		Decoded decoded = LegacyVietnamese.decodeIfLegacy(text);
		check(decoded.text() != null && Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC), "not NFC", text,
				decoded);
		check(decoded.changed() == !decoded.text().equals(text), "changed flag wrong", text, decoded);
		check(decoded.converted() || decoded.text().equals(Normalizer.normalize(text, Normalizer.Form.NFC)),
				"changed more than NFC without a legacy code", text, decoded);
		for (Encoding encoding : Encoding.values()) {
			LegacyVietnamese.decode(text, encoding);
		}
	}

	@TestFactory
	@EnabledIfEnvironmentVariable(named = Findings.SWITCH, matches = "1")
	Stream<DynamicTest> findings() throws IOException {
		return Findings.replay("text", this::decodeIfLegacy);
	}

	private static void check(boolean holds, String what, String text, Decoded decoded) {
		if (!holds) {
			throw new IllegalStateException(what + ": " + text + " -> " + decoded);
		}
	}

}

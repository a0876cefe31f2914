package vn.qms.stats.ingest.guard;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SafeParsingTests {

	@Test
	void shouldNeverBeLooserThanPoiDefaultsAndChangeNothingWhenAppliedTwice() {
		// when
		SafeParsing.apply();
		double ratio = ZipSecureFile.getMinInflateRatio();
		long entry = ZipSecureFile.getMaxEntrySize();
		long count = ZipSecureFile.getMaxFileCount();
		long text = ZipSecureFile.getMaxTextSize();
		SafeParsing.apply();
		// then
		assertThat(ratio).isGreaterThanOrEqualTo(0.01).isEqualTo(ZipSecureFile.getMinInflateRatio());
		assertThat(entry).isLessThanOrEqualTo(0xFFFFFFFFL).isEqualTo(ZipSecureFile.getMaxEntrySize());
		assertThat(count).isLessThanOrEqualTo(1000).isEqualTo(ZipSecureFile.getMaxFileCount());
		assertThat(text).isLessThanOrEqualTo(10L * 1024 * 1024).isEqualTo(ZipSecureFile.getMaxTextSize());
		assertThat(SafeParsing.fastexcelIsSafe()).isTrue();
	}

	@Test
	void shouldRefuseACompressionRatioLooserThanPoi() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GuardLimits(1, 1, 1, 1, 101, java.time.Duration.ofSeconds(1)));
	}

	@Test
	void shouldHaveEveryReasonInVietnameseAndEnglish() throws Exception {
		for (String language : new String[] { "vi", "en" }) {
			// given
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages/guard_" + language + ".properties")) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			// when / then
			for (java.lang.reflect.Field field : Reasons.class.getFields()) {
				assertThat(messages).containsKey(field.get(null));
			}
			assertThat(messages).hasSize(Reasons.class.getFields().length);
		}
		assertThat(GuardVerdict.reject(Format.UNKNOWN, Reasons.CORRUPT).message(Locale.FRENCH))
			.startsWith("The file is damaged");
	}

}

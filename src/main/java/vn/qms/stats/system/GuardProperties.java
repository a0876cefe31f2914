package vn.qms.stats.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code qms.guard.*} settings: how large a file may be before any parser sees it. An
 * {@code .xlsx} is read as a stream and may be larger than an {@code .xls} or
 * {@code .csv}.
 *
 * @param maxFileMb largest {@code .xls}, {@code .csv} (or other non-zip) file, in MB
 * @param maxXlsxFileMb largest {@code .xlsx} / {@code .xlsm} file, in MB
 * @param maxXlsxUnpackedMb largest total of the unpacked parts an {@code .xlsx} declares,
 * in MB
 */
@ConfigurationProperties("qms.guard")
public record GuardProperties(@DefaultValue("200") long maxFileMb, @DefaultValue("1024") long maxXlsxFileMb,
		@DefaultValue("8192") long maxXlsxUnpackedMb) {

	public GuardProperties {
		if (maxFileMb <= 0 || maxXlsxFileMb <= 0 || maxXlsxUnpackedMb <= 0) {
			throw new IllegalArgumentException("qms.guard.* sizes must be positive (MB)");
		}
	}

}

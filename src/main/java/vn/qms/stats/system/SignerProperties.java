package vn.qms.stats.system;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code qms.signers.*} settings: who signs the reports of each unit and to whom they
 * go, printed in the signature block and the "Nơi nhận" block (Decree 30/2020).
 *
 * @param signers by unit code ({@code VN}, {@code 91}, a ministry's code); a unit not
 * listed gets empty name lines, to be signed by hand
 */
@ConfigurationProperties("qms")
public record SignerProperties(Map<String, Signer> signers) {

	public SignerProperties {
		signers = (signers != null) ? Map.copyOf(signers) : Map.of();
	}

	/**
	 * The signers of one unit's reports.
	 *
	 * @param name the head of the steering committee, who signs for it (empty: a blank
	 * line)
	 * @param title the head's title, Vietnamese ({@code TRƯỞNG BAN} when empty)
	 * @param titleEn the head's title in English reports ({@code HEAD} when empty)
	 * @param preparer the person who prepared the report (empty: a blank line)
	 * @param recipients the "Nơi nhận" lines, in order (empty: the archive line alone)
	 */
	public record Signer(String name, String title, String titleEn, String preparer, List<String> recipients) {

		public Signer {
			recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		}

	}

}

package vn.qms.stats.report;

import org.springframework.stereotype.Component;

import vn.qms.stats.system.SignerProperties;
import vn.qms.stats.system.SignerProperties.Signer;

/**
 * The signature block of each unit's reports, from {@code qms.signers.<unit>} of
 * {@code config/application.yml}; a unit not configured gets {@link Signature#BLANK}.
 */
@Component
public class Signatures {

	/** No unit configured: every report is signed by hand. */
	static final Signatures NONE = new Signatures(new SignerProperties(null));

	private final SignerProperties properties;

	public Signatures(SignerProperties properties) {
		this.properties = properties;
	}

	/** The signature block of the reports of this unit. */
	Signature of(String unitCode) {
		Signer signer = this.properties.signers().get(unitCode);
		if (signer == null) {
			return Signature.BLANK;
		}
		return new Signature(signer.preparer(), signer.title(), signer.titleEn(), signer.name(), signer.recipients());
	}

}

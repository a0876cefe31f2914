package vn.qms.stats.web.submit;

import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.ingest.SenderUnit;

/**
 * Who may see an upload, its verdict and its files, in the list and on each page and
 * download: its sender, an administrator, and a secretariat or viewer covering the unit
 * of the account that sent it. What a file says cannot choose its readers: the unit its
 * title block names counts too only once the ingest has found its sender may report for
 * it (a file accepted, a duplicate of stored data, or one held for an approved period),
 * never for a file rejected, which may name any unit.
 */
@Component
class UploadVisibility {

	private final UnitAccess access;

	UploadVisibility(UnitAccess access) {
		this.access = access;
	}

	boolean visible(Account account, Upload upload) {
		if (account.username().equals(upload.username()) || account.role() == Role.ADMIN) {
			return true;
		}
		if (account.role() == Role.AGENCY) {
			// an agency sees only what it sent
			return false;
		}
		return covered(account, upload.senderUnit())
				|| (senderMayReportFor(upload) && covered(account, upload.unitCode()));
	}

	/**
	 * The unit an upload is about, as the audit log records its downloads: the unit its
	 * file names once the ingest found its sender may report for it, else its sender's.
	 */
	String unitOf(Upload upload) {
		if (senderMayReportFor(upload) || upload.senderUnit() == null) {
			return upload.unitCode();
		}
		return upload.senderUnit();
	}

	private boolean senderMayReportFor(Upload upload) {
		return upload.unitCode() != null && SenderUnit.checked(upload.outcome())
				&& SenderUnit.allows(upload.onlyUnit(), upload.unitCode(), this.access::covers);
	}

	private boolean covered(Account account, String unit) {
		return unit != null && this.access.canRead(account, unit);
	}

}

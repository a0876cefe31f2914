package vn.qms.stats.account;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * Which units an account may see and act for: an administrator every unit; a secretariat
 * or viewer its unit and every unit under it (the nation covers everything); an agency
 * its own unit only. "Under" follows the reference tree's parent links over every
 * validity (a code, not its history: today's 91 does not cover the old An Giang, 89,
 * merged into it; the nation covers both).
 */
@Component
public class UnitAccess {

	private final ReferenceUnits units;

	public UnitAccess(ReferenceUnits units) {
		this.units = units;
	}

	/** Whether the account may read the data, figures and reports of {@code unitCode}. */
	public boolean canRead(Account account, String unitCode) {
		if (account.role() == Role.ADMIN) {
			return true;
		}
		String unit = normal(unitCode);
		if (account.role() == Role.AGENCY) {
			return account.unitCode().equals(unit);
		}
		return covers(account.unitCode(), unit);
	}

	/**
	 * Whether the account may read the figures, reporting status and reports of
	 * {@code unitCode}: every role but an agency, which sees its own submissions only.
	 */
	public boolean canReadFigures(Account account, String unitCode) {
		return account.role() != Role.AGENCY && canRead(account, unitCode);
	}

	/** Whether the account may submit a file reported by {@code unitCode}. */
	public boolean canSubmit(Account account, String unitCode) {
		return account.role() != Role.VIEWER && canRead(account, unitCode);
	}

	/** Whether the account may approve, lock and chase for {@code unitCode}. */
	public boolean canApprove(Account account, String unitCode) {
		return (account.role() == Role.ADMIN || account.role() == Role.SECRETARIAT) && canRead(account, unitCode);
	}

	/** Whether {@code ancestor} is {@code unit} or above it in the reference tree. */
	public boolean covers(String ancestor, String unit) {
		if (ancestor.equals(unit) || "VN".equals(ancestor)) {
			return true;
		}
		Set<String> seen = new HashSet<>();
		Set<String> level = Set.of(unit);
		while (!level.isEmpty()) {
			Set<String> parents = new HashSet<>();
			for (Unit candidate : this.units.all()) {
				if (level.contains(candidate.code()) && candidate.parentCode() != null
						&& seen.add(candidate.parentCode())) {
					parents.add(candidate.parentCode());
				}
			}
			if (parents.contains(ancestor)) {
				return true;
			}
			level = parents;
		}
		return false;
	}

	private static String normal(String code) {
		return (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
	}

}

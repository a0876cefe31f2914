package vn.qms.stats.account;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Restatement;
import vn.qms.stats.reference.Succession;
import vn.qms.stats.reference.Unit;

/**
 * Which units an account may see and act for: an administrator every unit; a secretariat
 * or viewer its unit and every unit under it (the nation covers everything); an agency
 * its own unit only. "Under" follows the reference tree's parent links over every
 * validity, and the succession table: a unit covers the units that went into it or into a
 * unit under it (today's An Giang, 91, covers the old An Giang, 89, and Kiên Giang, the
 * old 91, merged into it on 2025-07-01; a unit split between several covers each of
 * them), so that a committee of today sees the history of its territory.
 */
@Component
public class UnitAccess {

	private final ReferenceUnits units;

	private final Succession succession;

	public UnitAccess(ReferenceUnits units, Succession succession) {
		this.units = units;
		this.succession = succession;
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

	/**
	 * Whether {@code ancestor} is {@code unit} or above it in the reference tree, or
	 * {@code unit} went into a unit it covers.
	 */
	public boolean covers(String ancestor, String unit) {
		if (ancestor.equals(unit) || "VN".equals(ancestor) || under(ancestor, unit)) {
			return true;
		}
		LocalDate today = LocalDate.now();
		for (Unit origin : this.units.all()) {
			// a unit that has ended (one not yet begun has no successor to follow)
			if (origin.code().equals(unit) && origin.validTo() != null && origin.validTo().isBefore(today)) {
				Optional<Restatement> now = this.succession.restate(origin.code(), origin.validFrom(), today);
				if (now.isPresent() && now.get()
					.units()
					.stream()
					.anyMatch((successor) -> successor.code().equals(ancestor) || under(ancestor, successor.code()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether {@code ancestor} is above {@code unit} in the reference tree. */
	private boolean under(String ancestor, String unit) {
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

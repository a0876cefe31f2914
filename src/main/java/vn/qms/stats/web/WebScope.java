package vn.qms.stats.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;

/**
 * The unit and period a page is about, from its {@code unit}, {@code period} and
 * {@code restate} parameters: by default the account's own unit ({@code VN} for an
 * administrator) and the last quarter that has ended.
 *
 * @param unit the unit code, upper case
 * @param period the period
 * @param restated whether history is shown in today's units
 */
public record WebScope(String unit, Period period, boolean restated) {

	public static WebScope of(Account account, String unit, String period, boolean restated) {
		String code = (unit == null || unit.isBlank()) ? ((account.role() == Role.ADMIN) ? "VN" : account.unitCode())
				: unit.trim().toUpperCase(Locale.ROOT);
		if (code.length() > 16 || !code.matches("[A-Z0-9.]+")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Period chosen = (period == null || period.isBlank()) ? lastEndedQuarter()
				: Period.parse(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		return new WebScope(code, chosen, restated);
	}

	/** The quarter before today's. */
	public static Period lastEndedQuarter() {
		LocalDate today = LocalDate.now();
		return Period.ofQuarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
	}

	public FigureScope figureScope(QmsProperties properties) {
		FigureScope scope = FigureScope.of(this.unit, this.period, CutOffRule.of(properties.cutOffRule()));
		return this.restated ? scope.restatedInCurrentUnits() : scope;
	}

}

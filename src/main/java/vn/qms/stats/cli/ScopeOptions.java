package vn.qms.stats.cli;

import java.util.List;

import picocli.CommandLine.Option;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.system.text.OneLine;
import vn.qms.stats.system.QmsProperties;

/**
 * What {@code figures} and {@code report} are asked for: a unit, a period or a range of
 * years, and whether to restate or carry forward. Checked before anything starts.
 */
class ScopeOptions {

	@Option(names = "--unit", required = true, paramLabel = "CODE", description = "Unit code, e.g. VN, 91, BKHCN")
	String unit;

	@Option(names = "--period", paramLabel = "P", description = "Period, e.g. 2020, 2026-Q3, \"Quý III/2026\"")
	String period;

	@Option(names = "--from", paramLabel = "YEAR", description = "First year of a range (with --to)")
	Integer from;

	@Option(names = "--to", paramLabel = "YEAR", description = "Last year of a range (with --from)")
	Integer to;

	@Option(names = "--restate", paramLabel = "current", description = "Restate history in today's units")
	String restate;

	@Option(names = "--carry-forward",
			description = "Count a unit that did not submit with its latest earlier data, marked as carried")
	boolean carryForward;

	/** The periods asked for; a bad combination is a usage error (exit status 2). */
	PeriodOptions periods() {
		if (this.restate != null && !"current".equals(this.restate)) {
			throw new UsageException("--restate takes only 'current', not: " + this.restate);
		}
		return PeriodOptions.of(this.period, this.from, this.to);
	}

	/**
	 * Refuses, as a usage error (exit status 2), a unit that is none of the reference
	 * units (of any validity): nothing is printed or written for it.
	 */
	void requireKnownUnit(ReferenceUnits units) {
		if (units.all().stream().map(Unit::code).noneMatch(this.unit::equals)) {
			throw new UsageException("Không có đơn vị mã " + OneLine.escape(this.unit)
					+ " trong danh mục đơn vị / No reference unit with the code " + OneLine.escape(this.unit)
					+ " (e.g. VN, 91, BKHCN; see config/reference/units.csv)");
		}
	}

	List<FigureScope> scopes(PeriodOptions periods, QmsProperties properties) {
		return periods.scopes(this.unit, properties, this.restate != null, this.carryForward);
	}

}

package vn.qms.stats.cli;

import java.util.List;
import java.util.stream.IntStream;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;

/**
 * {@code --period P} or {@code --from Y --to Y}, checked before anything starts.
 */
record PeriodOptions(List<Period> periods) {

	/** The first year a period may be of ({@link Period}). */
	static final int FIRST_YEAR = 1900;

	/** The last year a period may be of ({@link Period}). */
	static final int LAST_YEAR = 2999;

	static PeriodOptions of(String period, Integer from, Integer to) {
		if (period != null && (from != null || to != null)) {
			throw new UsageException("Give either --period or --from/--to, not both");
		}
		if (period != null) {
			Period parsed = Period.parse(period)
				.orElseThrow(() -> new UsageException("Kỳ báo cáo không hợp lệ / Not a period: " + period
						+ " (e.g. 2020, 2026-Q3, \"Quý III/2026\", 2012-H1)"));
			return new PeriodOptions(List.of(parsed));
		}
		if (from == null || to == null || from > to) {
			throw new UsageException("Give --period P, or --from YEAR --to YEAR with FROM <= TO");
		}
		for (int[] year : new int[][] { { from }, { to } }) {
			if (year[0] < FIRST_YEAR || year[0] > LAST_YEAR) {
				throw new UsageException(String.format(
						"Năm ngoài phạm vi hỗ trợ / Year out of the supported range: %d (--from/--to: %d–%d)", year[0],
						FIRST_YEAR, LAST_YEAR));
			}
		}
		return new PeriodOptions(IntStream.rangeClosed(from, to).mapToObj(Period::ofYear).toList());
	}

	List<FigureScope> scopes(String unit, QmsProperties properties) {
		return scopes(unit, properties, false, false);
	}

	/** One scope per period, restated in today's units and carrying forward if asked. */
	List<FigureScope> scopes(String unit, QmsProperties properties, boolean restated, boolean carryForward) {
		CutOffRule rule = CutOffRule.of(properties.cutOffRule());
		return this.periods.stream()
			.map((period) -> new FigureScope(unit, period.code(), period.start(rule), period.end(rule), restated,
					carryForward))
			.toList();
	}

}

package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One figure of {@code docs/figures.md} for one unit, period and branch.
 *
 * @param id figure id ({@code mandatory_announced_rate}, ...)
 * @param branch all, ministries or provinces
 * @param unitCode the unit ({@code AGENCY/PROCEDURE} for per-procedure figures)
 * @param unitName its Vietnamese name
 * @param period canonical period code ({@code 2020}, {@code 2020-H1}, {@code 2026-Q3})
 * @param numerator the numerator (for a count: the count)
 * @param denominator the denominator; null for a count, except where a count is counted
 * of something ({@code procedures_cut})
 * @param value the exact ratio for a rate (null when the denominator is 0), the count for
 * a count (null when there is nothing to count from)
 * @param kind rate or count
 * @param parts named parts of the figure ({@code process_total}: {@code procedure} and
 * {@code support} processes, from BM01), in order; empty if none
 * @param carriedFrom units whose data in this figure comes from an earlier period; empty
 * unless carrying forward was asked for
 */
public record Figure(String id, Branch branch, String unitCode, String unitName, String period, BigDecimal numerator,
		BigDecimal denominator, BigDecimal value, FigureKind kind, Map<String, BigDecimal> parts,
		List<CarriedForward> carriedFrom) {

	public Figure {
		parts = (parts != null) ? java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts))
				: Map.of();
		carriedFrom = (carriedFrom != null) ? List.copyOf(carriedFrom) : List.of();
	}

	/** A figure without parts or carried data: a rate if it has a denominator. */
	public Figure(String id, Branch branch, String unitCode, String unitName, String period, BigDecimal numerator,
			BigDecimal denominator, BigDecimal value) {
		this(id, branch, unitCode, unitName, period, numerator, denominator, value,
				(denominator != null) ? FigureKind.RATE : FigureKind.COUNT, Map.of(), List.of());
	}

	public boolean isRate() {
		return this.kind == FigureKind.RATE;
	}

	public boolean notApplicable() {
		return this.value == null;
	}

	/**
	 * Whether any of the data in this figure was carried forward from an earlier period.
	 */
	public boolean carried() {
		return !this.carriedFrom.isEmpty();
	}

	Figure withParts(Map<String, BigDecimal> parts) {
		return new Figure(this.id, this.branch, this.unitCode, this.unitName, this.period, this.numerator,
				this.denominator, this.value, this.kind, parts, this.carriedFrom);
	}

	Figure withCarriedFrom(List<CarriedForward> carried) {
		return new Figure(this.id, this.branch, this.unitCode, this.unitName, this.period, this.numerator,
				this.denominator, this.value, this.kind, this.parts, carried);
	}

}

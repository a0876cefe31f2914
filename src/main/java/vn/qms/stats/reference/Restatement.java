package vn.qms.stats.reference;

import java.util.List;

/**
 * Where a historical unit's counts go when a report is restated in the units of a later
 * day.
 *
 * @param origin the historical unit
 * @param units the units of the later day it went into (the origin itself if it still
 * exists; empty if it ended without a successor)
 * @param split whether a split lies on the way, in which case summary counts cannot be
 * restated exactly and the report must say so
 */
public record Restatement(Unit origin, List<Unit> units, boolean split) {

	public Restatement {
		units = List.copyOf(units);
	}

}

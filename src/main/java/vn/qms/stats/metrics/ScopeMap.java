package vn.qms.stats.metrics;

import java.util.List;

/**
 * The units a scope covers, resolved from the reference units (and the succession table
 * when restating), with the notes the resolution itself produced (splits).
 *
 * @param unitName the name of the unit asked for (today's name when restating)
 * @param units the covered units, never empty
 * @param leaf whether the unit asked for covers only itself (a ministry or province)
 * @param bothBranches whether the unit has ministries and provinces under it
 * @param notes findings made while resolving
 */
record ScopeMap(String unitName, List<CoveredUnit> units, boolean leaf, boolean bothBranches,
		List<DataQualityNote> notes) {

	ScopeMap withUnits(List<CoveredUnit> replaced, List<DataQualityNote> moreNotes) {
		List<DataQualityNote> all = new java.util.ArrayList<>(this.notes);
		all.addAll(moreNotes);
		return new ScopeMap(this.unitName, replaced, this.leaf, this.bothBranches, all);
	}

}

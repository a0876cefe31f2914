package vn.qms.stats.reference;

/**
 * The level of a unit in the unit tree.
 */
public enum UnitKind {

	NATION, MINISTRY, PROVINCE, DISTRICT, AGENCY

}

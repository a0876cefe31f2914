package vn.qms.stats.account;

/**
 * What an account may do in the console; every role but {@link #ADMIN} is held for one
 * unit.
 */
public enum Role {

	/** Everything: every unit, accounts' job history, restarts. */
	ADMIN,

	/**
	 * The secretariat of a steering committee: its unit and every unit under it; chases,
	 * approves and locks, renders reports.
	 */
	SECRETARIAT,

	/** Submits forms for its own unit only, and sees only its own submissions. */
	AGENCY,

	/** Reads the figures and reports of its unit and the units under it. */
	VIEWER

}

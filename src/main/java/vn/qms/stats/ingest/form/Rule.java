package vn.qms.stats.ingest.form;

/**
 * A check on the values of one data row (or of the rows of a sheet), declared by a form
 * and applied by the one validator.
 */
public sealed interface Rule {

	/** {@code key} must not exceed {@code limitKey} when both are given. */
	record NotGreater(String key, String limitKey) implements Rule {
	}

	/** {@code key} must not repeat within the submission. */
	record Unique(String key) implements Rule {
	}

	/**
	 * {@code codeKey} names a reference unit valid in the period (or, under a province, a
	 * district); {@code nameKey} should be its name; the kind found is stored in
	 * {@code kindKey}.
	 */
	record ReferenceUnit(String codeKey, String nameKey, String kindKey) implements Rule {
	}

	static Rule notGreater(String key, String limitKey) {
		return new NotGreater(key, limitKey);
	}

	static Rule unique(String key) {
		return new Unique(key);
	}

	static Rule referenceUnit(String codeKey, String nameKey, String kindKey) {
		return new ReferenceUnit(codeKey, nameKey, kindKey);
	}

}

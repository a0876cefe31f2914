package vn.qms.stats.metrics;

/**
 * A body that needs attention.
 *
 * @param kind which list it is on
 * @param unitCode the unit whose BM01 lists it
 * @param agencyCode the body
 * @param agencyName its name
 * @param agencyType its type (stored code)
 * @param detail the status ({@code MANDATORY_NOT_ANNOUNCED}, audit and review lists), the
 * open nonconformities ({@code OPEN_NONCONFORMITIES}) or the version
 * ({@code LEGACY_VERSION})
 */
public record AttentionItem(Kind kind, String unitCode, String agencyCode, String agencyName, String agencyType,
		String detail) {

	/** The needs-attention lists of a report. */
	public enum Kind {

		MANDATORY_NOT_ANNOUNCED, NO_INTERNAL_AUDIT, NO_MANAGEMENT_REVIEW, OPEN_NONCONFORMITIES, LEGACY_VERSION

	}

}

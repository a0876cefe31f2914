package vn.qms.stats.metrics;

import java.math.BigDecimal;

/**
 * One agency type of a unit's BM01 detail (units with only BM02 have no agency types).
 *
 * @param agencyType the stored code ({@code DEPARTMENT}, {@code COMMUNE_PC}, ...)
 * @param bodies agencies of this type
 * @param announced of which announced
 * @param announcedRate announced / bodies, null when there are none
 * @param procedures procedures in scope
 * @param withProcess procedures with an ISO process
 * @param coverage withProcess / procedures, null when there are none
 */
public record AgencyTypeRow(String agencyType, long bodies, long announced, BigDecimal announcedRate, long procedures,
		long withProcess, BigDecimal coverage) {

}

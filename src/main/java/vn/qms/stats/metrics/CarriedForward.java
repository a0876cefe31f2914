package vn.qms.stats.metrics;

/**
 * A unit whose data in a figure is carried forward from an earlier period because it did
 * not submit for the period asked (only when carrying forward was asked for).
 *
 * @param unitCode the unit that did not submit
 * @param period the earlier period its data comes from
 */
public record CarriedForward(String unitCode, String period) {

}

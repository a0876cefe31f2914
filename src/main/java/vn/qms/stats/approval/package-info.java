/**
 * Approval and locking of a unit's data for a period, per form (DHIS2's data approval):
 * who approved or withdrew what and when, the current state of each key, and the lock
 * that makes {@code ingestJob} hold a file for an approved key instead of applying it.
 */
package vn.qms.stats.approval;

/**
 * The audit log: who signed in, uploaded, downloaded, approved, withdrew, rendered or
 * restarted what, and when.
 */
package vn.qms.stats.audit;

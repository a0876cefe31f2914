/**
 * The input forms as data: columns (key, Vietnamese label, English alias, type,
 * required), derived columns and rules, read by the one engine.
 */
package vn.qms.stats.ingest.form;

/**
 * Reference units (nation, ministries, provinces) with validity dates, the 2025
 * succession table, and the period model (quarters, half-years, years and their cut-off
 * rules).
 */
package vn.qms.stats.reference;

/**
 * Configuration properties, data source and batch set-up shared by every feature.
 */
package vn.qms.stats.system;

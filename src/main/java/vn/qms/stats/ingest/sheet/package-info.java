/**
 * The engine that reads any form from any sheet: row sources per file format (streamed),
 * title block, header recognition, cell values, data, total and footer rows.
 */
package vn.qms.stats.ingest.sheet;

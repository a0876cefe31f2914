/**
 * Text of the cells: recognising legacy Vietnamese 8-bit encodings (TCVN3, VNI) in text
 * read as Windows-1252 and converting it to Unicode.
 */
package vn.qms.stats.ingest.text;

/**
 * The first look at an untrusted input file: its real format, zip bombs, encryption, XML
 * entities and time limits, so that no file can take the process down; verdicts carry
 * message keys in Vietnamese and English.
 */
package vn.qms.stats.ingest.guard;

/**
 * What the fuzz tests of the readers share: the scratch file a fuzz input is written to,
 * the replay of recorded findings, and the writer of the seed corpus. The fuzz tests
 * themselves live beside the code they fuzz; see {@code docs/fuzzing.md}.
 */
package vn.qms.stats.ingest.fuzz;

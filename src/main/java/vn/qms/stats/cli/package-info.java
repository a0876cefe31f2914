/**
 * The command line of {@code spec/cli.md}.
 */
package vn.qms.stats.cli;

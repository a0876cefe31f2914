/**
 * The command line of {@code docs/cli.md}.
 */
package vn.qms.stats.cli;

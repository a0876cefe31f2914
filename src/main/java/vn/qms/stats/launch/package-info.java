/**
 * How {@code java -jar qms-stats.jar} starts: the executable jar's own launcher, the
 * relaunch of a command from the build's extracted copy with a class-data archive, and
 * the build steps that make them ({@code docs/cli.md}, "Start-up time").
 */
package vn.qms.stats.launch;

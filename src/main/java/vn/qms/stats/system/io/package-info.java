/**
 * Writing files so that a crash never leaves a half-written one visible.
 */
package vn.qms.stats.system.io;

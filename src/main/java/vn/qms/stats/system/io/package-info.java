/**
 * Writing files so that a crash never leaves a half-written one visible; naming and
 * hashing them.
 */
package vn.qms.stats.system.io;

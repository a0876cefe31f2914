/**
 * Console accounts: who may sign in ({@link vn.qms.stats.account.Accounts}, managed by
 * the {@code users} command), with which {@link vn.qms.stats.account.Role}, and which
 * units each may see and act for ({@link vn.qms.stats.account.UnitAccess}). README, "The
 * web console".
 */
package vn.qms.stats.account;

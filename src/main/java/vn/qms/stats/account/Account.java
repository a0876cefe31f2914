package vn.qms.stats.account;

import java.time.LocalDateTime;

/**
 * A console account (never its password hash, which stays in {@link Accounts}).
 *
 * @param username the sign-in name
 * @param role what it may do
 * @param unitCode the unit it acts for ({@code VN} for an administrator)
 * @param enabled whether it may sign in
 * @param createdAt when it was added
 */
public record Account(String username, Role role, String unitCode, boolean enabled, LocalDateTime createdAt) {

}

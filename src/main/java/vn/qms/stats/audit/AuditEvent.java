package vn.qms.stats.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param actor the account (or {@code cli:<os user>})
 * @param action what, e.g. {@code SIGN_IN}, {@code SIGN_IN_FAILED}, {@code UPLOAD}
 * @param unitCode the unit it concerned, or null
 * @param periodCode the period it concerned, or null
 * @param detail a file name, a reason, a report kind…
 * @param remote the client's address, or null
 */
public record AuditEvent(LocalDateTime at, String actor, String action, String unitCode, String periodCode,
		String detail, String remote) {

}

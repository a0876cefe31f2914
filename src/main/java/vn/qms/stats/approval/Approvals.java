package vn.qms.stats.approval;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.qms.stats.approval.ApprovalAnswer.Status;
import vn.qms.stats.ingest.HeldFiles;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.SubmissionLocks;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * Approval of a unit's data for a period, per form: approve, withdraw (with a reason),
 * the current state of each key and the history of every event (who, when, why). An
 * approved key is locked: {@code ingestJob} holds a file for it in {@code held/} instead
 * of applying it, and {@link #applyHeld} applies it once the approval is withdrawn.
 */
@Component
public class Approvals implements SubmissionLocks {

	private final ApprovalEvents events;

	private final TransactionTemplate transaction;

	private final ObjectProvider<ReferenceUnits> units;

	private final ObjectProvider<HeldFiles> heldFiles;

	Approvals(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectProvider<ReferenceUnits> units,
			ObjectProvider<HeldFiles> heldFiles) {
		this.events = new ApprovalEvents(jdbc);
		this.transaction = new TransactionTemplate(transactionManager);
		this.units = units;
		this.heldFiles = heldFiles;
	}

	/**
	 * Approves and locks the key; already approved is an answer saying by whom and when.
	 */
	public ApprovalAnswer approve(String form, String unit, String period, String actor) {
		return record(form, unit, period, actor, null, ApprovalEvent.Action.APPROVED);
	}

	/**
	 * Withdraws the approval of the key, unlocking it; a reason is required, and a key
	 * that is not approved is an answer saying so.
	 */
	public ApprovalAnswer withdraw(String form, String unit, String period, String actor, String reason) {
		return record(form, unit, period, actor, reason, ApprovalEvent.Action.WITHDRAWN);
	}

	/** Whether the key is approved now (a period in any form of {@link Period#parse}). */
	public boolean isApproved(String form, String unit, String period) {
		return latestApproval(form, unit, code(period)).isPresent();
	}

	/**
	 * The current state (latest event) of every key ever approved, of the unit and period
	 * if given (null: any).
	 */
	public List<ApprovalEvent> list(String unit, String period) {
		return this.events.current(unit, (period != null) ? code(period) : null);
	}

	/** Every approval and withdrawal of the keys matching (null: any), oldest first. */
	public List<ApprovalEvent> history(String form, String unit, String period) {
		return this.events.history(form, unit, (period != null) ? code(period) : null);
	}

	/**
	 * Whether the figures of a unit for a period are approved, per form and overall, for
	 * the reports.
	 */
	public UnitApproval state(String unit, String period) {
		String code = code(period);
		List<String> submitted = this.events.submittedForms(unit, code);
		List<FormApproval> forms = Forms.all().stream().map(FormDefinition::code).map((form) -> {
			Optional<ApprovalEvent> approval = latestApproval(form, unit, code);
			return new FormApproval(form, submitted.contains(form), approval.isPresent(),
					approval.map(ApprovalEvent::actor).orElse(null), approval.map(ApprovalEvent::actedAt).orElse(null));
		}).toList();
		return UnitApproval.of(unit, code, forms);
	}

	/** The files held because their key was approved when they came. */
	public List<HeldFiles.HeldFile> held() {
		return this.heldFiles.getObject().list();
	}

	/**
	 * Applies a held file (by its name in {@code held/}): ingested again, it is stored
	 * once its key is no longer approved, and held again while it is.
	 */
	public IngestVerdict applyHeld(String fileName) {
		return this.heldFiles.getObject().apply(fileName);
	}

	/**
	 * Asked by {@code ingestJob} in the transaction that would store a file: the key's
	 * current submission stays locked until it ends, so an approval cannot slip between
	 * this answer and the store.
	 */
	@Override
	public Optional<Lock> lockOf(String form, String reportingUnit, String period) {
		this.events.lockSubmission(form, reportingUnit, period);
		return latestApproval(form, reportingUnit, period)
			.map((event) -> new Lock(form, reportingUnit, period, event.actor(), event.actedAt()));
	}

	/** {@code ĐÃ PHÊ DUYỆT} / {@code APPROVED}, or withdrawn, for listings. */
	public static String stateLabel(ApprovalEvent event, Locale locale) {
		return ApprovalMessages.text(locale, "approval.state." + event.action().name());
	}

	private Optional<ApprovalEvent> latestApproval(String form, String unit, String period) {
		return this.events.latest(form, unit, period).filter(ApprovalEvent::approved);
	}

	private ApprovalAnswer record(String form, String unit, String period, String actor, String reason,
			ApprovalEvent.Action action) {
		Optional<ApprovalAnswer> invalid = invalid(form, unit, period, actor, reason, action);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		String code = code(period);
		try {
			return this.transaction.execute((status) -> recordChecked(form, unit, code, actor, reason, action));
		}
		catch (DuplicateKeyException ex) {
			return answer(Status.BUSY, form, unit, code, "approval.busy");
		}
	}

	private ApprovalAnswer recordChecked(String form, String unit, String period, String actor, String reason,
			ApprovalEvent.Action action) {
		this.events.lockSubmission(form, unit, period);
		Optional<ApprovalEvent> latest = this.events.latest(form, unit, period);
		boolean approved = latest.filter(ApprovalEvent::approved).isPresent();
		if (action == ApprovalEvent.Action.APPROVED && approved) {
			return answer(Status.ALREADY_APPROVED, form, unit, period, "approval.already.approved",
					latest.get().actor(), When.of(latest.get().actedAt()));
		}
		if (action == ApprovalEvent.Action.WITHDRAWN && !approved) {
			return answer(Status.NOT_APPROVED, form, unit, period, "approval.not.approved");
		}
		LocalDateTime now = LocalDateTime.now();
		int seq = latest.map(ApprovalEvent::seq).orElse(0) + 1;
		this.events.insert(new ApprovalEvent(form, unit, period, seq, action, actor.strip(), now,
				(reason != null) ? WithdrawalReason.trimmed(reason) : null));
		return (action == ApprovalEvent.Action.APPROVED)
				? answer(Status.APPROVED, form, unit, period, "approval.approved", actor.strip(), When.of(now))
				: answer(Status.WITHDRAWN, form, unit, period, "approval.withdrawn", actor.strip(), When.of(now),
						WithdrawalReason.trimmed(reason));
	}

	private Optional<ApprovalAnswer> invalid(String form, String unit, String period, String actor, String reason,
			ApprovalEvent.Action action) {
		String given = (period != null) ? period : "";
		if (form == null || Forms.byCode(form).isEmpty()) {
			return Optional
				.of(answer(Status.INVALID, form, unit, given, "approval.invalid.form", String.valueOf(form)));
		}
		if (unit == null || this.units.getObject().all().stream().map(Unit::code).noneMatch(unit::equals)) {
			return Optional
				.of(answer(Status.INVALID, form, unit, given, "approval.invalid.unit", String.valueOf(unit)));
		}
		if (period == null || Period.parse(period).isEmpty()) {
			return Optional.of(answer(Status.INVALID, form, unit, given, "approval.invalid.period", given));
		}
		if (actor == null || actor.isBlank()) {
			return Optional.of(answer(Status.INVALID, form, unit, given, "approval.invalid.actor"));
		}
		if (action == ApprovalEvent.Action.WITHDRAWN) {
			Optional<String> problem = WithdrawalReason.problem(reason);
			if (problem.isPresent()) {
				return Optional.of(answer(Status.INVALID, form, unit, given, problem.get(),
						String.valueOf(WithdrawalReason.MAX_LENGTH)));
			}
		}
		return Optional.empty();
	}

	private static ApprovalAnswer answer(Status status, String form, String unit, String period, String key,
			String... arguments) {
		List<String> all = new ArrayList<>(List.of(String.valueOf(form), String.valueOf(unit), period));
		all.addAll(List.of(arguments));
		return new ApprovalAnswer(status, form, unit, period, key, all);
	}

	/** The period's code ({@code Quý III/2026} is {@code 2026-Q3}); as given if none. */
	private static String code(String period) {
		return Period.parse(period).map(Period::code).orElse(period);
	}

}

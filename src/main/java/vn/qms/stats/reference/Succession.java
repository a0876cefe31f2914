package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The succession table of {@code succession.csv}: which unit went into which, so that
 * historical figures can be restated in today's units.
 */
@Component
public class Succession {

	private final ReferenceUnits units;

	private final List<SuccessionLink> links;

	@Autowired
	Succession(ReferenceSource source, ReferenceUnits units) {
		this(ReferenceCsv.links(source.succession()), units);
	}

	Succession(List<SuccessionLink> links, ReferenceUnits units) {
		this.units = units;
		this.links = List.copyOf(links);
		this.links.forEach(this::check);
	}

	/** Every row of the table. */
	public List<SuccessionLink> links() {
		return this.links;
	}

	/** Where this unit went when it ended; empty if it still exists or just ended. */
	public List<SuccessionLink> successors(Unit unit) {
		return this.links.stream().filter((link) -> link.from(unit)).toList();
	}

	/** The units that went into this one. */
	public List<SuccessionLink> predecessors(Unit unit) {
		return this.links.stream().filter((link) -> link.into(unit)).toList();
	}

	/** Whether this unit was split, so that its summary counts cannot be restated. */
	public boolean isSplit(Unit unit) {
		return successors(unit).stream().anyMatch((link) -> link.kind() == SuccessionKind.SPLIT);
	}

	/** The unit that had this code on {@code day}, followed to the units of today. */
	public Optional<Restatement> restate(String code, LocalDate day) {
		return restate(code, day, LocalDate.now());
	}

	/**
	 * The unit that had this code on {@code day}, followed through every change up to
	 * {@code target} to the units valid on {@code target}.
	 */
	public Optional<Restatement> restate(String code, LocalDate day, LocalDate target) {
		if (target.isBefore(day)) {
			throw new IllegalArgumentException("Cannot restate " + day + " in the units of an earlier day " + target);
		}
		return this.units.find(code, day, day).map((origin) -> follow(origin, target));
	}

	private Restatement follow(Unit origin, LocalDate target) {
		Set<Unit> reached = new LinkedHashSet<>();
		Set<Unit> seen = new HashSet<>();
		Deque<Unit> pending = new ArrayDeque<>(List.of(origin));
		boolean split = false;
		while (!pending.isEmpty()) {
			Unit unit = pending.removeFirst();
			if (!seen.add(unit)) {
				continue;
			}
			if (unit.validOn(target)) {
				reached.add(unit);
				continue;
			}
			for (SuccessionLink link : successors(unit)) {
				if (!link.changedOn().isAfter(target)) {
					split |= link.kind() == SuccessionKind.SPLIT;
					pending.addLast(successor(link));
				}
			}
		}
		return new Restatement(origin, new ArrayList<>(reached), split);
	}

	private Unit successor(SuccessionLink link) {
		return exactly(link.newCode(), link.newValidFrom()).orElseThrow(() -> new IllegalStateException(
				"succession.csv: no unit " + link.newCode() + " from " + link.newValidFrom()));
	}

	private Optional<Unit> exactly(String code, LocalDate validFrom) {
		return this.units.find(code, validFrom, validFrom).filter((unit) -> unit.validFrom().equals(validFrom));
	}

	private void check(SuccessionLink link) {
		Unit old = exactly(link.oldCode(), link.oldValidFrom()).orElseThrow(() -> new IllegalStateException(
				"succession.csv: no unit " + link.oldCode() + " from " + link.oldValidFrom()));
		Unit next = successor(link);
		if (old.validTo() == null || !old.validTo().plusDays(1).equals(link.changedOn())
				|| !next.validOn(link.changedOn())) {
			throw new IllegalStateException("succession.csv: " + link.oldCode() + " → " + link.newCode() + " on "
					+ link.changedOn() + " does not match the validity dates in units.csv");
		}
	}

}

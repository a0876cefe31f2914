package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The units a sender may report for, passed to {@code ingestJob} as the parameter
 * {@value #PARAMETER}: an agency's account in the web console its own unit alone
 * ({@link #only}), a secretariat's its unit and every unit that unit covers
 * ({@link #covering}: the units under it and those merged into them, as the console's
 * access follows). A file whose title block names another reporting unit is rejected with
 * that reason before anything is stored. Files from the input folder and from an
 * administrator carry no such parameter.
 */
public final class SenderUnit {

	public static final String PARAMETER = "sender-unit";

	/**
	 * Coverage where a unit covers itself alone (a context without the reference tree).
	 */
	static final BiPredicate<String, String> ITSELF = String::equals;

	/** The outcomes of a file whose units the ingest checked against its sender's. */
	private static final Set<String> UNIT_CHECKED = Set.of(IngestVerdict.Outcome.ACCEPTED.name(),
			IngestVerdict.Outcome.DUPLICATE.name(), IngestVerdict.Outcome.HELD.name());

	/** Marks a secretariat's restriction: the unit and the units it covers. */
	private static final String COVERING = "+";

	private SenderUnit() {
	}

	/** What an agency may report for: {@code unit} alone. */
	public static String only(String unit) {
		return unit;
	}

	/** What a secretariat may report for: {@code unit} and every unit it covers. */
	public static String covering(String unit) {
		return unit + COVERING;
	}

	/**
	 * Whether a sender restricted to {@code restriction} ({@link #only} or
	 * {@link #covering}; null for none) may report for {@code unit}, whose coverage
	 * {@code covers} answers.
	 */
	public static boolean allows(String restriction, String unit, BiPredicate<String, String> covers) {
		if (restriction == null) {
			return true;
		}
		String senderUnit = unitOf(restriction);
		return unit.equals(senderUnit) || (restriction.endsWith(COVERING) && covers.test(senderUnit, unit));
	}

	/**
	 * The unit a file counts for, as the console shows uploads ({@code UploadVisibility})
	 * and the ingest report lists them: the units its title block names ({@code named})
	 * when the ingest {@code checked} them against its sender's (a file accepted, a
	 * duplicate of stored data, or one held for an approved period) and its sender may
	 * report for every one of them (or it came from the input folder or an administrator:
	 * no {@code restriction}), else its sender's unit. What a file says cannot put it in
	 * another unit's lists: a rejected file, which may name any unit, counts for the
	 * sender's unit.
	 */
	public static String countedFor(String named, String restriction, boolean checked,
			BiPredicate<String, String> covers) {
		if (restriction == null || restriction.isBlank()) {
			return named;
		}
		if (checked && named != null
				&& Arrays.stream(named.split(",\\s*")).allMatch((unit) -> allows(restriction, unit, covers))) {
			return named;
		}
		return unitOf(restriction);
	}

	/**
	 * Whether a file whose verdict has {@code outcome} (an {@link IngestVerdict.Outcome}
	 * name) had the units its title block names checked against its sender's: accepted, a
	 * duplicate of stored data, or held for an approved period.
	 */
	public static boolean checked(String outcome) {
		return outcome != null && UNIT_CHECKED.contains(outcome);
	}

	private static String unitOf(String restriction) {
		return restriction.endsWith(COVERING) ? restriction.substring(0, restriction.length() - COVERING.length())
				: restriction;
	}

	/** The unit the run's sender is bound to, if any. */
	static Optional<String> of(JobParameters parameters) {
		return Optional.ofNullable(parameters.getString(PARAMETER));
	}

	/**
	 * The rejection of a file reported by {@code reportingUnit} when its sender may only
	 * report for {@code restriction} ({@link #only} or {@link #covering}, whose units
	 * {@code covers} answers); empty when they agree (or the unit was not read).
	 */
	static Optional<IngestVerdict> check(Path file, String form, String reportingUnit, String period,
			Optional<String> restriction, BiPredicate<String, String> covers) {
		if (restriction.isEmpty() || reportingUnit == null) {
			return Optional.empty();
		}
		boolean covering = restriction.get().endsWith(COVERING);
		String senderUnit = unitOf(restriction.get());
		for (String unit : reportingUnit.split(",\\s*")) {
			if (!allows(restriction.get(), unit, covers)) {
				Problem problem = Problem
					.error(covering ? "ingest.file.outside-units" : "ingest.file.other-unit", unit, senderUnit)
					.inFile(file.getFileName().toString());
				return Optional.of(new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, form, reportingUnit, period,
						0, List.of(problem), null));
			}
		}
		return Optional.empty();
	}

}

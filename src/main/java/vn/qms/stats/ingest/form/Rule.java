package vn.qms.stats.ingest.form;

import java.time.LocalDate;
import java.util.List;

/**
 * A check on the values of one data row (or of the rows of a sheet), declared by a form
 * and applied by the one validator. A broken rule is an error unless its description says
 * warning.
 */
public sealed interface Rule {

	/** {@code key} must not exceed {@code limitKey} when both are given. */
	record NotGreater(String key, String limitKey) implements Rule {
	}

	/**
	 * The sum of {@code keys} must not exceed {@code limitKey} when the limit is given.
	 */
	record SumNotGreater(List<String> keys, String limitKey) implements Rule {
	}

	/** {@code key} must not repeat within the submission. */
	record Unique(String key) implements Rule {
	}

	/** {@code key} must not repeat among the rows with the same {@code scopeKey}. */
	record UniqueWithin(String key, String scopeKey) implements Rule {
	}

	/**
	 * {@code codeKey} names a reference unit valid in the period (or, under a province, a
	 * district); {@code nameKey} should be its name; the kind found is stored in
	 * {@code kindKey}.
	 */
	record ReferenceUnit(String codeKey, String nameKey, String kindKey) implements Rule {
	}

	/**
	 * {@code key}, when given, should be a {@code codeKey} of the sheet or a reference
	 * unit of the period; a warning otherwise.
	 */
	record KnownParent(String key, String codeKey) implements Rule {
	}

	/** {@code key}, when given, must be greater than 0. */
	record Positive(String key) implements Rule {
	}

	/** {@code key}, when given, must be 0 or more. */
	record NotNegative(String key) implements Rule {
	}

	/** At least one of {@code keys} must be given. */
	record OneRequired(List<String> keys) implements Rule {
	}

	/**
	 * {@code minuendKey} − {@code subtrahendKey} = {@code differenceKey}: checked when
	 * all three are given, the missing one of the last two filled in otherwise.
	 */
	record Difference(String minuendKey, String subtrahendKey, String differenceKey) implements Rule {
	}

	/** Text {@code key}, when given, should match {@code regex}: a warning otherwise. */
	record Format(String key, String regex, String pattern) implements Rule {
	}

	/** Date {@code key}, when given, must not be before {@code earliestKey}. */
	record NotBefore(String key, String earliestKey) implements Rule {
	}

	/** {@code key} is required when {@code conditionKey} is one of {@code codes}. */
	record RequiredWhen(String key, String conditionKey, List<String> codes) implements Rule {
	}

	/**
	 * {@code key} may be given only when {@code conditionKey} is one of {@code codes}.
	 */
	record OnlyWhen(String key, String conditionKey, List<String> codes) implements Rule {
	}

	/** Date {@code key} must not be after the report date (or the period end). */
	record NotAfterReportDate(String key) implements Rule {
	}

	/**
	 * Choice {@code code} of {@code key} no longer exists after {@code lastDay}: a
	 * warning in a period that starts later.
	 */
	record ChoiceUntil(String key, String code, LocalDate lastDay) implements Rule {
	}

	/** The same check as {@code rule}, reported as a warning. */
	record Warning(Rule rule) implements Rule {
	}

	static Rule notGreater(String key, String limitKey) {
		return new NotGreater(key, limitKey);
	}

	static Rule unique(String key) {
		return new Unique(key);
	}

	static Rule referenceUnit(String codeKey, String nameKey, String kindKey) {
		return new ReferenceUnit(codeKey, nameKey, kindKey);
	}

	static Rule requiredWhen(String key, String conditionKey, String... codes) {
		return new RequiredWhen(key, conditionKey, List.of(codes));
	}

	static Rule onlyWhen(String key, String conditionKey, String... codes) {
		return new OnlyWhen(key, conditionKey, List.of(codes));
	}

	static Rule warning(Rule rule) {
		return new Warning(rule);
	}

}

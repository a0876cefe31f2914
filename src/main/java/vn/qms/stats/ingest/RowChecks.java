package vn.qms.stats.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Rule;
import vn.qms.stats.reference.CutOffRule;

/**
 * The rules that look at one row alone. Each check returns what is wrong, or nothing;
 * messages name the columns by their Vietnamese label and English alias.
 */
final class RowChecks {

	private final FormDefinition form;

	private final ReportingContext.Resolved context;

	RowChecks(FormDefinition form, ReportingContext.Resolved context) {
		this.form = form;
		this.context = context;
	}

	Optional<RuleFinding> notGreater(Rule.NotGreater rule, Map<String, Object> values) {
		BigDecimal value = decimal(values.get(rule.key()));
		BigDecimal limit = decimal(values.get(rule.limitKey()));
		if (value == null || limit == null || value.compareTo(limit) <= 0) {
			return Optional.empty();
		}
		return RuleFinding.of(Problem.error("ingest.rule.not.greater", vi(rule.key()), vi(rule.limitKey()),
				plain(limit), en(rule.key()), en(rule.limitKey())), rule.key());
	}

	Optional<RuleFinding> sumNotGreater(Rule.SumNotGreater rule, Map<String, Object> values) {
		BigDecimal limit = decimal(values.get(rule.limitKey()));
		BigDecimal sum = rule.keys()
			.stream()
			.map((key) -> decimal(values.get(key)))
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (limit == null || sum.compareTo(limit) <= 0) {
			return Optional.empty();
		}
		String keysVi = String.join(" + ", rule.keys().stream().map(this::vi).toList());
		String keysEn = String.join(" + ", rule.keys().stream().map(this::en).toList());
		return RuleFinding.of(Problem.error("ingest.rule.sum.not.greater", keysVi, vi(rule.limitKey()), plain(sum),
				plain(limit), keysEn, en(rule.limitKey())), rule.keys().get(rule.keys().size() - 1));
	}

	Optional<RuleFinding> positive(Rule.Positive rule, Map<String, Object> values) {
		BigDecimal value = decimal(values.get(rule.key()));
		return (value == null || value.signum() > 0) ? Optional.empty()
				: RuleFinding.of(Problem.error("ingest.rule.positive", vi(rule.key()), en(rule.key())), rule.key());
	}

	Optional<RuleFinding> notNegative(Rule.NotNegative rule, Map<String, Object> values) {
		BigDecimal value = decimal(values.get(rule.key()));
		return (value == null || value.signum() >= 0) ? Optional.empty()
				: RuleFinding.of(Problem.error("ingest.rule.not.negative", vi(rule.key()), en(rule.key())), rule.key());
	}

	Optional<RuleFinding> oneRequired(Rule.OneRequired rule, Map<String, Object> values) {
		if (rule.keys().stream().anyMatch((key) -> values.get(key) != null)) {
			return Optional.empty();
		}
		String vi = String.join(" hoặc ", rule.keys().stream().map(this::vi).toList());
		String en = String.join(" or ", rule.keys().stream().map(this::en).toList());
		return RuleFinding.of(Problem.error("ingest.rule.one.required", vi, en), rule.keys().get(0));
	}

	/** Checks the difference when all three are given; fills in a missing one. */
	Optional<RuleFinding> difference(Rule.Difference rule, Map<String, Object> values) {
		BigDecimal minuend = decimal(values.get(rule.minuendKey()));
		BigDecimal subtrahend = decimal(values.get(rule.subtrahendKey()));
		BigDecimal difference = decimal(values.get(rule.differenceKey()));
		if (minuend == null || (subtrahend == null && difference == null)) {
			return Optional.empty();
		}
		if (subtrahend == null || difference == null) {
			String missing = (subtrahend == null) ? rule.subtrahendKey() : rule.differenceKey();
			values.put(missing, minuend.subtract((subtrahend == null) ? difference : subtrahend));
			return Optional.empty();
		}
		if (minuend.subtract(subtrahend).compareTo(difference) == 0) {
			return Optional.empty();
		}
		return RuleFinding.of(Problem.error("ingest.rule.difference", vi(rule.minuendKey()), vi(rule.subtrahendKey()),
				vi(rule.differenceKey()), plain(minuend), plain(subtrahend), plain(minuend.subtract(subtrahend)),
				en(rule.minuendKey()), en(rule.subtrahendKey()), en(rule.differenceKey())), rule.differenceKey());
	}

	Optional<RuleFinding> format(Rule.Format rule, Map<String, Object> values) {
		Object value = values.get(rule.key());
		return (value == null || value.toString().matches(rule.regex())) ? Optional.empty()
				: RuleFinding.of(Problem.warning("ingest.rule.format", rule.pattern()), rule.key());
	}

	Optional<RuleFinding> notBefore(Rule.NotBefore rule, Map<String, Object> values) {
		LocalDateTime value = moment(values.get(rule.key()));
		LocalDateTime earliest = moment(values.get(rule.earliestKey()));
		if (value == null || earliest == null || !value.isBefore(earliest)) {
			return Optional.empty();
		}
		return RuleFinding.of(Problem.error("ingest.rule.not.before", vi(rule.key()), vi(rule.earliestKey()),
				shown(values.get(rule.earliestKey())), en(rule.key()), en(rule.earliestKey())), rule.key());
	}

	Optional<RuleFinding> requiredWhen(Rule.RequiredWhen rule, Map<String, Object> values) {
		Object condition = values.get(rule.conditionKey());
		if (values.get(rule.key()) != null || condition == null || !rule.codes().contains(condition)) {
			return Optional.empty();
		}
		return RuleFinding.of(
				conditional("ingest.rule.required.when", rule.key(), rule.conditionKey(), List.of(condition)),
				rule.key());
	}

	/** Names the values that allow {@code key}, not the one found. */
	Optional<RuleFinding> onlyWhen(Rule.OnlyWhen rule, Map<String, Object> values) {
		Object condition = values.get(rule.conditionKey());
		if (values.get(rule.key()) == null || condition == null || rule.codes().contains(condition)) {
			return Optional.empty();
		}
		return RuleFinding.of(
				conditional("ingest.rule.only.when", rule.key(), rule.conditionKey(), List.copyOf(rule.codes())),
				rule.key());
	}

	Optional<RuleFinding> notAfterReportDate(Rule.NotAfterReportDate rule, Map<String, Object> values) {
		LocalDate value = day(values.get(rule.key()));
		LocalDate reportDate = this.context.reportDate();
		return (value == null || !value.isAfter(reportDate)) ? Optional.empty() : RuleFinding.of(
				Problem.error("ingest.rule.after.report.date", vi(rule.key()), shown(reportDate), en(rule.key())),
				rule.key());
	}

	Optional<RuleFinding> choiceUntil(Rule.ChoiceUntil rule, Map<String, Object> values) {
		if (!rule.code().equals(values.get(rule.key()))
				|| !this.context.period().start(CutOffRule.CALENDAR).isAfter(rule.lastDay())) {
			return Optional.empty();
		}
		Choice choice = choice(rule.key(), rule.code()).orElseThrow();
		return RuleFinding.of(Problem.warning("ingest.rule.choice.abolished", choice.labelVi(), shown(rule.lastDay()),
				this.context.period().code(), choice.labelEn()), rule.key());
	}

	private Problem conditional(String messageKey, String key, String conditionKey, List<Object> codes) {
		String vi = String.join(" / ",
				codes.stream()
					.map((code) -> choice(conditionKey, code).map(Choice::labelVi).orElse(code.toString()))
					.toList());
		String en = String.join(" / ",
				codes.stream()
					.map((code) -> choice(conditionKey, code).map(Choice::labelEn).orElse(code.toString()))
					.toList());
		return Problem.error(messageKey, vi(key), vi(conditionKey), vi, en(key), en(conditionKey), en);
	}

	private Optional<Choice> choice(String key, Object code) {
		List<Choice> choices = this.form.column(key).map((column) -> column.choices()).orElse(List.of());
		return choices.stream().filter((choice) -> choice.code().equals(code)).findFirst();
	}

	String vi(String key) {
		return this.form.column(key).map((column) -> column.labelVi()).orElse(key);
	}

	String en(String key) {
		return this.form.column(key).map((column) -> column.labelEn()).orElse(key);
	}

	static BigDecimal decimal(Object value) {
		return (value instanceof Number number) ? new BigDecimal(number.toString()) : null;
	}

	private static LocalDate day(Object value) {
		LocalDateTime moment = moment(value);
		return (moment != null) ? moment.toLocalDate() : null;
	}

	private static LocalDateTime moment(Object value) {
		if (value instanceof LocalDateTime time) {
			return time;
		}
		return (value instanceof LocalDate date) ? date.atStartOfDay() : null;
	}

	static String shown(Object value) {
		return ShownValue.of(value);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}

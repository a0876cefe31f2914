package vn.qms.stats.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.Rule;
import vn.qms.stats.ingest.sheet.ParsedRow;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Applies the rules a form declares to the rows of a sheet, and fills derived columns.
 * One instance per submission, so that uniqueness holds across its sheets.
 */
final class RowRules {

	/**
	 * What a district code under a province may look like, since districts are no
	 * reference units: letters and digits, with {@code .}, {@code -}, {@code _} or
	 * {@code /} inside ({@code 899}, {@code Q.1}). Anything else ({@code =1+2},
	 * {@code @SUM(1)}) is no code, and would otherwise be stored as a district that no
	 * figure names.
	 */
	private static final Pattern DISTRICT_CODE = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}._/-]*");

	private final ReferenceUnits units;

	private final ReportingContext.Resolved context;

	private final Map<String, Map<Object, Integer>> seen = new HashMap<>();

	/** Codes of the rows so far, by the key of a {@link Rule.KnownParent} code column. */
	private final Map<String, Set<String>> codes = new HashMap<>();

	private RowChecks checks;

	RowRules(ReferenceUnits units, ReportingContext.Resolved context) {
		this.units = units;
		this.context = context;
	}

	/**
	 * The sheet's rows with derived values. Problems go to {@code problems}, which
	 * answers false when no more may be listed: checking stops there, and the rows
	 * checked so far are returned.
	 */
	List<ParsedRow> apply(ParsedSheet sheet, Predicate<Problem> problems) {
		this.checks = new RowChecks(sheet.form(), this.context);
		collectCodes(sheet);
		Set<String> unreadable = unreadableCells(sheet);
		List<ParsedRow> checked = new ArrayList<>();
		for (ParsedRow row : sheet.rows()) {
			Map<String, Object> values = new HashMap<>(row.values());
			for (Problem tooLong : tooLong(sheet, row)) {
				if (!problems.test(tooLong)) {
					return checked;
				}
			}
			for (Rule rule : sheet.form().rules()) {
				Optional<Problem> found = check(rule, values, row.row()).map((finding) -> locate(finding, sheet, row))
					.filter((problem) -> !unreadable.contains(problem.row() + ":" + problem.column()));
				if (found.isPresent() && !problems.test(found.get())) {
					return checked;
				}
			}
			checked.add(new ParsedRow(row.row(), values));
		}
		return checked;
	}

	/**
	 * The text values longer than their column holds: an error at the cell, before they
	 * reach the database.
	 */
	private static List<Problem> tooLong(ParsedSheet sheet, ParsedRow row) {
		List<Problem> found = new ArrayList<>(0);
		for (Column column : sheet.form().columns()) {
			if (row.get(column.key()) instanceof String text && column.tooLong(text)) {
				RuleFinding.of(Problem.error("ingest.cell.too.long", text.length(), column.maxLength()), column.key())
					.map((finding) -> locate(finding, sheet, row))
					.ifPresent(found::add);
			}
		}
		return found;
	}

	/**
	 * Cells whose value could not be read (already an error): a rule would only say
	 * again, and wrongly, that they are empty.
	 */
	private static Set<String> unreadableCells(ParsedSheet sheet) {
		Set<String> cells = new HashSet<>();
		sheet.problems()
			.stream()
			.filter((problem) -> problem.isError() && problem.row() != null && problem.column() != null)
			.forEach((problem) -> cells.add(problem.row() + ":" + problem.column()));
		return cells;
	}

	private void collectCodes(ParsedSheet sheet) {
		sheet.form().rules().stream().filter(Rule.KnownParent.class::isInstance).forEach((rule) -> {
			String codeKey = ((Rule.KnownParent) rule).codeKey();
			Set<String> known = this.codes.computeIfAbsent(codeKey, (key) -> new HashSet<>());
			sheet.rows().forEach((row) -> known.add(ReportingContext.normalCode((String) row.get(codeKey))));
		});
	}

	private Optional<RuleFinding> check(Rule rule, Map<String, Object> values, int row) {
		if (rule instanceof Rule.Warning warning) {
			return check(warning.rule(), values, row).map(RuleFinding::asWarning);
		}
		if (rule instanceof Rule.Unique unique) {
			return unique(unique.key(), unique.key(), values.get(unique.key()), row);
		}
		if (rule instanceof Rule.UniqueWithin within) {
			Object value = values.get(within.key());
			Object scope = values.get(within.scopeKey());
			return unique(within.key(), within.key() + "@" + within.scopeKey(),
					(value != null) ? List.of(String.valueOf(scope), value) : null, row);
		}
		if (rule instanceof Rule.ReferenceUnit referenceUnit) {
			return referenceUnit(referenceUnit, values);
		}
		if (rule instanceof Rule.KnownParent parent) {
			return knownParent(parent, values);
		}
		return checkRow(rule, values);
	}

	/** The rules that need nothing but the row. */
	private Optional<RuleFinding> checkRow(Rule rule, Map<String, Object> values) {
		RowChecks c = this.checks;
		if (rule instanceof Rule.NotGreater r) {
			return c.notGreater(r, values);
		}
		if (rule instanceof Rule.SumNotGreater r) {
			return c.sumNotGreater(r, values);
		}
		if (rule instanceof Rule.Positive r) {
			return c.positive(r, values);
		}
		if (rule instanceof Rule.NotNegative r) {
			return c.notNegative(r, values);
		}
		if (rule instanceof Rule.OneRequired r) {
			return c.oneRequired(r, values);
		}
		if (rule instanceof Rule.Difference r) {
			return c.difference(r, values);
		}
		if (rule instanceof Rule.Format r) {
			return c.format(r, values);
		}
		if (rule instanceof Rule.NotBefore r) {
			return c.notBefore(r, values);
		}
		if (rule instanceof Rule.RequiredWhen r) {
			return c.requiredWhen(r, values);
		}
		if (rule instanceof Rule.OnlyWhen r) {
			return c.onlyWhen(r, values);
		}
		if (rule instanceof Rule.NotAfterReportDate r) {
			return c.notAfterReportDate(r, values);
		}
		return (rule instanceof Rule.ChoiceUntil r) ? c.choiceUntil(r, values) : Optional.empty();
	}

	private Optional<RuleFinding> unique(String key, String seenKey, Object value, int row) {
		Integer first = (value != null)
				? this.seen.computeIfAbsent(seenKey, (k) -> new HashMap<>()).putIfAbsent(value, row) : null;
		return (first != null) ? RuleFinding.of(Problem.error("ingest.rule.duplicate", first), key) : Optional.empty();
	}

	private Optional<RuleFinding> knownParent(Rule.KnownParent rule, Map<String, Object> values) {
		String parent = ReportingContext.normalCode((String) values.get(rule.key()));
		if (parent.isEmpty() || this.codes.getOrDefault(rule.codeKey(), Set.of()).contains(parent)
				|| this.units.find(parent, start(), end()).isPresent()) {
			return Optional.empty();
		}
		return RuleFinding.of(Problem.warning("ingest.rule.parent.unknown", parent, this.checks.vi(rule.codeKey()),
				this.checks.en(rule.codeKey())), rule.key());
	}

	private Optional<RuleFinding> referenceUnit(Rule.ReferenceUnit rule, Map<String, Object> values) {
		String code = ReportingContext.normalCode((String) values.get(rule.codeKey()));
		if (code.isEmpty()) {
			return Optional.empty();
		}
		values.put(rule.codeKey(), code);
		var period = this.context.period();
		Optional<Unit> unit = this.units.find(code, start(), end());
		if (unit.isEmpty()) {
			boolean underProvince = this.context.unit().kind() == UnitKind.PROVINCE;
			if (!underProvince) {
				values.put(rule.kindKey(), null);
				return RuleFinding.of(Problem.error("ingest.unit.unknown", code, period.code()), rule.codeKey());
			}
			values.put(rule.kindKey(), UnitKind.DISTRICT.name());
			return DISTRICT_CODE.matcher(code).matches() ? Optional.empty()
					: RuleFinding.of(Problem.error("ingest.unit.district.code", code, period.code()), rule.codeKey());
		}
		values.put(rule.kindKey(), unit.get().kind().name());
		String name = VietnameseText.fold((String) values.get(rule.nameKey()));
		if (!name.isEmpty() && !knownName(unit.get(), name)) {
			return RuleFinding.of(Problem.warning("ingest.unit.name.differs", unit.get().nameVi(), code),
					rule.nameKey());
		}
		return Optional.empty();
	}

	private java.time.LocalDate start() {
		return this.context.period().start(CutOffRule.CALENDAR);
	}

	private java.time.LocalDate end() {
		return this.context.period().end(CutOffRule.CALENDAR);
	}

	private static boolean knownName(Unit unit, String folded) {
		List<String> names = new ArrayList<>(unit.aliases() != null ? unit.aliases() : List.of());
		names.add(unit.nameVi());
		names.add(unit.nameEn());
		return names.stream().anyMatch((name) -> VietnameseText.fold(name).equals(folded));
	}

	/** Places a rule problem at the cell of its column, with the value as read. */
	private static Problem locate(RuleFinding finding, ParsedSheet sheet, ParsedRow row) {
		String column = finding.key();
		ParsedSheet.HeaderCell header = sheet.headers().get(column);
		Problem inSheet = finding.problem().inSheet(sheet.sheet());
		if (header == null) {
			return inSheet.atRow(row.row());
		}
		Object value = row.get(column);
		String shown = header.column()
			.choices()
			.stream()
			.filter((choice) -> choice.code().equals(value))
			.map(Choice::labelVi)
			.findFirst()
			.orElse(RowChecks.shown(value));
		return inSheet.at(row.row(), header.index(), header.text(), shown);
	}

}

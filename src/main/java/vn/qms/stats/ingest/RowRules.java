package vn.qms.stats.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.qms.stats.ingest.form.FormDefinition;
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
 */
final class RowRules {

	private final ReferenceUnits units;

	private final ReportingContext.Resolved context;

	private final Map<String, Map<Object, Integer>> seen = new HashMap<>();

	private FormDefinition form;

	/** A problem and the column it belongs to. */
	private record Finding(Problem problem, String key) {
	}

	RowRules(ReferenceUnits units, ReportingContext.Resolved context) {
		this.units = units;
		this.context = context;
	}

	/** The sheet's rows with derived values; problems go to the consumer. */
	List<ParsedRow> apply(ParsedSheet sheet, Consumer<Problem> problems) {
		this.form = sheet.form();
		List<ParsedRow> checked = new ArrayList<>();
		for (ParsedRow row : sheet.rows()) {
			Map<String, Object> values = new HashMap<>(row.values());
			for (Rule rule : sheet.form().rules()) {
				check(rule, values, row.row()).map((found) -> locate(found, sheet, row)).ifPresent(problems);
			}
			checked.add(new ParsedRow(row.row(), values));
		}
		return checked;
	}

	private Optional<Finding> check(Rule rule, Map<String, Object> values, int row) {
		if (rule instanceof Rule.NotGreater notGreater) {
			return notGreater(notGreater, values);
		}
		if (rule instanceof Rule.Unique unique) {
			Object value = values.get(unique.key());
			Integer first = (value != null)
					? this.seen.computeIfAbsent(unique.key(), (key) -> new HashMap<>()).putIfAbsent(value, row) : null;
			return (first != null)
					? Optional.of(new Finding(Problem.error("ingest.rule.duplicate", first), unique.key()))
					: Optional.empty();
		}
		if (rule instanceof Rule.ReferenceUnit referenceUnit) {
			return referenceUnit(referenceUnit, values);
		}
		return Optional.empty();
	}

	private Optional<Finding> notGreater(Rule.NotGreater rule, Map<String, Object> values) {
		Object value = values.get(rule.key());
		Object limit = values.get(rule.limitKey());
		if (!(value instanceof Number number) || !(limit instanceof Number bound)
				|| new BigDecimal(number.toString()).compareTo(new BigDecimal(bound.toString())) <= 0) {
			return Optional.empty();
		}
		Problem problem = Problem.error("ingest.rule.not.greater", label(rule.key(), true),
				label(rule.limitKey(), true), bound, label(rule.key(), false), label(rule.limitKey(), false));
		return Optional.of(new Finding(problem, rule.key()));
	}

	private Optional<Finding> referenceUnit(Rule.ReferenceUnit rule, Map<String, Object> values) {
		String code = ReportingContext.normalCode((String) values.get(rule.codeKey()));
		if (code.isEmpty()) {
			return Optional.empty();
		}
		values.put(rule.codeKey(), code);
		var period = this.context.period();
		Optional<Unit> unit = this.units.find(code, period.start(CutOffRule.CALENDAR), period.end(CutOffRule.CALENDAR));
		if (unit.isEmpty()) {
			boolean underProvince = this.context.unit().kind() == UnitKind.PROVINCE;
			values.put(rule.kindKey(), underProvince ? UnitKind.DISTRICT.name() : null);
			return underProvince ? Optional.empty() : Optional
				.of(new Finding(Problem.error("ingest.unit.unknown", code, period.code()), rule.codeKey()));
		}
		values.put(rule.kindKey(), unit.get().kind().name());
		String name = VietnameseText.fold((String) values.get(rule.nameKey()));
		if (!name.isEmpty() && !knownName(unit.get(), name)) {
			return Optional.of(new Finding(Problem.warning("ingest.unit.name.differs", unit.get().nameVi(), code),
					rule.nameKey()));
		}
		return Optional.empty();
	}

	private static boolean knownName(Unit unit, String folded) {
		List<String> names = new ArrayList<>(unit.aliases() != null ? unit.aliases() : List.of());
		names.add(unit.nameVi());
		names.add(unit.nameEn());
		return names.stream().anyMatch((name) -> VietnameseText.fold(name).equals(folded));
	}

	private String label(String key, boolean vietnamese) {
		return this.form.column(key).map((column) -> vietnamese ? column.labelVi() : column.labelEn()).orElse(key);
	}

	/** Places a rule problem at the cell of its column. */
	private static Problem locate(Finding finding, ParsedSheet sheet, ParsedRow row) {
		String column = finding.key();
		ParsedSheet.HeaderCell header = sheet.headers().get(column);
		Problem inSheet = finding.problem().inSheet(sheet.sheet());
		if (header == null) {
			return inSheet.atRow(row.row());
		}
		Object value = row.get(column);
		return inSheet.at(row.row(), header.index(), header.text(), (value != null) ? value.toString() : null);
	}

}

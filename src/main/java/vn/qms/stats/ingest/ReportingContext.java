package vn.qms.stats.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.TitleBlock;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * Resolves the period and reporting unit of a sheet from its title block, or from another
 * sheet of the same file that has them. Missing, unparseable or unknown values are
 * errors.
 */
final class ReportingContext {

	/** The period and reporting unit of a sheet. */
	record Resolved(Period period, Unit unit) {
	}

	private final ReferenceUnits units;

	private final List<ParsedSheet> sheets;

	ReportingContext(ReferenceUnits units, List<ParsedSheet> sheets) {
		this.units = units;
		this.sheets = sheets;
	}

	Optional<Resolved> resolve(ParsedSheet sheet, Consumer<Problem> problems) {
		Optional<TitleBlock.Value> periodText = value(sheet, Field.PERIOD);
		if (periodText.isEmpty()) {
			problems.accept(Problem.error("ingest.title.period.missing").inSheet(sheet.sheet()));
			return Optional.empty();
		}
		Optional<Period> period = Period.parse(periodText.get().text());
		if (period.isEmpty()) {
			problems.accept(located(Problem.error("ingest.title.period.invalid"), sheet, periodText.get()));
			return Optional.empty();
		}
		return unit(sheet, period.get(), problems).map((unit) -> new Resolved(period.get(), unit));
	}

	private Optional<Unit> unit(ParsedSheet sheet, Period period, Consumer<Problem> problems) {
		var from = period.start(CutOffRule.CALENDAR);
		var to = period.end(CutOffRule.CALENDAR);
		Optional<TitleBlock.Value> code = value(sheet, Field.UNIT_CODE);
		if (code.isPresent()) {
			Optional<Unit> unit = this.units.find(normalCode(code.get().text()), from, to);
			if (unit.isEmpty()) {
				problems.accept(located(Problem.error("ingest.title.unit.unknown", period.code()), sheet, code.get()));
			}
			return unit;
		}
		Optional<TitleBlock.Value> name = value(sheet, Field.UNIT_NAME);
		if (name.isEmpty()) {
			problems.accept(Problem.error("ingest.title.unit.missing").inSheet(sheet.sheet()));
			return Optional.empty();
		}
		List<Unit> found = this.units.findByName(name.get().text(), from, to);
		if (found.size() != 1) {
			String key = found.isEmpty() ? "ingest.title.unit.unknown" : "ingest.title.unit.ambiguous";
			String codes = String.join(", ", found.stream().map(Unit::code).toList());
			problems.accept(located(Problem.error(key, found.isEmpty() ? period.code() : codes), sheet, name.get()));
			return Optional.empty();
		}
		return Optional.of(found.get(0));
	}

	/** The sheet's own value, else the first other sheet's. */
	private Optional<TitleBlock.Value> value(ParsedSheet sheet, Field field) {
		Optional<TitleBlock.Value> own = sheet.title().get(field);
		if (own.isPresent() || (field == Field.UNIT_NAME && sheet.title().get(Field.UNIT_CODE).isPresent())) {
			return own;
		}
		return this.sheets.stream()
			.map((other) -> other.title().get(field))
			.flatMap(Optional::stream)
			.findFirst()
			.map((value) -> new TitleBlock.Value(value.text(), -1, -1));
	}

	private static Problem located(Problem problem, ParsedSheet sheet, TitleBlock.Value value) {
		Problem inSheet = problem.inSheet(sheet.sheet());
		return (value.row() < 0)
				? new Problem(inSheet.severity(), null, sheet.sheet(), null, null, null, value.text(),
						inSheet.messageKey(), inSheet.arguments())
				: inSheet.at(value.row(), value.column(), null, value.text());
	}

	/** Unit codes are upper case; a province code typed as the number 1 is {@code 01}. */
	static String normalCode(String code) {
		String trimmed = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
		return trimmed.matches("\\d") ? "0" + trimmed : trimmed;
	}

}

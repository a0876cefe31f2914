package vn.qms.stats.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDates;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Rule;

/**
 * Excel's data validation for the cells of one column, from what the reader expects of
 * it: a drop-down list of the accepted values, whole numbers 0 or more, numbers within
 * the bounds the form's rules set, dates, and text no longer than the column holds. The
 * error box says what is expected, in Vietnamese then English.
 */
final class BlankValidations {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Sheet sheet;

	private final DataValidationHelper helper;

	private final FormDefinition form;

	BlankValidations(Sheet sheet, FormDefinition form) {
		this.sheet = sheet;
		this.helper = sheet.getDataValidationHelper();
		this.form = form;
	}

	/**
	 * Validates the cells of {@code column} in rows {@code firstRow} to {@code lastRow}
	 * (0-based) of sheet column {@code index}; a list column takes its values from
	 * {@code listRange}.
	 */
	void add(Column column, int index, int firstRow, int lastRow, String listRange) {
		CellRangeAddressList cells = new CellRangeAddressList(firstRow, lastRow, index, index);
		Check check = check(column, listRange);
		if (check == null) {
			return;
		}
		DataValidation validation = this.helper.createValidation(check.constraint(), cells);
		validation.setEmptyCellAllowed(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(BlankMessages.both(" / ", "forms.invalid.title"), check.message());
		validation.setShowPromptBox(true);
		validation.createPromptBox(null, prompt(column, check));
		if (check.constraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// POI's XSSF flag is inverted: true writes no showDropDown, so the arrow
			// shows
			validation.setSuppressDropDownArrow(true);
		}
		this.sheet.addValidationData(validation);
	}

	/** The report date of the title block: a date, as in the data. */
	void addDate(int row, int column) {
		CellRangeAddressList cells = new CellRangeAddressList(row, row, column, column);
		Check check = date("forms.invalid.date");
		DataValidation validation = this.helper.createValidation(check.constraint(), cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.createErrorBox(BlankMessages.both(" / ", "forms.invalid.title"), check.message());
		this.sheet.addValidationData(validation);
	}

	/** The largest count the ingest takes (as {@code CellReader}). */
	private static final String MAX_COUNT = "999999999";

	/** The largest number of days the ingest takes (as {@code CellReader}). */
	private static final String MAX_DAYS = "9999999.99";

	private Check check(Column column, String listRange) {
		return switch (column.type()) {
			case ENUM, YES_NO -> new Check(this.helper.createFormulaListConstraint(listRange), "forms.invalid.list");
			case COUNT -> new Check(this.helper.createIntegerConstraint(OperatorType.BETWEEN, "0", MAX_COUNT),
					"forms.invalid.count");
			case DECIMAL -> decimal(column.key());
			case DATE -> date("forms.invalid.date");
			case DATETIME -> date("forms.invalid.datetime");
			case TEXT -> (column.maxLength() > 0)
					? new Check(
							this.helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
									Integer.toString(column.maxLength()), null),
							"forms.invalid.text", column.maxLength())
					: null;
		};
	}

	/** A number, at least the bound the form's rules set for it. */
	private Check decimal(String key) {
		List<Rule> rules = this.form.rules();
		if (rules.contains(new Rule.Positive(key))) {
			// the smallest number of days stored above 0 (numeric(9, 2))
			return new Check(this.helper.createDecimalConstraint(OperatorType.BETWEEN, "0.01", MAX_DAYS),
					"forms.invalid.decimal.positive");
		}
		if (rules.contains(new Rule.NotNegative(key))) {
			return new Check(this.helper.createDecimalConstraint(OperatorType.BETWEEN, "0", MAX_DAYS),
					"forms.invalid.decimal.not.negative");
		}
		return new Check(this.helper.createDecimalConstraint(OperatorType.BETWEEN, "-" + MAX_DAYS, MAX_DAYS),
				"forms.invalid.decimal");
	}

	/**
	 * Dates from {@link FormDates#FIRST_DAY} to {@link FormDates#LAST_DAY}: the range the
	 * reader enforces, so that a form filled within its checks is one it accepts.
	 */
	private Check date(String messageKey) {
		return new Check(
				this.helper.createDateConstraint(OperatorType.BETWEEN, excelDate(FormDates.FIRST_DAY),
						excelDate(FormDates.LAST_DAY), null),
				messageKey, FormDates.FIRST_DAY.format(SHOWN), FormDates.LAST_DAY.format(SHOWN));
	}

	private static String excelDate(LocalDate day) {
		return "DATE(" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + ")";
	}

	private static String prompt(Column column, Check check) {
		String required = column.required() ? "forms.prompt.required" : "forms.prompt.optional";
		return column.labelVi() + ". " + BlankMessages.text(BlankMessages.VIETNAMESE, required) + " "
				+ check.messageVi() + "\n" + column.labelEn() + ". " + BlankMessages.text(Locale.ENGLISH, required)
				+ " " + check.messageEn();
	}

	/** A constraint and what its error box says. */
	private record Check(DataValidationConstraint constraint, String messageKey, Object... arguments) {

		String message() {
			return BlankMessages.both("\n", this.messageKey, this.arguments);
		}

		String messageVi() {
			return BlankMessages.text(BlankMessages.VIETNAMESE, this.messageKey, this.arguments);
		}

		String messageEn() {
			return BlankMessages.text(Locale.ENGLISH, this.messageKey, this.arguments);
		}

	}

}

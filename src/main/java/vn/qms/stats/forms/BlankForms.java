package vn.qms.stats.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.system.io.AtomicFiles;

/**
 * Blank forms BM01–BM04 as {@code .xlsx}, for a reporting unit and a period: the title
 * block names them as the reader reads them back, and the header row, drop-down lists and
 * validations come from the one description of the form ({@link Forms}). Writes to a
 * stream (a download) or a file ({@code blank} command).
 */
@Component
public class BlankForms {

	private final ReferenceUnits units;

	public BlankForms(ReferenceUnits units) {
		this.units = units;
	}

	/**
	 * The blank form of {@code formCode} ({@code BM01}…, any case) for the unit with
	 * {@code unitCode} as it was during {@code period}, found as the reader finds a title
	 * block's unit code.
	 * @throws BlankFormException for an unknown form, or a unit that did not exist then
	 */
	public BlankForm blank(String formCode, String unitCode, Period period) {
		FormDefinition form = Forms.byCode(formCode.strip())
			.orElseThrow(() -> new BlankFormException(BlankMessages.both(" / ", "forms.unknown.form", formCode)));
		Unit unit = this.units
			.find(unitCode.strip().toUpperCase(Locale.ROOT), period.start(CutOffRule.CALENDAR),
					period.end(CutOffRule.CALENDAR))
			.orElseThrow(() -> new BlankFormException(
					BlankMessages.both(" / ", "forms.unknown.unit", unitCode, period.label(BlankMessages.VIETNAMESE))));
		return new BlankForm(form, unit, period);
	}

	/** Writes the form as an {@code .xlsx} to {@code out}, which stays open. */
	public void write(BlankForm blank, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new BlankSheet(workbook.createSheet(blank.form().code()), blank, new BlankStyles(workbook)).write();
			workbook.write(out);
		}
	}

	/**
	 * Writes the form into {@code folder} (created if need be) as
	 * {@link BlankForm#fileName()}, atomically; answers the file.
	 */
	public Path write(BlankForm blank, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(blank.fileName());
		AtomicFiles.write(file, (out) -> write(blank, out));
		return file;
	}

}

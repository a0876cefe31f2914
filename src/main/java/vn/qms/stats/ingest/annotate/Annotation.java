package vn.qms.stats.ingest.annotate;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * What became of the annotated copy of a rejected file: written, skipped with a reason
 * for the result file, or not applicable (nothing to say).
 *
 * @param copy the annotated copy, or null when none was written
 * @param noteVi a line for the result file in Vietnamese, or null
 * @param noteEn the same line in English, or null
 */
public record Annotation(Path copy, String noteVi, String noteEn) {

	/** Why no copy was written. */
	enum Skip {

		TOO_LARGE("Không tạo bản có đánh dấu lỗi: tệp lớn hơn {0} MB",
				"No annotated copy: the file is larger than {0} MB"),

		NOT_SAFE("Không tạo bản có đánh dấu lỗi: tệp không qua kiểm tra an toàn",
				"No annotated copy: the file did not pass the safety checks"),

		FAILED("Không tạo được bản có đánh dấu lỗi ({0})", "The annotated copy could not be written ({0})");

		private final String vi;

		private final String en;

		Skip(String vi, String en) {
			this.vi = vi;
			this.en = en;
		}

	}

	/** No copy and nothing to say (not a workbook, or not rejected). */
	public static Annotation none() {
		return new Annotation(null, null, null);
	}

	static Annotation written(Path copy) {
		String name = copy.getFileName().toString();
		return new Annotation(copy, "Bản có đánh dấu lỗi: " + name, "Annotated copy: " + name);
	}

	static Annotation skipped(Skip reason, Object argument) {
		return new Annotation(null, MessageFormat.format(reason.vi, argument),
				MessageFormat.format(reason.en, argument));
	}

	/** A copy that could not be written, for this reason. */
	public static Annotation failed(Object reason) {
		return skipped(Skip.FAILED, reason);
	}

	/** Whether there is a line for the result file. */
	public boolean hasNote() {
		return this.noteVi != null;
	}

	/** The note in Vietnamese ({@code vi}) or English (any other language). */
	public String note(Locale locale) {
		return "vi".equals(locale.getLanguage()) ? this.noteVi : this.noteEn;
	}

}

package vn.qms.stats.ingest.guard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the guard thinks of a file: its real format, whether it may be read, and why.
 *
 * @param format the real format found in the bytes
 * @param accepted whether the file may be handed to a parser
 * @param reasonKey message key (see {@link Reasons}); a key other than {@link Reasons#OK}
 * on an accepted file is a warning
 * @param args message arguments
 */
public record GuardVerdict(Format format, boolean accepted, String reasonKey, List<Object> args) {

	/** Vietnamese, the first language of every verdict. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public GuardVerdict {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(reasonKey, "reasonKey");
		args = List.copyOf(args);
	}

	public static GuardVerdict accept(Format format, String reasonKey, Object... args) {
		return new GuardVerdict(format, true, reasonKey, Arrays.asList(args));
	}

	public static GuardVerdict reject(Format format, String reasonKey, Object... args) {
		return new GuardVerdict(format, false, reasonKey, Arrays.asList(args));
	}

	/**
	 * Whether the file is accepted with a remark the user should see.
	 */
	public boolean warning() {
		return this.accepted && !Reasons.OK.equals(this.reasonKey);
	}

	/**
	 * The message in Vietnamese ({@code vi}) or English (any other locale).
	 */
	public String message(Locale locale) {
		return GuardMessages.format(this.reasonKey, this.args, locale);
	}

	/**
	 * Vietnamese first, then English, for logs and result files read by both.
	 */
	public String bilingualMessage() {
		return message(VIETNAMESE) + " / " + message(Locale.ENGLISH);
	}

}

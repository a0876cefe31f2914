package vn.qms.stats.ingest.form;

import java.util.List;

/**
 * One value of an enumeration column: the code stored, the Vietnamese label and the
 * English alias, and other spellings accepted.
 */
public record Choice(String code, String labelVi, String labelEn, List<String> otherSpellings) {

	public static Choice of(String code, String labelVi, String labelEn, String... otherSpellings) {
		return new Choice(code, labelVi, labelEn, List.of(otherSpellings));
	}

}

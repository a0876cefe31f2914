package vn.qms.stats.ingest.bulk;

import java.util.List;

import vn.qms.stats.system.text.VietnameseText;

/**
 * The columns of BM04 as input-templates.md lists them, with the labels a header may use
 * (matched folded: case, diacritics and spaces ignored).
 */
enum Bm04Column {

	DOSSIER_CODE("Mã hồ sơ", "Dossier code", true), PROCEDURE_CODE("Mã TTHC", "Procedure code", true),
	AGENCY_CODE("Mã cơ quan", "Agency code", true), RECEIVED_AT("Ngày tiếp nhận", "Received", true),
	DUE_AT("Ngày hẹn trả", "Due", true), COMPLETED_AT("Ngày trả kết quả", "Completed", false),
	CHANNEL("Hình thức nộp", "Channel", false);

	private final String labelVi;

	private final String labelEn;

	private final boolean required;

	Bm04Column(String labelVi, String labelEn, boolean required) {
		this.labelVi = labelVi;
		this.labelEn = labelEn;
		this.required = required;
	}

	String labelVi() {
		return this.labelVi;
	}

	String labelEn() {
		return this.labelEn;
	}

	boolean required() {
		return this.required;
	}

	boolean matches(String folded) {
		return List.of(VietnameseText.fold(this.labelVi), VietnameseText.fold(this.labelEn)).contains(folded);
	}

}

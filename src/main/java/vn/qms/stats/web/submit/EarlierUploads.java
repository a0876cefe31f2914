package vn.qms.stats.web.submit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.IngestVerdict;

/**
 * Whether a reader of the console may be told the name of the file a duplicate repeats:
 * only one who may see the upload that file came as ({@link UploadVisibility}: its
 * sender, those covering its sender's unit), and an administrator, who sees every upload
 * and the files of the input folder and the command line. Anyone else reads that a file
 * with the same content was ingested, when, and as which submission, not under which
 * name: one agency's account never learns the names of another's files.
 */
@Component
class EarlierUploads {

	private final JdbcTemplate jdbc;

	private final Uploads uploads;

	private final UploadVisibility visibility;

	EarlierUploads(JdbcTemplate jdbc, Uploads uploads, UploadVisibility visibility) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.visibility = visibility;
	}

	boolean mayName(Account reader, IngestVerdict.Earlier earlier) {
		if (reader.role() == Role.ADMIN) {
			return true;
		}
		if (earlier.submissions().isEmpty()) {
			return false;
		}
		// the file the run that stored it read: a console upload's staged file
		List<String> read = this.jdbc.queryForList("""
				select p.parameter_value from submission s
				join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
				where s.id = ? and p.parameter_name = 'file'""", String.class, earlier.submissions().get(0).id());
		return read.stream()
			.map(Path::of)
			.flatMap((file) -> this.uploads.readFrom(file).stream())
			.anyMatch((upload) -> this.visibility.visible(reader, upload));
	}

}

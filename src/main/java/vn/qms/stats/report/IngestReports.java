package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.ingest.IngestVerdicts;
import vn.qms.stats.ingest.SenderUnit;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.report.IngestModel.IngestedFile;
import vn.qms.stats.report.IngestModel.ListedProblem;
import vn.qms.stats.report.IngestModel.Outcome;
import vn.qms.stats.system.JobHistory;
import vn.qms.stats.system.io.FileNames;

/**
 * The ingestion report ({@code ingest}) of a period: every run of {@code ingestJob} whose
 * file was for the period (or whose period was not recognised, received since the period
 * began), with the verdict the job kept in its execution context.
 */
@Service
public class IngestReports {

	static final String JOB = "ingestJob";

	/** The key under which ingestJob keeps its verdict (JSON) in the job's context. */

	/**
	 * Problems listed per file: every one is in its result file, the report points the
	 * sender to the first ones.
	 */
	static final int MAX_LISTED = 20;

	/** The outcome of a file still being written, which the report leaves out. */
	static final String CHANGING = "CHANGING";

	/** Runs looked at, newest first. */
	static final int MAX_RUNS = 100_000;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JobHistory history;

	private final JobRepository jobs;

	private final ReferenceUnits units;

	private final IngestReportRenderer renderer;

	private final IngestVerdicts verdicts;

	private final UnitAccess access;

	public IngestReports(JobHistory history, JobRepository jobs, ReferenceUnits units, IngestReportRenderer renderer,
			IngestVerdicts verdicts, UnitAccess access) {
		this.verdicts = verdicts;
		this.access = access;
		this.history = history;
		this.jobs = jobs;
		this.units = units;
		this.renderer = renderer;
	}

	public List<Path> render(FigureScope scope, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		return this.renderer.render(model(scope, locale), locale, formats, outDir);
	}

	IngestModel model(FigureScope scope, Locale locale) {
		List<IngestedFile> files = new ArrayList<>();
		for (JobHistory.Run run : this.history.runs(false, MAX_RUNS)) {
			if (JOB.equals(run.job())) {
				file(run, scope, locale).filter((file) -> belongs(file, scope)).ifPresent((file) -> files.add(0, file));
			}
		}
		Issuer issuer = Issuer.of(this.units, scope);
		return new IngestModel(scope.unitCode(), issuer.name(), scope.periodCode(), scope.period().label(locale),
				issuer.place(), LocalDate.now(), files);
	}

	private Optional<IngestedFile> file(JobHistory.Run run, FigureScope scope, Locale locale) {
		JobExecution execution = this.jobs.getJobExecution(run.id());
		Optional<String> kept = (execution != null) ? this.verdicts.find(execution.getJobInstance().getId())
				: Optional.empty();
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		JsonNode verdict = parse(kept.get());
		if (CHANGING.equals(verdict.path("outcome").asText())) {
			// left unread while it was being written: its own run will tell
			return Optional.empty();
		}
		String period = text(verdict, "period");
		String label = (period != null) ? Period.parse(period).map((each) -> each.label(locale)).orElse(period) : null;
		String unitCode = SenderUnit.countedFor(text(verdict, "reportingUnit"),
				execution.getJobParameters().getString(SenderUnit.PARAMETER),
				SenderUnit.checked(verdict.path("outcome").asText()), this.access::covers);
		String unitName = (unitCode != null)
				? this.units.find(unitCode, scope.periodStart(), scope.periodEnd()).map(Unit::nameVi).orElse(null)
				: null;
		return Optional
			.of(new IngestedFile(Path.of(verdict.path("file").asText()).getFileName().toString(), text(verdict, "form"),
					unitCode, unitName, period, label, run.started(), Outcome.valueOf(verdict.path("outcome").asText()),
					verdict.path("rows").asInt(), verdict.path("errors").asInt(), verdict.path("warnings").asInt(),
					listed(verdict, locale), resultFile(verdict), text(verdict.path("earlier"), message(locale))));
	}

	/**
	 * The first {@value #MAX_LISTED} problems of the verdict, errors first: what the
	 * sender must fix before what they may.
	 */
	private static List<ListedProblem> listed(JsonNode verdict, Locale locale) {
		String message = message(locale);
		List<ListedProblem> listed = new ArrayList<>();
		for (boolean errors : new boolean[] { true, false }) {
			for (JsonNode problem : verdict.path("problems")) {
				if (listed.size() == MAX_LISTED) {
					return listed;
				}
				if ("ERROR".equals(problem.path("severity").asText()) == errors) {
					listed.add(new ListedProblem(errors, text(problem, "sheet"),
							problem.path("row").isInt() ? problem.path("row").asInt() : null, text(problem, "column"),
							text(problem, "header"), text(problem, "value"), problem.path(message).asText()));
				}
			}
		}
		return listed;
	}

	/** The field of a verdict's texts in the report's language. */
	private static String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "messageEn" : "messageVi";
	}

	/**
	 * The text result file beside the file, named from the folder it was moved to
	 * ({@code rejected/x.xlsx.result.txt}), or beside it where it was kept.
	 */
	private static String resultFile(JsonNode verdict) {
		String movedTo = text(verdict, "movedTo");
		Path file = Path.of((movedTo != null) ? movedTo : verdict.path("file").asText());
		String name = FileNames.derived(file.getFileName().toString(), ".result.txt");
		Path folder = (movedTo != null) ? file.getParent() : null;
		return (folder != null && folder.getFileName() != null) ? folder.getFileName() + "/" + name : name;
	}

	/**
	 * A file for the period (and unit), or of no known period received since it began.
	 */
	private static boolean belongs(IngestedFile file, FigureScope scope) {
		boolean unit = "VN".equals(scope.unitCode())
				|| (file.unitCode() != null && Arrays.asList(file.unitCode().split(", ")).contains(scope.unitCode()));
		if (file.period() == null) {
			return file.receivedAt() != null && !file.receivedAt().toLocalDate().isBefore(scope.periodStart())
					&& "VN".equals(scope.unitCode());
		}
		return unit && Arrays.asList(file.period().split(", ")).contains(scope.periodCode());
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asText();
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new ReportException("Cannot read an ingest verdict", ex);
		}
	}

}

package vn.qms.stats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.Format;
import vn.qms.stats.ingest.sheet.HiddenSheets;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.SheetReader;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.worker.WorkerCrash;
import vn.qms.stats.reference.ReferenceUnits;

/**
 * Decides at the start of {@code ingestJob} which path a file takes: a new {@code .xlsx}
 * with exactly one sheet, whose header is BM04's and whose title block resolves, goes to
 * the streaming path ({@value #BM04}); everything else, including every file that will be
 * rejected for its title block, goes to {@code loadSubmission} ({@value #SUBMISSION}),
 * which gives the usual verdict. Only the rows above the data are read here.
 */
class Bm04Route implements JobExecutionDecider {

	static final String BM04 = "BM04";

	static final String SUBMISSION = "SUBMISSION";

	/** A dossier log for an approved key: straight to {@code fileOutcome}, unread. */
	static final String HELD = "HELD";

	/**
	 * A dossier log judged on its title block (another unit than its sender's): straight
	 * to {@code fileOutcome}, unread.
	 */
	static final String JUDGED = "JUDGED";

	/** Title block, group header, header and a few data rows. */
	private static final int SNIFFED_ROWS = 60;

	private final Supplier<ReferenceUnits> units;

	private final SubmissionStore store;

	private final WorkbookOpener opener;

	private final SubmissionLocks locks;

	private final BiPredicate<String, String> covers;

	private final Clock clock;

	Bm04Route(Supplier<ReferenceUnits> units, SubmissionStore store, WorkbookOpener opener) {
		this(units, store, opener, SubmissionLocks.NONE);
	}

	/**
	 * @param opener guards (with the configured limits: an .xlsx has the larger one, and
	 * the streaming path holds no row limit) and opens the file, in a parsing worker
	 * @param locks the approved keys: a log for one is held once its title block is read,
	 * before a row is staged
	 */
	Bm04Route(Supplier<ReferenceUnits> units, SubmissionStore store, WorkbookOpener opener, SubmissionLocks locks) {
		this(units, store, opener, locks, SenderUnit.ITSELF);
	}

	/**
	 * @param covers whether a unit covers another (a secretariat's account reports for
	 * the units its unit covers: {@link SenderUnit#covering})
	 */
	Bm04Route(Supplier<ReferenceUnits> units, SubmissionStore store, WorkbookOpener opener, SubmissionLocks locks,
			BiPredicate<String, String> covers) {
		this(units, store, opener, locks, covers, Clock.systemDefaultZone());
	}

	/**
	 * @param clock what today is: a period that has not begun yet is a warning of the
	 * title block ({@link ReportingContext})
	 */
	Bm04Route(Supplier<ReferenceUnits> units, SubmissionStore store, WorkbookOpener opener, SubmissionLocks locks,
			BiPredicate<String, String> covers, Clock clock) {
		this.clock = clock;
		this.covers = covers;
		this.units = units;
		this.locks = locks;
		this.store = store;
		this.opener = opener;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		Path file = Path.of(jobExecution.getJobParameters().getString("file"));
		String sha256 = jobExecution.getJobParameters().getString("sha256");
		Optional<Bm04Context> context = this.store.findBySha256(sha256).isEmpty() ? sniff(file) : Optional.empty();
		if (context.isEmpty()) {
			return new FlowExecutionStatus(SUBMISSION);
		}
		Optional<IngestVerdict> otherUnit = SenderUnit.check(file, BM04, context.get().reportingUnit(),
				context.get().period(), SenderUnit.of(jobExecution.getJobParameters()), this.covers);
		if (otherUnit.isPresent()) {
			this.store.verdicts()
				.save(jobExecution.getJobInstance().getId(), ResultDocument.of(otherUnit.get(), sha256).json());
			return new FlowExecutionStatus(JUDGED);
		}
		Optional<SubmissionLocks.Lock> lock = this.locks.lockOf(BM04, context.get().reportingUnit(),
				context.get().period());
		if (lock.isPresent()) {
			IngestVerdict held = IngestVerdict.held(file, BM04, context.get().reportingUnit(), context.get().period(),
					0, lock.get(), context.get().warnings());
			this.store.verdicts().save(jobExecution.getJobInstance().getId(), ResultDocument.of(held, sha256).json());
			return new FlowExecutionStatus(HELD);
		}
		context.get().putInto(jobExecution.getExecutionContext());
		this.store.verdicts().save(jobExecution.getJobInstance().getId(), IngestVerdicts.ROUTE, context.get().json());
		return new FlowExecutionStatus(BM04);
	}

	private Optional<Bm04Context> sniff(Path file) {
		if (!isZip(file)) {
			// only an .xlsx can take the streaming path: no need to open it twice
			return Optional.empty();
		}
		try (WorkbookSource source = this.opener.open(file)) {
			if (!streamable(source)) {
				return Optional.empty();
			}
			ParsedSheet sheet;
			try (Stream<SourceRow> rows = source.rows(0)) {
				sheet = new SheetReader(List.of(Forms.BM04)).read(source.sheetNames().get(0), rows.limit(SNIFFED_ROWS));
			}
			if (!streamable(sheet)) {
				return Optional.empty();
			}
			// the workbook's own warnings (hidden columns, rows, sheets) as the generic
			// path gives them, then the sheet's above its data
			List<Problem> header = Stream
				.concat(source.warnings().stream().filter((problem) -> !problem.isError()),
						sheet.problemsAboveTheData().stream())
				.toList();
			List<Problem> problems = new ArrayList<>();
			return new ReportingContext(this.units.get(), List.of(sheet), this.clock).resolve(sheet, problems::add)
				.filter((resolved) -> problems.stream().noneMatch(Problem::isError))
				.map((resolved) -> new Bm04Context(sheet.sheet(), resolved.unit().code(), resolved.period().code(),
						warnings(header, problems, file), sheet.headers().get(DOSSIER_CODE).index(),
						sheet.headers().get(DOSSIER_CODE).text()));
		}
		catch (WorkerCrash ex) {
			throw ex;
		}
		catch (Exception ex) {
			// unreadable here: loadSubmission says why
			return Optional.empty();
		}
	}

	/**
	 * Whether a workbook may take the streaming path, by what it is: an {@code .xlsx}
	 * whose one sheet is its own first sheet, none left out (very hidden). Its sheet must
	 * then be {@link #streamable(ParsedSheet) streamable} too, and its title block
	 * resolve. {@code inspect} asks the same, so that it does not refuse for its length a
	 * dossier log that {@code ingest} streams.
	 */
	static boolean streamable(WorkbookSource source) {
		return source.format() == Format.XLSX && source.sheetNames().size() == 1
				&& source.warnings()
					.stream()
					.noneMatch((warning) -> HiddenSheets.VERY_HIDDEN.equals(warning.messageKey()));
	}

	/** Whether a sheet read so far is a dossier log whose header has no error. */
	static boolean streamable(ParsedSheet sheet) {
		return sheet.form() == Forms.BM04 && sheet.problemsAboveTheData().stream().noneMatch(Problem::isError);
	}

	/** Whether the file starts as a zip does (an .xlsx), by its first four bytes. */
	private static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			byte[] start = in.readNBytes(4);
			return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<Problem> warnings(List<Problem> header, List<Problem> title, Path file) {
		String name = file.getFileName().toString();
		return Stream.concat(title.stream(), header.stream()).map((problem) -> problem.inFile(name)).toList();
	}

	private static final ObjectMapper JSON = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** The column duplicates are reported in. */
	private static final String DOSSIER_CODE = "dossier_code";

	/**
	 * What the swap needs to know of the sniffed sheet: kept with the run's verdicts, and
	 * in the job's context only the sheet's index, its name (for the problems' records)
	 * and the period.
	 */
	record Bm04Context(String sheet, String reportingUnit, String period, List<Problem> warnings, int dossierColumn,
			String dossierHeader) {

		void putInto(ExecutionContext context) {
			context.putString("bm04.sheetName", ShownValue.shortened(this.sheet, ShownValue.MAX_SHEET_NAME));
			context.putString("bm04.period", this.period);
			context.putInt("bm04.sheet", 0);
		}

		String json() {
			try {
				return JSON.writeValueAsString(new Stored(this.sheet, this.reportingUnit, this.period,
						this.warnings.stream().map(ResultDocument.Entry::of).toList(), this.dossierColumn,
						this.dossierHeader));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot write what the route found", ex);
			}
		}

		static Bm04Context from(IngestVerdicts verdicts, long jobInstanceId) {
			try {
				Stored stored = JSON.readValue(verdicts.find(jobInstanceId, IngestVerdicts.ROUTE).orElseThrow(),
						Stored.class);
				return new Bm04Context(stored.sheet(), stored.reportingUnit(), stored.period(),
						stored.warnings().stream().map(ResultDocument.Entry::problem).toList(), stored.dossierColumn(),
						stored.dossierHeader());
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot read what the route found", ex);
			}
		}

		/** As kept with the run's verdicts. */
		private record Stored(String sheet, String reportingUnit, String period, List<ResultDocument.Entry> warnings,
				int dossierColumn, String dossierHeader) {
		}

	}

}

package vn.qms.stats.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.ProblemMessages;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.system.IngestApplication;
import vn.qms.stats.system.IngestProperties;
import vn.qms.stats.system.text.OneLine;

@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Nhập các tệp hoặc thư mục ngay / Ingest files or folders now")
class IngestCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Spreadsheet files or folders")
	List<Path> paths;

	@Option(names = "--keep", description = "Leave the files where they are (no processed/ or rejected/)")
	boolean keep;

	@Override
	public Integer call() {
		// the first file's parsing worker starts while the context does (with the
		// default heap: a configured other one starts its own)
		ParseWorkers.startAhead(Integer.parseInt(IngestProperties.DEFAULT_WORKER_HEAP_MB));
		// (Spring Boot's background initialization is off for every command: Main)
		try (Application app = Application.start(IngestApplication.class, this.main)) {
			int status = ingest(app.bean(Ingestor.class), this.paths, this.keep, app.locale());
			HeapReport.writeIfAsked(app.bean(ParseWorkers.class));
			return status;
		}
		finally {
			ParseWorkers.dropAhead();
		}
	}

	/**
	 * Ingests and prints one verdict line per file; the exit status of
	 * {@code docs/cli.md} (3 also when a file was left unread, still being written, or
	 * held for an approved key).
	 */
	static int ingest(Ingestor ingestor, List<Path> paths, boolean keep, Locale locale) {
		long started = System.nanoTime();
		Slowest slowest = new Slowest();
		List<IngestVerdict> verdicts = ingestor.ingestAll(paths, keep, (verdict, took) -> {
			System.out.println(verdict.line(locale));
			slowest.offer(verdict, took);
		});
		if (slowest.verdict != null) {
			// on standard error: standard output is one line per file
			System.err.println(ProblemMessages.text(locale, "ingest.run.summary", String.valueOf(verdicts.size()),
					seconds(Duration.ofNanos(System.nanoTime() - started), locale),
					OneLine.escape(slowest.verdict.file().getFileName()), seconds(slowest.took, locale)));
		}
		if (verdicts.stream().anyMatch((verdict) -> verdict.outcome() == IngestVerdict.Outcome.FAILED)) {
			return 1;
		}
		// a file left unread because it is still being written, or held for an approved
		// key, was not taken in either
		boolean rejected = verdicts.stream()
			.anyMatch((verdict) -> verdict.outcome() == IngestVerdict.Outcome.REJECTED
					|| verdict.outcome() == IngestVerdict.Outcome.CHANGING
					|| verdict.outcome() == IngestVerdict.Outcome.HELD);
		return rejected ? Main.REJECTED : 0;
	}

	private static String seconds(Duration duration, Locale locale) {
		return String.format(locale, "%.1f", duration.toMillis() / 1000.0);
	}

	/** The file that took longest. */
	private static final class Slowest {

		private IngestVerdict verdict;

		private Duration took = Duration.ZERO;

		void offer(IngestVerdict verdict, Duration took) {
			if (this.verdict == null || took.compareTo(this.took) > 0) {
				this.verdict = verdict;
				this.took = took;
			}
		}

	}

}

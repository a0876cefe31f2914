package vn.qms.stats.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.system.DatabaseApplication;
import vn.qms.stats.system.JobHistory;

@Command(name = "jobs", mixinStandardHelpOptions = true,
		description = "Lịch sử chạy; chạy lại; đánh dấu lỗi / Job history; restart; recover",
		subcommands = { JobsCommand.Restart.class, JobsCommand.Recover.class })
class JobsCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@ParentCommand
	Main main;

	@Option(names = "--failed", description = "Only runs that failed, stopped or died")
	boolean failed;

	@Option(names = "--limit", defaultValue = "50")
	int limit;

	@Override
	public Integer call() {
		try (Application app = Application.start(DatabaseApplication.class, this.main, DatabaseApplication.READ_ONLY)) {
			List<JobHistory.Run> runs = app.bean(JobHistory.class).runs(this.failed, this.limit);
			System.out.printf("%-6s %-10s %-10s %-10s %-19s %-19s %7s  %s%n", "ID", "JOB", "STATUS", "EXIT", "STARTED",
					"ENDED", "WRITTEN", "FILE/REPORT");
			for (JobHistory.Run run : runs) {
				System.out.printf("%-6d %-10s %-10s %-10s %-19s %-19s %7d  %s%n", run.id(), run.job(), run.status(),
						run.exitCode(), (run.started() != null) ? TIME.format(run.started()) : "",
						(run.ended() != null) ? TIME.format(run.ended()) : "", run.written(),
						(run.subject() != null) ? run.subject() : "");
			}
		}
		return 0;
	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Chạy lại một lần chạy lỗi / Restart a failed run")
	static class Restart implements Callable<Integer> {

		@ParentCommand
		JobsCommand jobs;

		@Parameters(paramLabel = "ID")
		long id;

		@Override
		public Integer call() throws Exception {
			try (Application app = Application.start(this.jobs.main)) {
				Long restarted = app.bean(JobOperator.class).restart(this.id);
				JobExecution execution = app.bean(JobRepository.class).getJobExecution(restarted);
				System.out.println("Restarted " + this.id + " as " + restarted + ": " + execution.getStatus() + " "
						+ execution.getExitStatus().getExitCode());
				return execution.getStatus().isUnsuccessful() ? 1 : 0;
			}
		}

	}

	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = "Đánh dấu lỗi một lần chạy đã chết cùng tiến trình / Mark a run that died with the process as failed")
	static class Recover implements Callable<Integer> {

		@ParentCommand
		JobsCommand jobs;

		@Parameters(paramLabel = "ID")
		long id;

		@Override
		public Integer call() {
			try (Application app = Application.start(this.jobs.main)) {
				JobExecution execution = app.bean(JobRepository.class).getJobExecution(this.id);
				if (execution == null) {
					throw new UsageException("No run with id " + this.id);
				}
				JobExecution recovered = app.bean(JobOperator.class).recover(execution);
				System.out.println("Run " + this.id + " is now " + recovered.getStatus()
						+ "; restart it with `jobs restart " + this.id + "`");
			}
			return 0;
		}

	}

}

package vn.qms.stats.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Chạy theo lịch: theo dõi thư mục đầu vào, lập báo cáo định kỳ / "
		+ "Run the schedule: watch the input folder, render scheduled reports (not yet available)")
class ServeCommand implements Callable<Integer> {

	@Option(names = "--input", paramLabel = "DIR")
	String input;

	@Option(names = "--out", paramLabel = "DIR")
	String out;

	@Override
	public Integer call() {
		System.err.println("Chưa có / Not yet available: `serve` comes with the scheduler (issue #5). "
				+ "Use `ingest` and `report` meanwhile.");
		return 1;
	}

}

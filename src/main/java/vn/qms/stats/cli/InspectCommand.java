package vn.qms.stats.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.ingest.FileInspector;

@Command(name = "inspect", description = "Xem công cụ đọc được gì trong tệp, không lưu / "
		+ "What the tool sees in a file, without storing anything")
class InspectCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Parameters(paramLabel = "FILE")
	Path file;

	@Option(names = "--text", description = "Every non-empty row as tab-separated text (TCVN3/VNI decoded)")
	boolean text;

	@Override
	public Integer call() {
		// No database needed: the forms and the decoding are all in the jar
		String language = (this.main.language != null) ? this.main.language : "vi";
		System.out.print(new FileInspector().inspect(this.file, this.text, Locale.forLanguageTag(language)));
		return 0;
	}

}

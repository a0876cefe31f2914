package vn.qms.stats.ingest.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerLogTests {

	@Test
	void shouldPassOnAWorkersWarningsButNoStackTraceNorTheJvmsOutOfMemoryLine() {
		// given what a worker printed when a library failed and it then ran out of memory
		String printed = """
				parse-worker WARN o.a.p.x.u.XSSFWorkbook: Sheet "Báo cáo" has a bad name
				java.lang.NullPointerException: Cannot invoke "Object.close()" because "part" is null
				\tat org.apache.poi.openxml4j.opc.OPCPackage.closeParts(OPCPackage.java:1613)
				\tat vn.qms.stats.ingest.annotate.AnnotatedCopy.open(AnnotatedCopy.java:112)
				Caused by: java.io.IOException: Truncated ZIP file
				\t... 12 more
				Terminating due to java.lang.OutOfMemoryError: Java heap space
				""";
		// when
		String shown = copy(printed);
		// then
		assertThat(shown).isEqualTo("parse-worker WARN o.a.p.x.u.XSSFWorkbook: Sheet \"Báo cáo\" has a bad name\n");
	}

	@Test
	void shouldPassOnTheStackTraceToAnOperatorDebugging() {
		// given
		String printed = "java.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n";
		// when
		String shown = copy(printed, true);
		// then
		assertThat(shown).isEqualTo("java.lang.IllegalStateException: x\n\\tat a.B.c(B.java:1)\n");
	}

	@Test
	void shouldShowAHostileLineAsOneSafeLineCutAtItsLimit() {
		// given a worker's message quoting a file's text: a terminal escape and a long
		// value
		String printed = "parse-worker WARN x: \u001b[2J\u202Eabc" + "y".repeat(5_000) + "\r\nnext\n";
		// when
		String[] shown = copy(printed).split("\n");
		// then
		assertThat(shown).hasSize(2);
		assertThat(shown[0]).startsWith("parse-worker WARN x: \\u001B[2J\\u202Eabcyyy")
			.endsWith("…")
			.hasSizeLessThan(WorkerLog.MAX_LINE + 20)
			.doesNotContain("\u001b", "\u202e", "\r");
		assertThat(shown[1]).isEqualTo("next");
	}

	private static String copy(String printed) {
		return copy(printed, false);
	}

	private static String copy(String printed, boolean debug) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream to = new PrintStream(out, true, StandardCharsets.UTF_8);
		WorkerLog.copy(new ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)), () -> to, debug);
		return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}

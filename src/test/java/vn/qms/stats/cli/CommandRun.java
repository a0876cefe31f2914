package vn.qms.stats.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A command line run in this JVM, as a user's shell runs it: what it printed on standard
 * output and error, and its exit status.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record CommandRun(int status, String out, String err) {

	static CommandRun run(String... args) {
		return withInput("", args);
	}

	/**
	 * Runs with {@code stdin} as standard input (a password typed without a terminal).
	 */
	static CommandRun withInput(String stdin, String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		InputStream in = System.in;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
		System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		try {
			int status = Main.run(args);
			return new CommandRun(status, captured.toString(StandardCharsets.UTF_8),
					errors.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			System.setIn(in);
		}
	}

}

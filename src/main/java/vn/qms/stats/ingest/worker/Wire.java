package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.bulk.RowProblem;
import vn.qms.stats.ingest.sheet.SourceCell;
import vn.qms.stats.ingest.sheet.SourceRow;

/**
 * The worker protocol's values on a stream, both ways. Every read is bounded, so that not
 * even a worker taken over by a hostile file can make the main process allocate more than
 * a frame's worth: a string is at most {@value #MAX_STRING_BYTES} bytes, a list at most
 * {@value #MAX_LIST} entries. No Java serialization.
 */
final class Wire {

	/** Excel's 32,767 characters per cell, as UTF-8 (up to 3 bytes each), and some. */
	static final int MAX_STRING_BYTES = 128 * 1024;

	/** 16,384 columns of a row, and the problems of a block. */
	static final int MAX_LIST = 100_000;

	private Wire() {
	}

	static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_STRING_BYTES) {
			// only our own texts can be this long (cells are bounded before): keep the
			// start
			bytes = shortened(value).getBytes(StandardCharsets.UTF_8);
		}
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String shortened(String value) {
		String start = value.substring(0, Math.min(value.length(), MAX_STRING_BYTES / 4));
		return Character.isHighSurrogate(start.charAt(start.length() - 1))
				? start.substring(0, start.length() - 1) + "…" : start + "…";
	}

	static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > MAX_STRING_BYTES) {
			throw new IOException("A string of " + length + " bytes from a worker");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static int readCount(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > MAX_LIST) {
			throw new IOException("A list of " + count + " entries from a worker");
		}
		return count;
	}

	static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String value : values) {
			writeString(out, value);
		}
	}

	static List<String> readStrings(DataInputStream in) throws IOException {
		return readList(in, Wire::readString);
	}

	/** Reads one value of a list. */
	@FunctionalInterface
	interface Reader<T> {

		T read(DataInputStream in) throws IOException;

	}

	/** A list as written: its count (bounded), then its values. */
	static <T> List<T> readList(DataInputStream in, Reader<T> reader) throws IOException {
		int count = readCount(in);
		List<T> values = new ArrayList<>(Math.min(count, 1024));
		for (int i = 0; i < count; i++) {
			values.add(reader.read(in));
		}
		return values;
	}

	static void writeProblem(DataOutputStream out, Problem problem) throws IOException {
		out.writeBoolean(problem.isError());
		writeString(out, problem.file());
		writeString(out, problem.sheet());
		out.writeInt((problem.row() != null) ? problem.row() : -1);
		writeString(out, problem.column());
		writeString(out, problem.header());
		writeString(out, problem.value());
		writeString(out, problem.messageKey());
		writeStrings(out, problem.arguments());
	}

	static Problem readProblem(DataInputStream in) throws IOException {
		Problem.Severity severity = in.readBoolean() ? Problem.Severity.ERROR : Problem.Severity.WARNING;
		String file = readString(in);
		String sheet = readString(in);
		int row = in.readInt();
		String column = readString(in);
		String header = readString(in);
		String value = readString(in);
		String key = readString(in);
		if (key == null) {
			throw new IOException("A problem without a message from a worker");
		}
		return new Problem(severity, file, sheet, (row >= 0) ? row : null, column, header, value, key, readStrings(in));
	}

	static void writeProblems(DataOutputStream out, List<Problem> problems) throws IOException {
		out.writeInt(problems.size());
		for (Problem problem : problems) {
			writeProblem(out, problem);
		}
	}

	static List<Problem> readProblems(DataInputStream in) throws IOException {
		return readList(in, Wire::readProblem);
	}

	static void writeRow(DataOutputStream out, SourceRow row) throws IOException {
		out.writeInt(row.number());
		out.writeInt(row.cells().size());
		for (SourceCell cell : row.cells()) {
			out.writeInt(cell.column());
			out.writeByte(cell.kind().ordinal());
			writeString(out, cell.text());
			writeString(out, (cell.number() != null) ? cell.number().toString() : null);
		}
	}

	static SourceRow readRow(DataInputStream in) throws IOException {
		int number = in.readInt();
		int count = readCount(in);
		List<SourceCell> cells = new ArrayList<>(count);
		SourceCell.Kind[] kinds = SourceCell.Kind.values();
		for (int i = 0; i < count; i++) {
			int column = in.readInt();
			int kind = in.readUnsignedByte();
			if (kind >= kinds.length) {
				throw new IOException("A cell of an unknown kind from a worker");
			}
			String text = readString(in);
			String number2 = readString(in);
			cells.add(new SourceCell(column, kinds[kind], text, (number2 != null) ? number(number2) : null));
		}
		return new SourceRow(number, cells);
	}

	private static BigDecimal number(String text) throws IOException {
		if (text.length() > 400) {
			throw new IOException("A number of " + text.length() + " characters from a worker");
		}
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IOException("Not a number from a worker", ex);
		}
		if (!SourceCell.withinExcel(number)) {
			throw new IOException("A number out of range from a worker");
		}
		return number;
	}

	static void writeRowProblem(DataOutputStream out, RowProblem problem) throws IOException {
		out.writeInt(problem.row());
		out.writeInt(problem.column());
		writeString(out, problem.header());
		writeString(out, problem.value());
		writeString(out, problem.messageKey());
		writeStrings(out, problem.arguments());
	}

	static RowProblem readRowProblem(DataInputStream in) throws IOException {
		int row = in.readInt();
		int column = in.readInt();
		String header = readString(in);
		String value = readString(in);
		String key = readString(in);
		if (key == null) {
			throw new IOException("A problem without a message from a worker");
		}
		return new RowProblem(row, column, header, value, key, readStrings(in));
	}

	/** The next tag, or an EOFException if the worker is gone. */
	static byte readTag(DataInputStream in) throws IOException {
		int tag = in.read();
		if (tag < 0) {
			throw new EOFException("The worker closed its output");
		}
		return (byte) tag;
	}

}

package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.ingest.bulk.Bm04Row;

/**
 * The rows of a BM04 block on the pipe: the worker writes them into one frame, the
 * command reads the frame at once and decodes it from an array. A log of a million rows
 * repeats a few hundred procedure, agency and channel codes: each travels once per
 * stream, then as its number in the stream's code list ({@value #MAX_CODES} codes at
 * most; past them, codes travel whole). The command then decodes each code to the same
 * string, whose hash the load's maps keep, instead of reading a new one per row a byte at
 * a time (the reading thread's largest cost: docs/benchmarks.md).
 * <p>
 * A frame is bounded ({@value #MAX_BYTES} bytes: a block of checked rows, whose values
 * the worker has bounded, needs a fifth of it), so is a code ({@value #MAX_CODE_CHARS}
 * characters), every value read from a frame is checked against its end, and every row
 * against what the row checks let through ({@link Bm04Row#withinForm()}), so that a
 * worker taken over by a hostile file can make the command neither allocate more, nor
 * read outside the frame, nor fail on a value it stores: what does not decode is an
 * {@link IOException}, as for any broken answer.
 */
final class Bm04Frames {

	/** Bytes of a frame at most. */
	static final int MAX_BYTES = 4 << 20;

	/** Codes a stream numbers at most. */
	static final int MAX_CODES = 1 << 14;

	/**
	 * Characters of a code at most (the forms allow 64): the codes a stream numbers stay
	 * within a few megabytes, whatever the worker sends.
	 */
	static final int MAX_CODE_CHARS = 256;

	/** A code that is null. */
	private static final int NULL = -1;

	/** A code given whole, numbered next if the list has room. */
	private static final int WHOLE = -2;

	private static final long NO_TIME = Long.MIN_VALUE;

	private Bm04Frames() {
	}

	/** The worker's side: one per stream, reused for each block. */
	static final class Writer {

		private final Map<String, Integer> codes = new HashMap<>();

		private byte[] bytes = new byte[1 << 16];

		private int length;

		/** Writes the rows as one frame: its length, then its bytes. */
		void write(DataOutputStream out, List<Bm04Row> rows) throws IOException {
			this.length = 0;
			for (Bm04Row row : rows) {
				row(row);
			}
			if (this.length > MAX_BYTES) {
				throw new IOException("A block of " + this.length + " bytes");
			}
			out.writeInt(this.length);
			out.write(this.bytes, 0, this.length);
		}

		private void row(Bm04Row row) {
			number(row.row());
			text(row.dossierCode());
			code(row.procedureCode());
			code(row.agencyCode());
			time(row.receivedAt());
			time(row.dueAt());
			time(row.completedAt());
			code(row.channel());
		}

		private void code(String code) {
			if (code == null) {
				number(NULL);
				return;
			}
			Integer known = this.codes.get(code);
			if (known != null) {
				number(known);
				return;
			}
			if (this.codes.size() < MAX_CODES) {
				this.codes.put(code, this.codes.size());
			}
			number(WHOLE);
			text(code);
		}

		private void text(String value) {
			if (value == null) {
				number(NULL);
				return;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			number(utf8.length);
			room(utf8.length);
			System.arraycopy(utf8, 0, this.bytes, this.length, utf8.length);
			this.length += utf8.length;
		}

		private void time(LocalDateTime time) {
			if (time == null) {
				wide(NO_TIME);
				return;
			}
			wide(time.toEpochSecond(ZoneOffset.UTC));
			number(time.getNano());
		}

		private void number(int value) {
			room(4);
			byte[] b = this.bytes;
			int at = this.length;
			b[at] = (byte) (value >>> 24);
			b[at + 1] = (byte) (value >>> 16);
			b[at + 2] = (byte) (value >>> 8);
			b[at + 3] = (byte) value;
			this.length = at + 4;
		}

		private void wide(long value) {
			number((int) (value >>> 32));
			number((int) value);
		}

		private void room(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
			}
		}

	}

	/** The command's side: one per stream. */
	static final class Reader {

		private final String[] codes = new String[MAX_CODES];

		private int codeCount;

		private byte[] bytes = new byte[1 << 16];

		private int at;

		private int end;

		/** Reads a frame of {@code count} rows as {@link Writer} wrote it. */
		List<Bm04Row> read(DataInputStream in, int count) throws IOException {
			int length = in.readInt();
			if (length < 0 || length > MAX_BYTES) {
				throw new IOException("A block of " + length + " bytes from a worker");
			}
			if (length > this.bytes.length) {
				this.bytes = new byte[Math.max(length, Math.min(this.bytes.length * 2, MAX_BYTES))];
			}
			in.readFully(this.bytes, 0, length);
			this.at = 0;
			this.end = length;
			List<Bm04Row> rows = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				Bm04Row row = new Bm04Row(number(), text(), code(), code(), time(), time(), time(), code());
				if (!row.withinForm()) {
					throw new IOException("A row the checks would not let through from a worker");
				}
				rows.add(row);
			}
			if (this.at != this.end) {
				throw new IOException("A block with " + (this.end - this.at) + " bytes too many from a worker");
			}
			return rows;
		}

		private String code() throws IOException {
			int code = number();
			if (code == NULL) {
				return null;
			}
			if (code == WHOLE) {
				String whole = text();
				if (whole == null || whole.length() > MAX_CODE_CHARS) {
					throw new IOException(
							"A code of " + ((whole != null) ? whole.length() : 0) + " characters from a worker");
				}
				if (this.codeCount < MAX_CODES) {
					this.codes[this.codeCount++] = whole;
				}
				return whole;
			}
			if (code < 0 || code >= this.codeCount) {
				throw new IOException("An unknown code from a worker");
			}
			return this.codes[code];
		}

		private String text() throws IOException {
			int length = number();
			if (length == NULL) {
				return null;
			}
			if (length < 0 || length > this.end - this.at) {
				throw new IOException("A text of " + length + " bytes past its block from a worker");
			}
			String text = new String(this.bytes, this.at, length, StandardCharsets.UTF_8);
			this.at += length;
			return text;
		}

		private LocalDateTime time() throws IOException {
			long seconds = wide();
			if (seconds == NO_TIME) {
				return null;
			}
			int nanos = number();
			try {
				return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
			}
			catch (RuntimeException ex) {
				throw new IOException("A time out of range from a worker", ex);
			}
		}

		private int number() throws IOException {
			int at = this.at;
			if (this.end - at < 4) {
				throw new IOException("A block that ends early from a worker");
			}
			byte[] b = this.bytes;
			this.at = at + 4;
			return (b[at] << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
		}

		private long wide() throws IOException {
			return ((long) number() << 32) | (number() & 0xffffffffL);
		}

	}

}

package vn.qms.stats.ingest.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.qms.stats.ingest.bulk.Bm04Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class Bm04FramesTests {

	private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 7, 1, 8, 30, 15, 250_000_000);

	@Test
	void rowsComeOutAsTheyWentInWithEachCodeOnce() throws IOException {
		List<Bm04Row> first = List.of(row(7, "HS-Đắk Lắk-001", "1.001", "CQ-91", "ONLINE"),
				new Bm04Row(8, "HS-002", "1.002", "CQ-91", RECEIVED, RECEIVED.plusDays(3), null, null));
		List<Bm04Row> second = List.of(row(9, "HS-003", "1.001", "CQ-91", "ONLINE"),
				row(10, "HS-004", "1.002", "CQ-92", "IN_PERSON"));
		Bm04Frames.Writer writer = new Bm04Frames.Writer();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		writer.write(out, first);
		writer.write(out, second);

		DataInputStream in = input(bytes.toByteArray());
		Bm04Frames.Reader reader = new Bm04Frames.Reader();
		List<Bm04Row> firstRead = reader.read(in, first.size());
		List<Bm04Row> secondRead = reader.read(in, second.size());

		assertThat(firstRead).isEqualTo(first);
		assertThat(secondRead).isEqualTo(second);
		// a code seen before is the string decoded the first time, not a new one
		assertThat(secondRead.get(0).procedureCode()).isSameAs(firstRead.get(0).procedureCode());
		assertThat(secondRead.get(0).agencyCode()).isSameAs(firstRead.get(1).agencyCode());
	}

	@Test
	void codesPastTheListTravelWhole() throws IOException {
		List<Bm04Row> rows = new ArrayList<>();
		for (int i = 0; i < Bm04Frames.MAX_CODES + 50; i++) {
			rows.add(row(i + 1, "HS-" + i, "P-" + i, "CQ-" + (i % 7), "ONLINE"));
		}
		rows.add(row(1, "HS-again", "P-" + (Bm04Frames.MAX_CODES + 10), "CQ-1", "POSTAL"));
		rows.add(row(2, "HS-again-2", "P-3", "CQ-1", "POSTAL"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Bm04Frames.Writer writer = new Bm04Frames.Writer();
		for (int from = 0; from < rows.size(); from += 1000) {
			writer.write(new DataOutputStream(bytes), rows.subList(from, Math.min(rows.size(), from + 1000)));
		}

		DataInputStream in = input(bytes.toByteArray());
		Bm04Frames.Reader reader = new Bm04Frames.Reader();
		List<Bm04Row> read = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += 1000) {
			read.addAll(reader.read(in, Math.min(rows.size(), from + 1000) - from));
		}

		assertThat(read).isEqualTo(rows);
	}

	@Test
	void aFrameLargerThanTheBoundIsRefusedBeforeItIsRead() {
		byte[] frame = ByteBuffer.allocate(4).putInt(Bm04Frames.MAX_BYTES + 1).array();

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(frame), 1))
			.withMessageContaining("bytes from a worker");
	}

	@Test
	void aCodeNeverGivenIsRefused() {
		ByteBuffer frame = frameOf(4 + 4 + 4 + 4);
		frame.putInt(7).putInt(-1).putInt(5).putInt(-1);

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(frame.array()), 1))
			.withMessage("An unknown code from a worker");
	}

	@Test
	void aTextLongerThanWhatIsLeftOfItsFrameIsRefused() {
		ByteBuffer frame = frameOf(4 + 4 + 3);
		frame.putInt(7).putInt(1_000_000).put(new byte[] { 'H', 'S', '1' });

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(frame.array()), 1))
			.withMessageContaining("past its block");
	}

	@Test
	void aCodeLongerThanAnyFormAllowsIsRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new Bm04Frames.Writer().write(new DataOutputStream(bytes),
				List.of(row(7, "HS-1", "P".repeat(Bm04Frames.MAX_CODE_CHARS + 1), "CQ-91", null)));

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(bytes.toByteArray()), 1))
			.withMessageContaining("A code of 257 characters");
	}

	@ParameterizedTest
	@MethodSource("rowsNoCheckLetsThrough")
	void aRowTheChecksWouldNotLetThroughIsRefused(Bm04Row row) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new Bm04Frames.Writer().write(new DataOutputStream(bytes), List.of(row));

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(bytes.toByteArray()), 1))
			.withMessage("A row the checks would not let through from a worker");
	}

	static List<Bm04Row> rowsNoCheckLetsThrough() {
		LocalDateTime farAhead = LocalDateTime.of(999_999_999, 12, 31, 0, 0);
		return List.of(new Bm04Row(7, "HS-1", "1.001", null, RECEIVED, RECEIVED.plusDays(5), null, null),
				new Bm04Row(7, null, "1.001", "CQ-91", RECEIVED, RECEIVED.plusDays(5), null, null),
				new Bm04Row(7, "HS-1", "1.001", "CQ-91", RECEIVED, null, null, null),
				new Bm04Row(7, "H".repeat(101), "1.001", "CQ-91", RECEIVED, RECEIVED.plusDays(5), null, null),
				new Bm04Row(7, "HS-1", "1.001", "CQ-91", LocalDateTime.of(1000, 1, 1, 0, 0), RECEIVED, farAhead, null),
				new Bm04Row(0, "HS-1", "1.001", "CQ-91", RECEIVED, RECEIVED.plusDays(5), null, null));
	}

	@Test
	void aFrameThatEndsInsideARowIsRefused() {
		ByteBuffer frame = frameOf(4 + 4);
		frame.putInt(7).putInt(-1);

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(frame.array()), 1))
			.withMessage("A block that ends early from a worker");
	}

	@Test
	void bytesLeftAfterTheRowsAreRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new Bm04Frames.Writer().write(new DataOutputStream(bytes), List.of(row(7, "HS-1", "1.001", "CQ-91", null)));
		byte[] written = bytes.toByteArray();
		ByteBuffer frame = ByteBuffer.allocate(written.length + 4);
		frame.putInt(ByteBuffer.wrap(written).getInt() + 4).put(written, 4, written.length - 4).putInt(0);

		assertThatIOException().isThrownBy(() -> new Bm04Frames.Reader().read(input(frame.array()), 1))
			.withMessageContaining("bytes too many");
	}

	private static Bm04Row row(int number, String dossier, String procedure, String agency, String channel) {
		return new Bm04Row(number, dossier, procedure, agency, RECEIVED, RECEIVED.plusDays(5), RECEIVED.plusDays(2),
				channel);
	}

	/** A frame's length, then room for that many bytes. */
	private static ByteBuffer frameOf(int length) {
		return ByteBuffer.allocate(4 + length).putInt(length);
	}

	private static DataInputStream input(byte[] bytes) {
		return new DataInputStream(new ByteArrayInputStream(bytes));
	}

}

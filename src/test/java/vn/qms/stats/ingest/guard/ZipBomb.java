package vn.qms.stats.ingest.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a real zip bomb: one entry of gigabytes of zeros, deflated at the best level.
 * Deflating gigabytes takes seconds, so one chunk of zeros is deflated once with a full
 * flush (which resets the compressor, so every chunk deflates to the same bytes) and its
 * output repeated; the stream is valid and inflates to exactly {@code chunks * CHUNK}
 * zeros. Nothing large is held in memory.
 */
final class ZipBomb {

	static final int CHUNK = 16 * 1024 * 1024;

	private ZipBomb() {
	}

	static Path write(Path file, String entryName, int chunks) throws IOException {
		return write(file, Map.of(), entryName, "", chunks, -1);
	}

	/**
	 * An xlsx of the given honest parts and a bomb part of {@code head} followed by
	 * {@code chunks} chunks of zeros, whose central directory and local header both
	 * declare {@code declaredUnpacked} bytes (its real size when -1).
	 */
	static Path write(Path file, Map<String, String> parts, String entryName, String head, int chunks,
			long declaredUnpacked) throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (Map.Entry<String, String> part : parts.entrySet()) {
			byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
			Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
			deflater.setInput(content);
			CRC32 crc = new CRC32();
			crc.update(content);
			byte[] packed = finish(deflater);
			entries.add(new Entry(part.getKey(), crc.getValue(), content.length, packed.length,
					(out) -> out.write(packed)));
		}
		entries.add(bomb(entryName, head.getBytes(StandardCharsets.UTF_8), chunks, declaredUnpacked));
		try (OutputStream out = Files.newOutputStream(file)) {
			long at = 0;
			List<Long> offsets = new ArrayList<>();
			for (Entry entry : entries) {
				byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
				offsets.add(at);
				out.write(header(0x04034b50, 30, entry.crc(), entry.packed(), entry.unpacked(), name, 0).array());
				out.write(name);
				entry.data().writeTo(out);
				at += 30 + name.length + entry.packed();
			}
			long centralAt = at;
			long centralSize = 0;
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
				out.write(header(0x02014b50, 46, entry.crc(), entry.packed(), entry.unpacked(), name, offsets.get(i))
					.array());
				out.write(name);
				centralSize += 46 + name.length;
			}
			out.write(end(entries.size(), centralSize, centralAt).array());
		}
		return file;
	}

	private static Entry bomb(String entryName, byte[] head, int chunks, long declaredUnpacked) {
		byte[] zeros = new byte[CHUNK];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		byte[] packedHead = (head.length == 0) ? new byte[0] : flushChunk(deflater, head);
		byte[] packedChunk = flushChunk(deflater, zeros);
		if (!Arrays.equals(packedChunk, flushChunk(deflater, zeros))) {
			throw new IllegalStateException("A flushed chunk of zeros did not deflate the same twice");
		}
		byte[] packedEnd = finish(deflater);
		CRC32 crc = new CRC32();
		crc.update(head);
		for (int i = 0; i < chunks; i++) {
			crc.update(zeros);
		}
		long unpacked = (declaredUnpacked < 0) ? head.length + (long) chunks * CHUNK : declaredUnpacked;
		long packed = packedHead.length + (long) chunks * packedChunk.length + packedEnd.length;
		return new Entry(entryName, crc.getValue(), unpacked, packed, (out) -> {
			out.write(packedHead);
			for (int i = 0; i < chunks; i++) {
				out.write(packedChunk);
			}
			out.write(packedEnd);
		});
	}

	private static byte[] flushChunk(Deflater deflater, byte[] input) {
		deflater.setInput(input);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		do {
			read = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
			out.write(buffer, 0, read);
		}
		while (read == buffer.length || !deflater.needsInput());
		return out.toByteArray();
	}

	private static byte[] finish(Deflater deflater) {
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	/** A local (30 bytes) or central (46 bytes) header, without the name. */
	private static ByteBuffer header(int signature, int size, long crc, long packed, long unpacked, byte[] name,
			long localAt) {
		boolean central = size == 46;
		ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(signature);
		if (central) {
			b.putShort((short) 20);
		}
		b.putShort((short) 20).putShort((short) 0).putShort((short) 8);
		b.putShort((short) 0).putShort((short) 0x21);
		b.putInt((int) crc).putInt((int) packed).putInt((int) unpacked);
		b.putShort((short) name.length).putShort((short) 0);
		if (central) {
			b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) localAt);
		}
		return b;
	}

	private static ByteBuffer end(int entries, long centralSize, long centralAt) {
		ByteBuffer b = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x06054b50)
			.putShort((short) 0)
			.putShort((short) 0)
			.putShort((short) entries)
			.putShort((short) entries);
		b.putInt((int) centralSize).putInt((int) centralAt).putShort((short) 0);
		return b;
	}

	private interface Data {

		void writeTo(OutputStream out) throws IOException;

	}

	private record Entry(String name, long crc, long unpacked, long packed, Data data) {
	}

}

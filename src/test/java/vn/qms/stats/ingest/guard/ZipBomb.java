package vn.qms.stats.ingest.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
		byte[] zeros = new byte[CHUNK];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		byte[] packedChunk = flushChunk(deflater, zeros);
		if (!Arrays.equals(packedChunk, flushChunk(deflater, zeros))) {
			throw new IllegalStateException("A flushed chunk of zeros did not deflate the same twice");
		}
		byte[] packedEnd = finish(deflater);
		CRC32 crc = new CRC32();
		for (int i = 0; i < chunks; i++) {
			crc.update(zeros);
		}
		long unpacked = (long) chunks * CHUNK;
		long packed = (long) chunks * packedChunk.length + packedEnd.length;
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(header(0x04034b50, 30, crc.getValue(), packed, unpacked, name, 0).array());
			out.write(name);
			for (int i = 0; i < chunks; i++) {
				out.write(packedChunk);
			}
			out.write(packedEnd);
			long centralAt = 30 + name.length + packed;
			out.write(header(0x02014b50, 46, crc.getValue(), packed, unpacked, name, 0).array());
			out.write(name);
			out.write(end(46 + name.length, centralAt).array());
		}
		return file;
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

	private static ByteBuffer end(long centralSize, long centralAt) {
		ByteBuffer b = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1);
		b.putInt((int) centralSize).putInt((int) centralAt).putShort((short) 0);
		return b;
	}

}

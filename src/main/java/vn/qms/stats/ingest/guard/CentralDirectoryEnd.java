package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The end-of-central-directory record of a zip, read from the file's tail only. A zip
 * without one was cut off: copied or sent only in part.
 *
 * @param entries declared number of entries, or -1 when the zip64 record holds it
 */
record CentralDirectoryEnd(int entries) {

	private static final int RECORD_SIZE = 22;

	private static final int MAX_COMMENT = 0xFFFF;

	private static final int SIGNATURE = 0x06054b50;

	static Optional<CentralDirectoryEnd> find(Path file, long size) throws IOException {
		int tailSize = (int) Math.min(size, RECORD_SIZE + MAX_COMMENT);
		ByteBuffer tail = ByteBuffer.allocate(tailSize).order(ByteOrder.LITTLE_ENDIAN);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			channel.position(size - tailSize);
			while (tail.hasRemaining() && channel.read(tail) >= 0) {
				// read the whole tail
			}
		}
		for (int at = tailSize - RECORD_SIZE; at >= 0; at--) {
			if (tail.getInt(at) == SIGNATURE) {
				int entries = Short.toUnsignedInt(tail.getShort(at + 10));
				return Optional.of(new CentralDirectoryEnd((entries == 0xFFFF) ? -1 : entries));
			}
		}
		return Optional.empty();
	}

}

package vn.qms.stats.ingest.bulk;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} on a PostgreSQL connection (the caller's transaction):
 * rows written as {@link CopyText} and handed to the server every {@value #FLUSH} bytes;
 * {@link #end()} completes it, {@link #close()} cancels it if it was not completed, so
 * that a failure never leaves the connection in COPY mode.
 */
final class CopySession implements AutoCloseable {

	/** Bytes of COPY text handed to the server at a time. */
	private static final int FLUSH = 1 << 16;

	private final CopyIn copy;

	private final CopyText text = new CopyText();

	CopySession(Connection connection, String sql) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
	}

	/** The text to write the next row into; {@link #rowDone()} after each row. */
	CopyText text() {
		return this.text;
	}

	/**
	 * Hands the rows written so far to the server once they make {@value #FLUSH} bytes.
	 */
	void rowDone() throws SQLException {
		if (this.text.length() >= FLUSH) {
			flush();
		}
	}

	/** Completes the COPY. */
	void end() throws SQLException {
		flush();
		this.copy.endCopy();
	}

	private void flush() throws SQLException {
		if (this.text.length() > 0) {
			this.copy.writeToCopy(this.text.bytes(), 0, this.text.length());
			this.text.clear();
		}
	}

	@Override
	public void close() throws SQLException {
		if (this.copy.isActive()) {
			this.copy.cancelCopy();
		}
	}

}

package vn.qms.stats.ingest.bulk;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} on a PostgreSQL connection (the caller's transaction):
 * rows written as {@link CopyText} or {@link CopyBinary} and handed to the server every
 * {@value #FLUSH} bytes; {@link #end()} completes it, {@link #close()} cancels it if it
 * was not completed, so that a failure never leaves the connection in COPY mode.
 */
final class CopySession implements AutoCloseable {

	/** Bytes of COPY text handed to the server at a time. */
	private static final int FLUSH = 1 << 16;

	private final CopyIn copy;

	/** The rows as text, or null for a binary COPY. */
	private final CopyText text;

	/** The rows in the binary format, or null for a text COPY. */
	private final CopyBinary binary;

	/** What is written: {@link #text} or {@link #binary}. */
	private final CopyBuffer buffer;

	/** A COPY of rows in the text format. */
	CopySession(Connection connection, String sql) throws SQLException {
		this(connection, sql, new CopyText(), null);
	}

	private CopySession(Connection connection, String sql, CopyText text, CopyBinary binary) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		this.text = text;
		this.binary = binary;
		this.buffer = (text != null) ? text : binary;
	}

	/**
	 * A COPY of rows in the binary format ({@link CopyBinary}): {@code sql} without its
	 * format.
	 */
	static CopySession binary(Connection connection, String sql) throws SQLException {
		CopySession session = new CopySession(connection, sql + " with (format binary)", null, new CopyBinary());
		session.binary.header();
		return session;
	}

	/** The text to write the next row into; {@link #rowDone()} after each row. */
	CopyText text() {
		return this.text;
	}

	/** The buffer of a binary COPY to write the next row into. */
	CopyBinary binary() {
		return this.binary;
	}

	/**
	 * Hands the rows written so far to the server once they make {@value #FLUSH} bytes.
	 */
	void rowDone() throws SQLException {
		if (this.buffer.length() >= FLUSH) {
			flush();
		}
	}

	/** Completes the COPY; the rows the server stored. */
	long end() throws SQLException {
		if (this.binary != null) {
			this.binary.trailer();
		}
		flush();
		return this.copy.endCopy();
	}

	private void flush() throws SQLException {
		if (this.buffer.length() > 0) {
			this.copy.writeToCopy(this.buffer.bytes(), 0, this.buffer.length());
			this.buffer.clear();
		}
	}

	@Override
	public void close() throws SQLException {
		if (this.copy.isActive()) {
			this.copy.cancelCopy();
		}
	}

}

package vn.qms.stats.system;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads shipped data (reference units, the calendar) into the database once per content:
 * in one transaction, row 1 of a marker table {@code (id, checksum, loaded_at)} is
 * locked, and the rows are replaced only when the checksum differs. Two processes
 * starting at once load it once.
 */
public final class ChecksumLoad {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public ChecksumLoad(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * @param marker the marker table (a constant name, never user input)
	 * @param checksum the checksum of the content to load
	 * @param replace deletes and inserts the rows, inside the same transaction
	 * @return whether the rows were replaced
	 */
	public boolean loadIfChanged(String marker, String checksum, Consumer<JdbcTemplate> replace) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			List<String> loaded = this.jdbc.queryForList("select checksum from " + marker + " where id = 1 for update",
					String.class);
			if (loaded.isEmpty()) {
				throw new IllegalStateException(marker + " has no row 1: its migration did not run as shipped");
			}
			if (checksum.equals(loaded.get(0))) {
				return false;
			}
			replace.accept(this.jdbc);
			this.jdbc.update("update " + marker + " set checksum = ?, loaded_at = ? where id = 1", checksum,
					LocalDateTime.now());
			return true;
		}));
	}

}

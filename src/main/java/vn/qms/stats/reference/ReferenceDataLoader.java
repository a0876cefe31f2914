package vn.qms.stats.reference;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.system.ChecksumLoad;

/**
 * Copies the reference units and the succession table into {@code ref_unit} and
 * {@code ref_succession} at start, after Flyway, so that the statistics SQL can join
 * them. The single {@code ref_load} row is locked first: processes starting at once
 * against one database load the set once, and a set already loaded is left alone.
 */
@Component
@DependsOnDatabaseInitialization
class ReferenceDataLoader implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcTemplate jdbc;

	private final ChecksumLoad load;

	private final ReferenceSource source;

	private final ReferenceUnits units;

	private final Succession succession;

	ReferenceDataLoader(DataSource dataSource, ReferenceSource source, ReferenceUnits units, Succession succession) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.load = new ChecksumLoad(dataSource);
		this.source = source;
		this.units = units;
		this.succession = succession;
	}

	/** What a start did. */
	enum Outcome {

		LOADED, UNCHANGED

	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	Outcome load() {
		String checksum = this.source.checksum();
		Outcome outcome = this.load.loadIfChanged("ref_load", checksum, (jdbc) -> replaceRows()) ? Outcome.LOADED
				: Outcome.UNCHANGED;
		logger.info("Reference units from {}: {} ({} units, {} succession rows)", this.source.origin(),
				(outcome == Outcome.LOADED) ? "loaded" : "already loaded", this.units.all().size(),
				this.succession.links().size());
		return outcome;
	}

	private static String aliases(Unit unit) {
		return unit.aliases().isEmpty() ? null : String.join("|", unit.aliases());
	}

	private void replaceRows() {
		this.jdbc.update("delete from ref_succession");
		this.jdbc.update("delete from ref_unit");
		this.jdbc.batchUpdate("""
				insert into ref_unit (code, valid_from, valid_to, kind, name_vi, name_en, parent_code, aliases)
				values (?, ?, ?, ?, ?, ?, ?, ?)""",
				this.units.all()
					.stream()
					.map((unit) -> new Object[] { unit.code(), unit.validFrom(), unit.validTo(), unit.kind().name(),
							unit.nameVi(), unit.nameEn(), unit.parentCode(), aliases(unit) })
					.toList());
		this.jdbc.batchUpdate("""
				insert into ref_succession (old_code, old_valid_from, new_code, new_valid_from, changed_on, kind)
				values (?, ?, ?, ?, ?, ?)""",
				this.succession.links()
					.stream()
					.map((link) -> new Object[] { link.oldCode(), link.oldValidFrom(), link.newCode(),
							link.newValidFrom(), link.changedOn(), link.kind().name() })
					.toList());
	}

}

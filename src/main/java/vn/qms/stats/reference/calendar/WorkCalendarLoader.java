package vn.qms.stats.reference.calendar;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.system.ChecksumLoad;

/**
 * Copies the calendar into {@code work_calendar} at start, one row per day over the
 * listed years and well around them, so that figures count working days set-based: the
 * working days after D up to E are {@code rank(E) - rank(D)}. The
 * {@code work_calendar_load} row is locked first, so concurrent starts load once and an
 * unchanged file is skipped.
 */
@Component
@DependsOnDatabaseInitialization
class WorkCalendarLoader implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(WorkCalendarLoader.class);

	/** Years of weekends-only days kept before and after the listed years. */
	private final JdbcTemplate jdbc;

	private final ChecksumLoad load;

	private final CalendarSource source;

	private final WorkingCalendar calendar;

	WorkCalendarLoader(DataSource dataSource, CalendarSource source, WorkingCalendar calendar) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.load = new ChecksumLoad(dataSource);
		this.source = source;
		this.calendar = calendar;
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	boolean load() {
		String checksum = this.source.checksum();
		boolean loaded = this.load.loadIfChanged("work_calendar_load", checksum, (jdbc) -> replaceRows());
		logger.info("Working-day calendar from {}: {} ({}–{})", this.source.origin(),
				loaded ? "loaded" : "already loaded", this.calendar.firstYear(), this.calendar.lastYear());
		return loaded;
	}

	private void replaceRows() {
		this.jdbc.update("delete from work_calendar");
		LocalDate from = this.calendar.firstDay();
		LocalDate to = this.calendar.lastDay();
		List<Object[]> rows = this.calendar.between(from, to).map((day) -> {
			var listed = this.calendar.listed(day);
			return new Object[] { day, this.calendar.isWorkingDay(day), this.calendar.rank(day),
					listed.map((row) -> row.kind().name()).orElse(null), listed.map(CalendarDay::nameVi).orElse(null),
					listed.map(CalendarDay::nameEn).orElse(null) };
		}).toList();
		this.jdbc.batchUpdate("insert into work_calendar (cal_date, working, working_rank, kind, name_vi, name_en) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
	}

}

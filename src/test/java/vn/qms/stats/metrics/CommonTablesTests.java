package vn.qms.stats.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonTablesTests {

	private final CommonTables scope = new CommonTables(FigureQueries.read("scope"));

	@Test
	void shouldGiveAQueryTheTablesItReadsAndTheTablesThoseRead() {
		String with = this.scope.with("select grp, count(*) from bm03_rows group by grp");
		assertThat(with).startsWith("with ")
			.contains("unit_map as (", "grp_map as (", "current_sub as (", "bm03_rows as (")
			.doesNotContain("data_rows as (", "bm04_totals as (", "bm04_median as (", "reported as (");
		// in the order of scope.sql, which each table's readers need
		assertThat(with.indexOf("unit_map as (")).isLessThan(with.indexOf("grp_map as ("));
		assertThat(with.indexOf("current_sub as (")).isLessThan(with.indexOf("bm03_rows as ("));
	}

	@Test
	void shouldNotTakeATableForOneWhoseNameEndsTheSame() {
		String with = this.scope.with("select * from figure_bm04_days where scope_id = :scope_id");
		assertThat(with).isEmpty();
	}

	@Test
	void shouldGiveTheWholeChainOfTheMedians() {
		String with = this.scope.with(FigureQueries.read("processing_days_median"));
		assertThat(with).contains("bm04_median as (", "bm04_days as (", "bm04_day_rows as (", "bm04_logs as (",
				"current_sub as (", "unit_map as (");
	}

}

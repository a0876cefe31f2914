package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's summary counted during the load: what it counts per agency and procedure, and
 * that it gives up (the figures then make the summary from the stored rows) rather than
 * hold more than its bound.
 */
class Bm04TallyTests {

	private static final LocalDateTime PERIOD_END_NEXT = LocalDateTime.of(2026, 10, 1, 0, 0);

	private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 7, 1, 8, 0);

	@Test
	void countsEachAgencyAndProcedureAsTheFiguresDo() {
		Bm04Tally tally = counting();
		// on time in 2 days; late in 9; not completed and overdue; another procedure
		add(tally, "CQ-1", "P-1", RECEIVED.plusDays(5), RECEIVED.plusDays(2), 2, 2);
		add(tally, "CQ-1", "P-1", RECEIVED.plusDays(5), RECEIVED.plusDays(9), 9, 7);
		add(tally, "CQ-1", "P-1", RECEIVED.plusDays(5), null, null, null);
		add(tally, "CQ-1", "P-2", RECEIVED.plusDays(5), RECEIVED.plusDays(4), 4, 4);
		tally.finish();

		Map<String, Bm04Tally.Pair> pairs = pairs(tally);
		assertThat(tally.complete()).isTrue();
		assertThat(tally.staged()).isEqualTo(4);
		Bm04Tally.Pair first = pairs.get("CQ-1/P-1");
		assertThat(first.received).isEqualTo(3);
		assertThat(first.onTime).isEqualTo(1);
		assertThat(first.overdue).isEqualTo(1);
		assertThat(first.calendar.dossiers()).isEqualTo(2);
		assertThat(first.calendar.sum()).isEqualTo(11);
		assertThat(first.calendar.median()).isEqualByComparingTo(new BigDecimal("5.5"));
		assertThat(first.working.median()).isEqualByComparingTo(new BigDecimal("4.5"));
		assertThat(pairs.get("CQ-1/P-2").calendar.median()).isEqualByComparingTo(new BigDecimal("4"));
	}

	@Test
	void aTimeLongerThanTheDaysKeptGivesUp() {
		Bm04Tally tally = counting();
		add(tally, "CQ-1", "P-1", RECEIVED.plusDays(5), RECEIVED.plusDays(2), 2, 2);
		add(tally, "CQ-1", "P-1", RECEIVED.plusDays(5), RECEIVED.plusDays(DayCounts.MAX_DAYS + 1),
				DayCounts.MAX_DAYS + 1, null);
		tally.finish();

		assertThat(tally.complete()).isFalse();
		assertThat(pairs(tally)).isEmpty();
	}

	@Test
	void longTimesInManyPairsCountAgainstTheBound() {
		// each pair with a dossier of MAX_DAYS days holds about 10,000 slots
		Bm04Tally within = withLongTimes(700);
		Bm04Tally past = withLongTimes(900);

		assertThat(within.complete()).isTrue();
		assertThat(past.complete()).isFalse();
	}

	private static Bm04Tally withLongTimes(int pairs) {
		Bm04Tally tally = counting();
		for (int i = 0; i < pairs; i++) {
			add(tally, "CQ-" + i, "P-1", RECEIVED.plusDays(5), RECEIVED.plusDays(DayCounts.MAX_DAYS),
					DayCounts.MAX_DAYS, null);
		}
		tally.finish();
		return tally;
	}

	private static Bm04Tally counting() {
		Bm04Tally tally = new Bm04Tally(PERIOD_END_NEXT);
		tally.start(true);
		return tally;
	}

	private static void add(Bm04Tally tally, String agency, String procedure, LocalDateTime due,
			LocalDateTime completed, Integer calendarDays, Integer workingDays) {
		tally.add(new Bm04Row(1, "HS", procedure, agency, RECEIVED, due, completed, null), calendarDays, workingDays);
	}

	private static Map<String, Bm04Tally.Pair> pairs(Bm04Tally tally) {
		Map<String, Bm04Tally.Pair> pairs = new HashMap<>();
		tally.forEachPair((agency, procedure, pair) -> pairs.put(agency + "/" + procedure, pair));
		return pairs;
	}

}

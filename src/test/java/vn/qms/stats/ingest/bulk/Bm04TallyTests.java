package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ordinary", "long times past the slots", "a time past the days kept",
			"pairs past the bound", "a restart" })
	void countsABlockAsOneByOne(String log) {
		// given the same rows counted one by one and in blocks of mixed sizes (a small
		// one
		// after a large one reuses the arrays)
		List<Object[]> rows = rows(log);
		Bm04Tally oneByOne = new Bm04Tally(PERIOD_END_NEXT);
		Bm04Tally byBlock = new Bm04Tally(PERIOD_END_NEXT);
		boolean restart = log.equals("a restart");
		oneByOne.start(!restart);
		byBlock.start(!restart);
		// when
		for (Object[] row : rows) {
			oneByOne.add((Bm04Row) row[0], (Integer) row[1], (Integer) row[2]);
		}
		int[] sizes = { 1000, 1, 7, 1500, 3, 250 };
		for (int from = 0, block = 0; from < rows.size(); block++) {
			List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + sizes[block % sizes.length]));
			Integer[] calendar = new Integer[part.size()];
			Integer[] working = new Integer[part.size()];
			for (int i = 0; i < part.size(); i++) {
				calendar[i] = (Integer) part.get(i)[1];
				working[i] = (Integer) part.get(i)[2];
			}
			byBlock.addAll(part.stream().map((row) -> (Bm04Row) row[0]).toList(), calendar, working);
			from += part.size();
		}
		oneByOne.finish();
		byBlock.finish();
		// then
		assertThat(byBlock.complete()).isEqualTo(oneByOne.complete());
		assertThat(byBlock.staged()).isEqualTo(oneByOne.staged());
		assertThat(byBlock.outsideCalendar()).isEqualTo(oneByOne.outsideCalendar()).isPositive();
		assertThat(byBlock.firstOutsideCalendar()).isEqualTo(oneByOne.firstOutsideCalendar());
		assertThat(counts(byBlock)).isEqualTo(counts(oneByOne));
		assertThat(days(byBlock)).isEqualTo(days(oneByOne));
		assertThat(oneByOne.complete()).isEqualTo(log.equals("ordinary"));
	}

	/** Rows of a log: the row, its calendar days and its working days. */
	private static List<Object[]> rows(String log) {
		Random random = new Random(log.hashCode());
		List<Object[]> rows = new ArrayList<>();
		int count = log.equals("pairs past the bound") ? Bm04Tally.MAX_PAIRS + 2_000 : 20_000;
		for (int i = 0; i < count; i++) {
			boolean unique = log.equals("pairs past the bound") || (log.startsWith("long") && i > 15_000);
			String agency = unique ? "CQ-" + i : "CQ-" + random.nextInt(50);
			String procedure = unique ? "P" : "P-" + random.nextInt(40);
			int calendar = (log.startsWith("long") && i > 15_000) ? DayCounts.MAX_DAYS : random.nextInt(60);
			if (log.equals("a time past the days kept") && i == 12_345) {
				calendar = DayCounts.MAX_DAYS + 1;
			}
			boolean completed = random.nextInt(5) > 0;
			// a completed dossier outside the calendar's years: no working days
			Integer working = (!completed || i % 997 == 0) ? null : calendar * 5 / 7;
			LocalDateTime received = RECEIVED.plusHours(random.nextInt(24 * 120));
			LocalDateTime due = received.plusDays(random.nextInt(30));
			LocalDateTime done = completed ? received.plusDays(calendar) : null;
			rows.add(new Object[] { new Bm04Row(i + 10, "HS-" + i, procedure, agency, received, due, done, null),
					completed ? calendar : null, working });
		}
		return rows;
	}

	private static Map<String, List<Object>> counts(Bm04Tally tally) {
		Map<String, List<Object>> counts = new HashMap<>();
		tally.forEachPair((agency, procedure, pair) -> counts.put(agency + "/" + procedure,
				List.of(pair.received, pair.onTime, pair.overdue, pair.calendar.dossiers(),
						String.valueOf(pair.calendar.sum()), String.valueOf(pair.calendar.median()),
						pair.working.dossiers(), String.valueOf(pair.working.sum()),
						String.valueOf(pair.working.median()))));
		return counts;
	}

	private static List<String> days(Bm04Tally tally) {
		List<String> days = new ArrayList<>();
		tally.forEachDays((calendar, working, dossiers) -> days.add(calendar + "/" + working + "=" + dossiers));
		return days;
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

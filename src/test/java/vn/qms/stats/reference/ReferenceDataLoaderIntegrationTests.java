package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataLoaderIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLoadTheReferenceUnitsAndSuccessionAtStart(String kind) {
		// given
		try (TestDatabase database = TestDatabase.of(kind)) {
			// when
			ConfigurableApplicationContext context = database.start();
			// then
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "ref_unit")).isEqualTo(context.getBean(ReferenceUnits.class).all().size());
			assertThat(count(jdbc, "ref_succession")).isEqualTo(context.getBean(Succession.class).links().size());
			assertThat(jdbc.queryForObject(
					"select name_vi from ref_unit where code = '91' and valid_from = ? and valid_to is null",
					String.class, LocalDate.of(2025, 7, 1)))
				.isEqualTo("An Giang");
			assertThat(jdbc.queryForObject(
					"select count(*) from ref_succession where old_code = 'BLDTBXH' and kind = 'SPLIT'", Integer.class))
				.isEqualTo(3);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLeaveOneCopyWhenASecondProcessStartsOnTheSameDatabase(String kind) {
		// given
		try (TestDatabase database = TestDatabase.of(kind)) {
			ConfigurableApplicationContext first = database.start();
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			Object loadedAt = jdbc.queryForObject("select loaded_at from ref_load", Object.class);
			// when
			ConfigurableApplicationContext second = database.start();
			// then
			assertThat(second.getBean(ReferenceDataLoader.class).load())
				.isEqualTo(ReferenceDataLoader.Outcome.UNCHANGED);
			assertThat(count(jdbc, "ref_unit")).isEqualTo(first.getBean(ReferenceUnits.class).all().size());
			assertThat(jdbc.queryForObject("select loaded_at from ref_load", Object.class)).isEqualTo(loadedAt);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLoadOnceWhenTwoLoadersRaceOnOneDatabase(String kind) throws Exception {
		// given: a database whose loaded set is unknown, and two loaders (as two
		// processes)
		try (TestDatabase database = TestDatabase.of(kind)) {
			ConfigurableApplicationContext first = database.start();
			ConfigurableApplicationContext second = database.start();
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			jdbc.update("update ref_load set checksum = 'an older reference set'");
			List<ReferenceDataLoader> loaders = List.of(first.getBean(ReferenceDataLoader.class),
					second.getBean(ReferenceDataLoader.class));
			// when
			List<ReferenceDataLoader.Outcome> outcomes = raceAll(loaders);
			// then
			assertThat(outcomes).containsExactlyInAnyOrder(ReferenceDataLoader.Outcome.LOADED,
					ReferenceDataLoader.Outcome.UNCHANGED);
			assertThat(count(jdbc, "ref_unit")).isEqualTo(first.getBean(ReferenceUnits.class).all().size());
			assertThat(count(jdbc, "ref_succession")).isEqualTo(first.getBean(Succession.class).links().size());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReplaceRowsLeftByADifferentReferenceSet(String kind) {
		// given: rows of another version of the reference data
		try (TestDatabase database = TestDatabase.of(kind)) {
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			jdbc.update("update ref_unit set name_vi = 'Tên cũ' where code = '91'");
			jdbc.update("update ref_load set checksum = 'another version'");
			// when
			ReferenceDataLoader.Outcome outcome = context.getBean(ReferenceDataLoader.class).load();
			// then
			assertThat(outcome).isEqualTo(ReferenceDataLoader.Outcome.LOADED);
			assertThat(jdbc.queryForList("select name_vi from ref_unit where code = '91' order by valid_from",
					String.class))
				.containsExactly("Kiên Giang", "An Giang");
		}
	}

	private static List<ReferenceDataLoader.Outcome> raceAll(List<ReferenceDataLoader> loaders) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(loaders.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<ReferenceDataLoader.Outcome>> runs = loaders.stream()
				.map((loader) -> CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return loader.load();
				}, executor))
				.toList();
			start.countDown();
			return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new))
				.thenApply((done) -> runs.stream().map(CompletableFuture::join).toList())
				.get(60, TimeUnit.SECONDS);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}

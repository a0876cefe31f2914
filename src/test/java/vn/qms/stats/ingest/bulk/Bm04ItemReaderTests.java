package vn.qms.stats.ingest.bulk;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.bench.Bm04Generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The reader's own thread streams the workbook ahead of the step: however slowly the step
 * takes the blocks, it gets every row and then the end, never waits forever.
 */
class Bm04ItemReaderTests {

	@TempDir
	Path folder;

	@Test
	void shouldHandEveryRowAndTheEndToASlowStep() throws Exception {
		Path file = new Bm04Generator(12_500, 0.0, 2, 3, 1).write(this.folder.resolve("bm04.xlsx"));
		Bm04Staging staging = new Bm04Staging(new DriverManagerDataSource("jdbc:h2:mem:reader"), 1, "BM04",
				new Bm04Days(vn.qms.stats.reference.calendar.WorkingCalendar.standard()), new Bm04Tally(null));
		Bm04ItemReader reader = Bm04ItemReader.builder().name("r").file(file).staging(staging).build();
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		try {
			long rows = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
				long read = 0;
				Bm04Block block;
				// a step slower than the reader: the queue is full when the sheet ends
				while ((block = reader.read()) != null) {
					Thread.sleep(20);
					read += block.size();
				}
				return read;
			});
			assertThat(rows).isEqualTo(12_500);
			reader.update(context);
			assertThat(context.getLong("r.read.count")).isEqualTo(12_500);
		}
		finally {
			reader.close();
		}
	}

}

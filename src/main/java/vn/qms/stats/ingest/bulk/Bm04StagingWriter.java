package vn.qms.stats.ingest.bulk;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of BM04 items: the dossiers to staging, the problems of bad rows to
 * {@code bm04_problem}; both in the chunk's transaction, so a restart finds exactly the
 * committed chunks.
 */
public final class Bm04StagingWriter implements ItemWriter<Bm04Item> {

	private final Bm04Staging staging;

	public Bm04StagingWriter(Bm04Staging staging) {
		this.staging = staging;
	}

	@Override
	public void write(Chunk<? extends Bm04Item> chunk) throws Exception {
		List<Bm04Row> rows = new ArrayList<>(chunk.size());
		List<RowProblem> problems = new ArrayList<>();
		for (Bm04Item item : chunk) {
			if (item.isGood()) {
				rows.add(item.row());
			}
			else {
				problems.addAll(item.problems());
			}
		}
		this.staging.load(rows);
		this.staging.problems(problems);
	}

}

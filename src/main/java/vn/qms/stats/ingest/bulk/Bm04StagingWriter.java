package vn.qms.stats.ingest.bulk;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of BM04 blocks: the dossiers to staging, the problems of bad rows to
 * {@code bm04_problem}; both in the chunk's transaction, so a restart finds exactly the
 * committed chunks.
 * <p>
 * Not final: a step-scoped bean of this class is proxied by subclassing.
 */
public class Bm04StagingWriter implements ItemWriter<Bm04Block> {

	private final Bm04Staging staging;

	public Bm04StagingWriter(Bm04Staging staging) {
		this.staging = staging;
	}

	@Override
	public void write(Chunk<? extends Bm04Block> chunk) throws Exception {
		List<RowProblem> problems = new ArrayList<>();
		chunk.forEach((block) -> problems.addAll(block.problems()));
		this.staging.load(chunk.getItems());
		this.staging.problems(problems);
	}

}

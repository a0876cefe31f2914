package vn.qms.stats.ingest.bulk;

import java.util.List;

/**
 * One item of the {@code loadBm04} step: a run of consecutive data rows of a BM04 sheet,
 * read and checked. Handing out rows by the block keeps the step's own cost per row near
 * zero; a chunk is a few blocks.
 *
 * @param rows the valid dossiers of the block, as objects (H2); on PostgreSQL none: they
 * are streamed into the chunk's COPY as they are checked
 * @param problems the problems of its bad rows (a bad row is recorded, never thrown)
 * @param size the data rows the block covers, good and bad
 */
public record Bm04Block(List<Bm04Row> rows, List<RowProblem> problems, int size) {

}

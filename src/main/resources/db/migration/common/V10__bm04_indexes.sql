-- Every BM04 figure reads the rows of one submission: the (submission_id, ...) indexes serve
-- them. A table-wide index on received_at served no query and cost a third of the swap of a
-- million-row log (docs/benchmarks.md).
drop index bm04_row_received;

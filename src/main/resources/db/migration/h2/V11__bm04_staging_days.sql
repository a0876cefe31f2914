-- H2: staged BM04 rows carry their day counts (computed at load, see Bm04Days), as on
-- PostgreSQL, where V11 partitions bm04_row instead.
alter table bm04_staging add column calendar_days integer;
alter table bm04_staging add column working_days integer;

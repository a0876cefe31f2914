-- The rows of one ingestJob instance's staged BM04 log whose dossier code their agency used
-- on an earlier row, found once by the swap (Bm04Swap) and then counted, listed (at most
-- Bm04Swap.MAX_LISTED) and kept out of the submission from here, so that a log made of
-- duplicates costs no memory.
create table bm04_duplicate (
	job_instance_id bigint not null,
	row_no integer not null,
	dossier_code varchar(100) not null,
	first_row integer not null,
	-- PostgreSQL: where the row is in the staging table (its ctid), to delete it without a scan
	row_ctid varchar(32)
);
create index bm04_duplicate_job on bm04_duplicate (job_instance_id, row_no);

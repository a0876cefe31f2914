-- PostgreSQL: bm04_row becomes list-partitioned by submission, one partition per submission
-- (bm04_row_<id>), without indexes. A dossier log of millions of rows is loaded by COPY into a
-- staging table shaped as a partition and swapped in by ATTACH PARTITION (no copy, no scan: a
-- check constraint proves the submission id), and every figure reads one submission's
-- partition in full, for which a sequential scan is the fastest plan. H2 keeps the single
-- indexed table of V4.
--
-- No foreign key to submission: a partition is created or attached in the transaction that
-- inserts its submission row and carries a check constraint on its id; validating a foreign
-- key would scan every attached log.
alter table bm04_row rename to bm04_row_v4;

create table bm04_row (
	submission_id bigint not null,
	sheet varchar(100) not null,
	row_no integer not null,
	dossier_code varchar(100) not null,
	procedure_code varchar(32) not null,
	agency_code varchar(64) not null,
	received_at timestamp not null,
	due_at timestamp not null,
	-- null while pending
	completed_at timestamp,
	-- IN_PERSON, ONLINE or POSTAL
	channel varchar(16),
	-- whole days from the day received to the day completed; null while pending
	calendar_days integer,
	working_days integer
) partition by list (submission_id);

do $$
declare
	id bigint;
begin
	for id in select distinct submission_id from bm04_row_v4 loop
		execute format('create table bm04_row_%s partition of bm04_row for values in (%s)', id, id);
	end loop;
end $$;

insert into bm04_row (submission_id, sheet, row_no, dossier_code, procedure_code, agency_code, received_at, due_at,
	completed_at, channel, calendar_days, working_days)
select submission_id, sheet, row_no, dossier_code, procedure_code, agency_code, received_at, due_at, completed_at,
	channel, calendar_days, working_days
from bm04_row_v4;

drop table bm04_row_v4;

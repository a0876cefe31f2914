-- BM01, BM03 and BM04 rows, one table per form; column names are the column keys of the
-- form (vn.qms.stats.ingest.form.Forms). Enumerations are stored as stable codes, never as
-- the label the sender wrote. Valid on H2 (MODE=PostgreSQL) and PostgreSQL.

-- BM01: one agency's QMS status at the period end.
create table bm01_row (
	submission_id bigint not null references submission (id),
	sheet varchar(100) not null,
	row_no integer not null,
	agency_code varchar(64) not null,
	agency_name varchar(500) not null,
	-- MINISTRY, GOVERNMENT_AGENCY, GENERAL_DEPARTMENT, PROVINCIAL_PC, DEPARTMENT, SUB_DEPARTMENT,
	-- DISTRICT_PC, COMMUNE_PC, PUBLIC_SERVICE_UNIT, OTHER
	agency_type varchar(32) not null,
	parent_code varchar(64),
	-- MANDATORY or ENCOURAGED
	obligation varchar(16) not null,
	-- NOT_STARTED, BUILDING, APPLIED or ANNOUNCED
	status varchar(16) not null,
	-- 2000, 2008 or 2015
	standard_version varchar(8),
	announced_on date,
	tthc_total integer not null,
	tthc_with_process integer not null,
	tthc_process_count integer,
	support_process_count integer,
	docs_complete boolean,
	internal_audit_done boolean,
	management_review_done boolean,
	nc_found integer,
	nc_closed integer,
	e_iso boolean,
	note varchar(2000)
);
-- the rates of metrics.md count rows of a submission by obligation, status, type and version
create index bm01_row_submission on bm01_row (submission_id, obligation, status);
create index bm01_row_agency on bm01_row (submission_id, agency_code);
create index bm01_row_parent on bm01_row (submission_id, parent_code);

-- BM03: one administrative procedure at one agency, with its processing times.
create table bm03_row (
	submission_id bigint not null references submission (id),
	sheet varchar(100) not null,
	row_no integer not null,
	procedure_code varchar(32) not null,
	procedure_name varchar(1000) not null,
	field varchar(500),
	agency_code varchar(64) not null,
	statutory_days numeric(9, 2) not null,
	-- actual_days and reduced_days: one may be left empty in the sheet, the other is then
	-- derived (statutory - actual = reduced) and stored
	actual_days numeric(9, 2),
	reduced_days numeric(9, 2),
	has_iso_process boolean,
	dossiers_received integer,
	dossiers_on_time integer,
	dossiers_late integer
);
create index bm03_row_submission on bm03_row (submission_id, agency_code, procedure_code);

-- BM04: one dossier received by an agency (large: up to millions of rows per submission).
create table bm04_row (
	submission_id bigint not null references submission (id),
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
	channel varchar(16)
);
-- on_time_rate and processing_days per procedure and agency; pending_overdue by due date
create index bm04_row_submission on bm04_row (submission_id, agency_code, procedure_code);
create index bm04_row_received on bm04_row (received_at);
create index bm04_row_due on bm04_row (submission_id, due_at);

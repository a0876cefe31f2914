-- Working-day calendar: one row per day, loaded from config/calendar/holidays.csv at start.
-- The working days after day D up to and including day E are rank(E) - rank(D).
create table work_calendar (
	cal_date date not null primary key,
	working boolean not null,
	-- working days from an arbitrary origin up to and including this day
	working_rank integer not null,
	-- HOLIDAY, COMPENSATORY, SWAPPED_OFF or SWAPPED_WORK for days listed in holidays.csv
	kind varchar(16),
	name_vi varchar(200),
	name_en varchar(200)
);

-- The holidays.csv now in work_calendar (one row, locked by every loader).
create table work_calendar_load (
	id integer not null primary key,
	checksum varchar(64),
	loaded_at timestamp
);
insert into work_calendar_load (id) values (1);

-- BM04 on the streaming path: the rows of one ingestJob instance (kept across restarts) before they are swapped
-- in as a submission (H2; PostgreSQL loads a table of its own per instance, see Bm04Staging).
create table bm04_staging (
	job_instance_id bigint not null,
	sheet varchar(100) not null,
	row_no integer not null,
	dossier_code varchar(100) not null,
	procedure_code varchar(32) not null,
	agency_code varchar(64) not null,
	received_at timestamp not null,
	due_at timestamp not null,
	completed_at timestamp,
	channel varchar(16)
);
create index bm04_staging_job on bm04_staging (job_instance_id);

-- The problems of the rows of one execution, written as they are found (a bad row is
-- recorded, never thrown), so that a restart keeps those of the chunks already committed.
create table bm04_problem (
	job_instance_id bigint not null,
	sheet varchar(100),
	row_no integer,
	column_no integer,
	header varchar(200),
	cell_value varchar(500),
	message_key varchar(100) not null,
	arguments varchar(1000)
);
create index bm04_problem_job on bm04_problem (job_instance_id, row_no);

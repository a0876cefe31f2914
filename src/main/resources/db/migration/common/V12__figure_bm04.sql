-- Scratch rows of one figure computation (see V5), for the BM04 dossier logs of the scope's covered
-- units. Each log is read once per computation, by one statement per submission (see
-- metrics/bm04_groups.sql), and every BM04 figure then reads these small rows; they are rolled back
-- with the rest of the computation.

-- One covered unit's log per agency and procedure.
create table figure_bm04_group (
	scope_id varchar(36) not null,
	data_code varchar(64) not null,
	agency_code varchar(64) not null,
	procedure_code varchar(32) not null,
	-- dossiers received before the period end
	received bigint not null,
	-- dossiers completed, and of them those completed by their due date
	completed bigint not null,
	on_time bigint not null,
	-- calendar days from received to completed: sum and median over the completed dossiers
	calendar_days bigint,
	calendar_median numeric(20, 6),
	-- working days: count, sum and median over the completed dossiers whose working days are known
	working_count bigint not null,
	working_days bigint,
	working_median numeric(20, 6),
	-- received and due before the period end, not completed by then
	pending_overdue bigint not null
);
create index figure_bm04_group_scope on figure_bm04_group (scope_id, data_code);

-- Completed dossiers counted by their calendar and working days: per covered unit's log
-- (agency_code and procedure_code null), and per agency and procedure where several logs of the scope
-- have completed dossiers of the same one. Exact medians of coarser groups are read from these.
create table figure_bm04_days (
	scope_id varchar(36) not null,
	data_code varchar(64) not null,
	agency_code varchar(64),
	procedure_code varchar(32),
	calendar_days integer,
	working_days integer,
	dossiers bigint not null
);
create index figure_bm04_days_scope on figure_bm04_days (scope_id, data_code);

-- The dossiers pending past their due date at the period end, at most the listed number per log,
-- oldest due first.
create table figure_bm04_overdue (
	scope_id varchar(36) not null,
	data_code varchar(64) not null,
	agency_code varchar(64) not null,
	procedure_code varchar(32) not null,
	dossier_code varchar(100) not null,
	received_at timestamp not null,
	due_at timestamp not null
);
create index figure_bm04_overdue_scope on figure_bm04_overdue (scope_id);

-- A BM04 dossier log never changes once stored (a correction is a new submission), so what the
-- figures need of it is computed once and kept (Bm04Scratch): per agency and procedure for a period
-- end (its pending_overdue depends on the period end of the scope asking), and its completed
-- dossiers by day count. A figure computation then copies these small rows instead of reading
-- millions of dossiers again.

-- One summary per log and period end; its row is inserted in the transaction that writes the
-- summary, so that two processes never write it twice (the second waits, then finds it).
create table bm04_log_summary (
	submission_id bigint not null,
	period_end_next timestamp not null,
	computed_at timestamp not null,
	primary key (submission_id, period_end_next)
);

-- As figure_bm04_group (V12), per log and period end.
create table bm04_log_group (
	submission_id bigint not null,
	period_end_next timestamp not null,
	agency_code varchar(64) not null,
	procedure_code varchar(32) not null,
	received bigint not null,
	completed bigint not null,
	on_time bigint not null,
	calendar_days bigint,
	calendar_median numeric(20, 6),
	working_count bigint not null,
	working_days bigint,
	working_median numeric(20, 6),
	pending_overdue bigint not null
);
create index bm04_log_group_log on bm04_log_group (submission_id, period_end_next);

-- As figure_bm04_days (V12) for a whole log (agency_code and procedure_code null), per log and
-- period end.
create table bm04_log_days (
	submission_id bigint not null,
	period_end_next timestamp not null,
	agency_code varchar(64),
	procedure_code varchar(32),
	calendar_days integer,
	working_days integer,
	dossiers bigint not null
);
create index bm04_log_days_log on bm04_log_days (submission_id, period_end_next);

-- Scratch rows of one figure computation (one scope: a unit, a period, restated or not).
-- FigureService writes them and reads them in one transaction that it then rolls back, so
-- they never outlive the computation and concurrent computations (different scope_id)
-- never see each other's. They exist so that the choice of source per unit (detail beats
-- summary) is made once per scope, set-based, and every figure then reads a small table.

-- The units the scope covers (see metrics/scope_rows.sql for the meaning of each column).
create table figure_scope_unit (
	scope_id varchar(36) not null,
	data_code varchar(64) not null,
	grain varchar(64) not null,
	branch varchar(16) not null,
	period varchar(16) not null,
	expected integer not null,
	primary key (scope_id, data_code)
);

-- Each covered unit's counts from exactly one source (BM01 rows summed, or one BM02 row).
create table figure_unit_row (
	scope_id varchar(36) not null,
	data_code varchar(64) not null,
	sub_unit varchar(64) not null,
	sub_unit_name varchar(500),
	source varchar(8) not null,
	mandatory_total bigint,
	mandatory_announced bigint,
	encouraged_total bigint,
	encouraged_announced bigint,
	commune_total bigint,
	commune_announced bigint,
	tthc_total bigint,
	tthc_with_process bigint,
	tthc_process_count bigint,
	support_process_count bigint,
	process_total bigint,
	announced_total bigint,
	version_2015_count bigint,
	active_total bigint,
	internal_audit_count bigint,
	management_review_count bigint,
	docs_complete_count bigint,
	nc_found bigint,
	nc_closed bigint,
	e_iso_count bigint
);
create index figure_unit_row_scope on figure_unit_row (scope_id, data_code);

-- Current submissions are looked up by reporting unit and period for every covered unit.
create index submission_current_unit on submission_current (reporting_unit, period);
-- BM02 rows about a unit in another unit's summary (the national compilation).
create index bm02_row_unit on bm02_row (unit_code, submission_id);

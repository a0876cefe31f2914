-- The rows every figure of a scope is computed from, as common table expressions (the
-- figure queries add their select). Parameters:
--   :scope_id   the scope, whose covered units and chosen counts are in figure_scope_unit and
--               figure_unit_row (written by scope_rows.sql)
--   :by_branch  1: groups 'all' plus each branch; 0: one group per grain
--   :sub_units  1 (with :by_branch 0): one group per row of a unit's own BM02 (its districts)
--   :period_end_next  the first instant after the period (BM04 due dates)
unit_map as (
	select data_code, grain, branch, period, expected from figure_scope_unit where scope_id = :scope_id
),
grp_map as (
	select data_code, grain, 'all' as grp from unit_map where :by_branch = 1
	union all
	select data_code, grain, branch from unit_map where :by_branch = 1
	union all
	select data_code, grain, grain from unit_map where :by_branch = 0
),
-- each covered unit's own current submissions for its period
current_sub as (
	select c.form, c.reporting_unit as data_code, c.submission_id
	from unit_map m
	join submission_current c on c.reporting_unit = m.data_code and c.period = m.period
),
data_rows as (
	select data_code, sub_unit, sub_unit_name, source, mandatory_total, mandatory_announced, encouraged_total,
		encouraged_announced, commune_total, commune_announced, tthc_total, tthc_with_process, tthc_process_count,
		support_process_count, process_total, announced_total, version_2015_count, active_total,
		internal_audit_count, management_review_count, docs_complete_count, nc_found, nc_closed, e_iso_count
	from figure_unit_row
	where scope_id = :scope_id
),
unit_rows as (
	select case when :sub_units = 1 then d.sub_unit else g.grp end as grp, g.grain, d.*
	from data_rows d
	join grp_map g on g.data_code = d.data_code
),
-- BM03 and BM04 rows of the covered units' own submissions
bm03_rows as (
	select g.grp, g.grain, s.data_code, r.*
	from current_sub s
	join bm03_row r on r.submission_id = s.submission_id
	join grp_map g on g.data_code = s.data_code
	where s.form = 'BM03'
),
bm04_rows as (
	select g.grp, g.grain, s.data_code, r.*
	from current_sub s
	join bm04_row r on r.submission_id = s.submission_id
	join grp_map g on g.data_code = s.data_code
	where s.form = 'BM04'
),
-- units with data for their period: an own submission of any form, or a row in another's BM02
reported as (
	select data_code from current_sub
	union
	select data_code from data_rows
)

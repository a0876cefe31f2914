-- The rows every figure of a scope is computed from, as common table expressions (the
-- figure queries add their select). Parameters:
--   :scope_id   the scope, whose covered units and chosen counts are in figure_scope_unit and
--               figure_unit_row (written by scope_rows.sql), its BM04 logs' aggregates in
--               figure_bm04_group and figure_bm04_days (bm04_groups.sql, bm04_days.sql)
--   :by_branch  1: groups 'all' plus each branch; 0: one group per grain
--   :sub_units  1 (with :by_branch 0): one group per row of a unit's own BM02 (its districts)
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
-- BM03 rows of the covered units' own submissions
bm03_rows as (
	select g.grp, g.grain, s.data_code, r.*
	from current_sub s
	join bm03_row r on r.submission_id = s.submission_id
	join grp_map g on g.data_code = s.data_code
	where s.form = 'BM03'
),
-- BM04 dossier logs of the covered units, read once per scope into figure_bm04_group and
-- figure_bm04_days (see Bm04Scratch): per agency and procedure of each log
bm04_groups as (
	select g.grp, b.data_code, b.agency_code, b.procedure_code, b.received, b.completed, b.on_time, b.calendar_days,
		b.calendar_median, b.working_count, b.working_days, b.working_median, b.pending_overdue
	from figure_bm04_group b
	join grp_map g on g.data_code = b.data_code
	where b.scope_id = :scope_id
),
-- per agency and procedure over the whole scope; logs: how many logs have completed dossiers of it
bm04_pairs as (
	select agency_code, procedure_code, sum(completed) as completed, sum(calendar_days) as calendar_days,
		max(calendar_median) as calendar_median, sum(working_count) as working_count,
		sum(working_days) as working_days, max(working_median) as working_median,
		sum(case when completed > 0 then 1 else 0 end) as logs
	from bm04_groups
	where grp = 'all'
	group by agency_code, procedure_code
),
-- completed dossiers by day count ('calendar' or 'working' days): each group's logs (agency_code
-- null), and the agencies and procedures that several logs have
bm04_days as (
	select g.grp, d.agency_code, d.procedure_code, 'calendar' as measure, d.calendar_days as days,
		sum(d.dossiers) as dossiers
	from figure_bm04_days d
	join grp_map g on g.data_code = d.data_code
	where d.scope_id = :scope_id
	group by g.grp, d.agency_code, d.procedure_code, d.calendar_days
	union all
	select g.grp, d.agency_code, d.procedure_code, 'working', d.working_days, sum(d.dossiers)
	from figure_bm04_days d
	join grp_map g on g.data_code = d.data_code
	where d.scope_id = :scope_id and d.working_days is not null
	group by g.grp, d.agency_code, d.procedure_code, d.working_days
),
-- the exact median of those day counts, as percentile_cont(0.5): the middle value of an odd count,
-- the mean of the two middle values of an even count
bm04_median as (
	select grp, agency_code, procedure_code, measure,
		cast(min(case when below >= (total + 1) / 2 then days end)
			+ min(case when below >= total / 2 + 1 then days end) as decimal(20, 6)) / 2 as median
	from (
		select grp, agency_code, procedure_code, measure, days,
			cast(sum(dossiers) over (partition by grp, agency_code, procedure_code, measure order by days)
				as bigint) as below,
			cast(sum(dossiers) over (partition by grp, agency_code, procedure_code, measure) as bigint) as total
		from bm04_days
	) c
	group by grp, agency_code, procedure_code, measure
),
-- units with data for their period: an own submission of any form, or a row in another's BM02
reported as (
	select data_code from current_sub
	union
	select data_code from data_rows
)

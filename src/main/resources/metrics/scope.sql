-- The rows every figure of a scope is computed from, as common table expressions (the
-- figure queries add their select). Parameters:
--   :scope_id   the scope, whose covered units and chosen counts are in figure_scope_unit and
--               figure_unit_row (written by scope_rows.sql)
--   :period_end_next  the end of the scope's period (exclusive), for which the BM04 logs' kept
--               summaries are read
--   :by_branch  1: groups 'all' plus each branch; 0: one group per grain
--   :sub_units  1 (with :by_branch 0): one group per row of a unit's own BM02 (its districts)
unit_map as (
	select data_code, grain, branch, period, expected from figure_scope_unit where scope_id = :scope_id
),
-- each covered unit's groups: 'all' and its branch, or its grain; one select (not a union of
-- three), so that H2 finds a unit's groups through the key of figure_scope_unit
grp_map as (
	select m.data_code, m.grain, case k.n when 1 then 'all' when 2 then m.branch else m.grain end as grp
	from unit_map m
	join (values (1), (2), (3)) k(n) on (k.n < 3 and :by_branch = 1) or (k.n = 3 and :by_branch = 0)
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
-- BM04 dossier logs of the covered units, read where their summaries are kept (bm04_log_summary,
-- bm04_log_group, bm04_log_days for the scope's period end; Bm04Scratch makes sure they exist): each
-- log's totals
bm04_logs as (
	select s.data_code, s.submission_id
	from current_sub s
	where s.form = 'BM04'
),
bm04_totals as (
	select g.grp, l.data_code, t.received, t.completed, t.on_time, t.calendar_days, t.working_count,
		t.working_days, t.pending_overdue
	from bm04_logs l
	join bm04_log_summary t on t.submission_id = l.submission_id and t.period_end_next = :period_end_next
	join grp_map g on g.data_code = l.data_code
),
-- per agency and procedure over the whole scope; logs: how many logs have completed dossiers of it.
-- {C}: grouped by the codes' bytes on PostgreSQL (FigureQueries), not by the database's locale, which
-- sorts a province's hundreds of thousands of them several times slower
bm04_pairs as (
	select b.agency_code{C} as agency_code, b.procedure_code{C} as procedure_code, sum(b.completed) as completed, sum(b.calendar_days) as calendar_days,
		max(b.calendar_median) as calendar_median, sum(b.working_count) as working_count,
		sum(b.working_days) as working_days, max(b.working_median) as working_median,
		sum(case when b.completed > 0 then 1 else 0 end) as logs
	from bm04_logs l
	join bm04_log_group b on b.submission_id = l.submission_id and b.period_end_next = :period_end_next
	group by b.agency_code{C}, b.procedure_code{C}
),
-- completed dossiers by day count ('calendar' or 'working' days): each group's logs (agency_code
-- null, kept with the logs' summaries), and the agencies and procedures that several logs have (in
-- figure_bm04_days, written per scope by Bm04Scratch)
bm04_day_rows as (
	select l.data_code, d.agency_code, d.procedure_code, d.calendar_days, d.working_days, d.dossiers
	from bm04_logs l
	join bm04_log_days d on d.submission_id = l.submission_id and d.period_end_next = :period_end_next
	union all
	select data_code, agency_code, procedure_code, calendar_days, working_days, dossiers
	from figure_bm04_days
	where scope_id = :scope_id
),
bm04_days as (
	select g.grp, d.agency_code, d.procedure_code, 'calendar' as measure, d.calendar_days as days,
		sum(d.dossiers) as dossiers
	from bm04_day_rows d
	join grp_map g on g.data_code = d.data_code
	group by g.grp, d.agency_code, d.procedure_code, d.calendar_days
	union all
	select g.grp, d.agency_code, d.procedure_code, 'working', d.working_days, sum(d.dossiers)
	from bm04_day_rows d
	join grp_map g on g.data_code = d.data_code
	where d.working_days is not null
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

-- The source of each covered unit's counts, chosen once per scope and written to
-- figure_unit_row (see ScopeSql). Parameters: :scope_id; the covered units are in
-- figure_scope_unit: data_code is a unit as submissions name it in its period; grain is the unit
-- its counts are shown under (today's successor when restating); branch is ministries, provinces
-- or other; period is the scope's period, or an earlier one when carried forward; expected is 1
-- if the unit had to report for the period.
insert into figure_unit_row (scope_id, data_code, sub_unit, sub_unit_name, source, mandatory_total,
	mandatory_announced, encouraged_total, encouraged_announced, commune_total, commune_announced, tthc_total,
	tthc_with_process, tthc_process_count, support_process_count, process_total, announced_total,
	version_2015_count, active_total, internal_audit_count, management_review_count, docs_complete_count,
	nc_found, nc_closed, e_iso_count)
with unit_map as (
	select data_code, grain, branch, period, expected from figure_scope_unit where scope_id = :scope_id
),
-- each covered unit's own current submissions for its period
current_sub as (
	select c.form, c.reporting_unit as data_code, c.submission_id
	from unit_map m
	join submission_current c on c.reporting_unit = m.data_code and c.period = m.period
),
-- a unit's own BM02, if it sent no BM01 (detail beats summary: a unit with BM01 rows is counted
-- from them, never from a BM02 row): its row about itself if it has one, else all its rows
-- (districts). The covered units are unique per scope, so each test reads the unit's own period.
own_bm02 as (
	select m.data_code, b.*
	from unit_map m
	join submission_current s on s.reporting_unit = m.data_code and s.period = m.period and s.form = 'BM02'
	join bm02_row b on b.submission_id = s.submission_id
	where not exists (
			select 1 from submission_current d
			where d.reporting_unit = m.data_code and d.period = m.period and d.form = 'BM01')
		and (b.unit_code = m.data_code or not exists (
			select 1 from bm02_row o where o.submission_id = s.submission_id and o.unit_code = m.data_code))
),
-- a row about the unit in another unit's BM02 (the national compilation), where the unit sent
-- neither BM01 nor BM02 itself; the latest such submission if several (rank 1: all its rows about
-- the unit). Written with not exists and a window, not with a subquery per unit, which H2 ran again
-- for each covered unit (about 0.1 s of a cold `figures`).
other_bm02 as (
	select * from (
		select m.data_code, b.*, rank() over (partition by m.data_code order by c.submission_id desc) as latest
		from unit_map m
		join submission_current c on c.period = m.period and c.form = 'BM02' and c.reporting_unit <> m.data_code
		join bm02_row b on b.submission_id = c.submission_id and b.unit_code = m.data_code
		where not exists (
			select 1 from submission_current o
			where o.reporting_unit = m.data_code and o.period = m.period and o.form in ('BM01', 'BM02'))
	) ranked
	where latest = 1
),
-- the counts of each covered unit from exactly one source; BM01-only counts are null for BM02
data_rows as (
	select s.data_code, s.data_code as sub_unit, cast(null as varchar(200)) as sub_unit_name, 'BM01' as source,
		sum(case when r.obligation = 'MANDATORY' then 1 else 0 end) as mandatory_total,
		sum(case when r.obligation = 'MANDATORY' and r.status = 'ANNOUNCED' then 1 else 0 end) as mandatory_announced,
		sum(case when r.obligation = 'ENCOURAGED' and r.agency_type <> 'COMMUNE_PC' then 1 else 0 end) as encouraged_total,
		sum(case when r.obligation = 'ENCOURAGED' and r.agency_type <> 'COMMUNE_PC' and r.status = 'ANNOUNCED'
			then 1 else 0 end) as encouraged_announced,
		sum(case when r.agency_type = 'COMMUNE_PC' then 1 else 0 end) as commune_total,
		sum(case when r.agency_type = 'COMMUNE_PC' and r.status = 'ANNOUNCED' then 1 else 0 end) as commune_announced,
		sum(r.tthc_total) as tthc_total,
		sum(r.tthc_with_process) as tthc_with_process,
		sum(r.tthc_process_count) as tthc_process_count,
		sum(r.support_process_count) as support_process_count,
		sum(coalesce(r.tthc_process_count, 0) + coalesce(r.support_process_count, 0)) as process_total,
		sum(case when r.status = 'ANNOUNCED' then 1 else 0 end) as announced_total,
		sum(case when r.status = 'ANNOUNCED' and r.standard_version = '2015' then 1 else 0 end) as version_2015_count,
		sum(case when r.status in ('APPLIED', 'ANNOUNCED') then 1 else 0 end) as active_total,
		sum(case when r.status in ('APPLIED', 'ANNOUNCED') and r.internal_audit_done then 1 else 0 end) as internal_audit_count,
		sum(case when r.status in ('APPLIED', 'ANNOUNCED') and r.management_review_done then 1 else 0 end)
			as management_review_count,
		sum(case when r.status in ('APPLIED', 'ANNOUNCED') and r.docs_complete then 1 else 0 end) as docs_complete_count,
		sum(r.nc_found) as nc_found,
		sum(r.nc_closed) as nc_closed,
		sum(case when r.status = 'ANNOUNCED' and r.e_iso then 1 else 0 end) as e_iso_count
	from current_sub s
	join bm01_row r on r.submission_id = s.submission_id
	where s.form = 'BM01'
	group by s.data_code
	union all
	select data_code, unit_code, unit_name, 'BM02', mandatory_total, mandatory_announced, encouraged_total, encouraged_announced,
		commune_total, commune_announced, tthc_total, tthc_with_process, null, null, process_total,
		mandatory_announced + coalesce(encouraged_announced, 0), version_2015_count,
		null, null, null, null, null, null, null
	from own_bm02
	union all
	select data_code, unit_code, unit_name, 'BM02', mandatory_total, mandatory_announced, encouraged_total, encouraged_announced,
		commune_total, commune_announced, tthc_total, tthc_with_process, null, null, process_total,
		mandatory_announced + coalesce(encouraged_announced, 0), version_2015_count,
		null, null, null, null, null, null, null
	from other_bm02
)
select :scope_id, d.* from data_rows d

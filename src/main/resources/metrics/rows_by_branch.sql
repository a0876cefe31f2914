-- The rows a figure is computed from, grouped by branch: the current BM02 submission of the
-- reporting unit for the period. Every row counts once in 'all' and once in its branch
-- (ministries / provinces / other). A unit is identified by (code, validity), so its kind is
-- looked up among the units that existed during the period.
select 'all' as grp, b.*
from submission_current c
join bm02_row b on b.submission_id = c.submission_id
where c.form = 'BM02' and c.reporting_unit = :unit and c.period = :period
union all
select coalesce((
		select case min(r.kind) when 'MINISTRY' then 'ministries' when 'PROVINCE' then 'provinces' end
		from ref_unit r
		where r.code = b.unit_code and r.valid_from <= :period_end
			and (r.valid_to is null or r.valid_to >= :period_start)), 'other') as grp, b.*
from submission_current c
join bm02_row b on b.submission_id = c.submission_id
where c.form = 'BM02' and c.reporting_unit = :unit and c.period = :period

-- Data quality: current submissions of the period, and rows of its summaries about ministries or
-- provinces, whose unit did not exist during the period (no reference unit with that code overlaps it)
select u.unit_code, u.sender
from (
	select c.reporting_unit as unit_code, c.reporting_unit as sender
	from submission_current c
	where c.period = :period
	union
	select b.unit_code, c.reporting_unit
	from submission_current c
	join bm02_row b on b.submission_id = c.submission_id
	where c.period = :period and c.form = 'BM02' and (b.unit_kind is null or b.unit_kind <> 'DISTRICT')
) u
where (:nation = 1 or u.unit_code = :unit or u.sender = :unit)
	and not exists (
		select 1 from ref_unit r
		where r.code = u.unit_code and r.valid_from <= :period_end
			and (r.valid_to is null or r.valid_to >= :period_start))
order by u.unit_code

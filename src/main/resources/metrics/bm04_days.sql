-- One covered unit's completed dossiers (:submission_id, its BM04 log) counted by calendar and working
-- days, for figure_bm04_days (agency_code and procedure_code null): the exact medians of a unit, a
-- branch and the whole scope are read from these counts. Days as in bm04_groups.sql.
select cast(null as varchar(64)) as agency_code, cast(null as varchar(32)) as procedure_code,
	days as calendar_days, working_days, count(*) as dossiers
from (
	select working_days,
		coalesce(calendar_days, cast(extract(day from (cast(cast(completed_at as date) as timestamp)
			- cast(cast(received_at as date) as timestamp))) as integer)) as days
	from bm04_row
	where submission_id = :submission_id and completed_at is not null
) r
group by days, working_days

-- One log's completed dossiers (:submission_id, covered unit :data_code) of the agencies and
-- procedures another log of the scope also has, counted by calendar and working days per agency and
-- procedure, for figure_bm04_days. Days as in bm04_groups.sql.
select r.agency_code, r.procedure_code, r.days as calendar_days, r.working_days, count(*) as dossiers
from (
	select agency_code, procedure_code, working_days,
		coalesce(calendar_days, cast(extract(day from (cast(cast(completed_at as date) as timestamp)
			- cast(cast(received_at as date) as timestamp))) as integer)) as days
	from bm04_row
	where submission_id = :submission_id and completed_at is not null
) r
join (
	select distinct g.agency_code, g.procedure_code
	from figure_scope_unit m
	join submission_current c on c.reporting_unit = m.data_code and c.period = m.period and c.form = 'BM04'
	join bm04_log_group g on g.submission_id = c.submission_id and g.period_end_next = :period_end_next
	where m.scope_id = :scope_id and m.data_code <> :data_code and g.completed > 0
) s on s.agency_code = r.agency_code and s.procedure_code = r.procedure_code
group by r.agency_code, r.procedure_code, r.days, r.working_days

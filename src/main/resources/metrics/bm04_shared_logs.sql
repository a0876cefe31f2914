-- The logs of a scope with completed dossiers of an agency and procedure that another log of the
-- scope also has (rare: agency codes are the units' own); their per-procedure medians are then
-- read from day counts (bm04_shared_days.sql). Each log's summary (bm04_log_group) has one row per
-- agency and procedure.
with pairs as (
	select m.data_code, g.agency_code, g.procedure_code
	from figure_scope_unit m
	join submission_current c on c.reporting_unit = m.data_code and c.period = m.period and c.form = 'BM04'
	join bm04_log_group g on g.submission_id = c.submission_id and g.period_end_next = :period_end_next
	where m.scope_id = :scope_id and g.completed > 0
)
select distinct p.data_code
from pairs p
join (
	select agency_code, procedure_code
	from pairs
	group by agency_code, procedure_code
	having count(*) > 1
) s on s.agency_code = p.agency_code and s.procedure_code = p.procedure_code

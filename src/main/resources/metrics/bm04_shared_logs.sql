-- The logs of a scope with completed dossiers of an agency and procedure that another log of the
-- scope also has (rare: agency codes are the units' own); their per-procedure medians are then
-- read from day counts (bm04_shared_days.sql)
select distinct g.data_code
from figure_bm04_group g
where g.scope_id = :scope_id and g.completed > 0
	and exists (select 1 from figure_bm04_group o
		where o.scope_id = g.scope_id and o.agency_code = g.agency_code and o.procedure_code = g.procedure_code
			and o.data_code <> g.data_code and o.completed > 0)

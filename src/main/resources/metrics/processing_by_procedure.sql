-- The processing figures (BM04) per procedure at an agency (unit AGENCY/PROCEDURE), one row per figure
-- and procedure, over the logs of the scope:
--   processing_days, processing_working_days: the mean (Σ days / completed dossiers whose days are
--     known)
--   processing_days_median, processing_working_days_median: the median of the one log that has
--     completed dossiers of the procedure, or of their dossiers by day count where several logs have it
select 'processing_days' as figure, agency_code || '/' || procedure_code as grp, calendar_days as numerator,
	completed as denominator
from bm04_pairs
where completed > 0
union all
select 'processing_days_median', p.agency_code || '/' || p.procedure_code,
	case when p.logs = 1 then p.calendar_median else (select m.median from bm04_median m where m.grp = 'all'
		and m.agency_code = p.agency_code and m.procedure_code = p.procedure_code and m.measure = 'calendar') end,
	cast(null as bigint)
from bm04_pairs p
where p.completed > 0
union all
select 'processing_working_days', agency_code || '/' || procedure_code, working_days, working_count
from bm04_pairs
where working_count > 0
union all
select 'processing_working_days_median', p.agency_code || '/' || p.procedure_code,
	case when p.logs = 1 then p.working_median else (select m.median from bm04_median m where m.grp = 'all'
		and m.agency_code = p.agency_code and m.procedure_code = p.procedure_code and m.measure = 'working') end,
	cast(null as bigint)
from bm04_pairs p
where p.working_count > 0

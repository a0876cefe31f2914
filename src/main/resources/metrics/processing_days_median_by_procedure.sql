-- processing_days (median) per procedure at an agency (unit AGENCY/PROCEDURE): the median of its log,
-- or of its dossiers by day count where several logs have it
select p.agency_code || '/' || p.procedure_code as grp,
	case when p.logs = 1 then p.calendar_median else m.median end as numerator,
	cast(null as bigint) as denominator
from bm04_pairs p
left join bm04_median m on m.grp = 'all' and m.agency_code = p.agency_code and m.procedure_code = p.procedure_code
	and m.measure = 'calendar'
where p.completed > 0

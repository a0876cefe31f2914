-- Median working days from received to completed (BM04, work_calendar), percentile_cont(0.5)
select grp, median as numerator, cast(null as bigint) as denominator
from bm04_median
where agency_code is null and measure = 'working'

-- processing_days (median) per procedure at an agency (unit AGENCY/PROCEDURE)
select grp, cast(percentile_cont(0.5) within group (order by days) as decimal(20, 6)) as numerator,
	cast(null as bigint) as denominator
from (
	select agency_code || '/' || procedure_code as grp, extract(day from (cast(cast(completed_at as date) as timestamp)
		- cast(cast(received_at as date) as timestamp))) as days
	from bm04_rows
	where grp = 'all' and completed_at is not null
) t
group by grp

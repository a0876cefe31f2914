-- time_reduction_rate per procedure at an agency (unit AGENCY/PROCEDURE)
select 'time_reduction_rate' as figure, agency_code || '/' || procedure_code as grp,
	coalesce(sum(coalesce(reduced_days, statutory_days - actual_days)), 0) as numerator,
	coalesce(sum(statutory_days), 0) as denominator,
	max(procedure_name) as name
from bm03_rows
where grp = 'all'
group by agency_code, procedure_code

-- Procedures (at an agency) with the most days cut (BM03)
select agency_code, procedure_code, max(procedure_name) as procedure_name, sum(statutory_days) as statutory_days,
	sum(coalesce(reduced_days, statutory_days - actual_days)) as reduced_days
from bm03_rows
where grp = 'all'
group by agency_code, procedure_code
order by 5 desc, 1, 2
limit :limit

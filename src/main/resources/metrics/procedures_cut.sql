-- Procedures (rows of BM03: a procedure at an agency) with days cut, of procedures reported (a count)
select grp,
	sum(case when coalesce(reduced_days, statutory_days - actual_days) > 0 then 1 else 0 end) as numerator,
	count(*) as denominator
from bm03_rows
group by grp

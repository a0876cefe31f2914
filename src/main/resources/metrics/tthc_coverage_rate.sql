-- Procedures in scope that have an ISO process: Σ tthc_with_process / Σ tthc_total
select grp, coalesce(sum(tthc_with_process), 0) as numerator, coalesce(sum(tthc_total), 0) as denominator
from unit_rows
group by grp

-- Nonconformities closed / found: Σ nc_closed / Σ nc_found (BM01 only)
select grp, coalesce(sum(nc_closed), 0) as numerator, coalesce(sum(nc_found), 0) as denominator
from unit_rows
group by grp

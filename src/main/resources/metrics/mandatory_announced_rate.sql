-- Mandatory bodies that announced a conforming QMS: Σ mandatory_announced / Σ mandatory_total
select grp, coalesce(sum(mandatory_announced), 0) as numerator, coalesce(sum(mandatory_total), 0) as denominator
from unit_rows
group by grp

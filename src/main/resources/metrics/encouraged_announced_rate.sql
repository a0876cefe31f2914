-- Encouraged bodies (public service units, ...; communes excluded) that announced: Σ encouraged_announced / Σ encouraged_total
select grp, coalesce(sum(encouraged_announced), 0) as numerator, coalesce(sum(encouraged_total), 0) as denominator
from unit_rows
group by grp

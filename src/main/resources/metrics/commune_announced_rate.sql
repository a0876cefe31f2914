-- Commune people's committees that announced: Σ commune_announced / Σ commune_total
select grp, coalesce(sum(commune_announced), 0) as numerator, coalesce(sum(commune_total), 0) as denominator
from unit_rows
group by grp

-- Dossiers (BM04) not completed at the period end whose due date had passed by then (a count), for
-- the groups with dossiers received before the period end
select grp, sum(pending_overdue) as numerator, cast(null as bigint) as denominator
from bm04_totals
group by grp
having sum(received) > 0

-- Mean calendar days from received to completed (BM04): Σ days / completed dossiers
select grp, sum(calendar_days) as numerator, sum(completed) as denominator
from bm04_totals
group by grp
having sum(completed) > 0

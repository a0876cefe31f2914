-- Mean working days from received to completed (BM04, work_calendar): Σ working days / completed
-- dossiers whose working days are known
select grp, sum(working_days) as numerator, sum(working_count) as denominator
from bm04_totals
group by grp
having sum(working_count) > 0

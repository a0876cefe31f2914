-- Resolved dossiers resolved on time. Detail beats summary: a unit with a BM04 dossier log is
-- counted from it (completed_at <= due_at / completed), else from BM03 (Σ on_time / Σ (on_time + late)).
select grp, sum(numerator) as numerator, sum(denominator) as denominator
from (
	select grp, coalesce(sum(dossiers_on_time), 0) as numerator,
		coalesce(sum(dossiers_on_time), 0) + coalesce(sum(dossiers_late), 0) as denominator
	from bm03_rows
	where data_code not in (select data_code from current_sub where form = 'BM04')
	group by grp
	union all
	select grp, sum(on_time), sum(completed)
	from bm04_totals
	group by grp
	having sum(completed) > 0
) t
group by grp

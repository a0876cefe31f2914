-- Dossiers (BM04) not completed at the period end whose due date had passed by then (a count)
select grp,
	sum(case when due_at < :period_end_next and (completed_at is null or completed_at >= :period_end_next)
		then 1 else 0 end) as numerator,
	cast(null as bigint) as denominator
from bm04_rows
where received_at < :period_end_next
group by grp

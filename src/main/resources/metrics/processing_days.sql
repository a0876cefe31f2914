-- Mean calendar days from received to completed (BM04): Σ days / completed dossiers
select grp, sum(days) as numerator, count(*) as denominator
from (
	select grp, extract(day from (cast(cast(completed_at as date) as timestamp)
		- cast(cast(received_at as date) as timestamp))) as days
	from bm04_rows
	where completed_at is not null
) t
group by grp

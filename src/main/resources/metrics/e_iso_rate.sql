-- Announced bodies running electronic ISO: e_iso ∧ Announced / Announced (BM01 only)
select grp, coalesce(sum(e_iso_count), 0) as numerator,
	coalesce(sum(case when source = 'BM01' then announced_total end), 0) as denominator
from unit_rows
group by grp

-- Days cut over statutory days (BM03): Σ reduced / Σ statutory, reduced = the stated days cut, else statutory − actual
select grp, coalesce(sum(coalesce(reduced_days, statutory_days - actual_days)), 0) as numerator, coalesce(sum(statutory_days), 0) as denominator
from bm03_rows
group by grp

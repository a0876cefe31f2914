-- Σ days cut over the procedures of BM03 (a count)
select grp, sum(coalesce(reduced_days, statutory_days - actual_days)) as numerator, cast(null as bigint) as denominator
from bm03_rows
group by grp

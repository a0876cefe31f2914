-- ISO processes (a count): Σ process_total
select grp, sum(process_total) as numerator, cast(null as bigint) as denominator
from unit_rows
group by grp

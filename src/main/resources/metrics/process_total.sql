-- ISO processes (a count): BM01 Σ tthc_process_count + Σ support_process_count, BM02 process_total
-- (the split into procedure and support processes is process_parts.sql)
select grp, sum(process_total) as numerator, cast(null as bigint) as denominator
from unit_rows
group by grp

-- Applied or Announced bodies with an internal audit in the period (BM01 only)
select grp, coalesce(sum(internal_audit_count), 0) as numerator, coalesce(sum(active_total), 0) as denominator
from unit_rows
group by grp

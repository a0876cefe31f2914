-- Applied or Announced bodies with a management review in the period (BM01 only)
select grp, coalesce(sum(management_review_count), 0) as numerator, coalesce(sum(active_total), 0) as denominator
from unit_rows
group by grp

-- Applied or Announced bodies with complete mandatory documents (BM01 only)
select grp, coalesce(sum(docs_complete_count), 0) as numerator, coalesce(sum(active_total), 0) as denominator
from unit_rows
group by grp

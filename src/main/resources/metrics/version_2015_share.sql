-- Announced bodies already on ISO 9001:2015: BM01 Announced ∧ version=2015 / Announced; BM02
-- Σ version_2015_count / Σ (mandatory + encouraged announced), over rows that state the count
select grp, coalesce(sum(version_2015_count), 0) as numerator,
	coalesce(sum(case when version_2015_count is not null then announced_total end), 0) as denominator
from unit_rows
group by grp

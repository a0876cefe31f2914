-- How many bodies (BM01, Applied or Announced) are still on ISO 9001:2000 or 2008 (a count; the
-- list itself is attention_legacy_version.sql)
select grp, sum(case when r.status in ('APPLIED', 'ANNOUNCED') and r.standard_version in ('2000', '2008')
		then 1 else 0 end) as numerator,
	cast(null as bigint) as denominator
from (select distinct grp, data_code from unit_rows where source = 'BM01') u
join current_sub s on s.data_code = u.data_code and s.form = 'BM01'
join bm01_row r on r.submission_id = s.submission_id
group by grp

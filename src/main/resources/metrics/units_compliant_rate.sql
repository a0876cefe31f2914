-- Units (ministries, provinces; a grain when restating) in which every mandatory body announced:
-- units with mandatory_announced = mandatory_total > 0 / units with data
select grp,
	sum(case when mandatory_total > 0 and mandatory_announced = mandatory_total then 1 else 0 end) as numerator,
	count(*) as denominator
from (
	select grp, grain, sum(mandatory_total) as mandatory_total, sum(mandatory_announced) as mandatory_announced
	from unit_rows
	group by grp, grain
) u
group by grp

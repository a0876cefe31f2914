-- Units in which every mandatory body announced (mandatory_announced = mandatory_total > 0) / units
select grp,
	sum(case when mandatory_total > 0 and mandatory_announced = mandatory_total then 1 else 0 end) as numerator,
	count(*) as denominator
from unit_rows
group by grp

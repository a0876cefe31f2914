-- Units that submitted for the period / units expected to. A grain (a successor when restating)
-- counts as submitted only when every expected unit that went into it submitted.
select g.grp,
	sum(case when u.missing = 0 then 1 else 0 end) as numerator,
	count(*) as denominator
from (
	select m.grain, sum(case when r.data_code is null then 1 else 0 end) as missing
	from unit_map m
	left join reported r on r.data_code = m.data_code
	where m.expected = 1
	group by m.grain
) u
join (select distinct grain, grp from grp_map) g on g.grain = u.grain
group by g.grp

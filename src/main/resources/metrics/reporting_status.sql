-- Reporting status: every covered unit with the forms it sent for its period and when
select m.data_code, m.grain, m.expected, m.period, c.form, s.received_at,
	case when m.data_code in (select data_code from data_rows) then 1 else 0 end as has_counts
from unit_map m
left join submission_current c on c.reporting_unit = m.data_code and c.period = m.period
left join submission s on s.id = c.submission_id
order by m.data_code, c.form

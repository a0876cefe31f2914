-- Data quality: units expected to report for the period that have no data for it
select m.data_code, m.period
from unit_map m
where m.expected = 1 and m.data_code not in (select data_code from reported)
order by m.data_code

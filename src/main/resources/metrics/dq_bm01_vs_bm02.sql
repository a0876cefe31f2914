-- Data quality: a unit counted from its BM01 rows whose BM02 row (its own, or in another unit's
-- summary) says otherwise, column by column. BM01 is used; the difference is reported.
-- (This text follows the common table expressions of scope.sql, hence the leading comma.)
, pairs as (
	select d.data_code, m.period, c.reporting_unit as sender,
		d.mandatory_total as d_mandatory_total, b.mandatory_total as b_mandatory_total,
		d.mandatory_announced as d_mandatory_announced, b.mandatory_announced as b_mandatory_announced,
		d.encouraged_total as d_encouraged_total, b.encouraged_total as b_encouraged_total,
		d.encouraged_announced as d_encouraged_announced, b.encouraged_announced as b_encouraged_announced,
		d.commune_total as d_commune_total, b.commune_total as b_commune_total,
		d.commune_announced as d_commune_announced, b.commune_announced as b_commune_announced,
		d.tthc_total as d_tthc_total, b.tthc_total as b_tthc_total,
		d.tthc_with_process as d_tthc_with_process, b.tthc_with_process as b_tthc_with_process,
		d.process_total as d_process_total, b.process_total as b_process_total
	from data_rows d
	join unit_map m on m.data_code = d.data_code
	join submission_current c on c.period = m.period and c.form = 'BM02'
	join bm02_row b on b.submission_id = c.submission_id and b.unit_code = d.data_code
	where d.source = 'BM01'
)
select data_code, period, sender, 'mandatory_total' as field, d_mandatory_total as expected,
	b_mandatory_total as actual from pairs where d_mandatory_total <> b_mandatory_total
union all
select data_code, period, sender, 'mandatory_announced', d_mandatory_announced, b_mandatory_announced
from pairs where d_mandatory_announced <> b_mandatory_announced
union all
select data_code, period, sender, 'encouraged_total', d_encouraged_total, b_encouraged_total
from pairs where d_encouraged_total <> b_encouraged_total
union all
select data_code, period, sender, 'encouraged_announced', d_encouraged_announced, b_encouraged_announced
from pairs where d_encouraged_announced <> b_encouraged_announced
union all
select data_code, period, sender, 'commune_total', d_commune_total, b_commune_total
from pairs where d_commune_total <> b_commune_total
union all
select data_code, period, sender, 'commune_announced', d_commune_announced, b_commune_announced
from pairs where d_commune_announced <> b_commune_announced
union all
select data_code, period, sender, 'tthc_total', d_tthc_total, b_tthc_total
from pairs where d_tthc_total <> b_tthc_total
union all
select data_code, period, sender, 'tthc_with_process', d_tthc_with_process, b_tthc_with_process
from pairs where d_tthc_with_process <> b_tthc_with_process
union all
-- procedure processes + support processes (BM01) against the stated process_total (BM02)
select data_code, period, sender, 'process_total', d_process_total, b_process_total
from pairs where d_process_total <> b_process_total

-- Data quality: rows that contradict themselves (subject: AGENCY, AGENCY/PROCEDURE or the BM02 row's unit)
select s.data_code, m.period, r.agency_code as subject, 'tthc_with_process' as field,
	r.tthc_total as expected, r.tthc_with_process as actual
from current_sub s
join unit_map m on m.data_code = s.data_code
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.tthc_with_process > r.tthc_total
union all
select s.data_code, m.period, r.agency_code, 'nc_closed', r.nc_found, r.nc_closed
from current_sub s
join unit_map m on m.data_code = s.data_code
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.nc_closed > r.nc_found
union all
select d.data_code, m.period, d.sub_unit, 'tthc_with_process', d.tthc_total, d.tthc_with_process
from data_rows d
join unit_map m on m.data_code = d.data_code
where d.source = 'BM02' and d.tthc_with_process > d.tthc_total
union all
select d.data_code, m.period, d.sub_unit, 'mandatory_announced', d.mandatory_total, d.mandatory_announced
from data_rows d
join unit_map m on m.data_code = d.data_code
where d.source = 'BM02' and d.mandatory_announced > d.mandatory_total
union all
select s.data_code, m.period, r.agency_code || '/' || r.procedure_code, 'dossiers_resolved',
	r.dossiers_received, coalesce(r.dossiers_on_time, 0) + coalesce(r.dossiers_late, 0)
from current_sub s
join unit_map m on m.data_code = s.data_code
join bm03_row r on r.submission_id = s.submission_id
where s.form = 'BM03' and coalesce(r.dossiers_on_time, 0) + coalesce(r.dossiers_late, 0) > r.dossiers_received
union all
select s.data_code, m.period, r.agency_code || '/' || r.procedure_code, 'reduced_days',
	r.statutory_days - r.actual_days, r.reduced_days
from current_sub s
join unit_map m on m.data_code = s.data_code
join bm03_row r on r.submission_id = s.submission_id
where s.form = 'BM03' and r.reduced_days <> r.statutory_days - r.actual_days

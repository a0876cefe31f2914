-- BM01 detail by agency type: bodies, announced, procedures, procedures with a process
select r.agency_type, count(*) as bodies,
	sum(case when r.status = 'ANNOUNCED' then 1 else 0 end) as announced,
	sum(r.tthc_total) as procedures,
	sum(r.tthc_with_process) as with_process
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01'
group by r.agency_type
order by r.agency_type

-- Bodies that need attention (BM01 detail), one list per kind
select 'MANDATORY_NOT_ANNOUNCED' as kind, s.data_code, r.agency_code, r.agency_name, r.agency_type, r.status as detail
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.obligation = 'MANDATORY' and r.status <> 'ANNOUNCED'
union all
select 'NO_INTERNAL_AUDIT', s.data_code, r.agency_code, r.agency_name, r.agency_type, r.status
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.status in ('APPLIED', 'ANNOUNCED') and r.internal_audit_done = false
union all
select 'NO_MANAGEMENT_REVIEW', s.data_code, r.agency_code, r.agency_name, r.agency_type, r.status
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.status in ('APPLIED', 'ANNOUNCED') and r.management_review_done = false
union all
select 'OPEN_NONCONFORMITIES', s.data_code, r.agency_code, r.agency_name, r.agency_type,
	cast(r.nc_found - coalesce(r.nc_closed, 0) as varchar(16))
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.nc_found > coalesce(r.nc_closed, 0)
union all
select 'LEGACY_VERSION', s.data_code, r.agency_code, r.agency_name, r.agency_type, r.standard_version
from current_sub s
join bm01_row r on r.submission_id = s.submission_id
where s.form = 'BM01' and r.status in ('APPLIED', 'ANNOUNCED') and r.standard_version in ('2000', '2008')
order by 1, 2, 3

-- processing_working_days (mean) per procedure at an agency (unit AGENCY/PROCEDURE)
select agency_code || '/' || procedure_code as grp, working_days as numerator, working_count as denominator
from bm04_pairs
where working_count > 0

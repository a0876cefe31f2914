-- processing_days (mean) per procedure at an agency (unit AGENCY/PROCEDURE)
select agency_code || '/' || procedure_code as grp, calendar_days as numerator, completed as denominator
from bm04_pairs
where completed > 0

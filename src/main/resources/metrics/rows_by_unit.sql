-- The rows a figure is computed from, grouped by the unit each row is about (for the per-ministry
-- and per-province tables of a report).
select b.unit_code as grp, b.*
from submission_current c
join bm02_row b on b.submission_id = c.submission_id
where c.form = 'BM02' and c.reporting_unit = :unit and c.period = :period

-- Data quality: total rows ("Tổng cộng", "Cộng", "Tổng số", "Total") that disagree with the sum of
-- their column, found at ingest and kept with the submission (submission_problem, message
-- ingest.total.mismatch, arguments: the total row's value, then the rows' sum). Of the covered units'
-- current submissions for their period, and of the scope unit's own (a national compilation).
select s.data_code, s.period, s.form, p.sheet, p.row_no, p.column_letter, p.header, p.arguments
from (
	select c.data_code, m.period, c.form, c.submission_id
	from current_sub c
	join unit_map m on m.data_code = c.data_code
	union
	select c.reporting_unit, c.period, c.form, c.submission_id
	from submission_current c
	where c.reporting_unit = :unit and c.period = :period
) s
join submission_problem p on p.submission_id = s.submission_id
where p.message_key = 'ingest.total.mismatch'
order by s.data_code, s.form, p.problem_no

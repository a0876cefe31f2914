-- One covered unit's dossier log (:submission_id, its BM04) per agency and procedure, for
-- figure_bm04_group (written once per scope by Bm04Scratch): every BM04 figure reads those rows
-- instead of the log. The log is named by its id alone, so that PostgreSQL reads that log's
-- partition and no other. Days are those stored at ingest (bm04_row.calendar_days, working_days);
-- a log stored without them has its calendar days counted here (whole days, time of day ignored)
-- and no working days. The per-row tests are made before grouping, so that a sort moves a few
-- small numbers per row. {C} is the "C" collation on PostgreSQL (FigureQueries): the sort that groups
-- millions of rows compares the codes byte by byte (the same groups) instead of by the database's
-- locale, which takes twice as long or more.
select agency_code, procedure_code,
	sum(received) as received,
	count(days) as completed,
	sum(on_time) as on_time,
	sum(days) as calendar_days,
	percentile_cont(0.5) within group (order by days) as calendar_median,
	count(working_days) as working_count,
	sum(working_days) as working_days,
	percentile_cont(0.5) within group (order by working_days) as working_median,
	sum(overdue) as pending_overdue
from (
	select agency_code{C} as agency_code, procedure_code{C} as procedure_code,
		case when received_at < :period_end_next then 1 else 0 end as received,
		case when completed_at <= due_at then 1 else 0 end as on_time,
		case when received_at < :period_end_next and due_at < :period_end_next
			and (completed_at is null or completed_at >= :period_end_next) then 1 else 0 end as overdue,
		working_days,
		case when completed_at is not null then coalesce(calendar_days, cast(extract(day from
			(cast(cast(completed_at as date) as timestamp) - cast(cast(received_at as date) as timestamp)))
			as integer)) end as days
	from bm04_row
	where submission_id = :submission_id
) r
group by agency_code, procedure_code

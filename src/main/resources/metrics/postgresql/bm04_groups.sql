-- metrics/bm04_groups.sql on PostgreSQL: the same, but the sort that groups millions of rows compares
-- the codes byte by byte (collation "C", the same groups) instead of by the database's locale,
-- which takes about twice as long.
insert into figure_bm04_group (scope_id, data_code, agency_code, procedure_code, received, completed, on_time,
	calendar_days, calendar_median, working_count, working_days, working_median, pending_overdue)
select :scope_id, :data_code, agency_code, procedure_code,
	sum(case when received_at < :period_end_next then 1 else 0 end),
	count(completed_at),
	sum(case when completed_at <= due_at then 1 else 0 end),
	sum(days),
	percentile_cont(0.5) within group (order by days),
	count(working_days),
	sum(working_days),
	percentile_cont(0.5) within group (order by working_days),
	sum(case when received_at < :period_end_next and due_at < :period_end_next
		and (completed_at is null or completed_at >= :period_end_next) then 1 else 0 end)
from (
	select agency_code collate "C" as agency_code, procedure_code collate "C" as procedure_code, received_at,
		due_at, completed_at, working_days,
		coalesce(calendar_days, cast(extract(day from (cast(cast(completed_at as date) as timestamp)
			- cast(cast(received_at as date) as timestamp))) as integer)) as days
	from bm04_row
	where submission_id = :submission_id
) r
group by agency_code, procedure_code

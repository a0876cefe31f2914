-- A log's totals for a period end (:submission_id, :period_end_next), from its summary per agency
-- and procedure (bm04_log_group): what the branch figures add up, one row per log.
update bm04_log_summary
set (received, completed, on_time, calendar_days, working_count, working_days, pending_overdue) = (
	select coalesce(sum(received), 0), coalesce(sum(completed), 0), coalesce(sum(on_time), 0), sum(calendar_days),
		coalesce(sum(working_count), 0), sum(working_days), coalesce(sum(pending_overdue), 0)
	from bm04_log_group
	where submission_id = :submission_id and period_end_next = :period_end_next
)
where submission_id = :submission_id and period_end_next = :period_end_next

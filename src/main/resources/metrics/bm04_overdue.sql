-- One log's dossiers (:submission_id) not completed at the period end whose due date had passed, the
-- :limit oldest due, for figure_bm04_overdue (overdue_dossiers.sql takes the oldest of all logs)
select agency_code, procedure_code, dossier_code, received_at, due_at
from bm04_row
where submission_id = :submission_id and received_at < :period_end_next and due_at < :period_end_next
	and (completed_at is null or completed_at >= :period_end_next)
order by due_at, agency_code, dossier_code
limit :limit

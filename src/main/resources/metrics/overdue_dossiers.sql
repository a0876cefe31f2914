-- Dossiers (BM04) not completed at the period end whose due date had passed, oldest due first
select agency_code, procedure_code, dossier_code, received_at, due_at
from bm04_rows
where grp = 'all' and received_at < :period_end_next and due_at < :period_end_next
	and (completed_at is null or completed_at >= :period_end_next)
order by due_at, agency_code, dossier_code
limit :limit

-- Dossiers (BM04) not completed at the period end whose due date had passed, oldest due first (the
-- oldest of each log are in figure_bm04_overdue, written by bm04_overdue.sql)
select agency_code, procedure_code, dossier_code, received_at, due_at
from figure_bm04_overdue
where scope_id = :scope_id
order by due_at, agency_code, dossier_code
limit :limit

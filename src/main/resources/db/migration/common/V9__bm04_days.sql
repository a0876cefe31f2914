-- BM04 day counts, computed once when a dossier log is swapped in (Bm04Swap), so that the
-- processing-time figures are a plain GROUP BY: calendar days and working days (work_calendar)
-- from the day received to the day completed; null while pending.
alter table bm04_row add column calendar_days integer;
alter table bm04_row add column working_days integer;

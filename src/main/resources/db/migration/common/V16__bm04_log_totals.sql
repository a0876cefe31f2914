-- A log's totals for a period end, kept with its summary (V14): the branch figures of a scope
-- (on_time_rate, processing_days, pending_overdue...) then add one row per log instead of its
-- hundreds of thousands of agency × procedure rows. Null until computed from bm04_log_group
-- (metrics/bm04_log_totals.sql), the first time a figure needs them.
alter table bm04_log_summary add column received bigint;
alter table bm04_log_summary add column completed bigint;
alter table bm04_log_summary add column on_time bigint;
alter table bm04_log_summary add column calendar_days bigint;
alter table bm04_log_summary add column working_count bigint;
alter table bm04_log_summary add column working_days bigint;
alter table bm04_log_summary add column pending_overdue bigint;

-- The figures read a log's summary rows where they are kept, instead of copying them into scratch
-- rows first: figure_bm04_group (V12) is no longer written. figure_bm04_days keeps only the day
-- counts of agencies and procedures that several logs of a scope share.
drop table figure_bm04_group;

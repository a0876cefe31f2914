-- process_total split into procedure and support processes (BM01 only; null where only BM02 exists)
select grp, sum(tthc_process_count) as procedure_processes, sum(support_process_count) as support_processes
from unit_rows
group by grp

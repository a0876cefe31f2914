-- The verdict of each ingestJob run, and what its route found in a dossier log, kept here
-- instead of in Spring Batch's execution contexts, which hold identifiers and counters
-- only: no input, however many problems it has, can make a context write fail.
create table ingest_verdict (
    job_instance_id bigint not null,
    kind varchar(10) not null,
    document text not null,
    primary key (job_instance_id, kind)
);

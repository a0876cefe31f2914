-- Rows an ingest locks (select ... for update) before it stores a file, one per stripe of
-- the file's SHA-256 (its first three hex digits): two runs of the same bytes, in one process
-- or in several sharing the database, store them one after the other, so the second finds the
-- first's submission and is judged a duplicate of it (SameFileLock). Files of different
-- content share a stripe once in 4,096 and then merely wait for each other's store.
create table ingest_file_lock (
    stripe integer primary key
);
insert into ingest_file_lock (stripe) select g.n from generate_series(0, 4095) as g(n);

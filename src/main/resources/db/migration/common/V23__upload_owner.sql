-- The serve instance that reads a console upload (its Quartz instance id, as inbox_claim.owner):
-- set when it is submitted, taken over by an instance that starts while the owner is dead, so
-- that two instances sharing the database never read the same upload. Null for an upload of an
-- earlier version, which any instance may take over.
alter table console_upload add column owner varchar(200);

-- Files of the input folder that a `serve` instance is ingesting: the insert that wins owns the
-- file, so two instances on one database never ingest the same file twice. A row lives while its
-- file is being ingested, and stays (owner null) for a file whose ingest failed for a system reason,
-- counting the attempts. The design is described in docs/serve.md.
create table inbox_claim (
	-- absolute, normalised path of the file in the input folder
	path varchar(1000) primary key,
	-- size and modification time (epoch milliseconds) of the file when claimed
	file_size bigint not null,
	modified_at bigint not null,
	-- Quartz instance id of the owner (qrtz_scheduler_state.instance_name); null when parked
	owner varchar(200),
	claimed_at timestamp not null,
	-- failed ingests of this very file (system errors, not rejections)
	attempts integer not null,
	last_error varchar(2000)
);

-- Reference units (nation, ministries, provinces) with validity, loaded from config/reference/ at start.
-- A unit is identified by (code, valid_from): province codes were reused in 2025.
create table ref_unit (
	code varchar(16) not null,
	valid_from date not null,
	valid_to date,
	kind varchar(16) not null,
	name_vi varchar(200) not null,
	name_en varchar(200),
	parent_code varchar(16),
	aliases varchar(2000),
	primary key (code, valid_from)
);

-- Who became whom in a reorganisation. kind: MERGE (old unit added into the new one), RENAME, SPLIT.
create table ref_succession (
	old_code varchar(16) not null,
	old_valid_from date not null,
	new_code varchar(16) not null,
	new_valid_from date not null,
	changed_on date not null,
	kind varchar(8) not null,
	primary key (old_code, old_valid_from, new_code, new_valid_from)
);

-- The reference set now in ref_unit and ref_succession: one row, locked by every loader
-- (select ... for update), so that processes starting at once against one database load it
-- once, and a different set (another version of the jar) replaces it instead of being skipped.
create table ref_load (
	id integer not null primary key,
	checksum varchar(64),
	loaded_at timestamp
);
insert into ref_load (id) values (1);

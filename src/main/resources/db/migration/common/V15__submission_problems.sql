-- The problems listed for the file a submission was accepted from (its warnings; for a dossier log
-- also the errors of the rows it skipped), in the order of its verdict. The very same file dropped
-- again gets them back in its duplicate verdict, and the data-quality section of the reports reads
-- the total rows that disagree with their column sums from here. A problem of a sheet belongs to the
-- submission of that sheet; one of the whole file, or of a sheet that held no form, to the file's
-- first submission. Messages are not stored: they are rendered from key and arguments.
create table submission_problem (
	submission_id bigint not null references submission (id),
	-- the problem's place in the file's verdict, from 1 (across the file's submissions)
	problem_no integer not null,
	-- ERROR or WARNING
	severity varchar(8) not null,
	sheet varchar(200),
	row_no integer,
	column_letter varchar(8),
	header varchar(500),
	cell_value varchar(500),
	message_key varchar(100) not null,
	-- the message arguments, separated by U+001F (unit separator); null when none
	arguments varchar(4000),
	primary key (submission_id, problem_no)
);

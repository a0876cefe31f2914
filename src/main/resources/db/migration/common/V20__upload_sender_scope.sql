-- The units an upload's sender may report for (SenderUnit): a secretariat's unit code and a
-- mark for the units it covers, one character longer than a unit code (16).
alter table console_upload alter column only_unit set data type varchar(32);

-- The covered units that have data for their period
select data_code from reported

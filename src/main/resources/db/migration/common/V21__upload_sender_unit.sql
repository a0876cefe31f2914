-- The unit of the account that sent an upload, as it was then: who else may see the upload
-- follows it, never the unit the file itself names. Earlier uploads take it from the
-- restriction they were sent under (SenderUnit), else (an administrator's) from the account.
alter table console_upload add column sender_unit varchar(16);
update console_upload set sender_unit = replace(only_unit, '+', '') where only_unit is not null;
update console_upload set sender_unit = (select u.unit_code from app_user u where u.username = console_upload.username)
    where sender_unit is null;

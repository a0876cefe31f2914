-- An account's uploads of the day, counted before each new one is stored (UploadQuota):
-- found by sender and time, not by reading a day of everyone's.
create index console_upload_sender_received on console_upload (username, received_at);

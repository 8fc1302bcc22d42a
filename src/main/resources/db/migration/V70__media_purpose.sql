-- What each upload was for (media.MediaPurpose), so the orphaned-media sweep can tell members' uploads (post
-- images, attachments and shared documents, avatars) from staff files. Rows written before this have none and are
-- never swept.
alter table media_file add column purpose varchar(20);

create index ix_media_file_purpose_created on media_file (purpose, created_at);

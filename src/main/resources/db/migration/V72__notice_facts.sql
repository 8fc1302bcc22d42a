-- What an in-app notice's own words are made of (notifications.NoticeFacts: a session's start, venue zone, venue,
-- place on the wait list), as key=value lines, so the words follow the reader's language when read. Rows written
-- before this have none and keep showing the text stored when they were written: history is not rewritten.
alter table notice add column facts varchar(600);

-- Moodle's id number and tags of a bank question (GIFT's "// [id:q1] [tag:costos]"), kept so they can go back to
-- Moodle; tags are stored comma-separated (a tag has no comma). Existing questions have none.
alter table question add column id_number varchar(100) not null default '';
alter table question add column tags varchar(1100) not null default '';

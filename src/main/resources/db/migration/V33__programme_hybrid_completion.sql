-- Programme: hybrid completion. A run may require attendance at a number (or a percentage) of its on-site sessions
-- for its members to complete the course; excused absences count only where excused_counts is set. Certificates
-- state the time spent on site beside the course's online hours (null on certificates without an on-site part).

alter table programme_run add column required_sessions int;
alter table programme_run add column required_percent int;
alter table programme_run add column excused_counts boolean not null default false;

alter table certificate add column onsite_minutes int;

-- A space per programme run (kind RUN) for the run's circle: its members, trainers and the course's owner write
-- there, the coordinators of its regions read. Who belongs is programme's to answer, so no copy of it is kept here.
alter table community_space add column run_id bigint;
alter table community_space add constraint uk_community_space_run unique (run_id);

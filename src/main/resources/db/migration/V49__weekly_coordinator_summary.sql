-- The weekly summary each coordinator gets: one row per coordinator and week, inserted in the same transaction as
-- the summary's event, so a rerun of the job or the same job on a second node fails on the key and sends nothing.
create table report_weekly_summary (
    person_id  bigint      not null,
    week_of    date        not null,
    created_at datetime(6) not null,
    primary key (person_id, week_of),
    constraint fk_report_weekly_summary_person foreign key (person_id) references person (id) on delete cascade
);

-- Reporting: the per-person, per-course progress summary (a read model kept by learning's and assessment's
-- events, rebuildable from them), the programme's targets, and nothing else. The same SQL runs on H2
-- (MODE=MariaDB) and on MariaDB. No foreign keys: the summary is a cache of other modules' data.

create table report_progress (
    course_id        bigint       not null,
    person_id        bigint       not null,
    enrolled_at      datetime(6)  not null,
    last_activity_at datetime(6),
    completed_at     datetime(6),
    certified_at     datetime(6),
    quiz_percent     decimal(5, 2),
    refreshed_at     datetime(6)  not null,
    primary key (course_id, person_id)
);
create index ix_report_progress_person on report_progress (person_id);
create index ix_report_progress_enrolled on report_progress (enrolled_at);

-- People to reach, per audience (DIRECTORS, PRACTITIONERS) for the whole programme (region_id null) or a region.
create table report_target (
    id         bigint      not null auto_increment,
    audience   varchar(20) not null,
    region_id  bigint,
    target     int         not null,
    version    bigint      not null,
    primary key (id),
    constraint uk_report_target unique (audience, region_id)
);

insert into report_target (audience, region_id, target, version) values
    ('DIRECTORS', null, 415, 0),
    ('PRACTITIONERS', null, 415, 0);

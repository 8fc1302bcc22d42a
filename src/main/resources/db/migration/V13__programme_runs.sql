-- Programme: runs (cohorts) of a course. A learner belongs to at most one run of a course; moving them between
-- runs changes the row's run, and progress stays with the course enrolment (learning), untouched.

create table programme_run (
    id             bigint       not null auto_increment,
    course_id      bigint       not null,
    name           varchar(120) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    capacity       int,
    self_enrolment boolean      not null,
    opens_at       datetime(6),
    closes_at      datetime(6),
    delivery_mode  varchar(20)  not null,
    closed_at      datetime(6),
    version        bigint       not null,
    primary key (id),
    constraint uk_programme_run_name unique (course_id, name),
    constraint fk_programme_run_course foreign key (course_id) references course (id)
);

create table programme_run_region (
    run_id    bigint not null,
    region_id bigint not null,
    primary key (run_id, region_id),
    constraint fk_programme_run_region_run foreign key (run_id) references programme_run (id),
    constraint fk_programme_run_region_region foreign key (region_id) references region (id)
);

create table programme_run_trainer (
    run_id    bigint not null,
    person_id bigint not null,
    primary key (run_id, person_id),
    constraint fk_programme_run_trainer_run foreign key (run_id) references programme_run (id),
    constraint fk_programme_run_trainer_person foreign key (person_id) references person (id)
);

create table programme_run_member (
    id        bigint      not null auto_increment,
    run_id    bigint      not null,
    course_id bigint      not null,
    person_id bigint      not null,
    joined_at datetime(6) not null,
    joined_by bigint      not null,
    primary key (id),
    constraint uk_programme_run_member unique (course_id, person_id),
    constraint fk_programme_run_member_run foreign key (run_id) references programme_run (id),
    constraint fk_programme_run_member_person foreign key (person_id) references person (id)
);
create index ix_programme_run_member_run on programme_run_member (run_id);

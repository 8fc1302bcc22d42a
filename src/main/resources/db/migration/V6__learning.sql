-- Learning: per-course enrolment settings, enrolments, lesson progress and certificates.
-- Lesson progress refers to an item's stable key, so it survives republishing.

create table enrolment_settings (
    course_id       bigint      not null,
    self_enrolment  boolean     not null,
    opens_at        datetime(6),
    closes_at       datetime(6),
    completion_mode varchar(20) not null,
    version         bigint      not null,
    primary key (course_id),
    constraint fk_enrolment_settings_course foreign key (course_id) references course (id)
);

create table enrolment (
    id               bigint      not null auto_increment,
    course_id        bigint      not null,
    person_id        bigint      not null,
    enrolled_at      datetime(6) not null,
    enrolled_by      bigint      not null,
    last_item_key    varchar(40),
    last_activity_at datetime(6),
    completed_at     datetime(6),
    primary key (id),
    constraint uk_enrolment_course_person unique (course_id, person_id),
    constraint fk_enrolment_course foreign key (course_id) references course (id),
    constraint fk_enrolment_person foreign key (person_id) references person (id)
);
create index ix_enrolment_person on enrolment (person_id);

create table lesson_progress (
    id           bigint      not null auto_increment,
    course_id    bigint      not null,
    person_id    bigint      not null,
    item_key     varchar(40) not null,
    started_at   datetime(6) not null,
    completed_at datetime(6),
    primary key (id),
    constraint uk_lesson_progress unique (course_id, person_id, item_key),
    constraint fk_lesson_progress_course foreign key (course_id) references course (id),
    constraint fk_lesson_progress_person foreign key (person_id) references person (id)
);

create table certificate (
    id           bigint        not null auto_increment,
    code         varchar(40)   not null,
    course_id    bigint        not null,
    person_id    bigint        not null,
    person_name  varchar(200)  not null,
    course_title varchar(200)  not null,
    hours        int           not null,
    language     varchar(10)   not null,
    issued_at    datetime(6)   not null,
    revoked_at   datetime(6),
    revoked_by   bigint,
    version      bigint        not null,
    primary key (id),
    constraint uk_certificate_code unique (code),
    constraint uk_certificate_course_person unique (course_id, person_id),
    constraint fk_certificate_course foreign key (course_id) references course (id),
    constraint fk_certificate_person foreign key (person_id) references person (id)
);

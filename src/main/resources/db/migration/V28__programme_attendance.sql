-- Programme: attendance at on-site sessions. One current mark per person and session (PRESENT, LATE, EXCUSED,
-- ABSENT), set by roll call, by the person's own check-in with the session's code, or entered from the paper
-- sign-in sheet; taking a mark back deletes the row. Every change, taking back included, is kept in
-- programme_attendance_change with who and when. A session has at most one check-in code at a time, short-lived;
-- codes are unique so a code alone finds its session. ical_sequence counts the changes of time, place or
-- cancellation, for calendar feeds (SEQUENCE in iCalendar).

alter table programme_session add column ical_sequence int not null default 0;

create table programme_attendance (
    id         bigint      not null auto_increment,
    session_id bigint      not null,
    person_id  bigint      not null,
    mark       varchar(20) not null,
    walk_in    boolean     not null,
    source     varchar(20) not null,
    marked_at  datetime(6) not null,
    marked_by  bigint      not null,
    version    bigint      not null,
    primary key (id),
    constraint uk_programme_attendance unique (session_id, person_id),
    constraint fk_programme_attendance_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_attendance_person foreign key (person_id) references person (id)
);

create table programme_attendance_change (
    id         bigint      not null auto_increment,
    session_id bigint      not null,
    person_id  bigint      not null,
    mark       varchar(20),
    source     varchar(20) not null,
    changed_at datetime(6) not null,
    changed_by bigint      not null,
    primary key (id),
    constraint fk_programme_attendance_change_session foreign key (session_id) references programme_session (id)
);
create index ix_programme_attendance_change on programme_attendance_change (session_id, person_id, changed_at);

create table programme_check_in (
    session_id bigint      not null,
    code       varchar(12) not null,
    issued_at  datetime(6) not null,
    expires_at datetime(6) not null,
    issued_by  bigint      not null,
    primary key (session_id),
    constraint uk_programme_check_in_code unique (code),
    constraint fk_programme_check_in_session foreign key (session_id) references programme_session (id)
);

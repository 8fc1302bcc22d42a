-- Programme: on-site sessions (workshops, debates, tutorials) of a run. A session keeps what the trainer typed,
-- the venue's local date and times and the venue's zone (from its state), and the UTC instants derived from them
-- for ordering and calendars; the local values are the truth, so a change in the zone rules keeps "10:00 local".
-- Registration closes closes_hours before the start. A registration is REGISTERED (a seat) or WAITING (the wait
-- list, in order of requested_at then id) or CANCELLED; seats are counted under a lock on the session row.

create table programme_session (
    id                 bigint       not null auto_increment,
    run_id             bigint       not null,
    title              varchar(200) not null,
    kind               varchar(20)  not null,
    session_date       date         not null,
    start_time         time         not null,
    end_time           time         not null,
    zone_id            varchar(40)  not null,
    starts_at          datetime(6)  not null,
    ends_at            datetime(6)  not null,
    venue_name         varchar(200) not null,
    venue_address      varchar(300) not null,
    venue_municipality varchar(120) not null,
    venue_state        varchar(3)   not null,
    capacity           int,
    closes_hours       int          not null,
    agenda             longtext     not null,
    cancelled_at       datetime(6),
    version            bigint       not null,
    primary key (id),
    constraint fk_programme_session_run foreign key (run_id) references programme_run (id)
);
create index ix_programme_session_starts on programme_session (starts_at);

create table programme_session_facilitator (
    session_id bigint not null,
    person_id  bigint not null,
    primary key (session_id, person_id),
    constraint fk_programme_session_facilitator_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_session_facilitator_person foreign key (person_id) references person (id)
);

create table programme_registration (
    id           bigint      not null auto_increment,
    session_id   bigint      not null,
    person_id    bigint      not null,
    status       varchar(20) not null,
    requested_at datetime(6) not null,
    changed_at   datetime(6) not null,
    primary key (id),
    constraint uk_programme_registration unique (session_id, person_id),
    constraint fk_programme_registration_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_registration_person foreign key (person_id) references person (id)
);
create index ix_programme_registration_status on programme_registration (session_id, status, requested_at);

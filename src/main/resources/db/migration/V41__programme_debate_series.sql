-- Programme: debate-workshop series. A series is a programme that is not a course run (for example six workshops
-- with the leaders of twenty neighbourhood councils): its organisers manage it, its regions decide which
-- coordinators follow it. Its sessions are ordinary programme sessions (registration, roll call, check-in, agenda
-- and calendar feeds work for them), so a session now belongs to exactly one run or one series. Organisations
-- are a simple shared record that participates in series and is marked present at sessions. A debate session has
-- one record (minutes, sanitised Markdown) and agreements; each agreement has follow-up notes written at later
-- sessions, each note keeping who, when and the status change.
-- The same SQL runs on H2 (MODE=MariaDB) and on MariaDB.

create table programme_series (
    id           bigint       not null auto_increment,
    name         varchar(200) not null,
    description  longtext     not null,
    municipality varchar(120) not null,
    state        varchar(3),
    created_by   bigint       not null,
    created_at   datetime(6)  not null,
    version      bigint       not null,
    primary key (id)
);

create table programme_series_region (
    series_id bigint not null,
    region_id bigint not null,
    primary key (series_id, region_id),
    constraint fk_programme_series_region_series foreign key (series_id) references programme_series (id),
    constraint fk_programme_series_region_region foreign key (region_id) references region (id)
);

create table programme_series_organiser (
    series_id bigint not null,
    person_id bigint not null,
    primary key (series_id, person_id),
    constraint fk_programme_series_organiser_series foreign key (series_id) references programme_series (id),
    constraint fk_programme_series_organiser_person foreign key (person_id) references person (id)
);

create table programme_organisation (
    id            bigint       not null auto_increment,
    name          varchar(200) not null,
    kind          varchar(30)  not null,
    municipality  varchar(120) not null,
    state         varchar(3)   not null,
    contact_name  varchar(200) not null,
    contact_email varchar(254) not null,
    contact_phone varchar(40)  not null,
    version       bigint       not null,
    primary key (id)
);

create table programme_series_organisation (
    series_id       bigint not null,
    organisation_id bigint not null,
    primary key (series_id, organisation_id),
    constraint fk_programme_series_org_series foreign key (series_id) references programme_series (id),
    constraint fk_programme_series_org_org foreign key (organisation_id) references programme_organisation (id)
);
create index ix_programme_series_org_org on programme_series_organisation (organisation_id);

alter table programme_session modify column run_id bigint null;
alter table programme_session add column series_id bigint;
alter table programme_session add constraint fk_programme_session_series foreign key (series_id)
    references programme_series (id);
alter table programme_session add constraint ck_programme_session_owner
    check ((run_id is null and series_id is not null) or (run_id is not null and series_id is null));
create index ix_programme_session_series on programme_session (series_id, starts_at);

create table programme_session_organisation (
    session_id      bigint not null,
    organisation_id bigint not null,
    primary key (session_id, organisation_id),
    constraint fk_programme_session_org_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_session_org_org foreign key (organisation_id) references programme_organisation (id)
);

create table programme_minutes (
    session_id bigint      not null,
    body       longtext    not null,
    author_id  bigint      not null,
    edited_at  datetime(6) not null,
    version    bigint      not null,
    primary key (session_id),
    constraint fk_programme_minutes_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_minutes_author foreign key (author_id) references person (id)
);

create table programme_agreement (
    id                          bigint        not null auto_increment,
    series_id                   bigint        not null,
    session_id                  bigint        not null,
    body                        varchar(2000) not null,
    responsible_person_id       bigint,
    responsible_organisation_id bigint,
    due_date                    date,
    status                      varchar(20)   not null,
    created_by                  bigint        not null,
    created_at                  datetime(6)   not null,
    version                     bigint        not null,
    primary key (id),
    constraint fk_programme_agreement_series foreign key (series_id) references programme_series (id),
    constraint fk_programme_agreement_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_agreement_person foreign key (responsible_person_id) references person (id),
    constraint fk_programme_agreement_org foreign key (responsible_organisation_id)
        references programme_organisation (id)
);
create index ix_programme_agreement_series on programme_agreement (series_id, status, due_date);

create table programme_agreement_note (
    id            bigint        not null auto_increment,
    agreement_id  bigint        not null,
    session_id    bigint,
    body          varchar(2000) not null,
    status_before varchar(20)   not null,
    status_after  varchar(20)   not null,
    written_by    bigint        not null,
    written_at    datetime(6)   not null,
    primary key (id),
    constraint fk_programme_agreement_note_agreement foreign key (agreement_id) references programme_agreement (id),
    constraint fk_programme_agreement_note_session foreign key (session_id) references programme_session (id)
);
create index ix_programme_agreement_note on programme_agreement_note (agreement_id, written_at);

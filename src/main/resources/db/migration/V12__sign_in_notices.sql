-- A notice for an account's owner after a burst of failed sign-ins on it, shown once at their next visit.
-- The same SQL runs on H2 (MODE=MariaDB) and on MariaDB.

create table sign_in_notice (
    id          bigint      not null auto_increment,
    person_id   bigint      not null,
    failures    int         not null,
    created_at  datetime(6) not null,
    seen_at     datetime(6),
    primary key (id),
    constraint fk_sign_in_notice_person foreign key (person_id) references person (id) on delete cascade
);

create index ix_sign_in_notice_unseen on sign_in_notice (person_id, seen_at);

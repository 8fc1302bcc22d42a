-- Spring Modulith's JDBC event publication registry (its schema v2): an event published in a committed
-- transaction stays here until its listener succeeds, so a crash in between does not lose it. The table name is
-- upper case because the registry's own SQL spells it so (MariaDB table names are case-sensitive on Linux).
-- datetime rather than the registry's timestamp: on MariaDB servers without explicit_defaults_for_timestamp a
-- first NOT NULL timestamp column silently gets ON UPDATE CURRENT_TIMESTAMP.
create table EVENT_PUBLICATION (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       datetime(6)   not null,
    completion_date        datetime(6)   null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date datetime(6)   null,
    primary key (id)
);

create index ix_event_publication_completion on EVENT_PUBLICATION (completion_date);

-- Accounts created for someone else (bulk import) have no password until they follow their activation link.
alter table person modify password_hash varchar(255) null;

-- One-time links for setting a password: forgotten password (1 hour) and account activation (14 days). Only a
-- SHA-256 hash of the token is stored; the token itself exists only in the link.
create table account_link (
    id          bigint      not null auto_increment,
    person_id   bigint      not null,
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null,
    created_at  datetime(6) not null,
    expires_at  datetime(6) not null,
    used_at     datetime(6),
    primary key (id),
    constraint uk_account_link_token unique (token_hash),
    constraint fk_account_link_person foreign key (person_id) references person (id) on delete cascade
);

create index ix_account_link_person on account_link (person_id, purpose);

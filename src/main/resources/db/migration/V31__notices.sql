-- In-app notices: one row per person and thing to hear about, written after the event that caused it commits.
-- The bell, the list and (later) digests read these rows. source_key names the cause (e.g. "message:42"), so a
-- listener run twice after a crash writes one row.
create table notice (
    id          bigint        not null auto_increment,
    person_id   bigint        not null,
    kind        varchar(40)   not null,
    source_key  varchar(80)   not null,
    actor_name  varchar(200)  not null,
    subject     varchar(300)  not null,
    excerpt     varchar(300)  not null,
    link        varchar(300)  not null,
    created_at  datetime(6)   not null,
    read_at     datetime(6),
    primary key (id),
    constraint uk_notice_source unique (person_id, source_key),
    constraint fk_notice_person foreign key (person_id) references person (id) on delete cascade
);

create index ix_notice_unread on notice (person_id, read_at);
create index ix_notice_recent on notice (person_id, id);

-- Notifications: the mail outbox, per-person mail preferences and the key that signs unsubscribe links.

-- A message is written here in the same transaction as the change it reports, and sent later by the worker.
-- status: PENDING (due at next_attempt_at), SENDING (claimed by claimed_by at claimed_at), SENT, FAILED
-- (gave up after max attempts), DROPPED (the person unsubscribed before it left). Bodies are cleared once sent.
create table mail_outbox (
    id              bigint        not null auto_increment,
    person_id       bigint,
    kind            varchar(40)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    text_body       text,
    html_body       text,
    list_unsubscribe varchar(600),
    message_id      varchar(120)  not null,
    status          varchar(12)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   not null,
    claimed_at      datetime(6),
    claimed_by      varchar(80),
    last_error      varchar(500),
    created_at      datetime(6)   not null,
    sent_at         datetime(6),
    primary key (id),
    constraint uk_mail_outbox_message_id unique (message_id)
);

create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);

-- One row per person and kind they changed from the default (immediately).
create table mail_preference (
    person_id  bigint      not null,
    kind       varchar(40) not null,
    frequency  varchar(20) not null,
    updated_at datetime(6) not null,
    primary key (person_id, kind),
    constraint fk_mail_preference_person foreign key (person_id) references person (id) on delete cascade
);

create table mail_signing_key (
    id         int          not null,
    secret     varchar(100) not null,
    created_at datetime(6)  not null,
    primary key (id)
);

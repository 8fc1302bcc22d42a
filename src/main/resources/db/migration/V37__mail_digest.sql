-- E-mail for the Network's notices, per kind: immediately, in the daily digest, or never.

-- The one community mail kind becomes three (replies, mentions, messages); a choice made for it holds for each.
insert into mail_preference (person_id, kind, frequency, updated_at)
    select person_id, 'COMMUNITY_REPLY', frequency, updated_at from mail_preference where kind = 'COMMUNITY';
insert into mail_preference (person_id, kind, frequency, updated_at)
    select person_id, 'COMMUNITY_MESSAGE', frequency, updated_at from mail_preference where kind = 'COMMUNITY';
update mail_preference set kind = 'COMMUNITY_MENTION' where kind = 'COMMUNITY';
update mail_outbox set kind = 'COMMUNITY_MENTION' where kind = 'COMMUNITY';

-- A notice waiting for its person's daily digest (set when written, for people who chose the digest).
alter table notice add column digest_pending boolean default false not null;
create index ix_notice_digest on notice (digest_pending, person_id);

-- One row per person and day a digest was made: the primary key is what keeps a second run, or a second node,
-- from sending the same day's digest again.
create table mail_digest (
    person_id   bigint      not null,
    digest_date date        not null,
    notices     int         not null,
    created_at  datetime(6) not null,
    primary key (person_id, digest_date),
    constraint fk_mail_digest_person foreign key (person_id) references person (id) on delete cascade
);

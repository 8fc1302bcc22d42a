-- The Network's people half: opt-in network profiles, Mexico's UNESCO Creative Cities, one-to-one
-- conversations with their messages, and blocks between members.

-- Mexico's members of the UNESCO Creative Cities Network (Mexican Network of Creative Cities, 2020) and the
-- UNESCO field and year of each designation (fields: DESIGN, CRAFTS_AND_FOLK_ART, GASTRONOMY, MEDIA_ARTS, MUSIC,
-- FILM, LITERATURE).
create table creative_city (
    code        varchar(40)  not null,
    name        varchar(120) not null,
    state       varchar(3)   not null,
    unesco_field varchar(40) not null,
    designated  int          not null,
    sort_order  int          not null,
    primary key (code)
);

insert into creative_city (code, name, state, unesco_field, designated, sort_order) values
    ('QUERETARO', 'Querétaro', 'QUE', 'DESIGN', 2019, 1),
    ('SAN_CRISTOBAL', 'San Cristóbal de las Casas', 'CHP', 'CRAFTS_AND_FOLK_ART', 2015, 2),
    ('MERIDA', 'Mérida', 'YUC', 'GASTRONOMY', 2019, 3),
    ('CIUDAD_DE_MEXICO', 'Ciudad de México', 'CMX', 'DESIGN', 2017, 4),
    ('ENSENADA', 'Ensenada', 'BCN', 'GASTRONOMY', 2015, 5),
    ('PUEBLA', 'Puebla', 'PUE', 'DESIGN', 2015, 6),
    ('GUADALAJARA', 'Guadalajara', 'JAL', 'MEDIA_ARTS', 2017, 7),
    ('MORELIA', 'Morelia', 'MIC', 'MUSIC', 2017, 8);

-- What a person adds to their account's profile for the Network. Name, position, place and creative fields stay
-- in person; this row holds only what the Network adds. Visible to other members only while published = true.
create table network_profile (
    person_id      bigint        not null,
    published      boolean       not null,
    organisation   varchar(200),
    creative_city  varchar(40),
    bio            varchar(1000),
    can_share      varchar(1000),
    looking_for    varchar(1000),
    avatar_id      bigint,
    updated_at     datetime(6)   not null,
    version        bigint        not null,
    primary key (person_id),
    constraint fk_network_profile_person foreign key (person_id) references person (id) on delete cascade,
    constraint fk_network_profile_city foreign key (creative_city) references creative_city (code)
);

create index ix_network_profile_published on network_profile (published, creative_city);

-- A one-to-one conversation; person_a < person_b, so a pair has exactly one conversation.
-- a_read_upto / b_read_upto: the id of the last message each side has read (0 for none).
create table conversation (
    id            bigint       not null auto_increment,
    person_a      bigint       not null,
    person_b      bigint       not null,
    started_at    datetime(6)  not null,
    last_message_at datetime(6) not null,
    last_message_id bigint     not null,
    a_read_upto   bigint       not null,
    b_read_upto   bigint       not null,
    primary key (id),
    constraint uk_conversation_pair unique (person_a, person_b),
    constraint fk_conversation_a foreign key (person_a) references person (id) on delete cascade,
    constraint fk_conversation_b foreign key (person_b) references person (id) on delete cascade
);

create index ix_conversation_a on conversation (person_a, last_message_at);
create index ix_conversation_b on conversation (person_b, last_message_at);

create table direct_message (
    id              bigint        not null auto_increment,
    conversation_id bigint        not null,
    sender_id       bigint        not null,
    body            varchar(4000) not null,
    sent_at         datetime(6)   not null,
    primary key (id),
    constraint fk_direct_message_conversation foreign key (conversation_id) references conversation (id)
        on delete cascade
);

create index ix_direct_message_conversation on direct_message (conversation_id, id);
create index ix_direct_message_sender on direct_message (sender_id, sent_at);

-- blocker does not want messages from blocked (and sends none to them while the block stands).
create table member_block (
    blocker_id  bigint      not null,
    blocked_id  bigint      not null,
    created_at  datetime(6) not null,
    primary key (blocker_id, blocked_id),
    constraint fk_member_block_blocker foreign key (blocker_id) references person (id) on delete cascade,
    constraint fk_member_block_blocked foreign key (blocked_id) references person (id) on delete cascade
);

create index ix_member_block_blocked on member_block (blocked_id);

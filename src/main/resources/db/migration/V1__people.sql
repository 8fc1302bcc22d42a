-- People: accounts, roles, profiles, the programme's regions and platform settings.
-- The same SQL runs on H2 (MODE=MariaDB) and on MariaDB.

create table region (
    id          bigint       not null auto_increment,
    name        varchar(120) not null,
    sort_order  int          not null,
    version     bigint       not null,
    primary key (id),
    constraint uk_region_name unique (name)
);

create table person (
    id                 bigint       not null auto_increment,
    username           varchar(60)  not null,
    email              varchar(254) not null,
    password_hash      varchar(255) not null,
    full_name          varchar(200) not null,
    preferred_language varchar(10)  not null,
    state_code         varchar(3),
    municipality       varchar(120),
    region_id          bigint,
    position_code      varchar(40),
    enabled            boolean      not null,
    created_at         datetime(6)  not null,
    version            bigint       not null,
    primary key (id),
    constraint uk_person_username unique (username),
    constraint uk_person_email unique (email),
    constraint fk_person_region foreign key (region_id) references region (id)
);

create index ix_person_state on person (state_code);
create index ix_person_region on person (region_id);

create table person_role (
    person_id bigint      not null,
    role      varchar(20) not null,
    primary key (person_id, role),
    constraint fk_person_role_person foreign key (person_id) references person (id) on delete cascade
);

create table person_creative_field (
    person_id      bigint      not null,
    creative_field varchar(40) not null,
    primary key (person_id, creative_field),
    constraint fk_person_field_person foreign key (person_id) references person (id) on delete cascade
);

create table platform_setting (
    name          varchar(80)  not null,
    setting_value varchar(500) not null,
    version       bigint       not null,
    primary key (name)
);

-- Nine programme regions as a starting point; admins rename, add or remove them in Settings.
insert into region (name, sort_order, version) values
    ('Noroeste', 1, 0),
    ('Noreste', 2, 0),
    ('Occidente', 3, 0),
    ('Bajío', 4, 0),
    ('Centro', 5, 0),
    ('Golfo', 6, 0),
    ('Pacífico Sur', 7, 0),
    ('Sureste', 8, 0),
    ('Península de Yucatán', 9, 0);

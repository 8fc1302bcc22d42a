-- Courses: an editable draft (course -> module -> item) plus immutable published versions.
-- Items are lessons or quizzes; each module and item has a stable key that survives republishing and
-- restoring, so learner progress and search documents can refer to it.

create table topic (
    id         bigint       not null auto_increment,
    code       varchar(60)  not null,
    name_es    varchar(120) not null,
    name_en    varchar(120) not null,
    sort_order int          not null,
    version    bigint       not null,
    primary key (id),
    constraint uk_topic_code unique (code)
);

insert into topic (code, name_es, name_en, sort_order, version) values
    ('gestion-empresarial', 'Gestión empresarial', 'Business management', 1, 0),
    ('mercadotecnia', 'Mercadotecnia', 'Marketing', 2, 0),
    ('habilidades-organizativas', 'Habilidades organizativas', 'Organisational skills', 3, 0),
    ('asuntos-juridicos', 'Asuntos jurídicos', 'Legal matters', 4, 0),
    ('politica-cultural', 'Política cultural', 'Cultural policy', 5, 0);

create table course (
    id                bigint        not null auto_increment,
    code              varchar(80),
    title             varchar(200)  not null,
    summary           varchar(2000) not null,
    language          varchar(10)   not null,
    estimated_hours   int           not null,
    cover_media_id    bigint,
    owner_id          bigint        not null,
    state             varchar(20)   not null,
    published_version int,
    created_at        datetime(6)   not null,
    updated_at        datetime(6)   not null,
    version           bigint        not null,
    primary key (id),
    constraint uk_course_code unique (code),
    constraint fk_course_owner foreign key (owner_id) references person (id)
);

create index ix_course_state on course (state);
create index ix_course_owner on course (owner_id);

create table course_topic (
    course_id bigint not null,
    topic_id  bigint not null,
    primary key (course_id, topic_id),
    constraint fk_course_topic_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_topic_topic foreign key (topic_id) references topic (id)
);

create table course_trainer (
    course_id bigint not null,
    person_id bigint not null,
    primary key (course_id, person_id),
    constraint fk_course_trainer_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_trainer_person foreign key (person_id) references person (id)
);

create table course_module (
    id         bigint        not null auto_increment,
    course_id  bigint        not null,
    module_key varchar(40)   not null,
    position   int           not null,
    title      varchar(200)  not null,
    objectives varchar(4000) not null,
    version    bigint        not null,
    primary key (id),
    constraint uk_module_key unique (course_id, module_key),
    constraint fk_module_course foreign key (course_id) references course (id) on delete cascade
);

create table course_item (
    id            bigint       not null auto_increment,
    module_id     bigint       not null,
    course_id     bigint       not null,
    item_key      varchar(40)  not null,
    position      int          not null,
    kind          varchar(10)  not null,
    title         varchar(200) not null,
    required      boolean      not null,
    body_markdown longtext,
    version       bigint       not null,
    primary key (id),
    constraint uk_item_key unique (course_id, item_key),
    constraint fk_item_module foreign key (module_id) references course_module (id) on delete cascade,
    constraint fk_item_course foreign key (course_id) references course (id) on delete cascade
);

create index ix_item_module on course_item (module_id, position);

-- One row per publish: the course structure as JSON (lesson bodies apart, below), never updated afterwards.
create table course_version (
    id           bigint        not null auto_increment,
    course_id    bigint        not null,
    number       int           not null,
    published_at datetime(6)   not null,
    published_by bigint        not null,
    change_summary varchar(4000) not null,
    snapshot     longtext      not null,
    primary key (id),
    constraint uk_course_version unique (course_id, number),
    constraint fk_version_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_version_person foreign key (published_by) references person (id)
);

-- The lesson bodies of each published version, one row per lesson, never updated afterwards.
create table course_version_lesson (
    course_id     bigint      not null,
    number        int         not null,
    item_key      varchar(40) not null,
    body_markdown longtext    not null,
    primary key (course_id, number, item_key),
    constraint fk_version_lesson_version foreign key (course_id, number) references course_version (course_id, number) on delete cascade
);

-- The Network's discussions: spaces (network-wide categories and one per course), threads, posts (a thread's
-- opening post has seq 0, replies 1, 2, ...), "useful" reactions, following, read markers, and the moderation of
-- posts (reports, suspensions, network moderators and a log of every action).

-- kind: CATEGORY (network-wide, admin-managed) or COURSE (its members: enrolled learners, trainers, admins).
create table community_space (
    id             bigint        not null auto_increment,
    kind           varchar(12)   not null,
    course_id      bigint,
    slug           varchar(60),
    name_es        varchar(120)  not null,
    name_en        varchar(120)  not null,
    description_es varchar(500)  not null,
    description_en varchar(500)  not null,
    sort_order     int           not null,
    archived       boolean       not null,
    thread_count   int           not null,
    last_post_at   datetime(6),
    version        bigint        not null,
    primary key (id),
    constraint uk_community_space_course unique (course_id),
    constraint uk_community_space_slug unique (slug)
);

-- kind: DISCUSSION or DEBATE. post_count counts replies (seq 1..post_count); the opening post is seq 0.
create table community_thread (
    id              bigint        not null auto_increment,
    space_id        bigint        not null,
    kind            varchar(12)   not null,
    title           varchar(200)  not null,
    author_id       bigint        not null,
    pinned          boolean       not null,
    closed          boolean       not null,
    hidden          boolean       not null,
    answer_post_id  bigint,
    post_count      int           not null,
    created_at      datetime(6)   not null,
    last_post_at    datetime(6)   not null,
    version         bigint        not null,
    primary key (id),
    constraint fk_community_thread_space foreign key (space_id) references community_space (id),
    constraint fk_community_thread_author foreign key (author_id) references person (id)
);

create index ix_community_thread_list on community_thread (space_id, hidden, pinned, last_post_at);
create index ix_community_thread_author on community_thread (author_id);

-- html is the sanitised rendering of body (Markdown), made once when written. stance: FOR, AGAINST or PROPOSAL
-- on replies to a debate thread. edited_shown: a moderator (or the author after the window) changed it.
create table community_post (
    id              bigint        not null auto_increment,
    thread_id       bigint        not null,
    seq             int           not null,
    author_id       bigint        not null,
    body            longtext      not null,
    html            longtext      not null,
    quoted_post_id  bigint,
    stance          varchar(12),
    useful_count    int           not null,
    hidden          boolean       not null,
    created_at      datetime(6)   not null,
    edited_at       datetime(6),
    edited_by       bigint,
    edited_shown    boolean       not null,
    version         bigint        not null,
    primary key (id),
    constraint uk_community_post_seq unique (thread_id, seq),
    constraint fk_community_post_thread foreign key (thread_id) references community_thread (id),
    constraint fk_community_post_author foreign key (author_id) references person (id)
);

create index ix_community_post_author on community_post (author_id, created_at);

create table community_useful (
    post_id    bigint      not null,
    person_id  bigint      not null,
    created_at datetime(6) not null,
    primary key (post_id, person_id),
    constraint fk_community_useful_post foreign key (post_id) references community_post (id)
);

-- following: true = follows explicitly, false = chose to stop following (even as author or replier).
create table community_follow (
    thread_id  bigint      not null,
    person_id  bigint      not null,
    following  boolean     not null,
    primary key (thread_id, person_id),
    constraint fk_community_follow_thread foreign key (thread_id) references community_thread (id)
);

-- The highest seq a person has seen in a thread.
create table community_read_marker (
    person_id  bigint      not null,
    thread_id  bigint      not null,
    seen_seq   int         not null,
    seen_at    datetime(6) not null,
    primary key (person_id, thread_id),
    constraint fk_community_read_thread foreign key (thread_id) references community_thread (id)
);

-- status: OPEN, HIDDEN (a moderator hid the post), DISMISSED (kept as it was).
create table community_report (
    id           bigint        not null auto_increment,
    post_id      bigint        not null,
    reporter_id  bigint        not null,
    reason       varchar(500)  not null,
    status       varchar(12)   not null,
    created_at   datetime(6)   not null,
    resolved_at  datetime(6),
    resolved_by  bigint,
    primary key (id),
    constraint uk_community_report_once unique (post_id, reporter_id),
    constraint fk_community_report_post foreign key (post_id) references community_post (id)
);

create index ix_community_report_status on community_report (status, created_at);

create table community_suspension (
    id          bigint        not null auto_increment,
    person_id   bigint        not null,
    until_at    datetime(6)   not null,
    reason      varchar(500)  not null,
    created_by  bigint        not null,
    created_at  datetime(6)   not null,
    lifted_at   datetime(6),
    primary key (id),
    constraint fk_community_suspension_person foreign key (person_id) references person (id)
);

create index ix_community_suspension_person on community_suspension (person_id, until_at);

create table community_moderator (
    person_id  bigint      not null,
    named_by   bigint      not null,
    named_at   datetime(6) not null,
    primary key (person_id),
    constraint fk_community_moderator_person foreign key (person_id) references person (id)
);

-- Every moderation action, with who and why. action: HIDE, RESTORE, DISMISS, SUSPEND, LIFT, PIN, UNPIN, CLOSE,
-- REOPEN, EDIT, NAME_MODERATOR, REMOVE_MODERATOR.
create table community_moderation_log (
    id            bigint        not null auto_increment,
    at            datetime(6)   not null,
    moderator_id  bigint,
    action        varchar(20)   not null,
    space_id      bigint,
    thread_id     bigint,
    post_id       bigint,
    person_id     bigint,
    reason        varchar(500)  not null,
    primary key (id)
);

create index ix_community_moderation_log_at on community_moderation_log (at);

-- The network-wide categories, one per theme and one per creative field.
insert into community_space (kind, slug, name_es, name_en, description_es, description_en, sort_order, archived,
                             thread_count, version) values
('CATEGORY', 'politica-cultural', 'Política cultural', 'Cultural policy',
 'Leyes, planes y programas culturales municipales y estatales.', 'Municipal and state cultural laws, plans and programmes.', 10, false, 0, 0),
('CATEGORY', 'financiamiento', 'Financiamiento', 'Financing',
 'Convocatorias, fondos, patrocinios y presupuestos para la cultura.', 'Calls, funds, sponsorship and budgets for culture.', 20, false, 0, 0),
('CATEGORY', 'mercadotecnia', 'Mercadotecnia', 'Marketing',
 'Difusión, públicos y comunicación de proyectos culturales.', 'Promotion, audiences and communication of cultural projects.', 30, false, 0, 0),
('CATEGORY', 'asuntos-legales', 'Asuntos legales', 'Legal matters',
 'Contratos, derechos de autor, permisos y figuras jurídicas.', 'Contracts, copyright, permits and legal entities.', 40, false, 0, 0),
('CATEGORY', 'festivales', 'Festivales', 'Festivals',
 'Organización, programación y evaluación de festivales.', 'Organising, programming and evaluating festivals.', 50, false, 0, 0),
('CATEGORY', 'ciudades-creativas', 'Ciudades Creativas', 'Creative Cities',
 'La Red de Ciudades Creativas de la UNESCO en México y cómo sumarse.', 'UNESCO Creative Cities in Mexico and how to join.', 60, false, 0, 0),
('CATEGORY', 'campo-performing-arts', 'Artes escénicas', 'Performing arts', '', '', 100, false, 0, 0),
('CATEGORY', 'campo-music', 'Música', 'Music', '', '', 101, false, 0, 0),
('CATEGORY', 'campo-dance', 'Danza', 'Dance', '', '', 102, false, 0, 0),
('CATEGORY', 'campo-visual-arts', 'Artes visuales', 'Visual arts', '', '', 103, false, 0, 0),
('CATEGORY', 'campo-literature', 'Literatura', 'Literature', '', '', 104, false, 0, 0),
('CATEGORY', 'campo-cinema-and-audiovisual', 'Cine y audiovisual', 'Film and audiovisual', '', '', 105, false, 0, 0),
('CATEGORY', 'campo-photography', 'Fotografía', 'Photography', '', '', 106, false, 0, 0),
('CATEGORY', 'campo-design', 'Diseño', 'Design', '', '', 107, false, 0, 0),
('CATEGORY', 'campo-crafts', 'Artesanías', 'Crafts', '', '', 108, false, 0, 0),
('CATEGORY', 'campo-heritage', 'Patrimonio', 'Heritage', '', '', 109, false, 0, 0),
('CATEGORY', 'campo-gastronomy', 'Gastronomía', 'Gastronomy', '', '', 110, false, 0, 0),
('CATEGORY', 'campo-digital-media', 'Medios digitales', 'Digital media', '', '', 111, false, 0, 0),
('CATEGORY', 'campo-cultural-management', 'Gestión cultural', 'Cultural management', '', '', 112, false, 0, 0),
('CATEGORY', 'campo-other', 'Otros campos creativos', 'Other creative fields', '', '', 113, false, 0, 0);

-- Assessment: each course's question bank (categories and questions), the settings and slots of each quiz item,
-- and the quizzes frozen with each published course version. The same SQL runs on H2 (MODE=MariaDB) and MariaDB.

create table question_category (
    id         bigint       not null auto_increment,
    course_id  bigint       not null,
    name       varchar(120) not null,
    created_at datetime(6)  not null,
    version    bigint       not null,
    primary key (id),
    constraint uk_question_category_name unique (course_id, name),
    constraint fk_question_category_course foreign key (course_id) references course (id) on delete cascade
);

-- A question keeps its key for life, so published versions, attempts and imports can refer to it. What differs
-- between types (options, accepted answers, pairs, items) is JSON, validated by the Java records before storing.
create table question (
    id               bigint        not null auto_increment,
    course_id        bigint        not null,
    category_id      bigint        not null,
    question_key     varchar(40)   not null,
    question_type    varchar(20)   not null,
    question_text    varchar(5000) not null,
    points           decimal(7, 2) not null,
    general_feedback varchar(5000) not null,
    type_data        longtext      not null,
    created_at       datetime(6)   not null,
    updated_at       datetime(6)   not null,
    version          bigint        not null,
    primary key (id),
    constraint uk_question_key unique (course_id, question_key),
    constraint fk_question_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_question_category foreign key (category_id) references question_category (id) on delete cascade
);

create index ix_question_category on question (category_id);

-- The settings of a quiz item of the course draft (the item itself belongs to the courses module).
create table quiz (
    id                 bigint      not null auto_increment,
    course_id          bigint      not null,
    item_key           varchar(40) not null,
    pass_mark          int         not null,
    attempts_allowed   int         not null,
    time_limit_minutes int         not null,
    shuffle_questions  boolean     not null,
    shuffle_answers    boolean     not null,
    feedback_timing    varchar(20) not null,
    grading_policy     varchar(10) not null,
    closes_on          date,
    version            bigint      not null,
    primary key (id),
    constraint uk_quiz_item unique (course_id, item_key),
    constraint fk_quiz_course foreign key (course_id) references course (id) on delete cascade
);

-- A slot is either one fixed question (by its stable key) or "draw N at random from a category".
create table quiz_slot (
    id           bigint      not null auto_increment,
    quiz_id      bigint      not null,
    position     int         not null,
    question_key varchar(40),
    category_id  bigint,
    draw_count   int,
    primary key (id),
    constraint fk_quiz_slot_quiz foreign key (quiz_id) references quiz (id) on delete cascade,
    constraint fk_quiz_slot_category foreign key (category_id) references question_category (id) on delete cascade
);

create index ix_quiz_slot_quiz on quiz_slot (quiz_id, position);

-- One row per quiz item and published course version: the settings and every question as JSON, written in the
-- publishing transaction and never updated afterwards.
create table quiz_version (
    course_id      bigint      not null,
    course_version int         not null,
    item_key       varchar(40) not null,
    snapshot       longtext    not null,
    primary key (course_id, course_version, item_key),
    constraint fk_quiz_version_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_quiz_version_version foreign key (course_id, course_version)
        references course_version (course_id, number) on delete cascade
);

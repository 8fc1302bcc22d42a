-- Courses: course -> module -> lesson. Codes are stable slugs from the course package, unique per course.

create table course (
    id              bigint        not null auto_increment,
    code            varchar(80)   not null,
    title           varchar(200)  not null,
    summary         varchar(2000) not null,
    language        varchar(10)   not null,
    estimated_hours int           not null,
    owner_id        bigint        not null,
    status          varchar(20)   not null,
    created_at      datetime(6)   not null,
    version         bigint        not null,
    primary key (id),
    constraint uk_course_code unique (code),
    constraint fk_course_owner foreign key (owner_id) references person (id)
);

create table course_topic (
    course_id bigint      not null,
    topic     varchar(60) not null,
    primary key (course_id, topic),
    constraint fk_course_topic_course foreign key (course_id) references course (id) on delete cascade
);

create table course_module (
    id         bigint        not null auto_increment,
    course_id  bigint        not null,
    position   int           not null,
    code       varchar(80)   not null,
    title      varchar(200)  not null,
    objectives varchar(4000) not null,
    primary key (id),
    constraint uk_module_code unique (course_id, code),
    constraint fk_module_course foreign key (course_id) references course (id) on delete cascade
);

create table lesson (
    id            bigint       not null auto_increment,
    module_id     bigint       not null,
    position      int          not null,
    code          varchar(80)  not null,
    title         varchar(200) not null,
    body_markdown longtext     not null,
    required      boolean      not null,
    primary key (id),
    constraint fk_lesson_module foreign key (module_id) references course_module (id) on delete cascade
);

create index ix_lesson_module on lesson (module_id, position);

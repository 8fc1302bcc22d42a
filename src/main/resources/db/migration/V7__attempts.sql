-- Quiz attempts: one row per attempt, with the questions drawn for it at start (so a resume shows the same ones),
-- and one row per (attempt, question) holding the learner's latest answer. Scores and states are written only by
-- the server. The same SQL runs on H2 (MODE=MariaDB) and MariaDB.

create table quiz_attempt (
    id              bigint        not null auto_increment,
    course_id       bigint        not null,
    course_version  int           not null,
    item_key        varchar(40)   not null,
    learner_id      bigint        not null,
    attempt_number  int           not null,
    state           varchar(20)   not null,
    question_keys   longtext      not null,
    started_at      datetime(6)   not null,
    deadline        datetime(6),
    submitted_at    datetime(6),
    graded_at       datetime(6),
    score           decimal(9, 2),
    max_score       decimal(9, 2),
    grade_percent   decimal(5, 2),
    version         bigint        not null,
    primary key (id),
    -- Two tabs starting at once cannot both create attempt n: one insert fails and that tab resumes the other's.
    constraint uk_quiz_attempt_number unique (course_id, item_key, learner_id, attempt_number),
    constraint fk_quiz_attempt_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_quiz_attempt_learner foreign key (learner_id) references person (id) on delete cascade
);

create index ix_quiz_attempt_state on quiz_attempt (state, deadline);

create table quiz_answer (
    id              bigint        not null auto_increment,
    attempt_id      bigint        not null,
    position        int           not null,
    question_key    varchar(40)   not null,
    response        longtext      not null,
    revision        int           not null,
    saved_at        datetime(6)   not null,
    points          decimal(9, 2),
    max_points      decimal(9, 2) not null,
    pending         boolean       not null,
    -- With immediate feedback the learner checks an answer, sees its feedback, and can no longer change it.
    checked         boolean       not null,
    grader_comment  varchar(5000),
    graded_by       bigint,
    graded_at       datetime(6),
    version         bigint        not null,
    primary key (id),
    constraint uk_quiz_answer_question unique (attempt_id, question_key),
    constraint fk_quiz_answer_attempt foreign key (attempt_id) references quiz_attempt (id) on delete cascade
);

create index ix_quiz_answer_pending on quiz_answer (pending);

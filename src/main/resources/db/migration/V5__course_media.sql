-- Which stored files a course uses: in its draft, and in each published version. Media downloads are allowed
-- to people who may see a course that uses the file (learners: the current published version).

create table course_media (
    course_id bigint not null,
    media_id  bigint not null,
    primary key (course_id, media_id),
    constraint fk_course_media_course foreign key (course_id) references course (id) on delete cascade
);

create index ix_course_media_media on course_media (media_id);

create table course_version_media (
    course_id bigint not null,
    number    int    not null,
    media_id  bigint not null,
    primary key (course_id, number, media_id),
    constraint fk_version_media_version foreign key (course_id, number) references course_version (course_id, number) on delete cascade
);

create index ix_version_media_media on course_version_media (media_id);

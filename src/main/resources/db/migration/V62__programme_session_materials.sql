-- Programme: materials of an on-site session, in the order trainers added them. A material is either a lesson of
-- the run's course (its stable item key, so it survives republishing) or an uploaded file kept by media. The
-- title is what the card shows: the lesson's title when added, or the file's cleaned-up name.

create table programme_session_material (
    id          bigint       not null auto_increment,
    session_id  bigint       not null,
    lesson_key  varchar(64),
    media_id    bigint,
    title       varchar(300) not null,
    added_by    bigint       not null,
    added_at    datetime(6)  not null,
    primary key (id),
    constraint fk_programme_material_session foreign key (session_id) references programme_session (id),
    constraint fk_programme_material_media foreign key (media_id) references media_file (id),
    constraint fk_programme_material_person foreign key (added_by) references person (id)
);
create index ix_programme_material_session on programme_session_material (session_id, id);
create index ix_programme_material_media on programme_session_material (media_id);

-- Media: one row per upload. The bytes live content-addressed under <data-dir>/media/ab/cd/<sha256>, so several
-- rows (the same file uploaded twice) may share one stored file. original_name is for display and downloads only.

create table media_file (
    id            bigint       not null auto_increment,
    sha256        char(64)     not null,
    media_type    varchar(120) not null,
    size_bytes    bigint       not null,
    original_name varchar(255) not null,
    uploaded_by   bigint       not null,
    created_at    datetime(6)  not null,
    width         int,
    height        int,
    primary key (id),
    constraint fk_media_file_uploader foreign key (uploaded_by) references person (id)
);

-- Finding the rows that share stored bytes (for clean-up); the foreign key already indexes uploaded_by.
create index ix_media_file_sha256 on media_file (sha256);

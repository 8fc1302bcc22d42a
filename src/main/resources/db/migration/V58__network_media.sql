-- Files in Network posts: inline images (kind IMAGE, referenced from the post's Markdown) and attachments
-- (kind ATTACHMENT, listed under the post). Name and size are copied from the (immutable) media file for listing.
-- Readers of a post may read its files (community's PostMediaPolicy).
create table community_post_file (
    post_id   bigint       not null,
    media_id  bigint       not null,
    kind      varchar(12)  not null,
    position  int          not null,
    name      varchar(255) not null,
    size_bytes bigint       not null,
    primary key (post_id, media_id),
    constraint fk_community_post_file_post foreign key (post_id) references community_post (id),
    constraint fk_community_post_file_media foreign key (media_id) references media_file (id)
);

create index ix_community_post_file_media on community_post_file (media_id);

-- Shared resources ("Buenas prácticas"): a document (a media file), a link or a written experience (Markdown,
-- html is its sanitised rendering), with its topics and creative fields (comma-separated codes) and region.
-- status: PENDING (in the moderators' queue), PUBLISHED, REJECTED (back with reject_reason to its author).
create table community_resource (
    id              bigint        not null auto_increment,
    author_id       bigint        not null,
    kind            varchar(12)   not null,
    status          varchar(12)   not null,
    title           varchar(200)  not null,
    summary         varchar(1000) not null,
    topics          varchar(500)  not null,
    creative_fields varchar(500)  not null,
    region_id       bigint,
    url             varchar(1000),
    media_id        bigint,
    body            longtext,
    html            longtext,
    reject_reason   varchar(500),
    created_at      datetime(6)   not null,
    submitted_at    datetime(6)   not null,
    decided_at      datetime(6),
    decided_by      bigint,
    version         bigint        not null,
    primary key (id),
    constraint fk_community_resource_author foreign key (author_id) references person (id)
);

create index ix_community_resource_status on community_resource (status, submitted_at);
create index ix_community_resource_author on community_resource (author_id, status);

-- Reports of published resources. status: OPEN, REJECTED (taken back to its author), DISMISSED (kept).
create table community_resource_report (
    id           bigint        not null auto_increment,
    resource_id  bigint        not null,
    reporter_id  bigint        not null,
    reason       varchar(500)  not null,
    status       varchar(12)   not null,
    created_at   datetime(6)   not null,
    resolved_at  datetime(6),
    resolved_by  bigint,
    primary key (id),
    constraint uk_community_resource_report unique (resource_id, reporter_id),
    constraint fk_community_resource_report foreign key (resource_id) references community_resource (id)
);

create index ix_community_resource_report on community_resource_report (status, created_at);

-- Moderation of resources goes in the same log as that of posts.
alter table community_moderation_log add column resource_id bigint;

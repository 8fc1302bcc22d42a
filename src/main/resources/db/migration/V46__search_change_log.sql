-- The search change log: every change that affects the index is written here in the same transaction as the change
-- itself; every app node polls it and re-reads what changed into its own Lucene index (search.ChangeFollower),
-- remembering how far it got in its index's commit data. Old entries are pruned by one node (ShedLock).
create table search_change (
    id         bigint       not null auto_increment,
    kind       varchar(16)  not null,
    ref        varchar(200) not null,
    created_at timestamp(3) not null default current_timestamp(3),
    primary key (id)
);
create index search_change_created on search_change (created_at);

-- The highest id pruned so far: a node whose position is below it missed entries and rebuilds its index.
create table search_change_pruned (
    id             int    not null,
    pruned_through bigint not null,
    primary key (id)
);
insert into search_change_pruned (id, pruned_through) values (1, 0);

-- ShedLock's table: a scheduled job runs on the node that holds its row (base.ScheduledJobLocks). Times come
-- from the database's clock, so nodes whose clocks differ still agree.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    primary key (name)
);

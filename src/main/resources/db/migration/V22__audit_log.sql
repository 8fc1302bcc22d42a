-- The audit log: sign-ins, role changes, course package imports and exports. Kept for paralelo.audit.retention.
-- The same SQL runs on H2 (MODE=MariaDB) and on MariaDB.

create table audit_entry (
    id          bigint       not null auto_increment,
    occurred_at datetime(6)  not null,
    actor       varchar(254) not null,
    action      varchar(40)  not null,
    subject     varchar(500) not null,
    source      varchar(64)  not null,
    primary key (id)
);

create index ix_audit_entry_time on audit_entry (occurred_at);
create index ix_audit_entry_action_time on audit_entry (action, occurred_at);

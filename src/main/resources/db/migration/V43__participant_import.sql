-- Bulk participant import: the column mapping each admin chose, remembered by header (folded: no case, accents
-- or extra spaces), so the next file with the same headers comes pre-mapped.
create table import_column_choice (
    id         bigint auto_increment primary key,
    person_id  bigint       not null,
    header_key varchar(200) not null,
    field      varchar(20)  not null,
    constraint uq_import_column_choice unique (person_id, header_key),
    constraint fk_import_column_choice_person foreign key (person_id) references person (id) on delete cascade
);

-- One row that a confirmed import locks (select ... for update) so two imports never run side by side: the second
-- waits, then finds the first one's accounts and changes nothing.
create table import_lock (
    id        int         not null primary key,
    locked_at datetime(6)
);
insert into import_lock (id, locked_at) values (1, null);

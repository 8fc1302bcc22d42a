-- Coordinators: the programme regions each coordinator follows, or every region.
-- The same SQL runs on H2 (MODE=MariaDB) and on MariaDB.

alter table person add column coordinates_all_regions boolean not null default false;

create table coordinator_region (
    person_id bigint not null,
    region_id bigint not null,
    primary key (person_id, region_id),
    constraint fk_coordinator_region_person foreign key (person_id) references person (id) on delete cascade,
    constraint fk_coordinator_region_region foreign key (region_id) references region (id)
);
create index ix_coordinator_region_region on coordinator_region (region_id);

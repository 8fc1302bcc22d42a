-- Which states make up each programme region, so a person's region follows from their state. A state may sit in
-- several regions (then the person chooses); admins change the mapping with the regions. The nine starting
-- regions get a mapping of all 32 states; regions an admin renamed or added keep none until they set one.
create table region_state (
    region_id  bigint     not null,
    state_code varchar(3) not null,
    constraint pk_region_state primary key (region_id, state_code),
    constraint fk_region_state_region foreign key (region_id) references region (id) on delete cascade
);
create index ix_region_state_state on region_state (state_code);

insert into region_state (region_id, state_code) select id, 'BCN' from region where name = 'Noroeste';
insert into region_state (region_id, state_code) select id, 'BCS' from region where name = 'Noroeste';
insert into region_state (region_id, state_code) select id, 'SON' from region where name = 'Noroeste';
insert into region_state (region_id, state_code) select id, 'SIN' from region where name = 'Noroeste';
insert into region_state (region_id, state_code) select id, 'CHH' from region where name = 'Noreste';
insert into region_state (region_id, state_code) select id, 'COA' from region where name = 'Noreste';
insert into region_state (region_id, state_code) select id, 'NLE' from region where name = 'Noreste';
insert into region_state (region_id, state_code) select id, 'DUR' from region where name = 'Noreste';
insert into region_state (region_id, state_code) select id, 'JAL' from region where name = 'Occidente';
insert into region_state (region_id, state_code) select id, 'NAY' from region where name = 'Occidente';
insert into region_state (region_id, state_code) select id, 'COL' from region where name = 'Occidente';
insert into region_state (region_id, state_code) select id, 'MIC' from region where name = 'Occidente';
insert into region_state (region_id, state_code) select id, 'AGU' from region where name = 'Bajío';
insert into region_state (region_id, state_code) select id, 'GUA' from region where name = 'Bajío';
insert into region_state (region_id, state_code) select id, 'QUE' from region where name = 'Bajío';
insert into region_state (region_id, state_code) select id, 'SLP' from region where name = 'Bajío';
insert into region_state (region_id, state_code) select id, 'ZAC' from region where name = 'Bajío';
insert into region_state (region_id, state_code) select id, 'CMX' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'MEX' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'MOR' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'HID' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'TLA' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'PUE' from region where name = 'Centro';
insert into region_state (region_id, state_code) select id, 'TAM' from region where name = 'Golfo';
insert into region_state (region_id, state_code) select id, 'VER' from region where name = 'Golfo';
insert into region_state (region_id, state_code) select id, 'GRO' from region where name = 'Pacífico Sur';
insert into region_state (region_id, state_code) select id, 'OAX' from region where name = 'Pacífico Sur';
insert into region_state (region_id, state_code) select id, 'CHP' from region where name = 'Sureste';
insert into region_state (region_id, state_code) select id, 'TAB' from region where name = 'Sureste';
insert into region_state (region_id, state_code) select id, 'CAM' from region where name = 'Península de Yucatán';
insert into region_state (region_id, state_code) select id, 'YUC' from region where name = 'Península de Yucatán';
insert into region_state (region_id, state_code) select id, 'ROO' from region where name = 'Península de Yucatán';

-- Search: the text extracted from each stored file (so a rebuild never parses a PDF twice, and trainers see how
-- extraction went) and the admin-editable synonym list. The same SQL runs on H2 (MODE=MariaDB) and MariaDB.

create table search_extraction (
    media_id    bigint       not null,
    status      varchar(20)  not null,
    media_type  varchar(120) not null,
    file_name   varchar(255) not null,
    page_count  int          not null,
    char_count  int          not null,
    problem     varchar(500),
    pages       longtext     not null,
    updated_at  datetime(6)  not null,
    primary key (media_id),
    constraint fk_search_extraction_media foreign key (media_id) references media_file (id) on delete cascade
);

create table search_synonyms (
    id         bigint      not null,
    synonym_lines longtext  not null,
    updated_at datetime(6) not null,
    version    bigint      not null,
    primary key (id)
);

insert into search_synonyms (id, synonym_lines, updated_at, version) values (1,
'derechos de autor, propiedad intelectual
mercadotecnia, marketing
pyme, pequeña y mediana empresa
patrocinio, mecenazgo
presupuesto, presupuestación
gestor cultural, promotor cultural
financiamiento, financiación',
current_timestamp(6), 0);

-- Search (issue 10, weak queries): more sector synonym groups, the terms people in cultural management use for the
-- same thing. A group names the plural too where people type it, since the list is matched before stemming.
-- Appended to whatever list the install has (seeded or edited by its admins): a group whose line is already there,
-- typed by an admin or by an earlier run, is not added again, and a list that already holds every group is left as
-- it is. The version moves on when something is added, so an editor open during the upgrade is told to reload
-- instead of overwriting. One statement, so the list never holds half of it. Same SQL on H2 (MODE=MariaDB) and
-- MariaDB (where the comparison ignores accents and case, like the search itself).

update search_synonyms set synonym_lines = concat(synonym_lines,
'

# Añadidos por la actualización de la búsqueda (más sinónimos del sector):',
    case when synonym_lines like '%público objetivo, público meta, mercado meta, segmento, segmentos%' then '' else '
público objetivo, público meta, mercado meta, segmento, segmentos' end,
    case when synonym_lines like '%desarrollo de públicos, desarrollo de audiencias, formación de públicos%' then ''
    else '
desarrollo de públicos, desarrollo de audiencias, formación de públicos' end,
    case when synonym_lines like '%mercadotecnia, marketing, mercadeo%' then '' else '
mercadotecnia, marketing, mercadeo' end,
    case when synonym_lines like '%conflicto, conflictos, desacuerdo, desacuerdos%' then '' else '
conflicto, conflictos, desacuerdo, desacuerdos' end,
    case when synonym_lines like '%procuración de fondos, recaudación de fondos, captación de fondos%' then ''
    else '
procuración de fondos, recaudación de fondos, captación de fondos' end,
    case when synonym_lines like '%financiamiento colectivo, crowdfunding, micromecenazgo%' then '' else '
financiamiento colectivo, crowdfunding, micromecenazgo' end,
    case when synonym_lines like '%subsidio, subsidios, subvención, subvenciones%' then '' else '
subsidio, subsidios, subvención, subvenciones' end,
    case when synonym_lines like '%donativo, donativos, donación, donaciones%' then '' else '
donativo, donativos, donación, donaciones' end),
    version = version + 1
where id = 1 and (synonym_lines not like '%público objetivo, público meta, mercado meta, segmento, segmentos%'
    or synonym_lines not like '%desarrollo de públicos, desarrollo de audiencias, formación de públicos%'
    or synonym_lines not like '%mercadotecnia, marketing, mercadeo%'
    or synonym_lines not like '%conflicto, conflictos, desacuerdo, desacuerdos%'
    or synonym_lines not like '%procuración de fondos, recaudación de fondos, captación de fondos%'
    or synonym_lines not like '%financiamiento colectivo, crowdfunding, micromecenazgo%'
    or synonym_lines not like '%subsidio, subsidios, subvención, subvenciones%'
    or synonym_lines not like '%donativo, donativos, donación, donaciones%');

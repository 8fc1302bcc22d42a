-- Search (issue 10): the sector synonym list. An install whose list is still the V8 seed gets the new list; one
-- whose admins edited it keeps every line and gets the new groups appended (a repeated group does no harm: the
-- groups of one term merge). The version moves on either way, so an editor open during the upgrade is told to
-- reload instead of overwriting. Same SQL on H2 (MODE=MariaDB) and MariaDB.

update search_synonyms set synonym_lines =
'# Un grupo por línea: términos equivalentes separados por comas; sirven en los dos sentidos.
derechos de autor, derecho de autor, propiedad intelectual
mercadotecnia, marketing
pyme, pequeña y mediana empresa
patrocinio, mecenazgo
presupuesto, presupuestar, presupuestación
gestor cultural, promotor cultural
financiamiento, financiación
foda, dafo
público objetivo, audiencia, público meta
redes sociales, medios sociales
flujo de efectivo, flujo de caja
marco lógico, matriz de indicadores
cronograma, calendario de actividades',
    version = version + 1
where id = 1 and synonym_lines =
'derechos de autor, propiedad intelectual
mercadotecnia, marketing
pyme, pequeña y mediana empresa
patrocinio, mecenazgo
presupuesto, presupuestación
gestor cultural, promotor cultural
financiamiento, financiación';

update search_synonyms set synonym_lines = concat(synonym_lines,
'

# Añadidos por la actualización de la búsqueda (sinónimos del sector):
derechos de autor, derecho de autor, propiedad intelectual
presupuesto, presupuestar, presupuestación
foda, dafo
público objetivo, audiencia, público meta
redes sociales, medios sociales
flujo de efectivo, flujo de caja
marco lógico, matriz de indicadores
cronograma, calendario de actividades'),
    version = version + 1
where id = 1 and synonym_lines not like '%foda, dafo%';

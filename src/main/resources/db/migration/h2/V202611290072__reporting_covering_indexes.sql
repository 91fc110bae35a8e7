-- H2 keeps the plain indexes of V202611290070 (no partial indexes, no INCLUDE); PostgreSQL makes
-- them covering in its own V202611290072. This file keeps the two histories' versions alike.
comment on table reporting_case is 'The reporting read model: one row per complaint (reporting module).';

-- The BM04 dossier logs of a scope: each covered unit's current BM04 submission for its period
select m.data_code, c.submission_id
from figure_scope_unit m
join submission_current c on c.reporting_unit = m.data_code and c.period = m.period
where m.scope_id = :scope_id and c.form = 'BM04'
order by m.data_code

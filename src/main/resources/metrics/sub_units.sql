-- The sub-units of a unit's own BM02 (its districts), or the unit itself, with their names
select distinct sub_unit as grp, sub_unit_name as name
from unit_rows

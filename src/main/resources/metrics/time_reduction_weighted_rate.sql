-- Days cut weighted by dossiers received (BM03): Σ(received·reduced) / Σ(received·statutory)
select grp, coalesce(sum(coalesce(dossiers_received, 0) * coalesce(reduced_days, statutory_days - actual_days)), 0) as numerator, coalesce(sum(coalesce(dossiers_received, 0) * statutory_days), 0) as denominator
from bm03_rows
group by grp

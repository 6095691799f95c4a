// One spelling per value: investments' kind (see V0028).
WITH {`co_marketing`: 'co_marketing', `comarketing`: 'co_marketing', `enablement`: 'enablement', `market_development_funds`: 'mdf', `mdf`: 'mdf', `support`: 'support', `support_hours`: 'support', `training`: 'enablement'} AS kinds
MATCH (v:Investment)
WHERE v.kind IS NOT NULL
CALL (v, kinds) {
  SET v.kind = coalesce(kinds[replace(replace(replace(replace(toLower(trim(v.kind)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')], replace(replace(replace(replace(toLower(trim(v.kind)), ' ', '_'), '-', '_'), '/', '_'), '.', '_'))
} IN TRANSACTIONS OF 5000 ROWS

// One spelling per value: deals' stage, source and outcome (see V0028).
WITH {`closed_lost`: 'closed_lost', `closed_won`: 'closed_won', `contract`: 'negotiation', `discovery`: 'discovery', `id_decision_makers`: 'discovery', `lost`: 'closed_lost', `needs_analysis`: 'discovery', `negotiation`: 'negotiation', `negotiation_review`: 'negotiation', `proposal`: 'proposal', `proposal_price_quote`: 'proposal', `prospecting`: 'qualification', `qualification`: 'qualification', `qualified`: 'qualification', `qualify`: 'qualification', `quote`: 'proposal', `value_proposition`: 'proposal', `won`: 'closed_won'} AS stages,
     {`co_sell`: 'co_sold', `co_sold`: 'co_sold', `cosold`: 'co_sold', `direct`: 'direct', `influenced`: 'partner_influenced', `partner_influenced`: 'partner_influenced', `partner_sourced`: 'partner_sourced', `sourced`: 'partner_sourced'} AS sources,
     {`closed_lost`: 'lost', `closed_won`: 'won', `lost`: 'lost', `open`: 'open', `won`: 'won'} AS outcomes
MATCH (d:Deal)
CALL (d, stages, sources, outcomes) {
  SET d.stage = CASE WHEN d.stage IS NULL THEN null ELSE coalesce(stages[replace(replace(replace(replace(toLower(trim(d.stage)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')], replace(replace(replace(replace(toLower(trim(d.stage)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')) END,
      d.source = CASE WHEN d.source IS NULL THEN null ELSE coalesce(sources[replace(replace(replace(replace(toLower(trim(d.source)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')], replace(replace(replace(replace(toLower(trim(d.source)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')) END,
      d.outcome = CASE WHEN d.outcome IS NULL THEN null ELSE coalesce(outcomes[replace(replace(replace(replace(toLower(trim(d.outcome)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')], replace(replace(replace(replace(toLower(trim(d.outcome)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')) END
} IN TRANSACTIONS OF 5000 ROWS

// Deals above (or below) an amount, largest (or smallest) first: a page reads its rows in the index's
// order from the bound and stops after `first`, instead of sorting every deal of the outcome (issue 18;
// NodeType.indexOrderWhenFiltered). Deals without an amount are not in the index; the filter excludes them.
CREATE INDEX deal_amount IF NOT EXISTS FOR (n:Deal) ON (n.amount)

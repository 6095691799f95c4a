// The sort value of customer-page.cypher ({{sort}}) for an order no index answers (Joins.pagePlan).
// One branch per line: the composer puts the branch of the page's order into the statement, not the CASE.
CASE $orderField
  WHEN 'NAME' THEN {{node}}.nameKey
  WHEN 'ARR' THEN coalesce(toFloat({{node}}.arr), -1.0)
  WHEN 'NPS' THEN coalesce(toFloat({{node}}.nps), -101.0)
  ELSE {{node}}.id
END

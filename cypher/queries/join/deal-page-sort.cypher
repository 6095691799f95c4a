// The sort value of deal-page.cypher ({{sort}}) for an order no index answers (Joins.pagePlan).
// One branch per line: the composer puts the branch of the page's order into the statement, not the CASE.
CASE $orderField
  WHEN 'AMOUNT' THEN coalesce(toFloat({{node}}.amount), -1.0)
  WHEN 'CREATED_ON' THEN coalesce(toString({{node}}.createdOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString({{node}}.closedOn), '')
  ELSE {{node}}.id
END

// The sort value of partner-page.cypher ({{sort}}) for an order no index answers (Joins.pagePlan).
// One branch per line: the composer puts the branch of the page's order into the statement, not the CASE.
CASE $orderField
  WHEN 'NAME' THEN {{node}}.nameKey
  WHEN 'EMPLOYEES' THEN coalesce(toFloat({{node}}.employees), -1.0)
  WHEN 'CERTIFIED_STAFF' THEN coalesce(toFloat({{node}}.certifiedStaff), -1.0)
  WHEN 'SIGNED_ON' THEN coalesce(toString({{node}}.signedOn), '')
  WHEN 'SCORE' THEN coalesce(toFloat({{node}}.ippScore), -1.0)
  ELSE {{node}}.id
END

// Partners and prospects from partners.csv. An empty status means active (the format's default).
UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p += row.props
SET p.status = coalesce(p.status, 'active')

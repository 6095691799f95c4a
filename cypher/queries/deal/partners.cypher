// The partners on each deal, with their role and registration.
UNWIND $ids AS id
MATCH (d:Deal {id: id})<-[r:SOURCED|INFLUENCED|CO_SOLD]-(p:Partner)
RETURN id, p, type(r) AS type, r
ORDER BY p.id, type(r)

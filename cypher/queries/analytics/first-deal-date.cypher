// The date of the first deal (the start of the deal history), read from the created-on index in order.
MATCH (d:Deal)
WHERE d.createdOn IS NOT NULL
RETURN d.createdOn AS firstDeal
ORDER BY d.createdOn
LIMIT 1

// All customers: how many, how many churned, their NPS sum and count (the baseline of the
// integration combinations; churn and NPS are the customers' current state).
MATCH (c:Customer)
RETURN count(c) AS customers, count(CASE WHEN c.churned THEN 1 END) AS churned,
  coalesce(sum(c.nps), 0) AS npsSum, count(c.nps) AS npsCount

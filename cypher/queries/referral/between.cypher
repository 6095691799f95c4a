// One referral by its two ends (each a partner or a customer).
CALL () {
  MATCH (n:Partner {id: $referrerId}) RETURN n
  UNION
  MATCH (n:Customer {id: $referrerId}) RETURN n
}
MATCH (n)-[r:REFERRED]->(referred)
WHERE referred.id = $referredId AND (referred:Partner OR referred:Customer)
RETURN n AS referrer, referred, r.referredOn AS referredOn

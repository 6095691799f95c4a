// True when nothing was ever imported: no ecosystem data and no import record.
RETURN NOT EXISTS {
  MATCH (n)
  WHERE n:Ecosystem OR n:Partner OR n:Customer OR n:Deal
} AS empty

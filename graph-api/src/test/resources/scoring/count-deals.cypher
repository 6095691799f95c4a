// Test support: deals and investments in the graph.
RETURN COUNT { (:Deal) } AS deals, COUNT { (:Investment) } AS investments

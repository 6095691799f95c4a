// Customers of one segment and one region by ARR (bench shape (g) of issue 18) seek exactly their rows,
// in ARR order, and stop after the page (NodeType.indexOrderWithin).
CREATE INDEX customer_segment_region_arr_key IF NOT EXISTS FOR (n:Customer) ON (n.segment, n.region, n.arrKey)

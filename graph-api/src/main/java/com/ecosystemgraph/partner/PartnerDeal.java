package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Participation;

/** A deal seen from one partner: the deal and the partner's part in it. */
record PartnerDeal(Deal deal, Participation participation) {
}

package com.ecosystemgraph.partner;

import com.ecosystemgraph.deal.Deal;
import com.ecosystemgraph.deal.Participation;

/** A deal seen from one partner: the deal and the partner's part in it. */
record PartnerDeal(Deal deal, Participation participation) {
}

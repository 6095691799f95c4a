package com.ecosystemgraph.evidence;

import com.ecosystemgraph.deal.Deal;
import com.ecosystemgraph.graphql.Connection;
import java.time.LocalDate;
import java.util.List;

/** The {@code DealEvidence} type: a page of the deals behind a figure, with totals over all of them. */
record DealEvidence(LocalDate asOf, LocalDate from, long totalCount, double totalAmount, long won, long lost,
                    List<? extends Connection.Edge<Deal>> edges, Connection.PageInfo pageInfo) {

    /** Totals over every deal of the list, as evidence/deals-totals reads them. */
    record Totals(LocalDate asOf, long count, double amount, long won, long lost) {
    }

    static DealEvidence of(Totals totals, LocalDate from, Connection<Deal> page) {
        return new DealEvidence(totals.asOf(), from, totals.count(), totals.amount(), totals.won(), totals.lost(),
                page.edges(), page.pageInfo());
    }
}

package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graphql.Connection;
import java.time.LocalDate;
import java.util.List;

/** The {@code DealEvidence} type: a page of the rows behind a figure, with totals over all of them. */
record DealEvidence(LocalDate asOf, LocalDate from, long totalCount, double totalAmount, double totalValue, Double totalHours, long won,
        long lost, Double medianValue, List<Edge> edges, List<PartnerEdge> partnerEdges, List<CustomerEdge> customerEdges,
        Connection.PageInfo pageInfo) {

    /** {@code EvidenceCustomerEdge}. */
    record CustomerEdge(String cursor, com.ecosystemgraph.graph.Customer node, double value, EvidenceRow.EvidenceEntity creditedTo) {
    }

    /** {@code EvidencePartnerEdge}. */
    record PartnerEdge(String cursor, com.ecosystemgraph.graph.Partner node, double value) {
    }

    /** {@code EvidenceEdge}. */
    record Edge(String cursor, com.ecosystemgraph.graph.Deal node, double value, EvidenceRow.EvidenceEntity creditedTo, Integer hops,
            Double hours) {
    }

    /** Totals over every row of the list, as evidence/*-totals reads them. */
    record Totals(LocalDate asOf, long count, double amount, double value, Double hours, long won, long lost, Double median) {
    }

    static DealEvidence of(Totals totals, LocalDate from, Connection<EvidenceRow> page, boolean hours) {
        List<Edge> edges = page.edges().stream().filter(e -> e.node().node() != null).map(e -> new Edge(e.cursor(), e.node().node(),
                e.node().value(), e.node().creditedTo(), e.node().hops(), e.node().hours())).toList();
        List<PartnerEdge> partnerEdges = page.edges().stream().filter(e -> e.node().partner() != null)
                .map(e -> new PartnerEdge(e.cursor(), e.node().partner(), e.node().value())).toList();
        List<CustomerEdge> customerEdges = page.edges().stream().filter(e -> e.node().customer() != null)
                .map(e -> new CustomerEdge(e.cursor(), e.node().customer(), e.node().value(), e.node().creditedTo())).toList();
        return new DealEvidence(totals.asOf(), from, totals.count(), totals.amount(), totals.value(), hours ? totals.hours() : null,
                totals.won(), totals.lost(), totals.median(), edges, partnerEdges,
                customerEdges, page.pageInfo());
    }
}

package com.ecosystemgraph.embedded;

import com.ecosystemgraph.cypher.CypherStatements;
import java.util.Locale;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Writes made around the service (Neo4j Browser, cypher-shell, a script over Bolt) cannot have
 * marked the analytics rollups they make stale, as the service's own statements do. This listener
 * sees every committing transaction of the embedded database: one by anyone but the service's user
 * that changes the graph marks every rollup stale in that same transaction, so the next analysis
 * rebuilds them and never answers from rollups that no longer match the data; it also notes that
 * the Ideal Partner Profile scores may have changed, and an instance rescores (after the lease TTL,
 * as for a change whose instance died).
 */
final class OutsideWrites extends TransactionEventListenerAdapter<Object> {

    private static final Label PARTNER = Label.label("Partner");
    private static final Label CUSTOMER = Label.label("Customer");
    private static final String NAME_KEY = "nameKey";
    private static final String ARR_KEY = "arrKey";

    private final String serviceUser;

    OutsideWrites(String serviceUser) {
        this.serviceUser = serviceUser;
    }

    @Override
    public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        if (!serviceUser.equals(data.username()) && changesTheGraph(data)) {
            transaction.execute(CypherStatements.query("rollup/mark-all-stale")).close();
            transaction.execute(CypherStatements.query("scoring/store/mark-changed")).close();
            keepNameKeys(data);
            keepArrKeys(data);
        }
        return null;
    }

    /**
     * A partner's or customer's {@code nameKey} (the lower-cased name a page sorted by name reads in
     * index order, migration V0040) follows a name written around the service, as the import's and
     * the mutations' statements keep it; without it the node would drop out of pages sorted by name.
     */
    private static void keepNameKeys(TransactionData data) {
        for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
            Node node = entry.entity();
            if ("name".equals(entry.key()) && (node.hasLabel(PARTNER) || node.hasLabel(CUSTOMER))) {
                if (entry.value() instanceof String name) {
                    node.setProperty(NAME_KEY, name.toLowerCase(Locale.ROOT));
                } else {
                    node.removeProperty(NAME_KEY);
                }
            }
        }
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            if ("name".equals(entry.key()) && !data.isDeleted(entry.entity())) {
                entry.entity().removeProperty(NAME_KEY);
            }
        }
        for (LabelEntry entry : data.assignedLabels()) {
            Node node = entry.node();
            if ((entry.label().equals(PARTNER) || entry.label().equals(CUSTOMER))
                    && node.getProperty("name", null) instanceof String name) {
                node.setProperty(NAME_KEY, name.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * A customer's {@code arrKey} (its ARR as a float, -1.0 where missing: the value a page sorted by ARR reads in
     * index order, migration V0045) follows an ARR written or removed around the service, and is set on a node
     * that becomes a customer; without it the customer would drop out of such pages.
     */
    private static void keepArrKeys(TransactionData data) {
        for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
            if ("arr".equals(entry.key()) && entry.entity().hasLabel(CUSTOMER)) {
                entry.entity().setProperty(ARR_KEY, arrKey(entry.value()));
            }
        }
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            if ("arr".equals(entry.key()) && !data.isDeleted(entry.entity()) && entry.entity().hasLabel(CUSTOMER)) {
                entry.entity().setProperty(ARR_KEY, -1.0);
            }
        }
        for (LabelEntry entry : data.assignedLabels()) {
            if (entry.label().equals(CUSTOMER)) {
                entry.node().setProperty(ARR_KEY, arrKey(entry.node().getProperty("arr", null)));
            }
        }
    }

    /** As Cypher's {@code coalesce(toFloat(arr), -1.0)}. */
    private static double arrKey(Object arr) {
        if (arr instanceof Number number) {
            return number.doubleValue();
        }
        if (arr instanceof String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return -1.0;
            }
        }
        return -1.0;
    }

    private static boolean changesTheGraph(TransactionData data) {
        return data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
                || data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
                || data.assignedNodeProperties().iterator().hasNext() || data.removedNodeProperties().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext() || data.removedRelationshipProperties().iterator().hasNext()
                || data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext();
    }
}

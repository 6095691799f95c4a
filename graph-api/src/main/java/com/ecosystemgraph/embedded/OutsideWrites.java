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

    private static boolean changesTheGraph(TransactionData data) {
        return data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
                || data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
                || data.assignedNodeProperties().iterator().hasNext() || data.removedNodeProperties().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext() || data.removedRelationshipProperties().iterator().hasNext()
                || data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext();
    }
}

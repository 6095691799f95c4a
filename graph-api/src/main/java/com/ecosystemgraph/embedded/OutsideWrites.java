package com.ecosystemgraph.embedded;

import com.ecosystemgraph.cypher.CypherStatements;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
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

    private final String serviceUser;

    OutsideWrites(String serviceUser) {
        this.serviceUser = serviceUser;
    }

    @Override
    public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        if (!serviceUser.equals(data.username()) && changesTheGraph(data)) {
            transaction.execute(CypherStatements.query("rollup/mark-all-stale")).close();
            transaction.execute(CypherStatements.query("scoring/store/mark-changed")).close();
        }
        return null;
    }

    private static boolean changesTheGraph(TransactionData data) {
        return data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
                || data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
                || data.assignedNodeProperties().iterator().hasNext() || data.removedNodeProperties().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext() || data.removedRelationshipProperties().iterator().hasNext()
                || data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext();
    }
}

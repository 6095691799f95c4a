package com.ecosystemgraph.importing;

import java.util.Set;

/**
 * Published after a mutation wrote to the graph (in the writer's transaction; listeners that act on
 * it wait for the commit). {@code file} says what kind of row changed, like the CSV file it would
 * come from; null when the change is not one file's row (a node deleted with its relationships).
 */
public record EcosystemChanged(EcosystemFile file) {

    /** Rows whose changes cannot change any partner's features: deals and investments are outcomes. */
    private static final Set<EcosystemFile> OUTCOMES = Set.of(EcosystemFile.DEALS, EcosystemFile.DEAL_PARTNERS,
            EcosystemFile.INVESTMENTS);

    /** Whether the change can move an Ideal Partner Profile feature (and so a score). */
    public boolean affectsFeatures() {
        return file == null || !OUTCOMES.contains(file);
    }
}

package com.ecosystemgraph.training;

/**
 * A partner old enough to have an outcome: its label and the two rankings used today.
 *
 * @param id         partner id
 * @param tier       assigned tier ({@code platinum} .. {@code registered}), null when none
 * @param engagement portal logins + trainings + content downloads
 * @param revenue    won revenue in the label window
 * @param positive   the label
 */
public record LabelledPartner(String id, String tier, double engagement, double revenue, boolean positive) {

    /** Assigned tier as a rank: platinum 4, gold 3, silver 2, registered 1, none 0. */
    public int tierRank() {
        if (tier == null) {
            return 0;
        }
        return switch (tier) {
            case "platinum" -> 4;
            case "gold" -> 3;
            case "silver" -> 2;
            case "registered" -> 1;
            default -> 0;
        };
    }
}

package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import java.util.List;
import java.util.Locale;

/**
 * What "a successful partner" means for training. The default follows the issue: a partner signed
 * at least 12 months before the snapshot date reached performance tier gold or above, i.e.
 * partner-sourced plus co-sold won revenue of at least 100,000 in the trailing 12 months.
 *
 * @param minTenureMonths partners signed more recently are not labelled (their outcome is unknown)
 * @param windowMonths    trailing window of won revenue, counted back from the snapshot date
 * @param threshold       won revenue at or above which the label is positive
 * @param roles           deal roles whose won revenue counts: {@code SOURCED}, {@code CO_SOLD}, {@code INFLUENCED}
 * @param statuses        partner statuses that are labelled (churned partners are not, by default:
 *                        their trailing revenue says they left, not what they could do)
 */
public record LabelDefinition(int minTenureMonths, int windowMonths, double threshold, List<String> roles, List<String> statuses) {

    private static final List<String> ROLES = List.of("SOURCED", "CO_SOLD", "INFLUENCED");

    public LabelDefinition {
        if (minTenureMonths < 0 || windowMonths < 1) {
            throw new IllegalArgumentException("tenure must be >= 0 and the window >= 1 month");
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("the revenue threshold must be positive, was " + threshold);
        }
        roles = List.copyOf(roles);
        statuses = List.copyOf(statuses);
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown deal role " + role + "; use one of " + ROLES);
            }
        }
        if (roles.isEmpty() || statuses.isEmpty()) {
            throw new IllegalArgumentException("the label needs at least one deal role and one partner status");
        }
    }

    public static LabelDefinition defaults() {
        return new LabelDefinition(12, 12, 100_000, List.of("SOURCED", "CO_SOLD"), List.of("active"));
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "A partner with status %s signed at least %d months before the snapshot date is positive when its "
                        + "won revenue from deals it %s, closed in the %d months up to the snapshot date, is at least %,.0f "
                        + "(performance tier gold or above). Newer partners, other statuses and prospects are not labelled.",
                String.join(" or ", statuses), minTenureMonths,
                String.join(" or ", roles.stream().map(r -> r.toLowerCase(Locale.ROOT).replace("co_sold", "co-sold")).toList()),
                windowMonths, threshold);
    }

    ModelCard.LabelDefinition toCard() {
        return new ModelCard.LabelDefinition(describe(), minTenureMonths, windowMonths, threshold, roles, statuses);
    }
}

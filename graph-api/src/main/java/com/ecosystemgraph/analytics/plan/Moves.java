package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.plan.InvestmentPlan.InvestmentMove;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.MoveShare;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plan's changes grouped into moves of budget from some partners to others. */
final class Moves {

    private Moves() {
    }

    /**
     * Groups the reductions and increases into moves: reductions (largest first) are matched to
     * increases (largest first) in order, each flow carrying its share of the donor's lost and the
     * recipient's gained revenue; flows are then grouped by whichever side has fewer partners, so a
     * move reads "from A, B to C" or "from A to B, C". The moves' effects sum to the plan's uplift.
     */
    static List<InvestmentMove> of(List<PlannedInvestment> partners, double tolerance) {
        List<PlannedInvestment> down = partners.stream().filter(p -> p.change() < -tolerance)
                .sorted(Comparator.comparingDouble(PlannedInvestment::change).thenComparing(PlannedInvestment::id)).toList();
        List<PlannedInvestment> up = partners.stream().filter(p -> p.change() > tolerance)
                .sorted(Comparator.comparingDouble((PlannedInvestment p) -> -p.change()).thenComparing(PlannedInvestment::id)).toList();
        if (down.isEmpty() || up.isEmpty()) {
            return List.of();
        }
        boolean byRecipient = up.size() <= down.size();
        Map<String, Group> groups = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        double leftDown = -down.getFirst().change();
        double leftUp = up.getFirst().change();
        while (i < down.size() && j < up.size()) {
            PlannedInvestment d = down.get(i);
            PlannedInvestment u = up.get(j);
            double flow = Math.min(leftDown, leftUp);
            groups.computeIfAbsent(byRecipient ? u.id() : d.id(), k -> new Group()).add(d, u, flow);
            leftDown -= flow;
            leftUp -= flow;
            if (leftDown <= tolerance && ++i < down.size()) {
                leftDown = -down.get(i).change();
            }
            if (leftUp <= tolerance && ++j < up.size()) {
                leftUp = up.get(j).change();
            }
        }
        return groups.values().stream().map(g -> new InvestmentMove(sorted(g.from), sorted(g.to), g.amount, g.effect, g.direct,
                g.effect - g.direct))
                .sorted(Comparator.comparingDouble((InvestmentMove m) -> -m.amount())).toList();
    }

    private static List<MoveShare> sorted(Map<String, MoveShare> shares) {
        return shares.values().stream().sorted(Comparator.comparingDouble((MoveShare m) -> -m.amount()).thenComparing(MoveShare::id))
                .toList();
    }

    private static final class Group {
        final Map<String, MoveShare> from = new TreeMap<>();
        final Map<String, MoveShare> to = new TreeMap<>();
        double amount;
        double effect;
        double direct;

        /** A flow of budget from d to u, with its share of d's lost and u's gained revenue. */
        void add(PlannedInvestment d, PlannedInvestment u, double flow) {
            double lossPerDollar = (d.expectedRevenueCurrent() - d.expectedRevenuePlanned()) / -d.change();
            double gainPerDollar = (u.expectedRevenuePlanned() - u.expectedRevenueCurrent()) / u.change();
            from.merge(d.id(), new MoveShare(d.id(), d.name(), flow), (p, q) -> new MoveShare(p.id(), p.name(), p.amount() + q.amount()));
            to.merge(u.id(), new MoveShare(u.id(), u.name(), flow), (p, q) -> new MoveShare(p.id(), p.name(), p.amount() + q.amount()));
            amount += flow;
            effect += flow * (gainPerDollar - lossPerDollar);
            direct += flow * (gainPerDollar * u.directShare() - lossPerDollar * d.directShare());
        }
    }
}

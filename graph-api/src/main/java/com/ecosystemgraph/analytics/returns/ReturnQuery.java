package com.ecosystemgraph.analytics.returns;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.NetworkCredit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the partners' revenue and investment from the shared partner rollups and their referral credit ({@link NetworkCredit}). */
@Component
class ReturnQuery {

    /** The rows, and how many referrals the network held as of the date. */
    record Rows(List<ReturnRow> partners, long referrals) {
    }

    private final AnalyticsRepository repository;
    private final NetworkCredit network;

    ReturnQuery(AnalyticsRepository repository) {
        this.repository = repository;
        this.network = new NetworkCredit(repository);
    }

    Rows rows(AnalyticsFilter resolved, int maxHops, double decay) {
        List<PartnerRow> rows = repository.partners(resolved, EnumSet.of(Measure.REVENUE, Measure.INVESTMENT));
        Map<String, Double> revenueById = new HashMap<>();
        rows.forEach(r -> revenueById.put(r.id(), r.revenue()));
        NetworkCredit.Credits credits = network.credit(resolved, rows.stream().map(PartnerRow::id).toList(), revenueById, maxHops, decay);
        return new Rows(rows.stream().map(r -> new ReturnRow(r.id(), r.name(), r.type(), r.tier(), r.region(), r.signedOn(), r.asOf(),
                r.revenue(), r.influenced(), r.mdf(), r.enablement(), r.coMarketing(), r.support(), credits.of(r.id()).credit()))
                .toList(), credits.referrals());
    }
}

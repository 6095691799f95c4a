package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.drivers.DriverGroupings.Grouping;
import com.ecosystemgraph.analytics.drivers.DriverGroupings.Unit;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.links.DriverGroupPartners;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners of one group of {@code performanceDrivers}, for the evidence behind its figures (evidence/): the
 * analysis groups them from the same rows as its answer, so the listed partners are the group's by construction.
 */
@Service
public class DriverEvidence implements DriverGroupPartners {

    private final Periods periods;
    private final DriverQuery query;

    DriverEvidence(Periods periods, DriverQuery query) {
        this.periods = periods;
        this.query = query;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> partnerIds(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions,
            List<PartnerTier> tiers, String lever, String group) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(new AnalyticsFilter(asOf, from, partnerTypes, regions, tiers),
                periods);
        List<PartnerRow> rows = query.partners(filter);
        List<Unit> units = DriverGroupings.units(rows, query.profiles(filter));
        Grouping grouping = PerformanceDrivers.groupings(units, PerformanceDrivers.asOf(rows, filter.asOf())).stream()
                .filter(g -> g.lever().name().equals(lever)).findFirst()
                .orElseThrow(() -> new BadRequestException("selector.driverLever: no lever " + lever));
        List<Unit> members = grouping.groups().get(group);
        if (members == null) {
            throw new BadRequestException("selector.driverGroup: lever " + lever + " has no group '" + group + "'; its groups are "
                    + String.join(", ", grouping.groups().keySet()));
        }
        return members.stream().map(Unit::id).sorted().toList();
    }
}

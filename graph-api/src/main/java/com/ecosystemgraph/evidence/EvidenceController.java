package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code dealEvidence}: the rows behind a figure. Their deals' customer and partners come from the Deal type's own batch mappings. */
@Controller
@ViewerAccess
class EvidenceController {

    private final EvidenceRepository evidence;
    private final Periods periods;

    EvidenceController(EvidenceRepository evidence, Periods periods) {
        this.evidence = evidence;
        this.periods = periods;
    }

    @QueryMapping
    DealEvidence dealEvidence(@Argument EvidenceFilter filter, @Argument EvidenceSelector selector, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after) {
        if (selector == null) {
            throw new BadRequestException("selector is required");
        }
        // Checked on the filter as sent: resolving the period below fills in the as-of date of every request.
        if (selector.measureOrDefault().prospectRows() && filter != null && !filter.equals(EvidenceFilter.NONE)) {
            throw new BadRequestException("measure " + selector.measureOrDefault()
                    + " is a figure of the prospect ranking, which takes no analytics filter: leave filter out");
        }
        EvidenceFilter f = (filter == null ? EvidenceFilter.NONE : filter).resolved(periods);
        Page page = Page.of(first, after, orderBy, "ID");
        // Totals first: binding checks the input before a page is read.
        Map<String, Object> bound = evidence.parameters(f, selector);
        DealEvidence.Totals totals = evidence.totals(selector, bound);
        return DealEvidence.of(totals, f.from(), page.connection(evidence.page(selector, bound, page), EvidenceRow::key, totals::count),
                selector.measureOrDefault() == EvidenceMeasure.PARTNER_EARNINGS);
    }
}

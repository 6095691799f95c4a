package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The channelConflicts root query (schema: analytics-network.graphqls). */
@Controller
@ViewerAccess
class ChannelConflictsController {

    private final ConflictAnalysis conflicts;

    ChannelConflictsController(ConflictAnalysis conflicts) {
        this.conflicts = conflicts;
    }

    @QueryMapping
    ChannelConflicts channelConflicts(@Argument AnalyticsFilter filter, @Argument Integer windowDays, @Argument Integer first) {
        return conflicts.conflicts(filter, windowDays == null ? 30 : windowDays, first == null ? 20 : first);
    }
}

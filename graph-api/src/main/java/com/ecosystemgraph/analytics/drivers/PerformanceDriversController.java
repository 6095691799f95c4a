package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The performanceDrivers root query (schema: performance-drivers.graphqls); read-only analysis, so any signed-in viewer. */
@Controller
@ViewerAccess
class PerformanceDriversController {

    private final DriverAnalysis drivers;

    PerformanceDriversController(DriverAnalysis drivers) {
        this.drivers = drivers;
    }

    @QueryMapping
    PerformanceDrivers performanceDrivers(@Argument AnalyticsFilter filter) {
        return drivers.drivers(filter);
    }
}

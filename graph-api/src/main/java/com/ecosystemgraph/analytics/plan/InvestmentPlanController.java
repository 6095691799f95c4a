package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.AnalyticsFilter;

import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The investmentPlan root query (schema: investment-plan.graphqls); read-only analysis, so any signed-in viewer. */
@Controller
@ViewerAccess
class InvestmentPlanController {

    private final InvestmentPlanner planner;

    InvestmentPlanController(InvestmentPlanner planner) {
        this.planner = planner;
    }

    @QueryMapping
    InvestmentPlan investmentPlan(@Argument double budget, @Argument InvestmentPlanConstraints constraints,
            @Argument AnalyticsFilter filter,
            @Argument Boolean countNetwork) {
        return planner.plan(budget, constraints, filter, countNetwork == null || countNetwork);
    }
}

package com.ecosystemgraph.analytics;

import com.ecosystemgraph.readiness.WarmUpStep;
import com.ecosystemgraph.readiness.WarmUpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the analytics rollups up to date before the service reports ready, so no first request
 * pays for a rebuild (after an upgrade or data written around the service: tens of seconds at 100x).
 * With several instances one rebuilds, the others wait for it (the rollups lease).
 */
@Component
@Order(200)
class RollupsWarmUp implements WarmUpStep {

    private static final Logger LOG = LoggerFactory.getLogger(RollupsWarmUp.class);

    private final Rollups rollups;
    private final WarmUpProperties properties;

    RollupsWarmUp(Rollups rollups, WarmUpProperties properties) {
        this.rollups = rollups;
        this.properties = properties;
    }

    @Override
    public String description() {
        return "bringing the analytics rollups up to date";
    }

    @Override
    public boolean applies() {
        return properties.enabled();
    }

    @Override
    public void run() {
        Rollups.Refresh refresh = rollups.refresh();
        if (!refresh.nothing()) {
            LOG.info("Rebuilt the analytics rollups of {} deal months and {} partners", refresh.months(), refresh.partners());
        }
    }
}

package com.ecosystemgraph.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instances sharing a database coordinate their background jobs.
 *
 * @param instanceName this instance's name in job leases and logs ({@code ECOSYSTEM_INSTANCE_NAME});
 *     empty: host name and process id
 * @param leaseTtl how long a lease lasts without renewal ({@code ECOSYSTEM_JOB_LEASE_TTL}): a killed
 *     instance's job is taken over this long after its last renewal; renewed every third of it
 */
@ConfigurationProperties("ecosystem.jobs")
public record JobProperties(String instanceName, @DefaultValue("30s") Duration leaseTtl) {
}

/**
 * Background jobs that must run on one service instance at a time when several share a database:
 * a lease per job, kept in the database as a lock node with its owner and expiry, renewed while the
 * job runs and taken over when its holder dies (docs/adr/0007-job-leases-in-the-database.md).
 */
package com.ecosystemgraph.jobs;

/**
 * The audit trail: one {@code AuditEvent} node per mutation, retrain and import, written in the
 * transaction of the change it records ({@link com.ecosystemgraph.audit.MutationAuditing}), and one
 * per refused sign-in or write; read by admins through {@code auditEvents}.
 */
package com.ecosystemgraph.audit;

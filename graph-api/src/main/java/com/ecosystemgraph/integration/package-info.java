/** Technology integrations built by partners and used by customers. */
package com.ecosystemgraph.integration;

/** Customers (accounts): read model, queries, nested fields, upsert. */
package com.ecosystemgraph.customer;

/** The commands of the service's jar: serve (default), import, generate. */
package com.ecosystemgraph.cli;

/**
 * Benchmarks the jar can run ({@code bench}): the analyses timed against whatever the database holds.
 * Only the command line uses this package (PackageLayoutTest); no feature or shared layer imports it,
 * so the service's request path never carries benchmark code.
 */
package com.ecosystemgraph.bench;

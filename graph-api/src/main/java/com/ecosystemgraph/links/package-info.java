/**
 * What one feature asks of another, as interfaces: the asking feature depends on the interface, the
 * answering feature implements it, and neither imports the other (docs/adr/0022). Only interfaces and
 * the plain values they carry belong here.
 */
package com.ecosystemgraph.links;

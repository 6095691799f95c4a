/**
 * Loads the demo ecosystem at the first start on an empty database ({@code ecosystem.demo.enabled}):
 * generates it with the {@code demo-data} module's {@link com.ecosystemgraph.demodata.DemoEcosystemGenerator}
 * and imports it through the ordinary import. The generator itself has no Spring and nothing of the
 * service (docs/adr/0016-demo-data-module.md).
 */
package com.ecosystemgraph.demo;

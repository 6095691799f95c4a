/**
 * The deterministic demo ecosystem generator: writes a partner ecosystem in the ecosystem CSV v1
 * import format with planted, documented effects (success function, concentration, synergistic
 * pairs, referral super-connectors, diluted investment, channel conflicts...) that the Ideal Partner
 * Profile model and the analytics are tested against. Entry point: {@link
 * com.ecosystemgraph.demodata.DemoEcosystemGenerator}; settings: {@link com.ecosystemgraph.demodata.DemoOptions}.
 */
package com.ecosystemgraph.demodata;

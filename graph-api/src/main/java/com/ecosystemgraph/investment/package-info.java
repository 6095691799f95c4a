/** What we spent on partners (MDF, enablement, co-marketing, support). */
package com.ecosystemgraph.investment;

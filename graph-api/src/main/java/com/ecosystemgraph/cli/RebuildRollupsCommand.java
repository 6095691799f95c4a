package com.ecosystemgraph.cli;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.neo4j.CypherRunner;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rebuild-rollups}: rebuilds every analytics rollup from the deals and investments of the
 * configured database. The service keeps them current itself; this is for data written around it
 * (a Cypher script or another loader against {@code NEO4J_URI}), which cannot have marked what it
 * changed, and the sort keys of names and ARR it wrote ({@code import/refresh-name-keys}, {@code import/refresh-arr-keys}).
 */
@Command(name = "rebuild-rollups", mixinStandardHelpOptions = true, description = "Rebuild the analytics rollups after data was written to the graph around the service (embedded data directory or NEO4J_URI).")
class RebuildRollupsCommand implements Callable<Integer> {

    @ParentCommand
    private EcosystemGraphCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return parent.runJob(Map.of(), context -> {
            Rollups.Refresh rebuilt = context.getBean(Rollups.class).rebuildAll();
            spec.commandLine().getOut().printf(Locale.ROOT, "Rebuilt the analytics rollups (%d deal months, %d partners) in %.1f s.%n",
                    rebuilt.months(), rebuilt.partners(), rebuilt.took().toMillis() / 1000.0);
            int keys = context.getBean(CypherRunner.class).write("import/refresh-name-keys", Map.of()).propertiesSet();
            if (keys > 0) {
                spec.commandLine().getOut().printf(Locale.ROOT, "Refreshed the sort keys of %d renamed partners and customers.%n", keys);
            }
            int arrKeys = context.getBean(CypherRunner.class).write("import/refresh-arr-keys", Map.of()).propertiesSet();
            if (arrKeys > 0) {
                spec.commandLine().getOut().printf(Locale.ROOT, "Refreshed the ARR sort keys of %d customers.%n", arrKeys);
            }
            return 0;
        });
    }
}

package com.ecosystemgraph.cli;

import com.ecosystemgraph.security.ApiKeys;
import com.ecosystemgraph.security.Role;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code api-key --role viewer --id crm-sync}: makes a new API key and prints it once, with the
 * {@code ECOSYSTEM_API_KEYS} entry that stores only its hash. Needs no database.
 */
@Command(name = "api-key", mixinStandardHelpOptions = true, description = "Make a new API key for an application; prints the key (give it to the application) and the "
        + "ECOSYSTEM_API_KEYS entry that stores only its hash.")
class ApiKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--role", required = true, description = "viewer, recruiter or admin.")
    Role role;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Name of the key in the audit trail and when revoking it: lower-case letters, digits and '-', e.g. crm-sync.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String key;
        try {
            key = ApiKeys.generate(id);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--id: " + e.getMessage());
            return 64;
        }
        out.println("API key (shown once; give it to the application, which sends it as X-API-Key):");
        out.println("  " + key);
        out.println("Add this entry to ECOSYSTEM_API_KEYS (comma-separated) and restart the service:");
        out.println("  " + ApiKeys.storedEntry(role, key));
        out.println("To revoke the key, remove the entry and restart.");
        return 0;
    }
}

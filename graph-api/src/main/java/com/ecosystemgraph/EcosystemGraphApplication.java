package com.ecosystemgraph;

import com.ecosystemgraph.cli.EcosystemGraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ecosystem Graph: the partner ecosystem as a Neo4j graph behind a GraphQL API.
 *
 * <p>{@code java -jar graph-api.jar} serves; {@code java -jar graph-api.jar import <folder>},
 * {@code generate ...} and the other commands of {@link EcosystemGraphCommand} do one job and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcosystemGraphApplication {

    public static void main(String[] args) {
        int exitCode = EcosystemGraphCommand.run(EcosystemGraphApplication.class, args);
        if (exitCode != EcosystemGraphCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}

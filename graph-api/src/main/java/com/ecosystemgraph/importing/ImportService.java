package com.ecosystemgraph.importing;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import java.nio.file.Path;
import java.time.LocalDate;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/** The import as a service of the application: the configured database, batch size and limits. */
@Service
public class ImportService {

    private final EcosystemImporter importer;
    private final EcosystemProperties properties;

    ImportService(Driver driver, EcosystemProperties properties, SchemaMigrations schema) {
        this.importer = new EcosystemImporter(driver, properties.neo4j().database());
        this.properties = properties;
    }

    public ImportReport importFolder(Path folder, LocalDate snapshotDate, EcosystemImporter.Progress progress) {
        var options = new EcosystemImporter.Options(properties.importing().batchSize(),
                properties.importing().maxReportedErrors(), snapshotDate);
        return importer.importFolder(folder, options, progress);
    }
}

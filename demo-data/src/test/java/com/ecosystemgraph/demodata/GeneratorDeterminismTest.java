package com.ecosystemgraph.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {

    private static final DemoOptions SMALL = DemoOptions.defaults().withScale(0.2);
    private static final List<String> ALL_FILES = List.of("partners.csv", "customers.csv", "integrations.csv",
            "customer_integrations.csv", "deals.csv", "deal_partners.csv", "partner_customers.csv", "referrals.csv",
            "investments.csv", "planted/partner_truth.csv", "planted/planted-effects.json");

    @Test
    void sameOptionsGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoEcosystemGenerator generator = new DemoEcosystemGenerator();
        generator.generate(SMALL, first);
        generator.generate(SMALL, second);

        for (String file : ALL_FILES) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isNotEmpty()
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    /**
     * Another JVM writes the same bytes: {@code Map.of} iterates in an order salted per JVM, so a map of it in
     * planted-effects.json came out with its keys in another order at each start (one JVM alone never shows it).
     */
    @Test
    void anotherJvmWritesTheSameBytes(@TempDir Path here, @TempDir Path elsewhere) throws Exception {
        new DemoEcosystemGenerator().generate(SMALL, here);

        for (int run = 0; run < 3; run++) {
            Path folder = elsewhere.resolve("run-" + run);
            Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), GenerateInThisJvm.class.getName(), folder.toString())
                    .inheritIO().start();
            assertThat(jvm.waitFor()).as("exit code of the other JVM").isZero();
            for (String file : ALL_FILES) {
                assertThat(Files.readString(folder.resolve(file))).as(file + " written by JVM " + run)
                        .isEqualTo(Files.readString(here.resolve(file)));
            }
        }
    }

    /** The other JVM of {@link #anotherJvmWritesTheSameBytes}. */
    static final class GenerateInThisJvm {
        public static void main(String[] args) {
            new DemoEcosystemGenerator().generate(SMALL, Path.of(args[0]));
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoEcosystemGenerator generator = new DemoEcosystemGenerator();
        generator.generate(SMALL, first);
        generator.generate(SMALL.withSeed(43), second);

        for (String file : List.of("partners.csv", "customers.csv", "deals.csv", "deal_partners.csv", "referrals.csv")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isNotEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void summaryCountsTheRowsWritten(@TempDir Path folder) throws IOException {
        GenerationSummary summary = new DemoEcosystemGenerator().generate(SMALL, folder);

        assertThat(summary.files()).extracting(GenerationSummary.CsvFile::name).containsExactly("partners.csv",
                "customers.csv", "integrations.csv", "customer_integrations.csv", "deals.csv", "deal_partners.csv",
                "partner_customers.csv", "referrals.csv", "investments.csv");
        for (GenerationSummary.CsvFile file : summary.files()) {
            assertThat(file.path()).isEqualTo(folder.resolve(file.name()));
            assertThat(EcosystemCsv.read(file.path()).rows()).as(file.name()).hasSize((int) file.rows());
        }
        assertThat(summary.rows("partners.csv")).isEqualTo(SMALL.partnerCount() + SMALL.prospectCount());
        assertThat(summary.rows("customers.csv")).isEqualTo(SMALL.customerCount());
        assertThat(summary.rows("deals.csv")).isEqualTo(SMALL.dealCount());
        assertThat(summary.partnerTruth()).isEqualTo(folder.resolve("planted").resolve("partner_truth.csv")).exists();
        assertThat(summary.plantedEffects()).isEqualTo(folder.resolve("planted").resolve("planted-effects.json")).exists();
    }
}

package com.ecosystemgraph.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analytics by analysis (issue 16 item 1, docs/adr/0019): each analysis lives in a sub-package of
 * {@code analytics} with its controller, query, rows and result; the analyses share only what sits in
 * {@code analytics} itself (the filter, the statistics, the rollups), never each other's classes.
 */
class AnalyticsLayoutTest {

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(EcosystemGraphApplication.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void analysesDoNotUseEachOther() {
        slices().matching("com.ecosystemgraph.analytics.(*)..").namingSlices("analysis $1")
                .should().notDependOnEachOther()
                .because("a new analysis is a new folder: it may use the shared analytics package, not another analysis")
                .check(service);
    }

    /** The slices above are the analyses' packages: each of these holds its classes (a package that moved or vanished fails here). */
    @Test
    void everyMovedAnalysisHasItsPackage() {
        for (String analysis : List.of("kpis", "returns", "tiers", "economics", "conflicts", "combinations", "referrals", "drivers",
                "plan")) {
            assertThat(service.that(resideInAPackage("com.ecosystemgraph.analytics." + analysis))).as(analysis).isNotEmpty();
        }
    }
}

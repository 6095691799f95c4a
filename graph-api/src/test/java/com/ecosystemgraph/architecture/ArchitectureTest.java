package com.ecosystemgraph.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.demodata.GenerationSummary;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.training.ModelTraining;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the module and package layout that hold today (issue 16 item 4, docs/adr/0016): who may
 * use the demo generator, that the command line is a leaf, and that the plain-Java modules stay free
 * of the service and of Spring. Each module's classes are imported from where that module's classes
 * are (its jar or classes folder), so the rules tell apart the {@code scoring} module and the
 * service's {@code scoring} package, which share a name.
 */
class ArchitectureTest {

    private static final String GENERATOR = "com.ecosystemgraph.demodata..";
    private static final Set<Class<?>> GENERATOR_API = Set.of(DemoEcosystemGenerator.class, DemoOptions.class,
            GenerationSummary.class, GenerationSummary.CsvFile.class);

    private static JavaClasses service;
    private static Set<String> serviceClassNames;
    private static JavaClasses scoring;
    private static JavaClasses training;
    private static JavaClasses demoData;

    @BeforeAll
    static void importModules() {
        service = moduleOf(EcosystemGraphApplication.class);
        serviceClassNames = service.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
        scoring = moduleOf(ShiftReport.class);
        training = moduleOf(ModelTraining.class);
        demoData = moduleOf(DemoEcosystemGenerator.class);
    }

    private static JavaClasses moduleOf(Class<?> member) {
        URL location = member.getProtectionDomain().getCodeSource().getLocation();
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importUrl(location);
    }

    @Test
    void onlyTheDemoLoaderAndTheCommandLineUseTheGenerator() {
        noClasses().that().resideOutsideOfPackages("com.ecosystemgraph.demo", "com.ecosystemgraph.cli")
                .should().dependOnClassesThat().resideInAPackage(GENERATOR)
                .because("the service loads the demo through demo/DemoEcosystemLoader; the generator is not part of any feature")
                .check(service);
    }

    @Test
    void theServiceUsesOnlyTheGeneratorsEntryPoints() {
        noClasses().should().dependOnClassesThat(describe("generator internals (not DemoEcosystemGenerator, DemoOptions, "
                + "GenerationSummary)",
                c -> c.getPackageName().equals("com.ecosystemgraph.demodata")
                        && GENERATOR_API.stream().noneMatch(c::isEquivalentTo)))
                .check(service);
    }

    @Test
    void noFeatureDependsOnTheCommandLine() {
        // com.ecosystemgraph.*.. leaves out the root package: EcosystemGraphApplication starts the command line
        noClasses().that().resideInAPackage("com.ecosystemgraph.*..").and().resideOutsideOfPackage("com.ecosystemgraph.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.ecosystemgraph.cli..")
                .because("cli/ is the jar's entry: it may use the features, never the reverse")
                .check(service);
    }

    @Test
    void thePlainJavaModulesDependOnNeitherTheServiceNorSpring() {
        for (JavaClasses module : new JavaClasses[]{scoring, training, demoData}) {
            noClasses().should().dependOnClassesThat(describe("classes of graph-api", c -> serviceClassNames.contains(c.getName())))
                    .orShould().dependOnClassesThat().resideInAPackage("org.springframework..")
                    .because("scoring, model-training and demo-data are libraries the service uses (docs/architecture.md)")
                    .check(module);
        }
    }

    @Test
    void theGeneratorDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat(describe("classes of other Ecosystem Graph modules",
                c -> c.getPackageName().startsWith("com.ecosystemgraph.") && !c.getPackageName().startsWith("com.ecosystemgraph.demodata")))
                .because("demo-data is plain Java beside the service (docs/adr/0016)")
                .check(demoData);
    }
}

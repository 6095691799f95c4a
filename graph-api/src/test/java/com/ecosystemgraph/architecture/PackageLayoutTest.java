package com.ecosystemgraph.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout of the service (issue 16 items 3 and 4, docs/adr/0022, docs/architecture.md
 * "Packages"): features never import each other, the shared layers never import a feature, and no
 * two packages depend on each other in a circle. Only graph-api's own classes are imported, so the
 * {@code scoring} module's classes (which share the service's {@code scoring} package name) are not
 * counted as the service's {@code scoring} feature.
 */
class PackageLayoutTest {

    private static final String ROOT = "com.ecosystemgraph";

    /**
     * One package per feature: what a user asks for (a root field, a mutation, a job). A feature may
     * use every shared layer and no other feature; {@code analytics} counts as one feature with its
     * analyses inside ({@code AnalyticsLayoutTest} rules between those).
     */
    static final List<String> FEATURES = List.of("analytics", "customer", "deal", "demo", "evidence", "explorer", "integration",
            "investment", "partner", "referral", "savedview", "scoring", "shortlist");

    /**
     * What the features share, and may use: the graph's vocabulary ({@code graph}), running Cypher
     * ({@code neo4j}), the GraphQL plumbing ({@code graphql}), the row rules and writer of the import and
     * the mutations ({@code importing}), what one feature asks of another ({@code links}), and the
     * service's cross-cutting parts. None of them may use a feature.
     */
    static final List<String> SHARED = List.of("graph", "neo4j", "graphql", "importing", "links", "security", "jobs", "config",
            "audit", "outcome", "availability", "readiness", "overload", "embedded");

    /**
     * The jar's entry: the command line (and the root package's application class) may use everything;
     * so may the benchmarks it runs ({@code bench}), which only the command line may use.
     */
    static final List<String> ENTRY = List.of("cli", "bench");

    private static JavaClasses service;
    private static Set<String> serviceClassNames;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(EcosystemGraphApplication.class.getProtectionDomain().getCodeSource().getLocation());
        serviceClassNames = service.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
    }

    @Test
    void everyPackageIsAFeatureASharedLayerOrTheEntry() {
        Set<String> named = new HashSet<>(FEATURES);
        named.addAll(SHARED);
        named.addAll(ENTRY);
        Set<String> found = service.stream().map(PackageLayoutTest::topPackage).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        found.removeAll(named);
        assertThat(found)
                .as("packages of the service that PackageLayoutTest (and docs/architecture.md) does not place as a feature, "
                        + "a shared layer or the entry")
                .isEmpty();
    }

    @Test
    void featuresDoNotImportEachOther() {
        slices().assignedFrom(features()).should().notDependOnEachOther()
                .because("a feature uses the shared layers only; a nested field of another feature's type is served with the"
                        + " records of graph/, and what one feature asks of another is an interface in links/ (docs/adr/0022)")
                .check(service);
    }

    @Test
    void sharedLayersDoNotImportFeaturesOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(packages(SHARED)).should()
                .dependOnClassesThat(serviceClassesIn(FEATURES, "a feature"))
                .orShould().dependOnClassesThat(serviceClassesIn(ENTRY, "the command line"))
                .because("the shared layers sit under every feature (docs/architecture.md, \"Packages\")")
                .check(service);
    }

    @Test
    void onlyTheCommandLineRunsTheBenchmarks() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".bench..").should()
                .dependOnClassesThat().resideInAPackage(ROOT + ".bench..")
                .because("benchmarks are run by the jar's bench command, never on the service's request path (issue 16 item 6)")
                .check(service);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().assignedFrom(topPackages()).should().beFreeOfCycles()
                .because("a package cycle means neither side can change or be understood alone (issue 16)")
                .check(service);
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> serviceClassesIn(List<String> names, String what) {
        return describe("are in " + what + " " + names, c -> serviceClassNames.contains(c.getName()) && names.contains(topPackage(c)));
    }

    /** The service's package directly under com.ecosystemgraph ("" for the root package itself). */
    private static String topPackage(JavaClass c) {
        String name = c.getPackageName();
        if (name.equals(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Each feature package (with its sub-packages) one slice; every other class in no slice. */
    private static SliceAssignment features() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!c.getPackageName().startsWith(ROOT + ".") || !serviceClassNames.contains(c.getName())) {
                    return SliceIdentifier.ignore();
                }
                String top = topPackage(c);
                return FEATURES.contains(top) ? SliceIdentifier.of("feature " + top) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the feature packages " + FEATURES;
            }
        };
    }

    /** Each package directly under com.ecosystemgraph (with its sub-packages) one slice, and the root package one more. */
    private static SliceAssignment topPackages() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!serviceClassNames.contains(c.getName())) {
                    return SliceIdentifier.ignore();
                }
                String top = topPackage(c);
                return SliceIdentifier.of(top.isEmpty() ? "the root package" : top);
            }

            @Override
            public String getDescription() {
                return "the packages of the service";
            }
        };
    }
}

package com.ecosystemgraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size rule of issue 16, checked on the main sources of every module of the build (every {@code <module>} of
 * the root pom that has {@code src/main/java}), parsed with JavaParser: no class, interface, enum or record over
 * {@value #MAX_TYPE_LINES} lines and no method or constructor over {@value #MAX_CALLABLE_LINES} lines, unless its
 * Javadoc gives the reason in a sentence that starts with {@value #REASON_MARKER} (see CONTRIBUTING.md, "Sizes").
 * A top-level type is measured by its whole file (what {@code wc -l} says); a nested type, method or constructor
 * from its first line (annotations and modifiers, not its Javadoc) to its closing brace.
 */
class SourceSizeTest {

    static final int MAX_TYPE_LINES = 400;
    static final int MAX_CALLABLE_LINES = 60;
    static final String REASON_MARKER = "Long because";

    /**
     * Declarations that other work in progress is shrinking (issue 16): a type listed here excuses itself and its
     * members, a {@code Type#method} entry that method. Remove an entry when its work merges;
     * {@link #pendingEntriesStillBreakTheRule()} fails once an entry is no longer needed.
     */
    static final Set<String> PENDING = Set.of();

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private static List<Violation> violations;

    @BeforeAll
    static void measureEveryModule() throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_25));
        violations = new ArrayList<>();
        Path root = projectRoot();
        for (Path sources : mainSourceFolders(root)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    ParseResult<CompilationUnit> parsed = parser.parse(file);
                    assertThat(parsed.getProblems()).as("problems parsing %s", root.relativize(file)).isEmpty();
                    measure(parsed.getResult().orElseThrow(), root.relativize(file), Files.readAllLines(file).size(),
                            violations);
                }
            }
        }
    }

    @Test
    void noClassOrMethodIsOverTheLimitWithoutAReason() {
        List<String> unexcused = violations.stream().filter(v -> !v.pending()).map(Violation::toString).toList();

        assertThat(unexcused)
                .as("classes over %d lines or methods/constructors over %d lines whose Javadoc has no sentence"
                        + " starting \"%s\" (split them by responsibility, or give the reason)", MAX_TYPE_LINES,
                        MAX_CALLABLE_LINES, REASON_MARKER)
                .isEmpty();
    }

    @Test
    void pendingEntriesStillBreakTheRule() {
        Set<String> stillNeeded = new TreeSet<>();
        violations.stream().filter(Violation::pending).forEach(v -> stillNeeded.add(v.pendingEntry()));

        assertThat(new TreeSet<>(PENDING)).as("PENDING entries whose work has merged: remove them from PENDING")
                .isEqualTo(stillNeeded);
    }

    @Test
    void everyModuleWithMainSourcesIsMeasured() throws IOException {
        Path root = projectRoot();

        assertThat(mainSourceFolders(root)).extracting(folder -> root.relativize(folder).getName(0).toString())
                .contains("graph-api", "scoring", "model-training", "demo-data", "cypher");
    }

    @Test
    void aLongMethodWithoutAReasonIsNamedAndAReasonExcusesIt() {
        String body = "        step();\n".repeat(MAX_CALLABLE_LINES - 1);
        String source = """
                package demo;

                class Example {

                    void tooLong() {
                %s    }

                    /** Long because the steps read best in one place. */
                    void longWithAReason() {
                %s    }
                }
                """.formatted(body, body);
        List<Violation> found = new ArrayList<>();

        measure(new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_25)).parse(source).getResult()
                .orElseThrow(), Path.of("Example.java"), 12, found);

        assertThat(found).map(Violation::toString)
                .containsExactly("method demo.Example#tooLong is 61 lines (limit 60) in Example.java");
    }

    private static void measure(CompilationUnit unit, Path file, int fileLines, List<Violation> into) {
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            String typeName = type.getFullyQualifiedName().orElse(type.getNameAsString());
            int lines = type.isTopLevelType() ? fileLines : lines(type);
            if (lines > MAX_TYPE_LINES && !hasReason(type)) {
                into.add(new Violation(file, typeName, null, "type", lines, MAX_TYPE_LINES));
            }
        }
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            check(callable, callable.getNameAsString(), file, into);
        }
        for (CompactConstructorDeclaration constructor : unit.findAll(CompactConstructorDeclaration.class)) {
            check(constructor, constructor.getNameAsString(), file, into);
        }
    }

    private static <N extends Node & NodeWithJavadoc<?>> void check(N callable, String name, Path file,
            List<Violation> into) {
        if (lines(callable) > MAX_CALLABLE_LINES && !hasReason(callable)) {
            String owner = ownerOf(callable);
            into.add(new Violation(file, owner, name, "method", lines(callable), MAX_CALLABLE_LINES));
        }
    }

    private static String ownerOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return type.getFullyQualifiedName().orElse(type.getNameAsString());
            }
        }
        return "?";
    }

    private static int lines(Node node) {
        return node.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
    }

    /** True if the Javadoc has a sentence that starts with the marker (at its start or after a full stop). */
    static boolean hasReason(NodeWithJavadoc<?> node) {
        Optional<String> text = node.getJavadocComment().map(c -> c.parse().toText());
        return text.isPresent() && Pattern.compile("(^|[.!?:]\\s+|\\n\\s*)" + REASON_MARKER + "\\b")
                .matcher(text.get().strip()).find();
    }

    private static Path projectRoot() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            if (Files.exists(pom) && MODULE.matcher(Files.readString(pom)).find()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no aggregator pom.xml above " + here);
    }

    private static List<Path> mainSourceFolders(Path root) throws IOException {
        List<Path> folders = new ArrayList<>();
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        while (modules.find()) {
            Path sources = root.resolve(modules.group(1)).resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                folders.add(sources);
            }
        }
        assertThat(folders).as("module source folders under %s", root).isNotEmpty();
        return folders;
    }

    /** One declaration over its limit; {@code member} is null for a type. */
    record Violation(Path file, String type, String member, String kind, int lines, int limit) {

        boolean pending() {
            return PENDING.contains(type) || PENDING.contains(pendingEntry());
        }

        String pendingEntry() {
            if (member == null || PENDING.contains(type)) {
                return type;
            }
            return type + "#" + member;
        }

        @Override
        public String toString() {
            String what = member == null ? type : type + "#" + member;
            return "%s %s is %d lines (limit %d) in %s".formatted(kind, what, lines, limit, file);
        }
    }
}

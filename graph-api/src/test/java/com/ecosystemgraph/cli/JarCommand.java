package com.ecosystemgraph.cli;

import com.ecosystemgraph.EcosystemGraphApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The jar's commands run in the test JVM as a user runs them, on an embedded data directory of the test's own. */
final class JarCommand {

    /** What a command printed and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    private JarCommand() {
    }

    /** Points the commands' Spring context at {@code dataDir} (system properties beat application.yaml). */
    static void useDataDir(Path dataDir) {
        System.setProperty("ecosystem.data-dir", dataDir.toString());
        System.setProperty("ecosystem.embedded.bolt-port", "0");
        System.setProperty("ecosystem.embedded.page-cache", "64MB");
    }

    static void restore() {
        System.clearProperty("ecosystem.data-dir");
        System.clearProperty("ecosystem.embedded.bolt-port");
        System.clearProperty("ecosystem.embedded.page-cache");
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new EcosystemGraphCommand(EcosystemGraphApplication.class))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

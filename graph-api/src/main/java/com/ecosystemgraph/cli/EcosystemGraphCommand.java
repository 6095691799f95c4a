package com.ecosystemgraph.cli;

import com.ecosystemgraph.EcosystemGraphApplication;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's commands. With no command (or {@code serve}) the web service starts and keeps running;
 * every other command runs once against the configured database (embedded or {@code NEO4J_URI})
 * and exits with 0 on success.
 */
@Command(name = "ecosystem-graph", mixinStandardHelpOptions = true, versionProvider = EcosystemGraphCommand.Version.class, description = "Partner ecosystem graph service. Without a command it serves the GraphQL API.", subcommands = {
        ImportCommand.class, GenerateCommand.class, TrainJobCommand.class, BenchCommand.class,
        RebuildRollupsCommand.class, ApiKeyCommand.class, ExportModelCommand.class})
public class EcosystemGraphCommand implements Runnable {

    /** Returned when the web service was started and the JVM must stay up. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    public static int run(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !isHelpOrVersion(args[0]) || "serve".equals(args[0])) {
            String[] springArgs = args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
            return serve(springArgs) ? KEEP_RUNNING : 1;
        }
        return new CommandLine(new EcosystemGraphCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    private static boolean serve(String[] args) {
        try {
            SpringApplication.run(EcosystemGraphApplication.class, args);
            return true;
        } catch (RuntimeException e) {
            // Spring has already reported the failure (one line, see StartupFailureReporter).
            return false;
        }
    }

    /**
     * Starts the application without the web server and without the demo ecosystem, for one job.
     * The settings go in as command-line arguments: they must win over application.yaml, where
     * default properties would lose.
     */
    static ConfigurableApplicationContext startForJob(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(EcosystemGraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        java.util.Map<String, Object> settings = new java.util.TreeMap<>(properties);
        settings.put("ecosystem.demo.enabled", "false");
        // A job does its own work; warming the analytics for requests that never come is waste.
        settings.putIfAbsent("ecosystem.warm-up.enabled", "false");
        // A one-off job must not start training the model in the background.
        settings.putIfAbsent("ecosystem.scoring.train-on-start", "false");
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return application.run(args);
    }

    /**
     * Runs one job in an application started by {@link #startForJob}, closing it afterwards; 1 when
     * the application cannot start (the failure analyzers have already said why), else the job's
     * exit code.
     */
    static int runJob(Map<String, Object> properties, java.util.function.ToIntFunction<ConfigurableApplicationContext> job) {
        ConfigurableApplicationContext context;
        try {
            context = startForJob(properties);
        } catch (RuntimeException e) {
            return 1;
        }
        try (context) {
            return job.applyAsInt(context);
        }
    }

    /**
     * A failure in one readable line: the innermost message that says something, without class
     * names or stack (for the commands' stderr).
     */
    static String oneLine(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "unknown failure";
        }
        String first = message.lines().findFirst().orElse(message).strip();
        return first.length() > 300 ? first.substring(0, 299) + "…" : first;
    }

    @Override
    public void run() {
        // `ecosystem-graph` with only options other than help is handled by serve(); nothing to do here.
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EcosystemGraphCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Ecosystem Graph " + (version == null ? "development build" : version)};
        }
    }
}

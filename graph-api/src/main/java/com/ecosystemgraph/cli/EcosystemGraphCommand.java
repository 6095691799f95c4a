package com.ecosystemgraph.cli;

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

    private final Class<?> application;

    /**
     * @param application the Spring Boot application class the commands start (handed in by
     *        {@code EcosystemGraphApplication.main}, so the command line does not depend on the root package)
     */
    public EcosystemGraphCommand(Class<?> application) {
        this.application = application;
    }

    /** Runs the command line {@code args} with {@code application} as the service. */
    public static int run(Class<?> application, String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !isHelpOrVersion(args[0]) || "serve".equals(args[0])) {
            String[] springArgs = args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
            return serve(application, springArgs) ? KEEP_RUNNING : 1;
        }
        return new CommandLine(new EcosystemGraphCommand(application)).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** The Spring Boot application class the commands start. */
    Class<?> application() {
        return application;
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    private static boolean serve(Class<?> application, String[] args) {
        try {
            SpringApplication.run(application, args);
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
    ConfigurableApplicationContext startForJob(Map<String, Object> properties) {
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setLogStartupInfo(false);
        java.util.Map<String, Object> settings = new java.util.TreeMap<>(properties);
        settings.put("ecosystem.demo.enabled", "false");
        // A job does its own work; warming the analytics for requests that never come is waste.
        settings.putIfAbsent("ecosystem.warm-up.enabled", "false");
        // A one-off job must not start training the model in the background.
        settings.putIfAbsent("ecosystem.scoring.train-on-start", "false");
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return spring.run(args);
    }

    /**
     * Runs one job in an application started by {@link #startForJob}, closing it afterwards; 1 when
     * the application cannot start (the failure analyzers have already said why), else the job's
     * exit code.
     */
    int runJob(Map<String, Object> properties, java.util.function.ToIntFunction<ConfigurableApplicationContext> job) {
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

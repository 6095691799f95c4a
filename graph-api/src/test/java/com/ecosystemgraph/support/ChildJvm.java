package com.ecosystemgraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process on this test's classpath (the service, or a Neo4j server), for faults that need their own
 * JVM: a SIGKILL ({@link #kill()}), a stop and a start. Its output goes to a log file; a line can be
 * waited for ({@link #line(Predicate)}).
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final List<CompletableFuture<String>> waiting = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Predicate<String>> patterns = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread.ofVirtual().name("child-output").start(this::readOutput);
    }

    /** Starts {@code mainClass} with the arguments, heap {@code heap}, output appended to {@code log}. */
    public static ChildJvm start(String mainClass, Path log, String heap, String... arguments) {
        return start(mainClass, log, heap, List.of("-XX:+UseSerialGC"), arguments);
    }

    /**
     * As {@link #start(String, Path, String, String...)} with these JVM options instead of the serial
     * collector (benches that measure latency run the service with the GC docs/operations.md recommends).
     */
    public static ChildJvm start(String mainClass, Path log, String heap, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        command.add("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildJvm(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line from now on that matches (the future completes when it is printed). */
    public CompletableFuture<String> line(Predicate<String> matches) {
        CompletableFuture<String> future = new CompletableFuture<>();
        patterns.add(matches);
        waiting.add(future);
        return future;
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                for (int i = 0; i < waiting.size(); i++) {
                    if (!waiting.get(i).isDone() && patterns.get(i).test(line)) {
                        waiting.get(i).complete(line);
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        waiting.forEach(future -> future.completeExceptionally(new IllegalStateException("the process ended; its log: " + log)));
    }

    /** A free TCP port on the loopback (for a child that must be started again on the same port). */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: a clean stop; waits until the process is gone. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}

package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Allocated bytes per request (a bench: numbers for docs/benchmarks.md, nothing timed or asserted
 * about them): the four shapes of the side-by-side bench and {@code { __typename }}, with an API key,
 * over one keep-alive connection. Heap allocation does not depend on how busy the machine is, so it
 * is the number to optimise for the young-GC pauses behind our p99 (issue 18) on a shared machine.
 *
 * <p>Measured as the JVM's total allocated bytes ({@code ThreadMXBean#getTotalThreadAllocatedBytes},
 * which counts virtual threads through their carriers) over N requests, minus what this test's own
 * thread allocated to send them (a raw socket with the request bytes built once). Background work of
 * the service (the availability check, metrics) is included and small against N requests.
 *
 * <pre>
 * ./mvnw -B -q -pl graph-api -am verify -Dit.test=AllocationBenchIT -Dalloc.bench=true -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dalloc.requests} (2000) per shape after as many warm-up requests.
 */
@ServiceTest(role = Role.VIEWER)
@EnabledIfSystemProperty(named = "alloc.bench", matches = "true")
class AllocationBenchIT {

    private static final int REQUESTS = Integer.getInteger("alloc.requests", 2000);

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Test
    void allocatedBytesPerRequest() throws Exception {
        StringBuilder table = new StringBuilder(
                "| shape | requests | service KB/request | embedded Neo4j KB/request | by thread group |\n|---|---|---|---|---|\n");
        ServiceData.resetToFixture(driver, importService);
        table.append(row("{ __typename }", "{ __typename }", "{}"));
        table.append(row("(a) partner by id", document("shapePartnerById"), "{\"id\":\"P1\"}"));
        table.append(row("(d) customer with deals", document("shapeCustomerDeals"), "{\"id\":\"C1\"}"));
        ServiceData.clear(driver);
        ServiceData.run(driver, "many-partners", Map.of("count", 200));
        table.append(row("(b) page of 20 partners", document("shapePartnerListPage"), "{\"first\":20}"));
        table.append(row("(c) partners by type and region", document("shapePartnersByTypeRegion"),
                "{\"type\":\"TECHNOLOGY\",\"region\":\"EMEA\",\"first\":50}"));
        System.out.printf(Locale.ROOT, "%nAllocated per request (API key, one keep-alive connection, %d requests each):%n%s%n", REQUESTS,
                table);
    }

    private String row(String name, String query, String variables) throws IOException {
        String body = "{\"query\":" + jsonString(query) + ",\"variables\":" + variables + "}";
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "X-API-Key: " + Users.apiKey(Role.VIEWER) + "\r\nContent-Length: " + bodyBytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + bodyBytes.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(bodyBytes, 0, request, head.length, bodyBytes.length);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            byte[] buffer = new byte[1 << 16];
            String first = exchange(out, in, request, buffer);
            assertThat(first).as(name).contains("\"data\"").doesNotContain("\"errors\"");
            for (int i = 0; i < REQUESTS; i++) {
                exchange(out, in, request, buffer);
            }
            Map<Long, Long> before = byThread(threads);
            long total = threads.getTotalThreadAllocatedBytes();
            long mine = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < REQUESTS; i++) {
                exchange(out, in, request, buffer);
            }
            long all = (threads.getTotalThreadAllocatedBytes() - total) - (threads.getCurrentThreadAllocatedBytes() - mine);
            // The embedded Neo4j runs in this JVM (in the side-by-side bench it has its own): its threads are counted apart.
            Map<String, Long> groups = new java.util.TreeMap<>();
            long neo4j = 0;
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null || info.getThreadId() == Thread.currentThread().threadId()) {
                    continue;
                }
                long bytes = threads.getThreadAllocatedBytes(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
                String thread = info.getThreadName();
                if (thread.startsWith("neo4j.")) {
                    neo4j += bytes;
                }
                groups.merge(thread.replaceAll("[-\\[ ].*", ""), bytes, Long::sum);
            }
            StringBuilder byGroup = new StringBuilder();
            groups.forEach((group, bytes) -> {
                if (bytes > 1024L * REQUESTS) {
                    byGroup.append(String.format(Locale.ROOT, "%s %.1f; ", group, bytes / 1024.0 / REQUESTS));
                }
            });
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n", name, REQUESTS, (all - neo4j) / 1024.0 / REQUESTS,
                    neo4j / 1024.0 / REQUESTS, byGroup);
        }
    }

    /** Allocated bytes of each live platform thread (virtual threads count on their carriers), by thread id. */
    private static Map<Long, Long> byThread(com.sun.management.ThreadMXBean threads) {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> allocated = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            allocated.put(ids[i], bytes[i]);
        }
        return allocated;
    }

    /** Sends one request and reads its response (Content-Length or chunked); returns the body only for the first call's check. */
    private static String exchange(OutputStream out, InputStream in, byte[] request, byte[] buffer) throws IOException {
        out.write(request);
        out.flush();
        int contentLength = -1;
        boolean chunked = false;
        int status = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            if (status < 0) {
                status = Integer.parseInt(line.substring(9, 12));
            } else if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                contentLength = Integer.parseInt(line.substring(15).strip());
            } else if (line.regionMatches(true, 0, "transfer-encoding:", 0, 18) && line.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            int size;
            while ((size = Integer.parseInt(readLine(in).strip(), 16)) > 0) {
                copy(in, body, size, buffer);
                readLine(in);
            }
            readLine(in);
        } else {
            copy(in, body, contentLength, buffer);
        }
        if (status != 200) {
            throw new IOException("HTTP " + status + ": " + body.toString(StandardCharsets.UTF_8));
        }
        return body.size() < 100_000 ? body.toString(StandardCharsets.UTF_8) : "";
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, int length, byte[] buffer) throws IOException {
        int left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, Math.min(left, buffer.length));
            if (read < 0) {
                throw new IOException("connection closed");
            }
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String document(String name) throws IOException {
        try {
            return Files.readString(Path.of(AllocationBenchIT.class.getResource("/graphql-test/" + name + ".graphql").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }
}

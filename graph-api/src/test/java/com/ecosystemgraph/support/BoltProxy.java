package com.ecosystemgraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the service and a real Neo4j, for faults that a real database shows and a test
 * must cause on cue: a hung database ({@link #pause()}: bytes are held both ways until {@link #resume()}),
 * a commit whose answer is lost ({@link #holdRepliesAfterNextCommit()}: the next COMMIT reaches the
 * database, nothing comes back), and a database that is down ({@link #down()}: connections are cut
 * and refused, until {@link #up()} listens again on the same port).
 */
public final class BoltProxy implements AutoCloseable {

    /** A Bolt COMMIT message as one chunk: size 2, tiny struct without fields (0xB0), signature 0x12, end of message. */
    private static final byte[] COMMIT = {0x00, 0x02, (byte) 0xB0, 0x12, 0x00, 0x00};

    private final int target;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile ServerSocket listener;
    private volatile boolean paused;
    private volatile boolean armed;
    private volatile boolean repliesHeld;

    public BoltProxy(int target) {
        this.target = target;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "bolt://localhost:" + port;
    }

    /** Holds every byte in both directions from now on: the database looks hung. */
    public void pause() {
        paused = true;
    }

    /** Passes what was held, and everything after. */
    public void resume() {
        synchronized (gate) {
            paused = false;
            repliesHeld = false;
            armed = false;
            gate.notifyAll();
        }
    }

    /** The next COMMIT goes through to the database; from then on its answers (and all others) are held until {@link #resume()}. */
    public void holdRepliesAfterNextCommit() {
        armed = true;
    }

    /** Whether a COMMIT went through since {@link #holdRepliesAfterNextCommit()} (its answer is held). */
    public boolean commitPassed() {
        return repliesHeld;
    }

    /** Cuts every connection and refuses new ones: the database is down. */
    public void down() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing
        }
        sockets.forEach(BoltProxy::closeQuietly);
        sockets.clear();
    }

    /** Listens again on the same port: the database is back. */
    public void up() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listener = socket;
            accept(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        Thread.ofVirtual().name("bolt-proxy-accept").start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    sockets.add(client);
                    sockets.add(server);
                    Thread.ofVirtual().start(() -> pump(client, server, true));
                    Thread.ofVirtual().start(() -> pump(server, client, false));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private void pump(Socket from, Socket to, boolean toDatabase) {
        byte[] buffer = new byte[16 * 1024];
        byte[] tail = new byte[0];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                waitWhile(() -> paused || (!toDatabase && repliesHeld));
                if (toDatabase && armed) {
                    byte[] seen = new byte[tail.length + n];
                    System.arraycopy(tail, 0, seen, 0, tail.length);
                    System.arraycopy(buffer, 0, seen, tail.length, n);
                    if (contains(seen, COMMIT)) {
                        // Held before the COMMIT leaves, so that its answer cannot slip through.
                        armed = false;
                        repliesHeld = true;
                    }
                    tail = java.util.Arrays.copyOfRange(seen, Math.max(0, seen.length - COMMIT.length), seen.length);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // a side closed: close the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void waitWhile(java.util.function.BooleanSupplier held) {
        synchronized (gate) {
            while (held.getAsBoolean()) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean contains(byte[] data, byte[] pattern) {
        outer : for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        resume();
        down();
    }
}

package io.jifen.it.support;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A PostgreSQL wire proxy that counts what the server under test asks of the database: each
 * round trip (a Sync of the extended protocol, or a simple Query, after which the client waits
 * for the answer) and each statement executed (an Execute, or a simple Query). It forwards every
 * byte unchanged, so the server works exactly as on a direct connection; the connection string
 * must disable TLS, or the bytes could not be read.
 */
public final class WireCounter implements AutoCloseable {
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    /** Each round trip's statements, in order, for a reader who asks what a request did. */
    private final java.util.concurrent.ConcurrentLinkedQueue<String> trips = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public WireCounter(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("wire-counter-accept").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The round trips since the last call, one line each: the statements they ran. */
    public java.util.List<String> drainTrips() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line; (line = trips.poll()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    public Counts counts() {
        return new Counts(roundTrips.get(), statements.get());
    }

    /** What the database was asked between two readings. */
    public record Counts(long roundTrips, long statements) {
        public Counts since(Counts before) {
            return new Counts(roundTrips - before.roundTrips, statements - before.statements);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Thread.ofVirtual().start(() -> pump(server, client));
                Thread.ofVirtual().start(() -> readClient(client, server));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Forwards the client's messages, counting the ones that end a round trip or run a statement. */
    private void readClient(Socket client, Socket server) {
        try (client; server) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = server.getOutputStream();
            boolean started = false;
            while (!started) {
                // the opening messages carry no type byte: an optional TLS/GSS request, then the startup
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                writeInt(out, length);
                out.write(body);
                out.flush();
                int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
                started = code != SSL_REQUEST && code != GSS_REQUEST;
            }
            java.util.Map<String, String> prepared = new java.util.HashMap<>();
            String bound = "";
            StringBuilder trip = new StringBuilder();
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                switch (type) {
                    case 'P' -> {
                        String[] parts = cstrings(body, 2);
                        prepared.put(parts[0], parts[1]);
                        bound = parts[1];
                    }
                    case 'B' -> {
                        String[] parts = cstrings(body, 2);
                        bound = prepared.getOrDefault(parts[1], bound);
                    }
                    case 'S' -> {
                        roundTrips.incrementAndGet();
                        trips.add(trip.toString());
                        if (trips.size() > 10_000) {
                            trips.poll();
                        }
                        trip.setLength(0);
                    }
                    case 'E' -> {
                        statements.incrementAndGet();
                        trip.append(trip.isEmpty() ? "" : " | ").append(shortened(bound));
                    }
                    case 'Q' -> {
                        roundTrips.incrementAndGet();
                        statements.incrementAndGet();
                        trips.add(shortened(cstrings(body, 1)[0]));
                    }
                    default -> {
                    }
                }
                out.write(type);
                writeInt(out, length);
                out.write(body);
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (EOFException | java.net.SocketException gone) {
            // a connection closed by either side
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] cstrings(byte[] body, int count) {
        String[] parts = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = start;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            parts[i] = new String(body, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
            start = end + 1;
        }
        return parts;
    }

    private static String shortened(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 70 ? oneLine.substring(0, 70) + "…" : oneLine;
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException gone) {
            // a connection closed by either side
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

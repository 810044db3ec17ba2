package org.fyptracker.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection driven by hand, for what a client library hides: a body sent in two
 * parts with a pause between, and several requests on the same connection.
 */
final class RawConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    /** A byte {@link #answersWithin} read ahead, or -1. */
    private int pushedBack = -1;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String head, byte[] body, int from, int length) throws IOException {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(body, from, length);
        out.flush();
    }

    /** Whether a byte of an answer arrives within the time; the byte is kept for {@link #status()}. */
    boolean answersWithin(Duration time) throws IOException {
        socket.setSoTimeout((int) time.toMillis());
        try {
            pushedBack = in.read();
            return pushedBack >= 0;
        } catch (SocketTimeoutException nothingYet) {
            return false;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }

    /** Reads one whole answer (its head and its Content-Length body) and gives its status code. */
    int status() throws IOException {
        String head = readHead();
        int status = Integer.parseInt(head.substring(9, 12));
        long length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        for (long i = 0; i < length; i++) {
            if (in.read() < 0) {
                throw new IOException("connection closed inside a body");
            }
        }
        return status;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = pushedBack >= 0 ? pushedBack : in.read();
            pushedBack = -1;
            if (b < 0) {
                throw new IOException("connection closed before an answer");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package dev.pipewright.git.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies a stream to another on a daemon thread, flushing each read (a git protocol is a conversation). */
final class StreamPump {
    private StreamPump() {
    }

    static Thread start(String name, InputStream in, OutputStream out, boolean closeOut) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[32 * 1024];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away: the process or channel ends
            } finally {
                if (closeOut) {
                    try {
                        out.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}

package org.zcrm.coordinator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of ZooKeeper for one node. {@link #blackhole()} stops passing bytes
 * without closing anything, so the node's session ends the way a killed machine's does: the server
 * expires it after the session timeout.
 */
final class BlackholeProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean blackhole;
  private volatile boolean closed;

  BlackholeProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "proxy-" + server.getLocalPort());
    t.setDaemon(true);
    t.start();
  }

  String connect() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  void blackhole() {
    blackhole = true;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket in = server.accept();
        if (blackhole) {
          sockets.add(in);
          continue;
        }
        Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(in);
        sockets.add(out);
        pump(in, out);
        pump(out, in);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[16384];
      try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
        int n;
        while ((n = i.read(buf)) >= 0) {
          if (blackhole) {
            continue;
          }
          o.write(buf, 0, n);
          o.flush();
        }
      } catch (IOException e) {
        // connection ended
      }
    }, "proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}

package org.zcrm.cib.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;

/**
 * ZooKeeper's own embedded server: standalone with its data in one folder, or one member of a
 * multi-server ensemble (ZooKeeper's quorum configuration: server.N=host:peer:election;client,
 * and N in dataDir/myid).
 */
public final class EmbeddedZooKeeper implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  /** One ensemble member: host, quorum port, leader election port, client port. */
  public record Member(String host, int peerPort, int electionPort, int clientPort) {
    /** Parses HOST:PEER_PORT:ELECTION_PORT:CLIENT_PORT. */
    public static Member parse(String s) {
      String[] p = s.trim().split(":");
      if (p.length != 4) {
        throw StoreException.refused("Server '" + s + "' must look like HOST:PEER_PORT:ELECTION_PORT:CLIENT_PORT.");
      }
      try {
        return new Member(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
      } catch (NumberFormatException e) {
        throw StoreException.refused("Server '" + s + "' has a port that is not a number.");
      }
    }

    String line() {
      return host + ":" + peerPort + ":" + electionPort + ";" + clientPort;
    }
  }

  private final ZooKeeperServerEmbedded server;
  private final String connectString;
  private final Path dataDir;

  private EmbeddedZooKeeper(ZooKeeperServerEmbedded server, String connectString, Path dataDir) {
    this.server = server;
    this.connectString = connectString;
    this.dataDir = dataDir;
  }

  /** A standalone server on 127.0.0.1:port keeping its data in dataDir; a fatal server error is only logged. */
  public static EmbeddedZooKeeper standalone(Path dataDir, int port) {
    return standalone(dataDir, port, false);
  }

  /**
   * A standalone server on 127.0.0.1:port. With {@code exitOnFatal} a fatal server error ends the
   * JVM (for `zcrm zk start`, which is nothing but this server).
   */
  public static EmbeddedZooKeeper standalone(Path dataDir, int port, boolean exitOnFatal) {
    requireFree("127.0.0.1", port, "client port");
    Properties p = common(dataDir);
    p.setProperty("clientPort", Integer.toString(port));
    p.setProperty("clientPortAddress", "127.0.0.1");
    return start(dataDir, p, "127.0.0.1:" + port, exitOnFatal);
  }

  /** Refuses early, with a clear message, a port that something already listens on. */
  private static void requireFree(String host, int port, String what) {
    try (java.net.ServerSocket s = new java.net.ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new java.net.InetSocketAddress(host, port));
    } catch (IOException e) {
      throw StoreException.refused("Cannot use " + what + " " + host + ":" + port + " (" + e.getMessage()
          + "); is another ZooKeeper running there? Pick another port.");
    }
  }

  /**
   * Member {@code id} (1-based position in {@code members}) of an ensemble; returns once this
   * server runs (the ensemble serves clients when a majority runs).
   */
  public static EmbeddedZooKeeper member(Path dataDir, int id, List<Member> members, boolean exitOnFatal) {
    if (id < 1 || id > members.size()) {
      throw StoreException.refused("--id " + id + " is not a position in --servers (1.." + members.size() + ").");
    }
    Member me = members.get(id - 1);
    requireFree(me.host(), me.clientPort(), "client port");
    requireFree(me.host(), me.peerPort(), "quorum port");
    requireFree(me.host(), me.electionPort(), "election port");
    Properties p = common(dataDir);
    p.setProperty("initLimit", "10");
    p.setProperty("syncLimit", "5");
    // not standaloneEnabled/reconfigEnabled: ZooKeeper keeps those in static fields, for the whole JVM
    for (int i = 0; i < members.size(); i++) {
      p.setProperty("server." + (i + 1), members.get(i).line());
    }
    try {
      Files.createDirectories(dataDir.resolve("data"));
      Files.writeString(dataDir.resolve("data").resolve("myid"), Integer.toString(id), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw StoreException.unavailable("Cannot write " + dataDir.resolve("data/myid") + ": " + e.getMessage(), e);
    }
    List<String> connect = new ArrayList<>();
    members.forEach(m -> connect.add(m.host() + ":" + m.clientPort()));
    return start(dataDir, p, String.join(",", connect), exitOnFatal);
  }

  private static Properties common(Path dataDir) {
    Properties p = new Properties();
    p.setProperty("dataDir", dataDir.resolve("data").toAbsolutePath().toString());
    p.setProperty("tickTime", "2000");
    p.setProperty("admin.enableServer", "false");
    p.setProperty("4lw.commands.whitelist", "ruok,srvr,stat,mntr");
    p.setProperty("maxClientCnxns", "0");
    p.setProperty("autopurge.snapRetainCount", "3");
    p.setProperty("autopurge.purgeInterval", "1");
    return p;
  }

  private static EmbeddedZooKeeper start(Path dataDir, Properties p, String connect, boolean exitOnFatal) {
    try {
      Files.createDirectories(dataDir);
      ZooKeeperServerEmbedded s = ZooKeeperServerEmbedded.builder()
          .baseDir(dataDir)
          .configuration(p)
          .exitHandler(exitOnFatal ? ExitHandler.EXIT : ExitHandler.LOG_ONLY)
          .build();
      s.start(60_000);
      LOG.info("ZooKeeper started connect={} dataDir={}", connect, dataDir);
      return new EmbeddedZooKeeper(s, connect, dataDir);
    } catch (Exception e) {
      throw StoreException.unavailable("ZooKeeper did not start (data in " + dataDir + "): " + e.getMessage(), e);
    }
  }

  /** The connect string clients use (for an ensemble member: all members). */
  public String connectString() {
    return connectString;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    server.close();
    LOG.info("ZooKeeper stopped dataDir={}", dataDir);
  }
}

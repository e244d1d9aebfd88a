package org.zcrm.cli.local;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The folder of a local cluster (`zcrm cluster up --dir RUN_DIR`, default ./run): what was
 * started (cluster.properties), ZooKeeper's pid, log and data, and per node its pid file (written
 * by the daemon itself, read by fence_zcrm_process), its log and its agents' state (NODE-rsctmp).
 */
public record RunDir(Path dir) {
  static final String DESCRIPTION = "cluster.properties";

  public RunDir {
    dir = dir.toAbsolutePath().normalize();
  }

  public Path zkPid() {
    return dir.resolve("zk.pid");
  }

  public Path zkLog() {
    return dir.resolve("zk.log");
  }

  public Path zkData() {
    return dir.resolve("zk-data");
  }

  public Path nodePid(String node) {
    return dir.resolve(node + ".pid");
  }

  public Path nodeLog(String node) {
    return dir.resolve(node + ".log");
  }

  /** The daemon's own console output when it writes its log file itself. */
  public Path nodeOut(String node) {
    return dir.resolve(node + ".out");
  }

  /** Agent state of one node (HA_RSCTMP: the Dummy agents' state files). */
  public Path nodeState(String node) {
    return dir.resolve(node + "-rsctmp");
  }

  /** Present while a node is asked to stop its resources and leave (zcrm node stop --leave's convention). */
  public Path leaveFile(String node) {
    return dir.resolve(node + ".leave");
  }

  /** What `cluster up` started. */
  public record Description(String zkConnect, String cluster, List<String> nodes) {
    public Description {
      nodes = List.copyOf(nodes);
    }
  }

  public void write(Description d) throws IOException {
    Properties p = new Properties();
    p.setProperty("zk.connect", d.zkConnect());
    p.setProperty("cluster", d.cluster());
    p.setProperty("nodes", String.join(",", d.nodes()));
    StringWriter w = new StringWriter();
    new TreeMap<>(p).forEach((k, v) -> w.append(k.toString()).append('=').append(v.toString()).append('\n'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(DESCRIPTION), "# written by zcrm cluster up\n" + w);
  }

  public Optional<Description> read() throws IOException {
    Path f = dir.resolve(DESCRIPTION);
    if (!Files.exists(f)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(f)));
    String nodes = p.getProperty("nodes", "");
    return Optional.of(new Description(p.getProperty("zk.connect", ""), p.getProperty("cluster", "zcrm"),
        nodes.isBlank() ? List.of() : Arrays.asList(nodes.split(","))));
  }

  /** The pid in a pid file, when the file exists and holds a number. */
  public static OptionalLong pid(Path pidFile) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidFile).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** True when the pid file names a live process. */
  public static boolean alive(Path pidFile) {
    OptionalLong p = pid(pidFile);
    return p.isPresent() && ProcessHandle.of(p.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
  }
}

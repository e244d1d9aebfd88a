package org.zcrm.cib.store;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach a cluster's store: the ZooKeeper connect string, the cluster name (the store lives
 * under /zcrm/&lt;cluster&gt;), and optional digest credentials ("user:password"). With credentials the
 * configuration is created writable only by their holders and readable by everyone.
 */
public record ZkSettings(
    String connect,
    String cluster,
    Optional<String> credentials,
    Duration sessionTimeout,
    Duration connectTimeout) {

  public static final String DEFAULT_CONNECT = "127.0.0.1:2181";
  public static final String DEFAULT_CLUSTER = "zcrm";
  public static final String ENV_CONNECT = "ZCRM_ZK";
  public static final String ENV_CLUSTER = "ZCRM_CLUSTER";
  public static final String ENV_CREDENTIALS = "ZCRM_ZK_AUTH";

  public ZkSettings {
    if (connect == null || connect.isBlank()) {
      throw StoreException.refused("The ZooKeeper connect string is empty; give --zk HOST:PORT[,HOST:PORT...].");
    }
    if (cluster == null || !cluster.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw StoreException.refused("Cluster name '" + cluster
          + "' is not usable; use letters, digits, '-', '_' or '.' (default " + DEFAULT_CLUSTER + ").");
    }
    credentials = credentials == null ? Optional.empty() : credentials.filter(c -> !c.isBlank());
    credentials.ifPresent(c -> {
      if (c.indexOf(':') <= 0) {
        throw StoreException.refused("ZooKeeper credentials must look like user:password.");
      }
    });
  }

  public static ZkSettings of(String connect, String cluster) {
    return new ZkSettings(connect, cluster, Optional.empty(), Duration.ofSeconds(15), Duration.ofSeconds(10));
  }

  /**
   * Settings from command-line values (null when not given), falling back to the environment
   * (ZCRM_ZK, ZCRM_CLUSTER, ZCRM_ZK_AUTH), then to the defaults.
   */
  public static ZkSettings resolve(String connect, String cluster, String credentials, Map<String, String> env) {
    String c = firstNonBlank(connect, env.get(ENV_CONNECT), DEFAULT_CONNECT);
    String n = firstNonBlank(cluster, env.get(ENV_CLUSTER), DEFAULT_CLUSTER);
    String a = firstNonBlank(credentials, env.get(ENV_CREDENTIALS), "");
    return new ZkSettings(c, n, Optional.of(a), Duration.ofSeconds(15), Duration.ofSeconds(10));
  }

  public ZkSettings withCredentials(String userColonPassword) {
    return new ZkSettings(connect, cluster, Optional.ofNullable(userColonPassword), sessionTimeout, connectTimeout);
  }

  public ZkSettings withConnectTimeout(Duration timeout) {
    return new ZkSettings(connect, cluster, credentials, sessionTimeout, timeout);
  }

  public ZkSettings withSessionTimeout(Duration timeout) {
    return new ZkSettings(connect, cluster, credentials, timeout, connectTimeout);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }

  @Override
  public String toString() {
    return "ZkSettings[connect=" + connect + ", cluster=" + cluster + ", credentials="
        + (credentials.isPresent() ? "yes" : "no") + "]";
  }
}

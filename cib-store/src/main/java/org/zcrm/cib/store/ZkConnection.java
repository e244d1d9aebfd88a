package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.api.ACLProvider;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;

/**
 * A started Curator client for one cluster, with the ACL policy: when credentials are given,
 * znodes under config/ (and staging/) are created writable only by the digest identity of those
 * credentials and readable by everyone; everything else is open.
 */
public final class ZkConnection implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  private final ZkSettings settings;
  private final CibPaths paths;
  private final CuratorFramework client;
  private final List<ACL> protectedAcl;

  private ZkConnection(ZkSettings settings, CuratorFramework client, List<ACL> protectedAcl) {
    this.settings = settings;
    this.paths = CibPaths.forCluster(settings.cluster());
    this.client = client;
    this.protectedAcl = protectedAcl;
  }

  /**
   * Connects, waiting at most the settings' connect timeout. Unreachable: a StoreException of kind
   * UNAVAILABLE naming the connect string.
   */
  public static ZkConnection open(ZkSettings settings) {
    List<ACL> acl = settings.credentials().map(ZkConnection::protectedAcl).orElse(ZooDefs.Ids.OPEN_ACL_UNSAFE);
    CibPaths paths = CibPaths.forCluster(settings.cluster());
    ACLProvider provider = new ACLProvider() {
      @Override
      public List<ACL> getDefaultAcl() {
        return ZooDefs.Ids.OPEN_ACL_UNSAFE;
      }

      @Override
      public List<ACL> getAclForPath(String path) {
        return paths.isProtected(path) ? acl : ZooDefs.Ids.OPEN_ACL_UNSAFE;
      }
    };
    CuratorFrameworkFactory.Builder b = CuratorFrameworkFactory.builder()
        .connectString(settings.connect())
        .sessionTimeoutMs((int) settings.sessionTimeout().toMillis())
        .connectionTimeoutMs((int) settings.connectTimeout().toMillis())
        .retryPolicy(new ExponentialBackoffRetry(100, 6, 2000))
        .aclProvider(provider);
    settings.credentials().ifPresent(c -> b.authorization("digest", c.getBytes(StandardCharsets.UTF_8)));
    CuratorFramework client = b.build();
    client.start();
    try {
      if (!client.blockUntilConnected((int) settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        client.close();
        throw StoreException.unavailable("Cannot reach ZooKeeper at " + settings.connect() + " within "
            + settings.connectTimeout().toSeconds() + " s; start it (zcrm zk start) or give the right --zk.", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      client.close();
      throw StoreException.unavailable("Interrupted while connecting to ZooKeeper at " + settings.connect(), e);
    }
    LOG.debug("Connected to ZooKeeper connect={} cluster={}", settings.connect(), settings.cluster());
    return new ZkConnection(settings, client, acl);
  }

  /** [digest user:hash -> all, world -> read] for credentials "user:password". */
  public static List<ACL> protectedAcl(String userColonPassword) {
    try {
      String digest = DigestAuthenticationProvider.generateDigest(userColonPassword);
      // a mutable list: ZooKeeper's ACL check calls contains(null), which immutable lists refuse
      return new java.util.ArrayList<>(List.of(new ACL(ZooDefs.Perms.ALL, new Id("digest", digest)),
          new ACL(ZooDefs.Perms.READ, ZooDefs.Ids.ANYONE_ID_UNSAFE)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1 digests are not available", e);
    }
  }

  /** The ACL a new znode at this path gets. */
  public List<ACL> aclFor(String path) {
    return paths.isProtected(path) ? protectedAcl : ZooDefs.Ids.OPEN_ACL_UNSAFE;
  }

  public CuratorFramework client() {
    return client;
  }

  public ZkSettings settings() {
    return settings;
  }

  public CibPaths paths() {
    return paths;
  }

  @Override
  public void close() {
    client.close();
  }
}

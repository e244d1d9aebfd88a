package org.zcrm.coordinator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.zcrm.cib.store.ZkSettings;

/**
 * How one node daemon runs.
 *
 * @param name           the node's name (members/NAME, status/NAME)
 * @param zk             where the cluster's store is (with the requested session timeout)
 * @param runDir         pid file NAME.pid and log file NAME.log
 * @param agentsDir      zcrm's agents folder (ocf/, lsb/, fence/), or null for the executor's default
 * @param selfFenceGrace how long SUSPENDED may last before resources stop; null for T/3
 * @param restartGrace   how long the DC waits for a node whose daemon restarts before treating it as lost
 */
public record NodeOptions(String name, ZkSettings zk, Path runDir, Path agentsDir, Duration selfFenceGrace,
    Duration restartGrace) {

  public NodeOptions {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zk, "zk");
    Objects.requireNonNull(runDir, "runDir");
    restartGrace = restartGrace == null ? Duration.ofSeconds(60) : restartGrace;
  }
}

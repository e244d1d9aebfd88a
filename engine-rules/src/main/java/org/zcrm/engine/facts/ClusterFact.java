package org.zcrm.engine.facts;

/** Cluster-wide options from crm_config, after defaults. */
public record ClusterFact(
    boolean fencingEnabled,
    boolean symmetric,
    String noQuorumPolicy,
    boolean haveQuorum,
    boolean maintenanceMode,
    boolean stopAllResources,
    boolean startFailureIsFatal,
    boolean haveFencingDevice,
    boolean startupFencing,
    String placementStrategy,
    boolean stopRemovedResources) {}

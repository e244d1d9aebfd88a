/**
 * The CIB kept in ZooKeeper through Curator: one znode per configuration object (Pacemaker's XML
 * element format), status written per node, each change one multi() that bumps the generation,
 * consistent snapshots, a change feed, and the embedded ZooKeeper server for local clusters.
 */
package org.zcrm.cib.store;

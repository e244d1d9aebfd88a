/**
 * The policy engine, Pacemaker's scheduler: {@code Engine.schedule(CibSnapshot, Instant)} unpacks
 * the CIB into immutable facts, lets the Drools rules conclude scores, bans, orderings and fencing,
 * assigns resources to nodes and builds the transition graph. Pure: no ZooKeeper, clock or threads.
 */
package org.zcrm.engine;

/**
 * The policy engine, Pacemaker's scheduler: {@code Engine.schedule(CibSnapshot, Instant)} is pure
 * (no ZooKeeper, clock or threads) and lists its phases in one method:
 *
 * <ol>
 *   <li>unpack ({@code unpack}): the CIB into immutable fact records ({@code facts}); location
 *       rules are resolved per node, the JAXB model is read through a DOM view ({@code CibDom});
 *   <li>node state: the rules decide what membership fields mean ({@code node-state.drl});
 *   <li>history: each resource's operations are replayed per node ({@code HistoryInterpreter});
 *   <li>policy: the rules conclude ({@code conclusions}) scores, bans, flags, recovery, fencing,
 *       colocation and ordering edges, one agenda group per phase, focus set from Java;
 *   <li>assign ({@code assign}): per-variant ({@code Variant}: primitive, group, clone) placement
 *       from those conclusions, Pacemaker's colocation arithmetic and tie breaks;
 *   <li>actions and order ({@code actions}): start/stop/promote/demote and fencing actions, the
 *       ordering flags settled by propagation;
 *   <li>graph and output ({@code output}): the transition summary in crm_simulate's wording,
 *       scores, DOT, status, and the explanation of every decision.
 * </ol>
 */
package org.zcrm.engine;

/**
 * The policy engine, Pacemaker's scheduler: {@code Engine.schedule(CibSnapshot, Instant)} is pure
 * (no ZooKeeper, clock or threads) and lists its phases in one method:
 *
 * <ol>
 *   <li>unpack ({@code unpack}): the typed CIB model (cib-model) into immutable fact records
 *       ({@code facts}); location rules are resolved per node, id-refs followed, defaults applied;
 *       node attributes and resources' effective meta attributes become facts for user policy;
 *   <li>node state: the rules decide what membership fields mean and whose operation history
 *       counts ({@code node-state.drl}, {@code HistoryTrusted});
 *   <li>history: each resource's operations are replayed per trusted node
 *       ({@code HistoryInterpreter});
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

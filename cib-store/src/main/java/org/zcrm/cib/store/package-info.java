/**
 * The CIB kept in ZooKeeper through Curator (see DESIGN.md "ZooKeeper layout").
 *
 * <ul>
 *   <li>{@link org.zcrm.cib.store.CibStore}: one cluster's store. {@code snapshot()} /
 *       {@code configSnapshot()} give a consistent {@link org.zcrm.cib.store.CibSnapshot} (sync,
 *       generation read before and after, torn reads repeated); {@code update(what, edit)}
 *       computes a target {@link org.zcrm.cib.store.ConfigState} from a fresh snapshot, validates
 *       the whole of it with a {@link org.zcrm.cib.store.ConfigChecker} and writes the difference
 *       atomically (repeated on a conflict); {@code importCib}; {@code changeFeed()};
 *       {@code statusWriter(node)}.</li>
 *   <li>One znode per object ({@link org.zcrm.cib.store.ObjectKind}, paths in
 *       {@link org.zcrm.cib.store.CibPaths}), holding its element in Pacemaker's format;
 *       config/generation holds the cib element's attributes (admin_epoch, epoch, ...).</li>
 *   <li>A change is one multi() with the generation bump, every write checked against the version
 *       its snapshot saw ({@code ChangeWriter}); one too large for a request is staged and
 *       committed by one multi() that readers see all at once ({@code StagedApply}). Sizes are
 *       checked on the client ({@link org.zcrm.cib.store.SizeLimits}).</li>
 *   <li>Hand edits with zkCli are recognised by a modification zxid newer than the generation's;
 *       one that does not parse or validate is left out and reported
 *       ({@link org.zcrm.cib.store.StoreProblem}).</li>
 *   <li>{@link org.zcrm.cib.store.ChangeFeed}: "config/ or status/NODE changed; re-read", from one
 *       persistent recursive watch.</li>
 *   <li>{@link org.zcrm.cib.store.EmbeddedZooKeeper}: ZooKeeper's embedded server, standalone or
 *       one member of an ensemble. {@code edit}: the pcs-like edits as pure functions.</li>
 * </ul>
 */
package org.zcrm.cib.store;

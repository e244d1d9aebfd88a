/**
 * The fencer, Pacemaker's STONITHd: fence devices from the CIB's stonith primitives, host maps and
 * checks, topology levels, and fence agents run through the fence-agents stdin protocol.
 *
 * <p>Entry point: {@link org.zcrm.fence.Fencer} built from a {@link org.zcrm.fence.FencingConfig}
 * (see {@link org.zcrm.fence.cib.CibFencingMapper} to get one from a CIB), a
 * {@link org.zcrm.fence.FencerOptions} (node name, agent search path, retry pause, random source,
 * clock), the executor's process runner and a {@link org.zcrm.fence.FenceHistory}. Then
 * {@code fence(FenceRequest)} or {@code fenceAsync(FenceRequest)} returns a
 * {@link org.zcrm.fence.FenceResult}, which is also the history entry;
 * {@link org.zcrm.fence.FenceHistoryXml} turns it into a {@code <fence_event>} for storage.
 */
package org.zcrm.fence;

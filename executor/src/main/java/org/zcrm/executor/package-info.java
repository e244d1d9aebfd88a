/**
 * The executor, Pacemaker's LRMd: runs OCF and LSB resource agents with timeouts, probes and
 * recurring monitors, one action at a time per resource, and records each result as operation history.
 *
 * <p>Entry points: {@link org.zcrm.executor.Executor} ({@code submit(ActionRequest)},
 * {@code cancel}, {@code lastResult}, {@code failCounts}) configured by
 * {@link org.zcrm.executor.ExecutorConfig}; results arrive as {@link org.zcrm.executor.ExecutorEvent}
 * (an {@link org.zcrm.executor.ActionResult}, its {@code lrm_rsc_op} records and any fail-count
 * change) at an {@link org.zcrm.executor.ExecutorListener}. Processes are run by
 * {@link org.zcrm.executor.process.ProcessRunner}; digests by
 * {@link org.zcrm.cib.digest.ParamDigests} and {@link org.zcrm.executor.digest.OpDigests}.
 */
package org.zcrm.executor;

package org.zcrm.engine.facts;

/**
 * The cluster options about probes and recurring monitors.
 *
 * @param enableStartupProbes {@code enable-startup-probes} (default true)
 * @param cancelRemovedActions {@code cancel-removed-actions}, formerly {@code stop-orphan-actions}
 *     (default true)
 */
public record MonitorOptionsFact(boolean enableStartupProbes, boolean cancelRemovedActions) {}

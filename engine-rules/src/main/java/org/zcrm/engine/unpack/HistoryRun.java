package org.zcrm.engine.unpack;

import java.util.List;

/**
 * The operations one node recorded for one resource (one lrm_resource entry), in status order.
 *
 * @param rsc the resource id as recorded (may be a clone base name)
 */
public record HistoryRun(String rsc, String node, List<HistoryOp> ops) {}

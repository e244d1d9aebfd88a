package org.zcrm.cli;

import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;

/**
 * Runs the engine once on a small cluster built here (nodes, primitives with history, a group, a
 * clone, constraints, one node down) so that a later schedule of a large CIB in the same process
 * finds its classes loaded and its code compiled. Simulate does this on the policy thread while the
 * main thread still reads the file.
 */
final class EngineWarmUp {
  private static final Logger LOG = LogManager.getLogger();

  private static final int NODES = 6;

  private static final int RESOURCES = 60;

  private EngineWarmUp() {}

  /** Schedules the small cluster; never fails the caller (a warm-up is only an optimisation). */
  static void run(Engine engine) {
    long t0 = System.nanoTime();
    try {
      engine.schedule(new CibSnapshot(CibCodec.readString(cib())), Instant.ofEpochSecond(1_700_000_100L));
    } catch (RuntimeException e) {
      LOG.debug("Engine warm-up failed error={}", e.toString());
    }
    LOG.debug("Engine warm-up ms={}", (System.nanoTime() - t0) / 1_000_000);
  }

  static String cib() {
    StringBuilder sb = new StringBuilder(
        "<cib crm_feature_set=\"3.16.2\" validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\""
            + " admin_epoch=\"0\" have-quorum=\"1\" dc-uuid=\"1\"><configuration><crm_config>"
            + "<cluster_property_set id=\"o\"><nvpair id=\"o-f\" name=\"stonith-enabled\" value=\"false\"/>"
            + "</cluster_property_set></crm_config><rsc_defaults><meta_attributes id=\"d\">"
            + "<nvpair id=\"d-s\" name=\"resource-stickiness\" value=\"100\"/></meta_attributes></rsc_defaults>"
            + "<nodes>");
    for (int n = 1; n <= NODES; n++) {
      sb.append("<node id=\"").append(n).append("\" uname=\"w").append(n).append("\"/>");
    }
    sb.append("</nodes><resources>");
    for (int r = 1; r <= RESOURCES; r++) {
      sb.append(primitive("r" + r));
    }
    sb.append("<group id=\"g\">").append(primitive("g1")).append(primitive("g2")).append("</group>");
    sb.append("<clone id=\"c\">").append(primitive("c1")).append("</clone>");
    sb.append("</resources><constraints>");
    for (int r = 1; r < RESOURCES; r += 7) {
      sb.append("<rsc_location id=\"l").append(r).append("\" rsc=\"r").append(r).append("\" node=\"w")
          .append(r % NODES + 1).append("\" score=\"50\"/>");
      sb.append("<rsc_colocation id=\"co").append(r).append("\" rsc=\"r").append(r + 1).append("\" with-rsc=\"r")
          .append(r).append("\" score=\"INFINITY\"/>");
      sb.append("<rsc_order id=\"or").append(r).append("\" first=\"r").append(r).append("\" then=\"r")
          .append(r + 1).append("\"/>");
    }
    sb.append("</constraints></configuration><status>");
    for (int n = 1; n <= NODES; n++) {
      boolean up = n != 2;
      sb.append("<node_state id=\"").append(n).append("\" uname=\"w").append(n).append("\" in_ccm=\"")
          .append(up).append("\" crmd=\"").append(up ? "online" : "offline").append("\" join=\"")
          .append(up ? "member" : "down").append("\" expected=\"member\"><lrm id=\"").append(n)
          .append("\"><lrm_resources>");
      for (int r = 1; r <= RESOURCES; r++) {
        boolean here = (r % NODES) + 1 == n;
        sb.append("<lrm_resource id=\"r").append(r).append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">")
            .append(here ? op("r" + r, "start", "0", "0", n * 1000 + r, n) : op("r" + r, "monitor", "0", "7", n * 1000 + r, n))
            .append(here ? op("r" + r, "monitor", "10000", "0", n * 1000 + r + 500, n) : "")
            .append("</lrm_resource>");
      }
      sb.append("</lrm_resources></lrm></node_state>");
    }
    return sb.append("</status></cib>").toString();
  }

  private static String primitive(String id) {
    return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"><operations>"
        + "<op id=\"" + id + "-mon\" name=\"monitor\" interval=\"10s\"/></operations></primitive>";
  }

  private static String op(String rsc, String task, String interval, String rc, int callId, int node) {
    String key = rsc + "_" + task + "_" + interval;
    return "<lrm_rsc_op id=\"" + key + "\" operation_key=\"" + key + "\" operation=\"" + task
        + "\" crm_feature_set=\"3.16.2\" transition-key=\"1:1:0:00000000-0000-0000-0000-000000000000\""
        + " transition-magic=\"0:" + rc + ";1:1:0:00000000-0000-0000-0000-000000000000\" on_node=\"w" + node
        + "\" call-id=\"" + callId + "\" rc-code=\"" + rc + "\" op-status=\"0\" interval=\"" + interval
        + "\" last-rc-change=\"1700000000\" exec-time=\"1\" queue-time=\"0\""
        + " op-digest=\"f2317cad3d54cec5d7d7aa7d0bf35cf8\"/>";
  }
}

package org.zcrm.coordinator;

import java.util.Collection;
import java.util.Map;
import org.zcrm.executor.history.OperationRecord;

/** The status elements a node writes about itself, in Pacemaker's format. */
public final class StatusXml {
  private StatusXml() {}

  /** How a node_state says where the node is. */
  public enum Membership {
    /** Registered, still probing: not ready to run resources. */
    JOINING("true", "online", "pending", "member"),
    /** Registered and probed. */
    MEMBER("true", "online", "member", "member"),
    /** Left the cluster cleanly, or was fenced. */
    DOWN("false", "offline", "down", "down"),
    /** Lost without leaving (the DC's view of a vanished member). */
    LOST("false", "offline", "down", "member");

    final String inCcm;
    final String crmd;
    final String join;
    final String expected;

    Membership(String inCcm, String crmd, String join, String expected) {
      this.inCcm = inCcm;
      this.crmd = crmd;
      this.join = join;
      this.expected = expected;
    }
  }

  public static String nodeState(String id, String uname, Membership m) {
    return "<node_state id=\"" + esc(id) + "\" uname=\"" + esc(uname) + "\" in_ccm=\"" + m.inCcm + "\" crmd=\""
        + m.crmd + "\" crm-debug-origin=\"zcrm\" join=\"" + m.join + "\" expected=\"" + m.expected + "\"/>";
  }

  /** transient_attributes with one instance_attributes set, sorted by name. */
  public static String transientAttributes(String nodeId, Map<String, String> attrs) {
    StringBuilder sb = new StringBuilder("<transient_attributes id=\"").append(esc(nodeId)).append("\">")
        .append("<instance_attributes id=\"status-").append(esc(nodeId)).append("\">");
    new java.util.TreeMap<>(attrs).forEach((k, v) -> sb.append("<nvpair id=\"status-").append(esc(nodeId)).append('-')
        .append(esc(k)).append("\" name=\"").append(esc(k)).append("\" value=\"").append(esc(v)).append("\"/>"));
    return sb.append("</instance_attributes></transient_attributes>").toString();
  }

  /** One lrm_resource element with its operation history. */
  public static String lrmResource(String id, String standard, String provider, String type,
      Collection<OperationRecord> ops) {
    StringBuilder sb = new StringBuilder("<lrm_resource id=\"").append(esc(id)).append("\" type=\"")
        .append(esc(type)).append("\" class=\"").append(esc(standard)).append('"');
    if (provider != null) {
      sb.append(" provider=\"").append(esc(provider)).append('"');
    }
    sb.append('>');
    for (OperationRecord r : ops) {
      sb.append("<lrm_rsc_op");
      attr(sb, "id", r.id());
      attr(sb, "operation_key", r.operationKey());
      attr(sb, "operation", r.operation());
      attr(sb, "crm-debug-origin", r.crmDebugOrigin());
      attr(sb, "crm_feature_set", r.crmFeatureSet());
      attr(sb, "transition-key", r.transitionKey());
      attr(sb, "transition-magic", r.transitionMagic());
      attr(sb, "exit-reason", r.exitReason());
      attr(sb, "on_node", r.onNode());
      attr(sb, "call-id", Integer.toString(r.callId()));
      attr(sb, "rc-code", Integer.toString(r.rcCode()));
      attr(sb, "op-status", Integer.toString(r.opStatus()));
      attr(sb, "interval", Long.toString(r.intervalMs()));
      attr(sb, "last-rc-change", Long.toString(r.lastRcChange()));
      attr(sb, "last-run", Long.toString(r.lastRun()));
      attr(sb, "exec-time", Long.toString(r.execTimeMs()));
      attr(sb, "queue-time", Long.toString(r.queueTimeMs()));
      attr(sb, "op-digest", r.opDigest());
      attr(sb, "op-force-restart", r.opForceRestart());
      attr(sb, "op-restart-digest", r.opRestartDigest());
      attr(sb, "op-secure-params", r.opSecureParams());
      attr(sb, "op-secure-digest", r.opSecureDigest());
      sb.append("/>");
    }
    return sb.append("</lrm_resource>").toString();
  }

  private static void attr(StringBuilder sb, String name, String value) {
    if (value != null) {
      sb.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    }
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}

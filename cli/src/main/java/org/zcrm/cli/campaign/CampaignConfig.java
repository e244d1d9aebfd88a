package org.zcrm.cli.campaign;

import java.util.List;
import java.util.Set;

/**
 * The configuration the campaign loads: a process fence device, two groups, single resources and
 * a clone, all of the Dummy agent writing the audit log, tied by location, ordering and colocation
 * constraints. Resources fail over to another node when their monitor fails once (migration
 * threshold 1) and their failures expire after a short failure-timeout.
 */
final class CampaignConfig {
  /** Primitives a fault may hit (not the clone). */
  static final List<String> PRIMITIVES = List.of("web-ip", "web-fs", "web-app", "db-fs", "db-app", "mail",
      "cache", "queue", "batch");
  static final String CLONE = "base-clone";
  static final String CLONE_PRIMITIVE = "base";
  static final Set<String> CLONES = Set.of(CLONE_PRIMITIVE);
  /** The location constraints the concurrent-change fault moves around, with the resource each places. */
  static final List<String[]> PLACEMENTS = List.of(new String[] {"loc-web", "web"}, new String[] {"loc-db", "db"},
      new String[] {"loc-mail", "mail"}, new String[] {"loc-queue", "queue"});

  private CampaignConfig() {}

  static String nv(String id, String name, String value) {
    return "<nvpair id=\"" + id + "\" name=\"" + name + "\" value=\"" + value + "\"/>";
  }

  static String dummy(String id, String audit, String extraParams) {
    return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
        + "<instance_attributes id=\"" + id + "-ia\">" + nv(id + "-audit", "audit_log", audit) + extraParams
        + "</instance_attributes><operations>"
        + "<op id=\"" + id + "-start\" name=\"start\" interval=\"0\" timeout=\"4s\"/>"
        + "<op id=\"" + id + "-stop\" name=\"stop\" interval=\"0\" timeout=\"10s\"/>"
        + "<op id=\"" + id + "-mon\" name=\"monitor\" interval=\"2s\" timeout=\"10s\"/>"
        + "</operations></primitive>";
  }

  static String location(String id, String rsc, String node, int score) {
    return "<rsc_location id=\"" + id + "\" rsc=\"" + rsc + "\" node=\"" + node + "\" score=\"" + score + "\"/>";
  }

  static String configuration(List<String> nodes, String runDir, String audit) {
    String n1 = nodes.get(0);
    String n2 = nodes.get(1 % nodes.size());
    String n3 = nodes.get(2 % nodes.size());
    return "<configuration><crm_config><cluster_property_set id=\"opts\">"
        + nv("o-stonith", "stonith-enabled", "true")
        + nv("o-recheck", "cluster-recheck-interval", "10s")
        + "</cluster_property_set></crm_config>"
        + "<rsc_defaults><meta_attributes id=\"rsc-opts\">"
        + nv("d-mt", "migration-threshold", "1") + nv("d-ft", "failure-timeout", "20s")
        + "</meta_attributes></rsc_defaults><resources>"
        + "<primitive id=\"fence-proc\" class=\"stonith\" type=\"fence_zcrm_process\">"
        + "<instance_attributes id=\"fp-ia\">" + nv("fp-dir", "pid_dir", runDir)
        + nv("fp-hosts", "pcmk_host_list", String.join(" ", nodes))
        + nv("fp-match", "cmdline_match", "org.zcrm.cli.Zcrm node start") + nv("fp-audit", "audit_log", audit)
        + "</instance_attributes></primitive>"
        + "<group id=\"web\">" + dummy("web-ip", audit, "") + dummy("web-fs", audit, "") + dummy("web-app", audit, "")
        + "</group>"
        + "<group id=\"db\">" + dummy("db-fs", audit, "") + dummy("db-app", audit, "") + "</group>"
        + dummy("mail", audit, "") + dummy("cache", audit, "") + dummy("queue", audit, "") + dummy("batch", audit, "")
        + "<clone id=\"" + CLONE + "\">" + dummy(CLONE_PRIMITIVE, audit, "") + "</clone>"
        + "</resources><constraints>"
        + location("loc-web", "web", n1, 50) + location("loc-db", "db", n2, 50)
        + location("loc-mail", "mail", n3, 50) + location("loc-queue", "queue", n1, 20)
        + "<rsc_colocation id=\"col-cache-web\" rsc=\"cache\" with-rsc=\"web\" score=\"INFINITY\"/>"
        + "<rsc_colocation id=\"col-batch-db\" rsc=\"batch\" with-rsc=\"db\" score=\"-100\"/>"
        + "<rsc_order id=\"ord-db-web\" first=\"db\" then=\"web\" kind=\"Mandatory\"/>"
        + "<rsc_order id=\"ord-base-db\" first=\"" + CLONE + "\" then=\"db\" kind=\"Mandatory\"/>"
        + "<rsc_order id=\"ord-web-cache\" first=\"web\" then=\"cache\" kind=\"Optional\"/>"
        + "</constraints></configuration>";
  }
}

package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Transition;

/**
 * Which probes, recurring monitors and cancels the engine schedules, and how they are ordered, on
 * small two-node clusters (node1, node2), as Pacemaker's scheduler decides them.
 */
class MonitorActionsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** A CIB with {@code resources}, {@code constraints}, options and per-node history. */
  private static String cib(String options, String resources, String constraints,
      Map<String, String> history, String... offline) {
    StringBuilder st = new StringBuilder();
    for (String n : List.of("node1", "node2")) {
      boolean down = List.of(offline).contains(n);
      st.append("<node_state id='").append(n).append("' uname='").append(n).append("'")
          .append(down ? " in_ccm='false' crmd='offline' join='down' expected='down'"
              : " in_ccm='true' crmd='online' join='member' expected='member'")
          .append("><lrm id='").append(n).append("'><lrm_resources>")
          .append(history.getOrDefault(n, "")).append("</lrm_resources></lrm></node_state>");
    }
    return "<cib have-quorum='1' epoch='1' num_updates='0' admin_epoch='0'><configuration>"
        + "<crm_config><cluster_property_set id='o'>"
        + "<nvpair id='o1' name='stonith-enabled' value='false'/>" + options
        + "</cluster_property_set></crm_config>"
        + "<nodes><node id='node1' uname='node1'/><node id='node2' uname='node2'/></nodes>"
        + "<resources>" + resources + "</resources><constraints>" + constraints
        + "</constraints></configuration><status>" + st + "</status></cib>";
  }

  /**
   * Node2 as a cluster member that has not finished joining (pending, which needs fencing
   * enabled: without it such a node simply counts as offline).
   */
  private static String pendingNode2(String xml) {
    return xml.replace("uname='node2' in_ccm='true' crmd='online' join='member'",
        "uname='node2' in_ccm='true' crmd='online' join='pending'")
        .replace("name='stonith-enabled' value='false'", "name='stonith-enabled' value='true'");
  }

  /** One lrm_resource with entries "task:interval:rc" in call order. */
  private static String lrm(String rsc, String... ops) {
    StringBuilder sb = new StringBuilder("<lrm_resource id='" + rsc
        + "' class='ocf' provider='pacemaker' type='Dummy'>");
    int call = 1;
    for (String o : ops) {
      String[] p = o.split(":");
      String key = rsc + "_" + p[0] + "_" + p[1];
      int target = p[0].equals("monitor") && p[1].equals("0") ? 7 : 0;
      sb.append("<lrm_rsc_op id='").append(key).append("' operation_key='").append(key)
          .append("' operation='").append(p[0]).append("' interval='").append(p[1])
          .append("' rc-code='").append(p[2]).append("' op-status='0' call-id='").append(call++)
          .append("' transition-key='1:1:").append(target)
          .append(":00000000-0000-0000-0000-000000000000' last-rc-change='1700000000'/>");
    }
    return sb.append("</lrm_resource>").toString();
  }

  private static final String PROBED = "monitor:0:7";
  private static final String DUMMY = "<primitive id='d' class='ocf' provider='pacemaker' type='Dummy'>"
      + "<operations><op id='d-mon' name='monitor' interval='10s'/></operations></primitive>";
  private static final String PREFER_1 = "<rsc_location id='l' rsc='d' node='node1' score='100'/>";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("new resource: probes everywhere, start, then its monitor",
            cib("", DUMMY, PREFER_1, Map.of()),
            List.of("d monitor on node1", "d monitor on node2", "d start on node1",
                "d monitor=10000 on node1")),
        Arguments.of("state known on a node: no probe there",
            cib("", DUMMY, PREFER_1, Map.of("node2", lrm("d", PROBED))),
            List.of("d monitor on node1", "d start on node1", "d monitor=10000 on node1")),
        Arguments.of("pending probe: state still unknown",
            cib("", DUMMY, PREFER_1, Map.of("node2", lrm("d", PROBED).replace(
                "op-status='0'", "op-status='-1'"))),
            List.of("d monitor on node1", "d monitor on node2", "d start on node1",
                "d monitor=10000 on node1")),
        Arguments.of("offline node: no probe",
            cib("", DUMMY, PREFER_1, Map.of(), "node2"),
            List.of("d monitor on node1", "d start on node1", "d monitor=10000 on node1")),
        Arguments.of("pending node: its probe cannot run and holds back the start",
            pendingNode2(cib("", DUMMY, PREFER_1, Map.of())),
            List.of("d monitor on node1")),
        Arguments.of("pending node: an active resource is left running",
            pendingNode2(cib("", DUMMY, PREFER_1, Map.of("node1", lrm("d", PROBED, "start:0:0",
                "monitor:10000:0")))),
            List.of()),
        Arguments.of("resource-discovery=never: no probe on that node",
            cib("", DUMMY, PREFER_1 + "<rsc_location id='n' rsc='d' node='node2' score='0' "
                + "resource-discovery='never'/>", Map.of()),
            List.of("d monitor on node1", "d start on node1", "d monitor=10000 on node1")),
        Arguments.of("resource-discovery=exclusive: probes only where marked",
            cib("", DUMMY, "<rsc_location id='x' rsc='d' node='node1' score='100' "
                + "resource-discovery='exclusive'/>", Map.of()),
            List.of("d monitor on node1", "d start on node1", "d monitor=10000 on node1")),
        Arguments.of("enable-startup-probes=false: no probes",
            cib("<nvpair id='o2' name='enable-startup-probes' value='false'/>", DUMMY, PREFER_1,
                Map.of()),
            List.of("d start on node1", "d monitor=10000 on node1")),
        Arguments.of("running with its monitor in effect: nothing to do",
            cib("", DUMMY, PREFER_1, Map.of("node1", lrm("d", PROBED, "start:0:0",
                "monitor:10000:0"), "node2", lrm("d", PROBED))),
            List.of()),
        Arguments.of("running without the monitor: the monitor alone",
            cib("", DUMMY, PREFER_1, Map.of("node1", lrm("d", PROBED, "start:0:0"),
                "node2", lrm("d", PROBED))),
            List.of("d monitor=10000 on node1")),
        Arguments.of("monitor interval changed: cancel the old one, start the new one",
            cib("", DUMMY, PREFER_1, Map.of("node1", lrm("d", PROBED, "start:0:0",
                "monitor:20000:0"), "node2", lrm("d", PROBED))),
            List.of("d cancel=20000 on node1", "d monitor=10000 on node1")),
        Arguments.of("monitor stopped after the last start does not count",
            cib("", DUMMY, PREFER_1, Map.of("node1", lrm("d", PROBED, "monitor:10000:0",
                "stop:0:0", "start:0:0"), "node2", lrm("d", PROBED))),
            List.of("d monitor=10000 on node1")),
        Arguments.of("moving: monitor on the new node after its start",
            cib("", DUMMY, PREFER_1, Map.of("node2", lrm("d", PROBED, "start:0:0",
                "monitor:10000:0"), "node1", lrm("d", PROBED))),
            List.of("d stop on node2", "d start on node1", "d monitor=10000 on node1")),
        Arguments.of("disabled op: no monitor",
            cib("", DUMMY.replace("interval='10s'", "interval='10s' enabled='false'"), PREFER_1,
                Map.of("node1", lrm("d", PROBED, "start:0:0"), "node2", lrm("d", PROBED))),
            List.of()),
        Arguments.of("anonymous clone: one probe per node, monitors after starts",
            cib("", "<clone id='c'>" + DUMMY + "</clone>", "", Map.of()),
            List.of("d:0 monitor on node1", "d:1 monitor on node2", "d:0 start on node1",
                "d:1 start on node2", "d:0 monitor=10000 on node1",
                "d:1 monitor=10000 on node2")),
        Arguments.of("promotable clone: the promoted role's monitor, cancel of the other",
            cib("", "<clone id='p'><meta_attributes id='pm'><nvpair id='pm1' name='promotable' "
                + "value='true'/></meta_attributes><primitive id='s' class='ocf' "
                + "provider='pacemaker' type='Stateful'><operations>"
                + "<op id='s-m' name='monitor' interval='10s' role='Promoted'/>"
                + "<op id='s-u' name='monitor' interval='11s' role='Unpromoted'/>"
                + "</operations></primitive></clone>",
                "<rsc_location id='pl' rsc='p' role='Promoted' node='node1' score='100'/>",
                Map.of("node1", lrm("s", PROBED, "start:0:0", "monitor:11000:0"),
                    "node2", lrm("s", PROBED, "start:0:0", "monitor:11000:0"))),
            List.of("s:0 cancel=11000 on node1", "s:0 promote on node1",
                "s:0 monitor=10000 on node1")));
  }

  /** "rsc task[=interval] on node" for each runnable resource action, as crm_simulate prints. */
  private static List<String> lines(Transition t) {
    List<String> out = new ArrayList<>();
    for (Transition.GraphAction a : t.actions()) {
      if (a.resource() == null || a.pseudo() || !a.runnable()) {
        continue;
      }
      long interval = a.op() == null ? 0 : a.op().intervalMs();
      out.add(a.resource() + " " + a.task() + (interval > 0 ? "=" + interval : "") + " on "
          + a.node());
    }
    return out;
  }

  private static Transition schedule(String xml) {
    return Scenarios.engine().schedule(
        new CibSnapshot(HistoryDigests.stamp(CibCodec.readString(xml), NOW)), NOW);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schedulesLikePacemaker(String name, String xml, List<String> want) {
    assertEquals(new TreeSet<>(want), new TreeSet<>(lines(schedule(xml))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void probesComeFirstAndMonitorsAfterStarts(String name, String xml, List<String> want) {
    Transition t = schedule(xml);
    Map<Integer, Transition.GraphAction> byId = new java.util.HashMap<>();
    t.actions().forEach(a -> byId.put(a.id(), a));
    for (Transition.GraphAction a : t.actions()) {
      if (a.resource() == null || a.pseudo()) {
        continue;
      }
      assertNotNull(a.op(), a.key() + " carries its operation");
      if (a.task().equals("monitor") && a.op().intervalMs() == 0) {
        assertEquals(a.resource() + "_monitor_0", a.key());
        assertEquals("7", a.op().meta().get("op_target_rc"));
      }
      if (a.task().equals("monitor") && a.op().intervalMs() > 0) {
        assertEquals(a.resource() + "_monitor_" + a.op().intervalMs(), a.key());
        boolean startedHereFirst = t.edges().stream().anyMatch(e -> e.then() == a.id()
            && byId.containsKey(e.first())
            && List.of("start", "promote", "demote").contains(byId.get(e.first()).task())
            && a.node().equals(byId.get(e.first()).node()));
        boolean alreadyRunning = t.actions().stream().noneMatch(x -> x.task().equals("start")
            && a.resource().equals(x.resource()) && a.node().equals(x.node()));
        assertTrue(startedHereFirst || alreadyRunning, a.key() + " waits for its start");
      }
    }
    for (Transition.GraphEdge e : t.edges()) {
      Transition.GraphAction then = byId.get(e.then());
      Transition.GraphAction first = byId.get(e.first());
      if (then != null && first != null && then.task().equals("monitor")
          && then.op() != null && then.op().intervalMs() == 0) {
        throw new AssertionError("a probe waits for " + first.key());
      }
    }
  }
}

package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.facts.DigestMismatchFact;

/**
 * Which history entries differ from the operation the DC would send now, and how, after
 * Pacemaker's rsc_action_digest_cmp. The histories record digests of the parameters the entry
 * ran with ("then"); the configuration holds the parameters of now.
 */
class DigestComparerTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String START_OP_PARAMS = "<op id='d-start' name='start' interval='0'>"
      + "<instance_attributes id='d-start-a'><nvpair id='d-depth' name='depth' value='2'/>"
      + "</instance_attributes></op>";

  /** One resource "d" on node1 with these parameters and operations, and this history there. */
  private static String cib(Map<String, String> params, String ops, String history) {
    StringBuilder nv = new StringBuilder();
    params.forEach((k, v) -> nv.append("<nvpair id='d-").append(k).append("' name='").append(k)
        .append("' value='").append(v).append("'/>"));
    return "<cib have-quorum='1' epoch='1' num_updates='0' admin_epoch='0' crm_feature_set='3.19.0'>"
        + "<configuration><crm_config/><nodes><node id='1' uname='node1'/></nodes><resources>"
        + "<primitive id='d' class='ocf' provider='pacemaker' type='Dummy'>"
        + "<instance_attributes id='d-a'>" + nv + "</instance_attributes>"
        + "<operations><op id='d-mon' name='monitor' interval='10s' timeout='30s'/>" + ops
        + "</operations></primitive></resources><constraints/></configuration><status>"
        + "<node_state id='1' uname='node1' in_ccm='true' crmd='online' join='member' expected='member'>"
        + "<lrm id='1'><lrm_resources><lrm_resource id='d' class='ocf' provider='pacemaker' type='Dummy'>"
        + history + "</lrm_resource></lrm_resources></lrm></node_state></status></cib>";
  }

  /** A history entry; {@code extra} adds attributes (digests). */
  private static String op(int call, String task, long interval, String extra) {
    return "<lrm_rsc_op id='d_" + task + "_" + interval + "_" + call + "' operation='" + task
        + "' interval='" + interval + "' call-id='" + call + "' rc-code='" + (task.equals("monitor")
        && interval == 0 ? 7 : 0) + "' op-status='0' crm_feature_set='3.19.0'" + extra + "/>";
  }

  private static String digest(Map<String, String> params) {
    return ParamDigests.digestParameters(params);
  }

  private static String opDigest(Map<String, String> params) {
    return " op-digest='" + digest(params) + "'";
  }

  /** The parameters plus a recurring operation's timeout. */
  private static Map<String, String> withTimeout(Map<String, String> params, String ms) {
    Map<String, String> m = new TreeMap<>(params);
    m.put(ParamDigests.META_TIMEOUT, ms);
    return m;
  }

  private static final Map<String, String> OLD = Map.of("state", "/run/a", "fake", "1");
  private static final Map<String, String> RELOADED = Map.of("state", "/run/a", "fake", "2");
  private static final Map<String, String> RESTARTED = Map.of("state", "/run/b", "fake", "1");
  /** A reloadable agent recorded its restart list: only "state" needs a restart. */
  private static final String RESTART_LIST = " op-force-restart='  state  ' op-restart-digest='"
      + ParamDigests.digestParameters(Map.of("state", "/run/a")) + "'";

  static Stream<Arguments> cases() {
    String start = op(1, "start", 0, opDigest(OLD));
    String monitor = op(2, "monitor", 10000, opDigest(withTimeout(OLD, "30000")));
    return Stream.of(
        Arguments.of("nothing changed", cib(OLD, "", start + monitor), false, List.of()),
        Arguments.of("a parameter changed: start and monitor differ",
            cib(RELOADED, "", start + monitor), false,
            List.of("start_0 CHANGED", "monitor_10000 CHANGED")),
        Arguments.of("only the monitor's timeout changed",
            cib(OLD, "", start + op(2, "monitor", 10000, opDigest(withTimeout(OLD, "20000")))),
            false, List.of("monitor_10000 CHANGED")),
        Arguments.of("the start's own parameter changed: a restart",
            cib(OLD, START_OP_PARAMS, op(1, "start", 0, opDigest(Map.of("state", "/run/a", "fake", "1",
                "depth", "1")))), false, List.of("start_0 RESTART")),
        Arguments.of("the start's own parameter unchanged",
            cib(OLD, START_OP_PARAMS, op(1, "start", 0, opDigest(Map.of("state", "/run/a", "fake", "1",
                "depth", "2")))), false, List.of()),
        Arguments.of("a reloadable parameter changed, the restart list did not",
            cib(RELOADED, "", op(1, "start", 0, opDigest(OLD) + RESTART_LIST)), false,
            List.of("start_0 CHANGED reloads")),
        Arguments.of("a parameter of the restart list changed",
            cib(RESTARTED, "", op(1, "start", 0, opDigest(OLD) + RESTART_LIST)), false,
            List.of("start_0 RESTART reloads")),
        Arguments.of("no digest recorded", cib(OLD, "", op(1, "start", 0, "")), false,
            List.of("start_0 UNKNOWN")),
        Arguments.of("no digest recorded, but the restart list changed",
            cib(RESTARTED, "", op(1, "start", 0, RESTART_LIST)), false,
            List.of("start_0 RESTART reloads")),
        Arguments.of("a probe that found it running is compared with the start",
            cib(OLD, "", op(1, "monitor", 0, opDigest(OLD)).replace("rc-code='7'", "rc-code='0'")),
            false, List.of()),
        Arguments.of("entries before the last start are not checked",
            cib(OLD, "", op(1, "start", 0, opDigest(RELOADED)) + op(2, "stop", 0, opDigest(RELOADED))
                + op(3, "start", 0, opDigest(OLD))), false, List.of()),
        Arguments.of("a stopped resource is not checked",
            cib(RELOADED, "", start + op(2, "stop", 0, opDigest(OLD))), false, List.of()),
        Arguments.of("a recurring operation no longer configured is not checked",
            cib(OLD, "", start + op(2, "monitor", 20000, opDigest(withTimeout(RELOADED, "20000")))),
            false, List.of()),
        Arguments.of("only a private parameter changed, in a collected CIB: no change",
            cib(Map.of("state", "/run/a", "fake", "1", "passwd", "****"), "",
                op(1, "start", 0, opDigest(Map.of("state", "/run/a", "fake", "1", "passwd", "secret"))
                    + " op-secure-params=' passwd ' op-secure-digest='" + digest(OLD) + "'")),
            true, List.of()),
        Arguments.of("only a private parameter changed, in the cluster: a change",
            cib(Map.of("state", "/run/a", "fake", "1", "passwd", "new"), "",
                op(1, "start", 0, opDigest(Map.of("state", "/run/a", "fake", "1", "passwd", "secret"))
                    + " op-secure-params=' passwd ' op-secure-digest='" + digest(OLD) + "'")),
            false, List.of("start_0 CHANGED")),
        Arguments.of("a public parameter changed, in a collected CIB: a change",
            cib(Map.of("state", "/run/a", "fake", "2", "passwd", "****"), "",
                op(1, "start", 0, opDigest(Map.of("state", "/run/a", "fake", "1", "passwd", "secret"))
                    + " op-secure-params=' passwd ' op-secure-digest='" + digest(OLD) + "'")),
            true, List.of("start_0 CHANGED")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void comparesLikePacemaker(String name, String xml, boolean sanitized, List<String> expected) {
    UnpackedCib cib = CibUnpacker.unpack(CibCodec.readString(xml), NOW);
    HistoryInterpreter.Result history = new HistoryInterpreter(cib).interpret(n -> true);
    DigestComparer.Outcome o = DigestComparer.compare(cib, history.sinceStart(),
        new DigestComparer.Scope(n -> true, n -> false, Set.of(), sanitized));
    List<String> got = new ArrayList<>();
    for (DigestMismatchFact m : o.mismatches()) {
      got.add(m.task() + "_" + m.intervalMs() + " " + m.result() + (m.agentReloads() ? " reloads" : ""));
    }
    assertEquals(expected, got, name);
    assertEquals(o.compared() - o.matched(), o.mismatches().size(), "tallies of " + name);
  }
}

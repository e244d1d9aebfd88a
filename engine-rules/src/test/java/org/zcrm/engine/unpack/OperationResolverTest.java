package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.Transition;

/** How the engine resolves what a node runs for an action: agent, params, meta, timeout. */
class OperationResolverTest {
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  private static final String CIB = """
      <cib have-quorum='1'><configuration>
        <crm_config/>
        <rsc_defaults>
          <meta_attributes id='rd'><nvpair id='rd1' name='resource-stickiness' value='7'/></meta_attributes>
          <meta_attributes id='rd-ip'>
            <rule id='rd-ip-r'><rsc_expression id='rd-ip-e' class='ocf' provider='heartbeat' type='IPaddr2'/></rule>
            <nvpair id='rd2' name='migration-threshold' value='3'/>
          </meta_attributes>
        </rsc_defaults>
        <op_defaults>
          <meta_attributes id='od-mon' score='10'>
            <rule id='od-mon-r'><op_expression id='od-mon-e' name='monitor' interval='10s'/></rule>
            <nvpair id='od1' name='timeout' value='45s'/>
          </meta_attributes>
          <meta_attributes id='od'><nvpair id='od2' name='timeout' value='30'/>
            <nvpair id='od3' name='record-pending' value='true'/></meta_attributes>
        </op_defaults>
        <nodes><node id='1' uname='node1'><instance_attributes id='n1'>
            <nvpair id='n1s' name='site' value='paris'/></instance_attributes></node>
          <node id='2' uname='node2'/></nodes>
        <resources>
          <primitive id='ip' class='ocf' provider='heartbeat' type='IPaddr2'>
            <instance_attributes id='ip-paris' score='2'>
              <rule id='ip-paris-r'><expression id='ip-paris-e' attribute='site' operation='eq' value='paris'/></rule>
              <nvpair id='ip-p1' name='ip' value='10.0.0.1'/>
            </instance_attributes>
            <instance_attributes id='ip-node2' score='1'>
              <rule id='ip-node2-r'><expression id='ip-node2-e' attribute='#uname' operation='eq' value='node2'/></rule>
              <nvpair id='ip-p2' name='ip' value='10.0.0.2'/>
            </instance_attributes>
            <instance_attributes id='ip-all'><nvpair id='ip-p3' name='ip' value='10.0.0.9'/>
              <nvpair id='ip-p4' name='cidr_netmask' value='24'/></instance_attributes>
            <operations>
              <op id='ip-start' name='start' interval='0' timeout='90s'/>
              <op id='ip-mon' name='monitor' interval='10s' on-fail='restart'/>
              <op id='ip-mon2' name='monitor' interval='5s' timeout='25s'/>
            </operations>
          </primitive>
          <clone id='c'><meta_attributes id='cm'><nvpair id='cm1' name='clone-max' value='2'/>
              <nvpair id='cm2' name='target-role' value='Started'/></meta_attributes>
            <instance_attributes id='ci'><nvpair id='ci1' name='shared' value='yes'/></instance_attributes>
            <primitive id='d' class='lsb' type='foo'>
              <meta_attributes id='dm'><nvpair id='dm1' name='failure-timeout' value='60'/></meta_attributes>
            </primitive></clone>
        </resources>
      </configuration>
      <status><node_state id='1' uname='node1'><lrm id='1'><lrm_resources>
        <lrm_resource id='gone' class='stonith' type='fence_xyz'/>
      </lrm_resources></lrm></node_state></status></cib>
      """;

  private static Transition.Operation resolve(String rsc, String task, long interval,
      String node) {
    UnpackedCib u = CibUnpacker.unpack(CibCodec.readString(CIB), NOW);
    return u.operations().resolve(rsc, task, interval, node);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("agent with provider", "ip", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::agent, "ocf:heartbeat:IPaddr2"),
        Arguments.of("agent without provider", "d:0", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::agent, "lsb:foo"),
        Arguments.of("orphan agent from history", "gone", "stop", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::agent, "stonith:fence_xyz"),
        Arguments.of("orphan has no params", "gone", "stop", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.params().toString(), "{}"),
        Arguments.of("rule on node attribute picks value", "ip", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.params().get("ip"), "10.0.0.1"),
        Arguments.of("rule on #uname picks value", "ip", "start", 0L, "node2",
            (Function<Transition.Operation, Object>) o -> o.params().get("ip"), "10.0.0.2"),
        Arguments.of("unconditional block fills the rest", "ip", "start", 0L, "node2",
            (Function<Transition.Operation, Object>) o -> o.params().get("cidr_netmask"), "24"),
        Arguments.of("clone instance inherits clone params", "d:1", "start", 0L, "node2",
            (Function<Transition.Operation, Object>) o -> o.params().get("shared"), "yes"),
        Arguments.of("op timeout wins", "ip", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::timeoutMs, 90_000L),
        Arguments.of("op_defaults rule by op_expression", "ip", "monitor", 10_000L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::timeoutMs, 45_000L),
        Arguments.of("op_defaults without rule", "ip", "stop", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::timeoutMs, 30_000L),
        Arguments.of("probe takes most frequent monitor's timeout", "ip", "monitor", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::timeoutMs, 25_000L),
        Arguments.of("orphan takes op_defaults", "gone", "stop", 0L, "node1",
            (Function<Transition.Operation, Object>) Transition.Operation::timeoutMs, 30_000L),
        Arguments.of("interval in ms", "ip", "monitor", 10_000L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("interval"), "10000"),
        Arguments.of("op attribute as meta", "ip", "monitor", 10_000L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("on_fail"), "restart"),
        Arguments.of("op_defaults as meta", "ip", "monitor", 10_000L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("record_pending"), "true"),
        Arguments.of("probe expects not running", "ip", "monitor", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("op_target_rc"), "7"),
        Arguments.of("rsc_defaults as meta", "ip", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("resource_stickiness"), "7"),
        Arguments.of("rsc_defaults rsc_expression matches agent", "ip", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("migration_threshold"), "3"),
        Arguments.of("rsc_defaults rsc_expression skips other agents", "d:0", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("migration_threshold"), null),
        Arguments.of("clone meta inherited", "d:0", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("target_role"), "Started"),
        Arguments.of("own meta", "d:0", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("failure_timeout"), "60"),
        Arguments.of("clone instance number", "d:1", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("clone"), "1"),
        Arguments.of("clone max", "d:1", "start", 0L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("clone_max"), "2"),
        Arguments.of("node uuid", "ip", "start", 0L, "node2",
            (Function<Transition.Operation, Object>) o -> o.meta().get("on_node_uuid"), "2"),
        Arguments.of("cancel names the cancelled operation", "ip", "cancel", 10_000L, "node1",
            (Function<Transition.Operation, Object>) o -> o.meta().get("operation"), "monitor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesLikePacemaker(String name, String rsc, String task, long interval, String node,
      Function<Transition.Operation, Object> field, Object want) {
    assertEquals(want, field.apply(resolve(rsc, task, interval, node)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectives")
  void collectivesHaveNoOperation(String rsc) {
    assertNull(resolve(rsc, "start", 0, "node1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeouts")
  void normalisesTimeouts(String spec, long want) {
    assertEquals(want, OperationResolver.timeoutMs(spec));
  }

  static Stream<Arguments> timeouts() {
    return Stream.of(Arguments.of(null, 20_000L), Arguments.of("0", 20_000L),
        Arguments.of("-5s", 20_000L), Arguments.of("2min", 120_000L), Arguments.of("15", 15_000L));
  }

  static Stream<String> collectives() {
    return Stream.of("c", "unknown");
  }
}

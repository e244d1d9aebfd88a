package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.MonitorPolicy;
import org.zcrm.engine.conclusions.MonitorPolicy.Kind;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.DiscoverySettingFact;
import org.zcrm.engine.facts.MonitorOptionsFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;
import org.zcrm.engine.rules.RuleRun;
import org.zcrm.engine.unpack.Discovery;

/** monitors.drl: the exceptions to "probe everywhere, cancel what is no longer configured". */
class MonitorRulesTest {
  private static final MonitorOptionsFact DEFAULTS = new MonitorOptionsFact(true, true);

  private static ResourceFact rsc(String id) {
    return new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, null, List.of(), "ocf:pacemaker:Dummy",
        false, null, true, 0, 0, 1_000_000, 0, "stop_start", false, false, null, null);
  }

  private static NodeFact node(String name, boolean maintenance) {
    return new NodeFact(name, name, true, 100, 100, "member", "member", false, false, false,
        maintenance, false);
  }

  private static ResourceFact orphan(String id) {
    return new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, null, List.of(), "ocf:pacemaker:Dummy",
        false, null, true, 0, 0, 1_000_000, 0, "stop_start", true, false, null, null);
  }

  private static DiscoverySettingFact setting(String rsc, String node, String mode) {
    return new DiscoverySettingFact("loc-" + rsc, rsc, node, mode);
  }

  private static ClusterFact cluster(boolean maintenanceMode) {
    return new ClusterFact(true, true, "stop", true, maintenanceMode, false, true, true, true,
        "default", true);
  }

  private static ResourceMetaFact maintenance(String value) {
    return new ResourceMetaFact("r", "maintenance", value);
  }

  /** A conclusion as "KIND rsc@node <- constraint", nulls as "-". */
  private static String show(MonitorPolicy p) {
    return p.kind() + " " + (p.rsc() == null ? "-" : p.rsc()) + "@"
        + (p.node() == null ? "-" : p.node()) + " <- " + p.constraint();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("default options conclude nothing", List.of(DEFAULTS, rsc("r")), List.of()),
        Arguments.of("enable-startup-probes=false disables every probe",
            List.of(new MonitorOptionsFact(false, true), rsc("r")),
            List.of("NO_PROBES -@- <- enable-startup-probes=false")),
        Arguments.of("cancel-removed-actions=false keeps removed recurring operations",
            List.of(new MonitorOptionsFact(true, false)),
            List.of("KEEP_REMOVED_RECURRING -@- <- cancel-removed-actions=false")),
        Arguments.of("resource-discovery=never forbids the probe on its node",
            List.of(DEFAULTS, setting("r", "n1", "never")), List.of("NO_PROBE r@n1 <- loc-r")),
        Arguments.of("resource-discovery=exclusive limits probes to its nodes",
            List.of(DEFAULTS, setting("r", null, "exclusive"), setting("r", "n2", "exclusive")),
            List.of("PROBE_ONLY_ON r@- <- loc-r", "PROBE_ONLY_ON r@n2 <- loc-r")),
        Arguments.of("an exclusive constraint that names no node still limits probes",
            List.of(DEFAULTS, setting("r", null, "exclusive")), List.of("PROBE_ONLY_ON r@- <- loc-r")),
        Arguments.of("a never setting without a node concludes nothing",
            List.of(DEFAULTS, setting("r", null, "never")), List.of()),
        Arguments.of("maintenance-mode stops every recurring monitor",
            List.of(DEFAULTS, cluster(true), rsc("r")),
            List.of("NO_MONITORS -@- <- maintenance-mode=true")),
        Arguments.of("no maintenance-mode keeps recurring monitors",
            List.of(DEFAULTS, cluster(false), rsc("r")), List.of()),
        Arguments.of("a resource in maintenance has no recurring monitors",
            List.of(DEFAULTS, rsc("r"), maintenance(" Yes")), List.of("NO_MONITORS r@- <- maintenance= Yes")),
        Arguments.of("maintenance=false keeps recurring monitors",
            List.of(DEFAULTS, rsc("r"), maintenance("false")), List.of()),
        Arguments.of("a node in maintenance has no recurring monitors",
            List.of(DEFAULTS, rsc("r"), node("n1", true), node("n2", false)),
            List.of("NO_MONITORS -@n1 <- node maintenance")),
        Arguments.of("an orphan is never probed", List.of(DEFAULTS, orphan("r")),
            List.of("NO_PROBE r@- <- orphan")),
        Arguments.of("a resource launched by a container is never probed",
            List.of(DEFAULTS, rsc("r"), new ResourceMetaFact("r", "container", "vm1")),
            List.of("NO_PROBE r@- <- container=vm1")),
        Arguments.of("an empty container launches nothing",
            List.of(DEFAULTS, rsc("r"), new ResourceMetaFact("r", "container", " ")), List.of()),
        Arguments.of("a resource that is its own container is probed",
            List.of(DEFAULTS, rsc("r"), new ResourceMetaFact("r", "container", "r")), List.of()),
        Arguments.of("a remote node's connection with a container is probed",
            List.of(DEFAULTS, rsc("r"), new ResourceMetaFact("r", "container", "vm1"),
                new RemoteNodeFact("r", "r", "vm1", 0, false)), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void concludesExceptions(String name, List<Object> facts, List<String> want) {
    List<String> got = RuleHarness.conclude(MonitorPolicy.class, facts, RuleRun.PLACEMENT).stream()
        .map(MonitorRulesTest::show).sorted().toList();
    assertEquals(want, got);
  }

  @Test
  void concludesNothingPerResource() {
    List<Object> facts = new ArrayList<>(List.of(DEFAULTS, setting("r7", "n1", "never")));
    for (int i = 0; i < 2_000; i++) {
      facts.add(rsc("r" + i));
    }
    assertEquals(1, RuleHarness.conclude(MonitorPolicy.class, facts, RuleRun.PLACEMENT).size());
  }

  @Test
  void javaReadsTheConclusions() {
    List<MonitorPolicy> in = List.of(
        new MonitorPolicy(Kind.NO_PROBE, "r", "n1", "rule", "c1"),
        new MonitorPolicy(Kind.PROBE_ONLY_ON, "r", "n1", "rule", "c2"),
        new MonitorPolicy(Kind.NO_PROBE, "s", "n2", "rule", "c3"),
        new MonitorPolicy(Kind.PROBE_ONLY_ON, "x", null, "rule", "c4"),
        new MonitorPolicy(Kind.KEEP_REMOVED_RECURRING, null, null, "rule", "opt"));
    Discovery d = Discovery.of(in);
    assertEquals(true, d.probesEnabled());
    assertEquals(false, d.cancelRemoved());
    // exclusive is stricter than never where two constraints meet
    assertEquals(Map.of("r", Map.of("n1", Discovery.Mode.EXCLUSIVE),
        "s", Map.of("n2", Discovery.Mode.NEVER)), d.modes());
    assertEquals(java.util.Set.of("r", "x"), d.exclusive());
    assertEquals(Discovery.Mode.ALWAYS, d.mode("s", "n1"));
    assertEquals(false, Discovery.of(List.of(
        new MonitorPolicy(Kind.NO_PROBES, null, null, "rule", "opt"))).probesEnabled());
    assertEquals(Discovery.DEFAULT, Discovery.of(List.of()));
  }
}

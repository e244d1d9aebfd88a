package org.zcrm.coordinator;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.NodeStatus;

/**
 * What the DC spends per transition on its engine input, run by hand (not part of verify):
 * {@code mvn -B -o -pl coordinator -am verify -Dtest=EngineInputBench -Dzcrm.bench=true -DskipITs
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dzcrm.bench.resources=1000] [-Dzcrm.bench.nodes=5]}.
 * A synthetic CIB of Dummy primitives, each with a start and a monitor in one node's history.
 */
@EnabledIfSystemProperty(named = "zcrm.bench", matches = "true")
class EngineInputBench {

  @Test
  void engineInputCost() throws Exception {
    int resources = Integer.getInteger("zcrm.bench.resources", 1000);
    int nodes = Integer.getInteger("zcrm.bench.nodes", 5);
    CibSnapshot snap = snapshot(resources, nodes);
    Set<String> members = new TreeSet<>();
    for (int n = 1; n <= nodes; n++) {
      members.add("node" + n);
    }
    Instant now = Instant.now();
    for (int round = 0; round < 3; round++) {
      int runs = 10;
      long build = 0;
      long model = 0;
      long log = 0;
      long config = 0;
      CibDoc cached = EngineInput.configOf(snap);
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        EngineInput.configOf(snap);
        long t1 = System.nanoTime();
        EngineInput in = EngineInput.build(snap, members, now, "node1", null, null, cached);
        long t2 = System.nanoTime();
        in.engineSnapshot();
        long t3 = System.nanoTime();
        in.xml();
        long t4 = System.nanoTime();
        config += t1 - t0;
        build += t2 - t1;
        model += t3 - t2;
        log += t4 - t3;
      }
      System.out.printf("resources=%d nodes=%d configDomMs=%.1f buildMs=%.1f modelMs=%.1f logXmlMs=%.1f%n",
          resources, nodes, config / 1e6 / runs, build / 1e6 / runs, model / 1e6 / runs, log / 1e6 / runs);
    }
  }

  static CibSnapshot snapshot(int resources, int nodes) throws Exception {
    StringBuilder sb = new StringBuilder("<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\"><configuration>"
        + "<crm_config><cluster_property_set id=\"o\"><nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/>"
        + "</cluster_property_set></crm_config><nodes>");
    for (int n = 1; n <= nodes; n++) {
      sb.append("<node id=\"node").append(n).append("\" uname=\"node").append(n).append("\"/>");
    }
    sb.append("</nodes><resources>");
    for (int r = 0; r < resources; r++) {
      String id = "r" + r;
      sb.append("<primitive id=\"").append(id).append("\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">")
          .append("<instance_attributes id=\"").append(id).append("-ia\"><nvpair id=\"").append(id)
          .append("-s\" name=\"state\" value=\"/tmp/").append(id).append("\"/></instance_attributes>")
          .append("<operations><op id=\"").append(id).append("-m\" name=\"monitor\" interval=\"10s\"/></operations>")
          .append("</primitive>");
    }
    sb.append("</resources><constraints/></configuration><status/></cib>");
    ConfigState config = ConfigState.fromCib(CibXml.parse(sb.toString()));
    SortedMap<String, NodeStatus> status = new TreeMap<>();
    for (int n = 1; n <= nodes; n++) {
      String node = "node" + n;
      SortedMap<String, String> lrm = new TreeMap<>();
      for (int r = n - 1; r < resources; r += nodes) {
        String id = "r" + r;
        lrm.put(id, "<lrm_resource id=\"" + id + "\" type=\"Dummy\" class=\"ocf\" provider=\"zcrm\">"
            + op(id, "start", 0, 0) + op(id, "monitor", 10000, 0) + "</lrm_resource>");
      }
      status.put(node, new NodeStatus(node, StatusXml.nodeState(node, node, StatusXml.Membership.MEMBER),
          Optional.empty(), lrm, 1));
    }
    return new CibSnapshot(config, java.util.List.of(), status, Map.of(), Set.of(), false, 0, 0, 0);
  }

  private static String op(String id, String task, long interval, int rc) {
    String opId = interval == 0 ? id + "_last_0" : id + "_" + task + "_" + interval;
    return "<lrm_rsc_op id=\"" + opId + "\" operation_key=\"" + id + "_" + task + "_" + interval
        + "\" operation=\"" + task + "\" crm-debug-origin=\"zcrm\" crm_feature_set=\"3.19.0\" transition-key=\"1:1:0:x\""
        + " transition-magic=\"0:" + rc + ";1:1:0:x\" exit-reason=\"\" on_node=\"n\" call-id=\"2\" rc-code=\"" + rc
        + "\" op-status=\"0\" interval=\"" + interval + "\" last-rc-change=\"1\" exec-time=\"1\" queue-time=\"0\"/>";
  }
}

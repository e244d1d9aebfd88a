package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Explanation;
import org.zcrm.engine.Transition;
import org.zcrm.engine.rules.PolicyRules;

/**
 * The sample user policy (sample-configs/custom-policy/batch-avoids-db.drl) over the facts it
 * matches: resources' effective meta attributes and nodes' attributes, wherever they are set.
 */
class CustomPolicyTest {
  private static final Path SAMPLE = Path.of("..", "sample-configs", "custom-policy");
  private static final String RULE = "custom: batch jobs avoid database nodes";
  private static Engine engine;

  @BeforeAll
  static void compile() throws IOException {
    String drl = Files.readString(SAMPLE.resolve("batch-avoids-db.drl"), StandardCharsets.UTF_8);
    engine = new Engine(PolicyRules.withExtra(Map.of("batch-avoids-db.drl", drl)));
  }

  /** A two-node cluster (n1, n2), fencing off, with these pieces put in place. */
  private static String cib(String rscDefaults, String n1Attributes, String n1Transient,
      String resources) {
    return """
        <cib validate-with="pacemaker-3.9" have-quorum="1" dc-uuid="1">
          <configuration>
            <crm_config><cluster_property_set id="opts">
              <nvpair id="opts-fencing" name="fencing-enabled" value="false"/>
            </cluster_property_set></crm_config>
            <rsc_defaults>%s</rsc_defaults>
            <nodes>
              <node id="1" uname="n1">%s</node>
              <node id="2" uname="n2"/>
            </nodes>
            <resources>%s</resources>
            <constraints/>
          </configuration>
          <status>
            <node_state id="1" uname="n1" in_ccm="true" crmd="online" join="member" expected="member">
              <transient_attributes id="1">%s</transient_attributes>
            </node_state>
            <node_state id="2" uname="n2" in_ccm="true" crmd="online" join="member" expected="member"/>
          </status>
        </cib>
        """.formatted(rscDefaults, n1Attributes, resources, n1Transient);
  }

  private static String attrs(String id, String name, String value) {
    return "<instance_attributes id='" + id + "'><nvpair id='" + id + "-" + name + "' name='" + name
        + "' value='" + value + "'/></instance_attributes>";
  }

  private static String meta(String id, String tier) {
    return "<meta_attributes id='" + id + "-meta'><nvpair id='" + id + "-tier' name='tier' value='"
        + tier + "'/></meta_attributes>";
  }

  private static String primitive(String id, String inside) {
    return "<primitive id='" + id + "' class='ocf' provider='zcrm' type='Dummy'>" + inside
        + "</primitive>";
  }

  static Stream<Arguments> cases() {
    String dbNode = attrs("n1-attrs", "role", "db");
    return Stream.of(
        Arguments.of("batch job, db node: banned", "", dbNode, "",
            primitive("job", meta("job", "batch")), Set.of("n1")),
        Arguments.of("web server, db node: free", "", dbNode, "",
            primitive("job", meta("job", "web")), Set.of()),
        Arguments.of("no tier at all: free", "", dbNode, "", primitive("job", ""), Set.of()),
        Arguments.of("batch job, app node: free", "", attrs("n1-attrs", "role", "app"), "",
            primitive("job", meta("job", "batch")), Set.of()),
        Arguments.of("tier from rsc_defaults", meta("defaults", "batch"), dbNode, "",
            primitive("job", ""), Set.of("n1")),
        Arguments.of("own tier overrides rsc_defaults", meta("defaults", "batch"), dbNode, "",
            primitive("job", meta("job", "web")), Set.of()),
        Arguments.of("tier inherited from the group", "", dbNode, "",
            "<group id='g'>" + meta("g", "batch") + primitive("job", "") + "</group>", Set.of("n1")),
        Arguments.of("role as a transient attribute", "", "", attrs("n1-status", "role", "db"),
            primitive("job", meta("job", "batch")), Set.of("n1")),
        Arguments.of("transient role overrides the configured one", "", dbNode,
            attrs("n1-status", "role", "app"), primitive("job", meta("job", "batch")), Set.of()),
        Arguments.of("role in a set whose rule fails", "",
            "<instance_attributes id='n1-attrs'><rule id='n1-rule' score='0'><expression id='n1-e'"
                + " attribute='#uname' operation='eq' value='elsewhere'/></rule>"
                + "<nvpair id='n1-role' name='role' value='db'/></instance_attributes>", "",
            primitive("job", meta("job", "batch")), Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bansBatchJobsFromDatabaseNodes(String name, String rscDefaults, String n1Attributes,
      String n1Transient, String resources, Set<String> bannedOn) {
    Transition t = engine.schedule(
        new CibSnapshot(CibCodec.readString(cib(rscDefaults, n1Attributes, n1Transient, resources))),
        Scenarios.DEFAULT_NOW);
    Set<String> banned = new TreeSet<>();
    for (Explanation.Entry e : t.explanation().of("job")) {
      if (e.rule().equals(RULE)) {
        banned.add(e.node());
      }
    }
    assertEquals(bannedOn, banned);
    if (!bannedOn.isEmpty()) {
      assertTrue(t.summary().stream().anyMatch(l -> l.matches("Start\\s+job\\s+\\(\\s*n2 \\)")),
          "starts on n2: " + t.summary());
    }
  }

  @Test
  void sampleCibKeepsBatchJobsOffTheDatabaseNode() throws IOException {
    Transition t = engine.schedule(new CibSnapshot(CibCodec.read(SAMPLE.resolve("cib.xml"))),
        Scenarios.DEFAULT_NOW);
    for (String job : new String[] {"batch-report", "batch-cleanup", "batch-export"}) {
      assertEquals(1, t.summary().stream().filter(l -> l.matches("Start\\s+" + job + "\\s+\\(\\s*app[12] \\)"))
          .count(), job + " starts on an app node: " + t.summary());
    }
  }
}

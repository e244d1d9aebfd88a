package org.zcrm.cli.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** User rule files compiled with the shipped policy against the engine's facts. */
class RulesCompilerTest {
  static final Path SAMPLE = Path.of("..", "sample-configs", "custom-policy", "batch-avoids-db.drl");

  @Test
  void sampleCompiles() throws Exception {
    assertEquals(List.of(), RulesCompiler.errors(Map.of("batch-avoids-db.drl", Files.readString(SAMPLE))));
  }

  @Test
  void unknownFactIsReportedWithFileAndLine() {
    List<RulesCompiler.Problem> p = RulesCompiler.errors(Map.of("bad.drl",
        "package org.zcrm.rules.custom;\n\nrule \"bad\"\n  when\n    Nope()\n  then\nend\n"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).file().endsWith("bad.drl"), p.toString());
    assertEquals(5, p.get(0).line(), p.toString());
    assertTrue(p.get(0).text().contains("Nope"), p.toString());
  }

  @Test
  void syntaxErrorIsReported() {
    List<RulesCompiler.Problem> p = RulesCompiler.errors(Map.of("broken.drl",
        "package org.zcrm.rules.custom;\nrule \"broken\"\n  when\n    $r : \n"));
    assertTrue(!p.isEmpty() && p.stream().allMatch(x -> x.file().endsWith("broken.drl")), p.toString());
  }

  /** Broken user files outside the shipped package: compiled alone, the same errors as with the policy. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown fact type      | rule \"r\" when Nope() then end",
      "unknown field          | import org.zcrm.engine.facts.NodeFact; rule \"r\" when NodeFact( nme == \"x\" ) then end",
      "bad constructor in RHS | import org.zcrm.engine.facts.NodeFact; import org.zcrm.engine.conclusions.ScoreContribution;"
          + " rule \"r\" when $n : NodeFact() then insert( new ScoreContribution( $n.name(), 5 ) ); end",
      "duplicate rule name    | rule \"r\" when then end rule \"r\" when then end",
      "syntax error           | rule \"r\" when $x : then end"})
  void userFileAloneFindsTheSameErrors(String name, String body) {
    Map<String, String> files = Map.of("u.drl", "package org.zcrm.rules.custom;\n" + body.replace("; ", ";\n") + "\n");
    assertTrue(!RulesCompiler.needsShipped(files.get("u.drl")));
    List<RulesCompiler.Problem> alone = RulesCompiler.errors(files, false);
    assertTrue(!alone.isEmpty(), name + " is an error");
    assertEquals(RulesCompiler.errors(files, true), alone);
  }

  @Test
  void fileInTheShippedPackageIsCompiledWithThePolicy() throws Exception {
    String shipped;
    try (var in = org.zcrm.engine.rules.PolicyRules.class.getClassLoader()
        .getResourceAsStream(org.zcrm.engine.rules.PolicyRules.PACKAGE_PATH + org.zcrm.engine.rules.PolicyRules.SHIPPED[0])) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"").matcher(shipped);
    assertTrue(m.find(), "a shipped rule");
    String clash = "package " + RulesCompiler.SHIPPED_PACKAGE + ";\nrule \"" + m.group(1) + "\" when then end\n";
    assertTrue(RulesCompiler.needsShipped(clash));
    assertTrue(!RulesCompiler.errors(Map.of("clash.drl", clash)).isEmpty(), "a rule name the policy already has");
    assertTrue(RulesCompiler.needsShipped("package x;\nimport function org.zcrm.rules.f;\n"));
  }
}

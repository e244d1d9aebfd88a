package org.zcrm.cli.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}

package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Transition;

/**
 * Our own scenarios: a folder per case with cib.xml and the expected transition summary. Run with
 * {@code -Dzcrm.golden.rewrite=true} to rewrite the expected files, then review the diff.
 */
class GoldenScenariosTest {

  static List<Path> cases() throws Exception {
    return Scenarios.golden();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectedSummary(Path dir) throws Exception {
    Transition t = Scenarios.schedule(dir.resolve("cib.xml"));
    StringBuilder got = new StringBuilder();
    for (String l : t.summary()) {
      got.append("  * ").append(l).append('\n');
    }
    Path expected = dir.resolve("expected.summary");
    if (Boolean.getBoolean("zcrm.golden.rewrite")) {
      Files.writeString(expected, got.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got.toString(),
        "transition summary of " + dir.getFileName() + " (rewrite with -Dzcrm.golden.rewrite=true)");
  }
}

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
 * Our own scenarios: a folder per case with cib.xml, the expected transition summary and the
 * expected graph actions (with the operation each resource action carries). Run with
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectedActions(Path dir) throws Exception {
    Transition t = Scenarios.schedule(dir.resolve("cib.xml"));
    StringBuilder got = new StringBuilder();
    for (Transition.GraphAction a : t.actions()) {
      got.append(a.key()).append(' ').append(a.task());
      if (a.node() != null) {
        got.append(" on ").append(a.node());
      }
      got.append(a.pseudo() ? " pseudo" : "").append(a.runnable() ? "" : " unrunnable");
      Transition.Operation op = a.op();
      if (op != null) {
        got.append(" agent=").append(op.agent()).append(" interval=").append(op.intervalMs())
            .append(" timeout=").append(op.timeoutMs());
        if (!op.params().isEmpty()) {
          got.append(" params=").append(op.params());
        }
      }
      got.append('\n');
    }
    Path expected = dir.resolve("expected.actions");
    if (Boolean.getBoolean("zcrm.golden.rewrite")) {
      Files.writeString(expected, got.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got.toString(),
        "graph actions of " + dir.getFileName() + " (rewrite with -Dzcrm.golden.rewrite=true)");
  }
}

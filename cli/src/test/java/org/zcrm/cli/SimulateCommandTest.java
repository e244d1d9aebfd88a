package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code zcrm simulate} on files: what it prints, and how it refuses what it cannot read. */
class SimulateCommandTest {
  private static final Path CUSTOM = Path.of("..", "sample-configs", "custom-policy");

  @TempDir Path tmp;

  /** Runs the command in-process; simulate writes to System.out and System.err. */
  private static CliRun run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      CliRun r = CliRun.of(args);
      return new CliRun(r.exitCode(), r.out() + o.toString(StandardCharsets.UTF_8),
          r.err() + e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("malformed XML names file and line", "<cib>\n  <configuration>\n</cib>\n",
            ":3:", "malformed XML"),
        Arguments.of("another root element is not a CIB", "<nodes/>\n", "", "is not a CIB"),
        Arguments.of("empty file", "", "", "cannot read"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void refusesUnreadableInput(String name, String text, String position, String says)
      throws IOException {
    Path f = tmp.resolve("in.xml");
    Files.writeString(f, text);
    CliRun r = run("simulate", "--xml-file", f.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("zcrm simulate: cannot read " + f + ": "), r.err());
    assertTrue(r.err().contains(f + position), r.err());
    assertTrue(r.err().contains(says), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void missingFileIsUnreadable() {
    CliRun r = run("simulate", "--xml-file", tmp.resolve("nowhere.xml").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("nowhere.xml"), r.err());
  }

  @Test
  void userRulesChangeThePlacementAndExplainIt() {
    String cib = CUSTOM.resolve("cib.xml").toString();
    CliRun plain = run("simulate", "--xml-file", cib);
    assertEquals(0, plain.exitCode(), plain.err());
    assertTrue(plain.out().lines().anyMatch(l -> l.matches("\\s+\\* Start\\s+batch-export\\s+\\(\\s*db1 \\)")),
        plain.out());
    CliRun custom = run("simulate", "--xml-file", cib, "--rules",
        CUSTOM.resolve("batch-avoids-db.drl").toString(), "--explain", "batch-export");
    assertEquals(0, custom.exitCode(), custom.err());
    assertTrue(custom.out().lines().noneMatch(l -> l.matches("\\s+\\* Start\\s+batch-\\S+\\s+\\(\\s*db1 \\)")),
        custom.out());
    assertTrue(custom.out().contains("-INFINITY  on db1  [rule \"custom: batch jobs avoid database nodes\""),
        custom.out());
  }

  @Test
  void brokenRuleFileIsAUserError() throws IOException {
    Path drl = tmp.resolve("bad.drl");
    Files.writeString(drl, "package x; rule \"r\" when Nope() then end");
    CliRun r = run("simulate", "--xml-file", CUSTOM.resolve("cib.xml").toString(), "--rules",
        drl.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().contains("do not compile"), r.err());
    assertTrue(r.err().contains("bad.drl line 1,"), r.err());
  }
}

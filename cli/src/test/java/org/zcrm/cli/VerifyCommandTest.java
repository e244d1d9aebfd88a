package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyCommandTest {
  /** The sample CIB, relative to the cli module (the tests' working directory). */
  static final Path SAMPLE = Path.of("..", "sample-configs", "active-passive", "cib.xml");

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private String sample() throws IOException {
    return Files.readString(SAMPLE);
  }

  @Test
  void sampleConfigurationIsValid() {
    CliRun r = CliRun.of("verify", "--xml-file", SAMPLE.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(SAMPLE + ": valid\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void malformedXmlIsUnreadableWithLineAndColumn() throws IOException {
    Path bad = write("bad.xml", "<cib>\n  <configuration>\n</cib>\n");
    CliRun r = CliRun.of("verify", "--xml-file", bad.toString());
    assertEquals(2, r.exitCode());
    assertEquals(bad + ": unreadable\n", r.out());
    assertTrue(r.err().startsWith(bad + ":3:"), r.err());
    assertTrue(r.err().contains("malformed XML"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void unknownReferenceIsOneClearError() throws IOException {
    Path f = write("ref.xml", sample().replace("rsc=\"web\" node=\"node1\"", "rsc=\"webx\" node=\"node1\""));
    CliRun r = CliRun.of("verify", "--xml-file", f.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().contains("invalid (1 error"), r.out());
    assertEquals(f + ": error: <rsc_location id=\"web-prefers-node1\">: rsc \"webx\" is not a resource,"
        + " template or tag\n", r.err());
  }

  @Test
  void duplicateIdIsOneClearError() throws IOException {
    Path f = write("dup.xml", sample().replace("<primitive id=\"web-server\"", "<primitive id=\"web-ip\""));
    CliRun r = CliRun.of("verify", "--xml-file", f.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("error: <primitive id=\"web-ip\">: duplicate id: \"web-ip\" is already the id"
        + " of <primitive>"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void warningsDoNotFailAndQuietHidesThem() throws IOException {
    Path f = write("warn.xml", sample().replace("node=\"node2\" score=\"100\"", "node=\"node9\" score=\"100\""));
    CliRun r = CliRun.of("verify", "--xml-file", f.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(f + ": valid (1 warning)\n", r.out());
    assertTrue(r.err().contains("warning: <rsc_location id=\"web-likes-node2\">: node \"node9\""), r.err());
    assertEquals("", CliRun.of("verify", "-q", "--xml-file", f.toString()).err());
  }

  @Test
  void folderGivesOneLinePerFileAndTheWorstExitCode() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("cibs"));
    Files.writeString(dir.resolve("a.xml"), sample());
    Files.writeString(dir.resolve("b.xml"), sample().replace("devices=\"fence-ipmi\"/>\n      <fencing-level id=\"fl-node2-1\"",
        "devices=\"fence-ipmi\"/>\n      <fencing-level id=\"fl-node1-1\""));
    Files.writeString(dir.resolve("notes.txt"), "not a CIB");
    CliRun r = CliRun.of("verify", "--dir", dir.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertEquals(dir.resolve("a.xml") + ": valid\n" + dir.resolve("b.xml") + ": invalid (1 error, 0 warnings)\n",
        r.out());
    Files.writeString(dir.resolve("c.xml"), "not xml");
    assertEquals(2, CliRun.of("verify", "--dir", dir.toString()).exitCode());
  }

  @Test
  void missingFileAndEmptyFolderAreUnreadable() throws IOException {
    CliRun r = CliRun.of("verify", "--xml-file", tmp.resolve("nope.xml").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("nope.xml: cannot read: no such file or folder"), r.err());
    CliRun empty = CliRun.of("verify", "--dir", tmp.toString());
    assertEquals(2, empty.exitCode());
    assertTrue(empty.err().contains("no *.xml files"), empty.err());
  }

  @Test
  void nothingToCheckIsAUsageError() {
    CliRun r = CliRun.of("verify");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("Nothing to check"), r.err());
  }

  @Test
  void sharedCorpusHasOnlyPacemakersDeliberatelyInvalidCases() {
    Path corpus = Path.of(System.getProperty("zcrm.shared.dir", "none"), "pacemaker-scheduler", "xml");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus),
        "skipped: Pacemaker's scheduler CIBs not found at " + corpus);
    CliRun r = CliRun.of("verify", "--quiet", "--dir", corpus.toString());
    assertEquals(1, r.exitCode(), r.err());
    List<String> invalid = r.out().lines().filter(l -> !l.endsWith(": valid") && !l.contains(": valid ("))
        .map(l -> Path.of(l.substring(0, l.indexOf(".xml: ") + 4)).getFileName().toString()).toList();
    assertEquals(List.of("order-wrong-kind.xml", "promoted-ordering.xml", "template-coloc-3.xml"), invalid);
    assertTrue(r.out().lines().count() > 600, "one line per file");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"verify", "cib", "cib show"})
  void everyVerbHasHelp(String verb) {
    String[] args = (verb + " --help").split(" ");
    CliRun r = CliRun.of(args);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Usage: zcrm " + verb), r.out());
  }
}

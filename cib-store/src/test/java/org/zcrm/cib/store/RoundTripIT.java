package org.zcrm.cib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Import then export gives back the same configuration, for Pacemaker's inputs and our fixtures. */
class RoundTripIT {
  private static TestingServer server;
  private static CibStore store;

  @BeforeAll
  static void start() throws Exception {
    server = new TestingServer(true);
    store = StoreTesting.store(server.getConnectString(), "roundtrip", ConfigChecker.NONE);
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    server.close();
  }

  static Stream<Arguments> fixtures() {
    return Stream.of("web-cluster.xml", "minimal.xml", "text-and-escapes.xml").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureRoundTrips(String name) throws Exception {
    assertRoundTrip(StoreTesting.resource(name));
  }

  @Test
  void everySharedCibRoundTrips() throws Exception {
    var dir = StoreTesting.sharedSchedulerXml();
    assumeTrue(dir.isPresent(), "shared Pacemaker scheduler inputs not found (system property zcrm.shared.dir); skipped");
    List<Path> files = StoreTesting.xmlFiles(dir.get());
    int done = 0;
    for (Path f : files) {
      Element cib = StoreTesting.parseFile(f);
      try {
        assertRoundTrip(cib);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(f.getFileName() + ": " + e.getMessage(), e);
      }
      done++;
    }
    assertEquals(files.size(), done);
  }

  /** Replaces the stored configuration with this one and checks that export gives it back. */
  private static void assertRoundTrip(Element cib) {
    CibSnapshot old = store.configSnapshot();
    Generation before = old.generation();
    store.importCib(cib, true);
    CibSnapshot s = store.snapshot();
    assertEquals(List.of(), s.problems());
    Element exported = s.toDocument(CibSnapshot.Section.ALL).getDocumentElement();
    assertEquals(StoreTesting.canonicalConfiguration(cib), StoreTesting.canonicalConfiguration(exported));
    assertEquals(cib.getAttribute("validate-with"), exported.getAttribute("validate-with"));
    Generation imported = CibHeader.generationOf(cib);
    boolean unchanged = s.config().sameContent(old.config())
        && s.config().header().attributes().equals(old.config().header().attributes())
        && imported.compareTo(before) <= 0;
    assertEquals(unchanged ? before : Generation.max(before.next(), imported), s.generation(), "generation after import");
  }
}

package org.zcrm.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;

/** Finds CIB scenarios (our golden folders, and Pacemaker's corpus when ../shared exists). */
final class Scenarios {
  /** "Now" for CIBs without an execution-date: fixed, so that tests are reproducible. */
  static final Instant DEFAULT_NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");
  private static Engine engine;

  private Scenarios() {}

  static synchronized Engine engine() {
    if (engine == null) {
      engine = Engine.withShippedRules();
    }
    return engine;
  }

  static List<Path> golden() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s.filter(p -> Files.exists(p.resolve("cib.xml"))).sorted().toList();
    }
  }

  /** The shared corpus folder (with xml/ and summary/), or null when it is not there. */
  static Path shared() {
    String dir = System.getProperty("zcrm.shared.dir");
    if (dir == null) {
      return null;
    }
    Path p = Paths.get(dir, "pacemaker-scheduler");
    return Files.isDirectory(p.resolve("xml")) ? p : null;
  }

  static List<Path> sharedCibs() throws IOException {
    Path s = shared();
    if (s == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(s.resolve("xml"))) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".xml")).sorted().toList());
    }
  }

  static Transition schedule(Path cibFile) throws IOException {
    return schedule(engine(), cibFile);
  }

  /** As {@code zcrm simulate} schedules a collected CIB (private parameters may be masked). */
  static Transition simulate(Path cibFile) throws IOException {
    return schedule(engine().forCollectedCibs(), cibFile);
  }

  static Transition schedule(Engine e, Path cibFile) throws IOException {
    Cib cib = CibCodec.read(cibFile);
    CibSnapshot snap = new CibSnapshot(cib);
    Instant now = snap.executionDate() != null ? snap.executionDate() : DEFAULT_NOW;
    return e.schedule(snap, now);
  }
}

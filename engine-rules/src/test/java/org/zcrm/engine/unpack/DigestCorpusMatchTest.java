package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.facts.DigestMismatchFact;

/**
 * Over Pacemaker's scheduler corpus (read from ../shared at test time, never copied): of the
 * history entries the engine checks for definition changes, how many match the digest of what the
 * DC would send now. Most corpus CIBs are unchanged since their histories were written, so a
 * digest that is not computed exactly as Pacemaker computes it shows up as thousands of
 * mismatches (and would restart every resource of an imported CIB).
 */
class DigestCorpusMatchTest {
  private static final Path CORPUS = Path.of(System.getProperty("zcrm.shared.dir", "../../shared"),
      "pacemaker-scheduler", "xml");

  @Test
  void checkedEntriesMatchTheirDigests() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "Pacemaker scheduler corpus not found at " + CORPUS
        + " (set -Dzcrm.shared.dir); skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    int compared = 0;
    int matched = 0;
    int matchedSanitized = 0;
    TreeMap<String, Integer> byResult = new TreeMap<>();
    List<String> samples = new ArrayList<>();
    for (Path f : files) {
      Cib cib;
      try {
        cib = CibCodec.read(f);
      } catch (Exception e) {
        continue; // an unreadable case is the conformance test's business
      }
      String date = cib.getExecutionDate();
      Instant now = date == null || date.isBlank() ? Instant.parse("2026-01-01T00:00:00Z")
          : Instant.ofEpochSecond(Long.parseLong(date.trim()));
      UnpackedCib u = CibUnpacker.unpack(cib, now);
      HistoryInterpreter.Result h = new HistoryInterpreter(u).interpret(n -> true);
      DigestComparer.Outcome o = DigestComparer.compare(u, h.sinceStart(),
          new DigestComparer.Scope(n -> true, n -> false, Set.of(), false));
      compared += o.compared();
      matched += o.matched();
      matchedSanitized += DigestComparer.compare(u, h.sinceStart(),
          new DigestComparer.Scope(n -> true, n -> false, Set.of(), true)).matched();
      for (DigestMismatchFact m : o.mismatches()) {
        byResult.merge(m.result().name(), 1, Integer::sum);
        if (samples.size() < 10 && Boolean.getBoolean("zcrm.digest.samples")) {
          samples.add(f.getFileName() + " " + m.opId() + " " + m.result());
        }
      }
    }
    System.out.printf("digest corpus: checked entries=%d matching=%d (%.1f%%) differing=%s;"
        + " matching or differing only in private parameters=%d%n", compared, matched,
        100.0 * matched / Math.max(1, compared), byResult, matchedSanitized);
    samples.forEach(s -> System.out.println("  differing: " + s));
    assertTrue(compared > 1000, "expected thousands of checked entries, found " + compared);
    assertTrue(matched >= compared * 0.9, "only " + matched + " of " + compared
        + " checked entries match: " + samples);
  }
}

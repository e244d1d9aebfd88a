package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs Pacemaker's scheduler regression corpus (from ../shared, never copied here) and fails if
 * the core-tier score or the total drops below the figures recorded in conformance-floor.properties,
 * scheduling each case as `zcrm simulate` does.
 */
class ConformanceTest {
  private static final Pattern PAREN = Pattern.compile("\\(\\s*(.*?)\\s*\\)");

  @Test
  void conformanceDoesNotRegress() throws Exception {
    Path corpus = Scenarios.shared();
    assumeTrue(corpus != null, "../shared/pacemaker-scheduler not found (system property "
        + "zcrm.shared.dir); skipping the conformance test");
    Map<String, String> tier = new HashMap<>();
    List<String> rows = Files.readAllLines(corpus.resolve("CASES.tsv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t");
      tier.put(f[0], f[1]);
    }
    int core = 0;
    int total = 0;
    List<String> coreFailures = new ArrayList<>();
    for (Path cib : Scenarios.sharedCibs()) {
      String name = cib.getFileName().toString().replaceFirst("\\.xml$", "");
      Path expectedFile = corpus.resolve("summary").resolve(name + ".summary");
      if (!Files.exists(expectedFile)) {
        continue;
      }
      List<String> want = expected(Files.readString(expectedFile, StandardCharsets.UTF_8));
      List<String> got;
      try {
        got = new ArrayList<>();
        for (String l : Scenarios.simulate(cib).summary()) {
          got.add(normalize(l));
        }
      } catch (RuntimeException e) {
        got = null;
      }
      boolean ok = want != null && got != null && sorted(want).equals(sorted(got));
      if (ok) {
        total++;
        if ("core".equals(tier.get(name))) {
          core++;
        }
      } else if ("core".equals(tier.get(name))) {
        coreFailures.add(name);
      }
    }
    Properties floor = new Properties();
    try (var in = getClass().getResourceAsStream("/conformance-floor.properties")) {
      floor.load(in);
    }
    int coreFloor = Integer.parseInt(floor.getProperty("core"));
    int totalFloor = Integer.parseInt(floor.getProperty("total"));
    System.out.printf("conformance: core %d (floor %d), total %d (floor %d); failing core: %s%n", core,
        coreFloor, total, totalFloor, coreFailures);
    assertTrue(core >= coreFloor, "core-tier conformance dropped to " + core + " (recorded "
        + coreFloor + "); failing core cases: " + coreFailures);
    assertTrue(total >= totalFloor, "conformance over all cases dropped to " + total + " (recorded "
        + totalFloor + ")");
  }

  private static List<String> sorted(List<String> l) {
    List<String> c = new ArrayList<>(l);
    Collections.sort(c);
    return c;
  }

  private static List<String> expected(String text) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].equals("Transition Summary:")) {
      i++;
    }
    if (i == lines.length) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int j = i + 1; j < lines.length; j++) {
      String l = lines[j];
      if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0))) {
        break;
      }
      if (!l.isBlank()) {
        out.add(normalize(l));
      }
    }
    return out;
  }

  /** The same normalization as ../shared/tools/extract_transition_summary.py. */
  static String normalize(String line) {
    String s = line.strip();
    if (s.startsWith("* ")) {
      s = s.substring(2);
    }
    s = s.replaceAll("\\s+", " ").strip();
    if (s.startsWith("Fence (")) {
      return s;
    }
    Matcher m = PAREN.matcher(s);
    if (m.find()) {
      s = s.substring(0, m.start()) + "(" + m.group(1) + ")" + s.substring(m.end());
    }
    return s;
  }
}

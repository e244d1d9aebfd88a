package org.zcrm.cib.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Pacemaker's scheduler regression CIBs, read from the shared folder at test time (never copied into
 * the repository). Tests over them are skipped, with a message, when the folder is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The folder of Pacemaker's scheduler CIBs, or null when not available. */
  public static Path xmlDir() {
    String shared = System.getProperty("zcrm.shared.dir");
    if (shared == null || shared.isBlank()) {
      return null;
    }
    Path dir = Path.of(shared, "pacemaker-scheduler", "xml");
    return Files.isDirectory(dir) ? dir : null;
  }

  /** Why the corpus tests are skipped when the corpus is absent. */
  public static String skipMessage() {
    return "skipped: Pacemaker's scheduler CIBs not found (system property zcrm.shared.dir="
        + System.getProperty("zcrm.shared.dir") + " has no pacemaker-scheduler/xml)";
  }

  /** Skips the calling test, saying why on stderr too, when the corpus is absent. */
  public static void assumePresent() {
    if (xmlDir() == null) {
      System.err.println(skipMessage());
    }
    Assumptions.assumeTrue(xmlDir() != null, SharedCorpus::skipMessage);
  }

  /** The CIB files, sorted; aborts (skips) the calling test when the corpus is absent. */
  public static List<Path> files() {
    Path dir = xmlDir();
    Assumptions.assumeTrue(dir != null, SharedCorpus::skipMessage);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name without ".xml", for test names. */
  public static String caseName(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - 4);
  }
}

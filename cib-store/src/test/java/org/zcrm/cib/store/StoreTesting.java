package org.zcrm.cib.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Shared helpers of the store tests. */
final class StoreTesting {
  private StoreTesting() {}

  static Element parseFile(Path p) throws Exception {
    return CibXml.parse(Files.readString(p, StandardCharsets.UTF_8));
  }

  static Element resource(String name) throws Exception {
    try (var in = StoreTesting.class.getResourceAsStream("/fixtures/" + name)) {
      return CibXml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The configuration element of a cib in a form that ignores what does not matter: attribute
   * order, whitespace, section order, and empty optional sections.
   */
  static String canonicalConfiguration(Element cib) {
    Element conf = CibXml.children(cib, "configuration").get(0);
    List<String> sections = new ArrayList<>();
    for (Element s : CibXml.children(conf)) {
      boolean optional = ObjectKind.bySection(s.getTagName()).map(k -> !ObjectKind.MANDATORY.contains(k)).orElse(true);
      if (optional && CibXml.children(s).isEmpty() && !s.hasAttributes()) {
        continue;
      }
      sections.add(CibXml.canonical(s));
    }
    sections.sort(Comparator.naturalOrder());
    return String.join("\n", sections);
  }

  /** The folder of Pacemaker's scheduler inputs, when the shared folder is there. */
  static Optional<Path> sharedSchedulerXml() {
    String dir = System.getProperty("zcrm.shared.dir");
    if (dir == null) {
      return Optional.empty();
    }
    Path p = Path.of(dir, "pacemaker-scheduler", "xml");
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  static List<Path> xmlFiles(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  static CibStore store(String connect, String cluster, ConfigChecker checker) {
    return new CibStore(ZkConnection.open(ZkSettings.of(connect, cluster)), SizeLimits.standard(), checker, true);
  }
}

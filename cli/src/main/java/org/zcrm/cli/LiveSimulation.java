package org.zcrm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.coordinator.DcSession;
import org.zcrm.coordinator.EngineInput;
import org.zcrm.coordinator.TransitionRecord;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;
import org.zcrm.engine.output.GraphWriter;
import org.zcrm.engine.rules.PolicyRules;
import org.zcrm.engine.unpack.RuleEvaluator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zcrm simulate --live}: replays a transition the DC recorded under transitions/ (the
 * engine's input CIB, with the DC's own {@code now} and user rule files) and says whether the
 * replay decides what the DC decided, like replaying a pe-input with crm_simulate; with nothing
 * recorded, simulates the live CIB as the DC would see it (crm_simulate -L). A picocli mixin of
 * {@link SimulateCommand}, which prints the same way for a file.
 */
public final class LiveSimulation {

  @Option(names = {"-L", "--live"},
      description = "Replay the DC's latest recorded transition (or the one given by --transition) and compare;"
          + " with none recorded, simulate the live CIB.")
  boolean live;

  @Option(names = "--transition", paramLabel = "EPOCH-N",
      description = "With --live: the recorded transition to replay (see --list).")
  String transition;

  @Option(names = "--list", description = "List the recorded transitions (id, time, input generation, summary lines).")
  boolean list;

  @Option(names = "--save-input", paramLabel = "FILE",
      description = "With --live: write the engine's input CIB (with its execution-date) to FILE, for"
          + " 'zcrm simulate --xml-file' or crm_simulate.")
  Path saveInput;

  @Mixin ZkOptions zk;

  /** The display options of {@code zcrm simulate} that apply here too. */
  record Display(boolean scores, Path saveGraph, String explain, List<Path> rules, String date) {}

  boolean requested() {
    return live || list || transition != null || saveInput != null;
  }

  int run(PrintWriter out, PrintWriter err, Display d) {
    if (!live && !list) {
      err.println("zcrm simulate: --transition and --save-input go with --live");
      return 1;
    }
    return zk.run(err, store -> {
      CuratorFramework client = store.connection().client();
      List<String> ids = TransitionRecord.ids(client, store.paths());
      if (list) {
        return list(out, err, client, store.paths(), ids);
      }
      if (transition == null && ids.isEmpty()) {
        return liveCib(out, err, store, d);
      }
      String id = transition == null ? ids.get(ids.size() - 1) : normalize(transition);
      Optional<TransitionRecord> rec = TransitionRecord.read(client, store.paths(), id);
      if (rec.isEmpty()) {
        err.println("zcrm simulate: no recorded transition '" + transition + "' in cluster "
            + zk.settings().cluster() + " (" + ids.size() + " recorded); 'zcrm simulate --live --list' lists them.");
        return 1;
      }
      return replay(out, err, store, rec.get(), d);
    });
  }

  /** "3-12" stands for 0000000003-000012, as TransitionLog names records. */
  static String normalize(String id) {
    String[] p = id.trim().split("-");
    if (p.length == 2 && p[0].matches("\\d{1,18}") && p[1].matches("\\d{1,9}")) {
      return String.format("%010d-%06d", Long.parseLong(p[0]), Long.parseLong(p[1]));
    }
    return id.trim();
  }

  private static int list(PrintWriter out, PrintWriter err, CuratorFramework client, CibPaths paths, List<String> ids)
      throws Exception {
    if (ids.isEmpty()) {
      err.println("zcrm simulate: no transitions recorded yet");
      return 0;
    }
    out.printf("%-17s  %-24s  %-10s  %-10s  %7s  %s%n", "TRANSITION", "TIME", "DC", "INPUT", "SUMMARY", "REPLAYABLE");
    for (String id : ids) {
      Optional<TransitionRecord> r;
      try {
        r = TransitionRecord.read(client, paths, id);
      } catch (CibXml.CibXmlException e) {
        err.println("zcrm simulate: transition " + id + " is unreadable: " + e.getMessage());
        continue;
      }
      if (r.isEmpty()) {
        continue; // dropped by the DC meanwhile
      }
      TransitionRecord t = r.get();
      out.printf("%-17s  %-24s  %-10s  %-10s  %7d  %s%n", t.id(), t.at().truncatedTo(ChronoUnit.MILLIS), t.dc(),
          t.inputGeneration() + "." + t.inputNumUpdates(), t.summary().size(), t.input().isPresent() ? "yes" : "no");
    }
    return 0;
  }

  private int replay(PrintWriter out, PrintWriter err, CibStore store, TransitionRecord rec, Display d)
      throws IOException {
    if (d.date() != null) {
      err.println("zcrm simulate: --date does not go with a recorded transition, which is replayed as of the time"
          + " the DC scheduled it (" + rec.at() + ")");
      return 1;
    }
    if (rec.input().isEmpty()) {
      err.println("zcrm simulate: transition " + rec.id() + " was recorded without its input CIB (too large to keep);"
          + " it cannot be replayed");
      return 2;
    }
    Document cib = document(rec.input().get());
    Optional<Engine> engine = engine(err, store, rec.rules(), rec.rulesDigest(), d.rules());
    if (engine.isEmpty()) {
      return 1;
    }
    if (saveInput != null && !save(err, cib, rec.at())) {
      return 1;
    }
    Transition t = engine.get().schedule(EngineInput.snapshotOf(cib), rec.at());
    int shown = show(out, err, t, d);
    if (shown != 0) {
      return shown;
    }
    out.println();
    out.printf("Replay of transition %s (DC %s, epoch %d, input generation %s.%d, at %s%s):%n", rec.id(), rec.dc(),
        rec.epoch(), rec.inputGeneration(), rec.inputNumUpdates(), rec.at(),
        rec.rules().isEmpty() ? "" : ", user rules " + String.join(", ", rec.rules()));
    List<String> summaryDiff = LineDiff.diff(rec.summary(), t.summary());
    List<String> actionDiff = LineDiff.diff(rec.actionKeys(), runnableKeys(t));
    if (summaryDiff.isEmpty() && actionDiff.isEmpty()) {
      out.printf("  matches what the DC decided: %d summary line(s), %d action(s)%n", rec.summary().size(),
          rec.actionKeys().size());
      return 0;
    }
    out.println("  DIFFERS from what the DC decided (- DC, + replay):");
    if (!summaryDiff.isEmpty()) {
      out.println("  Transition Summary:");
      summaryDiff.forEach(l -> out.println("    " + l));
    }
    if (!actionDiff.isEmpty()) {
      out.println("  Actions:");
      actionDiff.forEach(l -> out.println("    " + l));
    }
    return 1;
  }

  /** The live CIB as the DC would give it to the engine now (membership applied), like crm_simulate -L. */
  private int liveCib(PrintWriter out, PrintWriter err, CibStore store, Display d) throws Exception {
    Instant now;
    try {
      now = d.date() == null ? Instant.now() : RuleEvaluator.parseInstant(d.date());
    } catch (IllegalArgumentException e) {
      err.println("zcrm simulate: " + e.getMessage());
      return 1;
    }
    CuratorFramework client = store.connection().client();
    TreeSet<String> members = new TreeSet<>(children(client, store.paths().members()));
    CibSnapshot snap = store.snapshot();
    EngineInput input = EngineInput.build(snap, members, now, dcNode(client, store.paths()));
    Document cib = input.document();
    SortedMap<String, String> stored = snap.config().rules();
    Optional<Engine> engine = engine(err, store, List.copyOf(stored.keySet()), TransitionRecord.rulesDigest(stored),
        d.rules());
    if (engine.isEmpty()) {
      return 1;
    }
    if (saveInput != null && !save(err, cib, now)) {
      return 1;
    }
    err.println("zcrm simulate: no transitions recorded; simulating the live CIB (generation " + snap.generation()
        + "." + snap.numUpdates() + ")");
    return show(out, err, engine.get().schedule(input.engineSnapshot(), now), d);
  }

  private static int show(PrintWriter out, PrintWriter err, Transition t, Display d) {
    out.print(SimulateCommand.render(t, d.scores()));
    if (d.explain() != null) {
      out.print(SimulateCommand.explanation(t, d.explain()));
    }
    out.flush();
    if (d.saveGraph() != null) {
      try {
        Files.writeString(d.saveGraph(), GraphWriter.dot(t), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("zcrm simulate: cannot write " + d.saveGraph() + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  /**
   * The shipped rules plus the named user rule files as stored now (warning when they changed
   * since the transition), plus any --rules files.
   */
  private static Optional<Engine> engine(PrintWriter err, CibStore store, List<String> names, String digest,
      List<Path> extraFiles) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    if (!names.isEmpty()) {
      SortedMap<String, String> stored = store.configSnapshot().config().rules();
      for (String n : names) {
        if (stored.containsKey(n)) {
          files.put(n, stored.get(n));
        }
      }
      if (!TransitionRecord.rulesDigest(files).equals(digest)) {
        err.println("zcrm simulate: warning: the user rule files " + names + " changed since this transition;"
            + " replaying with the stored ones " + files.keySet());
      }
    }
    for (Path f : extraFiles) {
      files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
    }
    if (files.isEmpty()) {
      return Optional.of(Engine.withShippedRules());
    }
    try {
      return Optional.of(new Engine(PolicyRules.withExtra(files)));
    } catch (RuntimeException e) {
      err.println("zcrm simulate: the stored rule files " + files.keySet() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private boolean save(PrintWriter err, Document cib, Instant now) {
    Element copy = (Element) cib.getDocumentElement().cloneNode(true);
    copy.setAttribute("execution-date", Long.toString(now.getEpochSecond()));
    try {
      Files.writeString(saveInput, CibXml.toXml(copy), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("zcrm simulate: cannot write " + saveInput + ": " + e.getMessage());
      return false;
    }
  }

  private static Document document(Element cib) {
    Document doc = CibXml.newDocument();
    doc.appendChild(doc.importNode(cib, true));
    return doc;
  }

  private static List<String> runnableKeys(Transition t) {
    List<String> out = new ArrayList<>();
    for (Transition.GraphAction a : t.actions()) {
      if (a.runnable()) {
        out.add(a.key() + (a.node() == null ? "" : " on " + a.node()));
      }
    }
    return out;
  }

  private static List<String> children(CuratorFramework client, String path) throws Exception {
    try {
      return client.getChildren().forPath(path);
    } catch (KeeperException.NoNodeException e) {
      return List.of();
    }
  }

  private static String dcNode(CuratorFramework client, CibPaths paths) throws Exception {
    try {
      String info = new String(client.getData().forPath(DcSession.infoPath(paths)), StandardCharsets.UTF_8);
      for (String line : info.split("\n")) {
        if (line.startsWith("node=")) {
          return line.substring(5);
        }
      }
    } catch (KeeperException.NoNodeException e) {
      // no DC yet
    }
    return "";
  }
}

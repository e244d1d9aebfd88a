package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibXml;

/**
 * One recorded transition as {@link TransitionLog} writes it to {@code transitions/EPOCH-N}: who
 * decided it, the input generation, the {@code now} the engine was given, the user rule files in
 * force, the summary and graph, and the engine's input CIB (absent when it was too large to keep).
 * This is what `zcrm simulate --live` replays.
 */
public record TransitionRecord(String id, String dc, long epoch, String inputGeneration, long inputNumUpdates,
    Instant at, List<String> rules, String rulesDigest, List<String> summary, List<String> actionKeys,
    Optional<Element> input) {

  public TransitionRecord {
    rules = List.copyOf(rules);
    summary = List.copyOf(summary);
    actionKeys = List.copyOf(actionKeys);
  }

  /** Reads a record; the message of the exception says what is wrong with it. */
  public static TransitionRecord parse(String id, byte[] data) throws CibXml.CibXmlException {
    Element t = CibXml.parse(new String(data, StandardCharsets.UTF_8));
    if (!"transition".equals(t.getTagName())) {
      throw new CibXml.CibXmlException("transition " + id + " is not a transition record: <" + t.getTagName() + ">",
          null);
    }
    Instant at;
    try {
      at = Instant.parse(t.getAttribute("at"));
    } catch (DateTimeParseException e) {
      throw new CibXml.CibXmlException("transition " + id + " has no readable time: " + e.getMessage(), e);
    }
    List<String> summary = new ArrayList<>();
    for (Element s : CibXml.children(t, "summary")) {
      summary.add(s.getTextContent());
    }
    List<String> actions = new ArrayList<>();
    for (Element a : CibXml.children(t, "action")) {
      if ("true".equals(a.getAttribute("runnable"))) {
        actions.add(a.getAttribute("key") + (a.hasAttribute("node") ? " on " + a.getAttribute("node") : ""));
      }
    }
    Optional<Element> input = CibXml.children(t, "input").stream().findFirst()
        .flatMap(i -> CibXml.children(i, "cib").stream().findFirst());
    String rules = t.getAttribute("rules");
    return new TransitionRecord(id, t.getAttribute("dc"), parseLong(t.getAttribute("epoch")),
        t.getAttribute("input-generation"), parseLong(t.getAttribute("input-num-updates")), at,
        rules.isEmpty() ? List.of() : List.of(rules.split(",")), t.getAttribute("rules-digest"), summary, actions,
        input);
  }

  /** The recorded transition ids, oldest first (none when nothing was recorded yet). */
  public static List<String> ids(CuratorFramework client, CibPaths paths) throws Exception {
    try {
      List<String> ids = new ArrayList<>(client.getChildren().forPath(paths.transitions()));
      ids.sort(null);
      return ids;
    } catch (KeeperException.NoNodeException e) {
      return List.of();
    }
  }

  /** One recorded transition, or empty when there is none by that id. */
  public static Optional<TransitionRecord> read(CuratorFramework client, CibPaths paths, String id) throws Exception {
    byte[] data;
    try {
      data = client.getData().forPath(paths.transitions() + "/" + id);
    } catch (KeeperException.NoNodeException e) {
      return Optional.empty();
    }
    return Optional.of(parse(id, data));
  }

  /** A short digest of the named rule files' text, to tell whether they changed since. */
  public static String rulesDigest(SortedMap<String, String> files) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> f : files.entrySet()) {
        md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.getValue().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

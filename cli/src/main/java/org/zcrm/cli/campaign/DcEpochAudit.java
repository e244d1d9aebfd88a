package org.zcrm.cli.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves from the node daemons' logs that exactly one DC epoch acted at any time: every epoch's
 * actions were sent by one node only, and no action of an epoch was executed by any node after an
 * action of a newer epoch had been sent (a new DC waits for the older DC's actions to finish, and
 * executors refuse older epochs). All daemons run on one machine and log the same wall clock.
 */
public final class DcEpochAudit {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final Pattern SENT = Pattern.compile("Sent action .* znode=(\\d+)-\\d+");
  private static final Pattern EXECUTING = Pattern.compile("Executing action node=(\\S+) resource=(\\S+) task=(\\S+) epoch=(\\d+)");
  private static final Pattern BECAME = Pattern.compile("Became DC node=(\\S+) epoch=(\\d+)");

  /** One action sent by a DC or executed by a node. */
  public record Act(LocalDateTime at, String node, long epoch, boolean sent, String what) {}

  /** Violations, and how many epochs and actions were seen. */
  public record Result(List<String> violations, int epochs, int sent, int executed) {}

  private DcEpochAudit() {}

  /** Reads NODE.log for each node of the folder. */
  public static List<Act> read(Path runDir, List<String> nodes) throws IOException {
    List<Act> out = new ArrayList<>();
    for (String n : nodes) {
      Path log = runDir.resolve(n + ".log");
      if (Files.exists(log)) {
        out.addAll(parse(n, Files.readAllLines(log)));
      }
    }
    return out;
  }

  public static List<Act> parse(String node, List<String> lines) {
    List<Act> out = new ArrayList<>();
    for (String line : lines) {
      if (line.length() < 23) {
        continue;
      }
      LocalDateTime at;
      try {
        at = LocalDateTime.parse(line.substring(0, 23), TIME);
      } catch (java.time.format.DateTimeParseException e) {
        continue;
      }
      Matcher m = SENT.matcher(line);
      if (m.find()) {
        out.add(new Act(at, node, Long.parseLong(m.group(1)), true, line.substring(m.start())));
        continue;
      }
      m = EXECUTING.matcher(line);
      if (m.find()) {
        out.add(new Act(at, node, Long.parseLong(m.group(4)), false, m.group(3) + " " + m.group(2) + " on " + m.group(1)));
        continue;
      }
      m = BECAME.matcher(line);
      if (m.find()) {
        out.add(new Act(at, node, Long.parseLong(m.group(2)), true, "became DC"));
      }
    }
    return out;
  }

  public static Result check(List<Act> acts) {
    List<String> violations = new ArrayList<>();
    SortedMap<Long, TreeSet<String>> senders = new TreeMap<>();
    SortedMap<Long, LocalDateTime> firstSent = new TreeMap<>();
    int sent = 0;
    int executed = 0;
    for (Act a : acts) {
      if (a.sent()) {
        senders.computeIfAbsent(a.epoch(), k -> new TreeSet<>()).add(a.node());
        if (!a.what().equals("became DC")) {
          // a new DC first waits for the older epoch's actions: its first action marks its start
          firstSent.merge(a.epoch(), a.at(), (x, y) -> x.isBefore(y) ? x : y);
          sent++;
        }
      } else {
        executed++;
      }
    }
    for (Map.Entry<Long, TreeSet<String>> e : senders.entrySet()) {
      if (e.getValue().size() > 1) {
        violations.add("DC epoch " + e.getKey() + " acted from several nodes: " + e.getValue());
      }
    }
    for (Act a : acts) {
      if (a.sent() && a.what().equals("became DC")) {
        continue;
      }
      // the first moment a newer epoch acted
      for (Map.Entry<Long, LocalDateTime> newer : firstSent.tailMap(a.epoch() + 1).entrySet()) {
        if (a.at().isAfter(newer.getValue())) {
          violations.add(String.format(Locale.ROOT, "epoch %d still acting at %s (%s: %s) after epoch %d began at %s",
              a.epoch(), a.at(), a.node(), a.what(), newer.getKey(), newer.getValue()));
          break;
        }
      }
    }
    return new Result(List.copyOf(violations), senders.size(), sent, executed);
  }
}

package org.zcrm.cli.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit log shared by the Dummy agents of every node and by the campaign: one line per event,
 * {@code node=N resource=R action=start|stop mono=SECONDS ...} from the agents, and
 * {@code node=N action=down|up mono=...} / {@code node=N resource=R action=lost mono=...} written by
 * the campaign when a node's process dies (and {@code action=down} by fence_zcrm_process when it
 * killed it), when a node is started again after its state was wiped
 * (a reboot), and when the campaign deletes a resource's state file (the service died).
 */
public final class AuditTrail {

  /** What one line says. Order is the tie-break at equal timestamps: ends before beginnings. */
  public enum Kind { STOP, LOST, DOWN, UP, START }

  /** One line of the log. */
  public record Event(double mono, String node, String resource, Kind kind, int line) {}

  public static final Comparator<Event> ORDER = Comparator.comparingDouble(Event::mono)
      .thenComparing(Event::kind).thenComparingInt(Event::line);

  private AuditTrail() {}

  public static List<Event> read(Path file) throws IOException {
    return parse(Files.exists(file) ? Files.readAllLines(file) : List.of());
  }

  /** Parses lines; lines without a known action or a numeric mono are skipped. Sorted by {@link #ORDER}. */
  public static List<Event> parse(List<String> lines) {
    List<Event> out = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      Map<String, String> kv = new TreeMap<>();
      for (String part : line.trim().split(" ")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
      Kind kind = switch (kv.getOrDefault("action", "")) {
        case "start" -> Kind.START;
        case "stop" -> Kind.STOP;
        case "lost" -> Kind.LOST;
        case "down" -> Kind.DOWN;
        case "up" -> Kind.UP;
        default -> null;
      };
      if (kind == null || !kv.containsKey("node")) {
        continue;
      }
      double mono;
      try {
        mono = Double.parseDouble(kv.getOrDefault("mono", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      out.add(new Event(mono, kv.get("node"), kv.getOrDefault("resource", ""), kind, n));
    }
    out.sort(ORDER);
    return out;
  }

  /** The line the campaign appends for a node event (down, up). */
  public static String nodeLine(String node, Kind kind, double mono) {
    return String.format(java.util.Locale.ROOT, "node=%s action=%s mono=%.3f by=campaign%n", node,
        kind.name().toLowerCase(java.util.Locale.ROOT), mono);
  }

  /** The line the campaign appends when it removed a resource's state file. */
  public static String lostLine(String node, String resource, double mono) {
    return String.format(java.util.Locale.ROOT, "node=%s resource=%s action=lost mono=%.3f by=campaign%n", node,
        resource, mono);
  }
}

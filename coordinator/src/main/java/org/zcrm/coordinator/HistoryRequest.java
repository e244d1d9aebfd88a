package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zcrm.executor.history.OperationRecord;

/**
 * An operator's request to a node daemon, in requests/&lt;node&gt;/&lt;mode&gt;-&lt;seq&gt;: forget
 * part of the operation history of some resources (all when the list is empty) and probe them
 * again, as crm_resource's --cleanup (failures and fail counts only) and --refresh (the whole
 * history) do. Stored as "key=value" lines; the node deletes the znode once it has handled it.
 */
public record HistoryRequest(Mode mode, List<String> resources) {

  /** What to forget. */
  public enum Mode {
    /** Failed operations and fail counts. */
    CLEANUP,
    /** The whole operation history (and fail counts). */
    REFRESH;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public HistoryRequest {
    resources = List.copyOf(new TreeSet<>(resources));
  }

  /** The znode name prefix of a request (ZooKeeper appends the sequence number). */
  public String znodePrefix() {
    return mode.word() + "-";
  }

  /** True when the request covers this history entry: a listed primitive or one of its clone instances. */
  public boolean covers(String historyId) {
    return resources.isEmpty() || resources.contains(historyId)
        || instanceOf(historyId).filter(resources::contains).isPresent();
  }

  /** "C" for a clone instance's id "C:N", else empty. */
  public static Optional<String> instanceOf(String id) {
    int colon = id.lastIndexOf(':');
    if (colon <= 0 || colon == id.length() - 1) {
      return Optional.empty();
    }
    for (int i = colon + 1; i < id.length(); i++) {
      if (!Character.isDigit(id.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(id.substring(0, colon));
  }

  /** The ids of the records a request of this mode forgets from one resource's history. */
  public static Set<String> forgotten(Mode mode, List<OperationRecord> ops) {
    if (mode == Mode.CLEANUP) {
      return failedRecordIds(ops);
    }
    Set<String> out = new TreeSet<>();
    for (OperationRecord o : ops) {
      if (o.opStatus() != -1) {
        out.add(o.id()); // an action in flight keeps its pending record
      }
    }
    return out;
  }

  /**
   * The records a cleanup forgets from one resource's history: its last failure and the one-shot
   * record that is the same failure (same call id). Pending records are kept.
   */
  public static Set<String> failedRecordIds(List<OperationRecord> ops) {
    Set<String> out = new TreeSet<>();
    for (OperationRecord f : ops) {
      if (f.id().endsWith("_last_failure_0")) {
        out.add(f.id());
        for (OperationRecord o : ops) {
          if (o.callId() == f.callId() && o.opStatus() != -1) {
            out.add(o.id());
          }
        }
      }
    }
    return out;
  }

  public byte[] toBytes() {
    return ("mode=" + mode.word() + "\nresources=" + String.join(",", resources) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Parses a request znode's data; IllegalArgumentException when it is not one. */
  public static HistoryRequest parse(byte[] data) {
    String mode = null;
    List<String> rscs = new ArrayList<>();
    for (String line : new String(data, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String k = line.substring(0, eq).trim();
      String v = line.substring(eq + 1).trim();
      if (k.equals("mode")) {
        mode = v;
      } else if (k.equals("resources") && !v.isEmpty()) {
        rscs.addAll(List.of(v.split(",")));
      }
    }
    if (mode == null) {
      throw new IllegalArgumentException("request without a mode");
    }
    try {
      return new HistoryRequest(Mode.valueOf(mode.toUpperCase(Locale.ROOT)), rscs);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown request mode '" + mode + "'", e);
    }
  }
}

package org.zcrm.coordinator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.zcrm.fence.FenceAction;

/** A request left for the DC under fencing/requests by `zcrm fence` (key=value lines). */
public final class FenceRequests {
  private FenceRequests() {}

  /** Fence {@code target} with {@code action}, or, when {@code confirm}, record it as fenced by hand. */
  public record Request(String target, FenceAction action, boolean confirm, String client) {
    public byte[] toBytes() {
      return ("target=" + target + "\naction=" + (confirm ? "confirm" : action.agentName()) + "\nclient=" + client
          + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  public static Request parse(byte[] data) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(data, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable fencing request", e);
    }
    String target = p.getProperty("target");
    String action = p.getProperty("action", "reboot");
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("fencing request without a target");
    }
    boolean confirm = action.equals("confirm");
    FenceAction a = confirm ? FenceAction.OFF : FenceAction.parse(action)
        .orElseThrow(() -> new IllegalArgumentException("unknown fencing action " + action));
    return new Request(target, a, confirm, p.getProperty("client", "zcrm fence"));
  }
}

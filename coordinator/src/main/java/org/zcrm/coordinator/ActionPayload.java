package org.zcrm.coordinator;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.agent.AgentId;

/**
 * What the DC writes into actions/&lt;node&gt;/&lt;epoch&gt;-&lt;seq&gt;: one resource operation with
 * everything the node's executor needs as the engine resolved it for that node (agent, parameters,
 * meta attributes, timeout, interval: a probe is a monitor with interval 0, a recurring monitor has
 * one, a cancel names the interval of the monitor it stops), the DC epoch that sent it and its
 * transition key (whose target rc says what counts as success). Stored as sorted "key=value"
 * lines so that {@code zkCli.sh get} shows something readable.
 */
public record ActionPayload(long epoch, String transitionKey, String resource, String agent, String task,
    long intervalMs, Duration timeout, Map<String, String> params, Map<String, String> meta) {

  public ActionPayload {
    params = Map.copyOf(params);
    meta = Map.copyOf(meta);
  }

  /** The znode name of an action: zero-padded epoch and sequence, so names sort in send order. */
  public static String znodeName(long epoch, long seq) {
    return String.format("%010d-%010d", epoch, seq);
  }

  /** The epoch part of an action znode name, or -1 when the name is not one of ours. */
  public static long epochOf(String znodeName) {
    int dash = znodeName.indexOf('-');
    try {
      return dash > 0 ? Long.parseLong(znodeName.substring(0, dash)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The executor request for this action. */
  public ActionRequest request() {
    return new ActionRequest(resource, AgentId.parse(agent), task, intervalMs, timeout, params, meta,
        transitionKey, null);
  }

  public byte[] toBytes() {
    Map<String, String> kv = new TreeMap<>();
    kv.put("epoch", Long.toString(epoch));
    kv.put("transition-key", transitionKey);
    kv.put("resource", resource);
    kv.put("agent", agent);
    kv.put("task", task);
    kv.put("interval", Long.toString(intervalMs));
    kv.put("timeout", Long.toString(timeout.toMillis()));
    params.forEach((k, v) -> kv.put("param." + k, v));
    meta.forEach((k, v) -> kv.put("meta." + k, v));
    StringWriter w = new StringWriter();
    try {
      // Properties writes in hash order; write sorted lines ourselves through its escaping
      for (Map.Entry<String, String> e : kv.entrySet()) {
        Properties one = new Properties();
        one.setProperty(e.getKey(), e.getValue());
        StringWriter lw = new StringWriter();
        one.store(lw, null);
        lw.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> w.append(l).append('\n'));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write an action", e);
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Parses an action znode's data; IllegalArgumentException when it is not a complete action. */
  public static ActionPayload parse(byte[] data) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(data, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable action", e);
    }
    Map<String, String> params = new TreeMap<>();
    Map<String, String> meta = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      String v = p.getProperty(k);
      if (k.startsWith("param.")) {
        params.put(k.substring(6), v);
      } else if (k.startsWith("meta.")) {
        meta.put(k.substring(5), v);
      }
    }
    try {
      return new ActionPayload(Long.parseLong(need(p, "epoch")), need(p, "transition-key"), need(p, "resource"),
          need(p, "agent"), need(p, "task"), Long.parseLong(need(p, "interval")),
          Duration.ofMillis(Long.parseLong(need(p, "timeout"))), params, meta);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("action with a bad number: " + e.getMessage(), e);
    }
  }

  private static String need(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("action without " + key);
    }
    return v;
  }
}

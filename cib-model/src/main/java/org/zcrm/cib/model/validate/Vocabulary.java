package org.zcrm.cib.model.validate;

import java.util.Locale;
import java.util.Set;

/** The values Pacemaker accepts for enumerated attributes (case-insensitive where Pacemaker is). */
final class Vocabulary {
  private Vocabulary() {}

  /** Resource agent classes (standards) Pacemaker knows. */
  static final Set<String> RESOURCE_CLASSES =
      Set.of("ocf", "lsb", "heartbeat", "stonith", "systemd", "service", "upstart", "nagios");

  /** Roles, new and old names. */
  static final Set<String> ROLES =
      Set.of("stopped", "started", "promoted", "unpromoted", "master", "slave");

  static final Set<String> PROMOTED_ROLES = Set.of("promoted", "unpromoted", "master", "slave");

  static final Set<String> ORDER_KINDS = Set.of("mandatory", "optional", "serialize");

  /** Actions an order constraint or resource set may name. */
  static final Set<String> ORDER_ACTIONS = Set.of("start", "stop", "promote", "demote");

  static final Set<String> RESOURCE_DISCOVERY = Set.of("always", "never", "exclusive");

  static final Set<String> LOSS_POLICIES = Set.of("stop", "demote", "fence", "freeze");

  static final Set<String> ON_FAIL = Set.of("ignore", "block", "stop", "restart", "standby", "fence",
      "restart-container", "demote", "reset", "nothing");

  static final Set<String> NODE_TYPES = Set.of("member", "normal", "remote", "ping");

  static final Set<String> BOOLEAN_OPS = Set.of("and", "or");

  static final Set<String> EXPRESSION_OPS =
      Set.of("lt", "gt", "lte", "gte", "eq", "ne", "defined", "not_defined");

  static final Set<String> EXPRESSION_TYPES = Set.of("string", "integer", "number", "version");

  static final Set<String> VALUE_SOURCES = Set.of("literal", "param", "meta");

  static final Set<String> DATE_OPS = Set.of("lt", "gt", "in_range", "date_spec");

  static final Set<String> SET_ORDERINGS = Set.of("group", "listed");

  /** Actions that cannot be recurring. */
  static final Set<String> NON_RECURRING =
      Set.of("start", "stop", "promote", "demote", "migrate_to", "migrate_from", "notify", "reload",
          "reload-agent");

  /** True when {@code value} (case-insensitive) is in {@code allowed}. */
  static boolean in(Set<String> allowed, String value) {
    return value != null && allowed.contains(value.toLowerCase(Locale.ROOT));
  }

  /** The allowed values for a message, sorted: "a, b or c". */
  static String list(Set<String> allowed) {
    String[] v = allowed.stream().sorted().toArray(String[]::new);
    if (v.length == 1) {
      return v[0];
    }
    return String.join(", ", java.util.Arrays.copyOf(v, v.length - 1)) + " or " + v[v.length - 1];
  }
}

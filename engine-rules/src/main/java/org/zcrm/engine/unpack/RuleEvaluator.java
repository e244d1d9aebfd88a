package org.zcrm.engine.unpack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zcrm.cib.model.rule.DateExpression;
import org.zcrm.cib.model.rule.DateSpec;
import org.zcrm.cib.model.rule.Duration;
import org.zcrm.cib.model.rule.Expression;
import org.zcrm.cib.model.rule.OpExpression;
import org.zcrm.cib.model.rule.RscExpression;
import org.zcrm.cib.model.rule.Rule;

/**
 * Evaluates Pacemaker rule elements (rule, expression, date_expression) against node attributes
 * and a time. Semantics follow Pacemaker's rules.c: default comparison types, and/or, date ranges.
 */
public final class RuleEvaluator {
  /**
   * Rule input keys (never node attribute names) that carry the resource's agent and the
   * operation to rsc_expression and op_expression; absent for node placement rules.
   */
  static final String RSC_CLASS = "\u0000class";
  static final String RSC_PROVIDER = "\u0000provider";
  static final String RSC_TYPE = "\u0000type";
  static final String OP_NAME = "\u0000op-name";
  static final String OP_INTERVAL = "\u0000op-interval";

  private final ModelIds ids;
  private final Instant now;

  RuleEvaluator(ModelIds ids, Instant now) {
    this.ids = ids;
    this.now = now;
  }

  /** True when the rule passes for these attributes. */
  boolean passes(Rule rule, Map<String, String> attrs) {
    rule = ids.resolve(rule, Rule.class);
    boolean or = Values.or(rule.getBooleanOp(), "and").equalsIgnoreCase("or");
    if (!rule.hasChildren()) {
      return true;
    }
    for (Object c : rule.children()) {
      boolean ok = condition(c, attrs);
      if (or && ok) {
        return true;
      }
      if (!or && !ok) {
        return false;
      }
    }
    return !or;
  }

  private boolean condition(Object c, Map<String, String> attrs) {
    if (c instanceof Rule r) {
      return passes(r, attrs);
    }
    if (c instanceof Expression e) {
      return expression(ids.resolve(e, Expression.class), attrs);
    }
    if (c instanceof DateExpression d) {
      return dateExpression(d);
    }
    if (c instanceof RscExpression r) {
      return rscExpression(ids.resolve(r, RscExpression.class), attrs);
    }
    if (c instanceof OpExpression o) {
      return opExpression(ids.resolve(o, OpExpression.class), attrs);
    }
    return true;
  }

  /**
   * rsc_expression: every attribute it names must match the resource's agent. Without resource
   * details in the input (node placement rules), it does not restrict anything.
   */
  private static boolean rscExpression(RscExpression e, Map<String, String> attrs) {
    if (attrs == null || !attrs.containsKey(RSC_CLASS)) {
      return true;
    }
    return matches(e.getResourceClass(), attrs.get(RSC_CLASS))
        && matches(e.getProvider(), attrs.get(RSC_PROVIDER))
        && matches(e.getType(), attrs.get(RSC_TYPE));
  }

  /** op_expression: the operation's name, and its interval when given, must match. */
  private static boolean opExpression(OpExpression e, Map<String, String> attrs) {
    if (attrs == null || !attrs.containsKey(OP_NAME)) {
      return true;
    }
    if (!matches(e.getName(), attrs.get(OP_NAME))) {
      return false;
    }
    return e.getInterval() == null || ResourceReader.durationMillis(e.getInterval())
        == Values.parseLong(attrs.get(OP_INTERVAL), 0);
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  private boolean expression(Expression e, Map<String, String> attrs) {
    String attr = e.getAttribute();
    String op = e.getOperation();
    if (attr == null || op == null) {
      return false;
    }
    op = op.toLowerCase(Locale.ROOT);
    String actual = attrs == null ? null : attrs.get(attr);
    String ref = e.getValue();
    String source = Values.or(e.getValueSource(), "literal");
    if (ref != null && !source.equalsIgnoreCase("literal")) {
      ref = attrs == null ? null : attrs.get(ref);
    }
    switch (op) {
      case "defined":
        return actual != null;
      case "not_defined":
        return actual == null;
      default:
        break;
    }
    String type = e.getType();
    String t;
    if (type == null) {
      boolean numeric = op.equals("lt") || op.equals("lte") || op.equals("gt") || op.equals("gte");
      if (numeric) {
        t = ((actual != null && actual.contains(".")) || (ref != null && ref.contains(".")))
            ? "number" : "integer";
      } else {
        t = "string";
      }
    } else {
      t = type.toLowerCase(Locale.ROOT);
    }
    int cmp = compare(actual, ref, t);
    switch (op) {
      case "eq":
        return cmp == 0;
      case "ne":
        return cmp != 0;
      default:
        break;
    }
    if (actual == null || ref == null) {
      return false;
    }
    switch (op) {
      case "lt": return cmp < 0;
      case "lte": return cmp <= 0;
      case "gt": return cmp > 0;
      case "gte": return cmp >= 0;
      default: return false;
    }
  }

  private static final Pattern INT_PREFIX = Pattern.compile("^\\s*([+-]?\\d+)");
  private static final Pattern DBL_PREFIX =
      Pattern.compile("^\\s*([+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?))");

  static int compare(String a, String b, String type) {
    if (b == null) {
      return a == null ? 0 : 1;
    }
    if (a == null) {
      return -1;
    }
    switch (type) {
      case "integer": {
        Matcher ma = INT_PREFIX.matcher(a);
        Matcher mb = INT_PREFIX.matcher(b);
        if (!ma.find() || !mb.find()) {
          return a.compareToIgnoreCase(b);
        }
        try {
          return Long.compare(Long.parseLong(ma.group(1).replace("+", "")),
              Long.parseLong(mb.group(1).replace("+", "")));
        } catch (NumberFormatException ex) {
          return a.compareToIgnoreCase(b);
        }
      }
      case "number": {
        Matcher ma = DBL_PREFIX.matcher(a);
        Matcher mb = DBL_PREFIX.matcher(b);
        if (!ma.find() || !mb.find()) {
          return a.compareToIgnoreCase(b);
        }
        return Double.compare(Double.parseDouble(ma.group(1)), Double.parseDouble(mb.group(1)));
      }
      case "version":
        return compareVersions(a, b);
      case "string":
        return Integer.signum(a.compareToIgnoreCase(b));
      default:
        return 0;
    }
  }

  private static int compareVersions(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      long x = i < pa.length ? Values.parseLong(pa[i], 0) : 0;
      long y = i < pb.length ? Values.parseLong(pb[i], 0) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }

  private boolean dateExpression(DateExpression e) {
    String op = Values.or(e.getOperation(), "in_range");
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    switch (op) {
      case "gt": {
        ZonedDateTime start = parseDate(e.getStart());
        return start != null && t.isAfter(start);
      }
      case "lt": {
        ZonedDateTime end = parseDate(e.getEnd());
        return end != null && t.isBefore(end);
      }
      case "date_spec": {
        DateSpec spec = e.dateSpec();
        return spec == null || dateSpec(spec, t);
      }
      default: {
        ZonedDateTime start = parseDate(e.getStart());
        ZonedDateTime end = parseDate(e.getEnd());
        if (end == null && start != null) {
          Duration d = e.duration();
          if (d != null) {
            end = addDuration(start, d);
          }
        }
        if (start == null && end == null) {
          return false;
        }
        if (start != null && t.isBefore(start)) {
          return false;
        }
        return end == null || !t.isAfter(end);
      }
    }
  }

  private static ZonedDateTime addDuration(ZonedDateTime start, Duration d) {
    ZonedDateTime r = start;
    r = r.plusYears(Values.parseLong(d.getYears(), 0));
    r = r.plusMonths(Values.parseLong(d.getMonths(), 0));
    r = r.plusWeeks(Values.parseLong(d.getWeeks(), 0));
    r = r.plusDays(Values.parseLong(d.getDays(), 0));
    r = r.plusHours(Values.parseLong(d.getHours(), 0));
    r = r.plusMinutes(Values.parseLong(d.getMinutes(), 0));
    r = r.plusSeconds(Values.parseLong(d.getSeconds(), 0));
    return r;
  }

  private static boolean dateSpec(DateSpec s, ZonedDateTime t) {
    return inRange(s.getYears(), t.getYear())
        && inRange(s.getMonths(), t.getMonthValue())
        && inRange(s.getMonthdays(), t.getDayOfMonth())
        && inRange(s.getHours(), t.getHour())
        && inRange(s.getMinutes(), t.getMinute())
        && inRange(s.getSeconds(), t.getSecond())
        && inRange(s.getYeardays(), t.getDayOfYear())
        && inRange(s.getWeekyears(), t.get(IsoFields.WEEK_BASED_YEAR))
        && inRange(s.getWeeks(), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        && inRange(s.getWeekdays(), t.getDayOfWeek().getValue());
  }

  private static boolean inRange(String spec, int v) {
    if (spec == null) {
      return true;
    }
    String s = spec.trim();
    int dash = s.indexOf('-', 1);
    if (dash > 0) {
      long lo = Values.parseLong(s.substring(0, dash), Long.MIN_VALUE);
      String hi = s.substring(dash + 1).trim();
      long h = hi.isEmpty() ? Long.MAX_VALUE : Values.parseLong(hi, Long.MAX_VALUE);
      return v >= lo && v <= h;
    }
    return Values.parseLong(s, Long.MIN_VALUE) == v;
  }

  private static final Pattern ORDINAL = Pattern.compile("^(\\d{4})-(\\d{3})(?:[T ](.*))?$");

  /** Parses the ISO 8601 forms Pacemaker accepts (calendar, ordinal, with optional time); UTC. */
  static ZonedDateTime parseDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim();
    try {
      Matcher m = ORDINAL.matcher(v);
      if (m.matches()) {
        LocalDate d = LocalDate.ofYearDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        ZonedDateTime z = d.atStartOfDay(ZoneOffset.UTC);
        return m.group(3) == null ? z : z.plus(parseTime(m.group(3)), ChronoUnit.SECONDS);
      }
      String[] parts = v.split("[T ]", 2);
      LocalDate d = LocalDate.parse(parts[0]);
      ZonedDateTime z = d.atStartOfDay(ZoneOffset.UTC);
      if (parts.length > 1) {
        z = z.plus(parseTime(parts[1]), ChronoUnit.SECONDS);
      }
      return z;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static long parseTime(String t) {
    String x = t.trim();
    long offset = 0;
    if (x.endsWith("Z")) {
      x = x.substring(0, x.length() - 1);
    } else {
      int p = Math.max(x.lastIndexOf('+'), x.lastIndexOf('-'));
      if (p > 0) {
        String off = x.substring(p + 1);
        String[] oh = off.split(":");
        offset = Long.parseLong(oh[0].length() > 2 ? oh[0].substring(0, 2) : oh[0]) * 3600;
        if (oh.length > 1) {
          offset += Long.parseLong(oh[1]) * 60;
        }
        if (x.charAt(p) == '+') {
          offset = -offset;
        }
        x = x.substring(0, p);
      }
    }
    String[] hms = x.split(":");
    long secs = Long.parseLong(hms[0]) * 3600;
    if (hms.length > 1) {
      secs += Long.parseLong(hms[1]) * 60;
    }
    if (hms.length > 2) {
      secs += (long) Double.parseDouble(hms[2]);
    }
    return secs + offset;
  }

  /** Parses "now" given to the engine (--date): ISO 8601 or epoch seconds. */
  public static Instant parseInstant(String s) {
    String v = s.trim();
    if (v.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(v));
    }
    ZonedDateTime z = parseDate(v);
    if (z == null) {
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Cannot read date '" + s
            + "': use ISO 8601 (2024-01-31T12:00:00Z) or epoch seconds", e);
      }
    }
    return z.toInstant();
  }
}

package org.zcrm.cib.model.validate;

import static org.zcrm.cib.model.validate.ValidationContext.q;

import java.util.regex.Pattern;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.rule.DateExpression;
import org.zcrm.cib.model.rule.DateSpec;
import org.zcrm.cib.model.rule.Duration;
import org.zcrm.cib.model.rule.Expression;
import org.zcrm.cib.model.rule.OpExpression;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.cib.model.value.PcmkDate;
import org.zcrm.cib.model.value.PcmkDuration;

/**
 * Rules wherever they appear (locations, attribute sets, defaults): boolean operators, scores,
 * expression operations and types, dates, date specs and durations.
 */
final class RuleCheck {
  private static final Pattern RANGE = Pattern.compile("\\s*\\d+\\s*(-\\s*\\d+\\s*)?");
  private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d+\\s*");

  private RuleCheck() {}

  static void run(ValidationContext ctx) {
    if (ctx.config == null) {
      return;
    }
    ValidationContext.walk(ctx.config, (parent, e) -> {
      if (e instanceof Rule r) {
        checkRule(ctx, r);
      } else if (e instanceof Expression x) {
        checkExpression(ctx, x);
      } else if (e instanceof DateExpression d) {
        checkDate(ctx, d);
      } else if (e instanceof DateSpec s) {
        checkDateSpec(ctx, s);
      } else if (e instanceof Duration d) {
        checkDuration(ctx, d);
      } else if (e instanceof OpExpression o) {
        if (o.getName() == null) {
          ctx.error(o, "has no name (the operation to match)");
        }
        if (o.getInterval() != null && !PcmkDuration.isValid(o.getInterval())) {
          ctx.error(o, "interval " + q(o.getInterval()) + " is not a time span");
        }
      }
    });
  }

  private static void checkRule(ValidationContext ctx, Rule r) {
    if (r.getIdRef() != null) {
      return;
    }
    if (r.getBooleanOp() != null && !Vocabulary.in(Vocabulary.BOOLEAN_OPS, r.getBooleanOp())) {
      ctx.error(r, "invalid boolean-op " + q(r.getBooleanOp()) + " (use and or or)");
    }
    ConstraintCheck.checkScore(ctx, r, "score", r.getScore(), true);
    ConstraintCheck.checkRole(ctx, r, "role", r.getRole());
    if (r.conditions().isEmpty()) {
      ctx.warn(r, "contains no conditions; ignored");
    }
  }

  private static void checkExpression(ValidationContext ctx, Expression x) {
    if (x.getIdRef() != null) {
      return;
    }
    if (x.getAttribute() == null) {
      ctx.error(x, "has no attribute (the node attribute to test)");
    }
    String op = x.getOperation();
    if (op == null) {
      ctx.error(x, "has no operation");
    } else if (!Vocabulary.in(Vocabulary.EXPRESSION_OPS, op)) {
      ctx.error(x, "invalid operation " + q(op) + " (use " + Vocabulary.list(Vocabulary.EXPRESSION_OPS) + ")");
    } else if (x.getValue() == null && !op.equals("defined") && !op.equals("not_defined")) {
      ctx.error(x, "operation " + q(op) + " needs a value");
    }
    if (x.getType() != null && !Vocabulary.in(Vocabulary.EXPRESSION_TYPES, x.getType())) {
      ctx.error(x, "invalid type " + q(x.getType()) + " (use "
          + Vocabulary.list(Vocabulary.EXPRESSION_TYPES) + ")");
    }
    if (x.getValueSource() != null && !Vocabulary.in(Vocabulary.VALUE_SOURCES, x.getValueSource())) {
      ctx.error(x, "invalid value-source " + q(x.getValueSource()) + " (use literal, param or meta)");
    }
  }

  private static void checkDate(ValidationContext ctx, DateExpression d) {
    String op = d.getOperation() == null ? "in_range" : d.getOperation();
    if (!Vocabulary.in(Vocabulary.DATE_OPS, op)) {
      ctx.error(d, "invalid operation " + q(op) + " (use " + Vocabulary.list(Vocabulary.DATE_OPS) + ")");
      return;
    }
    checkDateValue(ctx, d, "start", d.getStart());
    checkDateValue(ctx, d, "end", d.getEnd());
    switch (op) {
      case "gt" -> {
        if (d.getStart() == null) {
          ctx.error(d, "operation gt needs a start");
        }
      }
      case "lt" -> {
        if (d.getEnd() == null) {
          ctx.error(d, "operation lt needs an end");
        }
      }
      case "in_range" -> {
        if (d.getStart() == null && d.getEnd() == null) {
          ctx.error(d, "operation in_range needs a start or an end");
        } else if (d.getEnd() == null && d.duration() == null && d.getStart() == null) {
          ctx.error(d, "operation in_range needs an end or a duration");
        }
      }
      case "date_spec" -> {
        if (d.dateSpec() == null) {
          ctx.error(d, "operation date_spec needs a <date_spec>");
        }
      }
      default -> throw new IllegalStateException(op);
    }
  }

  private static void checkDateValue(ValidationContext ctx, CibElement e, String attr, String v) {
    if (v != null && !PcmkDate.isValid(v)) {
      ctx.error(e, attr + " " + q(v) + " is not an ISO 8601 date (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)");
    }
  }

  private static void checkDateSpec(ValidationContext ctx, DateSpec s) {
    String[][] fields = {
      {"hours", s.getHours()}, {"monthdays", s.getMonthdays()}, {"weekdays", s.getWeekdays()},
      {"yeardays", s.getYeardays()}, {"months", s.getMonths()}, {"weeks", s.getWeeks()},
      {"years", s.getYears()}, {"weekyears", s.getWeekyears()}, {"moon", s.getMoon()},
      {"minutes", s.getMinutes()}, {"seconds", s.getSeconds()}
    };
    for (String[] f : fields) {
      if (f[1] != null && !RANGE.matcher(f[1]).matches()) {
        ctx.error(s, f[0] + " " + q(f[1]) + " is not a number or a range like 9-17");
      }
    }
  }

  private static void checkDuration(ValidationContext ctx, Duration d) {
    String[][] fields = {
      {"years", d.getYears()}, {"months", d.getMonths()}, {"weeks", d.getWeeks()}, {"days", d.getDays()},
      {"hours", d.getHours()}, {"minutes", d.getMinutes()}, {"seconds", d.getSeconds()}
    };
    for (String[] f : fields) {
      if (f[1] != null && !INTEGER.matcher(f[1]).matches()) {
        ctx.error(d, f[0] + " " + q(f[1]) + " is not an integer");
      }
    }
  }
}

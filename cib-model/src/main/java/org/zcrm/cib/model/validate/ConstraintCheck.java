package org.zcrm.cib.model.validate;

import static org.zcrm.cib.model.validate.ValidationContext.q;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.constraint.Constraint;
import org.zcrm.cib.model.constraint.Constraints;
import org.zcrm.cib.model.constraint.ResourceRef;
import org.zcrm.cib.model.constraint.ResourceSet;
import org.zcrm.cib.model.constraint.RscColocation;
import org.zcrm.cib.model.constraint.RscLocation;
import org.zcrm.cib.model.constraint.RscOrder;
import org.zcrm.cib.model.constraint.RscTicket;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.cib.model.value.PcmkBool;
import org.zcrm.cib.model.value.Score;

/**
 * Constraints: what they refer to exists (resources, templates, tags, sets), scores, roles, actions
 * and kinds are valid, and each constraint has the attributes its kind needs.
 */
final class ConstraintCheck {
  private ConstraintCheck() {}

  static void run(ValidationContext ctx) {
    Constraints cs = ctx.config == null ? null : ctx.config.constraints();
    if (cs == null) {
      return;
    }
    for (Constraint c : cs.all()) {
      for (ResourceSet set : c.resourceSets()) {
        checkSet(ctx, set);
      }
      if (c instanceof RscLocation l) {
        checkLocation(ctx, l);
      } else if (c instanceof RscColocation co) {
        checkColocation(ctx, co);
      } else if (c instanceof RscOrder o) {
        checkOrder(ctx, o);
      } else if (c instanceof RscTicket t) {
        checkTicket(ctx, t);
      }
    }
  }

  private static void checkLocation(ValidationContext ctx, RscLocation l) {
    boolean sets = !l.resourceSets().isEmpty();
    if (l.getRsc() != null && ctx.clonedIn.containsKey(l.getRsc())) {
      // Pacemaker ignores such a location with a warning (colocations and orders are errors)
      ctx.warn(l, "rsc " + ctx.constraintTargetProblem(l.getRsc()) + "; the constraint is ignored");
    } else if (l.getRsc() != null) {
      checkTarget(ctx, l, "rsc", l.getRsc());
    } else if (l.getRscPattern() != null) {
      try {
        Pattern.compile(l.getRscPattern());
      } catch (PatternSyntaxException e) {
        ctx.error(l, "rsc-pattern " + q(l.getRscPattern()) + " is not a valid regular expression: "
            + e.getDescription());
      }
    } else if (!sets) {
      ctx.error(l, "names no resource (needs rsc, rsc-pattern or a resource_set)");
    }
    checkRole(ctx, l, "role", l.getRole());
    List<Rule> rules = l.rules();
    if (l.getNode() != null) {
      checkScore(ctx, l, "score", l.getScore(), true);
      if (l.getScore() == null) {
        ctx.error(l, "names node " + q(l.getNode()) + " but has no score");
      }
      if (!ctx.nodesByName.containsKey(l.getNode())) {
        ctx.warn(l, "node " + q(l.getNode())
            + " is not in the nodes section (the constraint applies only if such a node joins)");
      }
    } else if (rules.isEmpty()) {
      ctx.error(l, "has neither node and score nor a rule");
    }
    for (Rule r : rules) {
      if (r.getIdRef() == null && r.getScore() == null && r.getScoreAttribute() == null) {
        ctx.error(r, "a location rule needs a score or a score-attribute");
      }
    }
    if (l.getResourceDiscovery() != null
        && !Vocabulary.in(Vocabulary.RESOURCE_DISCOVERY, l.getResourceDiscovery())) {
      ctx.error(l, "invalid resource-discovery " + q(l.getResourceDiscovery()) + " (use "
          + Vocabulary.list(Vocabulary.RESOURCE_DISCOVERY) + ")");
    }
  }

  private static void checkColocation(ValidationContext ctx, RscColocation c) {
    if (c.resourceSets().isEmpty()) {
      require(ctx, c, "rsc", c.getRsc());
      require(ctx, c, "with-rsc", c.getWithRsc());
      checkTarget(ctx, c, "rsc", c.getRsc());
      checkTarget(ctx, c, "with-rsc", c.getWithRsc());
      if (c.getRsc() != null && c.getWithRsc() != null && isTemplateOrTag(ctx, c.getRsc())
          && isTemplateOrTag(ctx, c.getWithRsc())) {
        ctx.error(c, "two templates or tags cannot be colocated with each other");
      }
    }
    checkScore(ctx, c, "score", c.getScore(), false);
    checkRole(ctx, c, "rsc-role", c.getRscRole());
    checkRole(ctx, c, "with-rsc-role", c.getWithRscRole());
    if (c.getInfluence() != null && !PcmkBool.isBoolean(c.getInfluence())) {
      ctx.warn(c, "influence " + q(c.getInfluence()) + " is not a boolean; the default is used");
    }
  }

  private static void checkOrder(ValidationContext ctx, RscOrder o) {
    if (o.resourceSets().isEmpty()) {
      require(ctx, o, "first", o.getFirst());
      require(ctx, o, "then", o.getThen());
      checkTarget(ctx, o, "first", o.getFirst());
      checkTarget(ctx, o, "then", o.getThen());
    }
    checkAction(ctx, o, "first-action", o.getFirstAction());
    checkAction(ctx, o, "then-action", o.getThenAction());
    checkKind(ctx, o, o.getKind());
    checkScore(ctx, o, "score", o.getScore(), false);
    checkBool(ctx, o, "symmetrical", o.getSymmetrical());
    checkBool(ctx, o, "require-all", o.getRequireAll());
  }

  private static void checkTicket(ValidationContext ctx, RscTicket t) {
    require(ctx, t, "ticket", t.getTicket());
    if (t.resourceSets().isEmpty()) {
      require(ctx, t, "rsc", t.getRsc());
      checkTarget(ctx, t, "rsc", t.getRsc());
    }
    checkRole(ctx, t, "rsc-role", t.getRscRole());
    if (t.getLossPolicy() != null && !Vocabulary.in(Vocabulary.LOSS_POLICIES, t.getLossPolicy())) {
      ctx.error(t, "invalid loss-policy " + q(t.getLossPolicy()) + " (use "
          + Vocabulary.list(Vocabulary.LOSS_POLICIES) + ")");
    }
  }

  private static void checkSet(ValidationContext ctx, ResourceSet set) {
    if (set.getIdRef() != null) {
      return; // resolved by IdCheck
    }
    for (ResourceRef ref : set.refs()) {
      if (ref.getId() == null) {
        ctx.error(set, "has a resource_ref without id");
      } else {
        String problem = ctx.constraintTargetProblem(ref.getId());
        if (problem != null) {
          ctx.error(set, "resource_ref " + problem);
        }
      }
    }
    checkRole(ctx, set, "role", set.getRole());
    checkAction(ctx, set, "action", set.getAction());
    checkKind(ctx, set, set.getKind());
    checkScore(ctx, set, "score", set.getScore(), false);
    checkBool(ctx, set, "sequential", set.getSequential());
    checkBool(ctx, set, "require-all", set.getRequireAll());
    if (set.getOrdering() != null && !Vocabulary.in(Vocabulary.SET_ORDERINGS, set.getOrdering())) {
      ctx.error(set, "invalid ordering " + q(set.getOrdering()) + " (use group or listed)");
    }
  }

  private static boolean isTemplateOrTag(ValidationContext ctx, String id) {
    return !ctx.resources.containsKey(id) && (ctx.templates.containsKey(id) || ctx.tags.containsKey(id));
  }

  private static void require(ValidationContext ctx, CibElement e, String attr, String value) {
    if (value == null) {
      ctx.error(e, "has no " + attr);
    }
  }

  private static void checkTarget(ValidationContext ctx, CibElement e, String attr, String id) {
    String problem = id == null ? null : ctx.constraintTargetProblem(id);
    if (problem != null) {
      ctx.error(e, attr + " " + problem);
    }
  }

  static void checkScore(ValidationContext ctx, CibElement e, String attr, String score, boolean health) {
    if (score == null || Score.isValid(score) || (health && Score.isHealthKeyword(score))) {
      return;
    }
    ctx.error(e, attr + " " + q(score) + " is not a score (an integer, INFINITY or -INFINITY)");
  }

  static void checkRole(ValidationContext ctx, CibElement e, String attr, String role) {
    if (role != null && !Vocabulary.in(Vocabulary.ROLES, role)) {
      ctx.error(e, "invalid " + attr + " " + q(role)
          + " (use Started, Stopped, Promoted or Unpromoted; Master and Slave are old names)");
    }
  }

  private static void checkAction(ValidationContext ctx, CibElement e, String attr, String action) {
    check(ctx, e, attr, action, Vocabulary.ORDER_ACTIONS);
  }

  private static void checkKind(ValidationContext ctx, CibElement e, String kind) {
    check(ctx, e, "kind", kind, Vocabulary.ORDER_KINDS);
  }

  private static void check(ValidationContext ctx, CibElement e, String attr, String v, Set<String> ok) {
    if (v != null && !Vocabulary.in(ok, v)) {
      ctx.error(e, "invalid " + attr + " " + q(v) + " (use " + Vocabulary.list(ok) + ")");
    }
  }

  static void checkBool(ValidationContext ctx, CibElement e, String attr, String v) {
    if (v != null && !PcmkBool.isBoolean(v)) {
      ctx.error(e, attr + " " + q(v) + " is not a boolean (true or false)");
    }
  }
}

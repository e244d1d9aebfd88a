package org.zcrm.cib.model.validate;

import java.util.List;
import org.zcrm.cib.model.Cib;

/**
 * Checks a CIB the way crm_verify does, as far as zcrm knows: ids, references, resources,
 * constraints, rules, nodes, options, fencing topology, alerts, status. Errors are what Pacemaker's
 * schema rejects or what cannot be resolved; warnings are what Pacemaker works around. Pure: no I/O.
 */
public final class CibValidator {
  private CibValidator() {}

  /** Every problem found, errors and warnings, grouped by check in a stable order. */
  public static List<Problem> validate(Cib cib) {
    ValidationContext ctx = new ValidationContext(cib);
    if (cib.configuration() == null) {
      ctx.error(cib, "has no <configuration> section");
      return ctx.problems();
    }
    IdCheck.run(ctx);
    ResourceCheck.run(ctx);
    ConstraintCheck.run(ctx);
    RuleCheck.run(ctx);
    ClusterCheck.run(ctx);
    return ctx.problems();
  }

  /** True when any problem is an error. */
  public static boolean hasErrors(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::isError);
  }
}

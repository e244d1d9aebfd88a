package org.zcrm.cib.model.validate;

import static org.zcrm.cib.model.validate.ValidationContext.q;

import java.util.List;
import java.util.Map;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.ObjRef;
import org.zcrm.cib.model.constraint.ResourceRef;

/**
 * Ids in the configuration: unique (Pacemaker's schema types them as XML IDs), present where
 * required, and every {@code id-ref} names an element of the same kind.
 */
final class IdCheck {
  private IdCheck() {}

  static void run(ValidationContext ctx) {
    for (Map.Entry<String, List<CibElement>> e : ctx.byId.entrySet()) {
      List<CibElement> users = e.getValue().stream().filter(IdCheck::isDeclaration).toList();
      for (int i = 1; i < users.size(); i++) {
        CibElement first = users.get(0);
        ctx.error(users.get(i), "duplicate id: " + q(e.getKey()) + " is already the id of <"
            + first.elementName() + ">; ids must be unique in the configuration");
      }
    }
    if (ctx.config == null) {
      return;
    }
    ValidationContext.walk(ctx.config, (parent, e) -> {
      String idRef = e instanceof IdReference r ? r.getIdRef() : null;
      String id = e instanceof Identified i ? i.getId() : null;
      if (idRef != null) {
        checkIdRef(ctx, e, idRef);
      } else if (id == null && e instanceof Identified && needsId(e)) {
        ctx.error(e, "has no id");
      }
    });
  }

  /** Node ids are free text in Pacemaker's schema; references are not declarations. */
  private static boolean isDeclaration(CibElement e) {
    return !(e instanceof Node) && !(e instanceof ResourceRef) && !(e instanceof ObjRef)
        && !(e instanceof IdReference r && r.getIdRef() != null);
  }

  /** Every identified configuration element needs its id, except an operations list. */
  private static boolean needsId(CibElement e) {
    return !(e instanceof org.zcrm.cib.model.resource.Operations);
  }

  private static void checkIdRef(ValidationContext ctx, CibElement e, String idRef) {
    List<CibElement> targets = ctx.byId.get(idRef);
    if (targets != null) {
      for (CibElement t : targets) {
        if (t != e && t.elementName().equals(e.elementName())
            && !(t instanceof IdReference r && r.getIdRef() != null)) {
          return;
        }
      }
    }
    ctx.error(e, "id-ref " + q(idRef) + " does not name a <" + e.elementName()
        + "> in the configuration");
  }
}

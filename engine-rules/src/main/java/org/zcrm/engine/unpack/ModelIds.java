package org.zcrm.engine.unpack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;

/**
 * Resolves {@code id-ref} references: every element of the CIB model by its id (the first in
 * document order; references themselves left out). Built on first use, since most CIBs have no
 * references and the status section is most of a large CIB.
 */
final class ModelIds {
  private final Cib cib;
  private Map<String, CibElement> byId;

  ModelIds(Cib cib) {
    this.cib = cib;
  }

  /** The {@code id-ref} attribute of an element, or null. */
  static String idRef(CibElement e) {
    return e instanceof IdReference r ? r.getIdRef() : e.otherAttribute("id-ref");
  }

  private static String id(CibElement e) {
    return e instanceof Identified i ? i.getId() : e.otherAttribute("id");
  }

  private Map<String, CibElement> index() {
    if (byId == null) {
      byId = new HashMap<>();
      // pre-order walk, children in document order: the first element with an id wins
      Deque<CibElement> todo = new ArrayDeque<>();
      todo.push(cib);
      while (!todo.isEmpty()) {
        CibElement e = todo.pop();
        String id = id(e);
        if (id != null && idRef(e) == null) {
          byId.putIfAbsent(id, e);
        }
        if (e.hasChildren()) {
          var kids = e.elementChildren();
          for (int i = kids.size() - 1; i >= 0; i--) {
            todo.push(kids.get(i));
          }
        }
      }
    }
    return byId;
  }

  /**
   * The element an id-ref points to when it is of the same kind ({@code type}), else the element
   * itself.
   */
  <T extends CibElement> T resolve(T e, Class<? extends T> type) {
    if (e == null) {
      return null;
    }
    String ref = idRef(e);
    if (ref == null) {
      return e;
    }
    CibElement t = index().get(ref);
    return type.isInstance(t) ? type.cast(t) : e;
  }
}

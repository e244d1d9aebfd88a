package org.zcrm.engine.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation of the policy: a fresh session per schedule; Java inserts facts and fires one
 * agenda group per phase, then reads the conclusions.
 */
public final class RuleRun implements AutoCloseable {
  /** Agenda groups, in the order the engine fires them. */
  public static final String NODE_STATE = "node-state";
  public static final String FAILURES = "failures";
  public static final String FENCING = "fencing";
  public static final String PLACEMENT = "placement";
  public static final String ORDERING = "ordering";

  private final KieSession session;

  public RuleRun(PolicyRules rules) {
    this.session = rules.kieBase().newKieSession();
  }

  public void insertAll(Collection<?> facts) {
    for (Object f : facts) {
      session.insert(f);
    }
  }

  public void insert(Object fact) {
    session.insert(fact);
  }

  /** Fires the rules of one phase. */
  public void fire(String agendaGroup) {
    session.getAgenda().getAgendaGroup(agendaGroup).setFocus();
    session.fireAllRules();
  }

  /** Every fact of a type in working memory (unordered; callers sort). */
  public <T> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object o : session.getObjects(type::isInstance)) {
      out.add(type.cast(o));
    }
    return out;
  }

  @Override
  public void close() {
    session.dispose();
  }
}

package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.engine.Transition;

/**
 * One transition being carried out (Pacemaker's transition engine): an action is sent when all its
 * inputs are done; pseudo actions complete when their inputs have; unrunnable actions are never
 * sent. An unexpected result aborts: in-flight actions finish, nothing new is sent. The run is
 * over when nothing is in flight and nothing more can be sent.
 */
public final class TransitionRun {
  private static final Logger LOG = LogManager.getLogger();

  /** Where an action stands. */
  public enum State { PENDING, SENT, DONE, FAILED }

  /** How a run reaches the world; implemented by the DC. */
  public interface Io {
    /** Sends an action; false when it cannot be sent now (its node is not a member). */
    boolean send(TransitionRun run, Transition.GraphAction a) throws DcSession.NotDcException;

    /** For a sent action: empty while in flight, else whether it ended as expected. */
    java.util.Optional<Boolean> outcome(TransitionRun run, Transition.GraphAction a);
  }

  private final int number;
  private final Transition transition;
  private final Map<Integer, Transition.GraphAction> actions = new TreeMap<>();
  private final Map<Integer, Set<Integer>> inputs = new TreeMap<>();
  private final Map<Integer, State> state = new TreeMap<>();
  /** Pending actions that could not be sent when they were ready (their node is not a member). */
  private final Set<Integer> refused = new TreeSet<>();
  private boolean aborted;
  private String abortReason;
  private int completed;

  public TransitionRun(int number, Transition transition) {
    this.number = number;
    this.transition = transition;
    for (Transition.GraphAction a : transition.actions()) {
      actions.put(a.id(), a);
      inputs.put(a.id(), new TreeSet<>());
      state.put(a.id(), State.PENDING);
    }
    for (Transition.GraphEdge e : transition.edges()) {
      if (actions.containsKey(e.first()) && actions.containsKey(e.then())) {
        inputs.get(e.then()).add(e.first());
      }
    }
  }

  public int number() {
    return number;
  }

  public Transition transition() {
    return transition;
  }

  public void abort(String reason) {
    if (!aborted) {
      aborted = true;
      abortReason = reason;
      LOG.info("Transition aborted transition={} reason={}", number, reason);
    }
  }

  public boolean aborted() {
    return aborted;
  }

  public String abortReason() {
    return abortReason;
  }

  /** Actions that finished (done or failed), for deciding whether anything changed. */
  public int completed() {
    return completed;
  }

  /** Marks a sent action finished (a fencing result arrives this way). */
  public void finish(int actionId, boolean ok) {
    if (state.get(actionId) != State.SENT) {
      return;
    }
    state.put(actionId, ok ? State.DONE : State.FAILED);
    completed++;
    if (!ok) {
      abort("action " + actions.get(actionId).key() + " on " + actions.get(actionId).node() + " failed");
    }
  }

  /** Collects finished actions and sends what became ready. */
  public void poll(Io io) throws DcSession.NotDcException {
    for (Transition.GraphAction a : actions.values()) {
      if (state.get(a.id()) == State.SENT && a.resource() != null) {
        java.util.Optional<Boolean> o = io.outcome(this, a);
        o.ifPresent(ok -> finish(a.id(), ok));
      }
    }
    boolean progress = true;
    while (progress && !aborted) {
      progress = false;
      for (Transition.GraphAction a : actions.values()) {
        if (aborted || state.get(a.id()) != State.PENDING || !a.runnable() || !ready(a)) {
          continue;
        }
        if (a.pseudo()) {
          state.put(a.id(), State.DONE);
          progress = true;
        } else if (io.send(this, a)) {
          state.put(a.id(), State.SENT);
        } else if (refused.add(a.id())) {
          progress = true; // once more: an action waiting for everything else may go now
        }
      }
    }
  }

  private boolean ready(Transition.GraphAction a) {
    for (int i : inputs.get(a.id())) {
      if (state.get(i) != State.DONE) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when nothing but the given action is left to do now: nothing in flight, and no other
   * runnable action pending with all its inputs done, apart from those that could not be sent.
   */
  public boolean onlyLeft(int actionId) {
    for (Transition.GraphAction a : actions.values()) {
      State s = state.get(a.id());
      if (a.id() == actionId) {
        continue;
      }
      if (s == State.SENT || (s == State.PENDING && a.runnable() && ready(a) && !refused.contains(a.id()))) {
        return false;
      }
    }
    return true;
  }

  public boolean inFlight() {
    return state.containsValue(State.SENT);
  }

  /** Over: nothing in flight, and aborted or nothing more can happen. */
  public boolean over() {
    return !inFlight();
  }

  /** Every runnable action done. */
  public boolean complete() {
    for (Transition.GraphAction a : actions.values()) {
      if (a.runnable() && state.get(a.id()) != State.DONE) {
        return false;
      }
    }
    return true;
  }

  public List<Transition.GraphAction> sent() {
    List<Transition.GraphAction> out = new ArrayList<>();
    actions.values().forEach(a -> {
      if (state.get(a.id()) == State.SENT) {
        out.add(a);
      }
    });
    return out;
  }

  public State state(int id) {
    return state.get(id);
  }
}

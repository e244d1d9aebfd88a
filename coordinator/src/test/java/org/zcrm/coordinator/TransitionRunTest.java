package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zcrm.engine.Explanation;
import org.zcrm.engine.Transition;

/** The graph walk: inputs first, pseudo actions pass, unrunnable ones never go, failures abort. */
class TransitionRunTest {

  /** Records what was sent; results are set by the test. */
  static class FakeIo implements TransitionRun.Io {
    final List<String> sent = new ArrayList<>();
    final Map<String, Boolean> results = new HashMap<>();
    final List<String> down = new ArrayList<>();

    @Override
    public boolean send(TransitionRun run, Transition.GraphAction a) {
      if (down.contains(a.node())) {
        return false;
      }
      sent.add(a.key());
      return true;
    }

    @Override
    public Optional<Boolean> outcome(TransitionRun run, Transition.GraphAction a) {
      return Optional.ofNullable(results.get(a.key()));
    }
  }

  static Transition.GraphAction act(int id, String rsc, String task, String node, boolean pseudo, boolean runnable) {
    return new Transition.GraphAction(id, rsc + "_" + task + "_0", rsc, task, node, pseudo, runnable,
        null);
  }

  static Transition graph(List<Transition.GraphAction> actions, int[][] edges) {
    List<Transition.GraphEdge> es = new ArrayList<>();
    for (int[] e : edges) {
      es.add(new Transition.GraphEdge(e[0], e[1], "test", "c"));
    }
    return new Transition(Instant.EPOCH, List.of(), actions, es, List.of(), new Explanation.Builder().build(), List.of(),
        List.of());
  }

  @Test
  void sendsInOrderThroughPseudoActions() throws Exception {
    // A start -> G running (pseudo) -> B start
    Transition t = graph(List.of(act(0, "A", "start", "n1", false, true), act(1, "G", "running", null, true, true),
        act(2, "B", "start", "n2", false, true)), new int[][] {{0, 1}, {1, 2}});
    TransitionRun run = new TransitionRun(1, t);
    FakeIo io = new FakeIo();
    run.poll(io);
    assertEquals(List.of("A_start_0"), io.sent);
    io.results.put("A_start_0", true);
    run.poll(io);
    assertEquals(List.of("A_start_0", "B_start_0"), io.sent);
    assertFalse(run.over());
    io.results.put("B_start_0", true);
    run.poll(io);
    assertTrue(run.over());
    assertTrue(run.complete());
  }

  @Test
  void failureAbortsAndNothingNewIsSent() throws Exception {
    Transition t = graph(List.of(act(0, "A", "start", "n1", false, true), act(1, "C", "start", "n3", false, true),
        act(2, "B", "start", "n2", false, true)), new int[][] {{0, 2}});
    TransitionRun run = new TransitionRun(1, t);
    FakeIo io = new FakeIo();
    run.poll(io);
    assertEquals(List.of("A_start_0", "C_start_0"), io.sent);
    io.results.put("A_start_0", false);
    run.poll(io);
    assertTrue(run.aborted());
    assertFalse(run.over(), "C is still in flight");
    io.results.put("C_start_0", true);
    run.poll(io);
    assertTrue(run.over());
    assertFalse(run.complete());
    assertEquals(List.of("A_start_0", "C_start_0"), io.sent, "B never sent after the abort");
  }

  @Test
  void unrunnableAndUnreachableActionsAreNotSent() throws Exception {
    Transition t = graph(List.of(act(0, "A", "stop", "n1", false, false), act(1, "B", "start", "n2", false, true),
        act(2, "D", "start", "n4", false, true)), new int[][] {{0, 1}});
    TransitionRun run = new TransitionRun(1, t);
    FakeIo io = new FakeIo();
    io.down.add("n4");
    run.poll(io);
    assertEquals(List.of(), io.sent, "A is unrunnable so B waits; D's node is not a member");
    assertTrue(run.over());
    assertFalse(run.complete());
  }

  @Test
  void anActionWaitingForEverythingElseGoesLast() throws Exception {
    // F (a fencing that must go last, id 0), A start and B start (B's node is not a member), C after A
    Transition t = graph(List.of(new Transition.GraphAction(0, "stonith-n1", null, "stonith", "n1", false, true, null),
        act(1, "A", "start", "n2", false, true), act(2, "B", "start", "n4", false, true),
        act(3, "C", "start", "n3", false, true)), new int[][] {{1, 3}});
    TransitionRun run = new TransitionRun(1, t);
    FakeIo io = new FakeIo() {
      @Override
      public boolean send(TransitionRun r, Transition.GraphAction a) {
        return a.resource() == null ? r.onlyLeft(a.id()) && super.send(r, a) : super.send(r, a);
      }
    };
    io.down.add("n4");
    run.poll(io);
    assertEquals(List.of("A_start_0"), io.sent, "the fencing waits for A; B cannot be sent");
    io.results.put("A_start_0", true);
    run.poll(io);
    assertEquals(List.of("A_start_0", "C_start_0"), io.sent, "C became ready: the fencing still waits");
    io.results.put("C_start_0", true);
    run.poll(io);
    assertEquals(List.of("A_start_0", "C_start_0", "stonith-n1"), io.sent, "then the fencing, though B never went");
  }
}

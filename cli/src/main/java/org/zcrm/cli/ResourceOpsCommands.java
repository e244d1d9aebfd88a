package org.zcrm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.zcrm.cib.model.value.PcmkDuration;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.edit.ResourceEdits;
import org.zcrm.cli.ops.OperatorEdits;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import org.zcrm.cli.status.Settle;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Explanation;
import org.zcrm.engine.Transition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The operator's resource verbs (crm_resource's): move, ban, clear, enable, disable, manage,
 * unmanage, restart, locate, why (cleanup and refresh are in {@link HistoryCommands}). Each change is one validated, atomic change of
 * the configuration; registered under `zcrm resource` by {@link OperatorVerbs}.
 */
final class ResourceOpsCommands {
  private ResourceOpsCommands() {}

  static Duration lifetime(String text) {
    if (text == null) {
      return null;
    }
    long ms = PcmkDuration.parseMs(text).orElse(-1);
    if (ms <= 0) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Object()),
          "--lifetime takes a duration such as PT1H, 30min or 2h, not '" + text + "'");
    }
    return Duration.ofMillis(ms);
  }

  @Command(name = "move", mixinStandardHelpOptions = true,
      description = "Move RSC to NODE by adding constraint cli-prefer-RSC (INFINITY on NODE); remove it with 'clear'.")
  static final class Move implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Parameters(index = "1", paramLabel = "NODE") String node;
    @Option(names = "--lifetime", paramLabel = "DURATION", description = "Only for this long (e.g. PT1H or 30min).")
    String lifetime;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Duration life = lifetime(lifetime);
      Instant now = Instant.now();
      return zk.run(err, store -> {
        ClusterState s = ClusterStateReader.read(store, now);
        var view = s.resource(rsc);
        if (view.isPresent() && view.get().runningOn().equals(List.of(node))) {
          err.println("zcrm: " + rsc + " is already active on " + node + "; nothing to move.");
          return 1;
        }
        CibStore.ChangeResult r = store.update("move " + rsc, c -> OperatorEdits.move(c, rsc, node, life, now));
        spec.commandLine().getOut().println("Moving " + rsc + " to " + node + ": added constraint "
            + OperatorEdits.PREFER + rsc + (life == null ? "" : " until " + OperatorEdits.until(now, life))
            + ". It stays until 'zcrm resource clear " + rsc + "'.");
        return ResourceCommand.done(spec, r);
      });
    }
  }

  @Command(name = "ban", mixinStandardHelpOptions = true,
      description = "Keep RSC off NODE with constraint cli-ban-RSC-on-NODE (-INFINITY); remove it with 'clear'.")
  static final class Ban implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Parameters(index = "1", paramLabel = "NODE") String node;
    @Option(names = "--lifetime", paramLabel = "DURATION", description = "Only for this long (e.g. PT1H or 30min).")
    String lifetime;

    @Override
    public Integer call() {
      Duration life = lifetime(lifetime);
      Instant now = Instant.now();
      return zk.run(spec.commandLine().getErr(), store -> {
        CibStore.ChangeResult r = store.update("ban " + rsc, c -> OperatorEdits.ban(c, rsc, node, life, now));
        spec.commandLine().getOut().println("Banned " + rsc + " from " + node + ": added constraint "
            + OperatorEdits.BAN + rsc + "-on-" + node + (life == null ? "" : " until " + OperatorEdits.until(now, life))
            + ". Remove it with 'zcrm resource clear " + rsc + "'.");
        return ResourceCommand.done(spec, r);
      });
    }
  }

  @Command(name = "clear", mixinStandardHelpOptions = true,
      description = "Remove the constraints 'move' and 'ban' added for RSC (on NODE only, with --node).")
  static final class Clear implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Option(names = "--node", paramLabel = "NODE") String node;

    @Override
    public Integer call() {
      AtomicReference<List<String>> removed = new AtomicReference<>(List.of());
      return zk.run(spec.commandLine().getErr(), store -> {
        CibStore.ChangeResult r = store.update("clear " + rsc, c -> {
          List<String> ids = OperatorEdits.cliConstraints(c, rsc, node);
          removed.set(ids);
          return OperatorEdits.clear(c, ids);
        });
        spec.commandLine().getOut().println(removed.get().isEmpty() ? "No move/ban constraints for " + rsc + "; nothing changed."
            : "Removed constraint(s) " + String.join(", ", removed.get()));
        return ResourceCommand.done(spec, r);
      });
    }
  }

  /** Sets (or removes, with an empty value) one meta attribute of a resource. */
  abstract static class MetaVerb implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;

    abstract String assignment();

    abstract String done();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        var s = new ResourceEdits.Spec(rsc, null, List.of(), List.of(assignment()), List.of(), null);
        CibStore.ChangeResult r = store.update(done().toLowerCase(java.util.Locale.ROOT) + " " + rsc,
            c -> ResourceEdits.update(c, s));
        spec.commandLine().getOut().println(done() + " " + rsc + " (meta " + assignment() + ")");
        return ResourceCommand.done(spec, r);
      });
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop RSC: meta target-role=Stopped.")
  static final class Disable extends MetaVerb {
    String assignment() {
      return "target-role=Stopped";
    }

    String done() {
      return "Disabled";
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let RSC run again: removes meta target-role.")
  static final class Enable extends MetaVerb {
    String assignment() {
      return "target-role=";
    }

    String done() {
      return "Enabled";
    }
  }

  @Command(name = "unmanage", mixinStandardHelpOptions = true,
      description = "Stop managing RSC (meta is-managed=false): zcrm neither starts, stops nor recovers it.")
  static final class Unmanage extends MetaVerb {
    String assignment() {
      return "is-managed=false";
    }

    String done() {
      return "Unmanaged";
    }
  }

  @Command(name = "manage", mixinStandardHelpOptions = true, description = "Manage RSC again (removes meta is-managed).")
  static final class Manage extends MetaVerb {
    String assignment() {
      return "is-managed=";
    }

    String done() {
      return "Managed";
    }
  }

  @Command(name = "locate", mixinStandardHelpOptions = true, description = "Where RSC is running.")
  static final class Locate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        ClusterState s = ClusterStateReader.read(store, Instant.now());
        List<ClusterState.ResourceView> views = members(s, rsc);
        if (views.isEmpty()) {
          spec.commandLine().getErr().println("zcrm: resource '" + rsc + "' is not in the configuration.");
          return 1;
        }
        for (ClusterState.ResourceView v : views) {
          spec.commandLine().getOut().println(v.runningOn().isEmpty() ? "resource " + v.id() + " is NOT running"
              : "resource " + v.id() + " is running on: " + String.join(" ", v.runningOn())
                  + (v.role().equals("Started") ? "" : " (" + v.role() + ")"));
        }
        return 0;
      });
    }
  }

  /** The primitive itself, or the members of a group/clone with that id. */
  static List<ClusterState.ResourceView> members(ClusterState s, String rsc) {
    List<ClusterState.ResourceView> out = new ArrayList<>();
    for (ClusterState.ResourceView v : s.resources()) {
      if (v.id().equals(rsc) || rsc.equals(v.parent()) || v.id().startsWith(rsc + ":")) {
        out.add(v);
      }
    }
    return out;
  }

  @Command(name = "why", mixinStandardHelpOptions = true,
      description = "Why RSC runs where it does (or stays stopped): the engine's scores, rules and constraints.")
  static final class Why implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        Instant now = Instant.now();
        ClusterState s = ClusterStateReader.read(store, now);
        List<ClusterState.ResourceView> views = members(s, rsc);
        if (views.isEmpty()) {
          spec.commandLine().getErr().println("zcrm: resource '" + rsc + "' is not in the configuration.");
          return 1;
        }
        Transition t = new Settle(Engine.withShippedRules()).transition(store, now);
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = new ArrayList<>();
        if (views.stream().noneMatch(v -> v.id().equals(rsc))) {
          ids.add(rsc);
        }
        views.forEach(v -> ids.add(v.id()));
        for (String id : ids) {
          var v = s.resource(id);
          out.println(id + (v.isEmpty() ? "" : v.get().runningOn().isEmpty() ? ": stopped"
              : ": " + v.get().role().toLowerCase(java.util.Locale.ROOT) + " on " + String.join(" ", v.get().runningOn())));
          List<Explanation.Entry> entries = t.explanation().of(id);
          if (entries.isEmpty()) {
            out.println("  (no rule gave it a score)");
          }
          entries.forEach(e -> out.println("  " + e.text()));
          t.scores().stream().filter(sc -> sc.resource().equals(id))
              .forEach(sc -> out.println("  final score on " + sc.node() + ": " + org.zcrm.engine.Scores.text(sc.score())));
        }
        List<String> plan = t.summary().stream().filter(l -> !l.isBlank() && ids.stream().anyMatch(l::contains)).toList();
        if (!plan.isEmpty()) {
          out.println("Next transition would:");
          plan.forEach(l -> out.println("  " + l.strip()));
        }
        return 0;
      });
    }
  }

  @Command(name = "restart", mixinStandardHelpOptions = true,
      description = "Stop RSC and start it again where it was (disable, wait until stopped, enable).")
  static final class Restart implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s") String timeout;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      long ms = PcmkDuration.parseMs(timeout).orElse(60_000);
      return zk.run(err, store -> {
        var dis = new ResourceEdits.Spec(rsc, null, List.of(), List.of("target-role=Stopped"), List.of(), null);
        store.update("stop " + rsc + " for a restart", c -> ResourceEdits.update(c, dis));
        boolean stopped = waitFor(store, ms, s -> members(s, rsc).stream().allMatch(v -> v.runningOn().isEmpty()));
        var en = new ResourceEdits.Spec(rsc, null, List.of(), List.of("target-role="), List.of(), null);
        CibStore.ChangeResult r = store.update("start " + rsc + " after a restart", c -> ResourceEdits.update(c, en));
        if (!stopped) {
          err.println("zcrm: " + rsc + " did not stop within " + timeout + "; it is enabled again, see 'zcrm status'.");
          return 1;
        }
        boolean started = waitFor(store, ms, s -> members(s, rsc).stream().allMatch(v -> !v.runningOn().isEmpty()));
        spec.commandLine().getOut().println(started ? "Restarted " + rsc : "Stopped " + rsc
            + " and enabled it again; it has not started yet (see 'zcrm status').");
        return started ? ResourceCommand.done(spec, r) : 1;
      });
    }
  }

  static boolean waitFor(CibStore store, long ms, java.util.function.Predicate<ClusterState> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plusMillis(ms);
    while (Instant.now().isBefore(deadline)) {
      if (done.test(ClusterStateReader.read(store, Instant.now()))) {
        return true;
      }
      Thread.sleep(300);
    }
    return false;
  }
}

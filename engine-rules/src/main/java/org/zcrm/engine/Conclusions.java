package org.zcrm.engine;

import java.util.Comparator;
import java.util.List;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.conclusions.DefinitionChange;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.conclusions.MonitorPolicy;
import org.zcrm.engine.conclusions.NodeStatus;
import org.zcrm.engine.conclusions.NodeUnavailable;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.conclusions.RecoveryDecision;
import org.zcrm.engine.conclusions.ResourceFlag;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.rules.RuleRun;

/** Everything the rules concluded, sorted so that iteration is deterministic. */
public record Conclusions(
    List<NodeStatus> nodeStatus,
    List<NodeUnavailable> unavailable,
    List<FenceDecision> fencing,
    List<ScoreContribution> scores,
    List<ColocationEdge> colocations,
    List<OrderingEdge> orderings,
    List<RecoveryDecision> recoveries,
    List<ResourceFlag> flags,
    List<org.zcrm.engine.conclusions.PromotionScore> promotions,
    List<DefinitionChange> definitionChanges,
    List<MonitorPolicy> monitorPolicy) {

  static Conclusions read(RuleRun run) {
    return new Conclusions(
        sorted(run.all(NodeStatus.class), Comparator.comparing(NodeStatus::node)
            .thenComparing(NodeStatus::rule)),
        sorted(run.all(NodeUnavailable.class), Comparator.comparing(NodeUnavailable::node)
            .thenComparing(NodeUnavailable::reason)),
        sorted(run.all(FenceDecision.class), Comparator.comparing(FenceDecision::node)
            .thenComparingInt(FenceDecision::seq).thenComparing(FenceDecision::reason)),
        sorted(run.all(ScoreContribution.class), Comparator.comparing(ScoreContribution::rsc)
            .thenComparing(s -> s.node() == null ? "" : s.node())
            .thenComparing(ScoreContribution::rule).thenComparing(s -> String.valueOf(s.constraint()))
            .thenComparingInt(ScoreContribution::score)),
        sorted(run.all(ColocationEdge.class), Comparator.comparing(ColocationEdge::dependent)
            .thenComparing(ColocationEdge::primary).thenComparing(ColocationEdge::id)
            .thenComparing(ColocationEdge::rule).thenComparingInt(ColocationEdge::score)
            .thenComparing(c -> String.valueOf(c.dependentRole()))
            .thenComparing(c -> String.valueOf(c.primaryRole()))),
        sorted(run.all(OrderingEdge.class), Comparator.comparing(OrderingEdge::first)
            .thenComparing(OrderingEdge::firstTask).thenComparing(OrderingEdge::then)
            .thenComparing(OrderingEdge::thenTask).thenComparing(OrderingEdge::id)
            .thenComparingInt(OrderingEdge::flags).thenComparing(OrderingEdge::rule)
            .thenComparingInt(OrderingEdge::minRunnable)),
        sorted(run.all(RecoveryDecision.class), Comparator.comparing(RecoveryDecision::rsc)
            .thenComparing(RecoveryDecision::node).thenComparing(RecoveryDecision::rule)
            .thenComparing(r -> r.recovery().name())),
        sorted(run.all(ResourceFlag.class), Comparator.comparing(ResourceFlag::rsc)
            .thenComparing(f -> f.flag().name()).thenComparing(ResourceFlag::rule)),
        sorted(run.all(org.zcrm.engine.conclusions.PromotionScore.class),
            Comparator.comparing(org.zcrm.engine.conclusions.PromotionScore::rsc)
            .thenComparing(org.zcrm.engine.conclusions.PromotionScore::node)
            .thenComparing(org.zcrm.engine.conclusions.PromotionScore::constraint)),
        sorted(run.all(DefinitionChange.class), Comparator.comparing(DefinitionChange::rsc)
            .thenComparing(DefinitionChange::node).thenComparing(DefinitionChange::task)
            .thenComparingLong(DefinitionChange::intervalMs)
            .thenComparing(d -> d.change().name()).thenComparing(DefinitionChange::rule)),
        sorted(run.all(MonitorPolicy.class), Comparator.comparing((MonitorPolicy m) -> m.kind().name())
            .thenComparing(m -> String.valueOf(m.rsc())).thenComparing(m -> String.valueOf(m.node()))
            .thenComparing(MonitorPolicy::rule).thenComparing(MonitorPolicy::constraint)));
  }

  private static <T> List<T> sorted(List<T> in, Comparator<T> c) {
    in.sort(c);
    return List.copyOf(in);
  }
}

package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;
import org.zcrm.engine.rules.PolicyRules;

/** A user's .drl compiles at run time against the same facts and changes the decision. */
class ExtraRulesTest {
  private static final String KEEP_CACHE_OFF_ALPHA = """
      package org.zcrm.rules.user;
      import org.zcrm.engine.Scores;
      import org.zcrm.engine.facts.ResourceFact;
      import org.zcrm.engine.conclusions.ScoreContribution;
      rule "user: cache never on alpha"
        agenda-group "placement"
        when
          $r : ResourceFact( id == "cache" )
        then
          insert( new ScoreContribution( $r.id(), "alpha", -Scores.INFINITY, drools.getRule().getName(), "user" ) );
      end
      """;

  @Test
  void extraRuleChangesPlacement() throws Exception {
    Engine engine = new Engine(PolicyRules.withExtra(Map.of("user.drl", KEEP_CACHE_OFF_ALPHA)));
    Path cib = Scenarios.GOLDEN.resolve("primitive-start").resolve("cib.xml");
    Transition t = engine.schedule(new CibSnapshot(CibCodec.read(cib)), Scenarios.DEFAULT_NOW);
    assertTrue(t.summary().stream().anyMatch(l -> l.matches("Start\\s+cache\\s+\\(\\s*beta \\)")),
        t.summary().toString());
    assertEquals(1, t.explanation().of("cache").stream()
        .filter(e -> e.rule().equals("user: cache never on alpha")).count());
  }

  @Test
  void brokenRuleIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyRules.withExtra(Map.of("ok.drl", KEEP_CACHE_OFF_ALPHA,
            "bad.drl", "package x;\nrule \"r\"\nwhen\n  Nope()\nthen\nend\n")));
    assertTrue(e.getMessage().contains("do not compile"), e.getMessage());
    // the user's file by its own name and line, not the builder's internal fileN.drl
    assertTrue(e.getMessage().contains("bad.drl line 4,"), e.getMessage());
    assertTrue(e.getMessage().contains("Nope"), e.getMessage());
    assertTrue(!e.getMessage().contains("ok.drl") && !e.getMessage().matches("(?s).*file\\d+\\.drl.*"),
        e.getMessage());
  }

  @Test
  void everyShippedRuleFileIsListed() throws Exception {
    java.util.Set<String> files = new java.util.TreeSet<>();
    try (var s = java.nio.file.Files.list(Path.of("src", "main", "resources", "org", "zcrm", "rules"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).forEach(files::add);
    }
    assertEquals(files, new java.util.TreeSet<>(java.util.List.of(PolicyRules.SHIPPED)),
        "PolicyRules.SHIPPED (compiled with user rules) lists every shipped rule file");
  }

  @Test
  void shippedRulesCompiledWithUserRulesDecideAsThePrebuiltOnes() throws Exception {
    Engine fromSources = new Engine(PolicyRules.withExtra(Map.of()));
    for (Path d : Scenarios.golden()) {
      Path cib = d.resolve("cib.xml");
      assertEquals(Scenarios.schedule(cib).summary(), Scenarios.schedule(fromSources, cib).summary(),
          d.getFileName().toString());
    }
  }
}

package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;

/** User rule files for the DC's rule tests, and the store calls those tests make. */
final class UserRuleTexts {
  private UserRuleTexts() {}

  static final String HEADER = """
      package org.zcrm.rules.user;
      import org.zcrm.engine.Scores;
      import org.zcrm.engine.facts.ResourceFact;
      import org.zcrm.engine.conclusions.ScoreContribution;
      """;

  static final String BAN_FROM_NODE1 = HEADER + """
      rule "user: R never on node1"
        agenda-group "placement"
        when
          $r : ResourceFact( id == "R" )
        then
          insert( new ScoreContribution( $r.id(), "node1", -Scores.INFINITY, drools.getRule().getName(), "ban" ) );
      end
      """;

  /** Stores (or, with null text, removes) the user rule file {@code name}, as `zcrm rules add` does. */
  static void setRule(ClusterFixture c, String name, String text) throws Exception {
    try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
      store.update("set rule " + name, s -> s.withRule(name, text));
    }
  }

  /** What the DC wrote to dc/rules-error, if anything. */
  static Optional<String> rulesError(ClusterFixture c) {
    try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
      var client = store.connection().client();
      String path = DcRules.errorPath(store.paths());
      if (client.checkExists().forPath(path) == null) {
        return Optional.empty();
      }
      return Optional.of(new String(client.getData().forPath(path), StandardCharsets.UTF_8));
    } catch (org.apache.zookeeper.KeeperException.NoNodeException e) {
      return Optional.empty(); // cleared between the check and the read
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

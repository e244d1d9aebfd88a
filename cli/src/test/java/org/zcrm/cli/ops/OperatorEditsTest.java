package org.zcrm.cli.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.StoreException;

class OperatorEditsTest {
  private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");

  static ConfigState base() throws Exception {
    return ConfigState.fromCib(CibXml.parse("""
        <cib admin_epoch="0" epoch="1"><configuration><crm_config/>
          <nodes><node id="1" uname="n1"/><node id="2" uname="n2"/></nodes>
          <resources><group id="web"><primitive id="ip" class="ocf" provider="zcrm" type="Dummy"/></group></resources>
          <constraints><rsc_location id="cli-ban-web-on-n2" rsc="web" node="n2" score="-INFINITY" role="Started"/>
            <rsc_location id="keep" rsc="web" node="n1" score="10"/></constraints>
        </configuration></cib>"""));
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("move writes cli-prefer with INFINITY on the node",
            (UnaryOperator<ConfigState>) c -> OperatorEdits.move(c, "web", "n1", null, NOW), "cli-prefer-web",
            "<rsc_location id=\"cli-prefer-web\" rsc=\"web\" role=\"Started\" node=\"n1\" score=\"INFINITY\"/>"),
        Arguments.of("move of a group member names the member",
            (UnaryOperator<ConfigState>) c -> OperatorEdits.move(c, "ip", "n2", null, NOW), "cli-prefer-ip",
            "<rsc_location id=\"cli-prefer-ip\" rsc=\"ip\" role=\"Started\" node=\"n2\" score=\"INFINITY\"/>"),
        Arguments.of("move with a lifetime is a rule ending at now + lifetime",
            (UnaryOperator<ConfigState>) c -> OperatorEdits.move(c, "web", "n1", Duration.ofHours(1), NOW), "cli-prefer-web",
            "<rsc_location id=\"cli-prefer-web\" rsc=\"web\" role=\"Started\"><rule id=\"cli-prefer-rule-web\""
                + " score=\"INFINITY\" boolean-op=\"and\"><expression id=\"cli-prefer-expr-web\" attribute=\"#uname\""
                + " operation=\"eq\" value=\"n1\" type=\"string\"/><date_expression id=\"cli-prefer-lifetime-end-web\""
                + " operation=\"lt\" end=\"2030-01-02 04:04:05 Z\"/></rule></rsc_location>"),
        Arguments.of("ban writes cli-ban-RSC-on-NODE with -INFINITY",
            (UnaryOperator<ConfigState>) c -> OperatorEdits.ban(c, "web", "n1", null, NOW), "cli-ban-web-on-n1",
            "<rsc_location id=\"cli-ban-web-on-n1\" rsc=\"web\" role=\"Started\" node=\"n1\" score=\"-INFINITY\"/>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void edit(String name, UnaryOperator<ConfigState> edit, String id, String xml) throws Exception {
    ConfigState after = edit.apply(base());
    ConfigObject o = after.find(ObjectKind.CONSTRAINT, id).orElseThrow();
    assertEquals(CibXml.toXml(CibXml.parse(xml)), CibXml.toXml(o.element()), "attribute order aside, as crm_resource writes it");
    assertTrue(after.find(ObjectKind.CONSTRAINT, "keep").isPresent(), "other constraints stay");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refused(String name, UnaryOperator<ConfigState> edit, String message) throws Exception {
    ConfigState c = base();
    StoreException e = assertThrows(StoreException.class, () -> edit.apply(c));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("unknown resource", (UnaryOperator<ConfigState>) c -> OperatorEdits.move(c, "nope", "n1", null, NOW),
            "Resource 'nope' is not in the configuration"),
        Arguments.of("unknown node", (UnaryOperator<ConfigState>) c -> OperatorEdits.ban(c, "web", "n9", null, NOW),
            "Node 'n9' is not in the configuration"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clears")
  void clear(String name, String node, List<String> expected) throws Exception {
    ConfigState c = OperatorEdits.move(base(), "web", "n1", null, NOW);
    List<String> ids = OperatorEdits.cliConstraints(c, "web", node);
    assertEquals(expected, ids);
    ConfigState after = OperatorEdits.clear(c, ids);
    ids.forEach(id -> assertTrue(after.find(ObjectKind.CONSTRAINT, id).isEmpty()));
    assertTrue(after.find(ObjectKind.CONSTRAINT, "keep").isPresent());
  }

  static Stream<Arguments> clears() {
    return Stream.of(
        Arguments.of("all of the resource's", null, List.of("cli-ban-web-on-n2", "cli-prefer-web")),
        Arguments.of("only those on n2", "n2", List.of("cli-ban-web-on-n2")),
        Arguments.of("the preference for n1", "n1", List.of("cli-prefer-web")));
  }
}

package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.facts.ColocationFact;

/** rsc_colocation naming templates or tags: expanded into sets, or ignored for two of them. */
class TagColocationTest {
  private static final String RESOURCES = "<template id='t1' class='ocf' provider='pacemaker' type='Dummy'/>"
      + "<template id='t2' class='ocf' provider='pacemaker' type='Dummy'/>"
      + "<primitive id='a1' template='t1'/><primitive id='a2' template='t1'/>"
      + "<primitive id='b1' template='t2'/>"
      + "<primitive id='p' class='ocf' provider='pacemaker' type='Dummy'/>";
  private static final String TAGS = "<tags><tag id='tg'><obj_ref id='a1'/><obj_ref id='a2'/></tag></tags>";

  private static String cib(String colocation) {
    return "<cib have-quorum='1' epoch='1' num_updates='0' admin_epoch='0'><configuration>"
        + "<crm_config/><nodes><node id='n1' uname='n1'/></nodes><resources>" + RESOURCES
        + "</resources><constraints>" + colocation + "</constraints>" + TAGS
        + "</configuration><status/></cib>";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("template with a primitive: each user with it",
            "<rsc_colocation id='c' rsc='t1' with-rsc='p' score='INFINITY'/>",
            List.of("a1 with p", "a2 with p")),
        Arguments.of("primitive with a tag: with each tagged resource",
            "<rsc_colocation id='c' rsc='p' with-rsc='tg' score='INFINITY'/>",
            List.of("p with a1", "p with a2")),
        Arguments.of("two templates: ignored",
            "<rsc_colocation id='c' rsc='t1' with-rsc='t2' score='INFINITY'/>", List.of()),
        Arguments.of("a tag with a template: ignored",
            "<rsc_colocation id='c' rsc='tg' with-rsc='t2' score='INFINITY'/>", List.of()),
        Arguments.of("two primitives: as written",
            "<rsc_colocation id='c' rsc='a1' with-rsc='b1' score='INFINITY'/>",
            List.of("a1 with b1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expandsOrIgnores(String name, String colocation, List<String> want) {
    UnpackedCib u = CibUnpacker.unpack(CibCodec.readString(cib(colocation)), Instant.EPOCH);
    List<String> got = u.colocations().stream()
        .map((ColocationFact c) -> c.rsc() + " with " + c.withRsc()).sorted().toList();
    assertEquals(want, got);
  }
}

package org.zcrm.cib.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.SharedCorpus;
import org.zcrm.cib.model.xml.CibCodec;

/**
 * Pacemaker's scheduler CIBs are valid for zcrm, except the few that Pacemaker itself reports as
 * configuration errors. Those are listed here with the reason.
 */
class CorpusValidationTest {

  /** Deliberately invalid cases of Pacemaker's suite, and why. */
  static final Map<String, String> INVALID = Map.of(
      "order-wrong-kind", "rsc_order kind=\"foo\" (Pacemaker: 'Resetting kind ... because foo is not valid';"
          + " the file says validate-with=\"none\" to get past the schema)",
      "promoted-ordering", "colocations name drbd_mysql and drbd_www, primitives inside promotable clones"
          + " (Pacemaker: 'Ignoring constraint ... is not a valid resource or tag')",
      "template-coloc-3", "colocates two templates (Pacemaker: 'two templates or tags cannot be colocated')");

  static Stream<Arguments> cibs() {
    return SharedCorpus.files().stream().map(p -> Arguments.of(SharedCorpus.caseName(p), p));
  }

  @org.junit.jupiter.api.Test
  void sharedCorpusIsAvailable() {
    SharedCorpus.assumePresent();
    org.junit.jupiter.api.Assertions.assertTrue(SharedCorpus.files().size() > 600,
        "expected Pacemaker's 685 scheduler CIBs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cibs")
  void validUnlessPacemakerRejectsIt(String name, Path file) throws Exception {
    List<Problem> problems = CibValidator.validate(CibCodec.read(file));
    boolean expectInvalid = INVALID.containsKey(name);
    assertEquals(expectInvalid, CibValidator.hasErrors(problems),
        () -> name + (expectInvalid ? " should be invalid: " + INVALID.get(name) : " should be valid") + "; got "
            + problems);
  }
}

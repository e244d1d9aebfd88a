package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the verb it invokes: that must answer exactly as the full command line does. */
class ZcrmCommandLineTest {

  static Stream<String> verbs() {
    return Zcrm.commandLine().getSubcommands().keySet().stream().filter(v -> !v.equals("help")).sorted();
  }

  private static CliRun run(CommandLine cl, String... args) {
    return CliRun.of(cl, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verbs")
  void oneVerbCommandLineAnswersLikeTheFullOne(String verb) {
    for (String[] args : new String[][] {{verb, "--help"}, {verb, "--no-such-option"}}) {
      CliRun full = run(Zcrm.commandLine(), args);
      CliRun lazy = run(Zcrm.commandLineFor(args), args);
      assertEquals(full, lazy, String.join(" ", args));
    }
    CommandLine full = Zcrm.commandLine().getSubcommands().get(verb);
    CommandLine lazy = Zcrm.commandLineFor(new String[] {verb}).getSubcommands().get(verb);
    assertEquals(full.getSubcommands().keySet(), lazy.getSubcommands().keySet(), verb + "'s sub-verbs");
  }

  @Test
  void withoutAVerbEveryVerbIsListed() {
    CliRun r = run(Zcrm.commandLineFor(new String[] {"--help"}), "--help");
    assertEquals(0, r.exitCode());
    for (Class<?> verb : Zcrm.VERBS) {
      String name = verb.getAnnotation(CommandLine.Command.class).name();
      assertTrue(r.out().contains("\n  " + name + " "), name + " listed in:\n" + r.out());
    }
    assertEquals(Zcrm.VERBS.size(), Zcrm.commandLine().getSubcommands().size());
  }
}

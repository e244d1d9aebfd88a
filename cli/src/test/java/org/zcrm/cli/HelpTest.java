package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every verb and verb group answers --help (and -h) with its usage, as Pacemaker's tools do. */
class HelpTest {
  private static final CommandLine TREE = Zcrm.commandLine();

  /** The path of every command in the tree below zcrm, e.g. "resource create". */
  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    walk(TREE, "", out);
    return out.stream();
  }

  private static void walk(CommandLine cl, String path, List<String> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      CommandLine sub = e.getValue();
      // aliases appear under each of their names; visit each command once, by its own name
      if (!e.getKey().equals(sub.getCommandName()) || e.getKey().equals("help")) {
        continue;
      }
      String p = path.isEmpty() ? e.getKey() : path + " " + e.getKey();
      out.add(p);
      walk(sub, p, out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void answersHelp(String command) {
    // -h comes with --help from the same picocli mixin
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), command + ": " + r.err());
    assertTrue(r.out().startsWith("Usage: zcrm " + command), command + ": " + r.out());
    assertEquals("", r.err(), command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommandIsDescribed(String command) {
    CommandLine cl = TREE;
    for (String part : command.split(" ")) {
      cl = cl.getSubcommands().get(part);
    }
    String[] description = cl.getCommandSpec().usageMessage().description();
    assertTrue(description.length > 0 && !description[0].isBlank(), command + " has no description");
  }
}

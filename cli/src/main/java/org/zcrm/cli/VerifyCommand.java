package org.zcrm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.validate.CibValidator;
import org.zcrm.cib.model.validate.Problem;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.model.xml.CibParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zcrm verify}: checks CIB files the way crm_verify does. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks CIB files (Pacemaker's XML format) for problems, like crm_verify. Prints one result"
          + " line per file on stdout and each problem on stderr, prefixed with the file.",
      "Errors make a file invalid; warnings are what Pacemaker works around (ignoring an item or"
          + " using a default)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid (warnings allowed)",
      "1:problems found (at least one error)",
      "2:a file or folder could not be read, or is not XML"
    })
public final class VerifyCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--xml-file", paramLabel = "FILE", description = "A CIB file to check (repeatable).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--dir", paramLabel = "FOLDER",
      description = "Check every *.xml file in FOLDER, sorted by name (repeatable).")
  List<Path> dirs = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.isEmpty() && dirs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Nothing to check: give --xml-file FILE or --dir FOLDER.");
    }
    int rc = OK;
    List<Path> all = new ArrayList<>(files);
    for (Path dir : dirs) {
      try {
        List<Path> found = xmlFiles(dir);
        if (found.isEmpty()) {
          err.println(dir + ": no *.xml files in this folder");
          rc = UNREADABLE;
        }
        all.addAll(found);
      } catch (IOException e) {
        err.println(dir + ": cannot list the folder: " + describe(e));
        rc = UNREADABLE;
      }
    }
    for (Path f : all) {
      rc = Math.max(rc, verify(f, out, err));
    }
    out.flush();
    err.flush();
    return rc;
  }

  private int verify(Path file, PrintWriter out, PrintWriter err) {
    Cib cib;
    try {
      cib = CibCodec.read(file);
    } catch (CibParseException e) {
      err.println(file + ":" + position(e) + " " + e.problem());
      out.println(file + ": unreadable");
      return UNREADABLE;
    } catch (IOException e) {
      err.println(file + ": cannot read: " + describe(e));
      out.println(file + ": unreadable");
      return UNREADABLE;
    }
    List<Problem> problems = CibValidator.validate(cib);
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    for (Problem p : problems) {
      if (p.isError() || !quiet) {
        err.println(file + ": " + p);
      }
    }
    if (errors > 0) {
      out.println(file + ": invalid (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")");
      return INVALID;
    }
    out.println(file + ": valid" + (warnings > 0 ? " (" + plural(warnings, "warning") + ")" : ""));
    return OK;
  }

  private static String position(CibParseException e) {
    if (e.line() <= 0) {
      return "";
    }
    return e.line() + (e.column() > 0 ? ":" + e.column() : "") + ":";
  }

  static List<Path> xmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
          .sorted().toList();
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

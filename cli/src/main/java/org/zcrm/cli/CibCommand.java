package org.zcrm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zcrm cib}: the verbs that work on a whole CIB (show a file; import, export, query the store). */
@Command(name = "cib", mixinStandardHelpOptions = true,
    description = "Work with a whole CIB (Pacemaker's configuration and status XML), in a file or in ZooKeeper.",
    subcommands = {CibShowCommand.class, CibCommand.Import.class, CibCommand.Export.class, CibCommand.Query.class,
        CibCommand.GenerationCmd.class})
public final class CibCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a verb; see 'zcrm cib --help'.");
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Store the configuration of a Pacemaker cib.xml, in one atomic step.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Parameters(paramLabel = "FILE", description = "A Pacemaker CIB (cib.xml); '-' reads standard input.")
    String file;

    @Option(names = "--replace", description = "Replace the stored configuration (otherwise the store must be empty).")
    boolean replace;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      return ZkOptions.guard(err, () -> {
        Element cib = readCib(file);
        return zk.run(err, store -> {
          CibStore.ChangeResult r = store.importCib(cib, replace);
          r.warnings().forEach(w -> err.println("zcrm: warning: " + w));
          err.println("Imported into cluster '" + zk.settings().cluster() + "': generation " + r.generation()
              + " (" + r.writes() + " znodes written in " + r.requests() + " request(s))");
          return 0;
        });
      });
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the stored CIB as a Pacemaker cib.xml (to standard output by default).")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--section", paramLabel = "SECTION", defaultValue = "all",
        description = "configuration, status or all (default ${DEFAULT-VALUE}).")
    String section;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      CibSnapshot.Section s;
      try {
        s = CibSnapshot.Section.valueOf(section.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("zcrm: --section must be configuration, status or all, not '" + section + "'.");
        return 1;
      }
      return zk.run(err, store -> {
        CibSnapshot snap = store.snapshot();
        snap.problems().forEach(p -> err.println("zcrm: warning: " + p));
        String xml = snap.toXml(s);
        if (output == null) {
          spec.commandLine().getOut().print(xml);
          spec.commandLine().getOut().flush();
        } else {
          Files.writeString(output, xml, StandardCharsets.UTF_8);
        }
        return 0;
      });
    }
  }

  @Command(name = "query", mixinStandardHelpOptions = true,
      description = "Print the CIB, or the elements an XPath expression selects (like cibadmin --query --xpath).")
  static final class Query implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Option(names = "--xpath", paramLabel = "X", description = "e.g. //primitive[@id='web'] or /cib/configuration/nodes")
    String xpath;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      var out = spec.commandLine().getOut();
      return zk.run(err, store -> {
        CibSnapshot snap = store.snapshot();
        snap.problems().forEach(p -> err.println("zcrm: warning: " + p));
        Document doc = snap.toDocument(CibSnapshot.Section.ALL);
        if (xpath == null) {
          out.print(CibXml.toXml(doc.getDocumentElement()));
          out.flush();
          return 0;
        }
        NodeList nodes;
        try {
          XPath x = XPathFactory.newInstance().newXPath();
          nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
          err.println("zcrm: '" + xpath + "' is not a usable XPath expression: " + e.getMessage());
          return 1;
        }
        if (nodes.getLength() == 0) {
          err.println("zcrm: nothing in the CIB matches " + xpath);
          return 1;
        }
        for (int i = 0; i < nodes.getLength(); i++) {
          Node n = nodes.item(i);
          out.print(n instanceof Element e ? CibXml.toXml(e) : n.getNodeValue() + "\n");
        }
        out.flush();
        return 0;
      });
    }
  }

  @Command(name = "generation", mixinStandardHelpOptions = true,
      description = "Print the CIB version as admin_epoch.epoch.num_updates.")
  static final class GenerationCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        CibSnapshot s = store.snapshot();
        spec.commandLine().getOut().println(s.generation() + "." + s.numUpdates());
        spec.commandLine().getOut().flush();
        return 0;
      });
    }
  }

  /** Reads and parses a CIB file; unreadable input is an UNAVAILABLE-kind error (exit 2). */
  static Element readCib(String file) throws IOException {
    String text;
    if (file.equals("-")) {
      text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } else {
      Path p = Path.of(file);
      if (!Files.isReadable(p)) {
        throw new StoreException(StoreException.Kind.UNAVAILABLE, "Cannot read " + file + ": no such readable file.");
      }
      text = Files.readString(p, StandardCharsets.UTF_8);
    }
    try {
      return CibXml.parse(text);
    } catch (CibXml.CibXmlException e) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, file + " is not well-formed XML: " + e.getMessage(), e);
    }
  }
}

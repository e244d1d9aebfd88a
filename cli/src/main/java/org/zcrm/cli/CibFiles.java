package org.zcrm.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.model.xml.CibParseException;
import org.zcrm.engine.CibSnapshot;

/**
 * Reads a CIB file into the model the engine schedules from (the streaming StAX reader), for the
 * command line tools that schedule from a file (simulate, bench).
 */
final class CibFiles {
  private CibFiles() {}

  /** Runs a helper reader of a large file's status section on a thread of its own (the second core). */
  private static void helperThread(Runnable helper) {
    Thread t = new Thread(helper, "zcrm-cib-reader");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The CIB in {@code file}. Malformed XML gives an IOException saying {@code file:line:column:
   * malformed XML: ...}; a document whose root is not {@code <cib>} says so.
   */
  static CibSnapshot read(Path file) throws IOException {
    try {
      return new CibSnapshot(CibCodec.read(file, CibFiles::helperThread));
    } catch (CibParseException e) {
      if (e.problem().startsWith("the root element is")) {
        throw new IOException(file + " is not a CIB: " + e.problem(), e);
      }
      throw new IOException(e.getMessage(), e);
    }
  }
}

package org.zcrm.cib.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own small CIB fixtures (test resources under cib/). */
public final class Fixtures {
  private Fixtures() {}

  /** The text of the fixture {@code cib/<name>}. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/cib/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture cib/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

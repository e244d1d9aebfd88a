package org.zcrm.cib.model.xml;

import java.io.IOException;
import java.io.Writer;
import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;

/**
 * Escapes so that reading the output gives back exactly the characters written: besides the
 * markup characters, control characters in attribute values (tab, newline, carriage return, which an
 * XML parser would turn into spaces) and carriage returns in text become character references.
 */
final class ExactEscapes implements CharacterEscapeHandler {
  static final ExactEscapes INSTANCE = new ExactEscapes();

  @Override
  public void escape(char[] ch, int start, int length, boolean isAttVal, Writer out) throws IOException {
    int from = start;
    int end = start + length;
    for (int i = start; i < end; i++) {
      char c = ch[i];
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> isAttVal ? "&quot;" : null;
        case '\r' -> "&#13;";
        case '\n' -> isAttVal ? "&#10;" : null;
        case '\t' -> isAttVal ? "&#9;" : null;
        default -> null;
      };
      if (rep != null) {
        out.write(ch, from, i - from);
        out.write(rep);
        from = i + 1;
      }
    }
    out.write(ch, from, end - from);
  }
}

package org.zcrm.cli.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * Every configuration change the store acknowledged, as what it must still show: an XPath string
 * expression over the exported CIB and the value it must have (a later change of the same thing
 * replaces the expectation).
 */
public final class Ledger {

  /** One acknowledged change. */
  public record Entry(String what, String xpath, String expected) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private int acknowledged;

  public void acknowledged(String what, String xpath, String expected) {
    entries.put(xpath, new Entry(what, xpath, expected));
    acknowledged++;
  }

  public int acknowledged() {
    return acknowledged;
  }

  /** Each acknowledged change that the configuration no longer shows. */
  public List<String> check(Document cib) {
    List<String> out = new ArrayList<>();
    var xp = XPathFactory.newInstance().newXPath();
    for (Entry e : entries.values()) {
      String got;
      try {
        got = xp.evaluate(e.xpath(), cib);
      } catch (XPathExpressionException x) {
        throw new IllegalStateException("bad ledger expression " + e.xpath(), x);
      }
      if (!e.expected().equals(got)) {
        out.add("acknowledged change lost: " + e.what() + " (" + e.xpath() + " is '" + got + "', expected '"
            + e.expected() + "')");
      }
    }
    return out;
  }
}

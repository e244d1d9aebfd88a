package org.zcrm.cib.store;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over a stored fragment: is it well-formed, what is its root element and id,
 * and which ids and resource references does it hold. Much cheaper than building a DOM, which
 * matters when a snapshot reads ten thousand objects.
 */
public record FragmentScan(String root, String id, List<String> ids, List<String> references) {

  private static final XMLInputFactory INPUT = inputFactory();

  /** Attributes of constraints that name a resource. */
  private static final List<String> REFERENCE_ATTRIBUTES = List.of("rsc", "with-rsc", "first", "then");

  /** Scans a fragment; a message saying where it is not well-formed otherwise. */
  public static FragmentScan of(String xml) throws CibXml.CibXmlException {
    XMLStreamReader r = null;
    try {
      r = INPUT.createXMLStreamReader(new StringReader(xml));
      String root = null;
      String id = "";
      List<String> ids = new ArrayList<>();
      List<String> refs = new ArrayList<>();
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        String elementId = r.getAttributeValue(null, "id");
        if (root == null) {
          root = name;
          id = elementId == null ? "" : elementId;
          for (String a : REFERENCE_ATTRIBUTES) {
            String v = r.getAttributeValue(null, a);
            if (v != null && !v.isEmpty()) {
              refs.add(v);
            }
          }
        }
        if (name.equals("resource_ref") && elementId != null) {
          refs.add(elementId);
        } else if (elementId != null && !elementId.isEmpty()) {
          ids.add(name + "\u0000" + elementId);
        }
      }
      if (root == null) {
        throw new CibXml.CibXmlException("no element found", null);
      }
      return new FragmentScan(root, id, ids, refs);
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ": ";
      String msg = String.valueOf(e.getMessage());
      int nl = msg.indexOf("\n at [");
      throw new CibXml.CibXmlException(where + (nl > 0 ? msg.substring(0, nl) : msg).replace("\n", " "), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing left to read
        }
      }
    }
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // Woodstox caps attribute values at 512 kB by default; a znode may hold up to about 1 MB
    for (String p : List.of("com.ctc.wstx.maxAttributeSize", "com.ctc.wstx.maxTextLength")) {
      if (f.isPropertySupported(p)) {
        f.setProperty(p, Integer.MAX_VALUE);
      }
    }
    return f;
  }
}

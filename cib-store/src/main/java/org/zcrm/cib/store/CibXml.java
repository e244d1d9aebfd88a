package org.zcrm.cib.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Plain DOM helpers for CIB fragments: a safe parser (no DTDs, no external entities) and one
 * deterministic serializer (id first, then the other attributes by name; two-space indent; no
 * whitespace-only text), so a znode's bytes depend only on the object's content.
 */
public final class CibXml {

  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(CibXml::newBuilder);

  private CibXml() {}

  /** Parses a document or fragment; the message of the exception says what and where. */
  public static Element parse(String xml) throws CibXmlException {
    try {
      DocumentBuilder b = BUILDER.get();
      b.reset();
      b.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      Document doc = b.parse(new InputSource(new StringReader(xml)));
      return doc.getDocumentElement();
    } catch (SAXParseException e) {
      throw new CibXmlException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
          + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new CibXmlException(String.valueOf(e.getMessage()), e);
    }
  }

  public static Document newDocument() {
    return BUILDER.get().newDocument();
  }

  /** The element serialized with indentation, ending in a newline. */
  public static String toXml(Element e) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, e, 0, true);
    return sb.toString();
  }

  /** The element on one line: attributes sorted, no whitespace; two equal objects give equal text. */
  public static String canonical(Element e) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, e, -1, false);
    return sb.toString();
  }

  /** The start tag of an element with its attributes (id first), e.g. {@code <node_state id="1" ...>}. */
  public static String openTag(Element e) {
    StringBuilder sb = new StringBuilder("<").append(e.getTagName());
    for (Attr a : attributes(e, true)) {
      sb.append(' ').append(a.getName()).append("=\"");
      escape(sb, a.getValue(), true);
      sb.append('"');
    }
    return sb.append('>').toString();
  }

  /** Appends a stored fragment indented by depth levels (its XML declaration, if any, dropped). */
  public static void appendIndented(StringBuilder sb, String fragment, int depth) {
    String f = fragment.strip();
    if (f.startsWith("<?xml")) {
      int end = f.indexOf("?>");
      f = end < 0 ? f : f.substring(end + 2).strip();
    }
    String pad = "  ".repeat(depth);
    int start = 0;
    while (start <= f.length()) {
      int nl = f.indexOf('\n', start);
      int end = nl < 0 ? f.length() : nl;
      sb.append(pad).append(f, start, end).append('\n');
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
  }

  /** Child elements, in document order. */
  public static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  public static List<Element> children(Element e, String name) {
    return children(e).stream().filter(c -> c.getTagName().equals(name)).toList();
  }

  /** Copies an element (from any document) into a document. */
  public static Element importInto(Document doc, Element e) {
    return (Element) doc.importNode(e, true);
  }

  private static void write(StringBuilder sb, Element e, int depth, boolean idFirst) {
    indent(sb, depth);
    sb.append('<').append(e.getTagName());
    for (Attr a : attributes(e, idFirst)) {
      sb.append(' ').append(a.getName()).append("=\"");
      escape(sb, a.getValue(), true);
      sb.append('"');
    }
    boolean hasText = false;
    boolean hasChild = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        hasText |= !n.getNodeValue().isBlank();
      } else if (n instanceof Element) {
        hasChild = true;
      }
    }
    if (!hasText && !hasChild) {
      sb.append("/>");
      newline(sb, depth);
      return;
    }
    sb.append('>');
    if (hasText) {
      // mixed content: keep it as it is, on one line
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c) {
          write(sb, c, -1, idFirst);
        } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
          escape(sb, n.getNodeValue(), false);
        }
      }
    } else {
      newline(sb, depth);
      for (Element c : children(e)) {
        write(sb, c, depth < 0 ? -1 : depth + 1, idFirst);
      }
      indent(sb, depth);
    }
    sb.append("</").append(e.getTagName()).append('>');
    newline(sb, depth);
  }

  private static List<Attr> attributes(Element e, boolean idFirst) {
    NamedNodeMap map = e.getAttributes();
    List<Attr> out = new ArrayList<>(map.getLength());
    for (int i = 0; i < map.getLength(); i++) {
      out.add((Attr) map.item(i));
    }
    Comparator<Attr> byName = Comparator.comparing(Attr::getName);
    if (idFirst) {
      byName = Comparator.comparing((Attr a) -> !a.getName().equals("id")).thenComparing(byName);
    }
    out.sort(byName);
    return out;
  }

  private static void indent(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private static void newline(StringBuilder sb, int depth) {
    if (depth >= 0) {
      sb.append('\n');
    }
  }

  private static void escape(StringBuilder sb, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> sb.append(c);
      }
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setIgnoringComments(true);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser", e);
    }
  }

  /** XML that is not well-formed. */
  public static final class CibXmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public CibXmlException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

package org.zcrm.cib.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * XML-aware comparison for the round trip: elements, their names, attributes (as a set: order does
 * not matter) and children in order, and non-blank text. Whitespace between elements, comments,
 * processing instructions, the XML declaration and namespace declarations are ignored.
 */
public final class XmlDiff {
  private XmlDiff() {}

  public static Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setIgnoringComments(true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(in);
  }

  public static Document parse(String xml) throws Exception {
    return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The differences between two documents (empty when equal), at most {@code max}. */
  public static List<String> diff(Document a, Document b, int max) {
    List<String> out = new ArrayList<>();
    compare(a.getDocumentElement(), b.getDocumentElement(), "", out, max);
    return out;
  }

  private static void compare(Element a, Element b, String parentPath, List<String> out, int max) {
    String path = parentPath + "/" + a.getTagName() + (a.hasAttribute("id") ? "[@id=" + a.getAttribute("id") + "]" : "");
    if (out.size() >= max) {
      return;
    }
    if (!a.getTagName().equals(b.getTagName())) {
      out.add(path + ": element <" + a.getTagName() + "> became <" + b.getTagName() + ">");
      return;
    }
    Map<String, String> aa = attributes(a);
    Map<String, String> ba = attributes(b);
    if (!aa.equals(ba)) {
      out.add(path + ": attributes " + aa + " became " + ba);
    }
    String at = text(a);
    String bt = text(b);
    if (!at.equals(bt)) {
      out.add(path + ": text '" + at + "' became '" + bt + "'");
    }
    List<Element> ac = elements(a);
    List<Element> bc = elements(b);
    if (ac.size() != bc.size()) {
      out.add(path + ": " + ac.size() + " child elements became " + bc.size() + " " + names(ac) + " -> " + names(bc));
      return;
    }
    for (int i = 0; i < ac.size(); i++) {
      compare(ac.get(i), bc.get(i), path, out, max);
    }
  }

  private static List<String> names(List<Element> es) {
    return es.stream().map(Element::getTagName).toList();
  }

  private static Map<String, String> attributes(Element e) {
    Map<String, String> m = new TreeMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node n = attrs.item(i);
      String name = n.getNodeName();
      if (name.equals("xmlns") || name.startsWith("xmlns:")) {
        continue;
      }
      m.put(name, n.getNodeValue());
    }
    return m;
  }

  private static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(n.getNodeValue());
      }
    }
    return sb.toString().trim();
  }

  private static List<Element> elements(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }
}

package org.zcrm.cib.model.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.model.CibElement;

/** The hand-written part of {@link StaxCibReader}: unknown attributes and unknown elements (as DOM). */
abstract class StaxReaderBase {
  private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();

  static {
    DOM.setNamespaceAware(true);
  }

  protected final XMLStreamReader r;
  private Document doc;

  StaxReaderBase(XMLStreamReader r) {
    this.r = r;
  }

  /** The local name of attribute {@code i}, or "" when it has a namespace (kept as unknown). */
  protected final String attributeName(int i) {
    return namespaced(i) ? "" : r.getAttributeLocalName(i);
  }

  /** The local name of the current element, or "" when it has a namespace (kept as unknown). */
  protected final String elementName() {
    return namespacedElement() ? "" : r.getLocalName();
  }

  /**
   * Moves to the next child element of the current element and returns true, or to its end tag and
   * returns false. Text, whitespace and comments between children are skipped.
   */
  protected final boolean nextChild() throws XMLStreamException {
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  /** True when attribute {@code i} has a namespace (the model's attributes have none). */
  protected final boolean namespaced(int i) {
    String ns = r.getAttributeNamespace(i);
    return ns != null && !ns.isEmpty();
  }

  /** True when the current element has a namespace (the model's elements have none). */
  protected final boolean namespacedElement() {
    String ns = r.getNamespaceURI();
    return ns != null && !ns.isEmpty();
  }

  /** Keeps attribute {@code i} as an unknown attribute of {@code o}. */
  protected final void other(CibElement o, int i) {
    String ns = r.getAttributeNamespace(i);
    String prefix = r.getAttributePrefix(i);
    o.otherAttributes().put(new QName(ns == null ? "" : ns, r.getAttributeLocalName(i),
        prefix == null ? "" : prefix), r.getAttributeValue(i));
  }

  private Document doc() {
    if (doc == null) {
      try {
        synchronized (DOM) { // a factory is not guaranteed to be thread-safe
          doc = DOM.newDocumentBuilder().newDocument();
        }
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("no DOM implementation", e);
      }
    }
    return doc;
  }

  /**
   * Reads the current element and everything inside it as a DOM element. Comments and
   * whitespace-only text are dropped (the writer indents again).
   */
  protected final Element readDom() throws XMLStreamException {
    Document d = doc();
    Element e = d.createElementNS(emptyToNull(r.getNamespaceURI()), qualified(r.getPrefix(), r.getLocalName()));
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String p = r.getNamespacePrefix(i);
      e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
          p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p, r.getNamespaceURI(i));
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      e.setAttributeNS(emptyToNull(r.getAttributeNamespace(i)),
          qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
    }
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> e.appendChild(readDom());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!r.isWhiteSpace()) {
            e.appendChild(d.createTextNode(r.getText()));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return e;
        }
        default -> {
          // comments and processing instructions are not kept
        }
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}

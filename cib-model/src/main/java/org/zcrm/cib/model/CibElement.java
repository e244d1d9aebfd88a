package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Base of every CIB element class. Each element keeps one ordered list of children: the children the
 * model knows as typed objects, the others as DOM {@link Element}s, in document order (Pacemaker's
 * files put children in varying orders, and writing back keeps that order). Attributes the model does
 * not know are kept in {@link #otherAttributes()}. Typed accessors in the subclasses filter the list.
 */
@XmlTransient
public abstract class CibElement {

  @XmlAnyAttribute private Map<QName, String> otherAttributes;

  /** The children list as JAXB filled it, or null when the element had no children. */
  protected abstract List<Object> rawChildren();

  /** Creates, stores and returns an empty children list. */
  protected abstract List<Object> newChildren();

  /**
   * The children in document order, mutable: typed model objects and DOM elements for children
   * the model does not know. Add or remove here to change the element.
   */
  public final List<Object> children() {
    List<Object> c = rawChildren();
    return c != null ? c : newChildren();
  }

  /** True when the element has at least one child. */
  public final boolean hasChildren() {
    List<Object> c = rawChildren();
    return c != null && !c.isEmpty();
  }

  /** The children of the given type in document order, as a read-only snapshot. */
  public final <T> List<T> childrenOf(Class<T> type) {
    List<Object> c = rawChildren();
    if (c == null || c.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(c.size());
    for (Object o : c) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The first child of the given type, or null. */
  public final <T> T firstChild(Class<T> type) {
    List<Object> c = rawChildren();
    if (c != null) {
      for (Object o : c) {
        if (type.isInstance(o)) {
          return type.cast(o);
        }
      }
    }
    return null;
  }

  /** The XML element name of this object, e.g. "primitive". */
  public final String elementName() {
    jakarta.xml.bind.annotation.XmlRootElement r =
        getClass().getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class);
    return r == null ? getClass().getSimpleName() : r.name();
  }

  /** The children that are model objects (unknown DOM elements left out), in document order. */
  public final List<CibElement> elementChildren() {
    return childrenOf(CibElement.class);
  }

  /** Appends a child and returns it. */
  public final <T> T add(T child) {
    children().add(child);
    return child;
  }

  /** The children the model does not know, kept as DOM elements, in document order. */
  public final List<Element> unknownElements() {
    return childrenOf(Element.class);
  }

  /** Attributes the model does not know, in no particular order; mutable. */
  public final Map<QName, String> otherAttributes() {
    if (otherAttributes == null) {
      otherAttributes = new LinkedHashMap<>();
    }
    return otherAttributes;
  }

  /** True when the element carries attributes the model does not know. */
  public final boolean hasOtherAttributes() {
    return otherAttributes != null && !otherAttributes.isEmpty();
  }

  /** The value of an attribute the model does not know (no namespace), or null. */
  public final String otherAttribute(String localName) {
    return otherAttributes == null ? null : otherAttributes.get(new QName(localName));
  }

  /** Sets (or with a null value removes) an attribute the model does not know. */
  public final void setOtherAttribute(String localName, String value) {
    if (value == null) {
      if (otherAttributes != null) {
        otherAttributes.remove(new QName(localName));
      }
    } else {
      otherAttributes().put(new QName(localName), value);
    }
  }
}

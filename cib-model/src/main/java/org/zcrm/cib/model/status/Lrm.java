package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A node's resource history. */
@XmlRootElement(name = "lrm")
public class Lrm extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "lrm";

  @XmlAttribute(name = "id")
  private String id;

  @XmlElementRefs({
    @XmlElementRef(type = LrmResources.class)
  })
  @XmlAnyElement
  private List<Object> children;

  @Override
  protected final List<Object> rawChildren() {
    return children;
  }

  @Override
  protected final List<Object> newChildren() {
    children = new ArrayList<>(4);
    return children;
  }

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public Lrm setId(String id) {
    this.id = id;
    return this;
  }

  public LrmResources resources() {
    return firstChild(LrmResources.class);
  }
}

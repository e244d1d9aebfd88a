package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;

/** A resource's operations. */
@XmlRootElement(name = "operations")
public class Operations extends CibElement implements Identified, IdReference {
  /** The XML element name. */
  public static final String ELEMENT = "operations";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;

  @XmlElementRefs({
    @XmlElementRef(type = Op.class)
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

  public Operations setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public Operations setIdRef(String idRef) {
    this.idRef = idRef;
    return this;
  }

  public List<Op> ops() {
    return childrenOf(Op.class);
  }
}

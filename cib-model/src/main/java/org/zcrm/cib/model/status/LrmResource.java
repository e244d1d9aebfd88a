package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.xml.Interned;

/** The operation history of one resource on one node. */
@XmlRootElement(name = "lrm_resource")
public class LrmResource extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "lrm_resource";

  @XmlAttribute(name = "id")
  private String id;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "class")
  private String resourceClass;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "provider")
  private String provider;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "type")
  private String type;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "container")
  private String container;
  @XmlAttribute(name = "shutdown-lock")
  private String shutdownLock;

  @XmlElementRefs({
    @XmlElementRef(type = LrmRscOp.class)
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

  public LrmResource setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code class} attribute, or null. */
  public String getResourceClass() {
    return resourceClass;
  }

  public LrmResource setResourceClass(String resourceClass) {
    this.resourceClass = resourceClass;
    return this;
  }

  /** The {@code provider} attribute, or null. */
  public String getProvider() {
    return provider;
  }

  public LrmResource setProvider(String provider) {
    this.provider = provider;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public LrmResource setType(String type) {
    this.type = type;
    return this;
  }

  /** The {@code container} attribute, or null. */
  public String getContainer() {
    return container;
  }

  public LrmResource setContainer(String container) {
    this.container = container;
    return this;
  }

  /** The {@code shutdown-lock} attribute, or null. */
  public String getShutdownLock() {
    return shutdownLock;
  }

  public LrmResource setShutdownLock(String shutdownLock) {
    this.shutdownLock = shutdownLock;
    return this;
  }

  public List<LrmRscOp> ops() {
    return childrenOf(LrmRscOp.class);
  }
}

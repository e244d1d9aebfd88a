package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.rule.Rule;

/** Base of the constraints: an id and possibly resource sets (and rules, for locations). */
@XmlTransient
public abstract class Constraint extends CibElement implements Identified {
  @XmlAttribute(name = "id")
  private String id;

  @XmlElementRefs({
    @XmlElementRef(type = ResourceSet.class),
    @XmlElementRef(type = Rule.class)
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

  public void setId(String id) {
    this.id = id;
  }

  /** The resource sets, in order (empty for a two-resource constraint). */
  public final List<ResourceSet> resourceSets() {
    return childrenOf(ResourceSet.class);
  }

  /** The constraint kind as Pacemaker names its element. */
  public abstract String kind();
}

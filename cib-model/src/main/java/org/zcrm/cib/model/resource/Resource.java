package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.nv.Utilization;

/** Base of every resource kind: its id, meta_attributes, instance_attributes and children. */
@XmlTransient
public abstract class Resource extends CibElement implements Identified {
  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "description")
  private String description;

  @XmlElementRefs({
    @XmlElementRef(type = MetaAttributes.class),
    @XmlElementRef(type = InstanceAttributes.class),
    @XmlElementRef(type = Utilization.class),
    @XmlElementRef(type = Operations.class),
    @XmlElementRef(type = Primitive.class),
    @XmlElementRef(type = Group.class),
    @XmlElementRef(type = Clone.class),
    @XmlElementRef(type = Master.class),
    @XmlElementRef(type = Bundle.class),
    @XmlElementRef(type = Docker.class),
    @XmlElementRef(type = Podman.class),
    @XmlElementRef(type = Rkt.class),
    @XmlElementRef(type = Network.class),
    @XmlElementRef(type = Storage.class)
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

  /** The {@code description} attribute, or null. */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** The meta_attributes sets in document order. */
  public final List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  /** The instance_attributes sets in document order. */
  public final List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  /** The utilization sets in document order. */
  public final List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  /** The child resources (a group's members, a clone's or bundle's resource). */
  public final List<Resource> childResources() {
    return childrenOf(Resource.class);
  }

  /**
   * The meta-attribute {@code name} from the first unconditional meta_attributes set holding it, or
   * null. Sets conditioned by rules are skipped: evaluating them is the engine's job.
   */
  public final String meta(String name) {
    return NvSet.firstValue(metaAttributes(), name);
  }

  /** The instance attribute (agent parameter) {@code name}, unconditional sets only, or null. */
  public final String param(String name) {
    return NvSet.firstValue(instanceAttributes(), name);
  }

  /** The resource kind as Pacemaker names its element: primitive, group, clone, master, bundle, template. */
  public abstract String kind();
}

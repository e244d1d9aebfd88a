package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** The resources section. */
@XmlRootElement(name = "resources")
public class Resources extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "resources";


  @XmlElementRefs({
    @XmlElementRef(type = Primitive.class),
    @XmlElementRef(type = Group.class),
    @XmlElementRef(type = Clone.class),
    @XmlElementRef(type = Master.class),
    @XmlElementRef(type = Bundle.class),
    @XmlElementRef(type = Template.class)
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

  /** Top-level resources (templates excluded) in document order. */
  public List<Resource> all() {
    List<Resource> out = new ArrayList<>();
    for (Resource r : childrenOf(Resource.class)) {
      if (!(r instanceof Template)) {
        out.add(r);
      }
    }
    return out;
  }

  public List<Primitive> primitives() {
    return childrenOf(Primitive.class);
  }

  public List<Group> groups() {
    return childrenOf(Group.class);
  }

  /** Clones, including old-style masters. */
  public List<Clone> clones() {
    return childrenOf(Clone.class);
  }

  public List<Bundle> bundles() {
    return childrenOf(Bundle.class);
  }

  public List<Template> templates() {
    return childrenOf(Template.class);
  }

  /** The resource or template with this id at any depth (group members, cloned resources), or null. */
  public Resource find(String id) {
    for (Resource r : childrenOf(Resource.class)) {
      Resource found = find(r, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Resource find(Resource r, String id) {
    if (id.equals(r.getId())) {
      return r;
    }
    for (Resource c : r.childResources()) {
      Resource found = find(c, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}

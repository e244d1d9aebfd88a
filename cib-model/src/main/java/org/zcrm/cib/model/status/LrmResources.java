package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** The resources with history on a node. */
@XmlRootElement(name = "lrm_resources")
public class LrmResources extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "lrm_resources";


  @XmlElementRefs({
    @XmlElementRef(type = LrmResource.class)
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

  public List<LrmResource> all() {
    return childrenOf(LrmResource.class);
  }
}

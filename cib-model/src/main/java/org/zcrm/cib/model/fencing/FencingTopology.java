package org.zcrm.cib.model.fencing;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** The fencing topology: levels of devices per target. */
@XmlRootElement(name = "fencing-topology")
public class FencingTopology extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "fencing-topology";


  @XmlElementRefs({
    @XmlElementRef(type = FencingLevel.class)
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

  public List<FencingLevel> levels() {
    return childrenOf(FencingLevel.class);
  }
}

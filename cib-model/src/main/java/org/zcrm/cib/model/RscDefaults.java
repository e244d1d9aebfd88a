package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.nv.NvSet;

/** Resource defaults. */
@XmlRootElement(name = "rsc_defaults")
public class RscDefaults extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_defaults";


  @XmlElementRefs({
    @XmlElementRef(type = MetaAttributes.class)
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

  public List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  /** A default from the first unconditional set holding it, or null. */
  public String value(String name) {
    return NvSet.firstValue(metaAttributes(), name);
  }
}

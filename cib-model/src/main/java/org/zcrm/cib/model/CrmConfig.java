package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.nv.ClusterPropertySet;
import org.zcrm.cib.model.nv.NvSet;

/** Cluster options. */
@XmlRootElement(name = "crm_config")
public class CrmConfig extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "crm_config";


  @XmlElementRefs({
    @XmlElementRef(type = ClusterPropertySet.class)
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

  public List<ClusterPropertySet> propertySets() {
    return childrenOf(ClusterPropertySet.class);
  }

  /** A cluster option from the first unconditional set holding it, or null. */
  public String option(String name) {
    return NvSet.firstValue(propertySets(), name);
  }
}

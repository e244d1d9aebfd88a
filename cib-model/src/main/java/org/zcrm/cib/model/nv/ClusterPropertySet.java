package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A set of cluster options in crm_config. */
@XmlRootElement(name = "cluster_property_set")
public class ClusterPropertySet extends NvSet {
  /** The XML element name. */
  public static final String ELEMENT = "cluster_property_set";

}

package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Utilization: capacities of a node or needs of a resource. */
@XmlRootElement(name = "utilization")
public class Utilization extends NvSet {
  /** The XML element name. */
  public static final String ELEMENT = "utilization";

}

package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Meta-attributes (options for the cluster about a resource or operation). */
@XmlRootElement(name = "meta_attributes")
public class MetaAttributes extends NvSet {
  /** The XML element name. */
  public static final String ELEMENT = "meta_attributes";

}

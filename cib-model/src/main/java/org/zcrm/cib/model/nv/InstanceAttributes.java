package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Instance attributes (parameters given to an agent, or node attributes). */
@XmlRootElement(name = "instance_attributes")
public class InstanceAttributes extends NvSet {
  /** The XML element name. */
  public static final String ELEMENT = "instance_attributes";

}

package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The docker runtime of a bundle. */
@XmlRootElement(name = "docker")
public class Docker extends ContainerRuntime {
  /** The XML element name. */
  public static final String ELEMENT = "docker";


  @Override
  public String runtime() {
    return ELEMENT;
  }
}

package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The podman runtime of a bundle. */
@XmlRootElement(name = "podman")
public class Podman extends ContainerRuntime {
  /** The XML element name. */
  public static final String ELEMENT = "podman";


  @Override
  public String runtime() {
    return ELEMENT;
  }
}

package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The rkt runtime of a bundle. */
@XmlRootElement(name = "rkt")
public class Rkt extends ContainerRuntime {
  /** The XML element name. */
  public static final String ELEMENT = "rkt";


  @Override
  public String runtime() {
    return ELEMENT;
  }
}

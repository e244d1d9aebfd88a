package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A bundle: containers, with an optional primitive inside. */
@XmlRootElement(name = "bundle")
public class Bundle extends Resource {
  /** The XML element name. */
  public static final String ELEMENT = "bundle";


  /** The container runtime element (docker, podman or rkt), or null. */
  public ContainerRuntime runtime() {
    return firstChild(ContainerRuntime.class);
  }

  public Network network() {
    return firstChild(Network.class);
  }

  public Storage storage() {
    return firstChild(Storage.class);
  }

  /** The resource inside the bundle, or null. */
  public Primitive primitive() {
    return firstChild(Primitive.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A group: primitives started in order on one node. */
@XmlRootElement(name = "group")
public class Group extends Resource {
  /** The XML element name. */
  public static final String ELEMENT = "group";


  /** The members that are primitives, in order (a valid group holds nothing else). */
  public List<Primitive> primitives() {
    return childrenOf(Primitive.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

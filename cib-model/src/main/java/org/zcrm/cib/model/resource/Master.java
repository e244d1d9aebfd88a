package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The old name of a promotable clone ({@code <master>}); always promotable. */
@XmlRootElement(name = "master")
public class Master extends Clone {
  /** The XML element name. */
  public static final String ELEMENT = "master";


  @Override
  public boolean isPromotable() {
    return true;
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

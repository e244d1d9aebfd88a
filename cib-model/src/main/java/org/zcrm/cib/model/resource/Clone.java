package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A clone (promotable when its meta-attribute promotable is true). */
@XmlRootElement(name = "clone")
public class Clone extends Resource {
  /** The XML element name. */
  public static final String ELEMENT = "clone";


  /** The cloned resource (a primitive or group), or null. */
  public Resource child() {
    return firstChild(Resource.class);
  }

  /** True when the clone is promotable (meta promotable=true, or it is an old-style master). */
  public boolean isPromotable() {
    return org.zcrm.cib.model.value.PcmkBool.isTrue(meta("promotable"));
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

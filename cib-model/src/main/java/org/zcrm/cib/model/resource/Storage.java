package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** A bundle's storage mappings. */
@XmlRootElement(name = "storage")
public class Storage extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "storage";


  @XmlElementRefs({
    @XmlElementRef(type = StorageMapping.class)
  })
  @XmlAnyElement
  private List<Object> children;

  @Override
  protected final List<Object> rawChildren() {
    return children;
  }

  @Override
  protected final List<Object> newChildren() {
    children = new ArrayList<>(4);
    return children;
  }

  public List<StorageMapping> mappings() {
    return childrenOf(StorageMapping.class);
  }
}

package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.xml.Interned;

/** One name/value pair ({@code <nvpair>}); {@code id-ref} points at another nvpair. */
@XmlRootElement(name = "nvpair")
public class NvPair extends CibElement implements Identified, IdReference {
  /** The XML element name. */
  public static final String ELEMENT = "nvpair";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "name")
  private String name;
  @XmlAttribute(name = "value")
  private String value;

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

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public NvPair setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public NvPair setIdRef(String idRef) {
    this.idRef = idRef;
    return this;
  }

  /** The {@code name} attribute, or null. */
  public String getName() {
    return name;
  }

  public NvPair setName(String name) {
    this.name = name;
    return this;
  }

  /** The {@code value} attribute, or null. */
  public String getValue() {
    return value;
  }

  public NvPair setValue(String value) {
    this.value = value;
    return this;
  }
}

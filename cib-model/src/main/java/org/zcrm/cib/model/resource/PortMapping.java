package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A port forwarded into a bundle's containers. */
@XmlRootElement(name = "port-mapping")
public class PortMapping extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "port-mapping";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "port")
  private String port;
  @XmlAttribute(name = "internal-port")
  private String internalPort;
  @XmlAttribute(name = "range")
  private String range;

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

  public PortMapping setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code port} attribute, or null. */
  public String getPort() {
    return port;
  }

  public PortMapping setPort(String port) {
    this.port = port;
    return this;
  }

  /** The {@code internal-port} attribute, or null. */
  public String getInternalPort() {
    return internalPort;
  }

  public PortMapping setInternalPort(String internalPort) {
    this.internalPort = internalPort;
    return this;
  }

  /** The {@code range} attribute, or null. */
  public String getRange() {
    return range;
  }

  public PortMapping setRange(String range) {
    this.range = range;
    return this;
  }
}

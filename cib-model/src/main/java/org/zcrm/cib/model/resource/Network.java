package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** A bundle's network settings. */
@XmlRootElement(name = "network")
public class Network extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "network";

  @XmlAttribute(name = "ip-range-start")
  private String ipRangeStart;
  @XmlAttribute(name = "control-port")
  private String controlPort;
  @XmlAttribute(name = "host-interface")
  private String hostInterface;
  @XmlAttribute(name = "host-netmask")
  private String hostNetmask;
  @XmlAttribute(name = "add-host")
  private String addHost;

  @XmlElementRefs({
    @XmlElementRef(type = PortMapping.class)
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

  /** The {@code ip-range-start} attribute, or null. */
  public String getIpRangeStart() {
    return ipRangeStart;
  }

  public Network setIpRangeStart(String ipRangeStart) {
    this.ipRangeStart = ipRangeStart;
    return this;
  }

  /** The {@code control-port} attribute, or null. */
  public String getControlPort() {
    return controlPort;
  }

  public Network setControlPort(String controlPort) {
    this.controlPort = controlPort;
    return this;
  }

  /** The {@code host-interface} attribute, or null. */
  public String getHostInterface() {
    return hostInterface;
  }

  public Network setHostInterface(String hostInterface) {
    this.hostInterface = hostInterface;
    return this;
  }

  /** The {@code host-netmask} attribute, or null. */
  public String getHostNetmask() {
    return hostNetmask;
  }

  public Network setHostNetmask(String hostNetmask) {
    this.hostNetmask = hostNetmask;
    return this;
  }

  /** The {@code add-host} attribute, or null. */
  public String getAddHost() {
    return addHost;
  }

  public Network setAddHost(String addHost) {
    this.addHost = addHost;
    return this;
  }

  public List<PortMapping> portMappings() {
    return childrenOf(PortMapping.class);
  }
}

package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.xml.Interned;

/** A configured operation (monitor, start, stop, ...). */
@XmlRootElement(name = "op")
public class Op extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "op";

  @XmlAttribute(name = "id")
  private String id;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "name")
  private String name;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "interval")
  private String interval;
  @XmlAttribute(name = "description")
  private String description;
  @XmlAttribute(name = "start-delay")
  private String startDelay;
  @XmlAttribute(name = "interval-origin")
  private String intervalOrigin;
  @XmlAttribute(name = "timeout")
  private String timeout;
  @XmlAttribute(name = "enabled")
  private String enabled;
  @XmlAttribute(name = "record-pending")
  private String recordPending;
  @XmlAttribute(name = "role")
  private String role;
  @XmlAttribute(name = "requires")
  private String requires;
  @XmlAttribute(name = "on-fail")
  private String onFail;

  @XmlElementRefs({
    @XmlElementRef(type = MetaAttributes.class),
    @XmlElementRef(type = InstanceAttributes.class)
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

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public Op setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code name} attribute, or null. */
  public String getName() {
    return name;
  }

  public Op setName(String name) {
    this.name = name;
    return this;
  }

  /** The {@code interval} attribute, or null. */
  public String getInterval() {
    return interval;
  }

  public Op setInterval(String interval) {
    this.interval = interval;
    return this;
  }

  /** The {@code description} attribute, or null. */
  public String getDescription() {
    return description;
  }

  public Op setDescription(String description) {
    this.description = description;
    return this;
  }

  /** The {@code start-delay} attribute, or null. */
  public String getStartDelay() {
    return startDelay;
  }

  public Op setStartDelay(String startDelay) {
    this.startDelay = startDelay;
    return this;
  }

  /** The {@code interval-origin} attribute, or null. */
  public String getIntervalOrigin() {
    return intervalOrigin;
  }

  public Op setIntervalOrigin(String intervalOrigin) {
    this.intervalOrigin = intervalOrigin;
    return this;
  }

  /** The {@code timeout} attribute, or null. */
  public String getTimeout() {
    return timeout;
  }

  public Op setTimeout(String timeout) {
    this.timeout = timeout;
    return this;
  }

  /** The {@code enabled} attribute, or null. */
  public String getEnabled() {
    return enabled;
  }

  public Op setEnabled(String enabled) {
    this.enabled = enabled;
    return this;
  }

  /** The {@code record-pending} attribute, or null. */
  public String getRecordPending() {
    return recordPending;
  }

  public Op setRecordPending(String recordPending) {
    this.recordPending = recordPending;
    return this;
  }

  /** The {@code role} attribute, or null. */
  public String getRole() {
    return role;
  }

  public Op setRole(String role) {
    this.role = role;
    return this;
  }

  /** The {@code requires} attribute, or null. */
  public String getRequires() {
    return requires;
  }

  public Op setRequires(String requires) {
    this.requires = requires;
    return this;
  }

  /** The {@code on-fail} attribute, or null. */
  public String getOnFail() {
    return onFail;
  }

  public Op setOnFail(String onFail) {
    this.onFail = onFail;
    return this;
  }

  public List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  /** An operation option: the attribute itself, else an unconditional meta_attributes value, else null. */
  public String meta(String name) {
    String v = otherAttribute(name);
    return v != null ? v : NvSet.firstValue(metaAttributes(), name);
  }
}

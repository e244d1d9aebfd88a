package org.zcrm.cib.model.fencing;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** One fencing level: devices tried together for a target. */
@XmlRootElement(name = "fencing-level")
public class FencingLevel extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "fencing-level";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "target")
  private String target;
  @XmlAttribute(name = "target-pattern")
  private String targetPattern;
  @XmlAttribute(name = "target-attribute")
  private String targetAttribute;
  @XmlAttribute(name = "target-value")
  private String targetValue;
  @XmlAttribute(name = "index")
  private String index;
  @XmlAttribute(name = "devices")
  private String devices;

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

  public FencingLevel setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code target} attribute, or null. */
  public String getTarget() {
    return target;
  }

  public FencingLevel setTarget(String target) {
    this.target = target;
    return this;
  }

  /** The {@code target-pattern} attribute, or null. */
  public String getTargetPattern() {
    return targetPattern;
  }

  public FencingLevel setTargetPattern(String targetPattern) {
    this.targetPattern = targetPattern;
    return this;
  }

  /** The {@code target-attribute} attribute, or null. */
  public String getTargetAttribute() {
    return targetAttribute;
  }

  public FencingLevel setTargetAttribute(String targetAttribute) {
    this.targetAttribute = targetAttribute;
    return this;
  }

  /** The {@code target-value} attribute, or null. */
  public String getTargetValue() {
    return targetValue;
  }

  public FencingLevel setTargetValue(String targetValue) {
    this.targetValue = targetValue;
    return this;
  }

  /** The {@code index} attribute, or null. */
  public String getIndex() {
    return index;
  }

  public FencingLevel setIndex(String index) {
    this.index = index;
    return this;
  }

  /** The {@code devices} attribute, or null. */
  public String getDevices() {
    return devices;
  }

  public FencingLevel setDevices(String devices) {
    this.devices = devices;
    return this;
  }

  /** The device ids (the comma-separated {@code devices} attribute), in order. */
  public List<String> deviceIds() {
    if (getDevices() == null || getDevices().isBlank()) {
      return List.of();
    }
    return Arrays.stream(getDevices().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}

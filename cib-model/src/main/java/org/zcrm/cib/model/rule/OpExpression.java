package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** An operation test inside an op_defaults rule. */
@XmlRootElement(name = "op_expression")
public class OpExpression extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "op_expression";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "name")
  private String name;
  @XmlAttribute(name = "interval")
  private String interval;

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

  public OpExpression setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code name} attribute, or null. */
  public String getName() {
    return name;
  }

  public OpExpression setName(String name) {
    this.name = name;
    return this;
  }

  /** The {@code interval} attribute, or null. */
  public String getInterval() {
    return interval;
  }

  public OpExpression setInterval(String interval) {
    this.interval = interval;
    return this;
  }
}

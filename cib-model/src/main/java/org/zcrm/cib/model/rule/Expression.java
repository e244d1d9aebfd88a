package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;

/** A node attribute test inside a rule. */
@XmlRootElement(name = "expression")
public class Expression extends CibElement implements Identified, IdReference {
  /** The XML element name. */
  public static final String ELEMENT = "expression";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;
  @XmlAttribute(name = "attribute")
  private String attribute;
  @XmlAttribute(name = "operation")
  private String operation;
  @XmlAttribute(name = "value")
  private String value;
  @XmlAttribute(name = "type")
  private String type;
  @XmlAttribute(name = "value-source")
  private String valueSource;

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

  public Expression setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public Expression setIdRef(String idRef) {
    this.idRef = idRef;
    return this;
  }

  /** The {@code attribute} attribute, or null. */
  public String getAttribute() {
    return attribute;
  }

  public Expression setAttribute(String attribute) {
    this.attribute = attribute;
    return this;
  }

  /** The {@code operation} attribute, or null. */
  public String getOperation() {
    return operation;
  }

  public Expression setOperation(String operation) {
    this.operation = operation;
    return this;
  }

  /** The {@code value} attribute, or null. */
  public String getValue() {
    return value;
  }

  public Expression setValue(String value) {
    this.value = value;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public Expression setType(String type) {
    this.type = type;
    return this;
  }

  /** The {@code value-source} attribute, or null. */
  public String getValueSource() {
    return valueSource;
  }

  public Expression setValueSource(String valueSource) {
    this.valueSource = valueSource;
    return this;
  }
}

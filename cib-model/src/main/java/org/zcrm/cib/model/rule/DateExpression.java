package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A date test inside a rule. */
@XmlRootElement(name = "date_expression")
public class DateExpression extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "date_expression";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "operation")
  private String operation;
  @XmlAttribute(name = "start")
  private String start;
  @XmlAttribute(name = "end")
  private String end;

  @XmlElementRefs({
    @XmlElementRef(type = DateSpec.class),
    @XmlElementRef(type = Duration.class)
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

  public DateExpression setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code operation} attribute, or null. */
  public String getOperation() {
    return operation;
  }

  public DateExpression setOperation(String operation) {
    this.operation = operation;
    return this;
  }

  /** The {@code start} attribute, or null. */
  public String getStart() {
    return start;
  }

  public DateExpression setStart(String start) {
    this.start = start;
    return this;
  }

  /** The {@code end} attribute, or null. */
  public String getEnd() {
    return end;
  }

  public DateExpression setEnd(String end) {
    this.end = end;
    return this;
  }

  public DateSpec dateSpec() {
    return firstChild(DateSpec.class);
  }

  public Duration duration() {
    return firstChild(Duration.class);
  }
}

package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;

/** A rule: a boolean combination of expressions and nested rules. */
@XmlRootElement(name = "rule")
public class Rule extends CibElement implements Identified, IdReference {
  /** The XML element name. */
  public static final String ELEMENT = "rule";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;
  @XmlAttribute(name = "boolean-op")
  private String booleanOp;
  @XmlAttribute(name = "score")
  private String score;
  @XmlAttribute(name = "score-attribute")
  private String scoreAttribute;
  @XmlAttribute(name = "role")
  private String role;

  @XmlElementRefs({
    @XmlElementRef(type = Expression.class),
    @XmlElementRef(type = DateExpression.class),
    @XmlElementRef(type = OpExpression.class),
    @XmlElementRef(type = RscExpression.class),
    @XmlElementRef(type = Rule.class)
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

  public Rule setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public Rule setIdRef(String idRef) {
    this.idRef = idRef;
    return this;
  }

  /** The {@code boolean-op} attribute, or null. */
  public String getBooleanOp() {
    return booleanOp;
  }

  public Rule setBooleanOp(String booleanOp) {
    this.booleanOp = booleanOp;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public Rule setScore(String score) {
    this.score = score;
    return this;
  }

  /** The {@code score-attribute} attribute, or null. */
  public String getScoreAttribute() {
    return scoreAttribute;
  }

  public Rule setScoreAttribute(String scoreAttribute) {
    this.scoreAttribute = scoreAttribute;
    return this;
  }

  /** The {@code role} attribute, or null. */
  public String getRole() {
    return role;
  }

  public Rule setRole(String role) {
    this.role = role;
    return this;
  }

  /** The conditions (expressions and nested rules) in document order, unknown elements left out. */
  public List<CibElement> conditions() {
    return childrenOf(CibElement.class);
  }
}

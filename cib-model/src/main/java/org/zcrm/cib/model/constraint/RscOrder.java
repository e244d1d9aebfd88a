package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An ordering constraint. */
@XmlRootElement(name = "rsc_order")
public class RscOrder extends Constraint {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_order";

  @XmlAttribute(name = "first")
  private String first;
  @XmlAttribute(name = "then")
  private String then;
  @XmlAttribute(name = "first-action")
  private String firstAction;
  @XmlAttribute(name = "then-action")
  private String thenAction;
  @XmlAttribute(name = "kind")
  private String kind;
  @XmlAttribute(name = "score")
  private String score;
  @XmlAttribute(name = "symmetrical")
  private String symmetrical;
  @XmlAttribute(name = "first-instance")
  private String firstInstance;
  @XmlAttribute(name = "then-instance")
  private String thenInstance;
  @XmlAttribute(name = "require-all")
  private String requireAll;

  /** The {@code first} attribute, or null. */
  public String getFirst() {
    return first;
  }

  public RscOrder setFirst(String first) {
    this.first = first;
    return this;
  }

  /** The {@code then} attribute, or null. */
  public String getThen() {
    return then;
  }

  public RscOrder setThen(String then) {
    this.then = then;
    return this;
  }

  /** The {@code first-action} attribute, or null. */
  public String getFirstAction() {
    return firstAction;
  }

  public RscOrder setFirstAction(String firstAction) {
    this.firstAction = firstAction;
    return this;
  }

  /** The {@code then-action} attribute, or null. */
  public String getThenAction() {
    return thenAction;
  }

  public RscOrder setThenAction(String thenAction) {
    this.thenAction = thenAction;
    return this;
  }

  /** The {@code kind} attribute, or null. */
  public String getKind() {
    return kind;
  }

  public RscOrder setKind(String kind) {
    this.kind = kind;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public RscOrder setScore(String score) {
    this.score = score;
    return this;
  }

  /** The {@code symmetrical} attribute, or null. */
  public String getSymmetrical() {
    return symmetrical;
  }

  public RscOrder setSymmetrical(String symmetrical) {
    this.symmetrical = symmetrical;
    return this;
  }

  /** The {@code first-instance} attribute, or null. */
  public String getFirstInstance() {
    return firstInstance;
  }

  public RscOrder setFirstInstance(String firstInstance) {
    this.firstInstance = firstInstance;
    return this;
  }

  /** The {@code then-instance} attribute, or null. */
  public String getThenInstance() {
    return thenInstance;
  }

  public RscOrder setThenInstance(String thenInstance) {
    this.thenInstance = thenInstance;
    return this;
  }

  /** The {@code require-all} attribute, or null. */
  public String getRequireAll() {
    return requireAll;
  }

  public RscOrder setRequireAll(String requireAll) {
    this.requireAll = requireAll;
    return this;
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

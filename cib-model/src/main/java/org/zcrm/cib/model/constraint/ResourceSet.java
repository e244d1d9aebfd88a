package org.zcrm.cib.model.constraint;

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

/** A set of resources inside a constraint. */
@XmlRootElement(name = "resource_set")
public class ResourceSet extends CibElement implements Identified, IdReference {
  /** The XML element name. */
  public static final String ELEMENT = "resource_set";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;
  @XmlAttribute(name = "sequential")
  private String sequential;
  @XmlAttribute(name = "require-all")
  private String requireAll;
  @XmlAttribute(name = "ordering")
  private String ordering;
  @XmlAttribute(name = "action")
  private String action;
  @XmlAttribute(name = "role")
  private String role;
  @XmlAttribute(name = "score")
  private String score;
  @XmlAttribute(name = "kind")
  private String kind;

  @XmlElementRefs({
    @XmlElementRef(type = ResourceRef.class)
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

  public ResourceSet setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public ResourceSet setIdRef(String idRef) {
    this.idRef = idRef;
    return this;
  }

  /** The {@code sequential} attribute, or null. */
  public String getSequential() {
    return sequential;
  }

  public ResourceSet setSequential(String sequential) {
    this.sequential = sequential;
    return this;
  }

  /** The {@code require-all} attribute, or null. */
  public String getRequireAll() {
    return requireAll;
  }

  public ResourceSet setRequireAll(String requireAll) {
    this.requireAll = requireAll;
    return this;
  }

  /** The {@code ordering} attribute, or null. */
  public String getOrdering() {
    return ordering;
  }

  public ResourceSet setOrdering(String ordering) {
    this.ordering = ordering;
    return this;
  }

  /** The {@code action} attribute, or null. */
  public String getAction() {
    return action;
  }

  public ResourceSet setAction(String action) {
    this.action = action;
    return this;
  }

  /** The {@code role} attribute, or null. */
  public String getRole() {
    return role;
  }

  public ResourceSet setRole(String role) {
    this.role = role;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public ResourceSet setScore(String score) {
    this.score = score;
    return this;
  }

  /** The {@code kind} attribute, or null. */
  public String getKind() {
    return kind;
  }

  public ResourceSet setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public List<ResourceRef> refs() {
    return childrenOf(ResourceRef.class);
  }

  /** The referenced resource ids in order. */
  public List<String> resourceIds() {
    List<String> out = new ArrayList<>();
    for (ResourceRef r : refs()) {
      out.add(r.getId());
    }
    return out;
  }
}

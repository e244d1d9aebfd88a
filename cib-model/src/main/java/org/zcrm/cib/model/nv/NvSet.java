package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.IdReference;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.rule.Rule;

/** A set of nvpairs, possibly conditional on rules: meta_attributes, instance_attributes, utilization, cluster_property_set. */
@XmlTransient
public abstract class NvSet extends CibElement implements Identified, IdReference {
  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "id-ref")
  private String idRef;
  @XmlAttribute(name = "score")
  private String score;

  @XmlElementRefs({
    @XmlElementRef(type = NvPair.class),
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

  public void setId(String id) {
    this.id = id;
  }

  /** The {@code id-ref} attribute, or null. */
  public String getIdRef() {
    return idRef;
  }

  public void setIdRef(String idRef) {
    this.idRef = idRef;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = score;
  }

  /** The nvpairs in document order. */
  public final List<NvPair> nvpairs() {
    return childrenOf(NvPair.class);
  }

  /** The rules that condition this set (usually zero or one). */
  public final List<Rule> rules() {
    return childrenOf(Rule.class);
  }

  /** True when the set holds a rule, i.e. applies only where the rule matches. */
  public final boolean isConditional() {
    return firstChild(Rule.class) != null;
  }

  /** The value of the first nvpair called {@code name}, or null (id-ref pairs are not resolved). */
  public final String value(String name) {
    for (NvPair p : nvpairs()) {
      if (name.equals(p.getName())) {
        return p.getValue();
      }
    }
    return null;
  }

  /**
   * The value of {@code name} from the first unconditional set (one without rules) that holds it, or
   * null. Rule-conditioned sets are the engine's to evaluate.
   */
  public static String firstValue(List<? extends NvSet> sets, String name) {
    for (NvSet s : sets) {
      if (!s.isConditional()) {
        String v = s.value(name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** Sets (replaces or appends) the nvpair {@code name}; a new pair gets the id {@code <set id>-<name>}. */
  public final NvPair put(String name, String value) {
    for (NvPair p : nvpairs()) {
      if (name.equals(p.getName())) {
        p.setValue(value);
        return p;
      }
    }
    NvPair p = new NvPair().setId(getId() + "-" + name).setName(name).setValue(value);
    children().add(p);
    return p;
  }
}

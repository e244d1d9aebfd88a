package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.constraint.Constraints;
import org.zcrm.cib.model.fencing.FencingTopology;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;

/** The configuration section. */
@XmlRootElement(name = "configuration")
public class Configuration extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "configuration";


  @XmlElementRefs({
    @XmlElementRef(type = CrmConfig.class),
    @XmlElementRef(type = RscDefaults.class),
    @XmlElementRef(type = OpDefaults.class),
    @XmlElementRef(type = Nodes.class),
    @XmlElementRef(type = Resources.class),
    @XmlElementRef(type = Constraints.class),
    @XmlElementRef(type = FencingTopology.class),
    @XmlElementRef(type = Tags.class),
    @XmlElementRef(type = Alerts.class),
    @XmlElementRef(type = Acls.class)
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

  public CrmConfig crmConfig() {
    return firstChild(CrmConfig.class);
  }

  public RscDefaults rscDefaults() {
    return firstChild(RscDefaults.class);
  }

  public OpDefaults opDefaults() {
    return firstChild(OpDefaults.class);
  }

  public Nodes nodes() {
    return firstChild(Nodes.class);
  }

  public Resources resources() {
    return firstChild(Resources.class);
  }

  public Constraints constraints() {
    return firstChild(Constraints.class);
  }

  public FencingTopology fencingTopology() {
    return firstChild(FencingTopology.class);
  }

  public Tags tags() {
    return firstChild(Tags.class);
  }

  public Alerts alerts() {
    return firstChild(Alerts.class);
  }

  public Acls acls() {
    return firstChild(Acls.class);
  }

  /** The configured nodes (empty when there is no nodes section). */
  public List<Node> nodeList() {
    Nodes n = nodes();
    return n == null ? List.of() : n.all();
  }

  /** A cluster option, or null. */
  public String option(String name) {
    CrmConfig c = crmConfig();
    return c == null ? null : c.option(name);
  }

  /** The resource or template with this id at any depth, or null. */
  public Resource resource(String id) {
    Resources r = resources();
    return r == null ? null : r.find(id);
  }

  /** The configured node with this name (uname), or null. */
  public Node node(String uname) {
    for (Node n : nodeList()) {
      if (uname.equals(n.getUname())) {
        return n;
      }
    }
    return null;
  }
}

package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** The status section: what each node reports. */
@XmlRootElement(name = "status")
public class Status extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "status";


  @XmlElementRefs({
    @XmlElementRef(type = NodeState.class),
    @XmlElementRef(type = Tickets.class)
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

  public List<NodeState> nodeStates() {
    return childrenOf(NodeState.class);
  }

  public Tickets tickets() {
    return firstChild(Tickets.class);
  }

  /** The node_state of the node with this name (uname), else with this id, or null. */
  public NodeState nodeState(String name) {
    NodeState byId = null;
    for (NodeState s : nodeStates()) {
      if (name.equals(s.getUname())) {
        return s;
      }
      if (byId == null && name.equals(s.getId())) {
        byId = s;
      }
    }
    return byId;
  }
}

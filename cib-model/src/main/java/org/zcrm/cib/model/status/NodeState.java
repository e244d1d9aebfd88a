package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.xml.Interned;

/** What one node reports: membership, transient attributes, resource history. */
@XmlRootElement(name = "node_state")
public class NodeState extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "node_state";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "uname")
  private String uname;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "in_ccm")
  private String inCcm;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "crmd")
  private String crmd;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "join")
  private String join;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "expected")
  private String expected;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "crm-debug-origin")
  private String crmDebugOrigin;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "shutdown")
  private String shutdown;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "ha")
  private String ha;
  @XmlAttribute(name = "remote_node")
  private String remoteNode;
  @XmlAttribute(name = "node_fenced")
  private String nodeFenced;
  @XmlAttribute(name = "clear_shutdown")
  private String clearShutdown;
  @XmlAttribute(name = "node_in_maintenance")
  private String nodeInMaintenance;

  @XmlElementRefs({
    @XmlElementRef(type = TransientAttributes.class),
    @XmlElementRef(type = Lrm.class)
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

  public NodeState setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code uname} attribute, or null. */
  public String getUname() {
    return uname;
  }

  public NodeState setUname(String uname) {
    this.uname = uname;
    return this;
  }

  /** The {@code in_ccm} attribute, or null. */
  public String getInCcm() {
    return inCcm;
  }

  public NodeState setInCcm(String inCcm) {
    this.inCcm = inCcm;
    return this;
  }

  /** The {@code crmd} attribute, or null. */
  public String getCrmd() {
    return crmd;
  }

  public NodeState setCrmd(String crmd) {
    this.crmd = crmd;
    return this;
  }

  /** The {@code join} attribute, or null. */
  public String getJoin() {
    return join;
  }

  public NodeState setJoin(String join) {
    this.join = join;
    return this;
  }

  /** The {@code expected} attribute, or null. */
  public String getExpected() {
    return expected;
  }

  public NodeState setExpected(String expected) {
    this.expected = expected;
    return this;
  }

  /** The {@code crm-debug-origin} attribute, or null. */
  public String getCrmDebugOrigin() {
    return crmDebugOrigin;
  }

  public NodeState setCrmDebugOrigin(String crmDebugOrigin) {
    this.crmDebugOrigin = crmDebugOrigin;
    return this;
  }

  /** The {@code shutdown} attribute, or null. */
  public String getShutdown() {
    return shutdown;
  }

  public NodeState setShutdown(String shutdown) {
    this.shutdown = shutdown;
    return this;
  }

  /** The {@code ha} attribute, or null. */
  public String getHa() {
    return ha;
  }

  public NodeState setHa(String ha) {
    this.ha = ha;
    return this;
  }

  /** The {@code remote_node} attribute, or null. */
  public String getRemoteNode() {
    return remoteNode;
  }

  public NodeState setRemoteNode(String remoteNode) {
    this.remoteNode = remoteNode;
    return this;
  }

  /** The {@code node_fenced} attribute, or null. */
  public String getNodeFenced() {
    return nodeFenced;
  }

  public NodeState setNodeFenced(String nodeFenced) {
    this.nodeFenced = nodeFenced;
    return this;
  }

  /** The {@code clear_shutdown} attribute, or null. */
  public String getClearShutdown() {
    return clearShutdown;
  }

  public NodeState setClearShutdown(String clearShutdown) {
    this.clearShutdown = clearShutdown;
    return this;
  }

  /** The {@code node_in_maintenance} attribute, or null. */
  public String getNodeInMaintenance() {
    return nodeInMaintenance;
  }

  public NodeState setNodeInMaintenance(String nodeInMaintenance) {
    this.nodeInMaintenance = nodeInMaintenance;
    return this;
  }

  public TransientAttributes transientAttributes() {
    return firstChild(TransientAttributes.class);
  }

  public Lrm lrm() {
    return firstChild(Lrm.class);
  }

  /** The resource histories on this node (empty when none). */
  public List<LrmResource> lrmResources() {
    Lrm l = lrm();
    LrmResources r = l == null ? null : l.resources();
    return r == null ? List.of() : r.all();
  }

  /** A transient node attribute from the first unconditional set holding it, or null. */
  public String transientAttribute(String name) {
    TransientAttributes t = transientAttributes();
    return t == null ? null : NvSet.firstValue(t.instanceAttributes(), name);
  }
}

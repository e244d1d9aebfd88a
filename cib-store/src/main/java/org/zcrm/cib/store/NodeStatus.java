package org.zcrm.cib.store;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * The status one node has written about itself: its node_state element (without children), its
 * transient attributes, and one lrm_resource element per resource. {@code version} is the version
 * of status/&lt;node&gt;, which every status write of that node bumps in the same multi().
 */
public record NodeStatus(String node, String nodeState, Optional<String> attrs, SortedMap<String, String> lrm, int version) {

  public NodeStatus {
    lrm = Collections.unmodifiableSortedMap(new TreeMap<>(lrm));
  }

  /** The node_state element as text (see {@link #toNodeState}), indented by depth. */
  public void appendXml(StringBuilder sb, int depth) throws CibXmlException {
    Element ns = nodeState.isBlank() ? CibXml.newDocument().createElement("node_state") : CibXml.parse(nodeState);
    if (!ns.hasAttribute("id")) {
      ns.setAttribute("id", node);
    }
    String pad = "  ".repeat(depth);
    sb.append(pad).append(CibXml.openTag(ns)).append('\n');
    attrs.ifPresent(a -> CibXml.appendIndented(sb, a, depth + 1));
    if (!lrm.isEmpty()) {
      sb.append(pad).append("  <lrm id=\"").append(ns.getAttribute("id").replace("&", "&amp;").replace("\"", "&quot;")
          .replace("<", "&lt;")).append("\">\n");
      sb.append(pad).append("    <lrm_resources>\n");
      lrm.values().forEach(x -> CibXml.appendIndented(sb, x, depth + 3));
      sb.append(pad).append("    </lrm_resources>\n");
      sb.append(pad).append("  </lrm>\n");
    }
    sb.append(pad).append("</node_state>\n");
  }

  /** The node_state element in Pacemaker's format, with transient_attributes and lrm. */
  public Element toNodeState(Document doc) throws CibXmlException {
    Element ns = nodeState.isBlank() ? doc.createElement("node_state")
        : CibXml.importInto(doc, CibXml.parse(nodeState));
    if (!ns.hasAttribute("id")) {
      ns.setAttribute("id", node);
    }
    if (attrs.isPresent()) {
      ns.appendChild(CibXml.importInto(doc, CibXml.parse(attrs.get())));
    }
    if (!lrm.isEmpty()) {
      Element l = doc.createElement("lrm");
      l.setAttribute("id", ns.getAttribute("id"));
      Element rs = doc.createElement("lrm_resources");
      for (String xml : lrm.values()) {
        rs.appendChild(CibXml.importInto(doc, CibXml.parse(xml)));
      }
      l.appendChild(rs);
      ns.appendChild(l);
    }
    return ns;
  }
}

package org.zcrm.cib.store;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * A consistent view of the store: the configuration as of one generation (objects that do not
 * parse or validate left out and listed in {@code problems}), the status of every node, and the
 * znode versions a change computed from this snapshot is checked against. {@code handEdited}
 * holds the znodes changed after the last change zcrm wrote (their modification zxid is newer than
 * config/generation's), which is how a hand edit with zkCli is recognised; {@code touchedByHand}
 * is false when config/ is exactly as zcrm last wrote (and validated) it.
 *
 * <p>{@code configZxid} is the highest modification zxid seen under config/: unlike the
 * generation it also moves when someone edits an object by hand, so "same configZxid" means
 * "same configuration". {@code numUpdates} is Pacemaker's num_updates, derived from the status
 * (see {@link StatusWriter}).
 */
public record CibSnapshot(
    ConfigState config,
    List<StoreProblem> problems,
    SortedMap<String, NodeStatus> status,
    Map<String, Integer> versions,
    java.util.Set<String> handEdited,
    boolean touchedByHand,
    int generationVersion,
    long configZxid,
    long numUpdates) {

  public CibSnapshot {
    problems = List.copyOf(problems);
    versions = Map.copyOf(versions);
    handEdited = java.util.Set.copyOf(handEdited);
  }

  /** The same snapshot with some objects left out (they failed validation) and their problems added. */
  public CibSnapshot without(java.util.Collection<ConfigObject> left, List<StoreProblem> more) {
    ConfigState c = config;
    for (ConfigObject o : left) {
      c = c.without(o.kind(), o.id());
    }
    List<StoreProblem> all = new java.util.ArrayList<>(problems);
    all.addAll(more);
    return new CibSnapshot(c, all, status, versions, handEdited, touchedByHand, generationVersion, configZxid, numUpdates);
  }

  public Generation generation() {
    return config.generation();
  }

  /** Which part of the CIB to put in a document. */
  public enum Section { CONFIGURATION, STATUS, ALL }

  /** Pacemaker's CIB document: the cib element with the requested sections. */
  public Document toDocument(Section section) {
    Document doc = config.toDocument(null);
    Element cib = doc.getDocumentElement();
    cib.setAttribute("num_updates", Long.toString(numUpdates));
    Element conf = CibXml.children(cib, "configuration").get(0);
    Element st = CibXml.children(cib, "status").get(0);
    if (section == Section.STATUS) {
      cib.removeChild(conf);
    }
    if (section == Section.CONFIGURATION) {
      cib.removeChild(st);
    } else {
      for (NodeStatus ns : status.values()) {
        try {
          st.appendChild(ns.toNodeState(doc));
        } catch (CibXmlException e) {
          throw new StoreException(StoreException.Kind.UNAVAILABLE,
              "Status of node " + ns.node() + " is not readable XML: " + e.getMessage(), e);
        }
      }
    }
    return doc;
  }

  /** The model of the whole CIB (configuration and status), for the engine. */
  public org.zcrm.cib.model.Cib toCib() {
    return org.zcrm.cib.model.xml.CibCodec.readString(toXml(Section.ALL));
  }

  /**
   * The whole document as text, as `zcrm cib export` writes it. Built from the stored fragments
   * as text (a DOM of ten thousand objects would cost seconds).
   */
  public String toXml(Section section) {
    Document doc = CibXml.newDocument();
    Element cib = doc.createElement("cib");
    config.header().applyTo(cib);
    cib.setAttribute("num_updates", Long.toString(numUpdates));
    StringBuilder sb = new StringBuilder(64 * 1024 + config.size() * 256);
    sb.append(CibXml.openTag(cib)).append('\n');
    if (section != Section.STATUS) {
      config.appendConfiguration(sb, 1);
    }
    if (section != Section.CONFIGURATION) {
      if (status.isEmpty()) {
        sb.append("  <status/>\n");
      } else {
        sb.append("  <status>\n");
        for (NodeStatus ns : status.values()) {
          try {
            ns.appendXml(sb, 2);
          } catch (CibXmlException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE,
                "Status of node " + ns.node() + " is not readable XML: " + e.getMessage(), e);
          }
        }
        sb.append("  </status>\n");
      }
    }
    return sb.append("</cib>\n").toString();
  }
}

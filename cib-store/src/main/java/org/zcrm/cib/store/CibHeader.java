package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * The content of config/generation: a childless {@code <cib>} element with admin_epoch, epoch and
 * the other attributes of the imported cib element (validate-with, crm_feature_set, ...). While a
 * large change is being applied it also names the staged change, which readers then overlay on
 * config/ (see {@link StagedApply}). num_updates is never stored here; it comes from the status.
 */
public record CibHeader(Generation generation, SortedMap<String, String> attributes, Optional<Pending> pending,
    java.util.SortedSet<String> leftOut) {

  /** Attributes of the cib element that are not configuration and are never stored. */
  static final java.util.Set<String> DERIVED = java.util.Set.of("admin_epoch", "epoch", "num_updates");

  static final String PENDING = "zcrm-pending-change";

  /** A committed change that is still being copied into config/ from staging/&lt;staging&gt;. */
  public record Pending(String staging, int parts) {}

  static final String LEFT_OUT = "zcrm-left-out";

  public CibHeader {
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    leftOut = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(leftOut));
  }

  public CibHeader(Generation generation, SortedMap<String, String> attributes, Optional<Pending> pending) {
    this(generation, attributes, pending, new java.util.TreeSet<>());
  }

  /**
   * With the objects (paths relative to the cluster root) that a reader left out when this change
   * was computed: they stay left out after it, although zcrm's change makes them older than the
   * generation, until someone fixes or removes them.
   */
  public CibHeader withLeftOut(java.util.Collection<String> paths) {
    return new CibHeader(generation, attributes, pending, new java.util.TreeSet<>(paths));
  }

  public static CibHeader initial() {
    SortedMap<String, String> attrs = new TreeMap<>();
    attrs.put("validate-with", "pacemaker-3.9");
    attrs.put("crm_feature_set", "3.19.0");
    return new CibHeader(Generation.ZERO, attrs, Optional.empty());
  }

  /** The non-derived attributes of a cib element. */
  public static SortedMap<String, String> attributesOf(Element cib) {
    SortedMap<String, String> out = new TreeMap<>();
    NamedNodeMap map = cib.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr a = (Attr) map.item(i);
      if (!DERIVED.contains(a.getName())) {
        out.put(a.getName(), a.getValue());
      }
    }
    return out;
  }

  /** The generation written in a cib element (0.0 where absent or not a number). */
  public static Generation generationOf(Element cib) {
    return new Generation(longAttr(cib, "admin_epoch"), longAttr(cib, "epoch"));
  }

  public CibHeader withGeneration(Generation g) {
    return new CibHeader(g, attributes, pending, leftOut);
  }

  public CibHeader withAttributes(Map<String, String> attrs) {
    return new CibHeader(generation, new TreeMap<>(attrs), pending, leftOut);
  }

  public CibHeader withPending(Optional<Pending> p) {
    return new CibHeader(generation, attributes, p, leftOut);
  }

  /** Writes the attributes onto an exported cib element. */
  public void applyTo(Element cib) {
    attributes.forEach(cib::setAttribute);
    cib.setAttribute("admin_epoch", Long.toString(generation.adminEpoch()));
    cib.setAttribute("epoch", Long.toString(generation.epoch()));
  }

  public byte[] toBytes() {
    Document doc = CibXml.newDocument();
    Element cib = doc.createElement("cib");
    applyTo(cib);
    pending.ifPresent(p -> {
      Element e = doc.createElement(PENDING);
      e.setAttribute("staging", p.staging());
      e.setAttribute("parts", Integer.toString(p.parts()));
      cib.appendChild(e);
    });
    for (String p : leftOut) {
      Element e = doc.createElement(LEFT_OUT);
      e.setAttribute("path", p);
      cib.appendChild(e);
    }
    return CibXml.toXml(cib).getBytes(StandardCharsets.UTF_8);
  }

  public static CibHeader parse(byte[] data) throws CibXmlException {
    if (data == null || data.length == 0) {
      return initial();
    }
    Element cib = CibXml.parse(new String(data, StandardCharsets.UTF_8));
    if (!cib.getTagName().equals("cib")) {
      throw new CibXmlException("expected a <cib> element, found <" + cib.getTagName() + ">", null);
    }
    Optional<Pending> pending = CibXml.children(cib, PENDING).stream().findFirst()
        .map(e -> new Pending(e.getAttribute("staging"), Integer.parseInt(e.getAttribute("parts"))));
    java.util.SortedSet<String> left = new java.util.TreeSet<>();
    CibXml.children(cib, LEFT_OUT).forEach(e -> left.add(e.getAttribute("path")));
    return new CibHeader(generationOf(cib), attributesOf(cib), pending, left);
  }

  private static long longAttr(Element e, String name) {
    String v = e.getAttribute(name);
    try {
      return v.isEmpty() ? 0 : Long.parseLong(v.trim());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }
}

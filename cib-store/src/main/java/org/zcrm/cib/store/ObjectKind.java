package org.zcrm.cib.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of configuration object, each with its znode under config/. A section kind is one znode
 * holding the whole section element (crm_config, rsc_defaults, op_defaults); a collection kind is a
 * folder with one znode per child element, named by the child's id.
 */
public enum ObjectKind {
  CRM_CONFIG("crm_config", "crm_config", Set.of()),
  RSC_DEFAULTS("rsc_defaults", "rsc_defaults", Set.of()),
  OP_DEFAULTS("op_defaults", "op_defaults", Set.of()),
  NODE("nodes", "nodes", Set.of("node")),
  RESOURCE("resources", "resources", Set.of("primitive", "group", "clone", "master", "bundle", "template")),
  CONSTRAINT("constraints", "constraints", Set.of("rsc_location", "rsc_colocation", "rsc_order", "rsc_ticket")),
  FENCING_LEVEL("fencing-topology", "fencing-topology", Set.of("fencing-level")),
  TAG("tags", "tags", Set.of("tag")),
  ALERT("alerts", "alerts", Set.of("alert")),
  ACL("acls", "acls", Set.of("acl_target", "acl_role", "acl_user", "acl_group"));

  /** Sections that Pacemaker's schema requires in every configuration, even when empty. */
  public static final Set<ObjectKind> MANDATORY = Set.of(CRM_CONFIG, NODE, RESOURCE, CONSTRAINT);

  /** Order of the sections in an exported configuration. */
  public static final List<ObjectKind> EXPORT_ORDER = List.of(
      CRM_CONFIG, NODE, RESOURCE, CONSTRAINT, FENCING_LEVEL, RSC_DEFAULTS, OP_DEFAULTS, ALERT, TAG, ACL);

  private final String znode;
  private final String section;
  private final Set<String> elements;

  ObjectKind(String znode, String section, Set<String> elements) {
    this.znode = znode;
    this.section = section;
    this.elements = elements;
  }

  /** Name of the znode under config/: the section znode or the collection folder. */
  public String znode() {
    return znode;
  }

  /** Element name of the section inside &lt;configuration&gt;. */
  public String section() {
    return section;
  }

  /** Element names a collection object may have; empty for a section kind. */
  public Set<String> elements() {
    return elements;
  }

  public boolean isCollection() {
    return !elements.isEmpty();
  }

  public static Optional<ObjectKind> bySection(String sectionElement) {
    return Arrays.stream(values()).filter(k -> k.section.equals(sectionElement)).findFirst();
  }

  public static Optional<ObjectKind> byZnode(String name) {
    return Arrays.stream(values()).filter(k -> k.znode.equals(name)).findFirst();
  }

  /** The kind a configuration child element belongs to, e.g. "primitive" -> RESOURCE. */
  public static Optional<ObjectKind> byElement(String element) {
    return Arrays.stream(values()).filter(k -> k.elements.contains(element)).findFirst();
  }

  /** Words a user reads in messages: "resource web", "crm_config". */
  public String describe(String id) {
    return switch (this) {
      case CRM_CONFIG, RSC_DEFAULTS, OP_DEFAULTS -> section;
      case NODE -> "node " + id;
      case RESOURCE -> "resource " + id;
      case CONSTRAINT -> "constraint " + id;
      case FENCING_LEVEL -> "fencing level " + id;
      case TAG -> "tag " + id;
      case ALERT -> "alert " + id;
      case ACL -> "ACL entry " + id;
    };
  }
}

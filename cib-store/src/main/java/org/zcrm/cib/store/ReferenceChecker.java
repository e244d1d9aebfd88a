package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The store's own minimal validation, used when no fuller validator is given: every id is unique
 * across the configuration, and every constraint names resources (or tags) that exist.
 */
public final class ReferenceChecker implements ConfigChecker {

  private static final Set<String> RESOURCE_ELEMENTS = Set.of("primitive", "group", "clone", "master", "bundle", "template");

  @Override
  public List<Finding> check(ConfigState config) {
    List<Finding> out = new ArrayList<>();
    Set<String> resources = new HashSet<>();
    Set<String> seen = new HashSet<>();
    List<ConfigObject> constraints = new ArrayList<>();
    java.util.Map<ConfigObject, FragmentScan> scans = new java.util.HashMap<>();
    for (ConfigObject o : config.allObjects()) {
      FragmentScan scan;
      try {
        scan = FragmentScan.of(o.xml());
      } catch (CibXml.CibXmlException e) {
        out.add(Finding.error(o.kind(), o.id(), o.describe() + " is not well-formed XML: " + e.getMessage()));
        continue;
      }
      for (String key : scan.ids()) {
        String element = key.substring(0, key.indexOf('\u0000'));
        if (o.kind() != ObjectKind.NODE && !seen.add(key)) {
          out.add(Finding.error(o.kind(), o.id(), o.describe() + ": id '" + key.substring(key.indexOf('\u0000') + 1)
              + "' of <" + element + "> is used more than once; give it a unique id"));
        }
        if (o.kind() == ObjectKind.RESOURCE && RESOURCE_ELEMENTS.contains(element)) {
          resources.add(key.substring(key.indexOf('\u0000') + 1));
        }
      }
      if (o.kind() == ObjectKind.TAG) {
        resources.add(o.id());
      }
      if (o.kind() == ObjectKind.CONSTRAINT) {
        constraints.add(o);
        scans.put(o, scan);
      }
    }
    for (ConfigObject c : constraints) {
      for (String ref : scans.get(c).references()) {
        if (!resources.contains(ref)) {
          out.add(Finding.error(ObjectKind.CONSTRAINT, c.id(), c.describe() + " refers to resource '" + ref
              + "', which does not exist; create the resource first or delete the constraint"));
        }
      }
    }
    return out;
  }
}

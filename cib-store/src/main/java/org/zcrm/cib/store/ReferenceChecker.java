package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The store's own minimal validation, used when no fuller validator is given: every id is unique
 * across the configuration, and every constraint names resources (or tags) that exist.
 */
public final class ReferenceChecker implements ConfigChecker {

  private static final Set<String> RESOURCE_ELEMENTS = Set.of("primitive", "group", "clone", "master", "bundle", "template");
  private static final List<String> REFERENCES = List.of("rsc", "with-rsc", "first", "then");

  @Override
  public List<Finding> check(ConfigState config) {
    List<Finding> out = new ArrayList<>();
    Set<String> resources = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (ConfigObject o : config.allObjects()) {
      Element e = o.element();
      NodeList all = e.getElementsByTagName("*");
      List<Element> elements = new ArrayList<>();
      elements.add(e);
      for (int i = 0; i < all.getLength(); i++) {
        elements.add((Element) all.item(i));
      }
      for (Element x : elements) {
        String id = x.getAttribute("id");
        if (x.hasAttribute("id") && !id.isEmpty() && !x.getTagName().equals("node") && !seen.add(x.getTagName() + "\u0000" + id)
            && o.kind() != ObjectKind.NODE) {
          out.add(Finding.error(o.kind(), o.id(), o.describe() + ": id '" + id + "' of <" + x.getTagName()
              + "> is used more than once; give it a unique id"));
        }
        if (RESOURCE_ELEMENTS.contains(x.getTagName()) && o.kind() == ObjectKind.RESOURCE) {
          resources.add(id);
        }
      }
      if (o.kind() == ObjectKind.TAG) {
        resources.add(o.id());
      }
    }
    for (ConfigObject c : config.objects(ObjectKind.CONSTRAINT)) {
      Element e = c.element();
      for (String attr : REFERENCES) {
        String ref = e.getAttribute(attr);
        if (!ref.isEmpty() && !resources.contains(ref)) {
          out.add(Finding.error(ObjectKind.CONSTRAINT, c.id(), c.describe() + " refers to resource '" + ref
              + "', which does not exist; create the resource first or delete the constraint"));
        }
      }
      NodeList refs = e.getElementsByTagName("resource_ref");
      for (int i = 0; i < refs.getLength(); i++) {
        String ref = ((Element) refs.item(i)).getAttribute("id");
        if (!resources.contains(ref)) {
          out.add(Finding.error(ObjectKind.CONSTRAINT, c.id(), c.describe() + " refers to resource '" + ref
              + "' in a resource set, which does not exist"));
        }
      }
    }
    return out;
  }
}

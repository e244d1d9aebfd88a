package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.model.validate.CibValidator;
import org.zcrm.cib.model.validate.Problem;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.model.xml.CibParseException;

/**
 * The full validation of cib-model ({@link CibValidator}, what crm_verify checks) applied to a
 * whole stored configuration, each problem attributed to the stored object that holds the element
 * it names (an op's problem belongs to its resource).
 */
public final class ModelChecker implements ConfigChecker {

  @Override
  public List<Finding> check(ConfigState config) {
    Document doc = CibXml.newDocument();
    Element cib = doc.createElement("cib");
    config.header().applyTo(cib);
    StringBuilder sb = new StringBuilder(64 * 1024 + config.size() * 256);
    sb.append(CibXml.openTag(cib)).append('\n');
    config.appendConfiguration(sb, 1);
    sb.append("  <status/>\n</cib>\n");
    List<Problem> problems;
    try {
      problems = CibValidator.validate(CibCodec.readString(sb.toString()));
    } catch (CibParseException e) {
      return List.of(Finding.error(null, "", "the configuration cannot be read as a CIB: " + e.problem()));
    }
    Map<String, ConfigObject> owners = owners(config);
    List<Finding> out = new ArrayList<>();
    for (Problem p : problems) {
      ConfigObject owner = p.id() == null ? null : owners.get(p.element() + "\u0000" + p.id());
      String message = p.subject() + ": " + p.message();
      if (owner == null && p.element().equals("crm_config")) {
        owner = config.find(ObjectKind.CRM_CONFIG, "").orElse(null);
      }
      out.add(new Finding(java.util.Optional.ofNullable(owner).map(ConfigObject::kind),
          owner == null ? "" : owner.id(), p.isError(), message));
    }
    return out;
  }

  /** element+id of every element inside a stored object -> that object. */
  private static Map<String, ConfigObject> owners(ConfigState config) {
    Map<String, ConfigObject> out = new HashMap<>();
    for (ConfigObject o : config.allObjects()) {
      try {
        for (String key : FragmentScan.of(o.xml()).ids()) {
          out.putIfAbsent(key, o);
        }
      } catch (CibXml.CibXmlException e) {
        // not well-formed objects never reach a checker
      }
    }
    return out;
  }
}

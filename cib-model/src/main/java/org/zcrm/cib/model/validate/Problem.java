package org.zcrm.cib.model.validate;

import java.util.Locale;

/**
 * One problem found in a CIB: its severity, the element (name and id) it is about and what is wrong.
 *
 * @param severity error (the CIB is invalid) or warning (Pacemaker works around it)
 * @param element the XML element name, e.g. "rsc_colocation"
 * @param id the element's id, or null when it has none
 * @param message what is wrong, in a sentence without the element
 */
public record Problem(Severity severity, String element, String id, String message) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING;

    /** "error" or "warning", as printed. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** True for an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The element as printed: {@code <rsc_order id="o1">} or {@code <nodes>}. */
  public String subject() {
    return id == null ? "<" + element + ">" : "<" + element + " id=\"" + id + "\">";
  }

  /** {@code error: <rsc_order id="o1">: then "x" is not a resource, template or tag} */
  @Override
  public String toString() {
    return severity.label() + ": " + subject() + ": " + message;
  }
}

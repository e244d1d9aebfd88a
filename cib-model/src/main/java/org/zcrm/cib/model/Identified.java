package org.zcrm.cib.model;

/** A CIB element with an {@code id} attribute. */
public interface Identified {
  /** The {@code id} attribute, or null. */
  String getId();
}

package org.zcrm.cib.model;

/**
 * A CIB element that may stand for another element of the same name through {@code id-ref}
 * (Pacemaker resolves {@code <meta_attributes id-ref="x"/>} to the meta_attributes whose id is x).
 */
public interface IdReference {
  /** The {@code id-ref} attribute, or null. */
  String getIdRef();
}

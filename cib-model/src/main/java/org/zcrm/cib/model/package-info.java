/**
 * The CIB as Pacemaker 3.x writes it: JAXB classes for configuration and status, the XML codec
 * that reads and writes them without losing anything it does not know, and the validator (the start
 * of crm_verify). Nothing here does I/O beyond reading and writing XML.
 *
 * <p>Every element class extends {@link org.zcrm.cib.model.CibElement}: one ordered list of children
 * (known children as typed objects, unknown ones as DOM elements) and a map of unknown attributes, so
 * that writing back gives what was read, in the same order.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/**
 * The CIB as Pacemaker 3.x writes it: JAXB classes for configuration and status, the XML codec
 * that reads and writes them without losing anything it does not know, and the validator (the start
 * of crm_verify). Nothing here does I/O beyond reading and writing XML.
 */
package org.zcrm.cib.model;

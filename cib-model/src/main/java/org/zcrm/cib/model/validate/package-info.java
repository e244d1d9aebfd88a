/**
 * Validation of a CIB, the start of crm_verify. Errors are what Pacemaker's schema rejects or a
 * reference that does not resolve; warnings are what Pacemaker's scheduler reports and works around
 * (ignoring the item or using a default). Only errors make a CIB invalid.
 */
package org.zcrm.cib.model.validate;

/** The status section: node states, transient attributes, resource operation history, tickets. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

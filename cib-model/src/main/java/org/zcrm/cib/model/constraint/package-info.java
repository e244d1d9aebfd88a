/** Constraints: location, colocation, order, ticket, and resource sets. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

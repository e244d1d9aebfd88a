/** The fencing topology. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.fencing;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

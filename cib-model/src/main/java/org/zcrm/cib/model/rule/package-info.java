/** Rules and their expressions, as a tree. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

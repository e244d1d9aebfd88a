/** Resources: primitive, group, clone, master, bundle, template, and their operations. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

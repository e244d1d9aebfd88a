/** Name/value sets: nvpair, meta_attributes, instance_attributes, utilization, cluster_property_set. */
@XmlAccessorType(XmlAccessType.FIELD)
package org.zcrm.cib.model.nv;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

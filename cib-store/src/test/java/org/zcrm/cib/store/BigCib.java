package org.zcrm.cib.store;

import java.util.List;
import org.w3c.dom.Element;

/** Generated configurations large enough to need several ZooKeeper requests. */
final class BigCib {
  private BigCib() {}

  static Element withResources(int n) throws Exception {
    StringBuilder sb = new StringBuilder("<cib validate-with=\"pacemaker-3.9\" admin_epoch=\"0\" epoch=\"5\"><configuration>"
        + "<crm_config/><nodes><node id=\"n1\" uname=\"n1\"/></nodes><resources>");
    for (int i = 0; i < n; i++) {
      sb.append("<primitive id=\"big").append(i).append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">")
          .append("<instance_attributes id=\"big").append(i).append("-ia\"><nvpair id=\"big").append(i)
          .append("-ia-state\" name=\"state\" value=\"/run/big").append(i).append("\"/></instance_attributes>")
          .append("<operations><op id=\"big").append(i).append("-monitor\" name=\"monitor\" interval=\"10s\"/></operations>")
          .append("</primitive>");
    }
    sb.append("</resources><constraints>");
    for (int i = 1; i < n; i += 3) {
      sb.append("<rsc_order id=\"o").append(i).append("\" first=\"big").append(i - 1).append("\" then=\"big").append(i).append("\"/>");
    }
    sb.append("</constraints></configuration><status/></cib>");
    return CibXml.parse(sb.toString());
  }

  /** True when the configuration is exactly the one in this cib. */
  static boolean matches(ConfigState c, Element cib) {
    ConfigState expected = ConfigState.fromCib(cib);
    return c.sameContent(expected);
  }

  static List<String> ids(ConfigState c) {
    return c.ids(ObjectKind.RESOURCE);
  }
}

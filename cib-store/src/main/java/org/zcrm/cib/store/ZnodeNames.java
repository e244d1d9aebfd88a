package org.zcrm.cib.store;

/** Which ids can name a znode (ZooKeeper refuses '/', "." and "..", and control characters). */
final class ZnodeNames {
  static final String RULE = "use letters, digits and punctuation other than '/'";

  private ZnodeNames() {}

  static boolean usable(String id) {
    if (id.isEmpty() || id.equals(".") || id.equals("..") || id.equals("zookeeper")) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '/' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfff0) {
        return false;
      }
    }
    return true;
  }
}

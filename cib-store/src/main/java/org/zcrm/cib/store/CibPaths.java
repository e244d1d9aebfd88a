package org.zcrm.cib.store;

/**
 * The znode layout of one cluster, under /zcrm/&lt;cluster&gt; (see DESIGN.md "ZooKeeper layout").
 * Everything that names a znode goes through here.
 */
public record CibPaths(String root) {

  public static CibPaths forCluster(String cluster) {
    return new CibPaths("/zcrm/" + cluster);
  }

  public String config() {
    return root + "/config";
  }

  /** admin_epoch and epoch (and the other attributes of the cib element); bumped by every change. */
  public String generation() {
    return config() + "/generation";
  }

  /** The znode of a section kind, or the folder of a collection kind. */
  public String kind(ObjectKind kind) {
    return config() + "/" + kind.znode();
  }

  /** The znode of one object; for a section kind the id is ignored. */
  public String object(ObjectKind kind, String id) {
    return kind.isCollection() ? kind(kind) + "/" + id : kind(kind);
  }

  public String rules() {
    return config() + "/rules";
  }

  public String rule(String name) {
    return rules() + "/" + name;
  }

  /** Parts of a large change written before it is committed; see {@link StagedApply}. */
  public String staging() {
    return root + "/staging";
  }

  public String staging(String id) {
    return staging() + "/" + id;
  }

  public String members() {
    return root + "/members";
  }

  public String member(String node) {
    return members() + "/" + node;
  }

  public String status() {
    return root + "/status";
  }

  public String status(String node) {
    return status() + "/" + node;
  }

  public String statusLrm(String node) {
    return status(node) + "/lrm";
  }

  public String statusLrm(String node, String rsc) {
    return statusLrm(node) + "/" + rsc;
  }

  public String statusAttrs(String node) {
    return status(node) + "/attrs";
  }

  public String dc() {
    return root + "/dc";
  }

  public String actions() {
    return root + "/actions";
  }

  /** Operator requests to the node daemons (forget operation history: cleanup, refresh). */
  public String requests() {
    return root + "/requests";
  }

  public String requests(String node) {
    return requests() + "/" + node;
  }

  public String fencingHistory() {
    return root + "/fencing/history";
  }

  public String transitions() {
    return root + "/transitions";
  }

  /** Folders created when a store is first used (the parents of everything else). */
  public java.util.List<String> folders() {
    java.util.List<String> out = new java.util.ArrayList<>();
    out.add(config());
    for (ObjectKind k : ObjectKind.values()) {
      if (k.isCollection()) {
        out.add(kind(k));
      }
    }
    out.add(rules());
    out.add(staging());
    out.add(members());
    out.add(status());
    out.add(dc());
    out.add(dc() + "/latch");
    out.add(actions());
    out.add(requests());
    out.add(root + "/fencing");
    out.add(fencingHistory());
    out.add(transitions());
    return out;
  }

  /** True for a path whose znodes carry the protected ACL when credentials are configured. */
  public boolean isProtected(String path) {
    return path.equals(config()) || path.startsWith(config() + "/")
        || path.equals(staging()) || path.startsWith(staging() + "/");
  }
}

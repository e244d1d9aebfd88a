package org.zcrm.cib.store;

/**
 * A stored object that was left out of a snapshot: its znode path, what it is, and why (it does
 * not parse, it is not the element its folder holds, its id differs from its znode name, or the
 * validator refused it). Typically the result of a hand edit with zkCli. {@code leftOut} tells
 * whether the object was left out of the snapshot or only reported.
 */
public record StoreProblem(String path, String object, String message, boolean leftOut) {
  @Override
  public String toString() {
    return object + " (" + path + "): " + message;
  }
}

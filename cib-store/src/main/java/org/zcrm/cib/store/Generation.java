package org.zcrm.cib.store;

/**
 * Pacemaker's configuration version: admin_epoch, then epoch. zcrm bumps epoch in the same
 * multi() as every configuration change it writes; a greater generation is a newer configuration.
 */
public record Generation(long adminEpoch, long epoch) implements Comparable<Generation> {

  public static final Generation ZERO = new Generation(0, 0);

  public Generation next() {
    return new Generation(adminEpoch, epoch + 1);
  }

  @Override
  public int compareTo(Generation o) {
    int c = Long.compare(adminEpoch, o.adminEpoch);
    return c != 0 ? c : Long.compare(epoch, o.epoch);
  }

  public static Generation max(Generation a, Generation b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** As Pacemaker prints it: admin_epoch.epoch (num_updates is added by the status). */
  @Override
  public String toString() {
    return adminEpoch + "." + epoch;
  }
}

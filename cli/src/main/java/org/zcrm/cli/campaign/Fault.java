package org.zcrm.cli.campaign;

import java.util.Locale;

/** The faults the campaign injects. */
public enum Fault {
  KILL_NODE, FREEZE_NODE, KILL_DC, KILL_ZK_SERVER, ZK_QUORUM_LOSS, MONITOR_FAILS, START_HANGS, CONFIG_RACE;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

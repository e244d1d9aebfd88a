package org.zcrm.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Zcrm.class.getPackage().getImplementationVersion();
    return new String[] {"zcrm " + (v == null ? "(development build)" : v)};
  }
}

package org.zcrm.cli;

import picocli.CommandLine;

/**
 * Adds the operator's verbs to the `resource` and `node` groups (kept apart from those groups'
 * own classes so that each group's owner can change its class without touching these). A group
 * that is not on the command line (a run builds only the verb it invokes) is left alone.
 */
final class OperatorVerbs {
  private OperatorVerbs() {}

  static void addTo(CommandLine zcrm) {
    CommandLine resource = zcrm.getSubcommands().get("resource");
    if (resource != null) {
      for (Class<?> c : new Class<?>[] {ResourceOpsCommands.Move.class, ResourceOpsCommands.Ban.class,
          ResourceOpsCommands.Clear.class, ResourceOpsCommands.Enable.class, ResourceOpsCommands.Disable.class,
          ResourceOpsCommands.Manage.class, ResourceOpsCommands.Unmanage.class, ResourceOpsCommands.Restart.class,
          ResourceOpsCommands.Locate.class, ResourceOpsCommands.Why.class, HistoryCommands.Cleanup.class,
          HistoryCommands.Refresh.class}) {
        resource.addSubcommand(c);
      }
    }
    CommandLine node = zcrm.getSubcommands().get("node");
    if (node != null) {
      for (Class<?> c : new Class<?>[] {NodeOpsCommands.Standby.class, NodeOpsCommands.Online.class,
          NodeOpsCommands.Maintenance.class, NodeOpsCommands.ListNodes.class}) {
        node.addSubcommand(c);
      }
    }
  }
}

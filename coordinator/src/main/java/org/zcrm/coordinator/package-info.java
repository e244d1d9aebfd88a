/**
 * The node daemon, Pacemaker's controller: membership, DC election through a Curator LeaderLatch
 * with epoch-fenced writes, and, on the DC, the loop that runs the engine and drives transitions.
 */
package org.zcrm.coordinator;

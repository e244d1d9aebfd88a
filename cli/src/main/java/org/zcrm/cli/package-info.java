/**
 * The {@code zcrm} command line (picocli): verify, cib, simulate, node, cluster, status, resource and
 * rules verbs.
 */
package org.zcrm.cli;

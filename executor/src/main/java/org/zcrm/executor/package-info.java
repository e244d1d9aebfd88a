/**
 * The executor, Pacemaker's LRMd: runs OCF and LSB resource agents with timeouts, probes and
 * recurring monitors, one action at a time per resource, and records each result as operation history.
 */
package org.zcrm.executor;

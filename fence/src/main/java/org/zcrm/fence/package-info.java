/**
 * The fencer, Pacemaker's STONITHd: fence devices from the CIB's stonith primitives, host maps and
 * checks, topology levels, and fence agents run through the fence-agents stdin protocol.
 */
package org.zcrm.fence;

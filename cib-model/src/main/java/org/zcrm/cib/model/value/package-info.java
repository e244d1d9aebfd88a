/** Pacemaker's value syntaxes: scores, booleans, integers, intervals and durations, dates. */
package org.zcrm.cib.model.value;

/**
 * zcrm's shipped policy as Drools rule files (src/main/resources/org/zcrm/rules/*.drl), one file per
 * concept (location, colocation, ordering, failures, fencing, ...), compiled at build time.
 */
package org.zcrm.rules;

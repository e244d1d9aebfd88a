/**
 * zcrm's shipped policy as Drools rule files (src/main/resources/org/zcrm/rules/*.drl), one file per
 * concept: node-state, failures, fencing, quorum, tickets, location, stickiness, resources,
 * colocation, ordering. The kie-maven-plugin compiles them to Drools' executable model at build
 * time (kjar packaging); {@code PolicyRules.shipped()} loads that once per JVM, and
 * {@code PolicyRules.withExtra(...)} compiles extra user .drl files with the shipped ones at run
 * time. Whole-engine tests (golden scenarios, safety properties, conformance) live here.
 */
package org.zcrm.rules;

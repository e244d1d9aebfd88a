package org.zcrm.engine.facts;

/**
 * One effective meta attribute of a resource (clone instances expanded): the resource's own
 * meta_attributes, then its parent's, then rsc_defaults, as the engine itself reads them.
 */
public record ResourceMetaFact(String rsc, String name, String value) {}

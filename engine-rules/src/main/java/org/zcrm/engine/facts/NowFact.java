package org.zcrm.engine.facts;

/** The time the engine schedules for, in epoch seconds. */
public record NowFact(long epochSeconds) {}

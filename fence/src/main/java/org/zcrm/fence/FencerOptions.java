package org.zcrm.fence;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;

import org.zcrm.fence.agent.AgentLocator;

/**
 * How a fencer runs: the node it runs on (recorded as the delegate), where agents are found, the
 * pause between retries (Pacemaker: 1 s), how long a dynamic-list answer is trusted (Pacemaker: 60
 * s), the metadata timeout (Pacemaker: 10 s), the random source for pcmk_delay_max (seed it in
 * tests) and the clock.
 */
public record FencerOptions(String localNode, AgentLocator locator, Duration retryPause, Duration listCacheTtl,
                            Duration metadataTimeout, Random random, Clock clock) {

    public static FencerOptions standard(String localNode, AgentLocator locator) {
        return new FencerOptions(localNode, locator, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(10), new Random(), Clock.systemUTC());
    }

    public FencerOptions withRetryPause(Duration pause) {
        return new FencerOptions(localNode, locator, pause, listCacheTtl, metadataTimeout, random, clock);
    }

    public FencerOptions withRandom(Random r) {
        return new FencerOptions(localNode, locator, retryPause, listCacheTtl, metadataTimeout, r, clock);
    }

    public FencerOptions withClock(Clock c) {
        return new FencerOptions(localNode, locator, retryPause, listCacheTtl, metadataTimeout, random, c);
    }

    public FencerOptions withListCacheTtl(Duration ttl) {
        return new FencerOptions(localNode, locator, retryPause, ttl, metadataTimeout, random, clock);
    }
}

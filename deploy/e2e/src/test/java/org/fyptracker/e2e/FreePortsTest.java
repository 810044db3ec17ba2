package org.fyptracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreTakenOnlyOutsideTheKernelsEphemeralRange() {
        FreePorts.PortRanges ranges = FreePorts.PortRanges.of(32_768, 60_999);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            int port = ranges.pick(random);
            assertTrue(port >= 10_000 && port <= 65_535, "in the usable ports: " + port);
            assertFalse(port >= 32_768 && port <= 60_999, "not ephemeral: " + port);
        }
    }

    @Test
    void portsAboveTheEphemeralRangeAreUsedToo() {
        FreePorts.PortRanges ranges = FreePorts.PortRanges.of(32_768, 60_999);
        Random random = new Random(11);
        boolean above = false;
        for (int i = 0; i < 10_000 && !above; i++) {
            above = ranges.pick(random) > 60_999;
        }
        assertTrue(above);
    }

    @Test
    void anEphemeralRangeThatCoversAlmostEverythingLeavesAllPortsFrom10000() {
        FreePorts.PortRanges ranges = FreePorts.PortRanges.of(1_024, 65_535);
        assertEquals(new FreePorts.PortRanges(10_000, 65_536, 65_536, 65_536), ranges);
    }

    @Test
    void noPortIsHandedOutTwiceInARun() throws Exception {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            assertTrue(seen.add(FreePorts.next()));
        }
    }
}

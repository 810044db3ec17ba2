package org.fyptracker.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ports for the local stacks the end-to-end tests start: each one free, none handed out twice in a run. */
final class FreePorts {

    private FreePorts() {
    }

    /** Ports handed out to this JVM's stacks, so two stacks of one run never share one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A free port outside the kernel's ephemeral range, as {@code deploy/bench/run} picks them: a port the kernel
     * hands out for outgoing connections (what {@code new ServerSocket(0)} returns) can be taken by one of the
     * stack's own connections between this check and the service's bind, and the service then fails to start.
     * Where that range leaves too little room (the kernel may start it below 10000), any port from 10000 up;
     * never {@code ServerSocket(0)}, which may hand the same port out twice in a row once it is closed.
     */
    static int next() throws IOException {
        PortRanges ranges = PortRanges.outsideEphemeral();
        Random random = new Random();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ranges.pick(random);
            if (!HANDED_OUT.add(port)) {
                continue; // this run's own stacks already have it
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                HANDED_OUT.remove(port); // in use: try another
            }
        }
        throw new IOException("no free port found in " + ranges);
    }

    /** The ports to pick from: below and above the kernel's ephemeral range, or all from 10000 up. */
    record PortRanges(int belowFrom, int belowTo, int aboveFrom, int aboveTo) {

        private static final int LOWEST = 10_000;
        private static final int HIGHEST = 65_535;
        private static final int ENOUGH = 1_000;

        static PortRanges outsideEphemeral() {
            int[] ephemeral = ephemeralRange();
            return of(ephemeral[0], ephemeral[1]);
        }

        static PortRanges of(int ephemeralLow, int ephemeralHigh) {
            int belowTo = Math.max(LOWEST, Math.min(ephemeralLow, HIGHEST + 1));
            int aboveFrom = Math.max(LOWEST, Math.min(ephemeralHigh + 1, HIGHEST + 1));
            if ((belowTo - LOWEST) + (HIGHEST + 1 - aboveFrom) < ENOUGH) {
                return new PortRanges(LOWEST, HIGHEST + 1, HIGHEST + 1, HIGHEST + 1);
            }
            return new PortRanges(LOWEST, belowTo, aboveFrom, HIGHEST + 1);
        }

        /** A port uniformly from either range (end exclusive). */
        int pick(Random random) {
            int below = belowTo - belowFrom;
            int n = random.nextInt(below + (aboveTo - aboveFrom));
            return n < below ? belowFrom + n : aboveFrom + (n - below);
        }
    }

    /** The kernel's ephemeral range, low and high (32768-60999 where it cannot be read). */
    private static int[] ephemeralRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException unreadable) {
            return new int[] {32_768, 60_999};
        }
    }
}

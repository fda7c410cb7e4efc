package dev.factx.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A secondary result for throughput benchmarks: the megabytes (10^6 bytes of UTF-8) of input an
 * operation handled, which JMH reports per second, as {@code <benchmark>:mb} in {@code ops/s}:
 * read that as MB/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Megabytes {

    public double mb;

    @Setup(Level.Iteration)
    public void reset() {
        mb = 0;
    }
}

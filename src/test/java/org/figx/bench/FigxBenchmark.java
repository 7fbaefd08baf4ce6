package org.figx.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What figx's JMH benchmarks share (JMH's annotations are inherited): throughput in
 * operations per second, one forked JVM, 5 warm-up and 5 measured iterations of 2 s.
 *
 * <p>The forked JVM runs as {@code bin/figx} does on a large input, where a run lasts
 * long enough to reach the steady state a benchmark measures: the optimising compiler
 * with less inlining (its small inputs run the quick compiler only, for start-up), and
 * the parallel collector. The heap is larger than bin/figx's 160 MB because a benchmark
 * holds its whole input, and the rows it writes, in memory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx384m", "-XX:+UseParallelGC",
        "-XX:MaxInlineLevel=6", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=100"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public abstract class FigxBenchmark {
}

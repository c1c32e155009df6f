package nl.veiligheidsagenda.app.report;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Time and memory to render the full report of the five themes ({@link SampleReport}: figures in every theme,
 * stories, action progress) in each format, warm: a few untimed renders first, then {@code bench.runs} timed ones.
 * Memory is what one render allocates (this thread's allocation counter), so garbage collection timing does not
 * blur it. Not a test: bench/report.sh runs it (the class name does not match Surefire's patterns).
 */
class ReportRenderBench {

    @Test
    void rendersEveryFormat() {
        int warmup = Integer.getInteger("bench.warmup", 5);
        int runs = Integer.getInteger("bench.runs", 20);
        ReportContent content = SampleReport.draft();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                ManagementFactory.getThreadMXBean();
        System.out.printf("%n%-6s %10s %10s %10s %14s %12s%n", "format", "median ms", "min ms", "max ms",
                "alloc MB/run", "size KB");
        for (ReportFormat format : ReportFormat.values()) {
            for (int i = 0; i < warmup; i++) {
                format.render(content);
            }
            long[] nanos = new long[runs];
            long allocated = 0;
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                long started = System.nanoTime();
                size = format.render(content).length;
                nanos[i] = System.nanoTime() - started;
                allocated += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            }
            Arrays.sort(nanos);
            System.out.printf("%-6s %10.0f %10.0f %10.0f %14.1f %12d%n", format.extension(),
                    nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6,
                    allocated / (double) runs / (1 << 20), size / 1024);
        }
        System.out.printf("%d goals, %d indicators; %d warm-up and %d timed renders per format; max heap %d MB;"
                        + " load average %.1f on %d cores%n",
                content.goals().count(), content.goals().mapToLong(goal -> goal.indicators().size()).sum(), warmup,
                runs, Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}

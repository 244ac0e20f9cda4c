package partnership.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Where a timed step's CPU went, in this JVM: the whole process (DuckDB's native threads included), the CPU of
 * Spark's tasks (as the tasks report it), and the CPU of the JIT compilers' and the collector's threads (read from
 * Linux's {@code /proc/self/task}; 0 elsewhere). The rest is the driver (planning, generating and compiling code
 * with Janino) and everything else, threads that ended during the step included. Counts since the meter started.
 */
final class CpuMeter {

  private final AtomicLong taskNanos = new AtomicLong();

  /** A meter that also counts the CPU of the tasks Spark runs in {@code spark}. */
  static CpuMeter on(SparkSession spark) {
    CpuMeter meter = new CpuMeter();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.taskMetrics() != null) {
          meter.taskNanos.addAndGet(taskEnd.taskMetrics().executorCpuTime());
        }
      }
    });
    return meter;
  }

  static CpuMeter withoutSpark() {
    return new CpuMeter();
  }

  /** The counts now; a step's CPU is {@code after.minus(before)}. */
  Reading read() {
    double compilers = 0;
    double collector = 0;
    for (ThreadCpu thread : ThreadCpu.ofThisProcess()) {
      // Linux cuts a thread's name to 15 characters: "C2 CompilerThre", "GC Thread#0", "VM Thread".
      if (thread.name().startsWith("C1 Compiler") || thread.name().startsWith("C2 Compiler")) {
        compilers += thread.seconds();
      } else if (thread.name().startsWith("GC Thread") || thread.name().equals("VM Thread")) {
        collector += thread.seconds();
      }
    }
    double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    return new Reading(process, taskNanos.get() / 1e9, compilers, collector);
  }

  /** CPU seconds: the process, Spark's tasks, the JIT compilers' threads and the collector's threads. */
  record Reading(double process, double tasks, double compilers, double collector) {

    Reading minus(Reading before) {
      return new Reading(process - before.process, tasks - before.tasks, compilers - before.compilers,
          collector - before.collector);
    }

    @Override
    public String toString() {
      return String.format("process %.1f s: Spark tasks %.1f, JIT compilers %.1f, collector %.1f, other %.1f",
          process, tasks, compilers, collector, process - tasks - compilers - collector);
    }
  }
}

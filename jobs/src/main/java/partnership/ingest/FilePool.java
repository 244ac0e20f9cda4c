package partnership.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small fixed pool of threads that reads partner files side by side. Ingest is CPU-bound (parsing,
 * validating, encoding Parquet), so a thread a free core pays: region-size ingest on the quiet 2-core machine
 * took 24 s on two threads against 46 s on one. It does not when the cores are busy with other work: two
 * threads then share one core, and took longer than one thread (bench/README.md);
 * {@code -Dpartnership.ingest.threads=1} restores reading one file at a time.
 *
 * <p>A task's exception reaches whoever waits on it as it was thrown, not wrapped. Closing the pool cancels
 * the tasks not yet started and waits for the running ones, so no thread writes after ingest returns.
 */
final class FilePool implements AutoCloseable {

  /**
   * The most threads ingest uses: beyond that, more files at once only compete for the disk, and each
   * thread holds a row group per table in memory (see {@link ParquetBatchWriter#ROW_GROUP_BYTES}).
   */
  private static final int MAX_THREADS = 4;

  /** The system property that sets the number of threads, e.g. 1 to read one file at a time. */
  static final String THREADS_PROPERTY = "partnership.ingest.threads";

  private final ExecutorService executor;
  private final List<Future<?>> submitted = new ArrayList<>();

  FilePool(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "partnership-ingest-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The threads ingest uses: {@code -Dpartnership.ingest.threads}, else one a core; at most {@link #MAX_THREADS}. */
  static int defaultThreads() {
    int threads = Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors());
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot ingest on " + threads + " threads: " + THREADS_PROPERTY
          + " must be at least 1");
    }
    return Math.min(threads, MAX_THREADS);
  }

  /** Starts the task when a thread is free. */
  <T> Pending<T> submit(Task<T> task) {
    Future<T> future = executor.submit(task::call);
    submitted.add(future);
    return new Pending<>(future);
  }

  @Override
  public void close() {
    submitted.forEach(future -> future.cancel(false));
    executor.shutdown();
    try {
      executor.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Work on one or more partner files. */
  @FunctionalInterface
  interface Task<T> {
    T call() throws IOException;
  }

  /** The result of a submitted task, once it is done. */
  static final class Pending<T> {
    private final Future<T> future;

    private Pending(Future<T> future) {
      this.future = future;
    }

    /** Waits for the task; rethrows its exception itself, so callers see what a sequential run would throw. */
    T get() throws IOException {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Cannot wait for a partner file's ingest: interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        } else if (cause instanceof RuntimeException runtime) {
          throw runtime;
        } else if (cause instanceof Error error) {
          throw error;
        }
        // Task.call throws only IOException and unchecked exceptions.
        throw new IllegalStateException("Cannot ingest a partner file: " + cause, cause);
      }
    }
  }
}

package partnership.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per output folder: {@code <output>/.lock} holds the holder's pid and start time. A lock
 * whose process is gone is stale and is taken over, with a note. It covers the delivery store in
 * {@code <output>/store}; a run with its store elsewhere takes that folder's lock as well.
 */
public final class OutputLock implements AutoCloseable {

  private final Path file;

  private OutputLock(Path file) {
    this.file = file;
  }

  /** Thrown when a live run holds the lock. */
  public static final class HeldException extends RuntimeException {
    public HeldException(String message) {
      super(message);
    }
  }

  public static OutputLock acquire(Path output, Progress progress) throws IOException {
    Files.createDirectories(output);
    Path file = output.resolve(".lock");
    String mine = ProcessHandle.current().pid() + " " + Instant.now() + "\n";
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Files.writeString(Files.createFile(file), mine, StandardCharsets.UTF_8);
        return new OutputLock(file);
      } catch (FileAlreadyExistsException e) {
        String holder = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
        long pid = parsePid(holder);
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().isAlive()) {
          throw new HeldException("Cannot run: another run (pid " + pid + ", started "
              + holder.substring(holder.indexOf(' ') + 1) + ") holds " + file + "; wait for it to finish");
        }
        progress.stage("lock", "removing a stale lock left by a dead run (" + holder + ")");
        Files.deleteIfExists(file);
      }
    }
    throw new HeldException("Cannot take the lock " + file + ": another run took it first");
  }

  private static long parsePid(String holder) {
    try {
      return Long.parseLong(holder.split(" ")[0]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}

package partnership.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import partnership.io.Folders;

/**
 * A run writes into {@code <output>/.partial-<period>-<runId>/} and moves it to {@code <output>/<period>/}
 * only when every stage succeeded, so a run that dies leaves the last good output untouched. Leftovers of dead
 * runs are removed by the next run (it holds the lock, so none of them is live).
 */
public final class AtomicPublish {

  private AtomicPublish() {}

  public static Path workingFolder(Path output, String period, String runId) throws IOException {
    removeLeftovers(output);
    Path working = output.resolve(".partial-" + period + "-" + runId);
    Files.createDirectories(working);
    return working;
  }

  /** Replaces {@code <output>/<period>} by the finished working folder: two renames on one file system. */
  public static Path commit(Path output, String period, String runId, Path working) throws IOException {
    Path target = output.resolve(period);
    Path old = output.resolve(".old-" + period + "-" + runId);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(working, target, StandardCopyOption.ATOMIC_MOVE);
    Folders.deleteRecursively(old);
    return target;
  }

  public static void abandon(Path working) throws IOException {
    Folders.deleteRecursively(working);
  }

  private static void removeLeftovers(Path output) throws IOException {
    try (Stream<Path> children = Files.list(output)) {
      for (Path child : children.toList()) {
        String name = child.getFileName().toString();
        if (name.startsWith(".partial-")) {
          Folders.deleteRecursively(child);
        } else if (name.startsWith(".old-")) {
          // A run died between the two renames of commit(): its .old- folder is the last good output.
          Path target = output.resolve(name.substring(".old-".length(), name.lastIndexOf('-')));
          if (Files.exists(target)) {
            Folders.deleteRecursively(child);
          } else {
            Files.move(child, target, StandardCopyOption.ATOMIC_MOVE);
          }
        }
      }
    }
  }
}

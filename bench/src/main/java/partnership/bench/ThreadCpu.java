package partnership.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A thread of this process and the CPU it has used, user and system, as Linux's /proc reports it. */
record ThreadCpu(String name, double seconds) {

  /** Clock ticks a second of /proc's counts: 100 on every Linux this runs on (USER_HZ). */
  private static final double TICKS_A_SECOND = 100;

  /** The live threads of this process; none where /proc is missing. */
  static List<ThreadCpu> ofThisProcess() {
    List<ThreadCpu> threads = new ArrayList<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return threads;
    }
    try (Stream<Path> each = Files.list(tasks)) {
      each.forEach(task -> {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          // The fields after the name in parentheses: state is the first, utime the 12th, stime the 13th.
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          threads.add(new ThreadCpu(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_A_SECOND));
        } catch (IOException ended) {
          // The thread ended while being read: its CPU falls into "other".
        }
      });
    } catch (IOException unreadable) {
      return List.of();
    }
    return threads;
  }
}

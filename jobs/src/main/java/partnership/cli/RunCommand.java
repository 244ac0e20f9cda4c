package partnership.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code partnership run}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "TODO")
public final class RunCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("run is not built yet");
  }
}

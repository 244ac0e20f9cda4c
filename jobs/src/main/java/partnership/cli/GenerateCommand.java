package partnership.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code partnership generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "TODO")
public final class GenerateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("generate is not built yet");
  }
}

package partnership.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code partnership validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "TODO")
public final class ValidateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("validate is not built yet");
  }
}

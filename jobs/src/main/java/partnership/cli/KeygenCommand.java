package partnership.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import partnership.pseudonymise.KeyFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership keygen}: makes the partnership's shared secret key, once, for all partners. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a new secret key for pseudonymise: 32 random bytes, readable by you only (mode 600).",
      "Make it once for the whole partnership and give every partner a copy by a secure route:"
          + " the same key on every side is what makes the same child get the same child_id."
    })
public final class KeygenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "KEY",
      description = "The key file to create; an existing file is never overwritten.")
  Path out;

  @Override
  public Integer call() throws IOException {
    try {
      KeyFile.generate(out);
    } catch (FileAlreadyExistsException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Cannot write the key to " + out
          + ": the file exists, and replacing a key in use would change every child_id");
    }
    System.err.println("partnership: wrote a new key to " + out + " (readable by you only)");
    return ExitCodes.OK;
  }
}

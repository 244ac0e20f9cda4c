package partnership.pseudonymise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import partnership.identity.Pseudonym;
import partnership.ingest.InputFileException;

/**
 * The partner-side tool that replaces the identifiers in one partner file by the partnership's pseudonym
 * (extracts.md, "Identity") before the file leaves the partner: a CIN census XML file ({@code .xml}),
 * an SSDA903 CSV (a {@code CHILD} column) or any other partner CSV (an NHS number column).
 *
 * <p>The output and the rejects file appear whole or not at all: each is written beside its final name
 * and moved into place only when the input has been read to its end.
 */
public final class Pseudonymiser {

  private final ChildIds childIds;
  private final String idColumn;

  /**
   * @param pseudonym the partnership's pseudonym, from {@link KeyFile#read}
   * @param crosswalk the council's local ids to NHS numbers, when the files hold local ids; else null
   * @param idColumn the column of a partner CSV holding the NHS number (or, with a crosswalk, the local
   *     id); null to find it by name. A CIN or SSDA903 file's id is where its format puts it.
   */
  public Pseudonymiser(Pseudonym pseudonym, Crosswalk crosswalk, String idColumn) {
    this.childIds = new ChildIds(pseudonym, crosswalk);
    this.idColumn = idColumn;
  }

  /**
   * Pseudonymises {@code in} into {@code out}, writing the records that cannot be pseudonymised to
   * {@code rejects}.
   *
   * @throws InputFileException when the input cannot be pseudonymised at all (malformed, no id column)
   */
  public Summary pseudonymise(Path in, Path out, Path rejects) throws IOException {
    String file = in.toString();
    if (!Files.isRegularFile(in)) {
      throw new InputFileException(file, null, "input", "no such file");
    }
    refuseSame(in, out, "the output");
    refuseSame(in, rejects, "the rejects file");
    if (out.toAbsolutePath().normalize().equals(rejects.toAbsolutePath().normalize())) {
      throw new InputFileException(file, null, "output", "the output and the rejects file are both "
          + out);
    }
    Path partialOut = partial(out);
    Path partialRejects = partial(rejects);
    try {
      Summary summary;
      try (InputStream input = Files.newInputStream(in);
          OutputStream output = Files.newOutputStream(partialOut);
          Rejects rejected = new Rejects(in.getFileName().toString(),
              Files.newOutputStream(partialRejects))) {
        summary = in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
            ? new CinCensusPseudonymiser(childIds).pseudonymise(file, input, output, rejected)
            : new CsvPseudonymiser(childIds, idColumn).pseudonymise(file, input, output, rejected);
      }
      Files.move(partialRejects, rejects, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partialOut, out, StandardCopyOption.REPLACE_EXISTING);
      return summary;
    } finally {
      Files.deleteIfExists(partialOut);
      Files.deleteIfExists(partialRejects);
    }
  }

  /** The rejects file used when none is named: beside the output, {@code <output>.rejects.csv}. */
  public static Path defaultRejects(Path out) {
    return out.resolveSibling(out.getFileName() + ".rejects.csv");
  }

  private static void refuseSame(Path in, Path other, String what) throws IOException {
    if (Files.exists(other) && Files.isSameFile(in, other)) {
      throw new InputFileException(in.toString(), null, "output", what + " would overwrite the input");
    }
  }

  private static Path partial(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".partial");
  }
}

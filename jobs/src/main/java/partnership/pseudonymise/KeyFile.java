package partnership.pseudonymise;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import partnership.identity.Pseudonym;
import partnership.ingest.InputFileException;

/**
 * The partnership's shared secret key, kept in a file: its bytes, exactly as they are, are the HMAC key
 * of the pseudonym. The key is only ever read from a file (never from the command line or the
 * environment, where other users and shell histories can see it), and never written anywhere else.
 */
public final class KeyFile {

  /** Shorter keys are guessable; RFC 2104 recommends at least the hash length, 32 bytes for SHA-256. */
  public static final int MIN_BYTES = 32;
  /** A larger "key" is a mistake, most likely a data file given in its place, so it is not read whole. */
  static final int MAX_BYTES = 4096;

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private KeyFile() {}

  /**
   * Reads the key and returns the pseudonym it makes.
   *
   * @throws InputFileException when the file is missing, shorter than {@link #MIN_BYTES}, or open to
   *     users other than its owner
   */
  public static Pseudonym read(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(name, null, "key-file", "no such key file");
    }
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix == null) {
        System.err.println("partnership: warning: cannot check who may read " + name
            + " on this file system; make sure only you can");
      } else {
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (!OWNER_ONLY.containsAll(permissions)) {
          throw new InputFileException(name, null, "key-permissions",
              "other users may open the key (permissions "
                  + PosixFilePermissions.toString(permissions) + "); run chmod 600 " + name);
        }
      }
      long size = Files.size(file);
      if (size < MIN_BYTES || size > MAX_BYTES) {
        throw new InputFileException(name, null, "key-length", "the key has " + size
            + " bytes where a key has " + MIN_BYTES + " to " + MAX_BYTES
            + " (make one with partnership keygen)");
      }
      byte[] key = Files.readAllBytes(file);
      try {
        return new Pseudonym(key);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    } catch (IOException e) {
      throw new InputFileException(name, null, "key-file", "the key cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Writes a new key of {@link #MIN_BYTES} random bytes to a file that only its owner may read or write.
   *
   * @throws FileAlreadyExistsException when the file exists: a key in use is never replaced by mistake
   */
  public static void generate(Path file) throws IOException {
    byte[] key = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(key);
    try {
      Path parent = file.toAbsolutePath().getParent();
      boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
      // Created with its permissions in one step, so there is no moment in which others could open it.
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(file, OWNER_ONLY); // whatever the umask left
      } else {
        Files.createFile(file);
        System.err.println("partnership: warning: cannot restrict who may read " + file
            + " on this file system; make sure only you can");
      }
      Files.write(file, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}

package partnership.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a partner file the way files break in transit and in spreadsheets: bytes flipped, inserted and
 * deleted, lines lost or repeated, the delimiter swapped, the file cut short, quotes and invalid UTF-8 slipped
 * in, dates made impossible, values replaced by hostile ones; for XML also elements lost or repeated, tags broken and entities declared.
 *
 * <p>Every choice comes from the {@link Random} given, so a seed replays a case exactly; {@link #applied()}
 * says what was done, for the failure message.
 */
final class Mutator {

  /** Bytes that mean something to a CSV or XML reader, or are not UTF-8 on their own. */
  private static final byte[] SPECIAL = {'"', ',', '\n', '\r', ';', '\t', '<', '>', '&', '/', ' ', '-', '0', '9',
      0x00, (byte) 0xFF, (byte) 0xC3, (byte) 0xE2, (byte) 0x80};
  /** A lead byte before a non-continuation byte, a byte never valid, a sequence cut short. */
  private static final byte[][] NOT_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}");
  private static final String[] BAD_DATES = {"2024-02-30", "1900-01-01", "2099-12-31", "31/02/2024", "2024-13-01",
      "", "yesterday"};
  /** Values a partner's system or a spreadsheet may put in a field; a raw NHS number refuses the file. */
  private static final String[] HOSTILE_VALUES = {"", " ", "9990000018", "999 000 0018", "=HYPERLINK(\"x\")",
      "-1", "99999999999", "NaN", "null", "Y", "true", "\u0000", "\u00e9\u20ac\ud83d\ude00", "  padded  "};
  /** A field of a CSV line, or the text of an XML element. */
  private static final Pattern VALUE = Pattern.compile("(?<=[,\n>])[^,\n<>]*(?=[,\r\n<])");
  private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][\\w.-]*)>");

  private final Random random;
  private final boolean xml;
  private final List<String> applied = new ArrayList<>();

  Mutator(Random random, boolean xml) {
    this.random = random;
    this.xml = xml;
  }

  List<String> applied() {
    return applied;
  }

  /** One to three mutations of {@code bytes}, chosen at random. */
  byte[] mutate(byte[] bytes) {
    byte[] result = bytes;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      result = once(result);
    }
    return result;
  }

  private byte[] once(byte[] b) {
    int kinds = xml ? 19 : 15;
    return switch (random.nextInt(kinds)) {
      case 14 -> hostileValue(b);
      case 0 -> flipBit(b);
      case 1 -> insert(b, "special bytes", specialBytes());
      case 2 -> deleteRange(b);
      case 3 -> deleteLine(b);
      case 4 -> duplicateLine(b);
      case 5 -> swapDelimiter(b);
      case 6 -> cutShort(b);
      case 7 -> insert(b, "a quote", new byte[] {'"'});
      case 8 -> insert(b, "invalid UTF-8", NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
      case 9 -> byteOrderMark(b);
      case 10 -> badDate(b);
      case 11 -> insert(b, "a 12,000-character value", "x".repeat(12_000).getBytes(StandardCharsets.US_ASCII));
      case 12 -> swapLines(b);
      case 13 -> random.nextBoolean() ? headerOnly(b) : empty();
      case 15 -> deleteElement(b, false);
      case 16 -> deleteElement(b, true);
      case 17 -> breakTag(b);
      default -> entity(b);
    };
  }

  private byte[] flipBit(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    int at = random.nextInt(b.length);
    int bit = random.nextInt(8);
    applied.add("flip bit " + bit + " at " + at);
    byte[] copy = b.clone();
    copy[at] ^= (byte) (1 << bit);
    return copy;
  }

  private byte[] specialBytes() {
    byte[] bytes = new byte[1 + random.nextInt(4)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = SPECIAL[random.nextInt(SPECIAL.length)];
    }
    return bytes;
  }

  private byte[] insert(byte[] b, String what, byte[] inserted) {
    int at = random.nextInt(b.length + 1);
    applied.add("insert " + what + " at " + at);
    return splice(b, at, at, inserted);
  }

  private byte[] deleteRange(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    int from = random.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + random.nextInt(32));
    applied.add("delete bytes " + from + "-" + to);
    return splice(b, from, to, new byte[0]);
  }

  private byte[] deleteLine(byte[] b) {
    int[] line = randomLine(b);
    applied.add("delete the line at " + line[0]);
    return splice(b, line[0], line[1], new byte[0]);
  }

  private byte[] duplicateLine(byte[] b) {
    int[] line = randomLine(b);
    applied.add("repeat the line at " + line[0]);
    return splice(b, line[1], line[1], Arrays.copyOfRange(b, line[0], line[1]));
  }

  private byte[] swapLines(byte[] b) {
    int[] first = randomLine(b);
    int[] second = randomLine(b);
    if (first[0] >= second[0]) {
      return b;
    }
    applied.add("swap the lines at " + first[0] + " and " + second[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, first[0]);
    out.write(b, second[0], second[1] - second[0]);
    out.write(b, first[1], second[0] - first[1]);
    out.write(b, first[0], first[1] - first[0]);
    out.write(b, second[1], b.length - second[1]);
    return out.toByteArray();
  }

  /** The bounds {start, end} of a random line, its newline included. */
  private int[] randomLine(byte[] b) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < b.length - 1; i++) {
      if (b[i] == '\n') {
        starts.add(i + 1);
      }
    }
    int index = random.nextInt(starts.size());
    int end = index + 1 < starts.size() ? starts.get(index + 1) : b.length;
    return new int[] {starts.get(index), end};
  }

  private byte[] swapDelimiter(byte[] b) {
    byte to = random.nextBoolean() ? (byte) ';' : (byte) '\t';
    applied.add("every comma becomes " + (to == ';' ? "a semicolon" : "a tab"));
    byte[] copy = b.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == ',') {
        copy[i] = to;
      }
    }
    return copy;
  }

  private byte[] cutShort(byte[] b) {
    int at = random.nextInt(b.length + 1);
    applied.add("cut at " + at);
    return Arrays.copyOf(b, at);
  }

  private byte[] byteOrderMark(byte[] b) {
    applied.add("a byte-order mark in front");
    return splice(b, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
  }

  private byte[] headerOnly(byte[] b) {
    int[] first = {0, 0};
    while (first[1] < b.length && b[first[1]] != '\n') {
      first[1]++;
    }
    applied.add("only the first line kept");
    return Arrays.copyOf(b, Math.min(b.length, first[1] + 1));
  }

  private byte[] empty() {
    applied.add("emptied");
    return new byte[0];
  }

  private byte[] badDate(byte[] b) {
    String text = new String(b, StandardCharsets.ISO_8859_1);
    List<int[]> dates = new ArrayList<>();
    for (Matcher m = DATE.matcher(text); m.find(); ) {
      dates.add(new int[] {m.start(), m.end()});
    }
    if (dates.isEmpty()) {
      return b;
    }
    int[] date = dates.get(random.nextInt(dates.size()));
    String bad = BAD_DATES[random.nextInt(BAD_DATES.length)];
    applied.add("the date at " + date[0] + " becomes '" + bad + "'");
    return splice(b, date[0], date[1], bad.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] hostileValue(byte[] b) {
    String text = new String(b, StandardCharsets.ISO_8859_1);
    List<int[]> values = new ArrayList<>();
    for (Matcher m = VALUE.matcher(text); m.find(); ) {
      values.add(new int[] {m.start(), m.end()});
    }
    if (values.isEmpty()) {
      return b;
    }
    int[] value = values.get(random.nextInt(values.size()));
    String hostile = HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
    applied.add("the value at " + value[0] + " becomes '" + hostile + "'");
    return splice(b, value[0], value[1], hostile.getBytes(StandardCharsets.UTF_8));
  }

  /** Deletes, or repeats, a random element from its start tag to the first matching end tag. */
  private byte[] deleteElement(byte[] b, boolean repeat) {
    String text = new String(b, StandardCharsets.ISO_8859_1);
    List<int[]> elements = new ArrayList<>();
    for (Matcher m = OPEN_TAG.matcher(text); m.find(); ) {
      int end = text.indexOf("</" + m.group(1) + ">", m.end());
      if (end >= 0) {
        elements.add(new int[] {m.start(), end + m.group(1).length() + 3});
      }
    }
    if (elements.isEmpty()) {
      return b;
    }
    int[] element = elements.get(random.nextInt(elements.size()));
    applied.add((repeat ? "repeat" : "delete") + " the element at " + element[0]);
    return repeat
        ? splice(b, element[1], element[1], Arrays.copyOfRange(b, element[0], element[1]))
        : splice(b, element[0], element[1], new byte[0]);
  }

  private byte[] breakTag(byte[] b) {
    List<Integer> closes = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '>') {
        closes.add(i);
      }
    }
    if (closes.isEmpty()) {
      return b;
    }
    int at = closes.get(random.nextInt(closes.size()));
    applied.add("delete the '>' at " + at);
    return splice(b, at, at + 1, new byte[0]);
  }

  /** An entity declared in a DTD after the XML declaration and used in the first element's text. */
  private byte[] entity(byte[] b) {
    String text = new String(b, StandardCharsets.ISO_8859_1);
    int at = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
    boolean external = random.nextBoolean();
    String doctype = external
        ? "<!DOCTYPE Message [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
        : "<!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY e \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
    applied.add("a DTD with " + (external ? "an external" : "an expanding") + " entity");
    byte[] declared = splice(b, at, at, doctype.getBytes(StandardCharsets.US_ASCII));
    int use = new String(declared, StandardCharsets.ISO_8859_1).indexOf("</", at + doctype.length());
    return use < 0 ? declared : splice(declared, use, use, "&e;".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] replacement) {
    byte[] out = new byte[b.length - (to - from) + replacement.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(replacement, 0, out, from, replacement.length);
    System.arraycopy(b, to, out, from + replacement.length, b.length - to);
    return out;
  }
}

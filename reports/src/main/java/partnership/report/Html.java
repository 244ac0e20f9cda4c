package partnership.report;

/** Builds HTML text, escaping every piece of data written into it. */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Escapes text for an element body or a quoted attribute value. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** An attribute, {@code name="value"} with the value escaped, to pass to {@link #element} or {@link #raw}. */
  static String attr(String name, String value) {
    return name + "=\"" + escape(value) + "\"";
  }

  /** Appends markup written by this code: never data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends data, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Appends {@code <tag attributes>escaped text</tag>}; the attributes are markup written by this code. */
  Html element(String tag, String attributes, String text) {
    out.append('<').append(tag).append(attributes.isEmpty() ? "" : " " + attributes).append('>')
        .append(escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

package nl.veiligheidsagenda.app.report;

/**
 * Writes well-formed XHTML/SVG (the PDF renderer parses it as XML, browsers as HTML). Every text and attribute
 * value goes through {@link #escape}, so a story like {@code <script>…} stays text; characters that XML cannot
 * carry at all (controls other than tab and line breaks, lone surrogates) are dropped.
 */
final class Markup {

    private final StringBuilder out;

    Markup(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** {@code <tag a="v" …>}; attributes as name/value pairs, a null value leaves the attribute out. */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …/>}. */
    Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Markup text(String text) {
        escapeInto(text, out);
        return this;
    }

    /** Markup this class wrote itself (e.g. an SVG), appended as it is. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escapeInto(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escapeInto(text, escaped);
        return escaped.toString();
    }

    private static void escapeInto(String text, StringBuilder target) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> target.append("&lt;");
                case '>' -> target.append("&gt;");
                case '&' -> target.append("&amp;");
                case '"' -> target.append("&quot;");
                case '\'' -> target.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        target.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        target.append(c);
                    }
                }
            }
        }
    }

    /** XML 1.0's characters, without surrogates (pairs are handled above) and the non-characters FFFE/FFFF. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package nl.veiligheidsagenda.app.logging;

/**
 * Makes a value safe for one line of the log: control characters (line breaks, tabs, escape sequences, the
 * Unicode line and paragraph separators) become visible escapes, so text from a request can never start a line
 * of its own or drive a terminal.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement == null) {
                    escaped.append(c);
                } else {
                    escaped.append(replacement);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}

package nl.veiligheidsagenda.app.imports.formats;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file as text: UTF-8 (a byte order mark dropped) when its start is valid UTF-8, else Windows-1252 (what Excel
 * writes for a Dutch CSV file). Every record is bounded, so a hostile file cannot make a reader hold megabytes.
 */
final class TextInput {

    /** The longest record (CSV row with its quoted line breaks) a reader accepts. */
    static final int MAX_RECORD = 64 * 1024;
    private static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextInput() {
    }

    /** The charset the file's text is in. */
    static Charset charset(Path file) throws IOException {
        byte[] head = head(file, SNIFF);
        int start = hasBom(head) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length);
        // endOfInput false: a character cut at the end of the sniffed bytes is not an error
        boolean valid = !decoder.decode(ByteBuffer.wrap(head, start, head.length - start), out, false).isError();
        return valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Opens the file as text in {@code charset}, without a byte order mark; malformed UTF-8 later is an error. */
    static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (charset.equals(StandardCharsets.UTF_8)) {
            byte[] bom = in.readNBytes(3);
            if (!hasBom(bom)) {
                in.close();
                in = Files.newInputStream(file);
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The first {@code chars} characters of the file as text (for recognising its format). */
    static String headText(Path file, int chars) throws IOException {
        Charset charset = charset(file);
        try (Reader reader = open(file, charset)) {
            char[] buffer = new char[chars];
            int read = 0;
            while (read < chars) {
                int n;
                try {
                    n = reader.read(buffer, read, chars - read);
                } catch (CharacterCodingException e) {
                    break; // the format is recognised from what came before; reading reports the rest
                }
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new String(buffer, 0, read);
        }
    }

    static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Thrown when a CSV record is longer than {@link #MAX_RECORD} characters. */
    static final class RecordTooLongException extends IOException {

        RecordTooLongException() {
            super("record longer than " + MAX_RECORD + " characters");
        }
    }

    /**
     * A reader that refuses records above {@link #MAX_RECORD} characters. It follows CSV quoting ({@code "}
     * toggles; {@code ""} toggles twice), so line breaks inside quotes count towards the record.
     */
    static Reader boundedRecords(Reader reader) {
        return new FilterReader(reader) {
            private boolean quoted;
            private int length;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    track((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int count) throws IOException {
                int n = super.read(buffer, offset, count);
                for (int i = 0; i < n; i++) {
                    track(buffer[offset + i]);
                }
                return n;
            }

            private void track(char c) throws RecordTooLongException {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == '\n' && !quoted) {
                    length = 0;
                } else if (++length > MAX_RECORD) {
                    throw new RecordTooLongException();
                }
            }
        };
    }
}

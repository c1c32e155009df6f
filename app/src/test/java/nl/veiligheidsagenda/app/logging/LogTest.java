package nl.veiligheidsagenda.app.logging;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Log forging: no value written to the log can start a line of its own. */
class LogTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(LogText.escape("eve\n[main] INFO audit - admin person.create SUCCESS"))
                .isEqualTo("eve\\n[main] INFO audit - admin person.create SUCCESS");
        assertThat(LogText.escape("a\r\tb\u0000c\u001b[31md\u0085e\u2028f\u2029")).doesNotContainPattern("[\\p{Cntrl}\u2028\u2029]")
                .isEqualTo("a\\r\\tb\\u0000c\\u001b[31md\\u0085e\\u2028f\\u2029");
        assertThat(LogText.escape("gewone tekst: ëï €")).isEqualTo("gewone tekst: ëï €");
        assertThat(LogText.escape(null)).isEqualTo("null");
    }

    @Test
    void everyArgumentIsEscapedAndAThrowableKeepsItsTraceWithEscapedMessages() {
        IllegalStateException cause = new IllegalStateException("field 'x\nINFO forged'");
        RuntimeException error = new RuntimeException("outer\r\nforged", cause);

        Object[] arguments = Log.escaped("user\nforged", 42, error);

        assertThat(arguments[0]).isEqualTo("user\\nforged");
        assertThat(arguments[1]).isEqualTo("42");
        Throwable logged = (Throwable) arguments[2];
        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        assertThat(lines[0]).isEqualTo("java.lang.RuntimeException: outer\\r\\nforged");
        assertThat(trace.toString()).contains("Caused by: java.lang.IllegalStateException: field 'x\\nINFO forged'")
                .doesNotContain("\nINFO forged").doesNotContain("\nforged");
        assertThat(logged.getStackTrace()).isEqualTo(error.getStackTrace());
    }
}

package nl.veiligheidsagenda.app.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bootstrap page as Vaadin 25.2 builds it (an inline data script), made safe by {@link BootstrapPageGuard}. */
class BootstrapPageGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "</script><script>alert(1)</script><!--<SCRIPT>&\u2028\u2029'\"\\";

    /** What {@code IndexHtmlRequestHandler.addInitialFlow} writes: the JSON as it is, in a data node. */
    private static Document page(String json) {
        Document page = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
        Element script = new Element("script").attr("initial", "");
        script.appendChild(new DataNode(BootstrapPageGuard.DATA_SCRIPT_PREFIX + json + ";"));
        page.head().appendChild(script);
        page.head().appendChild(new Element("script").attr("type", "module").attr("src", "VAADIN/build/x.js"));
        return page;
    }

    @Test
    void theInlineDataKeepsItsValueButNoMarkupReachesTheHtml() throws Exception {
        String json = JSON.writeValueAsString(Map.of("text", HOSTILE));
        Document page = page(json);

        BootstrapPageGuard.secure(page);

        String html = page.html();
        assertThat(html).doesNotContain("</script><script>", "<!--<", "<SCRIPT>").contains("\\u003c/script\\u003e");
        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("script")).as("the page still has exactly its two scripts").hasSize(2);
        String data = parsed.selectFirst("script[initial]").data();
        assertThat(data).startsWith(BootstrapPageGuard.DATA_SCRIPT_PREFIX).endsWith(";");
        String escapedJson = data.substring(BootstrapPageGuard.DATA_SCRIPT_PREFIX.length(), data.length() - 1);
        assertThat(JSON.readTree(escapedJson).get("text").asText()).as("same value for JavaScript").isEqualTo(HOSTILE);
    }

    @Test
    void withoutTheGuardThePayloadWouldEndTheScript() throws Exception {
        Document page = page(JSON.writeValueAsString(Map.of("text", HOSTILE)));

        assertThat(Jsoup.parse(page.html()).select("script")).as("the unguarded page runs the payload as a script")
                .anyMatch(script -> script.data().equals("alert(1)"));
    }

    @Test
    void everyInlineScriptGetsTheNonceOfTheResponse() {
        Document page = page("{}");
        page.head().appendChild(new Element("script").appendChild(new DataNode("window.x = 1;")));

        String nonce = BootstrapPageGuard.secure(page);

        assertThat(nonce).hasSizeGreaterThanOrEqualTo(20);
        assertThat(page.select("script:not([src])")).allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
        assertThat(page.selectFirst("script[src]").hasAttr("nonce")).isFalse();
        assertThat(BootstrapPageGuard.secure(page(("{}")))).as("a fresh nonce per page").isNotEqualTo(nonce);
    }

    @Test
    void anotherInlineScriptWithMarkupIsRefusedRatherThanSent() {
        Document page = page("{}");
        page.head().appendChild(new Element("script").appendChild(new DataNode("var s = '</script><script>x()';")));

        assertThatThrownBy(() -> BootstrapPageGuard.secure(page)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void escapesOnlyWhatHtmlCouldReadAsMarkup() {
        assertThat(BootstrapPageGuard.escapeForScriptElement("{\"a\":\"<b> & c\u2028\",\"n\":1.5}"))
                .isEqualTo("{\"a\":\"\\u003cb\\u003e \\u0026 c\\u2028\",\"n\":1.5}");
    }
}

package nl.veiligheidsagenda.app.ui.components;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerHtmlTest {

    @Test
    void printsAsciiAndPagesShowingTheSameHtmlShareOneCopy() {
        String first = ServerHtml.holder("ul").appendElement("li").text("Één doel").parent().html();
        String second = ServerHtml.holder("ul").appendElement("li").text("Één doel").parent().html();
        String other = ServerHtml.holder("ul").appendElement("li").text("Een ander doel").parent().html();

        assertThat(second).isNotSameAs(first).isEqualTo(first).isEqualTo("<li>&Eacute;&eacute;n doel</li>");
        assertThat(ServerHtml.shared(first)).isSameAs(first);
        assertThat(ServerHtml.shared(second)).isSameAs(first);
        assertThat(ServerHtml.shared(other)).isSameAs(other);
    }
}

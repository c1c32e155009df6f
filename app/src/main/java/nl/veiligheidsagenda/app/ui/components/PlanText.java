package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/**
 * A text of the plan as HTML: paragraphs are separated by an empty line, and lines starting with "- " or "■ " are
 * list items (the convention of the themes' catalogue texts).
 */
public class PlanText extends Div {

    public PlanText(String text) {
        addClassName("va-plan-text");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            add(block(block));
        }
    }

    private static Component[] block(String block) {
        List<Component> parts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        UnorderedList list = null;
        for (String line : block.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") || trimmed.startsWith("■ ")) {
                if (!paragraph.isEmpty()) {
                    parts.add(new Paragraph(paragraph.toString()));
                    paragraph.setLength(0);
                }
                if (list == null) {
                    list = new UnorderedList();
                    parts.add(list);
                }
                list.add(new ListItem(trimmed.substring(2).strip()));
            } else if (!trimmed.isEmpty()) {
                list = null;
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        if (!paragraph.isEmpty()) {
            parts.add(new Paragraph(paragraph.toString()));
        }
        return parts.toArray(Component[]::new);
    }
}

package nl.veiligheidsagenda.core.model;

import java.util.List;

/** A subject ("onderwerp") of a theme, with its introduction text and its goal(s). */
public record Subject(String id, String name, String introduction, List<Goal> goals) {

    public Subject {
        introduction = introduction == null ? "" : introduction;
        goals = List.copyOf(goals);
    }
}

package nl.veiligheidsagenda.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The period a baseline stands for: one year, the average of a run of years, or the average of survey rounds.
 */
public record BaselinePeriod(Kind kind, List<Integer> years) {

    public enum Kind {
        SINGLE_YEAR,
        AVERAGE_OF_YEARS,
        AVERAGE_OF_SURVEY_ROUNDS
    }

    public BaselinePeriod {
        years = List.copyOf(years);
    }

    public static BaselinePeriod year(int year) {
        return new BaselinePeriod(Kind.SINGLE_YEAR, List.of(year));
    }

    /** The average of every year from {@code first} to {@code last} inclusive. */
    public static BaselinePeriod averageOfYears(int first, int last) {
        return new BaselinePeriod(Kind.AVERAGE_OF_YEARS,
                java.util.stream.IntStream.rangeClosed(first, last).boxed().toList());
    }

    /** The average of the named survey rounds, e.g. 2019 and 2021. */
    public static BaselinePeriod averageOfRounds(Integer... rounds) {
        return new BaselinePeriod(Kind.AVERAGE_OF_SURVEY_ROUNDS, List.of(rounds));
    }

    public int firstYear() {
        return years.getFirst();
    }

    public int lastYear() {
        return years.getLast();
    }

    /** The period as the plan writes it: "2021", "gemiddelde 2019-2022", "gemiddelde 2019 en 2021". */
    public String label() {
        return switch (kind) {
            case SINGLE_YEAR -> String.valueOf(firstYear());
            case AVERAGE_OF_YEARS -> "gemiddelde " + firstYear() + "-" + lastYear();
            case AVERAGE_OF_SURVEY_ROUNDS -> "gemiddelde " + years.subList(0, years.size() - 1).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + " en " + lastYear();
        };
    }
}

package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link;
import nl.veiligheidsagenda.core.model.Block.Link.Target;
import nl.veiligheidsagenda.core.model.Block.Table.Column;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.List;

/**
 * The page "Digitale veiligheid in één oogopslag" (1.4.0): the goal, its indicators with their baselines and a chart,
 * Almere against the Netherlands, the coalition agreement's words, the target groups with the actions for youth, and
 * where to read on. It is written in the core's blocks only, so the shell shows it without a change of its own.
 */
final class DigitaalOverzicht {

    static final ThemePage PAGE = new ThemePage("in-een-oogopslag", "Digitale veiligheid in één oogopslag", List.of(
            Block.Heading.of("Het doel"),
            new Block.Paragraph(DigitaleCriminaliteit.GOAL.statement()),
            Block.Links.of(Link.to(Target.GOAL, DigitaleCriminaliteit.GOAL.id()),
                    Link.to(Target.INDICATOR, DigitaleCriminaliteit.MISDRIJVEN.id()),
                    Link.to(Target.INDICATOR, DigitaleCriminaliteit.SLACHTOFFERS.id())),
            Block.Heading.of("De nulwaarden"),
            new Block.Table("Nulwaarden van de effectindicatoren",
                    List.of(Column.text("Reeks"), Column.number("Nulwaarde"), Column.text("Periode"),
                            Column.text("Eenheid")),
                    List.of(List.of("Cybercrime", "0.8", "gemiddelde 2019-2022", "per 1.000 inwoners"),
                            List.of("Gedigitaliseerde criminaliteit", "6.3", "gemiddelde 2019-2022",
                                    "per 1.000 inwoners"),
                            List.of("Slachtoffer van digitale criminaliteit", "20", "2021",
                                    "% van de bewoners (15+)")),
                    "Bijlage 2 van het uitvoeringsplan"),
            new Block.SeriesChart(DigitaleCriminaliteit.MISDRIJVEN.id(), "cybercrime"),
            Block.Heading.of("Almere en Nederland"),
            new Block.FigureChart(DigitaalCijfers.SLACHTOFFERSCHAP_2021.id()),
            new Block.Quote("Tegelijkertijd zijn er nieuwe vraagstukken als cybercriminaliteit en ondermijning.",
                    "Coalitieakkoord Almere 2022-2026 ‘Bouwen aan een gezonde toekomst’"),
            Block.Heading.of("Voor wie"),
            Block.ItemList.bullets("Jeugd", "Senioren", "Ondernemers", "Almeerders"),
            Block.Heading.of("Wat wij doen voor de jeugd"),
            Block.ActionList.forTargetGroup("Jeugd"),
            Block.Heading.of("Verder lezen"),
            Block.Links.of(new Link(Target.PAGE, "digitaal/cijfers", ""),
                    new Link(Target.ACTION, "polarisatie.signalen-onrust-herkennen",
                            "Signalen van polarisatie en onrust eerder herkennen (thema 4)"),
                    new Link(Target.THEME, "polarisatie", ""),
                    new Link(Target.PLAN, "", "Over dit plan"))));

    private DigitaalOverzicht() {
    }
}

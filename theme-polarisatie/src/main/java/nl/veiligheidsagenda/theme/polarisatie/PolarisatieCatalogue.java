package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.List;

/** The content of theme 4 as the plan adopts it. */
final class PolarisatieCatalogue {

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(
            "De laatste jaren is landelijk steeds meer aandacht voor polarisatie, maatschappelijk ongenoegen en "
                    + "maatschappelijke onrust.",
            List.of(
                    new Subject("polarisatie.polarisatie-en-onrust", "Polarisatie en maatschappelijke onrust", "",
                            List.of(new Goal("polarisatie.polarisatie-en-onrust-herkend",
                                    "Polarisatie en maatschappelijke onrust in Almere worden herkend en aangepakt.",
                                    new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "worden herkend en aangepakt"),
                                    List.of(), List.of()))),
                    new Subject("polarisatie.radicalisering-en-extremisme", "Radicalisering en extremisme", "",
                            List.of(new Goal("polarisatie.radicalisering-herkend",
                                    "Radicalisering en extremisme in Almere worden herkend en aangepakt.",
                                    new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "worden herkend en aangepakt"),
                                    List.of(), List.of())))));

    private PolarisatieCatalogue() {
    }
}

package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.Target.DenominatorTarget;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.PublishedSource.Code;
import nl.veiligheidsagenda.core.model.PublishedSource.Filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the denominators are published: the platform's own mappings (no theme owns a denominator). Population on
 * 1 January from CBS table 03759ned (residents; young people 12-24 as the sum of the single ages 12 to 24), the
 * dwelling stock from 81955NED, business establishments from 81578NED. The remarks say which codes are assumptions:
 * the table ids and titles are CBS's; codes not checked against a table's metadata are marked so, and an import
 * that matches nothing says which codes it looked for.
 */
final class DenominatorSources {

    static final String ORIGIN = "platform";

    private DenominatorSources() {
    }

    static List<Mapping> all() {
        Code population = Code.of("Bevolking op 1 januari", "BevolkingOp1Januari_1", "M000352");
        Filter bothSexes = Filter.of("Geslacht", Code.of("Totaal mannen en vrouwen", "T001038"));
        Filter allStates = Filter.of("BurgerlijkeStaat", Code.of("Totaal burgerlijke staat", "T001019"));
        List<Code> ages = new ArrayList<>();
        for (int age = 12; age <= 24; age++) {
            ages.add(Code.of(age + " jaar", String.valueOf(10000 + age * 100)));
        }
        return List.of(
                mapping(Denominator.RESIDENTS, new PublishedSource("03759ned", population, List.of(bothSexes,
                        allStates, Filter.of("Leeftijd", Code.of("Totaal", "10000"))),
                        PublishedSource.ValueKind.COUNT),
                        "Codes T001038, T001019 en 10000 (totaal) en maat M000352 (v4) volgens openbare scripts;"
                                + " niet tegen de metadata van de tabel gecontroleerd."),
                mapping(Denominator.YOUNG_PEOPLE_12_24, new PublishedSource("03759ned", population, List.of(bothSexes,
                        allStates, new Filter("Leeftijd", ages)), PublishedSource.ValueKind.COUNT),
                        "Som van de leeftijden 12 tot en met 24 jaar; leeftijdscodes (10000 + 100 x leeftijd) zijn"
                                + " een aanname."),
                mapping(Denominator.DWELLINGS, new PublishedSource("81955NED", Code.of("Beginstand voorraad",
                        "BeginstandVoorraad_1", "D002935"), List.of(Filter.of("Gebruiksfunctie",
                        Code.of("Woning", "A045364"))), PublishedSource.ValueKind.COUNT),
                        "Woningvoorraad op 1 januari; maat- en functiecodes zijn een aanname."),
                mapping(Denominator.BUSINESS_ESTABLISHMENTS, new PublishedSource("81578NED", Code.of("Vestigingen",
                        "Vestigingen_1"), List.of(Filter.of("BedrijfstakkenBranchesSBI2008",
                        Code.of("A-U Alle economische activiteiten", "T001081"))), PublishedSource.ValueKind.COUNT),
                        "Vestigingen op 1 januari; maat- en bedrijfstakcodes zijn een aanname."));
    }

    private static Mapping mapping(Denominator kind, PublishedSource source, String remark) {
        return new Mapping(new DenominatorTarget(kind), source, ORIGIN, remark);
    }
}

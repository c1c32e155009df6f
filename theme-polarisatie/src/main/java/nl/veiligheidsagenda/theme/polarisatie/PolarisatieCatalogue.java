package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.ContextFigure.DataPoint;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.List;

/**
 * The content of theme 4, "Maatschappelijke onrust, polarisatie en radicalisering", as the plan adopts it
 * (Uitvoeringsplan Veiligheidsagenda Almere 2023-2026, theme 4 and Bijlage 2).
 * <p>All Dutch texts are the plan's own words: line breaks joined, line-break hyphenation undone and footnote
 * numbers dropped. Neither goal has an effect indicator ("Geen effectindicator"), so both are reported in words.
 */
final class PolarisatieCatalogue {

    private static final String PREFIX = PolarisatiePlugin.ID + ".";

    static final String SUBJECT_POLARISATIE = PREFIX + "polarisatie-en-onrust";
    static final String SUBJECT_RADICALISERING = PREFIX + "radicalisering-en-extremisme";
    static final String GOAL_POLARISATIE = PREFIX + "polarisatie-en-onrust-herkend";
    static final String GOAL_RADICALISERING = PREFIX + "radicalisering-herkend";
    static final String FIGURE_MANIFESTATIES = PREFIX + "manifestaties-oov-advies";

    /** The words of both goals' rule: no measurable target. */
    private static final EvaluationRule RECOGNISED_AND_TACKLED =
            new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "worden herkend en aangepakt");

    private static final String INTRODUCTION = """
            De laatste jaren is landelijk steeds meer aandacht voor polarisatie, maatschappelijk ongenoegen en \
            maatschappelijke onrust. Hoewel dit verschillende termen zijn, verwijzen ze in de kern naar een \
            toenemende afstand tussen (groepen) inwoners en elkaars opvattingen. Ook de toenemende afstand tussen \
            inwoners en de overheid is hier een aspect van. Verharding en verdieping van polarisatie en \
            maatschappelijk ongenoegen kunnen leiden tot radicalisering en extreem gedachtegoed.""";

    // ----------------------------------------------------------------------------------------------------------
    // Subject 1: Polarisatie en maatschappelijke onrust
    // ----------------------------------------------------------------------------------------------------------

    private static final String POLARISATIE_INTRODUCTION = """
            Polarisatie is een groeiend wij-zij denken. Als de afstand tussen personen, groepen of instanties te \
            groot wordt, gaat inlevingsvermogen in de ander verloren en nemen angst en afkeer toe. In de Almeerse \
            trendverkenning Tijd voor Toekomst uit 2021 wordt met de trend ‘Hoor mij’ beschreven dat polarisatie \
            toeneemt. Uit recent onderzoek van het SCP blijkt dat driekwart van de Nederlanders ook vindt dat de \
            polarisatie in het land toeneemt en dat meningsverschillen over maatschappelijke kwesties steeds groter \
            worden. Deze polarisatie uit zich in een verharding van het (online) publieke debat, demonstraties en \
            verstoringen van de openbare orde. In veel grote steden is een toename van het aantal demonstraties te \
            zien in de afgelopen jaren. Ook in Almere is dit het geval. Het aantal manifestaties of betogingen \
            waarbij om advies werd gevraagd in het kader van de openbare orde en veiligheid steeg van 9 in 2019 \
            naar 16 in 2020 en 27 in 2021. In 2022 waren het er 25.

            Maatschappelijk ongenoegen kan omschreven worden als een gevoel van angst, onzekerheid, onvrede, of \
            miskenning door ongrijpbare veranderingen zoals globalisering, klimaatverandering, migratie en \
            ongelijkheid. Maatschappelijke onrust is de zichtbare (collectieve) uiting van dit ongenoegen. De \
            genoemde demonstraties zijn hier een voorbeeld van, maar ook het toepassen van geweld. De coronacrisis \
            heeft geleid tot een verdere toename en zichtbaarheid van het maatschappelijk ongenoegen. Dit leidde \
            uiteindelijk tot onrust in de vorm van de ‘coronarellen’ en ‘avondklokrellen’ in verschillende \
            Nederlandse steden, waar Almere overigens niet bij hoorde. De angst voor en afkeer van de ander lijkt \
            steeds meer samen te gaan met angst voor en afkeer van publieke instanties. Uit de resultaten van de \
            recente bewonersenquête Almere in de Peiling blijkt dat het vertrouwen van burgers in de gemeenteraad \
            is afgenomen. De Nationaal Coördinator Terrorisme en Veiligheid (NCTV) waarschuwt de afgelopen jaren \
            voor toenemend anti-overheidsdenken. Door de coronacrisis is dit meer zichtbaar geworden. Soms spelen \
            complottheorieën een rol in dit denken.""";

    private static final String POLARISATIE_APPROACH = """
            Wij zien aanwijzingen voor een groeiend maatschappelijk ongenoegen in de Almeerse samenleving en een \
            daling van het vertrouwen in de overheid. Ondanks dat dit ongenoegen bij een minderheid van bewoners \
            speelt, kan het uiteindelijk leiden tot spanningen, conflicten, wantrouwen en emotionele (soms \
            explosieve) uitingen, zowel online als offline en leiden tot maatschappelijke onrust. Om polarisatie en \
            maatschappelijke onrust te herkennen en tegen te gaan, gaan wij het volgende doen:""";

    private static final Goal POLARISATIE_GOAL = new Goal(GOAL_POLARISATIE,
            "Polarisatie en maatschappelijke onrust in Almere worden herkend en aangepakt.",
            RECOGNISED_AND_TACKLED,
            List.of(),
            List.of(
                    action("signalen-onrust-herkennen",
                            "Signalen van polarisatie en maatschappelijke onrust eerder herkennen", """
                            Bij het tegengaan van polarisatie en (mogelijke) maatschappelijke onrust is het \
                            belangrijk dat de gemeente en maatschappelijke partners signalen daarvan herkennen. Ook \
                            is het van belang te weten hoe hier het beste op gereageerd kan worden. Wij zetten in op \
                            het beter en eerder herkennen van signalen van polarisatie en maatschappelijke onrust \
                            door professionals. Daarnaast ontwikkelen wij een bredere aanpak voor de opvolging van \
                            deze signalen. Een onderdeel hiervan is het ontwikkelen van een aanpak tegen online \
                            aangejaagde ordeverstoringen, eerder benoemd bij het thema Digitale veiligheid.""",
                            List.of("Maatschappelijke partners"),
                            List.of("Professionals"))
                            .withSeeAlso("digitaal.aanpak-ordeverstoringen-verkennen"),
                    action("veiligheidsadvies-manifestaties",
                            "Veiligheidsadvies bij manifestaties", """
                            Wij zien samen met onze veiligheidspartners toe op de openbare orde en veiligheid bij \
                            manifestaties. Dit doen wij door het geven van veiligheidsadvies bij manifestaties. \
                            Wanneer nodig nemen wij maatregelen om manifestaties zonder ordeverstoringen te laten \
                            verlopen. Voor meer informatie, zie het thema Crisisbeheersing.""",
                            List.of("Veiligheidspartners"),
                            List.of())
                            .withSeeAlso("crisis.veilige-manifestaties"),
                    action("sociale-cohesie-versterken",
                            "Samenwerking voor sociale cohesie en tegen uitsluiting versterken", """
                            Bij een grote sociale cohesie is de kans op het ontstaan van polarisatie en \
                            maatschappelijke onrust kleiner. Ook is het essentieel dat iedereen mee kan doen in de \
                            samenleving zodat gevoelens van uitsluiting worden tegengegaan. Dit kan ook bijdragen \
                            aan het verkleinen van de voedingsbodem voor radicalisering. Om dit te bereiken willen \
                            wij de samenwerking binnen de gemeente versterken tussen de domeinen die zich richten op \
                            sociale cohesie en het tegengaan van uitsluiting.""",
                            List.of(),
                            List.of("Almeerders"))
                            .withSeeAlso("wijken.sociale-cohesie-versterken", "ondermijning.sociale-cohesie")));

    // ----------------------------------------------------------------------------------------------------------
    // Subject 2: Radicalisering en extremisme
    // ----------------------------------------------------------------------------------------------------------

    private static final String RADICALISERING_INTRODUCTION = """
            Als (jonge) mensen het gevoel hebben dat iets van grote waarde wordt bedreigd, kunnen ze vatbaar zijn \
            voor radicalisering. Verharding en verdieping van polarisatie en maatschappelijk ongenoegen kunnen \
            leiden tot radicalisering en extreem gedachtegoed. De NCTV definieert radicalisering als een \
            toenemende bereidheid om zich, vanuit ideologische overtuiging, te gedragen op een manier die andere \
            mensen diep kwetst of in hun vrijheid raakt. Radicaliserende personen kunnen zich afkeren van de \
            samenleving en overgaan tot het gebruiken van geweld. De NCTV definieert extremisme als een fenomeen \
            waarbij (geradicaliseerde) personen of groepen vanuit ideologisch motief bereid zijn om in ernstige \
            mate de wetten te overtreden of de democratische rechtsorde te ondermijnen. Dit kan in verschillende \
            richtingen zijn: links-extremisme, rechts-extremisme, anti-overheidsextremisme en religieus \
            extremisme. Wij hebben nog geen goed beeld van de vorm en mate waarin verschillende typen extremisme \
            voorkomen in Almere.

            De gemeente heeft in de aanpak van radicalisering een regierol. Er is de afgelopen jaren gewerkt aan \
            doorontwikkeling van de lokale aanpak radicalisering: het weerbaarder maken van kwetsbare jongeren, \
            versteviging van de persoonsgerichte aanpak en verbetering van de deskundigheid van professionals \
            (onder andere in het onderwijs en bij zorgpartners).""";

    private static final String RADICALISERING_APPROACH = """
            Wij werken aan het herkennen en aanpakken van radicalisering en extremisme in Almere door \
            kennisvermeerdering en een combinatie van preventieve en repressieve maatregelen:""";

    private static final Goal RADICALISERING_GOAL = new Goal(GOAL_RADICALISERING,
            "Radicalisering en extremisme in Almere worden herkend en aangepakt.",
            RECOGNISED_AND_TACKLED,
            List.of(),
            List.of(
                    action("kennis-extremisme-verbeteren",
                            "Kennis van en zicht op radicalisering en extremisme verbeteren", """
                            Om goed onderbouwde beleidskeuzes te kunnen maken, blijven wij onze kennis over \
                            radicalisering en extremisme verbeteren. Daarnaast is het van belang om beter zicht te \
                            krijgen op welke vormen van extremisme er in de stad aanwezig zijn. Met dit verbeterde \
                            zicht kunnen wij ons antiradicaliseringsbeleid beter toespitsen op de lokale situatie. \
                            Wij gaan in gesprek met de gemeenteraad en maatschappelijke partners om te komen tot een \
                            goede en gedragen manier om dit zicht te verbeteren.""",
                            List.of("Gemeenteraad", "Maatschappelijke partners"),
                            List.of()),
                    action("weerbaarheid-jongeren",
                            "Weerbaarheid van jongeren tegen radicaal gedachtegoed vergroten", """
                            De preventieve inzet op jongeren en jongvolwassenen blijft een belangrijk onderdeel van \
                            de lokale aanpak. Jongeren zijn op zoek naar hun identiteit en rol in de maatschappij. \
                            Bij deze zoektocht kunnen jongeren in aanraking komen met radicale denkwijzen en is het \
                            belangrijk dat zij voldoende weerbaar zijn om die denkwijzen af te wijzen. Wij vergroten \
                            de weerbaarheid van jongeren en hun omgeving tegen invloeden van radicaal gedachtegoed. \
                            Hiervoor zetten wij voorlichting in op scholen. Ook bieden wij kwetsbare jongeren \
                            gerichte trainingen aan.""",
                            List.of("Scholen"),
                            List.of("Jeugd"))
                            .withSeeAlso("wijken.weerbaarheid-jongeren-voorlichting"),
                    action("deskundigheid-professionals",
                            "Deskundigheid van professionals over radicalisering vergroten", """
                            Wij vergroten de kennis van professionals over radicalisering en over het herkennen en \
                            melden van signalen. Deze verbetering van hun deskundigheid draagt bij aan het beter en \
                            eerder herkennen van mogelijke radicalisering. Hierdoor kunnen professionals snelle en \
                            effectieve hulp inzetten, waardoor verharding of verdere radicalisering voorkomen kunnen \
                            worden.""",
                            List.of(),
                            List.of("Professionals")),
                    action("regionale-meldstructuur",
                            "Regionale meldstructuur voor signalen van radicalisering", """
                            Wij verbeteren de mogelijkheid om signalen te melden. Wij werken aan een regionale \
                            meldstructuur zodat professionals hun signalen over radicalisering laagdrempeliger en \
                            makkelijker kunnen melden.""",
                            List.of(),
                            List.of("Professionals")),
                    action("persoonsgerichte-aanpak",
                            "Persoonsgerichte aanpak radicaliserende personen voortzetten", """
                            Wij zetten de persoonsgerichte aanpak voor radicaliserende personen voort. Deze personen \
                            worden besproken in het casusoverleg radicalisering dat wordt gefaciliteerd door het \
                            Zorg- en Veiligheidshuis Flevoland. In de persoonsgerichte aanpak werken wij samen met \
                            politie, Openbaar Ministerie, Raad voor de Kinderbescherming en Reclassering Nederland om \
                            het radicaliseringsproces te keren. Door de verdere versteviging van het casusoverleg \
                            maken wij deze aanpak nog effectiever.""",
                            List.of("Zorg- en Veiligheidshuis Flevoland", "Politie", "Openbaar Ministerie",
                                    "Raad voor de Kinderbescherming", "Reclassering Nederland"),
                            List.of("Radicaliserende personen"))));

    // ----------------------------------------------------------------------------------------------------------
    // Context figure and extra page: demonstrations with public-order advice
    // ----------------------------------------------------------------------------------------------------------

    /** The plan's chart "Aantal manifestaties in Almere waarbij OOV-advies werd gevraagd", values from its text. */
    private static final ContextFigure MANIFESTATIES = new ContextFigure(FIGURE_MANIFESTATIES,
            "Aantal manifestaties in Almere waarbij OOV-advies werd gevraagd", """
            Het aantal manifestaties of betogingen waarbij om advies werd gevraagd in het kader van de openbare \
            orde en veiligheid steeg van 9 in 2019 naar 16 in 2020 en 27 in 2021. In 2022 waren het er 25.""",
            "aantal",
            "Gemeente Almere",
            List.of(DataPoint.of("2019", "9"), DataPoint.of("2020", "16"), DataPoint.of("2021", "27"),
                    DataPoint.of("2022", "25")));

    private static final ThemePage MANIFESTATIES_PAGE = new ThemePage("manifestaties", "Manifestaties per jaar", """
            In veel grote steden is een toename van het aantal demonstraties te zien in de afgelopen jaren. Ook in \
            Almere is dit het geval.""",
            List.of(FIGURE_MANIFESTATIES));

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(
            INTRODUCTION,
            List.of(
                    subject(SUBJECT_POLARISATIE, "Polarisatie en maatschappelijke onrust", POLARISATIE_INTRODUCTION,
                            POLARISATIE_GOAL, POLARISATIE_APPROACH),
                    subject(SUBJECT_RADICALISERING, "Radicalisering en extremisme", RADICALISERING_INTRODUCTION,
                            RADICALISERING_GOAL, RADICALISERING_APPROACH)),
            List.of(MANIFESTATIES),
            List.of(MANIFESTATIES_PAGE));

    private PolarisatieCatalogue() {
    }

    /** An action of this theme, one bullet, with a title of ours; the plan gives no time frame for any of them. */
    private static Action action(String slug, String title, String description, List<String> partners,
                                 List<String> targetGroups) {
        return new Action(PREFIX + slug, title, description, partners, targetGroups, "").titledByUs();
    }

    /** A subject whose approach opens with its lead-in paragraph, followed by the bullets of its goal. */
    private static Subject subject(String id, String name, String introduction, Goal goal, String leadIn) {
        return new Subject(id, name, introduction, List.of(goal), List.of(new Block.Paragraph(leadIn),
                Block.ActionList.of(goal.actions().toArray(Action[]::new))));
    }
}

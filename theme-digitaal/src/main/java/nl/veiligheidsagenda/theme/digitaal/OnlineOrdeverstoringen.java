package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;

import java.util.List;

/**
 * Subject 2 of theme 2: "Online aangejaagde ordeverstoringen". Its goal has no effect indicator ("Geen
 * effectindicator beschikbaar"), so its progress is reported in words.
 */
final class OnlineOrdeverstoringen {

    static final Goal GOAL = new Goal(
            "digitaal.ordeverstoringen-voorkomen-en-aanpakken",
            "Online aangejaagde ordeverstoringen worden voorkomen en aangepakt.",
            new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "worden voorkomen en aangepakt"),
            List.of(),
            List.of(
                    new Action("digitaal.aanpak-ordeverstoringen-verkennen",
                            "Aanpak van (dreigende) online aangejaagde ordeverstoringen verkennen",
                            """
                            In samenwerking met politie en andere partners verkennen wij de mogelijkheden voor een \
                            aanpak om snel en weloverwogen te kunnen optreden bij (dreigende) online aangejaagde \
                            ordeverstoringen. Deze aanpak moet ons in staat stellen om preventief, en waar nodig \
                            repressief, op te treden. Deze aanpak sluit aan bij onze inzet om signalen van \
                            polarisatie en maatschappelijke onrust beter en eerder te kunnen herkennen \
                            (zie thema 4).""",
                            List.of("Politie"),
                            List.of(),
                            "").titledByUs().withSeeAlso("polarisatie.signalen-onrust-herkennen"),
                    new Action("digitaal.informatiepositie-en-protocol",
                            "Online informatiepositie verbeteren en protocol ontwikkelen",
                            """
                            Voor de ontwikkeling van onze aanpak van online aangejaagde ordeverstoringen starten wij \
                            met het verbeteren van onze online informatiepositie. Wij willen beter zicht krijgen op \
                            de beschikbare en nog ontbrekende online informatie binnen de gemeente en bij onze \
                            partners. Nadat wij onze online informatiepositie hebben verbeterd, ontwikkelen wij een \
                            protocol waarin wordt vastgelegd welke interventies toegepast kunnen worden bij \
                            (dreigende) online aangejaagde ordeverstoringen. Momenteel is het nog onduidelijk in \
                            hoeverre burgemeestersbevoegdheden in het digitale domein ingezet mogen worden. Zodra \
                            hier meer duidelijkheid over is, nemen wij deze bestuurlijke maatregelen op in het \
                            protocol.""",
                            List.of(),
                            List.of(),
                            "").titledByUs()));

    static final Subject SUBJECT = new Subject(
            "digitaal.online-aangejaagde-ordeverstoringen",
            "Online aangejaagde ordeverstoringen",
            """
            Behalve voor nieuwe verschijningsvormen van criminaliteit, zorgt de digitalisering ook voor \
            veranderingen in de wijze waarop openbare ordeverstoringen zich voordoen. Steeds vaker worden gemeenten \
            geconfronteerd met openbare ordeverstoringen die online beginnen of online versterkt worden. Het gaat \
            bijvoorbeeld om het online oproepen tot niet aangekondigde demonstraties of evenementen die kunnen \
            resulteren in onrust op straat. In Almere dreigde dit te gebeuren bij ongenoegen over de avondklok begin \
            2021. Het is daarom belangrijk dat de gemeente weet wat er speelt in de stad, ook in het digitale \
            domein. Een goede online informatiepositie is bovendien van belang in verband met het toenemend \
            maatschappelijk ongenoegen (waarover meer bij het thema Maatschappelijke onrust, polarisatie en \
            radicalisering). Dit ongenoegen wordt versterkt door de mogelijkheden van moderne technologie en sociale \
            media. Het voorkomen en aanpakken van online aangejaagde ordeverstoringen is een nieuw maar urgent thema \
            voor gemeenten, zo ook voor de gemeente Almere.""",
            List.of(GOAL));

    private OnlineOrdeverstoringen() {
    }
}

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="320" />
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="324" />
        <source>Follow the benefits of the decided investments: each indicator has a baseline, a target value and a target date; measurements show how far it has come. The realised value puts the latest measurements into the value model in place of the planned scores.</source>
        <translation>Följ upp nyttan av de beslutade investeringarna: varje indikator har ett utgångsvärde, ett målvärde och ett måldatum; mätningarna visar hur långt den har kommit. Det realiserade värdet sätter in de senaste mätningarna i värdemodellen i stället för de planerade bedömningarna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="335" />
        <source>&amp;As of:</source>
        <translation>&amp;Per datum:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="337" />
        <source>As-of date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="338" />
        <source>Measurements after this date are not counted</source>
        <translation>Mätningar efter detta datum räknas inte</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="341" />
        <source>T&amp;oday</source>
        <translation>I d&amp;ag</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="345" />
        <source>Status summary</source>
        <translation>Sammanfattning av status</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="369" />
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="380" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="383" />
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="408" />
        <source>&amp;Add indicator…</source>
        <translation>&amp;Lägg till indikator…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="411" />
        <source>&amp;Edit indicator…</source>
        <translation>&amp;Redigera indikator…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="414" />
        <source>&amp;Delete indicator</source>
        <translation>&amp;Ta bort indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="431" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="703" />
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="435" />
        <source>Date of the measurement</source>
        <translation>Mätningens datum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="437" />
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="438" />
        <source>Measured value</source>
        <translation>Uppmätt värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="442" />
        <source>note (for example the source, or what it corrects)</source>
        <translation>anteckning (till exempel källan, eller vad den rättar)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="444" />
        <source>Note on the measurement</source>
        <translation>Anteckning om mätningen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="445" />
        <source>Add &amp;measurement</source>
        <translation>Lägg till &amp;mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="460" />
        <source>Measurements are kept as entered. To correct one, add a new measurement with a note; Undo takes back the last one added.</source>
        <translation>Mätningar sparas som de förs in. Rätta en mätning genom att lägga till en ny med en anteckning; Ångra tar tillbaka den senast tillagda.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="469" />
        <source>Measurements of the selected indicator</source>
        <translation>Mätningar av den valda indikatorn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="488" />
        <source>Follow-up results</source>
        <translation>Resultat av uppföljningen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="490" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="704" />
        <source>Indicator over time</source>
        <translation>Indikatorn över tid</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="492" />
        <source>The measurements against the plan: a straight line from the baseline to the target value.</source>
        <translation>Mätningarna mot planen: en rät linje från utgångsvärdet till målvärdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="495" />
        <source>Select an indicator to see its measurements.</source>
        <translation>Välj en indikator för att se dess mätningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="496" />
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="500" />
        <source>Expected and realised value</source>
        <translation>Förväntat och realiserat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="502" />
        <source>For each investment the value the decision expected and the value with the latest measurements in place of the planned scores; the dotted line is the do-nothing alternative.</source>
        <translation>För varje investering det värde beslutet förväntade och värdet med de senaste mätningarna i stället för de planerade bedömningarna; den prickade linjen är nollalternativet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="509" />
        <source>Expected and realised value per investment</source>
        <translation>Förväntat och realiserat värde per investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="518" />
        <source>&amp;Value per investment</source>
        <translation>&amp;Värde per investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="600" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="606" />
        <source>The follow-up cannot be computed:</source>
        <translation>Uppföljningen kan inte beräknas:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="657" />
        <source>{count} indicators — {statuses}</source>
        <translation>{count} indikatorer — {statuses}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="662" />
        <source>No indicators yet. Add one for each benefit to follow up.</source>
        <translation>Inga indikatorer ännu. Lägg till en för varje nytta som ska följas upp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="666" />
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="707" />
        <source>Measurements of ‘{name}’</source>
        <translation>Mätningar av ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="711" />
        <source>{name} — {status}, progress {progress} (plan {plan})</source>
        <translation>{name} — {status}, uppnått {progress} (plan {plan})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="847" />
        <source>Delete indicator</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="849" />
        <source>‘{name}’ has {count} measurements. Delete it with its measurements? (You can undo it.)</source>
        <translation>‘{name}’ har {count} mätningar. Ta bort den med dess mätningar? (Du kan ångra det.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="871" />
        <source>‘{text}’ is not a number.</source>
        <translation>‘{text}’ är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="873" />
        <source>Give the measured value.</source>
        <translation>Ange det uppmätta värdet.</translation>
    </message>
</context>
<context>
    <name>FollowUpProblem</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="82" />
        <source>A measurement refers to the indicator ‘{indicator}’, which does not exist.</source>
        <translation>En mätning hänvisar till indikatorn ‘{indicator}’, som inte finns.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="85" />
        <source>‘{value}’ is not a date; write it as YYYY-MM-DD.</source>
        <translation>‘{value}’ är inte ett datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="86" />
        <source>A measurement of ‘{indicator}’ ({date}) is older than its baseline ({baseline_date}).</source>
        <translation>En mätning av ‘{indicator}’ ({date}) är äldre än dess utgångsvärde ({baseline_date}).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="90" />
        <source>A measurement of ‘{indicator}’ ({value}) is outside the criterion's scale {low}–{high}; the realised value takes it at the scale's end.</source>
        <translation>En mätning av ‘{indicator}’ ({value}) ligger utanför kriteriets skala {low}–{high}; det realiserade värdet räknar med skalans ände.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="95" />
        <source>‘{criterion}’ is scored with levels, so the numbers measured by ‘{indicator}’ cannot replace its score; the realised value keeps the planned score.</source>
        <translation>‘{criterion}’ bedöms med nivåer, så talen som mäts av ‘{indicator}’ kan inte ersätta bedömningen; det realiserade värdet behåller den planerade bedömningen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="100" />
        <source>‘{criterion}’ has sub-criteria, so the measurements of ‘{indicator}’ are not used in the realised value.</source>
        <translation>‘{criterion}’ har delkriterier, så mätningarna av ‘{indicator}’ används inte i det realiserade värdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="104" />
        <source>‘{indicator}’ follows the same investment and criterion as ‘{other}’; the first with a measurement is used.</source>
        <translation>‘{indicator}’ följer samma investering och kriterium som ‘{other}’; den första som har en mätning används.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="52" />
        <source>Not measured yet</source>
        <translation>Ej mätt ännu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="53" />
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="54" />
        <source>At risk</source>
        <translation>Risk för avvikelse</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="55" />
        <source>Off track</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="56" />
        <source>Achieved</source>
        <translation>Realiserad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="57" />
        <source>Exceeded</source>
        <translation>Överträffad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="58" />
        <source>Cannot be judged</source>
        <translation>Kan inte bedömas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="62" />
        <source>No measurement on or before the as-of date</source>
        <translation>Ingen mätning på eller före uppföljningsdatumet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="63" />
        <source>At or ahead of the planned progress</source>
        <translation>I nivå med eller före planen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="64" />
        <source>Behind the planned progress by at most {margin} of the distance to the target</source>
        <translation>Efter planen med högst {margin} av sträckan till målvärdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="67" />
        <source>Behind the planned progress by more than {margin} of the distance to the target</source>
        <translation>Efter planen med mer än {margin} av sträckan till målvärdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="70" />
        <source>The target value is reached</source>
        <translation>Målvärdet är nått</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="71" />
        <source>Beyond the target value</source>
        <translation>Bortom målvärdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="72" />
        <source>Without a baseline and a target that differ, and their dates, progress cannot be judged</source>
        <translation>Utan ett utgångsvärde och ett målvärde som skiljer sig åt, med datum, kan framstegen inte bedömas</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="158" />
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="158" />
        <source>Plan: baseline to target</source>
        <translation>Plan: från utgångsvärde till målvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="160" />
        <source>As of {date}</source>
        <translation>Per {date}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="178" />
        <source>{date}: {value}</source>
        <translation>{date}: {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="134" />
        <source>Edit indicator</source>
        <translation>Redigera indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="134" />
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="138" />
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="140" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="145" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="143" />
        <source>&amp;Investment:</source>
        <translation>&amp;Investering:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="149" />
        <source>{name} (levels: not measurable as a number)</source>
        <translation>{name} (nivåer: kan inte mätas som tal)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="152" />
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="154" />
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="156" />
        <source>&amp;Owner:</source>
        <translation>&amp;Nyttoägare:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="158" />
        <source>Data &amp;source:</source>
        <translation>&amp;Datakälla:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="161" />
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="171" />
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="165" />
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="167" />
        <source>&amp;Baseline:</source>
        <translation>&amp;Utgångsvärde:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="177" />
        <source>by</source>
        <translation>senast</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="179" />
        <source>&amp;Target:</source>
        <translation>&amp;Målvärde:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="236" />
        <source>Give the indicator a name.</source>
        <translation>Ge indikatorn ett namn.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="242" />
        <source>‘{text}’ is not a number.</source>
        <translation>‘{text}’ är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/followup_panel.py" line="246" />
        <source>The target date must come after the baseline date.</source>
        <translation>Måldatumet måste komma efter utgångsvärdets datum.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="196" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="197" />
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="198" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="199" />
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="200" />
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="201" />
        <source>Latest measurement</source>
        <translation>Senaste mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="202" />
        <source>Progress</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="203" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="204" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="208" />
        <source>Baseline value and date (the starting point)</source>
        <translation>Utgångsvärde och datum (nuläge, nollmätning; baslinje)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="209" />
        <source>Target value and target date</source>
        <translation>Målvärde och måldatum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="210" />
        <source>The latest measurement on or before the as-of date</source>
        <translation>Den senaste mätningen på eller före uppföljningsdatumet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="211" />
        <source>Share of the distance from baseline to target achieved</source>
        <translation>Andel av sträckan från utgångsvärde till målvärde som är uppnådd</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="213" />
        <source>Share planned by the as-of date (straight line from baseline to target date)</source>
        <translation>Andel som enligt planen ska vara uppnådd vid uppföljningsdatumet (rät linje från utgångsvärdet till måldatumet)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="272" />
        <source>Owner: {owner}</source>
        <translation>Nyttoägare: {owner}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="274" />
        <source>Data source: {source}</source>
        <translation>Datakälla: {source}</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="371" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="372" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="373" />
        <source>Progress</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="374" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="405" />
        <source>After the as-of date: not counted</source>
        <translation>Efter uppföljningsdatumet: räknas inte</translation>
    </message>
</context>
<context>
    <name>RealisationChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="261" />
        <source>Expected value</source>
        <translation>Förväntat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="261" />
        <source>Realised value</source>
        <translation>Realiserat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="265" />
        <source>Do-nothing: {name}</source>
        <translation>Nollalternativ: {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/realisation_chart.py" line="280" />
        <source>{name}: expected {expected}, realised {realised}, realisation index {index}, measured weight {coverage}</source>
        <translation>{name}: förväntat {expected}, realiserat {realised}, realiseringsindex {index}, mätt vikt {coverage}</translation>
    </message>
</context>
<context>
    <name>RealisationTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="456" />
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="457" />
        <source>Expected value</source>
        <translation>Förväntat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="458" />
        <source>Realised value</source>
        <translation>Realiserat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="459" />
        <source>Realisation index</source>
        <translation>Realiseringsindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="460" />
        <source>Measured weight</source>
        <translation>Mätt vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="465" />
        <source>The value V(a) the decision was based on (representative weights and scores)</source>
        <translation>Värdet V(a) som beslutet byggde på (representativa vikter och bedömningar)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="468" />
        <source>V(a) with each measured criterion's score replaced by its latest measurement</source>
        <translation>V(a) med varje mätt kriteriums bedömning ersatt av dess senaste mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="471" />
        <source>(realised − do-nothing) / (expected − do-nothing): 1 means the planned gain is realised</source>
        <translation>(realiserat − nollalternativ) / (förväntat − nollalternativ): 1 betyder att den planerade nyttan är realiserad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="473" />
        <source>Share of the weight on criteria that are measured</source>
        <translation>Andel av vikten som ligger på kriterier som mäts</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="496" />
        <source>{name} (do-nothing)</source>
        <translation>{name} (nollalternativ)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="506" />
        <source>The do-nothing alternative is the reference</source>
        <translation>Nollalternativet är referensen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="508" />
        <source>Nothing measured yet</source>
        <translation>Inget mätt ännu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/followup_model.py" line="509" />
        <source>Expected value equals the reference: no index</source>
        <translation>Det förväntade värdet är lika med referensens: inget index</translation>
    </message>
</context>
</TS>

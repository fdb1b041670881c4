<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="105"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="109"/>
        <source>The investments to choose among, with their costs and the resources they need. Mark the do-nothing alternative: the present state that every investment is compared with.</source>
        <translation>Investeringarna att välja mellan, med kostnader och de resurser de kräver. Markera nollalternativet: nuläget som varje investering jämförs med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="125"/>
        <source>Alternatives table</source>
        <translation>Tabell över alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="152"/>
        <source>&amp;Add alternative</source>
        <translation>&amp;Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="153"/>
        <source>D&amp;uplicate alternative</source>
        <translation>&amp;Duplicera alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="154"/>
        <source>&amp;Delete alternative</source>
        <translation>&amp;Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="155"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="156"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="171"/>
        <source>Description of the alternative</source>
        <translation>Beskrivning av alternativet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="230"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="233"/>
        <source>&amp;Description of ‘{name}’:</source>
        <translation>&amp;Beskrivning av ‘{name}’:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="257"/>
        <source>New alternative</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="273"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="294"/>
        <source>Delete alternative</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="295"/>
        <source>{names} has {count} scores. Delete it with its scores? (You can undo it.)</source>
        <translation>{names} har {count} bedömningar. Ta bort alternativet med bedömningarna? (Det går att ångra.)</translation>
    </message>
</context>
<context>
    <name>AlternativesTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="107"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="108"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="109"/>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="110"/>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="111"/>
        <source>Do-nothing</source>
        <translation>Nollalternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="149"/>
        <source>The do-nothing alternative: the present state, which every investment is compared with</source>
        <translation>Nollalternativet: nuläget, som varje investering jämförs med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="152"/>
        <source>Do-nothing alternative</source>
        <translation>Nollalternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/alternatives_model.py" line="152"/>
        <source>Not the do-nothing alternative</source>
        <translation>Inte nollalternativet</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../diva_desktop/app.py" line="65"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/app.py" line="66"/>
        <source>Something went wrong in DIVÄ Desktop: {error}

Your project is still open; save it under a new name to be safe. The details are in the log:
{log}</source>
        <translation>Något gick fel i DIVÄ Desktop: {error}

Projektet är fortfarande öppet; spara det under ett nytt namn för säkerhets skull. Detaljerna finns i loggen:
{log}</translation>
    </message>
</context>
<context>
    <name>CarEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="395"/>
        <source>Most important first; between neighbours choose how much more important the upper one is.</source>
        <translation>Viktigast först; välj mellan grannar hur mycket viktigare det övre kriteriet är.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="405"/>
        <source>=  equally important   &gt;  slightly more   &gt;&gt;  clearly more   &gt;&gt;&gt;  much more important</source>
        <translation>=  lika viktiga   &gt;  något viktigare   &gt;&gt;  klart viktigare   &gt;&gt;&gt;  mycket viktigare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="422"/>
        <source>equally important</source>
        <translation>lika viktiga</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="423"/>
        <source>slightly more important</source>
        <translation>något viktigare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="424"/>
        <source>clearly more important</source>
        <translation>klart viktigare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="425"/>
        <source>much more important</source>
        <translation>mycket viktigare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="490"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="491"/>
        <source>Move {name} up</source>
        <translation>Flytta upp {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="492"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="493"/>
        <source>Move {name} down</source>
        <translation>Flytta ned {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="499"/>
        <source>Step between {upper} and {lower}</source>
        <translation>Steg mellan {upper} och {lower}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="502"/>
        <source>{upper} and {lower} are equally important</source>
        <translation>{upper} och {lower} är lika viktiga</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="503"/>
        <source>{upper} is slightly more important than {lower}</source>
        <translation>{upper} är något viktigare än {lower}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="504"/>
        <source>{upper} is clearly more important than {lower}</source>
        <translation>{upper} är klart viktigare än {lower}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="505"/>
        <source>{upper} is much more important than {lower}</source>
        <translation>{upper} är mycket viktigare än {lower}</translation>
    </message>
</context>
<context>
    <name>CommandLabel</name>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="33"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="34"/>
        <source>Rename project ‘{name}’</source>
        <translation>Byt namn på projektet till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="35"/>
        <source>Edit project information</source>
        <translation>Ändra projektinformation</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="36"/>
        <source>Add criterion ‘{name}’</source>
        <translation>Lägg till kriterium ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="37"/>
        <source>Delete criterion ‘{criterion}’</source>
        <translation>Ta bort kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="38"/>
        <source>Rename criterion ‘{name}’</source>
        <translation>Byt namn på kriterium till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="39"/>
        <source>Describe criterion ‘{criterion}’</source>
        <translation>Beskriv kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="40"/>
        <source>Change unit of ‘{criterion}’</source>
        <translation>Ändra enhet för ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="41"/>
        <source>Change scale of ‘{criterion}’</source>
        <translation>Ändra skala för ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="42"/>
        <source>Link goals to ‘{criterion}’</source>
        <translation>Koppla mål till ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="43"/>
        <source>Edit criterion ‘{criterion}’</source>
        <translation>Ändra kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="44"/>
        <source>Delete {count} criteria</source>
        <translation>Ta bort {count} kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="45"/>
        <source>Move criterion ‘{criterion}’</source>
        <translation>Flytta kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="46"/>
        <source>Move {count} criteria</source>
        <translation>Flytta {count} kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="47"/>
        <source>Add alternative ‘{name}’</source>
        <translation>Lägg till alternativ ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="48"/>
        <source>Delete alternative ‘{alternative}’</source>
        <translation>Ta bort alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="49"/>
        <source>Delete {count} alternatives</source>
        <translation>Ta bort {count} alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="50"/>
        <source>Rename alternative ‘{name}’</source>
        <translation>Byt namn på alternativ till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="51"/>
        <source>Describe alternative ‘{alternative}’</source>
        <translation>Beskriv alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="52"/>
        <source>Change cost of ‘{alternative}’</source>
        <translation>Ändra kostnad för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="53"/>
        <source>Change resources of ‘{alternative}’</source>
        <translation>Ändra resurser för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="56"/>
        <source>Change do-nothing mark of ‘{alternative}’</source>
        <translation>Ändra nollalternativsmarkering för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="59"/>
        <source>Edit alternative ‘{alternative}’</source>
        <translation>Ändra alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="60"/>
        <source>Move alternative ‘{alternative}’</source>
        <translation>Flytta alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="61"/>
        <source>Move {count} alternatives</source>
        <translation>Flytta {count} alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="62"/>
        <source>Duplicate alternative ‘{alternative}’</source>
        <translation>Duplicera alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="63"/>
        <source>Score ‘{alternative}’ on ‘{criterion}’</source>
        <translation>Bedöm ‘{alternative}’ på ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="64"/>
        <source>Clear score of ‘{alternative}’ on ‘{criterion}’</source>
        <translation>Ta bort bedömningen av ‘{alternative}’ på ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="65"/>
        <source>Set {count} scores</source>
        <translation>Ange {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="66"/>
        <source>Clear {count} scores</source>
        <translation>Ta bort {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="67"/>
        <source>Set weights of ‘{node}’</source>
        <translation>Ange vikter för ‘{node}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="68"/>
        <source>Clear weights of ‘{node}’</source>
        <translation>Ta bort vikter för ‘{node}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="69"/>
        <source>Change portfolio constraints</source>
        <translation>Ändra portföljvillkor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="70"/>
        <source>Add document ‘{name}’</source>
        <translation>Lägg till dokument ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="71"/>
        <source>Delete document ‘{document}’</source>
        <translation>Ta bort dokument ‘{document}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="72"/>
        <source>Edit document ‘{document}’</source>
        <translation>Ändra dokument ‘{document}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="73"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="74"/>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="75"/>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="76"/>
        <source>Add participant ‘{name}’</source>
        <translation>Lägg till deltagare ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="77"/>
        <source>Delete participant ‘{participant}’</source>
        <translation>Ta bort deltagare ‘{participant}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="78"/>
        <source>Edit participant ‘{participant}’</source>
        <translation>Ändra deltagare ‘{participant}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="79"/>
        <source>Add indicator ‘{name}’</source>
        <translation>Lägg till indikator ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="80"/>
        <source>Delete indicator ‘{indicator}’</source>
        <translation>Ta bort indikator ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="81"/>
        <source>Edit indicator ‘{indicator}’</source>
        <translation>Ändra indikator ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="82"/>
        <source>Add measurement of ‘{indicator}’</source>
        <translation>Lägg till mätning av ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="83"/>
        <source>Delete measurement</source>
        <translation>Ta bort mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="84"/>
        <source>Edit measurement</source>
        <translation>Ändra mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="85"/>
        <source>Change scale of ‘{criterion}’ and clear {count} scores</source>
        <translation>Ändra skala för ‘{criterion}’ och ta bort {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="112"/>
        <source>top level</source>
        <translation>översta nivån</translation>
    </message>
</context>
<context>
    <name>CostDelegate</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="74"/>
        <source>Cost in SEK</source>
        <translation>Kostnad i kronor</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="132"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="136"/>
        <source>Build the criteria tree: what the investments are judged on. Leaves are scored on a scale; criteria with sub-criteria are weighted.</source>
        <translation>Bygg kriteriehierarkin: det som investeringarna bedöms efter. Kriterier utan delkriterier bedöms på en skala; kriterier med delkriterier viktas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="152"/>
        <source>Criteria tree</source>
        <translation>Kriteriehierarki</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="173"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lägg till kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="175"/>
        <source>Add &amp;sub-criterion</source>
        <translation>Lägg till &amp;delkriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="177"/>
        <source>&amp;Delete criterion</source>
        <translation>&amp;Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="178"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="179"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="180"/>
        <source>Move &amp;out one level</source>
        <translation>Flytta &amp;ut en nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="182"/>
        <source>Move &amp;in under the criterion above</source>
        <translation>Flytta &amp;in under kriteriet ovanför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="212"/>
        <source>Name of the criterion</source>
        <translation>Kriteriets namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="215"/>
        <source>Description of the criterion</source>
        <translation>Beskrivning av kriteriet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="220"/>
        <source>Unit of the criterion</source>
        <translation>Kriteriets enhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="221"/>
        <source>e.g. %, days, SEK</source>
        <translation>t.ex. %, dagar, kr</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="223"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="225"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="227"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="235"/>
        <source>This criterion has sub-criteria: it is weighted, and its sub-criteria are scored.</source>
        <translation>Kriteriet har delkriterier: det viktas, och delkriterierna bedöms.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="240"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="244"/>
        <source>Linear</source>
        <translation>Linjär</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="244"/>
        <source>Piecewise linear</source>
        <translation>Styckvis linjär</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="244"/>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="245"/>
        <source>Type of scale</source>
        <translation>Typ av skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="247"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="258"/>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="258"/>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="259"/>
        <source>Direction of the scale</source>
        <translation>Skalans riktning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="262"/>
        <source>Worst score (value 0)</source>
        <translation>Sämsta utfall (värde 0)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="265"/>
        <source>Best score (value 1)</source>
        <translation>Bästa utfall (värde 1)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="268"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="269"/>
        <source>&amp;Worst (value 0):</source>
        <translation>&amp;Sämst (värde 0):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="270"/>
        <source>&amp;Best (value 1):</source>
        <translation>B&amp;äst (värde 1):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="282"/>
        <source>Points of the value function</source>
        <translation>Värdefunktionens punkter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="284"/>
        <source>Add point</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="285"/>
        <source>Remove point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="298"/>
        <source>Levels of the scale</source>
        <translation>Skalans nivåer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="300"/>
        <source>Add level</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="301"/>
        <source>Remove level</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="302"/>
        <source>Move level up</source>
        <translation>Flytta nivån upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="304"/>
        <source>Move level down</source>
        <translation>Flytta nivån ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="416"/>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="452"/>
        <source>Add sub-criterion</source>
        <translation>Lägg till delkriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="454"/>
        <source>‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: its scores and its scale will be removed. Add the sub-criterion anyway? (You can undo it.)</source>
        <translation>‘{name}’ har {count} bedömningar. Ett kriterium med delkriterier bedöms inte: dess bedömningar och skala tas bort. Lägga till delkriteriet ändå? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="503"/>
        <source>Delete criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="505"/>
        <source>{names} and its sub-criteria have {scores} scores and {weights} weight statements. Delete them all? (You can undo it.)</source>
        <translation>{names} med delkriterier har {scores} bedömningar och {weights} viktuttalanden. Ta bort alltihop? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="571"/>
        <source>Move criterion</source>
        <translation>Flytta kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="573"/>
        <source>‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: its scores and its scale will be removed. Move anyway? (You can undo it.)</source>
        <translation>‘{name}’ har {count} bedömningar. Ett kriterium med delkriterier bedöms inte: dess bedömningar och skala tas bort. Flytta ändå? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="601"/>
        <source>No criterion selected</source>
        <translation>Inget kriterium valt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="702"/>
        <source>Change scale</source>
        <translation>Ändra skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="704"/>
        <source>{count} scores on ‘{name}’ do not fit the new scale. Change the scale and clear those scores? (You can undo it.)</source>
        <translation>{count} bedömningar av ‘{name}’ passar inte den nya skalan. Ändra skalan och ta bort de bedömningarna? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="731"/>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="731"/>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="731"/>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="794"/>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="797"/>
        <source>level {n}</source>
        <translation>nivå {n}</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="58"/>
        <source>linear {worst}–{best}</source>
        <translation>linjär {worst}–{best}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="59"/>
        <source>linear {best}–{worst}, lower is better</source>
        <translation>linjär {best}–{worst}, lägre är bättre</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="63"/>
        <source>levels: {labels}</source>
        <translation>nivåer: {labels}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="65"/>
        <source>piecewise {low}–{high}, {count} points</source>
        <translation>styckvis {low}–{high}, {count} punkter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="194"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="194"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="194"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/criteria_model.py" line="214"/>
        <source>{count} sub-criteria</source>
        <translation>{count} delkriterier</translation>
    </message>
</context>
<context>
    <name>EqualEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="221"/>
        <source>No statements: every sub-criterion gets the same weight. Choose a method above to state what matters more.</source>
        <translation>Inga preferensuttalanden: alla delkriterier får samma vikt. Välj en metod ovan för att ange vad som väger tyngre.</translation>
    </message>
</context>
<context>
    <name>IntervalEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="683"/>
        <source>The least and the greatest weight of each sub-criterion (0–1).</source>
        <translation>Den minsta och den största vikten för varje delkriterium (0–1).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="687"/>
        <source>Lower bound of {name}</source>
        <translation>Nedre gräns för {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="688"/>
        <source>Weight interval of {name}</source>
        <translation>Viktintervall för {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="689"/>
        <source>Upper bound of {name}</source>
        <translation>Övre gräns för {name}</translation>
    </message>
</context>
<context>
    <name>LevelRangeEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="106"/>
        <source>(missing)</source>
        <translation>(saknas)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="109"/>
        <source>Level, or lower end of a level interval</source>
        <translation>Nivå, eller nedre änden av ett nivåintervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="113"/>
        <source>Upper end of the level interval</source>
        <translation>Övre änden av nivåintervallet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="114"/>
        <source>Pick a different level here for an interval of levels.</source>
        <translation>Välj en annan nivå här för ett intervall av nivåer.</translation>
    </message>
</context>
<context>
    <name>LevelsTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/scale_models.py" line="176"/>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scale_models.py" line="176"/>
        <source>Value (0–1)</source>
        <translation>Värde (0–1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="176"/>
        <source>Workflow steps</source>
        <translation>Arbetsgångens steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="195"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="197"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="200"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;öppnat projekt&gt;</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="201"/>
        <source>Edit history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="265"/>
        <source>&amp;New project</source>
        <translation>&amp;Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="265"/>
        <source>Start an empty project</source>
        <translation>Börja ett tomt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="266"/>
        <source>Open a .diva project or a .json model</source>
        <translation>Öppna ett .diva-projekt eller en .json-modell</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="267"/>
        <source>Open the &amp;example</source>
        <translation>Öppna &amp;exemplet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="267"/>
        <source>Open the Norrvik example project</source>
        <translation>Öppna exempelprojektet Norrvik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="268"/>
        <source>Save the project</source>
        <translation>Spara projektet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="269"/>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="269"/>
        <source>Save the project under another name</source>
        <translation>Spara projektet under ett annat namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="272"/>
        <source>Project &amp;properties…</source>
        <translation>Projekt&amp;egenskaper…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="273"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="278"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="284"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="286"/>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="287"/>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="288"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Presentation zoom</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="290"/>
        <source>Larger text for a projector</source>
        <translation>Större text för projektor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="295"/>
        <source>Edit &amp;history</source>
        <translation>Ändrings&amp;historik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="299"/>
        <source>&amp;About DIVÄ Desktop</source>
        <translation>&amp;Om DIVÄ Desktop</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="308"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="325"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="333"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="337"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="340"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="372"/>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="374"/>
        <source>Autosave status</source>
        <translation>Status för automatisk sparning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="385"/>
        <source>No recent projects</source>
        <translation>Inga senaste projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="424"/>
        <source>Changes kept for recovery at {time}</source>
        <translation>Ändringarna sparade för återställning {time}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="427"/>
        <source>Autosave failed: {reason}</source>
        <translation>Automatisk sparning misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="475"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="476"/>
        <source>‘{name}’ has changes that are not saved. Save them?</source>
        <translation>‘{name}’ har ändringar som inte är sparade. Spara dem?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="495"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="503"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="505"/>
        <source>DIVÄ projects and models (*.diva *.json);;DIVÄ projects (*.diva);;JSON models (*.json);;All files (*)</source>
        <translation>DIVÄ-projekt och modeller (*.diva *.json);;DIVÄ-projekt (*.diva);;JSON-modeller (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="519"/>
        <source>Opened the example; save it to keep your changes</source>
        <translation>Exemplet är öppnat; spara det för att behålla dina ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="532"/>
        <location filename="../../diva_desktop/ui/main_window.py" line="541"/>
        <source>Cannot open the file</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="533"/>
        <location filename="../../diva_desktop/ui/main_window.py" line="542"/>
        <source>‘{file}’ could not be opened. The project you have open is unchanged.</source>
        <translation>‘{file}’ kunde inte öppnas. Projektet du har öppet är oförändrat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="565"/>
        <source>Opened {file}</source>
        <translation>Öppnade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="580"/>
        <source>Save project as</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="582"/>
        <source>DIVÄ project (*.diva);;JSON model (*.json)</source>
        <translation>DIVÄ-projekt (*.diva);;JSON-modell (*.json)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="613"/>
        <source>Cannot save the project</source>
        <translation>Projektet kan inte sparas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="615"/>
        <source>The project could not be saved to ‘{file}’. Nothing is lost: your changes are still open here and are kept for recovery. Save to another folder or free some disk space.</source>
        <translation>Projektet kunde inte sparas till ‘{file}’. Inget har gått förlorat: ändringarna är fortfarande öppna här och sparas för återställning. Spara i en annan mapp eller frigör diskutrymme.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="628"/>
        <source>Saved {file}</source>
        <translation>Sparade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="646"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="646"/>
        <source>The new language is used when DIVÄ Desktop starts next time.</source>
        <translation>Det nya språket används nästa gång DIVÄ Desktop startar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="654"/>
        <source>About DIVÄ Desktop</source>
        <translation>Om DIVÄ Desktop</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="656"/>
        <source>DIVÄ Desktop {version}

Decision support for municipal digitalisation investments: multi-criteria decision analysis with imprecise preferences, portfolios and benefits realisation.</source>
        <translation>DIVÄ Desktop {version}

Beslutsstöd för kommunala digitaliseringsinvesteringar: multikriterieanalys med osäkra preferenser, portföljer och nyttorealisering.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="671"/>
        <source>Cannot recover</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="671"/>
        <source>The recovery file cannot be read.</source>
        <translation>Återställningsfilen kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="677"/>
        <source>Recovered the unsaved changes; save them to keep them</source>
        <translation>De osparade ändringarna är återställda; spara dem för att behålla dem</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="689"/>
        <source>Untitled project</source>
        <translation>Namnlöst projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="692"/>
        <source>Recover unsaved changes</source>
        <translation>Återställ osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="694"/>
        <source>DIVÄ Desktop was not closed properly. Unsaved changes to ‘{name}’ from {time} were kept. Recover them? If you choose No, they are deleted.</source>
        <translation>DIVÄ Desktop avslutades inte som det skulle. Osparade ändringar i ‘{name}’ från {time} finns kvar. Återställa dem? Väljer du Nej tas de bort.</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="241"/>
        <source>Precise weights; they are divided by their sum.</source>
        <translation>Exakta vikter; de divideras med sin summa.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="259"/>
        <source>Weight of {name}</source>
        <translation>Vikt för {name}</translation>
    </message>
</context>
<context>
    <name>PointsTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/scale_models.py" line="111"/>
        <source>Score</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scale_models.py" line="111"/>
        <source>Value (0–1)</source>
        <translation>Värde (0–1)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="16"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="20"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="21"/>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="28"/>
        <source>A new language is used after a restart.</source>
        <translation>Ett nytt språk används efter omstart.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="32"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervall för automatisk sparning i sekunder</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="34"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/preferences_dialog.py" line="36"/>
        <source>&amp;Autosave every:</source>
        <translation>Spara &amp;automatiskt var:</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="129"/>
        <source>The identifier ‘{value}’ is not valid: use 1–64 letters A–Z, digits, ‘_’, ‘.’ or ‘-’.</source>
        <translation>Identiteten ‘{value}’ är ogiltig: använd 1–64 tecken av bokstäverna A–Z, siffror, ‘_’, ‘.’ eller ‘-’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="132"/>
        <source>The identifier ‘{value}’ is already used.</source>
        <translation>Identiteten ‘{value}’ används redan.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="133"/>
        <source>The value is not a finite number.</source>
        <translation>Värdet är inte ett ändligt tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="134"/>
        <source>The value {value} is out of range.</source>
        <translation>Värdet {value} ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="135"/>
        <source>The text must not be empty.</source>
        <translation>Texten får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="136"/>
        <source>Unknown document kind.</source>
        <translation>Okänd dokumenttyp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="137"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Datumet ska skrivas ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="138"/>
        <source>Refers to ‘{value}’, which does not exist.</source>
        <translation>Hänvisar till ‘{value}’, som inte finns.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="139"/>
        <source>The worst and the best end of the scale must differ.</source>
        <translation>Skalans sämsta och bästa ände måste skilja sig åt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="140"/>
        <source>A piecewise scale needs at least two points.</source>
        <translation>En styckvis linjär skala behöver minst två punkter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="141"/>
        <source>The points of a piecewise scale must have increasing x values.</source>
        <translation>Punkterna i en styckvis linjär skala måste ha växande utfall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="144"/>
        <source>A level scale needs at least one level.</source>
        <translation>En nivåskala behöver minst en nivå.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="145"/>
        <source>Two levels have the same label.</source>
        <translation>Två nivåer har samma benämning.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="146"/>
        <source>‘root’ is reserved for the top of the criteria tree.</source>
        <translation>‘root’ är reserverat för toppen av kriteriehierarkin.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="147"/>
        <source>Only criteria without sub-criteria have a scale.</source>
        <translation>Bara kriterier utan delkriterier har en skala.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="150"/>
        <source>At most one alternative may be the do-nothing alternative.</source>
        <translation>Högst ett alternativ kan vara nollalternativ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="153"/>
        <source>This criterion is scored with levels, not numbers.</source>
        <translation>Kriteriet bedöms med nivåer, inte med tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="154"/>
        <source>‘{value}’ is not one of the scale&apos;s levels.</source>
        <translation>‘{value}’ är inte en av skalans nivåer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="155"/>
        <source>The interval is reversed: write the lower end first.</source>
        <translation>Intervallet är omvänt: skriv den lägre änden först.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="156"/>
        <source>A number is expected here.</source>
        <translation>Här ska det stå ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="157"/>
        <source>The score {value} is outside the scale; allowed range {low}–{high}.</source>
        <translation>Utfallet {value} ligger utanför skalan; tillåtet intervall {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="160"/>
        <source>Only criteria without sub-criteria are scored.</source>
        <translation>Bara kriterier utan delkriterier bedöms.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="161"/>
        <source>Missing score; it counts as the whole scale (value 0–1).</source>
        <translation>Bedömning saknas; den räknas som hela skalan (värde 0–1).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="164"/>
        <source>Weights belong to criteria with sub-criteria, not to a leaf.</source>
        <translation>Vikter hör till kriterier med delkriterier, inte till ett kriterium utan delkriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="167"/>
        <source>‘{value}’ is not a sub-criterion of this criterion.</source>
        <translation>‘{value}’ är inte ett delkriterium till det här kriteriet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="168"/>
        <source>A sub-criterion appears more than once in the order.</source>
        <translation>Ett delkriterium förekommer mer än en gång i rangordningen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="169"/>
        <source>Every sub-criterion must be included.</source>
        <translation>Alla delkriterier måste vara med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="170"/>
        <source>Give a minimum, a maximum or both.</source>
        <translation>Ange ett minimum, ett maximum eller båda.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="171"/>
        <source>Unknown surrogate weight method.</source>
        <translation>Okänd metod för surrogatvikter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="172"/>
        <source>A rank group is empty.</source>
        <translation>En grupp i rangordningen är tom.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="173"/>
        <source>Give one step between each pair of neighbours.</source>
        <translation>Ange ett steg mellan varje par av grannar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="174"/>
        <source>A step must be 0, 1, 2 or 3.</source>
        <translation>Ett steg måste vara 0, 1, 2 eller 3.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="175"/>
        <source>The weights sum to zero; give at least one positive weight.</source>
        <translation>Vikternas summa är noll; ange minst en positiv vikt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="176"/>
        <source>A ratio must compare two different criteria.</source>
        <translation>En kvot måste jämföra två olika kriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="177"/>
        <source>The representative weights must sum to 1.</source>
        <translation>De representativa vikterna måste summera till 1.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="178"/>
        <source>No alternative uses this resource.</source>
        <translation>Inget alternativ använder den här resursen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="179"/>
        <source>The do-nothing alternative is never part of a portfolio.</source>
        <translation>Nollalternativet ingår aldrig i en portfölj.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="182"/>
        <source>An alternative is both mandatory and excluded.</source>
        <translation>Ett alternativ är både obligatoriskt och uteslutet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="183"/>
        <source>Several mandatory alternatives exclude each other.</source>
        <translation>Flera obligatoriska alternativ utesluter varandra.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="186"/>
        <source>The file is not valid JSON.</source>
        <translation>Filen är inte giltig JSON.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="187"/>
        <source>The file contains an unknown field.</source>
        <translation>Filen innehåller ett okänt fält.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="188"/>
        <source>A required field is missing.</source>
        <translation>Ett obligatoriskt fält saknas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="189"/>
        <source>A value has the wrong type.</source>
        <translation>Ett värde har fel typ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="190"/>
        <source>The file is not a DIVÄ model.</source>
        <translation>Filen är inte en DIVÄ-modell.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="191"/>
        <source>The file was written by a newer version of DIVÄ Desktop. Update the program to open it.</source>
        <translation>Filen skrevs av en nyare version av DIVÄ Desktop. Uppdatera programmet för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="194"/>
        <source>A value is not valid.</source>
        <translation>Ett värde är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="195"/>
        <source>Unknown type.</source>
        <translation>Okänd typ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="196"/>
        <source>The file cannot be read or written.</source>
        <translation>Filen kan inte läsas eller skrivas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="197"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Filen är inte UTF-8-text.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="198"/>
        <source>There is no criterion ‘{id}’.</source>
        <translation>Det finns inget kriterium ‘{id}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="199"/>
        <source>There is no alternative ‘{id}’.</source>
        <translation>Det finns inget alternativ ‘{id}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="200"/>
        <source>The position is outside the list.</source>
        <translation>Positionen ligger utanför listan.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="201"/>
        <source>A criterion cannot be moved under itself or its own sub-criteria.</source>
        <translation>Ett kriterium kan inte flyttas under sig självt eller sina egna delkriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="204"/>
        <source>‘{value}’ is not a number.</source>
        <translation>‘{value}’ är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="205"/>
        <source>The value must not be negative.</source>
        <translation>Värdet får inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="206"/>
        <source>Write resources as ‘name: amount’, separated by semicolons.</source>
        <translation>Skriv resurser som ‘namn: mängd’, åtskilda med semikolon.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="209"/>
        <source>No weights satisfy all the statements on ‘{node}’. Conflicting: {conflict}.</source>
        <translation>Inga vikter uppfyller alla uttalanden om ‘{node}’. I konflikt: {conflict}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="212"/>
        <source>An interval must be a pair: low and high.</source>
        <translation>Ett intervall måste vara ett par: lägst och högst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="213"/>
        <source>The preference statements cannot be read.</source>
        <translation>Preferensuttalandena kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="214"/>
        <source>The criterion has no sub-criteria to weight.</source>
        <translation>Kriteriet har inga delkriterier att vikta.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="215"/>
        <source>Unknown weighting method.</source>
        <translation>Okänd viktningsmetod.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="216"/>
        <source>Unknown kind of preference statement.</source>
        <translation>Okänd sorts preferensuttalande.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="217"/>
        <source>This part of the model cannot be stored in a project file.</source>
        <translation>Den här delen av modellen kan inte lagras i en projektfil.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="218"/>
        <source>No portfolio satisfies all the constraints.</source>
        <translation>Ingen portfölj uppfyller alla villkor.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="219"/>
        <source>The representative weights of ‘{node}’ break these statements: {violated}.</source>
        <translation>De representativa vikterna för ‘{node}’ bryter mot de här uttalandena: {violated}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="222"/>
        <source>‘{alternative}’ must be in every portfolio but cannot be in any, so no portfolio is feasible.</source>
        <translation>‘{alternative}’ måste ingå i varje portfölj men kan inte ingå i någon, så ingen portfölj är möjlig.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="225"/>
        <source>The mandatory alternatives {alternatives} together exceed the limit ‘{limit}’.</source>
        <translation>De obligatoriska alternativen {alternatives} överskrider tillsammans gränsen ‘{limit}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="229"/>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>Filen finns inte. Kontrollera namn och mapp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="230"/>
        <source>This is a folder, not a project file.</source>
        <translation>Det här är en mapp, inte en projektfil.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="231"/>
        <source>This is not a DIVÄ project file. Open a .diva file saved by DIVÄ Desktop, or a JSON model.</source>
        <translation>Det här är inte en DIVÄ-projektfil. Öppna en .diva-fil som sparats av DIVÄ Desktop, eller en JSON-modell.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="234"/>
        <source>This is a database of another program, not a DIVÄ project.</source>
        <translation>Det här är ett annat programs databas, inte ett DIVÄ-projekt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="237"/>
        <source>The project file is damaged. Restore it from a backup; DIVÄ Desktop has not changed it.</source>
        <translation>Projektfilen är skadad. Återställ den från en säkerhetskopia; DIVÄ Desktop har inte ändrat den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="240"/>
        <source>The file cannot be read. Check that you may read it.</source>
        <translation>Filen kan inte läsas. Kontrollera att du har läsbehörighet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="241"/>
        <source>The project could not be upgraded to this version. The file is unchanged.</source>
        <translation>Projektet kunde inte uppgraderas till den här versionen. Filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="244"/>
        <source>The project could not be saved; the file on disk is unchanged.</source>
        <translation>Projektet kunde inte sparas; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="245"/>
        <source>The folder or the file is read-only. Save to a folder where you may write.</source>
        <translation>Mappen eller filen är skrivskyddad. Spara i en mapp där du har skrivbehörighet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="248"/>
        <source>The disk is full. Free some space or save to another disk.</source>
        <translation>Disken är full. Frigör utrymme eller spara på en annan disk.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="251"/>
        <source>Another program is using the file. Close it and save again.</source>
        <translation>Ett annat program använder filen. Stäng det och spara igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="265"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="307"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../diva_desktop/ui/document.py" line="127"/>
        <source>Untitled project</source>
        <translation>Namnlöst projekt</translation>
    </message>
</context>
<context>
    <name>ProjectInfoDialog</name>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/project_info_dialog.py" line="24"/>
        <source>Project properties</source>
        <translation>Projektegenskaper</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/project_info_dialog.py" line="28"/>
        <source>Project name</source>
        <translation>Projektets namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/project_info_dialog.py" line="30"/>
        <source>Project description</source>
        <translation>Projektets beskrivning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/project_info_dialog.py" line="32"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/dialogs/project_info_dialog.py" line="34"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
</context>
<context>
    <name>RankGroupsWidget</name>
    <message>
        <location filename="../../diva_desktop/ui/widgets/rank_groups.py" line="98"/>
        <source>Drag a criterion onto a rank to tie it with that rank, or between ranks for a new rank. Ctrl+Up / Ctrl+Down move the selected criterion.</source>
        <translation>Dra ett kriterium till en rang för att göra det lika viktigt som den rangen, eller mellan två rangnivåer för en ny rang. Ctrl+Upp / Ctrl+Ned flyttar det markerade kriteriet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/widgets/rank_groups.py" line="121"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/widgets/rank_groups.py" line="123"/>
        <source>Rank {rank} (tied: {count})</source>
        <translation>Rang {rank} (lika viktiga: {count})</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="309"/>
        <source>Most important first. Drag a sub-criterion onto a rank to tie it with that rank, or between ranks to give it a rank of its own (Ctrl+Up / Ctrl+Down with the keyboard).</source>
        <translation>Viktigast först. Dra ett delkriterium till en rang för att göra det lika viktigt som den rangen, eller mellan två rangnivåer för att ge det en egen rang (Ctrl+Upp / Ctrl+Ned med tangentbordet).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="318"/>
        <source>Ranking of the sub-criteria</source>
        <translation>Rangordning av delkriterierna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="322"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="324"/>
        <source>More important: out of a tie, or tied with the rank above (Ctrl+Up)</source>
        <translation>Viktigare: ut ur en delad rang, eller lika viktigt som rangen ovanför (Ctrl+Upp)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="327"/>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="329"/>
        <source>Less important: out of a tie, or tied with the rank below (Ctrl+Down)</source>
        <translation>Mindre viktigt: ut ur en delad rang, eller lika viktigt som rangen nedanför (Ctrl+Ned)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="340"/>
        <source>Rank order centroid (ROC)</source>
        <translation>Rangordningscentroid (ROC)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="341"/>
        <source>Rank sum (RS)</source>
        <translation>Rangsumma (RS)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="342"/>
        <source>Rank reciprocal (RR)</source>
        <translation>Reciprok rang (RR)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="343"/>
        <source>Sum-reciprocal (SR)</source>
        <translation>Summa-reciprok (SR)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="344"/>
        <source>Equal weights (EW)</source>
        <translation>Lika vikter (EW)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="347"/>
        <source>Surrogate weights</source>
        <translation>Surrogatvikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="349"/>
        <source>&amp;Representative weights:</source>
        <translation>&amp;Representativa vikter:</translation>
    </message>
</context>
<context>
    <name>ScalePlot</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="41"/>
        <source>Value function plot</source>
        <translation>Diagram över värdefunktionen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="59"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="87"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="101"/>
        <source>Score ({unit})</source>
        <translation>Utfall ({unit})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="101"/>
        <source>Score</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>ScoreItemDelegate</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="178"/>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="182"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="181"/>
        <source>e.g. 30 or 30–40</source>
        <translation>t.ex. 30 eller 30–40</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="243"/>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="269"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="490"/>
        <source>Consequence table</source>
        <translation>Konsekvenstabell</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="493"/>
        <source>Alternatives in rows, criteria in columns. Type a number, an interval such as 30–40, or pick a level.</source>
        <translation>Alternativ i rader, kriterier i kolumner. Skriv ett tal, ett intervall som 30–40 eller välj en nivå.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="499"/>
        <source>Type a number or an interval (30–40); on a level scale pick a level or two. Hover a cell for its value on the 0–1 scale. Yellow: missing; red: not accepted.</source>
        <translation>Skriv ett tal eller ett intervall (30–40); på en nivåskala väljer du en eller två nivåer. Håll muspekaren över en cell för att se dess värde på skalan 0–1. Gul: saknas; röd: inte godtagen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="507"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="510"/>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="516"/>
        <source>Rationale of the selected score</source>
        <translation>Motivering till den markerade poängen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="517"/>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="632"/>
        <source>Why this score? Sources, assumptions, uncertainty.</source>
        <translation>Varför denna poäng? Källor, antaganden, osäkerhet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="520"/>
        <source>&amp;Apply rationale</source>
        <translation>&amp;Spara motivering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="521"/>
        <source>Apply rationale</source>
        <translation>Spara motivering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="522"/>
        <source>Save the rationale (Ctrl+Enter)</source>
        <translation>Spara motiveringen (Ctrl+Retur)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="602"/>
        <source>Select a cell to see and edit its rationale.</source>
        <translation>Markera en cell för att se och redigera dess motivering.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="612"/>
        <source>&lt;b&gt;{alternative}&lt;/b&gt; × &lt;b&gt;{criterion}&lt;/b&gt;: {score}</source>
        <translation>&lt;b&gt;{alternative}&lt;/b&gt; × &lt;b&gt;{criterion}&lt;/b&gt;: {score}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="615"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="628"/>
        <source>Enter a score first; then give its rationale.</source>
        <translation>Ange först en poäng; skriv sedan motiveringen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="660"/>
        <source>{count} cell(s) with input that was not accepted (red). Hover for the reason; Esc discards.</source>
        <translation>{count} cell(er) med inmatning som inte godtogs (röd). Håll muspekaren över cellen för orsaken; Esc förkastar.</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="398"/>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="612"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="430"/>
        <source>{name} (do-nothing alternative)</source>
        <translation>{name} (nollalternativ)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="608"/>
        <source>Not accepted: “{text}”</source>
        <translation>Inte godtaget: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="611"/>
        <source>The model keeps: {score}</source>
        <translation>Modellen behåller: {score}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="615"/>
        <source>Correct the text, or press Esc to discard it.</source>
        <translation>Rätta texten eller tryck Esc för att förkasta den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="619"/>
        <source>Invalid score:</source>
        <translation>Ogiltig poäng:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="624"/>
        <source>Missing score: treated as the whole scale (value 0–1).</source>
        <translation>Poäng saknas: räknas som hela skalan (värde 0–1).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="628"/>
        <source>Value on the 0–1 scale: {value}</source>
        <translation>Värde på skalan 0–1: {value}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="631"/>
        <source>Value on the 0–1 scale: {low}–{high} (focal {focal})</source>
        <translation>Värde på skalan 0–1: {low}–{high} (representativt {focal})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="638"/>
        <source>Rationale: {text}</source>
        <translation>Motivering: {text}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="648"/>
        <source>“{text}” is not a number or an interval; write e.g. 30 or 30–40.</source>
        <translation>”{text}” är inte ett tal eller ett intervall; skriv t.ex. 30 eller 30–40.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="652"/>
        <source>{value} is outside the scale; allowed range {low}–{high}.</source>
        <translation>{value} ligger utanför skalan; tillåtet intervall {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="658"/>
        <source>“{text}” is not a level of this scale; the levels are: {levels}.</source>
        <translation>”{text}” är inte en nivå på den här skalan; nivåerna är: {levels}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="662"/>
        <source>This criterion is scored with levels: {levels}.</source>
        <translation>Det här kriteriet bedöms med nivåer: {levels}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="664"/>
        <source>This criterion takes numbers, e.g. 30 or 30–40.</source>
        <translation>Det här kriteriet bedöms med tal, t.ex. 30 eller 30–40.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="666"/>
        <source>The interval is reversed; write the lower end first.</source>
        <translation>Intervallet är omvänt; skriv den lägre änden först.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="668"/>
        <source>Not a finite number.</source>
        <translation>Inte ett ändligt tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="678"/>
        <source>Linear scale: worst {worst}, best {best}</source>
        <translation>Linjär skala: sämst {worst}, bäst {best}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="685"/>
        <source>Piecewise scale: {points}</source>
        <translation>Styckvis linjär skala: {points}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/scores_model.py" line="687"/>
        <source>Levels: {levels}</source>
        <translation>Nivåer: {levels}</translation>
    </message>
</context>
<context>
    <name>ScoresTableView</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="296"/>
        <source>&amp;Edit score</source>
        <translation>&amp;Redigera poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="299"/>
        <source>Edit &amp;rationale…</source>
        <translation>Redigera &amp;motivering…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="304"/>
        <source>C&amp;lear score</source>
        <translation>&amp;Töm poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="307"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="310"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/scores_panel.py" line="313"/>
        <source>&amp;Discard invalid input</source>
        <translation>&amp;Förkasta ogiltig inmatning</translation>
    </message>
</context>
<context>
    <name>StatementsEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="752"/>
        <source>Extra statements</source>
        <translation>Ytterligare preferensuttalanden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="760"/>
        <source>At least (difference)</source>
        <translation>Minst (skillnad)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="761"/>
        <source>Ratio</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="762"/>
        <source>Bound</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="763"/>
        <source>Kind of statement</source>
        <translation>Typ av preferensuttalande</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="766"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="997"/>
        <source>First sub-criterion</source>
        <translation>Första delkriteriet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="769"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="998"/>
        <source>Second sub-criterion</source>
        <translation>Andra delkriteriet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="771"/>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="772"/>
        <source>Mar&amp;gin:</source>
        <translation>Mar&amp;ginal:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="774"/>
        <source>Mi&amp;n:</source>
        <translation>Mi&amp;n:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="775"/>
        <source>Use a minimum</source>
        <translation>Använd ett minimum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="777"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="778"/>
        <source>Ma&amp;x:</source>
        <translation>Ma&amp;x:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="779"/>
        <source>Use a maximum</source>
        <translation>Använd ett maximum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="781"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="820"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="821"/>
        <source>Add statement</source>
        <translation>Lägg till preferensuttalande</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="823"/>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndra</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="824"/>
        <source>Change the selected statement</source>
        <translation>Ändra det markerade preferensuttalandet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="826"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="827"/>
        <source>Remove the selected statement</source>
        <translation>Ta bort det markerade preferensuttalandet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="852"/>
        <source>{left} weighs at least as much as {right}</source>
        <translation>{left} väger minst lika mycket som {right}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="855"/>
        <source>{left} weighs at least {margin} more than {right}</source>
        <translation>{left} väger minst {margin} mer än {right}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="861"/>
        <source>{left} weighs {min}–{max} times as much as {right}</source>
        <translation>{left} väger {min}–{max} gånger så mycket som {right}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="865"/>
        <source>{left} weighs at least {min} times as much as {right}</source>
        <translation>{left} väger minst {min} gånger så mycket som {right}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="868"/>
        <source>{left} weighs at most {max} times as much as {right}</source>
        <translation>{left} väger högst {max} gånger så mycket som {right}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="873"/>
        <source>The weight of {name} is between {min} and {max}</source>
        <translation>Vikten för {name} ligger mellan {min} och {max}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="877"/>
        <source>The weight of {name} is at least {min}</source>
        <translation>Vikten för {name} är minst {min}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="878"/>
        <source>The weight of {name} is at most {max}</source>
        <translation>Vikten för {name} är högst {max}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="982"/>
        <source>minus</source>
        <translation>minus</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="982"/>
        <source>divided by</source>
        <translation>delat med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="990"/>
        <source>Numerator sub-criterion</source>
        <translation>Delkriterium i täljaren</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="991"/>
        <source>Denominator sub-criterion</source>
        <translation>Delkriterium i nämnaren</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="995"/>
        <source>Sub-criterion</source>
        <translation>Delkriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1012"/>
        <source>Choose two different sub-criteria.</source>
        <translation>Välj två olika delkriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1014"/>
        <source>Tick a minimum, a maximum or both.</source>
        <translation>Kryssa i ett minimum, ett maximum eller båda.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1016"/>
        <source>The minimum must not exceed the maximum.</source>
        <translation>Minimum får inte vara större än maximum.</translation>
    </message>
</context>
<context>
    <name>SwingEditor</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="711"/>
        <source>Give the swing from worst to best that matters most 100 points and the others points relative to it. A different low and high gives an interval.</source>
        <translation>Ge det spann från sämst till bäst som betyder mest 100 poäng och de andra poäng i förhållande till det. Olika lägsta och högsta värde ger ett intervall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="717"/>
        <source>Swing points of {name} (low)</source>
        <translation>Swingpoäng för {name} (lägst)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="718"/>
        <source>Swing points of {name}</source>
        <translation>Swingpoäng för {name}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="719"/>
        <source>Swing points of {name} (high)</source>
        <translation>Swingpoäng för {name} (högst)</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1075"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1076"/>
        <source>Criteria with sub-criteria</source>
        <translation>Kriterier med delkriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1093"/>
        <source>Weighting method</source>
        <translation>Viktningsmetod</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1097"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1130"/>
        <source>Extra statements</source>
        <translation>Ytterligare preferensuttalanden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1147"/>
        <source>Weights of the sub-criteria</source>
        <translation>Delkriteriernas vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1149"/>
        <source>Focal weights and feasible ranges</source>
        <translation>Representativa vikter och tillåtna intervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1151"/>
        <source>Bar: representative (focal) weight. Band: the least to the greatest feasible weight.</source>
        <translation>Stapel: representativ vikt. Band: från den minsta till den största tillåtna vikten.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1158"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1199"/>
        <source>Equal weights (no statements)</source>
        <translation>Lika vikter (inga preferensuttalanden)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1200"/>
        <source>Point weights</source>
        <translation>Exakta vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1201"/>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1202"/>
        <source>CAR: ranking with steps</source>
        <translation>CAR: rangordning med steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1203"/>
        <source>Interval weights</source>
        <translation>Intervallvikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1204"/>
        <source>Swing weighting</source>
        <translation>Swingviktning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1212"/>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1291"/>
        <source>The statements conflict: no weights satisfy them all.</source>
        <translation>Preferensuttalandena är motstridiga: inga vikter uppfyller alla.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1294"/>
        <source>Method: {method}</source>
        <translation>Metod: {method}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1326"/>
        <source>The criteria tree is empty: add criteria first.</source>
        <translation>Kriteriehierarkin är tom: lägg först till kriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1334"/>
        <source>Weights under “{node}”</source>
        <translation>Vikter under ”{node}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1336"/>
        <source>Weights of the top-level criteria</source>
        <translation>Vikter för kriterierna på översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1350"/>
        <source>Extra statements narrow a ranking, CAR, interval or swing set; choose one of those methods to add them.</source>
        <translation>Ytterligare preferensuttalanden begränsar en rangordning, CAR, intervallvikter eller swingviktning; välj en av de metoderna för att lägga till dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1381"/>
        <source>No weights satisfy these statements.</source>
        <translation>Inga vikter uppfyller dessa preferensuttalanden.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1383"/>
        <source>Part of the conflict: {text}</source>
        <translation>Del av konflikten: {text}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1390"/>
        <source>The statements are incomplete or invalid.</source>
        <translation>Preferensuttalandena är ofullständiga eller ogiltiga.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1407"/>
        <source>The method&apos;s representative weights break an extra statement; the centre of the feasible weights is used instead.</source>
        <translation>Metodens representativa vikter bryter mot ett ytterligare preferensuttalande; i stället används mittpunkten av de tillåtna vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1462"/>
        <source>No weights satisfy these statements together; change or remove one of them:</source>
        <translation>Inga vikter uppfyller dessa preferensuttalanden tillsammans; ändra eller ta bort något av dem:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1481"/>
        <source>The weight of {name} is between {low} and {high}</source>
        <translation>Vikten för {name} ligger mellan {low} och {high}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1486"/>
        <source>{upper} is at least as important as {lower}</source>
        <translation>{upper} är minst lika viktigt som {lower}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1489"/>
        <source>{upper} and {lower} are equally important</source>
        <translation>{upper} och {lower} är lika viktiga</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1492"/>
        <source>Swing: {a} has {pa} points and {b} has {pb} points</source>
        <translation>Swing: {a} har {pa} poäng och {b} har {pb} poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1497"/>
        <source>Swing: {a} weighs {low}–{high} times as much as {b}</source>
        <translation>Swing: {a} väger {low}–{high} gånger så mycket som {b}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1502"/>
        <source>The weight of {name} is {value}</source>
        <translation>Vikten för {name} är {value}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="45"/>
        <source>Decision support for a municipality&apos;s digitalisation investments: from the strategy documents through criteria, alternatives, scores and weights to a decision and its follow-up.</source>
        <translation>Beslutsstöd för kommunens digitaliseringsinvesteringar: från styrdokumenten via kriterier, alternativ, bedömningar och vikter till beslut och uppföljning.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="60"/>
        <source>&amp;New project</source>
        <translation>&amp;Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="61"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="62"/>
        <source>Open the &amp;example (Norrvik)</source>
        <translation>Öppna &amp;exemplet (Norrvik)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="76"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="79"/>
        <source>Recent projects</source>
        <translation>Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/welcome.py" line="82"/>
        <source>No recent projects yet.</source>
        <translation>Inga senaste projekt ännu.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="84"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="85"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="86"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="89"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="94"/>
        <source>Scores</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="95"/>
        <source>Weights</source>
        <translation>Vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="96"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="98"/>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="100"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="102"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="104"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
</context>
</TS>

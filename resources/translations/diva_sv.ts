<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="114"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="118"/>
        <source>The investments to choose among, with their costs and the resources they need. Mark the do-nothing alternative: the present state that every investment is compared with.</source>
        <translation>Investeringarna att välja mellan, med kostnader och de resurser de kräver. Markera nollalternativet: nuläget som varje investering jämförs med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="134"/>
        <source>Alternatives table</source>
        <translation>Tabell över alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="161"/>
        <source>&amp;Add alternative</source>
        <translation>&amp;Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="162"/>
        <source>D&amp;uplicate alternative</source>
        <translation>&amp;Duplicera alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="163"/>
        <source>&amp;Delete alternative</source>
        <translation>&amp;Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="164"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="165"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="180"/>
        <source>Description of the alternative</source>
        <translation>Beskrivning av alternativet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="239"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="242"/>
        <source>&amp;Description of ‘{name}’:</source>
        <translation>&amp;Beskrivning av ‘{name}’:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="266"/>
        <source>New alternative</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="282"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="303"/>
        <source>Delete alternative</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="304"/>
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
        <location filename="../../diva_desktop/app.py" line="71"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/app.py" line="72"/>
        <source>Something went wrong in DIVÄ Desktop: {error}

Your project is still open; save it under a new name to be safe. The details are in the log:
{log}</source>
        <translation>Något gick fel i DIVÄ Desktop: {error}

Projektet är fortfarande öppet; spara det under ett nytt namn för säkerhets skull. Detaljerna finns i loggen:
{log}</translation>
    </message>
</context>
<context>
    <name>CommandLabel</name>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="42"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="43"/>
        <source>Rename project ‘{name}’</source>
        <translation>Byt namn på projektet till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="44"/>
        <source>Edit project information</source>
        <translation>Ändra projektinformation</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="45"/>
        <source>Add criterion ‘{name}’</source>
        <translation>Lägg till kriterium ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="46"/>
        <source>Delete criterion ‘{criterion}’</source>
        <translation>Ta bort kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="47"/>
        <source>Rename criterion ‘{name}’</source>
        <translation>Byt namn på kriterium till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="48"/>
        <source>Describe criterion ‘{criterion}’</source>
        <translation>Beskriv kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="49"/>
        <source>Change unit of ‘{criterion}’</source>
        <translation>Ändra enhet för ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="50"/>
        <source>Change scale of ‘{criterion}’</source>
        <translation>Ändra skala för ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="51"/>
        <source>Link goals to ‘{criterion}’</source>
        <translation>Koppla mål till ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="52"/>
        <source>Edit criterion ‘{criterion}’</source>
        <translation>Ändra kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="53"/>
        <source>Delete {count} criteria</source>
        <translation>Ta bort {count} kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="54"/>
        <source>Move criterion ‘{criterion}’</source>
        <translation>Flytta kriterium ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="55"/>
        <source>Move {count} criteria</source>
        <translation>Flytta {count} kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="56"/>
        <source>Add alternative ‘{name}’</source>
        <translation>Lägg till alternativ ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="57"/>
        <source>Delete alternative ‘{alternative}’</source>
        <translation>Ta bort alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="58"/>
        <source>Delete {count} alternatives</source>
        <translation>Ta bort {count} alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="59"/>
        <source>Rename alternative ‘{name}’</source>
        <translation>Byt namn på alternativ till ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="60"/>
        <source>Describe alternative ‘{alternative}’</source>
        <translation>Beskriv alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="61"/>
        <source>Change cost of ‘{alternative}’</source>
        <translation>Ändra kostnad för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="62"/>
        <source>Change resources of ‘{alternative}’</source>
        <translation>Ändra resurser för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="65"/>
        <source>Change do-nothing mark of ‘{alternative}’</source>
        <translation>Ändra nollalternativsmarkering för ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="68"/>
        <source>Edit alternative ‘{alternative}’</source>
        <translation>Ändra alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="69"/>
        <source>Move alternative ‘{alternative}’</source>
        <translation>Flytta alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="70"/>
        <source>Move {count} alternatives</source>
        <translation>Flytta {count} alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="71"/>
        <source>Duplicate alternative ‘{alternative}’</source>
        <translation>Duplicera alternativ ‘{alternative}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="72"/>
        <source>Score ‘{alternative}’ on ‘{criterion}’</source>
        <translation>Bedöm ‘{alternative}’ på ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="73"/>
        <source>Clear score of ‘{alternative}’ on ‘{criterion}’</source>
        <translation>Ta bort bedömningen av ‘{alternative}’ på ‘{criterion}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="74"/>
        <source>Set {count} scores</source>
        <translation>Ange {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="75"/>
        <source>Clear {count} scores</source>
        <translation>Ta bort {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="76"/>
        <source>Set weights of ‘{node}’</source>
        <translation>Ange vikter för ‘{node}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="77"/>
        <source>Clear weights of ‘{node}’</source>
        <translation>Ta bort vikter för ‘{node}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="78"/>
        <source>Change portfolio constraints</source>
        <translation>Ändra portföljvillkor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="79"/>
        <source>Add document ‘{name}’</source>
        <translation>Lägg till dokument ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="80"/>
        <source>Delete document ‘{document}’</source>
        <translation>Ta bort dokument ‘{document}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="81"/>
        <source>Edit document ‘{document}’</source>
        <translation>Ändra dokument ‘{document}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="82"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="83"/>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="84"/>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="85"/>
        <source>Add participant ‘{name}’</source>
        <translation>Lägg till deltagare ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="86"/>
        <source>Delete participant ‘{participant}’</source>
        <translation>Ta bort deltagare ‘{participant}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="87"/>
        <source>Edit participant ‘{participant}’</source>
        <translation>Ändra deltagare ‘{participant}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="88"/>
        <source>Add indicator ‘{name}’</source>
        <translation>Lägg till indikator ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="89"/>
        <source>Delete indicator ‘{indicator}’</source>
        <translation>Ta bort indikator ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="90"/>
        <source>Edit indicator ‘{indicator}’</source>
        <translation>Ändra indikator ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="91"/>
        <source>Add measurement of ‘{indicator}’</source>
        <translation>Lägg till mätning av ‘{indicator}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="92"/>
        <source>Delete measurement</source>
        <translation>Ta bort mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="93"/>
        <source>Edit measurement</source>
        <translation>Ändra mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="94"/>
        <source>Change scale of ‘{criterion}’ and clear {count} scores</source>
        <translation>Ändra skala för ‘{criterion}’ och ta bort {count} bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="121"/>
        <source>top level</source>
        <translation>översta nivån</translation>
    </message>
</context>
<context>
    <name>CostDelegate</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/alternatives_panel.py" line="77"/>
        <source>Cost in SEK</source>
        <translation>Kostnad i kronor</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="139"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="143"/>
        <source>Build the criteria tree: what the investments are judged on. Leaves are scored on a scale; criteria with sub-criteria are weighted.</source>
        <translation>Bygg kriteriehierarkin: det som investeringarna bedöms efter. Kriterier utan delkriterier bedöms på en skala; kriterier med delkriterier viktas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="159"/>
        <source>Criteria tree</source>
        <translation>Kriteriehierarki</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="180"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lägg till kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="182"/>
        <source>Add &amp;sub-criterion</source>
        <translation>Lägg till &amp;delkriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="184"/>
        <source>&amp;Delete criterion</source>
        <translation>&amp;Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="185"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="186"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="187"/>
        <source>Move &amp;out one level</source>
        <translation>Flytta &amp;ut en nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="189"/>
        <source>Move &amp;in under the criterion above</source>
        <translation>Flytta &amp;in under kriteriet ovanför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="219"/>
        <source>Name of the criterion</source>
        <translation>Kriteriets namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="222"/>
        <source>Description of the criterion</source>
        <translation>Beskrivning av kriteriet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="227"/>
        <source>Unit of the criterion</source>
        <translation>Kriteriets enhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="228"/>
        <source>e.g. %, days, SEK</source>
        <translation>t.ex. %, dagar, kr</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="230"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="232"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="234"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="242"/>
        <source>This criterion has sub-criteria: it is weighted, and its sub-criteria are scored.</source>
        <translation>Kriteriet har delkriterier: det viktas, och delkriterierna bedöms.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="247"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="251"/>
        <source>Linear</source>
        <translation>Linjär</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="251"/>
        <source>Piecewise linear</source>
        <translation>Styckvis linjär</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="251"/>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="252"/>
        <source>Type of scale</source>
        <translation>Typ av skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="254"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="265"/>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="265"/>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="266"/>
        <source>Direction of the scale</source>
        <translation>Skalans riktning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="269"/>
        <source>Worst score (value 0)</source>
        <translation>Sämsta utfall (värde 0)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="272"/>
        <source>Best score (value 1)</source>
        <translation>Bästa utfall (värde 1)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="275"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="276"/>
        <source>&amp;Worst (value 0):</source>
        <translation>&amp;Sämst (värde 0):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="277"/>
        <source>&amp;Best (value 1):</source>
        <translation>B&amp;äst (värde 1):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="289"/>
        <source>Points of the value function</source>
        <translation>Värdefunktionens punkter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="291"/>
        <source>Add point</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="292"/>
        <source>Remove point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="305"/>
        <source>Levels of the scale</source>
        <translation>Skalans nivåer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="307"/>
        <source>Add level</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="308"/>
        <source>Remove level</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="309"/>
        <source>Move level up</source>
        <translation>Flytta nivån upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="311"/>
        <source>Move level down</source>
        <translation>Flytta nivån ned</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="423"/>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="459"/>
        <source>Add sub-criterion</source>
        <translation>Lägg till delkriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="461"/>
        <source>‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: its scores and its scale will be removed. Add the sub-criterion anyway? (You can undo it.)</source>
        <translation>‘{name}’ har {count} bedömningar. Ett kriterium med delkriterier bedöms inte: dess bedömningar och skala tas bort. Lägga till delkriteriet ändå? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="510"/>
        <source>Delete criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="512"/>
        <source>{names} and its sub-criteria have {scores} scores and {weights} weight statements. Delete them all? (You can undo it.)</source>
        <translation>{names} med delkriterier har {scores} bedömningar och {weights} viktuttalanden. Ta bort alltihop? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="578"/>
        <source>Move criterion</source>
        <translation>Flytta kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="580"/>
        <source>‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: its scores and its scale will be removed. Move anyway? (You can undo it.)</source>
        <translation>‘{name}’ har {count} bedömningar. Ett kriterium med delkriterier bedöms inte: dess bedömningar och skala tas bort. Flytta ändå? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="608"/>
        <source>No criterion selected</source>
        <translation>Inget kriterium valt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="709"/>
        <source>Change scale</source>
        <translation>Ändra skala</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="711"/>
        <source>{count} scores on ‘{name}’ do not fit the new scale. Change the scale and clear those scores? (You can undo it.)</source>
        <translation>{count} bedömningar av ‘{name}’ passar inte den nya skalan. Ändra skalan och ta bort de bedömningarna? (Det går att ångra.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="738"/>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="738"/>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="738"/>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="801"/>
        <location filename="../../diva_desktop/ui/panels/criteria_panel.py" line="804"/>
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
        <location filename="../../diva_desktop/ui/main_window.py" line="187"/>
        <source>Workflow steps</source>
        <translation>Arbetsgångens steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="206"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="208"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="211"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;öppnat projekt&gt;</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="212"/>
        <source>Edit history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="276"/>
        <source>&amp;New project</source>
        <translation>&amp;Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="276"/>
        <source>Start an empty project</source>
        <translation>Börja ett tomt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="277"/>
        <source>Open a .diva project or a .json model</source>
        <translation>Öppna ett .diva-projekt eller en .json-modell</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="278"/>
        <source>Open the &amp;example</source>
        <translation>Öppna &amp;exemplet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="278"/>
        <source>Open the Norrvik example project</source>
        <translation>Öppna exempelprojektet Norrvik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="279"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="279"/>
        <source>Save the project</source>
        <translation>Spara projektet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="280"/>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="280"/>
        <source>Save the project under another name</source>
        <translation>Spara projektet under ett annat namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="284"/>
        <source>&amp;Import model from Excel…</source>
        <translation>&amp;Importera modell från Excel…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="288"/>
        <source>Read a model prepared in an Excel workbook (.xlsx) as a new project</source>
        <translation>Läs in en modell som förberetts i en Excel-arbetsbok (.xlsx) som ett nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="291"/>
        <source>E&amp;xport model to Excel…</source>
        <translation>E&amp;xportera modell till Excel…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="295"/>
        <source>Write the model to an Excel workbook (.xlsx) to review or edit it in a spreadsheet</source>
        <translation>Skriv modellen till en Excel-arbetsbok (.xlsx) för att granska eller redigera den i ett kalkylprogram</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="297"/>
        <source>Project &amp;properties…</source>
        <translation>Projekt&amp;egenskaper…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="306"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="309"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="311"/>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="312"/>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="313"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="315"/>
        <source>&amp;Presentation zoom</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="315"/>
        <source>Larger text for a projector</source>
        <translation>Större text för projektor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="320"/>
        <source>Edit &amp;history</source>
        <translation>Ändrings&amp;historik</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="322"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="323"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="324"/>
        <source>&amp;About DIVÄ Desktop</source>
        <translation>&amp;Om DIVÄ Desktop</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="333"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="347"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="353"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="361"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="368"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="400"/>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="402"/>
        <source>Autosave status</source>
        <translation>Status för automatisk sparning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="413"/>
        <source>No recent projects</source>
        <translation>Inga senaste projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="452"/>
        <source>Changes kept for recovery at {time}</source>
        <translation>Ändringarna sparade för återställning {time}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="455"/>
        <source>Autosave failed: {reason}</source>
        <translation>Automatisk sparning misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="503"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="504"/>
        <source>‘{name}’ has changes that are not saved. Save them?</source>
        <translation>‘{name}’ har ändringar som inte är sparade. Spara dem?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="530"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="538"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="540"/>
        <source>DIVÄ projects and models (*.diva *.json);;DIVÄ projects (*.diva);;JSON models (*.json);;All files (*)</source>
        <translation>DIVÄ-projekt och modeller (*.diva *.json);;DIVÄ-projekt (*.diva);;JSON-modeller (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="554"/>
        <source>Opened the example; save it to keep your changes</source>
        <translation>Exemplet är öppnat; spara det för att behålla dina ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="568"/>
        <location filename="../../diva_desktop/ui/main_window.py" line="577"/>
        <source>Cannot open the file</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="569"/>
        <location filename="../../diva_desktop/ui/main_window.py" line="578"/>
        <source>‘{file}’ could not be opened. The project you have open is unchanged.</source>
        <translation>‘{file}’ kunde inte öppnas. Projektet du har öppet är oförändrat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="601"/>
        <source>Opened {file}</source>
        <translation>Öppnade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="616"/>
        <source>Save project as</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="618"/>
        <source>DIVÄ project (*.diva);;JSON model (*.json)</source>
        <translation>DIVÄ-projekt (*.diva);;JSON-modell (*.json)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="633"/>
        <source>the settings of the analysis (your own portfolios)</source>
        <translation>analysens inställningar (dina egna portföljer)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="641"/>
        <source>the decided model versions</source>
        <translation>de fastställda modellversionerna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="647"/>
        <source>They stay in ‘{project}’.</source>
        <translation>De finns kvar i ‘{project}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="649"/>
        <source>Save as a .diva project to keep them.</source>
        <translation>Spara som ett .diva-projekt för att behålla dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="653"/>
        <source>Save as a JSON model</source>
        <translation>Spara som JSON-modell</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="654"/>
        <source>A JSON model holds only the model, so ‘{file}’ will not have {parts}. {kept} Save anyway?</source>
        <translation>En JSON-modell innehåller bara modellen, så ‘{file}’ får inte med {parts}. {kept} Spara ändå?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="655"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="686"/>
        <source>Cannot save the project</source>
        <translation>Projektet kan inte sparas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="688"/>
        <source>The project could not be saved to ‘{file}’. Nothing is lost: your changes are still open here and are kept for recovery. Save to another folder or free some disk space.</source>
        <translation>Projektet kunde inte sparas till ‘{file}’. Inget har gått förlorat: ändringarna är fortfarande öppna här och sparas för återställning. Spara i en annan mapp eller frigör diskutrymme.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="701"/>
        <source>Saved {file}</source>
        <translation>Sparade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="712"/>
        <source>Import model from Excel</source>
        <translation>Importera modell från Excel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="714"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-arbetsböcker (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="728"/>
        <source>Cannot import the workbook</source>
        <translation>Arbetsboken kan inte importeras</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="729"/>
        <source>‘{file}’ could not be imported. The project you have open is unchanged.</source>
        <translation>‘{file}’ kunde inte importeras. Projektet du har öppet är oförändrat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="741"/>
        <source>Imported {file}; save it as a project to keep it</source>
        <translation>Importerade {file}; spara det som ett projekt för att behålla det</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="750"/>
        <source>Export model to Excel</source>
        <translation>Exportera modell till Excel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="752"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="773"/>
        <source>Cannot export the model</source>
        <translation>Modellen kan inte exporteras</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="774"/>
        <source>The model could not be exported to ‘{file}’. The project is unchanged.</source>
        <translation>Modellen kunde inte exporteras till ‘{file}’. Projektet är oförändrat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="784"/>
        <source>Exported {file}</source>
        <translation>Exporterade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="802"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="802"/>
        <source>The new language is used when DIVÄ Desktop starts next time.</source>
        <translation>Det nya språket används nästa gång DIVÄ Desktop startar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="810"/>
        <source>About DIVÄ Desktop</source>
        <translation>Om DIVÄ Desktop</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="812"/>
        <source>DIVÄ Desktop {version}

Decision support for municipal digitalisation investments: multi-criteria decision analysis with imprecise preferences, portfolios and benefits realisation.</source>
        <translation>DIVÄ Desktop {version}

Beslutsstöd för kommunala digitaliseringsinvesteringar: multikriterieanalys med osäkra preferenser, portföljer och nyttorealisering.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="827"/>
        <source>Cannot recover</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="827"/>
        <source>The recovery file cannot be read.</source>
        <translation>Återställningsfilen kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="833"/>
        <source>Recovered the unsaved changes; save them to keep them</source>
        <translation>De osparade ändringarna är återställda; spara dem för att behålla dem</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="848"/>
        <source>Untitled project</source>
        <translation>Namnlöst projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="851"/>
        <source>Recover unsaved changes</source>
        <translation>Återställ osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="853"/>
        <source>DIVÄ Desktop was not closed properly. Unsaved changes to ‘{name}’ from {time} were kept. Recover them? If you choose No, they are deleted.</source>
        <translation>DIVÄ Desktop avslutades inte som det skulle. Osparade ändringar i ‘{name}’ från {time} finns kvar. Återställa dem? Väljer du Nej tas de bort.</translation>
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
        <location filename="../../diva_desktop/ui/messages.py" line="138"/>
        <source>The identifier ‘{value}’ is not valid: use 1–64 letters A–Z, digits, ‘_’, ‘.’ or ‘-’.</source>
        <translation>Identiteten ‘{value}’ är ogiltig: använd 1–64 tecken av bokstäverna A–Z, siffror, ‘_’, ‘.’ eller ‘-’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="141"/>
        <source>The identifier ‘{value}’ is already used.</source>
        <translation>Identiteten ‘{value}’ används redan.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="142"/>
        <source>The value is not a finite number.</source>
        <translation>Värdet är inte ett ändligt tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="143"/>
        <source>The value {value} is out of range.</source>
        <translation>Värdet {value} ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="144"/>
        <source>The text must not be empty.</source>
        <translation>Texten får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="145"/>
        <source>Unknown document kind.</source>
        <translation>Okänd dokumenttyp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="146"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Datumet ska skrivas ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="147"/>
        <source>Refers to ‘{value}’, which does not exist.</source>
        <translation>Hänvisar till ‘{value}’, som inte finns.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="148"/>
        <source>The worst and the best end of the scale must differ.</source>
        <translation>Skalans sämsta och bästa ände måste skilja sig åt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="149"/>
        <source>A piecewise scale needs at least two points.</source>
        <translation>En styckvis linjär skala behöver minst två punkter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="150"/>
        <source>The points of a piecewise scale must have increasing x values.</source>
        <translation>Punkterna i en styckvis linjär skala måste ha växande utfall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="153"/>
        <source>A level scale needs at least one level.</source>
        <translation>En nivåskala behöver minst en nivå.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="154"/>
        <source>Two levels have the same label.</source>
        <translation>Två nivåer har samma benämning.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="155"/>
        <source>‘root’ is reserved for the top of the criteria tree.</source>
        <translation>‘root’ är reserverat för toppen av kriteriehierarkin.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="156"/>
        <source>Only criteria without sub-criteria have a scale.</source>
        <translation>Bara kriterier utan delkriterier har en skala.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="159"/>
        <source>At most one alternative may be the do-nothing alternative.</source>
        <translation>Högst ett alternativ kan vara nollalternativ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="162"/>
        <source>This criterion is scored with levels, not numbers.</source>
        <translation>Kriteriet bedöms med nivåer, inte med tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="163"/>
        <source>‘{value}’ is not one of the scale&apos;s levels.</source>
        <translation>‘{value}’ är inte en av skalans nivåer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="164"/>
        <source>The interval is reversed: write the lower end first.</source>
        <translation>Intervallet är omvänt: skriv den lägre änden först.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="165"/>
        <source>A number is expected here.</source>
        <translation>Här ska det stå ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="166"/>
        <source>The score {value} is outside the scale; allowed range {low}–{high}.</source>
        <translation>Utfallet {value} ligger utanför skalan; tillåtet intervall {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="169"/>
        <source>Only criteria without sub-criteria are scored.</source>
        <translation>Bara kriterier utan delkriterier bedöms.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="170"/>
        <source>Missing score; it counts as the whole scale (value 0–1).</source>
        <translation>Bedömning saknas; den räknas som hela skalan (värde 0–1).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="173"/>
        <source>Weights belong to criteria with sub-criteria, not to a leaf.</source>
        <translation>Vikter hör till kriterier med delkriterier, inte till ett kriterium utan delkriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="176"/>
        <source>‘{value}’ is not a sub-criterion of this criterion.</source>
        <translation>‘{value}’ är inte ett delkriterium till det här kriteriet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="177"/>
        <source>A sub-criterion appears more than once in the order.</source>
        <translation>Ett delkriterium förekommer mer än en gång i rangordningen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="178"/>
        <source>Every sub-criterion must be included.</source>
        <translation>Alla delkriterier måste vara med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="179"/>
        <source>Give a minimum, a maximum or both.</source>
        <translation>Ange ett minimum, ett maximum eller båda.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="180"/>
        <source>Unknown surrogate weight method.</source>
        <translation>Okänd metod för surrogatvikter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="181"/>
        <source>A rank group is empty.</source>
        <translation>En grupp i rangordningen är tom.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="182"/>
        <source>Give one step between each pair of neighbours.</source>
        <translation>Ange ett steg mellan varje par av grannar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="183"/>
        <source>A step must be 0, 1, 2 or 3.</source>
        <translation>Ett steg måste vara 0, 1, 2 eller 3.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="184"/>
        <source>The weights sum to zero; give at least one positive weight.</source>
        <translation>Vikternas summa är noll; ange minst en positiv vikt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="185"/>
        <source>A ratio must compare two different criteria.</source>
        <translation>En kvot måste jämföra två olika kriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="186"/>
        <source>The representative weights must sum to 1.</source>
        <translation>De representativa vikterna måste summera till 1.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="187"/>
        <source>No alternative uses this resource.</source>
        <translation>Inget alternativ använder den här resursen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="188"/>
        <source>The do-nothing alternative is never part of a portfolio.</source>
        <translation>Nollalternativet ingår aldrig i en portfölj.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="191"/>
        <source>An alternative is both mandatory and excluded.</source>
        <translation>Ett alternativ är både obligatoriskt och uteslutet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="192"/>
        <source>Several mandatory alternatives exclude each other.</source>
        <translation>Flera obligatoriska alternativ utesluter varandra.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="195"/>
        <source>The file is not valid JSON.</source>
        <translation>Filen är inte giltig JSON.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="196"/>
        <source>The file contains an unknown field.</source>
        <translation>Filen innehåller ett okänt fält.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="197"/>
        <source>A required field is missing.</source>
        <translation>Ett obligatoriskt fält saknas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="198"/>
        <source>A value has the wrong type.</source>
        <translation>Ett värde har fel typ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="199"/>
        <source>The file is not a DIVÄ model.</source>
        <translation>Filen är inte en DIVÄ-modell.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="200"/>
        <source>The file was written by a newer version of DIVÄ Desktop. Update the program to open it.</source>
        <translation>Filen skrevs av en nyare version av DIVÄ Desktop. Uppdatera programmet för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="203"/>
        <source>A value is not valid.</source>
        <translation>Ett värde är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="204"/>
        <source>Unknown type.</source>
        <translation>Okänd typ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="205"/>
        <source>The file cannot be read or written.</source>
        <translation>Filen kan inte läsas eller skrivas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="206"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Filen är inte UTF-8-text.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="207"/>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen är inte en Excel-arbetsbok (.xlsx) som kan läsas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="210"/>
        <source>The text is longer than the 32,767 characters an Excel cell holds; shorten it or export the model to JSON.</source>
        <translation>Texten är längre än de 32 767 tecken som en cell i Excel rymmer; korta den eller exportera modellen till JSON.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="213"/>
        <source>A score is given for a criterion that is not a leaf; the workbook cannot hold it.</source>
        <translation>Ett utfall anges för ett kriterium som inte är ett lövkriterium; arbetsboken kan inte rymma det.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="216"/>
        <source>The workbook has an unknown or repeated sheet; remove it.</source>
        <translation>Arbetsboken har ett okänt eller upprepat blad; ta bort det.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="219"/>
        <source>A sheet that a model workbook needs is missing.</source>
        <translation>Ett blad som en modellarbetsbok behöver saknas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="222"/>
        <source>The column is unknown or repeated; the header row names the sheet’s columns.</source>
        <translation>Kolumnen är okänd eller upprepad; rubrikraden namnger bladets kolumner.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="225"/>
        <source>A required column is missing from the header row.</source>
        <translation>En obligatorisk kolumn saknas i rubrikraden.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="228"/>
        <source>The sheet’s header rows are not as written; restore them.</source>
        <translation>Bladets rubrikrader är inte som de skrevs; återställ dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="231"/>
        <source>The Model sheet has an unknown field.</source>
        <translation>Bladet Model har ett okänt fält.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="234"/>
        <source>The cell holds a formula; type the value itself.</source>
        <translation>Cellen innehåller en formel; skriv in själva värdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="237"/>
        <source>The cell is blank, but a value is required here.</source>
        <translation>Cellen är tom, men ett värde krävs här.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="240"/>
        <source>The cell should hold text; write an identifier as text, not as a number.</source>
        <translation>Cellen ska innehålla text; skriv en identitet som text, inte som ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="243"/>
        <source>The cell should hold a number.</source>
        <translation>Cellen ska innehålla ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="246"/>
        <source>The cell should hold TRUE or FALSE.</source>
        <translation>Cellen ska innehålla SANT eller FALSKT.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="249"/>
        <source>The cell’s value is not valid here.</source>
        <translation>Cellens värde är inte giltigt här.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="252"/>
        <source>The cell should hold JSON as in the JSON model format.</source>
        <translation>Cellen ska innehålla JSON som i JSON-formatet för modeller.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="255"/>
        <source>The item appears twice; delete one of them.</source>
        <translation>Posten förekommer två gånger; ta bort den ena.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="258"/>
        <source>The identifier does not name an item of the sheet it refers to.</source>
        <translation>Identiteten namnger ingen post på bladet den hänvisar till.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="261"/>
        <source>The criteria’s parents form a cycle.</source>
        <translation>Kriteriernas överordnade bildar en cirkel.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="264"/>
        <source>The rows of a document’s text are out of order (page, part).</source>
        <translation>Raderna med ett dokuments text står i fel ordning (sida, del).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="267"/>
        <source>There is no criterion ‘{id}’.</source>
        <translation>Det finns inget kriterium ‘{id}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="268"/>
        <source>There is no alternative ‘{id}’.</source>
        <translation>Det finns inget alternativ ‘{id}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="269"/>
        <source>The position is outside the list.</source>
        <translation>Positionen ligger utanför listan.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="270"/>
        <source>A criterion cannot be moved under itself or its own sub-criteria.</source>
        <translation>Ett kriterium kan inte flyttas under sig självt eller sina egna delkriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="273"/>
        <source>‘{value}’ is not a number.</source>
        <translation>‘{value}’ är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="274"/>
        <source>The value must not be negative.</source>
        <translation>Värdet får inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="275"/>
        <source>Write resources as ‘name: amount’, separated by semicolons.</source>
        <translation>Skriv resurser som ‘namn: mängd’, åtskilda med semikolon.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="278"/>
        <source>No weights satisfy all the statements on ‘{node}’. Conflicting: {conflict}.</source>
        <translation>Inga vikter uppfyller alla uttalanden om ‘{node}’. I konflikt: {conflict}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="281"/>
        <source>An interval must be a pair: low and high.</source>
        <translation>Ett intervall måste vara ett par: lägst och högst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="282"/>
        <source>The preference statements cannot be read.</source>
        <translation>Preferensuttalandena kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="283"/>
        <source>The criterion has no sub-criteria to weight.</source>
        <translation>Kriteriet har inga delkriterier att vikta.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="284"/>
        <source>Unknown weighting method.</source>
        <translation>Okänd viktningsmetod.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="285"/>
        <source>Unknown kind of preference statement.</source>
        <translation>Okänd sorts preferensuttalande.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="286"/>
        <source>This part of the model cannot be stored in a project file.</source>
        <translation>Den här delen av modellen kan inte lagras i en projektfil.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="287"/>
        <source>No portfolio satisfies all the constraints.</source>
        <translation>Ingen portfölj uppfyller alla villkor.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="288"/>
        <source>The representative weights of ‘{node}’ break these statements: {violated}.</source>
        <translation>De representativa vikterna för ‘{node}’ bryter mot de här uttalandena: {violated}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="291"/>
        <source>‘{alternative}’ must be in every portfolio but cannot be in any, so no portfolio is feasible.</source>
        <translation>‘{alternative}’ måste ingå i varje portfölj men kan inte ingå i någon, så ingen portfölj är möjlig.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="294"/>
        <source>The mandatory alternatives {alternatives} together exceed the limit ‘{limit}’.</source>
        <translation>De obligatoriska alternativen {alternatives} överskrider tillsammans gränsen ‘{limit}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="298"/>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>Filen finns inte. Kontrollera namn och mapp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="299"/>
        <source>This is a folder, not a project file.</source>
        <translation>Det här är en mapp, inte en projektfil.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="300"/>
        <source>This is not a DIVÄ project file. Open a .diva file saved by DIVÄ Desktop, or a JSON model.</source>
        <translation>Det här är inte en DIVÄ-projektfil. Öppna en .diva-fil som sparats av DIVÄ Desktop, eller en JSON-modell.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="303"/>
        <source>This is a database of another program, not a DIVÄ project.</source>
        <translation>Det här är ett annat programs databas, inte ett DIVÄ-projekt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="306"/>
        <source>The project file is damaged. Restore it from a backup; DIVÄ Desktop has not changed it.</source>
        <translation>Projektfilen är skadad. Återställ den från en säkerhetskopia; DIVÄ Desktop har inte ändrat den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="309"/>
        <source>The file cannot be read. Check that you may read it.</source>
        <translation>Filen kan inte läsas. Kontrollera att du har läsbehörighet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="310"/>
        <source>The project could not be upgraded to this version. The file is unchanged.</source>
        <translation>Projektet kunde inte uppgraderas till den här versionen. Filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="313"/>
        <source>The project could not be saved; the file on disk is unchanged.</source>
        <translation>Projektet kunde inte sparas; filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="314"/>
        <source>The folder or the file is read-only. Save to a folder where you may write.</source>
        <translation>Mappen eller filen är skrivskyddad. Spara i en mapp där du har skrivbehörighet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="317"/>
        <source>The disk is full. Free some space or save to another disk.</source>
        <translation>Disken är full. Frigör utrymme eller spara på en annan disk.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="320"/>
        <source>Another program is using the file. Close it and save again.</source>
        <translation>Ett annat program använder filen. Stäng det och spara igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="334"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/messages.py" line="376"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../diva_desktop/ui/document.py" line="170"/>
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
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="103"/>
        <source>Score ({unit})</source>
        <translation>Utfall ({unit})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/scale_plot.py" line="103"/>
        <source>Score</source>
        <translation>Utfall</translation>
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
        <location filename="../../diva_desktop/ui/main_window.py" line="87"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="88"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="89"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="92"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="97"/>
        <source>Scores</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="98"/>
        <source>Weights</source>
        <translation>Vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="99"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="101"/>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="103"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="105"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="107"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/main_window.py" line="110"/>
        <source>Traceability</source>
        <translation>Spårbarhet</translation>
    </message>
</context>
</TS>

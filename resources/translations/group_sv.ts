<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>GroupProblem</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="54"/>
        <source>There are no participants yet: add participants and their statements first.</source>
        <extracomment>Sentences for the group module&apos;s problem codes (context ``GroupProblem``, group_sv.ts).</extracomment>
        <translation>Det finns inga deltagare ännu: lägg först till deltagare och deras preferensuttalanden.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="57"/>
        <source>On ‘{node}’ the participants have no weights in common. Use the envelope, or revise the statements.</source>
        <translation>På ‘{node}’ har deltagarna inga vikter gemensamt. Använd höljet, eller se över preferensuttalandena.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="61"/>
        <source>On ‘{node}’ the representative weights of {participant} are outside the weights all participants accept, so the intersection would leave them out. Use the envelope, or revise the statements.</source>
        <translation>På ‘{node}’ ligger de representativa vikterna för {participant} utanför de vikter som alla deltagare godtar, så snittet skulle lämna dem utanför. Använd höljet, eller se över preferensuttalandena.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="66"/>
        <source>{participant}: no weights satisfy all the statements on ‘{node}’. Conflicting: {conflict}.</source>
        <translation>{participant}: inga vikter uppfyller alla preferensuttalanden på ‘{node}’. Motstridiga: {conflict}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="661"/>
        <source>Participants and group weighting</source>
        <translation>Deltagare och gruppviktning</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="105"/>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="108"/>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="172"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="107"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="107"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="107"/>
        <source>Statements on</source>
        <translation>Uttalanden om</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="120"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="122"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="124"/>
        <source>Edit their &amp;statements</source>
        <translation>Redigera deltagarens &amp;preferensuttalanden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="126"/>
        <source>Show and edit this participant&apos;s statements in the weight editors</source>
        <translation>Visa och redigera deltagarens preferensuttalanden i viktredigerarna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="129"/>
        <source>Double-click a name or a role to change it.</source>
        <translation>Dubbelklicka på ett namn eller en roll för att ändra.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="145"/>
        <source>Preferred alternative under each participant&apos;s own weights</source>
        <translation>Bästa alternativ med varje deltagares egna vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="148"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="148"/>
        <source>Preferred alternative</source>
        <translation>Bästa alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="148"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="150"/>
        <source>Preferred alternatives</source>
        <translation>Bästa alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="159"/>
        <source>Representative weights and scores; where a participant has no statements the group&apos;s are used.</source>
        <translation>Representativa vikter och bedömningar; där en deltagare saknar preferensuttalanden används gruppens.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="169"/>
        <source>Representative weights side by side</source>
        <translation>Representativa vikter sida vid sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="172"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="172"/>
        <source>Conflict index</source>
        <translation>Konfliktindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="174"/>
        <source>Conflict index per criterion</source>
        <translation>Konfliktindex per kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="187"/>
        <source>Representative weights of the participants</source>
        <translation>Deltagarnas representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="193"/>
        <source>Conflict index: the mean over pairs of participants of half the summed differences between their representative weights; 0 = they agree, 1 = completely different weights. Spread: the least and greatest representative weight. Group now: the feasible range of the group&apos;s current statements; after combining: the range the combination gives.</source>
        <translation>Konfliktindex: medelvärdet över par av deltagare av halva summan av skillnaderna mellan deras representativa vikter; 0 = de är överens, 1 = helt olika vikter. Spridning: minsta och största representativa vikt. Gruppen nu: intervallet av tillåtna vikter enligt gruppens nuvarande preferensuttalanden; efter sammanslagning: intervallet som sammanslagningen ger.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="208"/>
        <source>Combine into the group&apos;s weights</source>
        <translation>Slå samman till gruppens vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="210"/>
        <source>Combination method</source>
        <translation>Metod för sammanslagning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="214"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="219"/>
        <source>Preview of the combination</source>
        <translation>Förhandsvisning av sammanslagningen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="228"/>
        <source>&amp;Combine into group weights</source>
        <translation>&amp;Slå samman till gruppens vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="271"/>
        <source>Envelope: every participant&apos;s weights are allowed</source>
        <translation>Hölje: varje deltagares vikter är tillåtna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="272"/>
        <source>Intersection: only weights every participant accepts</source>
        <translation>Snitt: bara vikter som alla deltagare godtar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="278"/>
        <source>For each criterion the group&apos;s interval runs from the least to the greatest weight any participant allows, so every participant&apos;s weights stay possible. The representative weights are the mean of the participants&apos;.</source>
        <translation>För varje kriterium går gruppens intervall från den minsta till den största vikt som någon deltagare tillåter, så att varje deltagares vikter förblir möjliga. De representativa vikterna är medelvärdet av deltagarnas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="284"/>
        <source>The group keeps only the weights that satisfy every participant&apos;s statements. Refused where that would leave out a participant&apos;s representative weights.</source>
        <translation>Gruppen behåller bara de vikter som uppfyller varje deltagares preferensuttalanden. Avvisas där det skulle lämna en deltagares representativa vikter utanför.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="296"/>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="402"/>
        <source>no statements yet</source>
        <translation>inga preferensuttalanden ännu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="435"/>
        <source>Fewer than two participants have statements here.</source>
        <translation>Färre än två deltagare har preferensuttalanden här.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="460"/>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="460"/>
        <source>Group now</source>
        <translation>Gruppen nu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="460"/>
        <source>After combining</source>
        <translation>Efter sammanslagning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="469"/>
        <source>{node}: {count} participant(s) with statements</source>
        <translation>{node}: {count} deltagare med preferensuttalanden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="475"/>
        <source>{node}: conflict index {value}</source>
        <translation>{node}: konfliktindex {value}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="523"/>
        <source> and {count} statement(s)</source>
        <translation> och {count} preferensuttalande(n)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="530"/>
        <source>the participants&apos; common statements, unchanged</source>
        <translation>deltagarnas gemensamma preferensuttalanden, oförändrade</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="532"/>
        <source>After combining, the group&apos;s statements will be:</source>
        <translation>Efter sammanslagningen blir gruppens preferensuttalanden:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="533"/>
        <source>Criteria where no participant has statements keep the group&apos;s own.</source>
        <translation>Kriterier där ingen deltagare har preferensuttalanden behåller gruppens egna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="560"/>
        <source>Participant {number}</source>
        <translation>Deltagare {number}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="586"/>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="587"/>
        <source>Remove {name} and all their statements?</source>
        <translation>Ta bort {name} och alla deltagarens preferensuttalanden?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="596"/>
        <source>Combine the participants&apos; statements ({method})</source>
        <translation>Slå samman deltagarnas preferensuttalanden ({method})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/participants_panel.py" line="603"/>
        <source>The group&apos;s weights now hold the combination. Undo (Ctrl+Z) restores the previous ones.</source>
        <translation>Gruppens vikter är nu sammanslagningen. Ångra (Ctrl+Z) återställer de tidigare.</translation>
    </message>
</context>
</TS>

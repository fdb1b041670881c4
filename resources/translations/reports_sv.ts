<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Report</name>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="77"/>
        <source>Not measured yet</source>
        <translation>Ej mätt ännu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="78"/>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="79"/>
        <source>At risk</source>
        <translation>Risk för avvikelse</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="80"/>
        <source>Off track</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="81"/>
        <source>Achieved</source>
        <translation>Realiserad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="82"/>
        <source>Exceeded</source>
        <translation>Överträffad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="83"/>
        <source>Cannot be judged</source>
        <translation>Kan inte bedömas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="256"/>
        <source>the whole</source>
        <translation>helheten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="266"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="270"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="278"/>
        <source>{document}, page {page}</source>
        <translation>{document}, sidan {page}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="318"/>
        <source>Based on: {documents}</source>
        <translation>Underlag: {documents}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="319"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="321"/>
        <source>Produced with DIVÄ Desktop {version}</source>
        <translation>Framtagen med DIVÄ Desktop {version}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="323"/>
        <source>Untitled project</source>
        <translation>Namnlöst projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="325"/>
        <source>Page {page}</source>
        <translation>Sida {page}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="374"/>
        <source>{best} is the only alternative.</source>
        <translation>{best} är det enda alternativet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="376"/>
        <source>{best} is best in every case we examined.</source>
        <translation>{best} är bäst i alla fall som vi har undersökt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="381"/>
        <source>{best} is best however much weight any single criterion is given; only the uncertainty in the assessments can change the order.</source>
        <translation>{best} är bäst hur mycket vikt ett enskilt kriterium än får; bara osäkerheten i bedömningarna kan ändra ordningen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="399"/>
        <source>{best} is best unless ‘{criterion}’ matters more than we have assumed: if its share of the total weight rose from {focal} to more than {switch}, {other} would be best instead.</source>
        <translation>{best} är bäst om inte ‘{criterion}’ är viktigare än vi har antagit: om dess andel av den totala vikten ökade från {focal} till mer än {switch}, skulle {other} vara bäst i stället.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="405"/>
        <source>{best} is best unless ‘{criterion}’ matters less than we have assumed: if its share of the total weight fell from {focal} to less than {switch}, {other} would be best instead.</source>
        <translation>{best} är bäst om inte ‘{criterion}’ är mindre viktigt än vi har antagit: om dess andel av den totala vikten minskade från {focal} till mindre än {switch}, skulle {other} vara bäst i stället.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="413"/>
        <source>{best} is best unless ‘{criterion}’ matters more than we have assumed: if its share of the weight of ‘{parent}’ rose from {focal} to more than {switch}, {other} would be best instead.</source>
        <translation>{best} är bäst om inte ‘{criterion}’ är viktigare än vi har antagit: om dess andel av vikten för ‘{parent}’ ökade från {focal} till mer än {switch}, skulle {other} vara bäst i stället.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="419"/>
        <source>{best} is best unless ‘{criterion}’ matters less than we have assumed: if its share of the weight of ‘{parent}’ fell from {focal} to less than {switch}, {other} would be best instead.</source>
        <translation>{best} är bäst om inte ‘{criterion}’ är mindre viktigt än vi har antagit: om dess andel av vikten för ‘{parent}’ minskade från {focal} till mindre än {switch}, skulle {other} vara bäst i stället.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="429"/>
        <source>Such a weight lies outside what has been judged reasonable.</source>
        <translation>En sådan vikt ligger utanför det som har bedömts som rimligt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="434"/>
        <source>Such a weight is within what has been judged reasonable: this is a real trade-off.</source>
        <translation>En sådan vikt ligger inom det som har bedömts som rimligt: här finns en verklig avvägning.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="448"/>
        <source>We repeated the calculation {samples} times with weights and assessments drawn at random within what has been judged reasonable. {best} came first in {share} of them.</source>
        <translation>Vi upprepade beräkningen {samples} gånger med vikter och bedömningar som slumpades inom det som har bedömts som rimligt. {best} kom först i {share} av dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="500"/>
        <source>Decision basis for decision-makers</source>
        <translation>Beslutsunderlag för beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="511"/>
        <source>{best} has the highest value at the representative weights and scores ({focal}; between {low} and {high} over all feasible weights and scores).</source>
        <translation>{best} har det högsta värdet med de representativa vikterna och bedömningarna ({focal}; mellan {low} och {high} över alla tillåtna vikter och bedömningar).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="531"/>
        <source>Best portfolio within the budget of {budget} at the representative weights: {projects} (cost {cost}, {share} of the budget).</source>
        <translation>Bästa portfölj inom budgeten på {budget} med de representativa vikterna: {projects} (kostnad {cost}, {share} av budgeten).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="543"/>
        <source>Best portfolio at the representative weights: {projects} (cost {cost}).</source>
        <translation>Bästa portfölj med de representativa vikterna: {projects} (kostnad {cost}).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="554"/>
        <source>The analysis has {count} warning(s); see ‘Notes’ at the end.</source>
        <translation>Analysen har {count} varning(ar); se ‘Anmärkningar’ i slutet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="562"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="568"/>
        <source>equal weights</source>
        <translation>lika vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="570"/>
        <source>precise weights</source>
        <translation>exakta vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="572"/>
        <source>ranking ({surrogate})</source>
        <translation>rangordning ({surrogate})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="574"/>
        <source>ranking with steps (CAR)</source>
        <translation>rangordning med steg (CAR)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="576"/>
        <source>weight intervals</source>
        <translation>viktintervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="577"/>
        <source>swing weighting</source>
        <translation>swingviktning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="612"/>
        <location filename="../../diva_desktop/reports/content.py" line="637"/>
        <source>Criteria and weights</source>
        <translation>Kriterier och vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="614"/>
        <location filename="../../diva_desktop/reports/content.py" line="870"/>
        <location filename="../../diva_desktop/reports/content.py" line="1489"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="615"/>
        <source>Sub-criteria weighted by</source>
        <translation>Delkriterier viktade med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="616"/>
        <source>Weight within parent</source>
        <translation>Vikt inom nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="617"/>
        <location filename="../../diva_desktop/reports/content.py" line="873"/>
        <source>Allowed within parent</source>
        <translation>Tillåtet inom nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="618"/>
        <source>Share of total</source>
        <translation>Andel av helheten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="619"/>
        <source>Allowed share of total</source>
        <translation>Tillåten andel av helheten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="628"/>
        <source>Weights are given as imprecise statements (rankings, intervals, swing points) at each level of the criteria tree ({method} at the top level). The table shows the representative weights and the least and greatest weights the statements allow.</source>
        <translation>Vikterna anges som ofullständiga preferenser (rangordningar, intervall, swingpoäng) på varje nivå i kriteriehierarkin ({method} på översta nivån). Tabellen visar de representativa vikterna och de minsta och största vikter som preferensuttalandena tillåter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="644"/>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="650"/>
        <source>at the top level</source>
        <translation>på översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="651"/>
        <source>under ‘{criterion}’</source>
        <translation>under ”{criterion}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="754"/>
        <source>Participants’ views</source>
        <translation>Deltagarnas synsätt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="758"/>
        <source>The participants’ statements could not be compared: {problems}</source>
        <translation>Deltagarnas preferensuttalanden kunde inte jämföras: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="766"/>
        <source>{count} participants stated their own weights {where}. Each participant’s representative weights, with the group’s where they stated none, give their own value of every alternative; the table shows the alternative that is best for each of them.</source>
        <translation>{count} deltagare angav egna vikter {where}. Varje deltagares representativa vikter, med gruppens där deltagaren inte angav några, ger deltagarens eget värde för varje alternativ; tabellen visar vilket alternativ som är bäst för var och en.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="784"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="785"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="786"/>
        <source>Best at own weights</source>
        <translation>Bäst med egna vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="787"/>
        <source>Its value</source>
        <translation>Dess värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="799"/>
        <source>Each participant’s best alternative</source>
        <translation>Varje deltagares bästa alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="810"/>
        <source>The group’s best is {best}, the alternative with the highest value at the group’s representative weights; the last column gives its value at each participant’s own weights.</source>
        <translation>Gruppens bästa är {best}, det alternativ som har högst värde med gruppens representativa vikter; sista kolumnen visar dess värde med varje deltagares egna vikter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="826"/>
        <source>No criterion has statements from more than one participant, so there is no conflict index to show.</source>
        <translation>Inget kriterium har preferensuttalanden från mer än en deltagare, så det finns inget konfliktindex att visa.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="856"/>
        <source>Where the participants differ</source>
        <translation>Där deltagarna skiljer sig åt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="859"/>
        <source>Where the participants differ most ({shown} of {total} criteria)</source>
        <translation>Där deltagarna skiljer sig mest åt ({shown} av {total} kriterier)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="871"/>
        <source>Conflict index</source>
        <translation>Konfliktindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="872"/>
        <source>Participants’ weights (least–greatest)</source>
        <translation>Deltagarnas vikter (minst–störst)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="884"/>
        <source>The conflict index of a criterion is the share of the weight under it that one participant would have to move to reach another’s representative weights, averaged over every pair of participants: 0 means they agree, 1 that they put their weight on entirely different sub-criteria. The weights are each participant’s representative weights within the parent.</source>
        <translation>Ett kriteriums konfliktindex är den andel av vikten under det som en deltagare skulle behöva flytta för att nå en annan deltagares representativa vikter, i genomsnitt över alla par av deltagare: 0 betyder att de är överens, 1 att de lägger sin vikt på helt olika delkriterier. Vikterna är varje deltagares representativa vikter inom nivån.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="900"/>
        <source>The group’s weight statements, on which this report is based, allow every participant’s representative weights.</source>
        <translation>Gruppens preferensuttalanden, som rapporten bygger på, tillåter varje deltagares representativa vikter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="912"/>
        <source>The group’s weight statements, on which this report is based, do not allow the representative weights of every participant: {cases}. Combining the participants’ statements (diva group) gives statements that allow them all.</source>
        <translation>Gruppens preferensuttalanden, som rapporten bygger på, tillåter inte alla deltagares representativa vikter: {cases}. Att väga samman deltagarnas preferensuttalanden (diva group) ger uttalanden som tillåter dem alla.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="936"/>
        <source>One participant weighed the goals: {names}.</source>
        <translation>En deltagare har vägt målen mot varandra: {names}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="940"/>
        <source>{count} participants weighed the goals, each on their own: {names}.</source>
        <translation>{count} deltagare har var för sig vägt målen mot varandra: {names}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="951"/>
        <source>They agreed most on how much {agree} should weigh, and differed most on {differ}.</source>
        <translation>De var mest överens om hur mycket {agree} ska väga och tyckte mest olika om {differ}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="960"/>
        <source>They weighed the goals in the same way.</source>
        <translation>De vägde målen på samma sätt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="966"/>
        <source>With their weighing too, {best} comes out best.</source>
        <translation>Även med deras avvägning blir {best} bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="968"/>
        <source>With their weighing, another alternative than {best} comes out best.</source>
        <translation>Med deras avvägning blir ett annat alternativ än {best} bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="973"/>
        <source>With each one’s own weighing, {best} comes out best for all of them.</source>
        <translation>Med var och ens egen avvägning blir {best} bäst för alla.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="977"/>
        <source>With each one’s own weighing, {best} comes out best for {k} of them.</source>
        <translation>Med var och ens egen avvägning blir {best} bäst för {k} av dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="981"/>
        <source>With each one’s own weighing, {best} does not come out best for any of them.</source>
        <translation>Med var och ens egen avvägning blir {best} inte bäst för någon av dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="992"/>
        <source>Value intervals of the alternatives</source>
        <translation>Alternativens värdeintervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="994"/>
        <source>Horizontal bars, one per alternative, from the least to the greatest value; a diamond marks the representative value. Highest: {best} ({focal}). The table below gives every number.</source>
        <translation>Liggande staplar, en per alternativ, från minsta till största värde; en romb markerar det representativa värdet. Högst: {best} ({focal}). Tabellen nedan ger alla siffror.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1002"/>
        <source>Value (0 = worst, 1 = best on every criterion)</source>
        <translation>Värde (0 = sämst, 1 = bäst på alla kriterier)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1008"/>
        <source>least to greatest value</source>
        <translation>minsta till största värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1009"/>
        <source>representative value</source>
        <translation>representativt värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1023"/>
        <source>Value intervals</source>
        <translation>Värdeintervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1025"/>
        <location filename="../../diva_desktop/reports/content.py" line="1190"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1026"/>
        <source>Representative value</source>
        <translation>Representativt värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1027"/>
        <source>Least value</source>
        <translation>Minsta värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1028"/>
        <source>Greatest value</source>
        <translation>Största värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1029"/>
        <source>Greatest regret</source>
        <translation>Största ånger</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1037"/>
        <source>The value of an alternative is the weighted sum of its values on the criteria (0 to 1). Because weights and scores are imprecise, each value is an interval: its least and greatest value over all weights and scores that the statements allow, computed exactly.</source>
        <translation>Ett alternativs värde är den viktade summan av dess värden på kriterierna (0 till 1). Eftersom vikter och bedömningar är osäkra är varje värde ett intervall: det minsta och största värdet över alla vikter och bedömningar som uttalandena tillåter, exakt beräknat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1045"/>
        <source>Value of each alternative</source>
        <translation>Värdet av varje alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1055"/>
        <source>An alternative dominates another when it is at least as good for every allowed weight and score, and better for some. Dominance relations:</source>
        <translation>Ett alternativ dominerar ett annat när det är minst lika bra för alla tillåtna vikter och bedömningar, och bättre för några. Dominans:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1066"/>
        <source>{a} dominates {b}</source>
        <translation>{a} dominerar {b}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1075"/>
        <source>No alternative dominates another over all allowed weights and scores.</source>
        <translation>Inget alternativ dominerar något annat över alla tillåtna vikter och bedömningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1083"/>
        <source>greatest possible value (optimistic)</source>
        <translation>största möjliga värde (optimistisk)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1084"/>
        <source>greatest least value (cautious)</source>
        <translation>största minsta värde (försiktig)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1085"/>
        <source>greatest midpoint of the value interval</source>
        <translation>största mittvärde i värdeintervallet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1086"/>
        <source>least greatest regret</source>
        <translation>minsta största ånger</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1087"/>
        <source>greatest representative value</source>
        <translation>största representativa värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1092"/>
        <source>central values</source>
        <translation>mittvärden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1093"/>
        <source>minimax regret</source>
        <translation>minimax-ånger</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1094"/>
        <source>representative weights</source>
        <translation>representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1098"/>
        <source>Decision rules</source>
        <translation>Beslutsregler</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1100"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1101"/>
        <source>Chooses the alternative with</source>
        <translation>Väljer alternativet med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1102"/>
        <source>Best</source>
        <translation>Bäst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1116"/>
        <source>Contraction: the allowed weights and scores are shrunk step by step toward the representative ones (level 0 = as stated, 1 = only the representative point). A comparison is decided at the level where one alternative becomes better everywhere. {best} is better than {count} of the {total} other alternatives already as stated.</source>
        <translation>Kontraktionsanalys: de tillåtna vikterna och bedömningarna krymps stegvis mot de representativa (nivå 0 = som angivet, 1 = bara den representativa punkten). En jämförelse är avgjord på den nivå där ett alternativ blir bättre överallt. {best} är bättre än {count} av de {total} andra alternativen redan som angivet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1134"/>
        <source>Comparisons with {best} decided only after contraction</source>
        <translation>Jämförelser med {best} som avgörs först efter kontraktion</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1140"/>
        <source>Compared with</source>
        <translation>Jämfört med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1141"/>
        <source>Difference (representative)</source>
        <translation>Skillnad (representativ)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1142"/>
        <source>Difference (least to greatest)</source>
        <translation>Skillnad (minsta till största)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1143"/>
        <source>Decided at level</source>
        <translation>Avgjord vid nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1159"/>
        <source>Dominance, decision rules and contraction</source>
        <translation>Dominans, beslutsregler och kontraktion</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1168"/>
        <source>First-rank acceptability</source>
        <translation>Rangacceptans för första plats</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1170"/>
        <source>Bars of the share of samples in which each alternative comes first. Highest: {best} ({share}). The table below gives every number.</source>
        <translation>Staplar för andelen av dragningarna där varje alternativ kommer först. Högst: {best} ({share}). Tabellen nedan ger alla siffror.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1178"/>
        <source>Share of samples with rank 1</source>
        <translation>Andel dragningar med plats 1</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1188"/>
        <source>Rank acceptabilities (SMAA)</source>
        <translation>Rangacceptans (SMAA)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1191"/>
        <source>Rank 1</source>
        <translation>Plats 1</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1192"/>
        <source>Holistic acceptability</source>
        <translation>Sammanvägd acceptans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1193"/>
        <source>Confidence factor</source>
        <translation>Konfidensfaktor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1209"/>
        <source>Stochastic multicriteria acceptability analysis (SMAA-2): {samples} samples of weights and scores drawn uniformly from the allowed sets (seed {seed}, so the report is reproducible). Rank 1 is the share of samples in which the alternative is best.</source>
        <translation>Stokastisk multikriteriell acceptansanalys (SMAA-2): {samples} dragningar av vikter och bedömningar, likformigt fördelade över de tillåtna mängderna (frö {seed}, så att rapporten kan återskapas). Plats 1 är andelen dragningar där alternativet är bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1219"/>
        <source>Rank acceptabilities</source>
        <translation>Rangacceptans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1241"/>
        <source>One-way sensitivity: one weight at a time is varied from 0 to 100% of its parent while the others keep their proportions. The stable interval is where {best} stays best.</source>
        <translation>Känslighetsanalys: en vikt i taget varieras från 0 till 100 % av det överordnade kriteriet medan de andra behåller sina proportioner. Det stabila intervallet är där {best} förblir bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1253"/>
        <source>No single weight change makes another alternative best.</source>
        <translation>Ingen enskild viktändring gör ett annat alternativ bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1261"/>
        <source>at {weight}: {before} → {after}</source>
        <translation>vid {weight}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1271"/>
        <source>The most sensitive weights</source>
        <translation>De känsligaste vikterna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1273"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1274"/>
        <source>Representative</source>
        <translation>Representativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1275"/>
        <source>Allowed</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1276"/>
        <source>Stable interval</source>
        <translation>Stabilt intervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1277"/>
        <source>Best alternative changes</source>
        <translation>Bästa alternativ växlar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1284"/>
        <source>{criterion} (in {parent})</source>
        <translation>{criterion} (inom {parent})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1300"/>
        <source>Sensitivity</source>
        <translation>Känslighetsanalys</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1305"/>
        <source>core</source>
        <translation>kärna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1306"/>
        <source>borderline</source>
        <translation>gränsfall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1307"/>
        <source>exterior</source>
        <translation>utanför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1320"/>
        <source>Investments: {projects}</source>
        <translation>Investeringar: {projects}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1323"/>
        <source>Cost: {cost}</source>
        <translation>Kostnad: {cost}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1325"/>
        <source>Portfolio value (representative): {value}</source>
        <translation>Portföljens värde (representativt): {value}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1332"/>
        <source>Budget use: {cost} of {budget} ({share})</source>
        <translation>Budgetutnyttjande: {cost} av {budget} ({share})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1347"/>
        <source>Use of {resource}: {used} of {limit} ({share})</source>
        <translation>Användning av {resource}: {used} av {limit} ({share})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1357"/>
        <source>The portfolio with the greatest total value at the representative weights and scores, within the budget and the other constraints (the value of a portfolio is the sum of what each investment adds to the do-nothing alternative):</source>
        <translation>Portföljen med störst sammanvägt värde med de representativa vikterna och bedömningarna, inom budgeten och de övriga villkoren (en portföljs värde är summan av vad varje investering tillför jämfört med nollalternativet):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1371"/>
        <source>Robust portfolio modelling: {count} feasible portfolios are non-dominated, that is, no other feasible portfolio is at least as good for every allowed weight and score. The core index of an investment is the share of them that contain it: core investments (index 1) belong in the decision whatever the weights, exterior ones (0) can be left out, borderline ones depend on the weights.</source>
        <translation>Robust portföljanalys: {count} möjliga portföljer är icke-dominerade, det vill säga ingen annan möjlig portfölj är minst lika bra för alla tillåtna vikter och bedömningar. En investerings kärnindex är andelen av dem som innehåller den: investeringar i kärnan (index 1) hör till beslutet oavsett vikter, de utanför (0) kan väljas bort, gränsfallen beror på vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1387"/>
        <source>The search stopped at the limit of {limit} portfolios.</source>
        <translation>Sökningen stannade vid gränsen {limit} portföljer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1398"/>
        <source>Core index of each investment</source>
        <translation>Kärnindex för varje investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1400"/>
        <source>Bars of the core index of each investment, coloured by class: core {core}; borderline {borderline}; exterior {exterior}.</source>
        <translation>Staplar för varje investerings kärnindex, färgade efter klass: kärna {core}; gränsfall {borderline}; utanför {exterior}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1409"/>
        <source>Core index (share of non-dominated portfolios)</source>
        <translation>Kärnindex (andel av de icke-dominerade portföljerna)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1416"/>
        <location filename="../../diva_desktop/reports/content.py" line="1420"/>
        <source>Core index</source>
        <translation>Kärnindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1418"/>
        <location filename="../../diva_desktop/reports/content.py" line="1547"/>
        <location filename="../../diva_desktop/reports/content.py" line="1633"/>
        <location filename="../../diva_desktop/reports/content.py" line="1910"/>
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1419"/>
        <location filename="../../diva_desktop/reports/content.py" line="1444"/>
        <location filename="../../diva_desktop/reports/content.py" line="1912"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1421"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1422"/>
        <source>In the best portfolio</source>
        <translation>I bästa portföljen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1430"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1442"/>
        <source>Cost–value frontier (representative weights)</source>
        <translation>Effektiv front för kostnad och värde (representativa vikter)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1445"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1446"/>
        <source>Investments</source>
        <translation>Investeringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1456"/>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1475"/>
        <source>No goal is linked to this criterion.</source>
        <translation>Inget mål är kopplat till detta kriterium.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1480"/>
        <source>Each scored criterion and the goals in the steering documents it serves (its own and those of the criteria above it), quoted verbatim with document and page.</source>
        <translation>Varje bedömt kriterium och de mål i styrdokumenten som det tjänar (sina egna och de överordnade kriteriernas), citerade ordagrant med dokument och sida.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1488"/>
        <source>Criteria and the goals behind them</source>
        <translation>Kriterierna och målen bakom dem</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1489"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1498"/>
        <source>Goals that no criterion serves: {goals}</source>
        <translation>Mål som inget kriterium tjänar: {goals}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1508"/>
        <source>Traceability to the steering documents</source>
        <translation>Spårbarhet till styrdokumenten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1525"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1558"/>
        <source>Status on {date}, the date of this report: each indicator’s latest measurement on or before that date (later ones are not counted). Progress is the share of the distance from the baseline to the target that has been covered; the plan is a straight line from the baseline date to the target date. {on_track}: at or ahead of plan; {at_risk}: behind plan by at most {margin} of the distance; {off_track}: further behind.</source>
        <translation>Läget den {date}, rapportens datum: varje indikators senaste mätning på eller före det datumet (senare mätningar räknas inte). Uppnått är den andel av sträckan från utgångsvärdet till målvärdet som har nåtts; planen är en rät linje från utgångsvärdets datum till måldatumet. {on_track}: i nivå med eller före planen; {at_risk}: efter planen med högst {margin} av sträckan; {off_track}: längre efter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1544"/>
        <source>Follow-up indicators</source>
        <translation>Indikatorer för uppföljning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1546"/>
        <location filename="../../diva_desktop/reports/content.py" line="1576"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1548"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1549"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1577"/>
        <source>Latest measurement</source>
        <translation>Senaste mätning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1578"/>
        <source>Progress</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1580"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1550"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="790"/>
        <source>Value of the group’s best</source>
        <translation>Värdet av gruppens bästa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1574"/>
        <source>Progress and status on {date}</source>
        <translation>Uppnått och status den {date}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1579"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1591"/>
        <source>The realisation index is the share of the expected gain over {reference} that is realised: 1 means as planned.</source>
        <translation>Realiseringsindex är den andel av den förväntade nyttan jämfört med {reference} som är realiserad: 1 betyder enligt plan.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1600"/>
        <source>The realisation index is the realised value divided by the expected value.</source>
        <translation>Realiseringsindex är det realiserade värdet delat med det förväntade värdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1609"/>
        <source>Expected value is the representative value the decision was based on; realised value is the same with the latest measurements in place of the planned scores. Measured weight is the share of the weight on measured criteria.</source>
        <translation>Förväntat värde är det representativa värde som beslutet byggde på; realiserat värde är detsamma med de senaste mätningarna i stället för de planerade bedömningarna. Mätt vikt är den andel av vikten som ligger på kriterier som mäts.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1619"/>
        <source>Before the target dates an index below 1 is to be expected.</source>
        <translation>Före måldatumen är ett index under 1 att vänta.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1630"/>
        <source>Expected and realised value of the measured investments</source>
        <translation>Förväntat och realiserat värde för de investeringar som mäts</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1634"/>
        <source>Expected value</source>
        <translation>Förväntat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1635"/>
        <source>Realised value</source>
        <translation>Realiserat värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1636"/>
        <source>Realisation index</source>
        <translation>Realiseringsindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1637"/>
        <source>Measured weight</source>
        <translation>Mätt vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1653"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1663"/>
        <source>The score of ‘{alternative}’ on ‘{criterion}’ is missing; the analysis allows anything from the worst to the best value there.</source>
        <translation>Bedömningen av ‘{alternative}’ på ‘{criterion}’ saknas; analysen tillåter allt från sämsta till bästa värde där.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1673"/>
        <source>The weights under ‘{criterion}’ are sampled approximately (hit-and-run); the acceptabilities are close estimates.</source>
        <translation>Vikterna under ‘{criterion}’ dras ungefärligt (hit-and-run); acceptanserna är nära uppskattningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1693"/>
        <source>A measurement of ‘{indicator}’ ({date}) is older than its baseline ({baseline_date}).</source>
        <translation>En mätning av ‘{indicator}’ ({date}) är äldre än dess utgångsvärde ({baseline_date}).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1703"/>
        <source>A measurement of ‘{indicator}’ ({value}) is outside the criterion’s scale {low}–{high}; the realised value takes it at the scale’s end.</source>
        <translation>En mätning av ‘{indicator}’ ({value}) ligger utanför kriteriets skala {low}–{high}; det realiserade värdet räknar med skalans ände.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1715"/>
        <source>‘{criterion}’ is scored with levels, so the numbers measured by ‘{indicator}’ cannot replace its score; the realised value keeps the planned score.</source>
        <translation>‘{criterion}’ bedöms med nivåer, så talen som mäts av ‘{indicator}’ kan inte ersätta bedömningen; det realiserade värdet behåller den planerade bedömningen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1725"/>
        <source>‘{criterion}’ has sub-criteria, so the measurements of ‘{indicator}’ are not used in the realised value.</source>
        <translation>‘{criterion}’ har delkriterier, så mätningarna av ‘{indicator}’ används inte i det realiserade värdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1735"/>
        <source>‘{indicator}’ follows the same investment and criterion as ‘{other}’; the first with a measurement is used in the realised value.</source>
        <translation>‘{indicator}’ följer samma investering och kriterium som ‘{other}’; den första som har en mätning används i det realiserade värdet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1756"/>
        <source>Warnings from the analysis:</source>
        <translation>Varningar från analysen:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1761"/>
        <source>Methods: additive value model with imprecise weights and interval scores; exact value intervals, differences and dominance; contraction after the Delta method; SMAA-2; robust portfolio modelling (Liesiö, Mild and Salo 2007). Every number in this report can be checked with the command line: diva analyze, diva sensitivity and diva portfolio.</source>
        <translation>Metoder: additiv värdemodell med ofullständiga vikter och intervallbedömningar; exakta värdeintervall, skillnader och dominans; kontraktionsanalys enligt Delta-metoden; SMAA-2; robust portföljanalys (Liesiö, Mild och Salo 2007). Varje siffra i rapporten kan kontrolleras från kommandoraden: diva analyze, diva sensitivity och diva portfolio.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1772"/>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1788"/>
        <source>What we want to achieve and what we propose – for residents</source>
        <translation>Vad vi vill uppnå och vad vi föreslår – för invånare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1805"/>
        <source>We propose one investment, which costs {cost}, within the budget of {budget}: {projects}.</source>
        <translation>Vi föreslår en investering, som kostar {cost}, inom budgeten på {budget}: {projects}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1810"/>
        <source>We propose {count} investments that together cost {cost}, within the budget of {budget}: {projects}.</source>
        <translation>Vi föreslår {count} investeringar som tillsammans kostar {cost}, inom budgeten på {budget}: {projects}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1832"/>
        <source>We propose these investments: {projects}.</source>
        <translation>Vi föreslår dessa investeringar: {projects}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1842"/>
        <source>Of all the alternatives, {best} does the most for the goals of the municipality.</source>
        <translation>Av alla alternativ gör {best} mest för kommunens mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1852"/>
        <source>In brief</source>
        <translation>Kort sammanfattning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1862"/>
        <source>The project does not yet link its criteria to any goals.</source>
        <translation>Projektet har ännu inte kopplat sina kriterier till några mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1869"/>
        <source>The investments have been compared against the goals that the municipality has decided on in its steering documents. These are the goals, in the documents’ own words:</source>
        <translation>Investeringarna har jämförts mot de mål som kommunen har beslutat i sina styrdokument. Det här är målen, med dokumentens egna ord:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1888"/>
        <source>What the municipality wants to achieve</source>
        <translation>Vad kommunen vill uppnå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1898"/>
        <source>(To do nothing new: the comparison point.)</source>
        <translation>(Att inte göra något nytt: det som de andra jämförs med.)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1903"/>
        <source>We have compared {count} alternatives:</source>
        <translation>Vi har jämfört {count} alternativ:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1908"/>
        <source>The alternatives we compared</source>
        <translation>Alternativen vi har jämfört</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1911"/>
        <source>What it is</source>
        <translation>Vad det är</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1918"/>
        <source>The investments we compared</source>
        <translation>Investeringarna vi har jämfört</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1925"/>
        <source>It adds value mainly through criteria not linked to a goal.</source>
        <translation>Den ger nytta främst genom kriterier som inte är kopplade till något mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1932"/>
        <source>It helps most toward these goals: {goals}</source>
        <translation>Den bidrar mest till dessa mål: {goals}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1942"/>
        <source>Each investment has been assessed on how much it helps toward each goal. The goals have been given different importance. Together this gives each investment a total value.</source>
        <translation>Varje investering har bedömts efter hur mycket den bidrar till varje mål. Målen har fått olika vikt. Tillsammans ger det varje investering ett sammanvägt värde.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1956"/>
        <source>The money does not suffice for everything, so we have looked for the combination of investments that gives the most value for the money available.</source>
        <translation>Pengarna räcker inte till allt. Därför har vi letat efter den kombination av investeringar som ger mest nytta för de pengar som finns.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1975"/>
        <source>{projects} belong in the best combinations whatever the weights.</source>
        <translation>{projects} hör till de bästa kombinationerna oavsett hur målen vägs.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="1986"/>
        <source>Whether {projects} should be included depends on how the goals are weighed against each other.</source>
        <translation>Om {projects} ska vara med beror på hur målen vägs mot varandra.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2000"/>
        <source>Not proposed now: {projects}. Within the budget, other combinations give more value for the money.</source>
        <translation>Föreslås inte nu: {projects}. Inom budgeten ger andra kombinationer mer nytta för pengarna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2009"/>
        <source>What we propose, and why</source>
        <translation>Vad vi föreslår, och varför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2016"/>
        <source>Many assessments are uncertain: we do not know exactly how well an investment will work, and people weigh the goals differently. That is why we have used ranges instead of exact numbers where we are unsure, and checked how the result changes within those ranges.</source>
        <translation>Många bedömningar är osäkra: vi vet inte exakt hur bra en investering kommer att fungera, och människor väger målen olika. Därför har vi använt intervall i stället för exakta siffror där vi är osäkra, och kontrollerat hur resultatet ändras inom de intervallen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2031"/>
        <source>On a scale from 0 (worst) to 100 (best), {best} gets about {focal}, but it could be anything between {low} and {high}.</source>
        <translation>På en skala från 0 (sämst) till 100 (bäst) får {best} ungefär {focal}, men det kan vara allt mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2046"/>
        <source>One assessment is still missing; there we have allowed anything from the worst to the best.</source>
        <translation>En bedömning saknas fortfarande; där har vi tillåtit allt från sämsta till bästa.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2051"/>
        <source>{count} assessments are still missing; there we have allowed anything from the worst to the best.</source>
        <translation>{count} bedömningar saknas fortfarande; där har vi tillåtit allt från sämsta till bästa.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2057"/>
        <source>How sure are we?</source>
        <translation>Hur säkra är vi?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2063"/>
        <source>not measured yet</source>
        <translation>inte mätt ännu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2065"/>
        <source>has gone beyond the target</source>
        <translation>har gått längre än målet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2067"/>
        <source>has reached the target</source>
        <translation>har nått målet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2069"/>
        <source>there is no starting point and target to compare with</source>
        <translation>det finns inget utgångsläge och mål att jämföra med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2071"/>
        <source>has moved away from the target since the start</source>
        <translation>har gått åt fel håll sedan starten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2073"/>
        <source>has come {share} of the way</source>
        <translation>har nått {share} av vägen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2075"/>
        <source>on plan</source>
        <translation>ligger enligt planen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2076"/>
        <source>a little behind plan</source>
        <translation>ligger lite efter planen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2077"/>
        <source>behind plan</source>
        <translation>ligger efter planen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2078"/>
        <source>there is no timetable to compare with</source>
        <translation>det finns ingen tidsplan att jämföra med</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2090"/>
        <source>What will be measured is decided together with the decision on the investments.</source>
        <translation>Vad som ska mätas bestäms tillsammans med beslutet om investeringarna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2100"/>
        <source>We measure whether the investments give what we expect. This is how far they had come on {date}:</source>
        <translation>Vi mäter om investeringarna ger det vi väntar oss. Så här långt hade de kommit den {date}:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2109"/>
        <source>We will measure whether the investments give what we expect:</source>
        <translation>Vi kommer att mäta om investeringarna ger det vi förväntar oss:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2121"/>
        <source>from {baseline} to {target}</source>
        <translation>från {baseline} till {target}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2129"/>
        <source>target {target}</source>
        <translation>målvärde {target}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2137"/>
        <source>latest measurement {value}</source>
        <translation>senaste mätning {value}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2144"/>
        <source>responsible: {owner}</source>
        <translation>ansvarig: {owner}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2147"/>
        <source>What we will follow up</source>
        <translation>Vad vi kommer att följa upp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2158"/>
        <source>The steering documents behind this report:</source>
        <translation>Styrdokumenten bakom rapporten:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2164"/>
        <source>The comparison was made with the decision support tool DIVÄ Desktop. A more detailed report for decision-makers, with all the numbers, is available from the municipality.</source>
        <translation>Jämförelsen har gjorts med beslutsstödet DIVÄ Desktop. En mer detaljerad rapport för beslutsfattare, med alla siffror, finns hos kommunen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/reports/content.py" line="2173"/>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
</context>
</TS>

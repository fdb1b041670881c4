<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AnalysisDifferencesModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="291"/>
        <source>V({a}) − V({b}) lies between {low} and {high}; at the representative point it is {focal}.</source>
        <translation>V({a}) − V({b}) ligger mellan {low} och {high}; i den representativa punkten är skillnaden {focal}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="300"/>
        <source>The two are equal at the representative point.</source>
        <translation>De två är lika i den representativa punkten.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="302"/>
        <source>The order holds for every allowed weight and score.</source>
        <translation>Ordningen gäller för alla tillåtna vikter och bedömningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="304"/>
        <source>The order is decided at contraction level {tau}.</source>
        <translation>Ordningen avgörs vid kontraktionsnivån {tau}.</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="190"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="195"/>
        <source>Analysis views</source>
        <translation>Analysvyer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="198"/>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="199"/>
        <source>&amp;Why</source>
        <translation>&amp;Varför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="200"/>
        <source>&amp;Dominance</source>
        <translation>&amp;Dominans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="201"/>
        <source>&amp;Robustness</source>
        <translation>&amp;Robusthet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="202"/>
        <source>A&amp;cceptabilities</source>
        <translation>A&amp;cceptans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="210"/>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Känslighet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="223"/>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="224"/>
        <source>Run the whole analysis, acceptabilities included</source>
        <translation>Kör hela analysen, acceptanserna inräknade</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="230"/>
        <source>Number of SMAA samples</source>
        <translation>Antal dragningar i SMAA</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="232"/>
        <source>How many random weights and scores the acceptabilities are estimated from</source>
        <translation>Hur många slumpade vikter och bedömningar acceptanserna uppskattas från</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="237"/>
        <source>Random seed of SMAA</source>
        <translation>Slumpfrö för SMAA</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="238"/>
        <source>The same seed gives the same acceptabilities again</source>
        <translation>Samma frö ger samma acceptanser igen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="239"/>
        <source>Sa&amp;mples:</source>
        <translation>Dra&amp;gningar:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="241"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Frö:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="277"/>
        <source>Value of each alternative</source>
        <translation>Värdet för varje alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="279"/>
        <source>Each bar runs from the least to the greatest overall value the alternative can have with the allowed weights and scores; the diamond is its value at the representative weights.</source>
        <translation>Varje stapel går från det minsta till det största sammanvägda värde alternativet kan få med de tillåtna vikterna och bedömningarna; romben är dess värde vid de representativa vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="282"/>
        <source>Overall value (0–1)</source>
        <translation>Sammanvägt värde (0–1)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="290"/>
        <source>Decision rules</source>
        <translation>Beslutsregler</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="291"/>
        <source>Winners of the decision rules</source>
        <translation>Bästa alternativ enligt beslutsreglerna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="297"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="301"/>
        <source>Warnings about the analysis</source>
        <translation>Varningar om analysen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="304"/>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="305"/>
        <source>Values of the alternatives</source>
        <translation>Alternativens värden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="318"/>
        <source>E&amp;xplain these alternatives:</source>
        <translation>F&amp;örklara dessa alternativ:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="321"/>
        <source>Alternatives to explain</source>
        <translation>Alternativ att förklara</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="333"/>
        <source>What makes up each value</source>
        <translation>Vad varje värde består av</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="335"/>
        <source>Each segment is what one criterion adds to the alternative&apos;s value (its weight times its value), coloured by the main criterion it belongs to.</source>
        <translation>Varje del är vad ett kriterium tillför alternativets värde (vikten gånger värdet), färgad efter det huvudkriterium det hör till.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="338"/>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="365"/>
        <source>Contribution to the overall value</source>
        <translation>Bidrag till det sammanvägda värdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="347"/>
        <source>First alternative to compare</source>
        <translation>Första alternativet att jämföra</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="348"/>
        <source>Second alternative to compare</source>
        <translation>Andra alternativet att jämföra</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="349"/>
        <source>Com&amp;pare</source>
        <translation>J&amp;ämför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="351"/>
        <source>wi&amp;th</source>
        <translation>me&amp;d</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="360"/>
        <source>Two alternatives criterion by criterion</source>
        <translation>Två alternativ kriterium för kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="362"/>
        <source>For every criterion, the bars show what it adds to each of the two alternatives; where the first bar is longer, that criterion speaks for the first alternative.</source>
        <translation>För varje kriterium visar staplarna vad det tillför vart och ett av de två alternativen; där den första stapeln är längre talar kriteriet för det första alternativet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="375"/>
        <source>Dominance</source>
        <translation>Dominans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="377"/>
        <source>An arrow from one alternative to another means the first is at least as good whatever the allowed weights and scores; alternatives on the left are dominated by none.</source>
        <translation>En pil från ett alternativ till ett annat betyder att det första är minst lika bra vilka tillåtna vikter och bedömningar som än gäller; alternativen längst till vänster domineras inte av något.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="389"/>
        <source>Pairwise differences</source>
        <translation>Parvisa skillnader</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="391"/>
        <source>Each cell gives the least and greatest difference in value between the row and the column alternative and the contraction level τ at which their order is decided; blue favours the row, orange the column, paler colours are decided later.</source>
        <translation>Varje ruta anger den minsta och största skillnaden i värde mellan radens och kolumnens alternativ och kontraktionsnivån τ där deras ordning avgörs; blått talar för raden, orange för kolumnen, blekare färger avgörs senare.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="399"/>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="401"/>
        <source>As the allowed weights and scores shrink toward their representative values (level τ from 0 to 1), the range of the difference narrows; from the marked level on, one alternative is better.</source>
        <translation>När de tillåtna vikterna och bedömningarna krymps mot sina representativa värden (nivå τ från 0 till 1) smalnar skillnadens intervall av; från den markerade nivån är ett av alternativen bättre.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="414"/>
        <source>Sample count and seed of the acceptabilities</source>
        <translation>Antal dragningar och frö för acceptanserna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="421"/>
        <source>Rank acceptability</source>
        <translation>Rangacceptans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="423"/>
        <source>Each bar splits the random draws of weights and scores by the rank the alternative gets; a long dark first segment means it often comes first.</source>
        <translation>Varje stapel delar upp de slumpade vikterna och bedömningarna efter vilken rang alternativet får; en lång mörk första del betyder att det ofta hamnar först.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="426"/>
        <source>Share of the samples</source>
        <translation>Andel av dragningarna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="432"/>
        <source>Acceptabilities and confidence factors</source>
        <translation>Acceptanser och konfidensfaktorer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="438"/>
        <source>Pairwise winning and central weights</source>
        <translation>Parvis vinstandel och centrala vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="440"/>
        <source>Pairwise winning</source>
        <translation>Parvis vinstandel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="442"/>
        <source>Each cell gives the share of the random draws, in per cent, in which the row alternative has a greater value than the column alternative (numbered as the rows).</source>
        <translation>Varje ruta anger andelen dragningar, i procent, där radens alternativ har högre värde än kolumnens (numrerade som raderna).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="447"/>
        <source>Pairwise &amp;winning</source>
        <translation>Parvis &amp;vinstandel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="449"/>
        <source>Central weights</source>
        <translation>Centrala vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="451"/>
        <source>The typical weights that make each alternative the best: the mean weights of the draws in which it came first.</source>
        <translation>De typiska vikter som gör varje alternativ bäst: medelvikterna i de dragningar där det kom först.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="454"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="457"/>
        <source>Central &amp;weights</source>
        <translation>Centrala &amp;vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="463"/>
        <source>{a} has a greater value than {b} in {share} of the samples</source>
        <translation>{a} har högre värde än {b} i {share} av dragningarna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="595"/>
        <source>The analysis cannot run: {problems}</source>
        <translation>Analysen kan inte köras: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="599"/>
        <source>The analysis failed: {error}</source>
        <translation>Analysen misslyckades: {error}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="636"/>
        <source>Computing the analysis with {samples} samples…</source>
        <translation>Beräknar analysen med {samples} dragningar…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="642"/>
        <source>Computing values and differences…</source>
        <translation>Beräknar värden och skillnader…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="649"/>
        <source>Add criteria and alternatives to see the analysis.</source>
        <translation>Lägg till kriterier och alternativ för att se analysen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="656"/>
        <source>Stopped; press Run to compute them again.</source>
        <translation>Stoppad; tryck Kör för att beräkna dem igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="662"/>
        <source>The acceptabilities are out of date; press Run to compute them with {samples} samples.</source>
        <translation>Acceptanserna är inaktuella; tryck Kör för att beräkna dem med {samples} dragningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="668"/>
        <source>Press Run to analyse the model.</source>
        <translation>Tryck Kör för att analysera modellen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="671"/>
        <source>Values are up to date; press Run for the acceptabilities.</source>
        <translation>Värdena är aktuella; tryck Kör för acceptanserna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="673"/>
        <source>The results are up to date.</source>
        <translation>Resultaten är aktuella.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="706"/>
        <source>Max. regret {regret}</source>
        <translation>Största ånger {regret}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="717"/>
        <source>best at the representative weights</source>
        <translation>bäst vid de representativa vikterna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="718"/>
        <source>the other alternatives</source>
        <translation>övriga alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="725"/>
        <source>Every decision rule picks {names}.</source>
        <translation>Alla beslutsregler väljer {names}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="730"/>
        <source>The decision rules disagree; look at the robustness views.</source>
        <translation>Beslutsreglerna är oeniga; se vyerna för robusthet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="736"/>
        <source>No warnings.</source>
        <translation>Inga varningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="911"/>
        <source>Contraction: {a} against {b}</source>
        <translation>Kontraktion: {a} mot {b}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="919"/>
        <source>The acceptabilities have not been computed yet.</source>
        <translation>Acceptanserna är inte beräknade ännu.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="929"/>
        <source>Estimated from {samples} random draws of weights and scores (seed {seed}).</source>
        <translation>Uppskattat från {samples} slumpade dragningar av vikter och bedömningar (frö {seed}).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="934"/>
        <source>rank {rank}</source>
        <translation>rang {rank}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="939"/>
        <source>… rank {rank}</source>
        <translation>… rang {rank}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/analysis_panel.py" line="954"/>
        <source>Confidence factor {confidence}</source>
        <translation>Konfidensfaktor {confidence}</translation>
    </message>
</context>
<context>
    <name>AnalysisRulesModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="50"/>
        <source>Representative weights</source>
        <translation>Representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="51"/>
        <source>Greatest value at the representative weights and scores.</source>
        <translation>Högst värde vid de representativa vikterna och bedömningarna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="55"/>
        <source>Maximax (optimistic)</source>
        <translation>Maximax (optimistisk)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="56"/>
        <source>Greatest value in the best case.</source>
        <translation>Högst värde i bästa fall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="60"/>
        <source>Maximin (cautious)</source>
        <translation>Maximin (försiktig)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="61"/>
        <source>Greatest value in the worst case.</source>
        <translation>Högst värde i värsta fall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="65"/>
        <source>Central values</source>
        <translation>Mittvärden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="66"/>
        <source>Greatest midpoint of the value interval.</source>
        <translation>Högst mittpunkt i värdeintervallet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="70"/>
        <source>Minimax regret</source>
        <translation>Minimax-ånger</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="71"/>
        <source>Smallest loss against the best other alternative in the worst case.</source>
        <translation>Minst förlust mot det bästa andra alternativet i värsta fall.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="198"/>
        <source>Decision rule</source>
        <translation>Beslutsregel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="198"/>
        <source>Best alternative</source>
        <translation>Bästa alternativ</translation>
    </message>
</context>
<context>
    <name>AnalysisSmaaModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="360"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="361"/>
        <source>Rank 1 acceptability</source>
        <translation>Acceptans för rang 1</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="362"/>
        <source>Holistic acceptability</source>
        <translation>Sammanvägd acceptans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="363"/>
        <source>Confidence factor</source>
        <translation>Konfidensfaktor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="393"/>
        <source>Never ranked first, so it has no central weights.</source>
        <translation>Kom aldrig först och har därför inga centrala vikter.</translation>
    </message>
</context>
<context>
    <name>AnalysisValuesModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="152"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="153"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="154"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="155"/>
        <source>Least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="156"/>
        <source>Greatest</source>
        <translation>Störst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/analysis_models.py" line="157"/>
        <source>Max. regret</source>
        <translation>Största ånger</translation>
    </message>
</context>
<context>
    <name>AnalysisWarnings</name>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="404"/>
        <source>the top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="417"/>
        <source>The score of ‘{alternative}’ on ‘{criterion}’ is missing, so the analysis allows anything from the worst to the best value there.</source>
        <translation>Bedömningen av ‘{alternative}’ på ‘{criterion}’ saknas, så analysen tillåter allt från sämsta till bästa värde där.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="423"/>
        <source>The weights under ‘{criterion}’ are sampled approximately (hit-and-run), so the acceptabilities are close estimates.</source>
        <translation>Vikterna under ‘{criterion}’ dras ungefärligt (hit-and-run), så acceptanserna är nära uppskattningar.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="429"/>
        <source>The usual representative weights under ‘{criterion}’ break one of its statements, so the middle of the allowed weights is used instead.</source>
        <translation>De vanliga representativa vikterna under ‘{criterion}’ bryter mot ett av dess preferensuttalanden, så mitten av de tillåtna vikterna används i stället.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="435"/>
        <source>The representative weights under ‘{criterion}’ are estimated from samples.</source>
        <translation>De representativa vikterna under ‘{criterion}’ är uppskattade från stickprov.</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="247"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="248"/>
        <source>Copy the chart to the clipboard</source>
        <translation>Kopiera diagrammet till urklipp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="251"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="252"/>
        <source>Save the chart as a PNG image</source>
        <translation>Spara diagrammet som PNG-bild</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="255"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="256"/>
        <source>Save the chart as an SVG drawing</source>
        <translation>Spara diagrammet som SVG-ritning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="312"/>
        <source>Numbers of the item under the pointer or cursor</source>
        <translation>Siffrorna för det som pekaren eller markören står på</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="391"/>
        <source>{title} (out of date)</source>
        <translation>{title} (inaktuellt)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="405"/>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="687"/>
        <source>The chart is on the clipboard.</source>
        <translation>Diagrammet ligger i urklipp.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="696"/>
        <source>Save the chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="698"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="705"/>
        <location filename="../../diva_desktop/ui/charts/base.py" line="722"/>
        <source>Saved {file}</source>
        <translation>Sparade {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="707"/>
        <location filename="../../diva_desktop/ui/charts/base.py" line="724"/>
        <source>Could not save {file}</source>
        <translation>Kunde inte spara {file}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="713"/>
        <source>Save the chart as SVG</source>
        <translation>Spara diagrammet som SVG</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/base.py" line="715"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
</context>
<context>
    <name>ContractionChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="33"/>
        <source>Contraction level τ</source>
        <translation>Kontraktionsnivå τ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="34"/>
        <source>Difference in value</source>
        <translation>Skillnad i värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="60"/>
        <source>least difference</source>
        <translation>minsta skillnad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="61"/>
        <source>greatest difference</source>
        <translation>största skillnad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="62"/>
        <source>decided at</source>
        <translation>avgjort vid</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="89"/>
        <source>decided at {tau}</source>
        <translation>avgjort vid {tau}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/contraction_chart.py" line="106"/>
        <source>At level {tau}: V({a}) − V({b}) is between {low} and {high}</source>
        <translation>Vid nivå {tau}: V({a}) − V({b}) ligger mellan {low} och {high}</translation>
    </message>
</context>
<context>
    <name>CoreIndexChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/core_index_chart.py" line="25"/>
        <source>core</source>
        <translation>kärna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/core_index_chart.py" line="26"/>
        <source>borderline</source>
        <translation>gränsfall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/core_index_chart.py" line="27"/>
        <source>exterior</source>
        <translation>utanför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/core_index_chart.py" line="45"/>
        <source>Share of non-dominated portfolios</source>
        <translation>Andel av de icke-dominerade portföljerna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/core_index_chart.py" line="99"/>
        <source>{name}: in {share} of the non-dominated portfolios ({kind})</source>
        <translation>{name}: i {share} av de icke-dominerade portföljerna ({kind})</translation>
    </message>
</context>
<context>
    <name>DominanceGraph</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/dominance_graph.py" line="233"/>
        <source>{name} neither dominates nor is dominated by any alternative.</source>
        <translation>{name} varken dominerar eller domineras av något alternativ.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/dominance_graph.py" line="237"/>
        <source>better than {names} whatever the weights and scores.</source>
        <translation>bättre än {names} vilka vikter och bedömningar som än gäller.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/dominance_graph.py" line="242"/>
        <source>Dominated by {names}.</source>
        <translation>Domineras av {names}.</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="47"/>
        <source>Value added</source>
        <translation>Tillfört värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="84"/>
        <source>efficient frontier</source>
        <translation>effektiv front</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="85"/>
        <source>non-dominated portfolios (bar: least to greatest value)</source>
        <translation>icke-dominerade portföljer (stapel: minsta till största värde)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="86"/>
        <source>focal optimum</source>
        <translation>optimum vid representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="87"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="104"/>
        <source>Cost (million SEK)</source>
        <translation>Kostnad (miljoner kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="104"/>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="139"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="142"/>
        <source>Focal optimum</source>
        <translation>Optimum vid representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="143"/>
        <source>On the frontier</source>
        <translation>På fronten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="144"/>
        <source>Non-dominated</source>
        <translation>Icke-dominerad</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="146"/>
        <source>{head}: cost {cost}, value {value} — {members}</source>
        <translation>{head}: kostnad {cost}, värde {value} — {members}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/frontier_chart.py" line="150"/>
        <source>(value between {low} and {high})</source>
        <translation>(värde mellan {low} och {high})</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/interval_chart.py" line="122"/>
        <source>{name}: {focal} at the representative point, between {low} and {high}</source>
        <translation>{name}: {focal} i den representativa punkten, mellan {low} och {high}</translation>
    </message>
</context>
<context>
    <name>PairComparisonChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/comparison_chart.py" line="92"/>
        <source>{criterion} (weight {weight}): {a} {va} gives {ca}; {b} {vb} gives {cb}; difference {diff}</source>
        <translation>{criterion} (vikt {weight}): {a} {va} ger {ca}; {b} {vb} ger {cb}; skillnad {diff}</translation>
    </message>
</context>
<context>
    <name>PortfolioComparisonModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="537"/>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="538"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="539"/>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="540"/>
        <source>Feasible</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="541"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="542"/>
        <source>Least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="543"/>
        <source>Greatest</source>
        <translation>Störst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="580"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="580"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="585"/>
        <source>Meets the budget and every constraint.</source>
        <translation>Håller budgeten och alla villkor.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="587"/>
        <source>No projects</source>
        <translation>Inga projekt</translation>
    </message>
</context>
<context>
    <name>PortfolioListModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="283"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="284"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="285"/>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="286"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="287"/>
        <source>Least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="288"/>
        <source>Greatest</source>
        <translation>Störst</translation>
    </message>
</context>
<context>
    <name>PortfolioMembershipModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="427"/>
        <source>Portfolio {number}</source>
        <translation>Portfölj {number}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="432"/>
        <source>Add portfolio ‘{name}’</source>
        <translation>Lägg till portfölj ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="440"/>
        <source>Remove portfolio ‘{name}’</source>
        <translation>Ta bort portfölj ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="451"/>
        <source>Rename portfolio ‘{name}’ to ‘{new}’</source>
        <translation>Döp om portfölj ‘{name}’ till ‘{new}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="515"/>
        <source>Add ‘{project}’ to portfolio ‘{name}’</source>
        <translation>Lägg ‘{project}’ i portfölj ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="515"/>
        <source>Remove ‘{project}’ from portfolio ‘{name}’</source>
        <translation>Ta bort ‘{project}’ ur portfölj ‘{name}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="524"/>
        <source>It holds the do-nothing alternative ‘{id}’, which is never part of a portfolio.</source>
        <translation>Den innehåller nollalternativet ‘{id}’, som aldrig ingår i en portfölj.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="527"/>
        <source>It holds ‘{id}’, which is no longer an alternative of the model.</source>
        <translation>Den innehåller ‘{id}’, som inte längre är ett alternativ i modellen.</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="119"/>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="122"/>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="124"/>
        <source>Find the non-dominated portfolios, the frontier and the core index</source>
        <translation>Ta fram de icke-dominerade portföljerna, fronten och kärnindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="130"/>
        <source>Most portfolios to keep</source>
        <translation>Högsta antal portföljer att behålla</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="131"/>
        <source>The search stops listing portfolios at this many</source>
        <translation>Sökningen slutar lista portföljer vid så här många</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="132"/>
        <source>At &amp;most:</source>
        <translation>&amp;Högst:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="148"/>
        <source>Portfolio results</source>
        <translation>Portföljresultat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="149"/>
        <source>&amp;Frontier</source>
        <translation>&amp;Front</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="150"/>
        <source>&amp;Core index</source>
        <translation>&amp;Kärnindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="151"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="177"/>
        <source>no budget</source>
        <translation>ingen budget</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="178"/>
        <source>Budget in SEK</source>
        <translation>Budget i kronor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="179"/>
        <source>The most all chosen projects may cost together; empty for none</source>
        <translation>Det mesta alla valda projekt får kosta tillsammans; tomt för ingen gräns</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="181"/>
        <source>&amp;Budget (SEK):</source>
        <translation>&amp;Budget (kr):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="184"/>
        <source>Other resources</source>
        <translation>Andra resurser</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="186"/>
        <source>Resource</source>
        <translation>Resurs</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="186"/>
        <source>Limit</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="189"/>
        <source>Limits of other resources</source>
        <translation>Gränser för andra resurser</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="194"/>
        <source>Add &amp;limit</source>
        <translation>Lägg till &amp;gräns</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="195"/>
        <source>Remove limit</source>
        <translation>Ta bort gräns</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="203"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="207"/>
        <source>Projects: mandatory and excluded</source>
        <translation>Projekt: obligatoriska och uteslutna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="217"/>
        <source>Needs</source>
        <translation>Beroenden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="221"/>
        <source>Project that needs another</source>
        <translation>Projekt som kräver ett annat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="222"/>
        <source>Project it needs</source>
        <translation>Projekt som krävs</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="223"/>
        <source>needs</source>
        <translation>kräver</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="224"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="225"/>
        <source>Add the need</source>
        <translation>Lägg till beroendet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="237"/>
        <source>Projects that need another</source>
        <translation>Projekt som kräver ett annat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="240"/>
        <source>Remove the need</source>
        <translation>Ta bort beroendet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="244"/>
        <source>At most one of</source>
        <translation>Högst ett av</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="246"/>
        <source>Groups of which at most one may be chosen</source>
        <translation>Grupper där högst ett får väljas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="251"/>
        <source>&amp;Group the selected projects</source>
        <translation>&amp;Gruppera de markerade projekten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="252"/>
        <source>Select two or more projects above, then group them</source>
        <translation>Markera två eller fler projekt ovan och gruppera dem sedan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="253"/>
        <source>Remove the group</source>
        <translation>Ta bort gruppen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="300"/>
        <source>‘{first}’ needs ‘{second}’</source>
        <translation>‘{first}’ kräver ‘{second}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="306"/>
        <source>At most one of: {names}</source>
        <translation>Högst ett av: {names}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="318"/>
        <source>The budget must be a number of kronor, 0 or more.</source>
        <translation>Budgeten måste vara ett belopp i kronor, 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="343"/>
        <source>resource</source>
        <translation>resurs</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="362"/>
        <source>Choose two different projects.</source>
        <translation>Välj två olika projekt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="382"/>
        <source>Select two or more projects to group.</source>
        <translation>Markera två eller fler projekt att gruppera.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="401"/>
        <source>Cost and value of portfolios</source>
        <translation>Portföljernas kostnad och värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="403"/>
        <source>Each point is a portfolio placed by its cost and the value it adds; the line joins the portfolios that no cheaper one beats, the star is the best within the budget at the representative weights.</source>
        <translation>Varje punkt är en portfölj placerad efter kostnad och tillfört värde; linjen förbinder portföljerna som ingen billigare slår, stjärnan är den bästa inom budgeten vid de representativa vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="411"/>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="416"/>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="684"/>
        <source>Non-dominated portfolios</source>
        <translation>Icke-dominerade portföljer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="436"/>
        <source>The focal optimum</source>
        <translation>Optimum vid representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="439"/>
        <source>Core index</source>
        <translation>Kärnindex</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="441"/>
        <source>Each bar is the share of the non-dominated portfolios that contain the project: core projects are in all of them, exterior projects in none, borderline ones in some.</source>
        <translation>Varje stapel är andelen icke-dominerade portföljer som innehåller projektet: kärnprojekt finns i alla, projekt utanför i ingen, gränsfall i några.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="448"/>
        <source>Warnings about the portfolio analysis</source>
        <translation>Varningar om portföljanalysen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="457"/>
        <source>&amp;New portfolio</source>
        <translation>&amp;Ny portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="458"/>
        <source>Add the focal &amp;optimum</source>
        <translation>Lägg till &amp;optimum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="459"/>
        <source>Add the &amp;selected non-dominated</source>
        <translation>Lägg till den &amp;markerade icke-dominerade</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="460"/>
        <source>Remove portfolio</source>
        <translation>Ta bort portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="461"/>
        <source>R&amp;ename portfolio…</source>
        <translation>&amp;Döp om portfölj…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="462"/>
        <source>Give the selected portfolio another name</source>
        <translation>Ge den markerade portföljen ett annat namn</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="481"/>
        <source>Problems of your portfolios</source>
        <translation>Problem med dina portföljer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="490"/>
        <source>Projects in your portfolios</source>
        <translation>Projekt i dina portföljer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="498"/>
        <source>Your portfolios side by side</source>
        <translation>Dina portföljer sida vid sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="504"/>
        <source>Which portfolio dominates which</source>
        <translation>Vilken portfölj som dominerar vilken</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="507"/>
        <source>Value of your portfolios</source>
        <translation>Värdet av dina portföljer</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="509"/>
        <source>Each bar runs from the least to the greatest value the portfolio can add with the allowed weights and scores; the diamond is its value at the representative weights.</source>
        <translation>Varje stapel går från det minsta till det största värde portföljen kan tillföra med de tillåtna vikterna och bedömningarna; romben är dess värde vid de representativa vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="512"/>
        <source>Value added</source>
        <translation>Tillfört värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="616"/>
        <source>Cannot compare: {problems}</source>
        <translation>Kan inte jämföra: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="618"/>
        <source>The portfolio analysis cannot run: {problems}</source>
        <translation>Portföljanalysen kan inte köras: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="647"/>
        <source>Searching the non-dominated portfolios…</source>
        <translation>Söker de icke-dominerade portföljerna…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="654"/>
        <source>Add alternatives with costs to build portfolios.</source>
        <translation>Lägg till alternativ med kostnader för att bygga portföljer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="659"/>
        <source>Press Run to compute them again.</source>
        <translation>Tryck Kör för att beräkna dem igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="663"/>
        <source>Press Run to find the best portfolios.</source>
        <translation>Tryck Kör för att hitta de bästa portföljerna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="666"/>
        <source>{count} non-dominated portfolios.</source>
        <translation>{count} icke-dominerade portföljer.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="669"/>
        <source>The list stopped at {limit} portfolios; raise the limit to see all.</source>
        <translation>Listan stannade vid {limit} portföljer; höj gränsen för att se alla.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="704"/>
        <source>Non-dominated portfolios ({count})</source>
        <translation>Icke-dominerade portföljer ({count})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="717"/>
        <source>Best within the budget at the representative weights: {names} — cost {cost} SEK, value {value}.</source>
        <translation>Bäst inom budgeten vid de representativa vikterna: {names} — kostnad {cost} kr, värde {value}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="719"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="741"/>
        <source>Focal optimum</source>
        <translation>Optimum vid representativa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="746"/>
        <source>Select a portfolio in the Frontier tab first.</source>
        <translation>Markera först en portfölj under fliken Front.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="749"/>
        <source>Non-dominated {number}</source>
        <translation>Icke-dominerad {number}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="769"/>
        <source>A portfolio needs a name.</source>
        <translation>En portfölj behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="772"/>
        <source>There is already a portfolio called ‘{name}’; choose another name.</source>
        <translation>Det finns redan en portfölj som heter ‘{name}’; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="781"/>
        <source>Make a portfolio first with New portfolio.</source>
        <translation>Gör först en portfölj med Ny portfölj.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="784"/>
        <source>Rename portfolio</source>
        <translation>Döp om portfölj</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="784"/>
        <source>New name of ‘{name}’:</source>
        <translation>Nytt namn på ‘{name}’:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="793"/>
        <source>The portfolios saved in this project cannot be read: {reason}</source>
        <translation>Portföljerna som sparats i projektet kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="801"/>
        <source>‘{name}’ is not compared. {reasons} Tick or untick one of its projects to drop what is missing, or remove the portfolio.</source>
        <translation>‘{name}’ jämförs inte. {reasons} Kryssa i eller ur något av dess projekt för att ta bort det som saknas, eller ta bort portföljen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="825"/>
        <source>Make portfolios of your own with New portfolio, then tick their projects on the left.</source>
        <translation>Gör egna portföljer med Ny portfölj och kryssa sedan i deras projekt till vänster.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="838"/>
        <source>Not feasible</source>
        <translation>Inte tillåten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="845"/>
        <source>feasible</source>
        <translation>tillåten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="845"/>
        <source>breaks the budget or a constraint</source>
        <translation>bryter mot budgeten eller ett villkor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="848"/>
        <source>‘{a}’ dominates ‘{b}’.</source>
        <translation>‘{a}’ dominerar ‘{b}’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/portfolio_panel.py" line="852"/>
        <source>None of these portfolios is better than another for every allowed weight and score.</source>
        <translation>Ingen av portföljerna är bättre än någon annan för alla tillåtna vikter och bedömningar.</translation>
    </message>
</context>
<context>
    <name>PortfolioProjectsModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="170"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="170"/>
        <source>Cost (SEK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="170"/>
        <source>Mandatory</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="170"/>
        <source>Excluded</source>
        <translation>Uteslutet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="213"/>
        <source>Every portfolio must contain this project</source>
        <translation>Varje portfölj måste innehålla projektet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="215"/>
        <source>No portfolio may contain this project</source>
        <translation>Ingen portfölj får innehålla projektet</translation>
    </message>
</context>
<context>
    <name>PortfolioViolations</name>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="82"/>
        <source>‘{name}’ is the do-nothing alternative and cannot be chosen.</source>
        <translation>‘{name}’ är nollalternativet och kan inte väljas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="90"/>
        <source>It costs {cost}, more than the budget of {budget}.</source>
        <translation>Den kostar {cost}, mer än budgeten på {budget}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="98"/>
        <source>It uses {use} of ‘{resource}’, more than the limit of {limit}.</source>
        <translation>Den använder {use} av ‘{resource}’, mer än gränsen på {limit}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="106"/>
        <source>The mandatory ‘{name}’ is missing.</source>
        <translation>Det obligatoriska ‘{name}’ saknas.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="113"/>
        <source>The excluded ‘{name}’ is included.</source>
        <translation>Det uteslutna ‘{name}’ är med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="120"/>
        <source>‘{first}’ needs ‘{second}’, which is not included.</source>
        <translation>‘{first}’ kräver ‘{second}’, som inte är med.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/portfolio_models.py" line="128"/>
        <source>Only one of {names} may be chosen.</source>
        <translation>Bara ett av {names} får väljas.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="333"/>
        <source>Analysis status</source>
        <translation>Analysens läge</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="339"/>
        <source>Progress of the analysis</source>
        <translation>Analysens förlopp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="343"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="344"/>
        <source>Stop the analysis</source>
        <translation>Stoppa analysen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="375"/>
        <source>the criteria</source>
        <translation>kriterierna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="376"/>
        <source>the alternatives</source>
        <translation>alternativen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="377"/>
        <source>the scores</source>
        <translation>bedömningarna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="378"/>
        <source>the weights</source>
        <translation>vikterna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="379"/>
        <source>the participants</source>
        <translation>deltagarna</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="380"/>
        <source>the budget and constraints</source>
        <translation>budgeten och villkoren</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="385"/>
        <source>These results are out of date.</source>
        <translation>Resultaten är inaktuella.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/analysis_runner.py" line="387"/>
        <source>Out of date: {parts} changed since these results were computed.</source>
        <translation>Inaktuellt: {parts} har ändrats sedan resultaten beräknades.</translation>
    </message>
</context>
<context>
    <name>ScoreThresholds</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="165"/>
        <source>at {score} or lower, {name} becomes best</source>
        <translation>vid {score} eller lägre blir {name} bäst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="172"/>
        <source>at {score} or higher, {name} becomes best</source>
        <translation>vid {score} eller högre blir {name} bäst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="177"/>
        <source>No change of this score alone changes the best alternative.</source>
        <translation>Ingen ändring av enbart denna bedömning ändrar vilket alternativ som är bäst.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="212"/>
        <source>Re&amp;compute</source>
        <translation>&amp;Beräkna om</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="238"/>
        <source>Criterion whose weights to vary</source>
        <translation>Kriterium vars vikter ska varieras</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="240"/>
        <source>Weight to vary</source>
        <translation>Vikt att variera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="244"/>
        <source>Wei&amp;ghts under</source>
        <translation>&amp;Vikter under</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="246"/>
        <source>va&amp;ry</source>
        <translation>vari&amp;era</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="255"/>
        <source>Value as one weight changes</source>
        <translation>Värdet när en vikt ändras</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="257"/>
        <source>Each line is an alternative&apos;s value as the chosen weight goes from 0 to 1 with the other weights in the same proportions; the grey band is the allowed range, the green strip where the best alternative stays best, and the orange line can be dragged to try another weight.</source>
        <translation>Varje linje är ett alternativs värde när den valda vikten går från 0 till 1 och de övriga vikterna behåller sina proportioner; det grå bandet är det tillåtna området, den gröna remsan där det bästa alternativet förblir bäst, och den orange linjen kan dras för att pröva en annan vikt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="269"/>
        <source>Weight to try</source>
        <translation>Vikt att pröva</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="271"/>
        <source>&amp;Try the weight</source>
        <translation>&amp;Pröva vikten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="273"/>
        <source>Back to the &amp;current weight</source>
        <translation>Tillbaka till &amp;nuvarande vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="275"/>
        <source>&amp;Apply these weights</source>
        <translation>&amp;Använd dessa vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="278"/>
        <source>Replace the weight statements of this criterion by these precise weights (can be undone)</source>
        <translation>Ersätt kriteriets viktuttalanden med dessa exakta vikter (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="290"/>
        <source>Tornado chart and score thresholds</source>
        <translation>Tornadodiagram och tröskelvärden för bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="296"/>
        <source>Alternative of the tornado chart</source>
        <translation>Tornadodiagrammets alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="297"/>
        <source>A&amp;lternative:</source>
        <translation>A&amp;lternativ:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="304"/>
        <source>Tornado</source>
        <translation>Tornadodiagram</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="306"/>
        <source>Each bar shows how far the alternative&apos;s value moves as one weight runs over its allowed range; the widest bars are the weights that matter most.</source>
        <translation>Varje stapel visar hur långt alternativets värde rör sig när en vikt går över sitt tillåtna område; de bredaste staplarna är de vikter som betyder mest.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="311"/>
        <source>T&amp;ornado</source>
        <translation>T&amp;ornado</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="317"/>
        <source>How far each score can move, the others staying as they are, before another alternative becomes the best.</source>
        <translation>Hur långt varje bedömning kan ändras, med de övriga oförändrade, innan ett annat alternativ blir bäst.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="325"/>
        <source>Only scores &amp;that can change the best alternative</source>
        <translation>Bara bedömningar &amp;som kan ändra det bästa alternativet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="337"/>
        <source>Down to</source>
        <translation>Ned till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="338"/>
        <source>Up to</source>
        <translation>Upp till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="339"/>
        <source>Then best</source>
        <translation>Då bäst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="668"/>
        <source>≤ {score}</source>
        <translation>≤ {score}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="672"/>
        <source>≥ {score}</source>
        <translation>≥ {score}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="677"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="331"/>
        <source>Score thresholds</source>
        <translation>Tröskelvärden för bedömningar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="336"/>
        <source>Score now</source>
        <translation>Bedömning nu</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="356"/>
        <source>Score t&amp;hresholds</source>
        <translation>T&amp;röskelvärden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="411"/>
        <source>The sensitivity analysis cannot run: {problems}</source>
        <translation>Känslighetsanalysen kan inte köras: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="448"/>
        <source>Computing the sensitivity…</source>
        <translation>Beräknar känsligheten…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="457"/>
        <source>Add criteria and alternatives to see the sensitivity.</source>
        <translation>Lägg till kriterier och alternativ för att se känsligheten.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="460"/>
        <source>Drag the orange line, or use the arrow keys on the chart, to try other weights.</source>
        <translation>Dra den orange linjen, eller använd piltangenterna i diagrammet, för att pröva andra vikter.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="470"/>
        <source>Overall (top level)</source>
        <translation>Sammanvägt (översta nivån)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="575"/>
        <source>Value as the weight of ‘{criterion}’ changes</source>
        <translation>Värdet när vikten för ‘{criterion}’ ändras</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="581"/>
        <source>at {w}: {before} → {after}</source>
        <translation>vid {w}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="587"/>
        <source>Switch points (the best alternative changes) {points}.</source>
        <translation>Växlingspunkter (där det bästa alternativet byts) {points}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="590"/>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="598"/>
        <source>Grey: the allowed range; green strip: where the best alternative stays best; orange: the weight to try.</source>
        <translation>Grått: det tillåtna området; grön remsa: där det bästa alternativet förblir bäst; orange: vikten att pröva.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="595"/>
        <source>The best alternative is the same for every weight from 0 to 1.</source>
        <translation>Det bästa alternativet är detsamma för alla vikter från 0 till 1.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="334"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/sensitivity_panel.py" line="335"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/stacked_bars.py" line="139"/>
        <source>{name}: {total} in all — {segments}</source>
        <translation>{name}: {total} totalt — {segments}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/stacked_bars.py" line="143"/>
        <source>{name}: {segments}</source>
        <translation>{name}: {segments}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/stacked_bars.py" line="178"/>
        <source>{name} — {part}: {value}</source>
        <translation>{name} — {part}: {value}</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/tornado_chart.py" line="37"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/tornado_chart.py" line="76"/>
        <source>weight lowers the value</source>
        <translation>vikten sänker värdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/tornado_chart.py" line="76"/>
        <source>weight raises the value</source>
        <translation>vikten höjer värdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/tornado_chart.py" line="86"/>
        <source>{criterion}: {name} between {low} and {high} (now {base})</source>
        <translation>{criterion}: {name} mellan {low} och {high} (nu {base})</translation>
    </message>
</context>
<context>
    <name>WeightLineChart</name>
    <message>
        <location filename="../../diva_desktop/ui/charts/weight_line_chart.py" line="66"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/weight_line_chart.py" line="67"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/weight_line_chart.py" line="209"/>
        <source>At weight {w}: best is {best} ({value}); then {others}</source>
        <translation>Vid vikten {w}: bäst är {best} ({value}); sedan {others}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/charts/weight_line_chart.py" line="239"/>
        <source>{name}: value {value} at weight {w}</source>
        <translation>{name}: värde {value} vid vikten {w}</translation>
    </message>
</context>
</TS>

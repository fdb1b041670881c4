<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="502"/>
        <source>{upper} and {lower} are equally important</source>
        <translation>{upper} och {lower} är lika viktiga</translation>
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
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1076"/>
        <source>Statements of</source>
        <translation>Preferensuttalanden från</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1079"/>
        <source>&amp;Statements of:</source>
        <translation>Pre&amp;ferensuttalanden från:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1081"/>
        <source>&amp;Participants and group weighting…</source>
        <translation>&amp;Deltagare och gruppviktning…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1092"/>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1093"/>
        <source>Criteria with sub-criteria</source>
        <translation>Kriterier med delkriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1110"/>
        <source>Weighting method</source>
        <translation>Viktningsmetod</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1114"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1147"/>
        <source>Extra statements</source>
        <translation>Ytterligare preferensuttalanden</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1164"/>
        <source>Weights of the sub-criteria</source>
        <translation>Delkriteriernas vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1166"/>
        <source>Focal weights and feasible ranges</source>
        <translation>Representativa vikter och tillåtna intervall</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1168"/>
        <source>Bar: representative (focal) weight. Band: the least to the greatest feasible weight.</source>
        <translation>Stapel: representativ vikt. Band: från den minsta till den största tillåtna vikten.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1175"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1242"/>
        <source>The group (the weights the analyses use)</source>
        <translation>Gruppen (vikterna som analyserna använder)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1274"/>
        <source>Equal weights (no statements)</source>
        <translation>Lika vikter (inga preferensuttalanden)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1275"/>
        <source>Point weights</source>
        <translation>Exakta vikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1276"/>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1277"/>
        <source>CAR: ranking with steps</source>
        <translation>CAR: rangordning med steg</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1278"/>
        <source>Interval weights</source>
        <translation>Intervallvikter</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1279"/>
        <source>Swing weighting</source>
        <translation>Swingviktning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1287"/>
        <source>Top level</source>
        <translation>Översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1366"/>
        <source>The statements conflict: no weights satisfy them all.</source>
        <translation>Preferensuttalandena är motstridiga: inga vikter uppfyller alla.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1369"/>
        <source>Method: {method}</source>
        <translation>Metod: {method}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1401"/>
        <source>The criteria tree is empty: add criteria first.</source>
        <translation>Kriteriehierarkin är tom: lägg först till kriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1409"/>
        <source>Weights under “{node}”</source>
        <translation>Vikter under ”{node}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1411"/>
        <source>Weights of the top-level criteria</source>
        <translation>Vikter för kriterierna på översta nivån</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1425"/>
        <source>Extra statements narrow a ranking, CAR, interval or swing set; choose one of those methods to add them.</source>
        <translation>Ytterligare preferensuttalanden begränsar en rangordning, CAR, intervallvikter eller swingviktning; välj en av de metoderna för att lägga till dem.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1433"/>
        <source>This participant has no statements here, so they are left out of this criterion when the group&apos;s weights are combined.</source>
        <translation>Deltagaren har inga preferensuttalanden här och lämnas därför utanför detta kriterium när gruppens vikter slås samman.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1463"/>
        <source>No weights satisfy these statements.</source>
        <translation>Inga vikter uppfyller dessa preferensuttalanden.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1465"/>
        <source>Part of the conflict: {text}</source>
        <translation>Del av konflikten: {text}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1472"/>
        <source>The statements are incomplete or invalid.</source>
        <translation>Preferensuttalandena är ofullständiga eller ogiltiga.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1489"/>
        <source>The method&apos;s representative weights break an extra statement; the centre of the feasible weights is used instead.</source>
        <translation>Metodens representativa vikter bryter mot ett ytterligare preferensuttalande; i stället används mittpunkten av de tillåtna vikterna.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1544"/>
        <source>No weights satisfy these statements together; change or remove one of them:</source>
        <translation>Inga vikter uppfyller dessa preferensuttalanden tillsammans; ändra eller ta bort något av dem:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1563"/>
        <source>The weight of {name} is between {low} and {high}</source>
        <translation>Vikten för {name} ligger mellan {low} och {high}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1568"/>
        <source>{upper} is at least as important as {lower}</source>
        <translation>{upper} är minst lika viktigt som {lower}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1571"/>
        <source>{upper} and {lower} are equally important</source>
        <translation>{upper} och {lower} är lika viktiga</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1574"/>
        <source>Swing: {a} has {pa} points and {b} has {pb} points</source>
        <translation>Swing: {a} har {pa} poäng och {b} har {pb} poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1579"/>
        <source>Swing: {a} weighs {low}–{high} times as much as {b}</source>
        <translation>Swing: {a} väger {low}–{high} gånger så mycket som {b}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/weights_panel.py" line="1584"/>
        <source>The weight of {name} is {value}</source>
        <translation>Vikten för {name} är {value}</translation>
    </message>
</context>
</TS>

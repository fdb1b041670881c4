<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>DecidedVersionDialog</name>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="807" />
            <source>Decided version: {label}</source>
            <translation>Fastställd modellversion: {label}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="812" />
            <source>Decided model version ‘{label}’, decided by {body} on {date}. This copy cannot be changed.</source>
            <translation>Fastställd modellversion ‘{label}’, beslutad av {body} den {date}. Den här kopian kan inte ändras.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="823" />
            <source>Investment</source>
            <translation>Investering</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="823" />
            <source>Cost (SEK)</source>
            <translation>Kostnad (kr)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="823" />
            <source>Decided</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="832" />
            <source>do-nothing</source>
            <translation>nollalternativ</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="835" />
            <source>Investments</source>
            <translation>Investeringar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="838" />
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="838" />
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="849" />
            <source>Criteria</source>
            <translation>Kriterier</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="861" />
            <source>Scores</source>
            <translation>Bedömningar</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="119" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="391" />
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="124" />
            <source>Record what the deciding body adopted: the model as it stands is frozen as a decided model version in the project file, with the decided investments. Later you see what has changed since and whether the decided portfolio still holds.</source>
            <translation>Registrera vad det beslutande organet har beslutat: modellen som den ser ut nu fryses som en fastställd modellversion i projektfilen, tillsammans med de beslutade investeringarna. Senare ser du vad som har ändrats sedan dess och om den beslutade portföljen fortfarande håller.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="153" />
            <source>Record a decision</source>
            <translation>Registrera ett beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="160" />
            <source>Who decided: kommunfullmäktige (KF), kommunstyrelsen (KS), a committee (nämnd) …</source>
            <translation>Vem som beslutade: kommunfullmäktige (KF), kommunstyrelsen (KS), en nämnd …</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="162" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="163" />
            <source>Deciding &amp;body:</source>
            <translation>&amp;Beslutande organ:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="166" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="167" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="169" />
            <source>e.g. KS 2026/0123, § 45</source>
            <translation>t.ex. KS 2026/0123, § 45</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="171" />
            <source>The registration number (diarienummer) and minutes paragraph</source>
            <translation>Diarienummer (dnr) och paragraf (§) i protokollet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="173" />
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="174" />
            <source>&amp;Reference:</source>
            <translation>&amp;Referens:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="176" />
            <source>e.g. Investment decision 2026</source>
            <translation>t.ex. Investeringsbeslut 2026</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="177" />
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="178" />
            <source>&amp;Label:</source>
            <translation>Be&amp;nämning:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="182" />
            <source>Decided &amp;investments:</source>
            <translation>Beslutade &amp;investeringar:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="184" />
            <source>Use the &amp;focal optimum</source>
            <translation>Använd &amp;optimum vid representativa vikter</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="186" />
            <source>Check the investments of the portfolio analysis's focal optimum under the current model</source>
            <translation>Markera investeringarna i portföljanalysens optimum vid representativa vikter enligt den aktuella modellen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="192" />
            <source>Decided investments</source>
            <translation>Beslutade investeringar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="200" />
            <source>&amp;Note (motivation):</source>
            <translation>&amp;Anteckning (motivering):</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="203" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="204" />
            <source>Why the body decided so; conditions, reservations</source>
            <translation>Varför organet beslutade så; villkor, reservationer</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="207" />
            <source>Re&amp;cord decision</source>
            <translation>Re&amp;gistrera beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="209" />
            <source>Freeze the current model with these details in the project file</source>
            <translation>Frys den aktuella modellen med dessa uppgifter i projektfilen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="219" />
            <source>Decided versions</source>
            <translation>Fastställda modellversioner</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="221" />
            <source>Decided versions, newest first</source>
            <translation>Fastställda modellversioner, nyaste först</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="232" />
            <source>&amp;View read-only…</source>
            <translation>&amp;Visa skrivskyddad…</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="233" />
            <source>Show the decided model version without changing anything</source>
            <translation>Visa den fastställda modellversionen utan att ändra något</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="235" />
            <source>E&amp;xport to JSON…</source>
            <translation>E&amp;xportera till JSON…</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="236" />
            <source>Write the decided model version as a JSON model</source>
            <translation>Spara den fastställda modellversionen som en JSON-modell</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="242" />
            <source>The decided portfolio today</source>
            <translation>Den beslutade portföljen i dag</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="248" />
            <source>Changed since the decision</source>
            <translation>Ändrat sedan beslutet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="252" />
            <source>Changes since the decision</source>
            <translation>Ändringar sedan beslutet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="288" />
            <source>{name} ({cost} SEK)</source>
            <translation>{name} ({cost} kr)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="317" />
            <source>Chosen: {count}, together {cost} SEK</source>
            <translation>Valda: {count}, sammanlagt {cost} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="321" />
            <source>Chosen: {count}, together {cost} SEK of the budget {budget} SEK</source>
            <translation>Valda: {count}, sammanlagt {cost} kr av budgeten {budget} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="342" />
            <source>Save the project first</source>
            <translation>Spara projektet först</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="344" />
            <source>A decision is kept in the project file (.diva), and this project has none yet. Save it as a project now?</source>
            <translation>Ett beslut sparas i projektfilen (.diva), och det här projektet har ingen ännu. Vill du spara det som ett projekt nu?</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="356" />
            <source>Save project as</source>
            <translation>Spara projektet som</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="356" />
            <source>DIVÄ project (*.diva)</source>
            <translation>DIVÄ-projekt (*.diva)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="367" />
            <source>Cannot save the project</source>
            <translation>Projektet kan inte sparas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="369" />
            <source>The project could not be saved to ‘{file}’; no decision was recorded. Nothing is lost.</source>
            <translation>Projektet kunde inte sparas till ‘{file}’; inget beslut registrerades. Ingenting har gått förlorat.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="408" />
            <source>Cannot record the decision</source>
            <translation>Beslutet kan inte registreras</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="410" />
            <source>The decision could not be written to ‘{file}’. The file and your model are unchanged; nothing is lost. Fix the cause below, or save the project elsewhere (File → Save as) and record the decision there.</source>
            <translation>Beslutet kunde inte skrivas till ‘{file}’. Filen och din modell är oförändrade; ingenting har gått förlorat. Åtgärda orsaken nedan, eller spara projektet någon annanstans (Arkiv → Spara som) och registrera beslutet där.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="447" />
            <source>The decisions cannot be read: {reason}</source>
            <translation>Besluten kan inte läsas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="451" />
            <source>Decisions are kept in the project file. Save the project as a .diva file to record one.</source>
            <translation>Beslut sparas i projektfilen. Spara projektet som en .diva-fil för att registrera ett.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="455" />
            <source>No decision recorded yet.</source>
            <translation>Inget beslut är registrerat ännu.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="498" />
            <source>The decided version cannot be read: {reason}</source>
            <translation>Den fastställda modellversionen kan inte läsas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="524" />
            <source>Nothing has changed since the decision.</source>
            <translation>Ingenting har ändrats sedan beslutet.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="527" />
            <source>This decision recorded no decided investments.</source>
            <translation>Det här beslutet registrerade inga beslutade investeringar.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="535" />
            <source>Decided by: {body}</source>
            <translation>Beslutat av: {body}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="536" />
            <source>Decision date: {date}</source>
            <translation>Beslutsdatum: {date}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="537" />
            <source>Reference: {reference}</source>
            <translation>Referens: {reference}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="538" />
            <source>Recorded: {time}</source>
            <translation>Registrerat: {time}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="542" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="561" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="580" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="717" />
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="543" />
            <source>Decided investments: {names}</source>
            <translation>Beslutade investeringar: {names}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="545" />
            <source>Note: {note}</source>
            <translation>Anteckning: {note}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="552" />
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="565" />
            <source>no statements</source>
            <translation>inga preferensuttalanden</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="566" />
            <source>point weights</source>
            <translation>fasta vikter</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="567" />
            <source>ranking</source>
            <translation>rangordning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="568" />
            <source>CAR steps</source>
            <translation>CAR-steg</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="569" />
            <source>intervals</source>
            <translation>intervall</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="570" />
            <source>swing</source>
            <translation>swingviktning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="581" />
            <source>the top level</source>
            <translation>översta nivån</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="584" />
            <source>Investment added: {name}</source>
            <translation>Investering tillagd: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="585" />
            <source>Investment removed: {name}</source>
            <translation>Investering borttagen: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="587" />
            <source>Investment renamed: ‘{before}’ → ‘{after}’</source>
            <translation>Investering har bytt namn: ‘{before}’ → ‘{after}’</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="592" />
            <source>Do-nothing alternative: {before} → {after}</source>
            <translation>Nollalternativ: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="596" />
            <source>Criterion added: {name}</source>
            <translation>Kriterium tillagt: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="597" />
            <source>Criterion removed: {name}</source>
            <translation>Kriterium borttaget: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="599" />
            <source>Criterion renamed: ‘{before}’ → ‘{after}’</source>
            <translation>Kriterium har bytt namn: ‘{before}’ → ‘{after}’</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="603" />
            <source>Criterion moved: {name} from {before} to {after}</source>
            <translation>Kriterium flyttat: {name} från {before} till {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="608" />
            <source>Scale changed: {name}</source>
            <translation>Skalan ändrad: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="610" />
            <source>Score of {alternative} on {criterion}: {before} → {after}</source>
            <translation>Bedömning av {alternative} på {criterion}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="619" />
            <source>Weights of {node} changed ({before} → {after})</source>
            <translation>Vikterna under {node} ändrade ({before} → {after})</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="626" />
            <source>Cost of {alternative}: {before} → {after} SEK</source>
            <translation>Kostnad för {alternative}: {before} → {after} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="628" />
            <source>Use of {resource} by {alternative}: {before} → {after}</source>
            <translation>Användning av {resource} för {alternative}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="639" />
            <source>Budget: {before} → {after} SEK</source>
            <translation>Budget: {before} → {after} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="641" />
            <source>Limit of {resource}: {before} → {after}</source>
            <translation>Gräns för {resource}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="646" />
            <source>The mandatory investments changed</source>
            <translation>De obligatoriska investeringarna har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="647" />
            <source>The excluded investments changed</source>
            <translation>De uteslutna investeringarna har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="648" />
            <source>The ‘requires’ constraints changed</source>
            <translation>Villkoren ‘kräver’ har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="649" />
            <source>The ‘at most one of’ groups changed</source>
            <translation>Grupperna ‘högst en av’ har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="653" />
            <source>the project information</source>
            <translation>projektinformationen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="654" />
            <source>the documents</source>
            <translation>dokumenten</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="655" />
            <source>the goals</source>
            <translation>målen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="656" />
            <source>other details of the criteria</source>
            <translation>andra uppgifter om kriterierna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="657" />
            <source>other details of the investments</source>
            <translation>andra uppgifter om investeringarna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="658" />
            <source>the rationales of scores</source>
            <translation>motiveringar till bedömningar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="659" />
            <source>the weights</source>
            <translation>vikterna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="660" />
            <source>the participants</source>
            <translation>deltagarna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="661" />
            <source>the portfolio constraints</source>
            <translation>portföljens villkor</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="662" />
            <source>the follow-up</source>
            <translation>uppföljningen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="666" />
            <source>Also changed: {parts}</source>
            <translation>Dessutom ändrat: {parts}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="676" />
            <source>‘{name}’ is no longer in the model</source>
            <translation>‘{name}’ finns inte längre i modellen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="678" />
            <source>‘{name}’ is the do-nothing alternative</source>
            <translation>‘{name}’ är nollalternativet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="680" />
            <source>the cost {total} SEK exceeds the budget {limit} SEK</source>
            <translation>kostnaden {total} kr överskrider budgeten {limit} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="684" />
            <source>the use of {resource}, {total}, exceeds the limit {limit}</source>
            <translation>användningen av {resource}, {total}, överskrider gränsen {limit}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="688" />
            <source>the mandatory ‘{name}’ is not included</source>
            <translation>den obligatoriska ‘{name}’ är inte med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="690" />
            <source>the excluded ‘{name}’ is included</source>
            <translation>den uteslutna ‘{name}’ är med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="692" />
            <source>‘{name}’ requires ‘{required}’, which is not included</source>
            <translation>‘{name}’ kräver ‘{required}’, som inte är med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="697" />
            <source>at most one of {names} may be chosen</source>
            <translation>högst en av {names} får väljas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="704" />
            <source>✔ Still feasible under the current budget and constraints.</source>
            <translation>✔ Fortfarande genomförbar inom nuvarande budget och villkor.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="707" />
            <source>✘ No longer feasible: {reasons}.</source>
            <translation>✘ Inte längre genomförbar: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="709" />
            <source>The current model cannot be valued: {reason}</source>
            <translation>Den aktuella modellen kan inte värderas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="712" />
            <source>✔ Still the focal optimum (value {value}).</source>
            <translation>✔ Fortfarande optimum vid representativa vikter (värde {value}).</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="720" />
            <source>✘ No longer the focal optimum: value {value}; the optimum {best} is {optimum}.</source>
            <translation>✘ Inte längre optimum vid representativa vikter: värde {value}; optimum {best} är {optimum}.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="747" />
            <source>Export decided version</source>
            <translation>Exportera fastställd modellversion</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="749" />
            <source>JSON model (*.json)</source>
            <translation>JSON-modell (*.json)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="762" />
            <source>Cannot export</source>
            <translation>Kan inte exportera</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="764" />
            <source>‘{file}’ could not be written. Choose another folder or free some disk space.</source>
            <translation>‘{file}’ kunde inte skrivas. Välj en annan mapp eller frigör diskutrymme.</translation>
        </message>
    </context>
</TS>

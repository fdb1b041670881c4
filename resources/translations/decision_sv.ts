<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>DecidedVersionDialog</name>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="851" />
            <source>Decided version: {label}</source>
            <translation>Fastställd modellversion: {label}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="856" />
            <source>Decided model version ‘{label}’, decided by {body} on {date}. This copy cannot be changed.</source>
            <translation>Fastställd modellversion ‘{label}’, beslutad av {body} den {date}. Den här kopian kan inte ändras.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="871" />
            <source>Investment</source>
            <translation>Investering</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="871" />
            <source>Cost (SEK)</source>
            <translation>Kostnad (kr)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="871" />
            <source>Decided</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="880" />
            <source>do-nothing</source>
            <translation>nollalternativ</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="883" />
            <source>Investments</source>
            <translation>Investeringar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="886" />
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="886" />
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="897" />
            <source>Criteria</source>
            <translation>Kriterier</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="909" />
            <source>Scores</source>
            <translation>Bedömningar</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="141" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="413" />
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="146" />
            <source>Record what the deciding body adopted: the model as it stands is frozen as a decided model version in the project file, with the decided investments. Later you see what has changed since and whether the decided portfolio still holds.</source>
            <translation>Registrera vad det beslutande organet har beslutat: modellen som den ser ut nu fryses som en fastställd modellversion i projektfilen, tillsammans med de beslutade investeringarna. Senare ser du vad som har ändrats sedan dess och om den beslutade portföljen fortfarande håller.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="175" />
            <source>Record a decision</source>
            <translation>Registrera ett beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="182" />
            <source>Who decided: kommunfullmäktige (KF), kommunstyrelsen (KS), a committee (nämnd) …</source>
            <translation>Vem som beslutade: kommunfullmäktige (KF), kommunstyrelsen (KS), en nämnd …</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="184" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="185" />
            <source>Deciding &amp;body:</source>
            <translation>&amp;Beslutande organ:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="188" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="189" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="191" />
            <source>e.g. KS 2026/0123, § 45</source>
            <translation>t.ex. KS 2026/0123, § 45</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="193" />
            <source>The registration number (diarienummer) and minutes paragraph</source>
            <translation>Diarienummer (dnr) och paragraf (§) i protokollet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="195" />
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="196" />
            <source>&amp;Reference:</source>
            <translation>&amp;Referens:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="198" />
            <source>e.g. Investment decision 2026</source>
            <translation>t.ex. Investeringsbeslut 2026</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="199" />
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="200" />
            <source>&amp;Label:</source>
            <translation>Be&amp;nämning:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="204" />
            <source>Decided &amp;investments:</source>
            <translation>Beslutade &amp;investeringar:</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="206" />
            <source>Use the &amp;focal optimum</source>
            <translation>Använd &amp;optimum vid representativa vikter</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="208" />
            <source>Check the investments of the portfolio analysis's focal optimum under the current model</source>
            <translation>Markera investeringarna i portföljanalysens optimum vid representativa vikter enligt den aktuella modellen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="214" />
            <source>Decided investments</source>
            <translation>Beslutade investeringar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="222" />
            <source>&amp;Note (motivation):</source>
            <translation>&amp;Anteckning (motivering):</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="225" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="226" />
            <source>Why the body decided so; conditions, reservations</source>
            <translation>Varför organet beslutade så; villkor, reservationer</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="229" />
            <source>Re&amp;cord decision</source>
            <translation>Re&amp;gistrera beslut</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="231" />
            <source>Freeze the current model with these details in the project file</source>
            <translation>Frys den aktuella modellen med dessa uppgifter i projektfilen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="241" />
            <source>Decided versions</source>
            <translation>Fastställda modellversioner</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="243" />
            <source>Decided versions, newest first</source>
            <translation>Fastställda modellversioner, nyaste först</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="254" />
            <source>&amp;View read-only…</source>
            <translation>&amp;Visa skrivskyddad…</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="255" />
            <source>Show the decided model version without changing anything</source>
            <translation>Visa den fastställda modellversionen utan att ändra något</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="257" />
            <source>E&amp;xport to JSON…</source>
            <translation>E&amp;xportera till JSON…</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="258" />
            <source>Write the decided model version as a JSON model</source>
            <translation>Spara den fastställda modellversionen som en JSON-modell</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="264" />
            <source>The decided portfolio today</source>
            <translation>Den beslutade portföljen i dag</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="270" />
            <source>Changed since the decision</source>
            <translation>Ändrat sedan beslutet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="274" />
            <source>Changes since the decision</source>
            <translation>Ändringar sedan beslutet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="310" />
            <source>{name} ({cost} SEK)</source>
            <translation>{name} ({cost} kr)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="339" />
            <source>Chosen: {count}, together {cost} SEK</source>
            <translation>Valda: {count}, sammanlagt {cost} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="343" />
            <source>Chosen: {count}, together {cost} SEK of the budget {budget} SEK</source>
            <translation>Valda: {count}, sammanlagt {cost} kr av budgeten {budget} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="364" />
            <source>Save the project first</source>
            <translation>Spara projektet först</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="366" />
            <source>A decision is kept in the project file (.diva), and this project has none yet. Save it as a project now?</source>
            <translation>Ett beslut sparas i projektfilen (.diva), och det här projektet har ingen ännu. Vill du spara det som ett projekt nu?</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="378" />
            <source>Save project as</source>
            <translation>Spara projektet som</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="378" />
            <source>DIVÄ project (*.diva)</source>
            <translation>DIVÄ-projekt (*.diva)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="389" />
            <source>Cannot save the project</source>
            <translation>Projektet kan inte sparas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="391" />
            <source>The project could not be saved to ‘{file}’; no decision was recorded. Nothing is lost.</source>
            <translation>Projektet kunde inte sparas till ‘{file}’; inget beslut registrerades. Ingenting har gått förlorat.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="430" />
            <source>Cannot record the decision</source>
            <translation>Beslutet kan inte registreras</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="432" />
            <source>The decision could not be written to ‘{file}’. The file and your model are unchanged; nothing is lost. Fix the cause below, or save the project elsewhere (File → Save as) and record the decision there.</source>
            <translation>Beslutet kunde inte skrivas till ‘{file}’. Filen och din modell är oförändrade; ingenting har gått förlorat. Åtgärda orsaken nedan, eller spara projektet någon annanstans (Arkiv → Spara som) och registrera beslutet där.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="469" />
            <source>The decisions cannot be read: {reason}</source>
            <translation>Besluten kan inte läsas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="473" />
            <source>Decisions are kept in the project file. Save the project as a .diva file to record one.</source>
            <translation>Beslut sparas i projektfilen. Spara projektet som en .diva-fil för att registrera ett.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="477" />
            <source>No decision recorded yet.</source>
            <translation>Inget beslut är registrerat ännu.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="520" />
            <source>The decided version cannot be read: {reason}</source>
            <translation>Den fastställda modellversionen kan inte läsas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="548" />
            <source>Nothing has changed since the decision.</source>
            <translation>Ingenting har ändrats sedan beslutet.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="551" />
            <source>This decision recorded no decided investments.</source>
            <translation>Det här beslutet registrerade inga beslutade investeringar.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="553" />
            <source>Checking the decided portfolio under the current model…</source>
            <translation>Kontrollerar den beslutade portföljen mot den aktuella modellen…</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="574" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="753" />
            <source>The current model cannot be valued: {reason}</source>
            <translation>Den aktuella modellen kan inte värderas: {reason}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="579" />
            <source>Decided by: {body}</source>
            <translation>Beslutat av: {body}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="580" />
            <source>Decision date: {date}</source>
            <translation>Beslutsdatum: {date}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="581" />
            <source>Reference: {reference}</source>
            <translation>Referens: {reference}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="582" />
            <source>Recorded: {time}</source>
            <translation>Registrerat: {time}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="586" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="605" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="624" />
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="761" />
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="587" />
            <source>Decided investments: {names}</source>
            <translation>Beslutade investeringar: {names}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="589" />
            <source>Note: {note}</source>
            <translation>Anteckning: {note}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="596" />
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="609" />
            <source>no statements</source>
            <translation>inga preferensuttalanden</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="610" />
            <source>point weights</source>
            <translation>fasta vikter</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="611" />
            <source>ranking</source>
            <translation>rangordning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="612" />
            <source>CAR steps</source>
            <translation>CAR-steg</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="613" />
            <source>intervals</source>
            <translation>intervall</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="614" />
            <source>swing</source>
            <translation>swingviktning</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="625" />
            <source>the top level</source>
            <translation>översta nivån</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="628" />
            <source>Investment added: {name}</source>
            <translation>Investering tillagd: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="629" />
            <source>Investment removed: {name}</source>
            <translation>Investering borttagen: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="631" />
            <source>Investment renamed: ‘{before}’ → ‘{after}’</source>
            <translation>Investering har bytt namn: ‘{before}’ → ‘{after}’</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="636" />
            <source>Do-nothing alternative: {before} → {after}</source>
            <translation>Nollalternativ: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="640" />
            <source>Criterion added: {name}</source>
            <translation>Kriterium tillagt: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="641" />
            <source>Criterion removed: {name}</source>
            <translation>Kriterium borttaget: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="643" />
            <source>Criterion renamed: ‘{before}’ → ‘{after}’</source>
            <translation>Kriterium har bytt namn: ‘{before}’ → ‘{after}’</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="647" />
            <source>Criterion moved: {name} from {before} to {after}</source>
            <translation>Kriterium flyttat: {name} från {before} till {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="652" />
            <source>Scale changed: {name}</source>
            <translation>Skalan ändrad: {name}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="654" />
            <source>Score of {alternative} on {criterion}: {before} → {after}</source>
            <translation>Bedömning av {alternative} på {criterion}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="663" />
            <source>Weights of {node} changed ({before} → {after})</source>
            <translation>Vikterna under {node} ändrade ({before} → {after})</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="670" />
            <source>Cost of {alternative}: {before} → {after} SEK</source>
            <translation>Kostnad för {alternative}: {before} → {after} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="672" />
            <source>Use of {resource} by {alternative}: {before} → {after}</source>
            <translation>Användning av {resource} för {alternative}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="683" />
            <source>Budget: {before} → {after} SEK</source>
            <translation>Budget: {before} → {after} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="685" />
            <source>Limit of {resource}: {before} → {after}</source>
            <translation>Gräns för {resource}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="690" />
            <source>The mandatory investments changed</source>
            <translation>De obligatoriska investeringarna har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="691" />
            <source>The excluded investments changed</source>
            <translation>De uteslutna investeringarna har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="692" />
            <source>The ‘requires’ constraints changed</source>
            <translation>Villkoren ‘kräver’ har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="693" />
            <source>The ‘at most one of’ groups changed</source>
            <translation>Grupperna ‘högst en av’ har ändrats</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="697" />
            <source>the project information</source>
            <translation>projektinformationen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="698" />
            <source>the documents</source>
            <translation>dokumenten</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="699" />
            <source>the goals</source>
            <translation>målen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="700" />
            <source>other details of the criteria</source>
            <translation>andra uppgifter om kriterierna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="701" />
            <source>other details of the investments</source>
            <translation>andra uppgifter om investeringarna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="702" />
            <source>the rationales of scores</source>
            <translation>motiveringar till bedömningar</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="703" />
            <source>the weights</source>
            <translation>vikterna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="704" />
            <source>the participants</source>
            <translation>deltagarna</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="705" />
            <source>the portfolio constraints</source>
            <translation>portföljens villkor</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="706" />
            <source>the follow-up</source>
            <translation>uppföljningen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="710" />
            <source>Also changed: {parts}</source>
            <translation>Dessutom ändrat: {parts}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="720" />
            <source>‘{name}’ is no longer in the model</source>
            <translation>‘{name}’ finns inte längre i modellen</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="722" />
            <source>‘{name}’ is the do-nothing alternative</source>
            <translation>‘{name}’ är nollalternativet</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="724" />
            <source>the cost {total} SEK exceeds the budget {limit} SEK</source>
            <translation>kostnaden {total} kr överskrider budgeten {limit} kr</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="728" />
            <source>the use of {resource}, {total}, exceeds the limit {limit}</source>
            <translation>användningen av {resource}, {total}, överskrider gränsen {limit}</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="732" />
            <source>the mandatory ‘{name}’ is not included</source>
            <translation>den obligatoriska ‘{name}’ är inte med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="734" />
            <source>the excluded ‘{name}’ is included</source>
            <translation>den uteslutna ‘{name}’ är med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="736" />
            <source>‘{name}’ requires ‘{required}’, which is not included</source>
            <translation>‘{name}’ kräver ‘{required}’, som inte är med</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="741" />
            <source>at most one of {names} may be chosen</source>
            <translation>högst en av {names} får väljas</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="748" />
            <source>✔ Still feasible under the current budget and constraints.</source>
            <translation>✔ Fortfarande genomförbar inom nuvarande budget och villkor.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="751" />
            <source>✘ No longer feasible: {reasons}.</source>
            <translation>✘ Inte längre genomförbar: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="756" />
            <source>✔ Still the focal optimum (value {value}).</source>
            <translation>✔ Fortfarande optimum vid representativa vikter (värde {value}).</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="764" />
            <source>✘ No longer the focal optimum: value {value}; the optimum {best} is {optimum}.</source>
            <translation>✘ Inte längre optimum vid representativa vikter: värde {value}; optimum {best} är {optimum}.</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="791" />
            <source>Export decided version</source>
            <translation>Exportera fastställd modellversion</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="793" />
            <source>JSON model (*.json)</source>
            <translation>JSON-modell (*.json)</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="806" />
            <source>Cannot export</source>
            <translation>Kan inte exportera</translation>
        </message>
        <message>
            <location filename="../../diva_desktop/ui/panels/decision_panel.py" line="808" />
            <source>‘{file}’ could not be written. Choose another folder or free some disk space.</source>
            <translation>‘{file}’ kunde inte skrivas. Välj en annan mapp eller frigör diskutrymme.</translation>
        </message>
    </context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CriteriaLinkModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="388" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="389" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="501" />
        <source>No goal anchors this criterion yet.</source>
        <translation>Inget mål förankrar kriteriet ännu.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="48" />
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="49" />
        <source>strategy</source>
        <translation>strategi</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="50" />
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="51" />
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="52" />
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="53" />
        <source>guideline</source>
        <translation>riktlinje</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="54" />
        <source>budget</source>
        <translation>budget</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="207" />
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Föregående sida (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="208" />
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="212" />
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="220" />
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="217" />
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Nästa sida (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="218" />
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="229" />
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="231" />
        <source>Search the document</source>
        <translation>Sök i dokumentet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="236" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Föregående träff (Skift+F3)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="240" />
        <source>Next hit (F3)</source>
        <translation>Nästa träff (F3)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="251" />
        <source>Page text</source>
        <translation>Sidans text</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="302" />
        <source>of {count}</source>
        <translation>av {count}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="391" />
        <source>no hits</source>
        <translation>inga träffar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="393" />
        <source>{count} hits</source>
        <translation>{count} träffar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="396" />
        <source>{index} of {count}</source>
        <translation>{index} av {count}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="438" />
        <source>Cannot read {file}.</source>
        <translation>Det går inte att läsa {file}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="442" />
        <source>{file} is empty: it contains no text.</source>
        <translation>{file} är tom: den innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="446" />
        <source>{file} contains no text.</source>
        <translation>{file} innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="450" />
        <source>{file} has no text layer: its pages are images, probably from a scanner. Run text recognition (OCR) on it, or ask for the original document, and import it again. Nothing was imported.</source>
        <translation>{file} saknar textlager: sidorna är bilder, troligen från en skanner. Kör textigenkänning (OCR) på filen eller be om originaldokumentet och importera igen. Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="454" />
        <source>{file} is protected with a password, so its text cannot be read. Save or ask for a copy without password protection and import that.</source>
        <translation>{file} är lösenordsskyddad, så texten kan inte läsas. Spara eller be om en kopia utan lösenordsskydd och importera den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="458" />
        <source>{file} is incomplete (truncated): the end of the file is missing. Copy or download it again.</source>
        <translation>{file} är ofullständig (avkortad): slutet av filen saknas. Kopiera eller ladda ned den igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="462" />
        <source>{file} is damaged and cannot be read. Export it again from the program that made it, or ask for a new copy.</source>
        <translation>{file} är skadad och kan inte läsas. Exportera den igen från programmet som skapade den, eller be om en ny kopia.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="466" />
        <source>{file} cannot be imported: import a PDF, a Word document (.docx), a text file (.txt), Markdown (.md) or a web page (.html).</source>
        <translation>{file} kan inte importeras: importera en PDF, ett Word-dokument (.docx), en textfil (.txt), Markdown (.md) eller en webbsida (.html).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="470" />
        <source>{file} is not what its name says. Save it again in the right format and import that.</source>
        <translation>{file} är inte vad filnamnet säger. Spara den igen i rätt format och importera den.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="474" />
        <source>{file} is not a text file.</source>
        <translation>{file} är ingen textfil.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="478" />
        <source>{file} could not be read because of an error in the program.</source>
        <translation>{file} kunde inte läsas på grund av ett fel i programmet.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="482" />
        <source>The name of {file} does not match its content; it was read as what it is.</source>
        <translation>Namnet på {file} stämmer inte med innehållet; filen lästes som det den är.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="486" />
        <source>{file} is not UTF-8; it was read as Windows-1252. Check that å, ä and ö look right.</source>
        <translation>{file} är inte UTF-8; den lästes som Windows-1252. Kontrollera att å, ä och ö ser rätt ut.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="490" />
        <source>Some pages of {file} have no text layer (scanned images?) and are empty: {pages}.</source>
        <translation>Några sidor i {file} saknar textlager (skannade bilder?) och är tomma: {pages}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="494" />
        <source>Some pages of {file} could not be read and are empty: {pages}.</source>
        <translation>Några sidor i {file} kunde inte läsas och är tomma: {pages}.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="498" />
        <source>Repeated page headers and footers were removed: {lines}</source>
        <translation>Återkommande sidhuvuden och sidfötter togs bort: {lines}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="546" />
        <source>&amp;Import document…</source>
        <translation>&amp;Importera dokument…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="547" />
        <source>Import a steering document: PDF, Word (.docx), text, Markdown or HTML</source>
        <translation>Importera ett styrdokument: PDF, Word (.docx), text, Markdown eller HTML</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="549" />
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="550" />
        <source>Remove the document and the goals quoted from it</source>
        <translation>Ta bort dokumentet och målen som citerats ur det</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="564" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="590" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="594" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="602" />
        <source>e.g. KF (kommunfullmäktige)</source>
        <translation>t.ex. KF (kommunfullmäktige)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="604" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="606" />
        <source>e.g. § 142, dnr KS 2024/0871</source>
        <translation>t.ex. § 142, dnr KS 2024/0871</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="608" />
        <source>e.g. 2025–2028, until further notice</source>
        <translation>t.ex. 2025–2028, tills vidare</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="609" />
        <source>The period the document applies to, as the document states it</source>
        <translation>Den period dokumentet gäller, så som dokumentet anger den</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="612" />
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="613" />
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="614" />
        <source>Decided &amp;by</source>
        <translation>&amp;Beslutat av</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="615" />
        <source>Decision &amp;date</source>
        <translation>Besluts&amp;datum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="616" />
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="617" />
        <source>Va&amp;lidity</source>
        <translation>Gi&amp;ltighetstid</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="618" />
        <source>Imported from</source>
        <translation>Importerat från</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="634" />
        <source>Make &amp;goal from selection</source>
        <translation>Gör &amp;mål av markeringen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="635" />
        <source>Quote the selected passage as a goal of this document</source>
        <translation>Citera det markerade stycket som ett mål i dokumentet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="638" />
        <source>Plain-language paraphrase of the goal (optional)</source>
        <translation>Målet på klarspråk (valfritt)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="639" />
        <source>Plain-language paraphrase</source>
        <translation>Klarspråk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="729" />
        <source>Write the date as YYYY-MM-DD, e.g. 2024-11-18.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-11-18.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="746" />
        <source>Remove ‘{title}’?</source>
        <translation>Ta bort ‘{title}’?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="748" />
        <source>Its {count} goal(s) and their links to criteria are removed too.</source>
        <translation>Dess {count} mål och deras kopplingar till kriterier tas också bort.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="751" />
        <source>Remove document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="781" />
        <source>Goal {id}, page {page}: “{quote}”</source>
        <translation>Mål {id}, sida {page}: ”{quote}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="839" />
        <source>Import steering document</source>
        <translation>Importera styrdokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="841" />
        <source>Steering documents ({patterns});;All files (*)</source>
        <translation>Styrdokument ({patterns});;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="857" />
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="893" />
        <source>Imported {file}: {pages} page(s), {headings} heading(s). {count} suggested goal(s) are waiting in the Goals step.</source>
        <translation>Importerade {file}: {pages} sida/sidor, {headings} rubrik(er). {count} föreslagna mål väntar i steget Mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="908" />
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/documents_panel.py" line="917" />
        <source>The import of {file} was cancelled; nothing was added.</source>
        <translation>Importen av {file} avbröts; ingenting lades till.</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="38" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="39" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="40" />
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="41" />
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="42" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="43" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/documents_model.py" line="44" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>GoalClarity</name>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="61" />
        <source>no measure</source>
        <translation>inget mått</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="62" />
        <source>no target value</source>
        <translation>inget målvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="63" />
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="87" />
        <source>vague</source>
        <translation>vagt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="88" />
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="97" />
        <source>operational</source>
        <translation>mätbart</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="96" />
        <source>operational ({missing})</source>
        <translation>mätbart ({missing})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="98" />
        <source>vague: {missing}</source>
        <translation>vagt: {missing}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="215" />
        <source>Ask for an operational criterion: a measure, a target value and a date.</source>
        <translation>Be om ett mätbart kriterium: ett mått, ett målvärde och ett datum.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="115" />
        <source>Goals and criteria</source>
        <translation>Mål och kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="116" />
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="117" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="385" />
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="118" />
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="128" />
        <source>Drag goals onto a criterion to link them; a goal may serve several criteria.</source>
        <translation>Dra mål till ett kriterium för att koppla dem; ett mål kan höra till flera kriterier.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="144" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="310" />
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="158" />
        <source>&amp;Remove goal</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="167" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="173" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="310" />
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="179" />
        <source>&amp;Link selected goals</source>
        <translation>&amp;Koppla markerade mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="181" />
        <source>&amp;Unlink</source>
        <translation>Koppla &amp;bort</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="182" />
        <source>Remove the selected goals from the selected criterion</source>
        <translation>Ta bort de markerade målen från det markerade kriteriet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="204" />
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="222" />
        <source>Suggested goals</source>
        <translation>Föreslagna mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="232" />
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="233" />
        <source>Make the selected suggestions goals</source>
        <translation>Gör de markerade förslagen till mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="235" />
        <source>Re&amp;ject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="236" />
        <source>Hide the selected suggestions</source>
        <translation>Dölj de markerade förslagen</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="242" />
        <source>Edit before accepting</source>
        <translation>Redigera innan du godtar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="245" />
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="246" />
        <source>Select a suggestion; trim the quote to the passage that states the goal</source>
        <translation>Markera ett förslag; korta citatet till det stycke som uttrycker målet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="250" />
        <source>Plain-language paraphrase (optional)</source>
        <translation>Klarspråk (valfritt)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="251" />
        <source>Plain-language paraphrase</source>
        <translation>Klarspråk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="252" />
        <source>Accept &amp;edited</source>
        <translation>Godta &amp;redigerat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="273" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="276" />
        <source>Goals that no criterion serves</source>
        <translation>Mål som inget kriterium tillgodoser</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="280" />
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="283" />
        <source>Leaf criteria that no goal anchors</source>
        <translation>Delkriterier som inget mål förankrar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="295" />
        <source>Section &amp;level</source>
        <translation>Avsnitts&amp;nivå</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="298" />
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="300" />
        <source>The heading level whose sections are compared; automatic spreads the goals the most</source>
        <translation>Rubriknivån vars avsnitt jämförs; automatisk sprider målen mest</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="310" />
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="310" />
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="310" />
        <source>Served by criteria</source>
        <translation>Tillgodosedda av kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="315" />
        <source>Balance across sections</source>
        <translation>Balans mellan avsnitten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="356" />
        <source>{served} of {goals} goal(s) are served by a criterion; {anchored} of {leaves} leaf criteria are anchored in a goal.</source>
        <translation>{served} av {goals} mål tillgodoses av ett kriterium; {anchored} av {leaves} delkriterier är förankrade i ett mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="371" />
        <source>None: every goal is served.</source>
        <translation>Inga: varje mål tillgodoses.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="378" />
        <source>None: every leaf criterion is anchored.</source>
        <translation>Inga: varje delkriterium är förankrat.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="383" />
        <source>Coverage ({gaps})</source>
        <translation>Täckning ({gaps})</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="399" />
        <source>(before the first heading)</source>
        <translation>(före första rubriken)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="412" />
        <source>{served} of {goals}</source>
        <translation>{served} av {goals}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="414" />
        <source>no goals</source>
        <translation>inga mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="487" />
        <source>Remove {count} goal(s)?</source>
        <translation>Ta bort {count} mål?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="489" />
        <source>Their links to criteria are removed too.</source>
        <translation>Deras kopplingar till kriterier tas också bort.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="492" />
        <source>Remove goals</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="502" />
        <source>Remove {count} goal(s)</source>
        <translation>Ta bort {count} mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="515" />
        <source>&lt;b&gt;{name}&lt;/b&gt; serves:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; tillgodoser:</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="519" />
        <source>&lt;b&gt;{name}&lt;/b&gt; serves no goal of its own.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; har inga egna mål.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="551" />
        <source>Import a document to get suggestions.</source>
        <translation>Importera ett dokument för att få förslag.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="554" />
        <source>{count} suggestion(s), best first; {vague} vague (no measure or no target).</source>
        <translation>{count} förslag, bäst först; {vague} vaga (inget mått eller inget målvärde).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="601" />
        <source>Note: this text is not a passage of the document; it is kept as written.</source>
        <translation>Obs! Texten är inget stycke ur dokumentet; den sparas som den är skriven.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/goals_panel.py" line="613" />
        <source>Add {count} goals</source>
        <translation>Lägg till {count} mål</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="52" />
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="53" />
        <source>Plain language</source>
        <translation>Klarspråk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="54" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="55" />
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="56" />
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="57" />
        <source>Operational?</source>
        <translation>Mätbart?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="205" />
        <source>— none —</source>
        <translation>— inga —</translation>
    </message>
</context>
<context>
    <name>SuggestionReason</name>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="67" />
        <source>goal wording ‘{detail}’</source>
        <translation>målformulering ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="68" />
        <source>states a goal: ‘{detail}’</source>
        <translation>anger ett mål: ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="69" />
        <source>date ‘{detail}’</source>
        <translation>datum ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="70" />
        <source>value ‘{detail}’</source>
        <translation>värde ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="71" />
        <source>direction ‘{detail}’</source>
        <translation>riktning ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="72" />
        <source>under ‘{detail}’</source>
        <translation>under ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="73" />
        <source>goal area under ‘{detail}’</source>
        <translation>målområde under ‘{detail}’</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="74" />
        <source>list item</source>
        <translation>punkt i en lista</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="75" />
        <source>row of a target table</source>
        <translation>rad i en måltabell</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="76" />
        <source>very short</source>
        <translation>mycket kort</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="77" />
        <source>very long</source>
        <translation>mycket lång</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="78" />
        <source>a question</source>
        <translation>en fråga</translation>
    </message>
</context>
<context>
    <name>SuggestionsTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="276" />
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="277" />
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="278" />
        <source>Suggested goal</source>
        <translation>Föreslaget mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="279" />
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="280" />
        <source>Operational?</source>
        <translation>Mätbart?</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/goals_model.py" line="368" />
        <source>Section: {section}</source>
        <translation>Avsnitt: {section}</translation>
    </message>
</context>
<context>
    <name>TraceTableModel</name>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="38" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="39" />
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="40" />
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="41" />
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="42" />
        <source>Plain language</source>
        <translation>Klarspråk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="43" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="44" />
        <source>Scored criterion</source>
        <translation>Bedömt kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="45" />
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="46" />
        <source>Score</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="47" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="48" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="49" />
        <source>Value low</source>
        <translation>Värde lägst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="50" />
        <source>Value high</source>
        <translation>Värde högst</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="51" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="52" />
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="53" />
        <source>Baseline date</source>
        <translation>Datum för utgångsvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="54" />
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="55" />
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="56" />
        <source>Indicator owner</source>
        <translation>Mätansvarig</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="136" />
        <source>value interval {low}–{high}</source>
        <translation>värdeintervall {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="148" />
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="168" />
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="164" />
        <source>— no criterion —</source>
        <translation>— inget kriterium —</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/models/trace_model.py" line="166" />
        <source>— no investment —</source>
        <translation>— ingen investering —</translation>
    </message>
</context>
<context>
    <name>TraceabilityPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="71" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="72" />
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="73" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="74" />
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="76" />
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="78" />
        <source>Filter by text</source>
        <translation>Filtrera på text</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="81" />
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="82" />
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="83" />
        <source>&amp;Criterion</source>
        <translation>&amp;Kriterium</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="84" />
        <source>&amp;Investment</source>
        <translation>&amp;Investering</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="91" />
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="109" />
        <source>Traceability matrix</source>
        <translation>Spårbarhetsmatris</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="131" />
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="133" />
        <source>Export &amp;Excel…</source>
        <translation>Exportera &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="143" />
        <source>Goals served by the in&amp;vestment</source>
        <translation>Mål som in&amp;vesteringen bidrar till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="154" />
        <source>Goals served by the investment</source>
        <translation>Mål som investeringen bidrar till</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="177" />
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="181" />
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="186" />
        <source>All criteria</source>
        <translation>Alla kriterier</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="188" />
        <source>All investments</source>
        <translation>Alla investeringar</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="236" />
        <source>{shown} of {total} rows</source>
        <translation>{shown} av {total} rader</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="252" />
        <source>traceability</source>
        <translation>spårbarhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="253" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="254" />
        <source>Export traceability matrix</source>
        <translation>Exportera spårbarhetsmatris</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="264" />
        <source>Traceability</source>
        <translation>Spårbarhet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="268" />
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="269" />
        <source>Cannot write {file}: {reason}</source>
        <translation>Det går inte att skriva {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="281" />
        <source>The project has no investments yet.</source>
        <translation>Projektet har inga investeringar ännu.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="287" />
        <source>compared with {reference}</source>
        <translation>jämfört med {reference}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="289" />
        <source>compared with the worst value</source>
        <translation>jämfört med sämsta värdet</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="293" />
        <source>This investment serves none of the goals ({basis}).</source>
        <translation>Investeringen bidrar inte till något av målen ({basis}).</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="298" />
        <source>This investment serves these goals ({basis}):</source>
        <translation>Investeringen bidrar till dessa mål ({basis}):</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="303" />
        <source>through</source>
        <translation>genom</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="304" />
        <source>“{quote}”</source>
        <translation>”{quote}”</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/traceability_panel.py" line="307" />
        <source>{document}, page {page}</source>
        <translation>{document}, sida {page}</translation>
    </message>
</context>
</TS>
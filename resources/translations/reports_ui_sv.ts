<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="158"/>
        <source>Residents (plain language)</source>
        <translation>Invånare (klarspråk)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="159"/>
        <source>Decision-makers (all results)</source>
        <translation>Beslutsfattare (alla resultat)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="161"/>
        <source>Audience of the report</source>
        <translation>Rapportens målgrupp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="165"/>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="166"/>
        <source>&amp;Audience</source>
        <translation>&amp;Målgrupp</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="166"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="172"/>
        <source>Export &amp;HTML…</source>
        <translation>Exportera &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="173"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="179"/>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="184"/>
        <source>Report preview</source>
        <translation>Förhandsvisning av rapporten</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="188"/>
        <source>The preview shows the report’s content; the exported HTML and PDF files lay it out for reading and printing (A4), so spacing and fonts differ a little.</source>
        <translation>Förhandsvisningen visar rapportens innehåll; de exporterade HTML- och PDF-filerna är formgivna för läsning och utskrift (A4), så avstånd och typsnitt skiljer sig något.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="279"/>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="364"/>
        <source>The report cannot be made: {problems}</source>
        <translation>Rapporten kan inte tas fram: {problems}</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="295"/>
        <source>Computing the analyses for the report…</source>
        <translation>Beräknar analyserna för rapporten…</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="299"/>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="392"/>
        <source>Add criteria and alternatives to make a report.</source>
        <translation>Lägg till kriterier och alternativ för att ta fram en rapport.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="302"/>
        <source>Out of date: the project has changed. Press Update, or export to compute it again.</source>
        <translation>Inaktuell: projektet har ändrats. Tryck på Uppdatera, eller exportera så beräknas den på nytt.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="306"/>
        <source>Press Update to make the report.</source>
        <translation>Tryck på Uppdatera för att ta fram rapporten.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="309"/>
        <source>Up to date. SMAA with {samples} samples and seed {seed}, as ‘diva report’.</source>
        <translation>Aktuell. SMAA med {samples} dragningar och frö {seed}, som ‘diva report’.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="378"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="380"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="380"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="381"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="391"/>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="400"/>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="410"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="402"/>
        <source>Cannot write {file}: the font DejaVu Sans is missing ({reason}). Reinstall DIVÄ Desktop, or install DejaVu Sans, and export again.</source>
        <translation>Kan inte skriva {file}: typsnittet DejaVu Sans saknas ({reason}). Installera om DIVÄ Desktop, eller installera DejaVu Sans, och exportera igen.</translation>
    </message>
    <message>
        <location filename="../../diva_desktop/ui/panels/reports_panel.py" line="412"/>
        <source>Cannot write {file}: {reason}. Choose a folder where you may save files and that has free space, or close the file if another program has it open.</source>
        <translation>Kan inte skriva {file}: {reason}. Välj en mapp där du får spara filer och där det finns ledigt utrymme, eller stäng filen om ett annat program har den öppen.</translation>
    </message>
</context>
</TS>

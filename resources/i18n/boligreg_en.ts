<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>FactsheetSection</name>
        <message>
            <source>Boligsosiale faktaark</source>
            <translation>Social housing fact sheets</translation>
        </message>
        <message>
            <source>Ett faktaark per bydel og ett for hele Oslo, som PDF klar til trykk.</source>
            <translation>One fact sheet per district and one for the whole of Oslo, as print-ready PDFs.</translation>
        </message>
        <message>
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Grunnlag</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Faktaark</source>
            <translation>Fact sheets</translation>
        </message>
        <message>
            <source>Velg alle</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>Velg ingen</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>Lagre PDF …</source>
            <translation>Save PDF …</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <source>Lagre som tilgjengelig HTML …</source>
            <translation>Save as accessible HTML …</translation>
        </message>
        <message>
            <source>Den tilgjengelige utgaven (universell utforming): samme tall som PDF-en, som én HTML-fil per ark for skjermlesere og forstørring.</source>
            <translation>The accessible edition (universal design): the same figures as the PDF, as one HTML file per sheet for screen readers and magnification.</translation>
        </message>
        <message>
            <source>Klikk et ark for å se det. Huk av arkene som skal lagres eller skrives ut.</source>
            <translation>Click a sheet to view it. Tick the sheets to save or print.</translation>
        </message>
        <message>
            <source>Publiser faktaark …</source>
            <translation>Publish fact sheets …</translation>
        </message>
        <message>
            <source>Fryser årets 16 faktaark slik registeret var registrert per 31.12: tallene og PDF-ene lagres i databasen og åpnes senere byte for byte like.</source>
            <translation>Freezes the year's 16 fact sheets as the register stood on 31.12: the figures and PDFs are stored in the database and later open byte for byte the same.</translation>
        </message>
        <message>
            <source>Publiserte utgaver</source>
            <translation>Published editions</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Åpne arket slik det ble publisert i denne utgaven</source>
            <translation>Open the sheet as it was published in this edition</translation>
        </message>
        <message>
            <source>Lagre …</source>
            <translation>Save …</translation>
        </message>
        <message>
            <source>Lagre arket slik det ble publisert (byte for byte)</source>
            <translation>Save the sheet as it was published (byte for byte)</translation>
        </message>
        <message>
            <source>Publiser faktaark for {year} …</source>
            <translation>Publish fact sheets for {year} …</translation>
        </message>
        <message>
            <source>første utgave</source>
            <translation>first edition</translation>
        </message>
        <message>
            <source>1 ark endret</source>
            <translation>1 sheet changed</translation>
        </message>
        <message>
            <source>{n} ark endret</source>
            <translation>{n} sheets changed</translation>
        </message>
        <message>
            <source>Utgave {edition} – {changed}</source>
            <translation>Edition {edition} – {changed}</translation>
        </message>
        <message>
            <source>{n} ark, registeret per {date}</source>
            <translation>{n} sheets, register as at {date}</translation>
        </message>
        <message>
            <source>{n} ark</source>
            <translation>{n} sheets</translation>
        </message>
        <message>
            <source>Oslo</source>
            <translation>Oslo</translation>
        </message>
        <message>
            <source>Faktaarkene for {year} er ikke publisert ennå.</source>
            <translation>The fact sheets for {year} have not been published yet.</translation>
        </message>
        <message>
            <source>registrert per {date}</source>
            <translation>as registered on {date}</translation>
        </message>
        <message>
            <source>Utgave {edition} ({when}), publisert {moment} av {user}.</source>
            <translation>Edition {edition} ({when}), published {moment} by {user}.</translation>
        </message>
        <message>
            <source>Revidert utgave – {changed} av {sheets} ark endret fra utgave {previous}.</source>
            <translation>Revised edition – {changed} of {sheets} sheets changed since edition {previous}.</translation>
        </message>
        <message>
            <source>Endret for {name}: {changes}.</source>
            <translation>Changed for {name}: {changes}.</translation>
        </message>
        <message>
            <source>Ingen av de oppførte tallene er endret for {name}.</source>
            <translation>None of the figures shown has changed for {name}.</translation>
        </message>
        <message>
            <source>en revidert utgave (utgave {number}); utgave {previous} beholdes og kan fortsatt åpnes</source>
            <translation>a revised edition (edition {number}); edition {previous} is kept and can still be opened</translation>
        </message>
        <message>
            <source>utgave {number}</source>
            <translation>edition {number}</translation>
        </message>
        <message>
            <source>Publiser faktaark for {year}</source>
            <translation>Publish fact sheets for {year}</translation>
        </message>
        <message>
            <source>Publisere de 16 faktaarkene for {year} slik registeret var registrert per 31.12.{year}?

Dette blir {kind}. Tallene og PDF-ene lagres i databasen og endres ikke etterpå, uansett hva som skjer i registeret.</source>
            <translation>Publish the 16 fact sheets for {year} as the register stood on 31.12.{year}?

This will be {kind}. The figures and PDFs are stored in the database and never change afterwards, whatever happens in the register.</translation>
        </message>
        <message>
            <source>Publiser utgave {number}</source>
            <translation>Publish edition {number}</translation>
        </message>
        <message>
            <source>Publiserer faktaarkene for {year} …</source>
            <translation>Publishing the fact sheets for {year} …</translation>
        </message>
        <message>
            <source>Revidert utgave {edition} av faktaarkene for {year} er publisert.</source>
            <translation>Revised edition {edition} of the fact sheets for {year} has been published.</translation>
        </message>
        <message>
            <source>Utgave {edition} av faktaarkene for {year} er publisert.</source>
            <translation>Edition {edition} of the fact sheets for {year} has been published.</translation>
        </message>
        <message>
            <source>Publiserer faktaark for {year}</source>
            <translation>Publishing fact sheets for {year}</translation>
        </message>
        <message>
            <source>Åpne publisert faktaark</source>
            <translation>Open published fact sheet</translation>
        </message>
        <message>
            <source>Lagre publisert faktaark</source>
            <translation>Save published fact sheet</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Lagret {name} (utgave {edition})</source>
            <translation>Saved {name} (edition {edition})</translation>
        </message>
        <message>
            <source>Oslo (hele byen)</source>
            <translation>Oslo (whole city)</translation>
        </message>
        <message>
            <source>Lagre {n} PDF-er …</source>
            <translation>Save {n} PDFs …</translation>
        </message>
        <message>
            <source>Skriv ut {n} …</source>
            <translation>Print {n} …</translation>
        </message>
        <message>
            <source>Som registrert per 31.12.{year}</source>
            <translation>As registered on 31.12.{year}</translation>
        </message>
        <message>
            <source>Med senere rettelser</source>
            <translation>With later corrections</translation>
        </message>
        <message>
            <source>Som registrert: registeret slik det sto ved utgangen av 31.12.{year} — det som er registrert senere, er ikke med. Med senere rettelser: dagens register på datoen, med antallet poster som er endret siden.</source>
            <translation>As registered: the register as it stood at the end of 31.12.{year} — anything registered later is left out. With later corrections: today's register on that date, with the number of records changed since.</translation>
        </message>
        <message>
            <source>Dagens register</source>
            <translation>Today's register</translation>
        </message>
        <message>
            <source>Året er ikke over: arket teller registeret slik det står i dag.</source>
            <translation>The year is not over: the sheet counts the register as it stands today.</translation>
        </message>
        <message>
            <source>Lager forhåndsvisning …</source>
            <translation>Preparing preview …</translation>
        </message>
        <message>
            <source>Forhåndsvisning</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>1 side · A4</source>
            <translation>1 page · A4</translation>
        </message>
        <message>
            <source>{n} sider · A4</source>
            <translation>{n} pages · A4</translation>
        </message>
        <message>
            <source>Forhåndsvisningen kunne ikke lages</source>
            <translation>The preview could not be made</translation>
        </message>
        <message>
            <source>Tall per {date}.</source>
            <translation>Figures as at {date}.</translation>
        </message>
        <message>
            <source>Folketall per {date}.</source>
            <translation>Population as at {date}.</translation>
        </message>
        <message>
            <source>Folketall mangler.</source>
            <translation>Population figures missing.</translation>
        </message>
        <message>
            <source>Uten endring fra {year} (ikke noe øyeblikksbilde).</source>
            <translation>No change from {year} (no snapshot).</translation>
        </message>
        <message>
            <source>Ingen indikatorer importert for {year}.</source>
            <translation>No indicators imported for {year}.</translation>
        </message>
        <message>
            <source>Demodata: arkene merkes som syntetiske.</source>
            <translation>Demo data: the sheets are marked as synthetic.</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <source>Lagre faktaark</source>
            <translation>Save fact sheet</translation>
        </message>
        <message>
            <source>Velg mappe for faktaarkene</source>
            <translation>Choose a folder for the fact sheets</translation>
        </message>
        <message>
            <source>Erstatte faktaark?</source>
            <translation>Replace fact sheets?</translation>
        </message>
        <message>
            <source>{n} av faktaarkene finnes allerede i «{folder}». Vil du erstatte dem?</source>
            <translation>{n} of the fact sheets already exist in “{folder}”. Do you want to replace them?</translation>
        </message>
        <message>
            <source>Erstatt</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Henter tallene …</source>
            <translation>Fetching the figures …</translation>
        </message>
        <message>
            <source>Lagret {n} faktaark i {folder}</source>
            <translation>Saved {n} fact sheets in {folder}</translation>
        </message>
        <message>
            <source>Lagret {name}</source>
            <translation>Saved {name}</translation>
        </message>
        <message>
            <source>Lagrer faktaark</source>
            <translation>Saving fact sheets</translation>
        </message>
        <message>
            <source>Skriv ut faktaark</source>
            <translation>Print fact sheets</translation>
        </message>
        <message>
            <source>Klargjør {name} for utskrift …</source>
            <translation>Preparing {name} for printing …</translation>
        </message>
        <message>
            <source>Sendt 1 side til utskrift</source>
            <translation>Sent 1 page to the printer</translation>
        </message>
        <message>
            <source>Sendt {n} sider til utskrift</source>
            <translation>Sent {n} pages to the printer</translation>
        </message>
        <message>
            <source>Skriver ut faktaark</source>
            <translation>Printing fact sheets</translation>
        </message>
    </context>
    <context>
        <name>FindingGroupsModel</name>
        <message>
            <source>Alle avvik</source>
            <translation>All findings</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Regel og bydel</source>
            <translation>Rule and district</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Count</translation>
        </message>
    </context>
    <context>
        <name>FindingsSection</name>
        <message>
            <source>Bolig</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Bygg</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Tenancy</translation>
        </message>
        <message>
            <source>Åpne og under arbeid</source>
            <translation>Open and in progress</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Under arbeid</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Akseptert som unntak</source>
            <translation>Accepted as exception</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Alle alvorligheter</source>
            <translation>All severities</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Middels</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Lav</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Aksepter som unntak …</source>
            <translation>Accept as exception …</translation>
        </message>
        <message>
            <source>Gjenåpne</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Kjør kontroll</source>
            <translation>Run audit</translation>
        </message>
        <message>
            <source>Kjør alle kontrollreglene for bydelen som er valgt (eller hele Oslo). Kan avbrytes.</source>
            <translation>Run all audit rules for the selected district (or the whole of Oslo). Can be cancelled.</translation>
        </message>
        <message>
            <source>Eksporter til Excel …</source>
            <translation>Export to Excel …</translation>
        </message>
        <message>
            <source>Avviksrapport (PDF) …</source>
            <translation>Findings report (PDF) …</translation>
        </message>
        <message>
            <source>Søk i post og melding</source>
            <translation>Search record and message</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Åpne posten</source>
            <translation>Open record</translation>
        </message>
        <message>
            <source>Sett status for valgte:</source>
            <translation>Set status of selected:</translation>
        </message>
        <message>
            <source>Kontrollen er ikke kjørt ennå. Trykk «Kjør kontroll».</source>
            <translation>The audit has not been run yet. Press “Run audit”.</translation>
        </message>
        <message>
            <source>hele Oslo</source>
            <translation>the whole of Oslo</translation>
        </message>
        <message>
            <source>Siste kontroll {started} ({where}, {user}).</source>
            <translation>Last audit {started} ({where}, {user}).</translation>
        </message>
        <message>
            <source>ukjent</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{shown} av {total} avvik</source>
            <translation>{shown} of {total} findings</translation>
        </message>
        <message>
            <source>1 avvik</source>
            <translation>1 finding</translation>
        </message>
        <message>
            <source>{n} avvik</source>
            <translation>{n} findings</translation>
        </message>
        <message>
            <source>Velg et avvik for å se detaljer. Dobbeltklikk åpner posten; velg flere for å endre status samlet.</source>
            <translation>Select a finding to see its details. Double-click opens the record; select several to change their status together.</translation>
        </message>
        <message>
            <source>{n} avvik valgt.</source>
            <translation>{n} findings selected.</translation>
        </message>
        <message>
            <source>åpnet {first}, sist sett {last}</source>
            <translation>opened {first}, last seen {last}</translation>
        </message>
        <message>
            <source>Endrer status for {n} avvik</source>
            <translation>Changing the status of {n} findings</translation>
        </message>
        <message>
            <source>Endrer status</source>
            <translation>Changing status</translation>
        </message>
        <message>
            <source>Kontrollen feilet</source>
            <translation>The audit failed</translation>
        </message>
        <message>
            <source>Kjører kontroll</source>
            <translation>Running audit</translation>
        </message>
        <message>
            <source>Eksporter avvik</source>
            <translation>Export findings</translation>
        </message>
        <message>
            <source>avvik.xlsx</source>
            <translation>findings.xlsx</translation>
        </message>
        <message>
            <source>Excel-arbeidsbok (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Lagre avviksrapport</source>
            <translation>Save findings report</translation>
        </message>
        <message>
            <source>avviksrapport.pdf</source>
            <translation>findings-report.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Skriver Excel-fil</source>
            <translation>Writing Excel file</translation>
        </message>
        <message>
            <source>Eksporterer avvik</source>
            <translation>Exporting findings</translation>
        </message>
        <message>
            <source>Lager avviksrapport</source>
            <translation>Making findings report</translation>
        </message>
    </context>
    <context>
        <name>FindingsTableModel</name>
        <message>
            <source>Bydelen avviket er registrert på: der boligen eller bygget ligger, eller bydelen avtalen er registrert under (beliggenhet, ikke disponerende enhet)</source>
            <translation>The district the finding is registered to: where the dwelling or building is, or the district the agreement is registered under (location, not the allocating unit)</translation>
        </message>
        <message>
            <source>Alvor</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Åpnet</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Dager</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>ImportSection</name>
        <message>
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Ark</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Kolonner</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>Kontroll</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 row</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rows</translation>
        </message>
        <message>
            <source>1 kolonne</source>
            <translation>1 column</translation>
        </message>
        <message>
            <source>{n} kolonner</source>
            <translation>{n} columns</translation>
        </message>
        <message>
            <source>1 feil</source>
            <translation>1 error</translation>
        </message>
        <message>
            <source>{n} feil</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <source>1 felt endres</source>
            <translation>1 field changes</translation>
        </message>
        <message>
            <source>{n} felt endres</source>
            <translation>{n} fields change</translation>
        </message>
        <message>
            <source>1 ny bolig</source>
            <translation>1 new dwelling</translation>
        </message>
        <message>
            <source>{n} nye boliger</source>
            <translation>{n} new dwellings</translation>
        </message>
        <message>
            <source>1 ny avtale</source>
            <translation>1 new agreement</translation>
        </message>
        <message>
            <source>{n} nye avtaler</source>
            <translation>{n} new agreements</translation>
        </message>
        <message>
            <source>1 nytt bygg</source>
            <translation>1 new building</translation>
        </message>
        <message>
            <source>{n} nye bygg</source>
            <translation>{n} new buildings</translation>
        </message>
        <message>
            <source>1 nytt ansvar</source>
            <translation>1 new responsibility</translation>
        </message>
        <message>
            <source>{n} nye ansvar</source>
            <translation>{n} new responsibilities</translation>
        </message>
        <message>
            <source>1 feltendring</source>
            <translation>1 field change</translation>
        </message>
        <message>
            <source>{n} feltendringer</source>
            <translation>{n} field changes</translation>
        </message>
        <message>
            <source>Import av regneark</source>
            <translation>Spreadsheet import</translation>
        </message>
        <message>
            <source>Hent inn bydelens egne lister over boliger, avtaler og vedlikeholdsansvar. Alle rader kontrolleres før noe lagres.</source>
            <translation>Bring in the district's own lists of dwellings, agreements and maintenance responsibilities. Every row is checked before anything is saved.</translation>
        </message>
        <message>
            <source>Eksporter …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <source>‹ Tilbake</source>
            <translation>‹ Back</translation>
        </message>
        <message>
            <source>Neste ›</source>
            <translation>Next ›</translation>
        </message>
        <message>
            <source>Start på nytt</source>
            <translation>Start again</translation>
        </message>
        <message>
            <source>Import er slått av: registeret vises per {date} (kun lesing). Gå tilbake til i dag (banneret øverst) for å importere.</source>
            <translation>Import is switched off: the register is shown as at {date} (read only). Go back to today (the banner at the top) to import.</translation>
        </message>
        <message>
            <source>1. Velg regnearket</source>
            <translation>1. Choose the spreadsheet</translation>
        </message>
        <message>
            <source>Excel (.xlsx) eller CSV. Tegnsett (UTF-8, Windows-1252) og skilletegn (semikolon, komma, tabulator) finnes automatisk. Overskriftene kobles til feltene i registeret etter navn; du kan endre hver kobling i steg 3.</source>
            <translation>Excel (.xlsx) or CSV. The character set (UTF-8, Windows-1252) and separator (semicolon, comma, tab) are detected automatically. Headings are matched to the register's fields by name; you can change each match in step 3.</translation>
        </message>
        <message>
            <source>Ingen fil valgt</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Velg filen bydelen fører boligene i.</source>
            <translation>Choose the file the district keeps its dwellings in.</translation>
        </message>
        <message>
            <source>Velg fil …</source>
            <translation>Choose file …</translation>
        </message>
        <message>
            <source>Oppgitt i filen (kolonnen Bydel)</source>
            <translation>Given in the file (the Bydel column)</translation>
        </message>
        <message>
            <source>Rader uten bydel får denne; rader fra andre bydeler avvises.</source>
            <translation>Rows without a district get this one; rows from other districts are rejected.</translation>
        </message>
        <message>
            <source>Filen gjelder bydel:</source>
            <translation>The file is for district:</translation>
        </message>
        <message>
            <source>Ingen (kolonnene kobles etter overskrift)</source>
            <translation>None (columns are matched by heading)</translation>
        </message>
        <message>
            <source>Hent lagret kobling …</source>
            <translation>Load saved mapping …</translation>
        </message>
        <message>
            <source>Lagret kobling:</source>
            <translation>Saved mapping:</translation>
        </message>
        <message>
            <source>Personopplysninger importeres aldri: kolonner med navn, fødselsnummer eller kontaktopplysninger om leietakere blir stående igjen i filen.</source>
            <translation>Personal data is never imported: columns with tenants' names, national identity numbers or contact details stay behind in the file.</translation>
        </message>
        <message>
            <source>2. Velg arket</source>
            <translation>2. Choose the sheet</translation>
        </message>
        <message>
            <source>Ett ark med én rad per bolig. Overskriftsraden finnes selv om det står en tittel over den.</source>
            <translation>One sheet with one row per dwelling. The heading row is found even if there is a title above it.</translation>
        </message>
        <message>
            <source>3. Koble kolonnene til feltene</source>
            <translation>3. Match the columns to the fields</translation>
        </message>
        <message>
            <source>Sjekk særlig radene merket «gjetning». Velg «– ikke importer –» for kolonner som ikke skal inn. Bruksenhetsnummer, adresse, postnummer og bydel må være med.</source>
            <translation>Check especially the rows marked “guess”. Choose “– do not import –” for columns that should not come in. Unit number, address, postcode and district are required.</translation>
        </message>
        <message>
            <source>Lagre koblingen …</source>
            <translation>Save mapping …</translation>
        </message>
        <message>
            <source>De første {n} radene i filen, med feltet hver kolonne går til:</source>
            <translation>The first {n} rows of the file, with the field each column goes to:</translation>
        </message>
        <message>
            <source>4. Kontroll av alle rader</source>
            <translation>4. Check all rows</translation>
        </message>
        <message>
            <source>Ingenting er lagret ennå. Klikk på en feil for å se raden i filen; rett filen og les den inn på nytt, eller hopp over radene med feil.</source>
            <translation>Nothing has been saved yet. Click an error to see its row in the file; correct the file and read it in again, or skip the rows with errors.</translation>
        </message>
        <message>
            <source>rader med data</source>
            <translation>rows with data</translation>
        </message>
        <message>
            <source>nye boliger</source>
            <translation>new dwellings</translation>
        </message>
        <message>
            <source>boliger endres</source>
            <translation>dwellings change</translation>
        </message>
        <message>
            <source>uendret</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>feil</source>
            <translation>errors</translation>
        </message>
        <message>
            <source>Hopp over radene med feil og lagre resten</source>
            <translation>Skip the rows with errors and save the rest</translation>
        </message>
        <message>
            <source>Lagre feilrapport …</source>
            <translation>Save error report …</translation>
        </message>
        <message>
            <source>5. Lagre i registeret</source>
            <translation>5. Save to the register</translation>
        </message>
        <message>
            <source>Alt lagres i én operasjon: blir importen avbrutt, lagres ingenting. Hver ny post og hver endring føres i endringsloggen.</source>
            <translation>Everything is saved in one operation: if the import is interrupted, nothing is saved. Every new record and every change is entered in the change log.</translation>
        </message>
        <message>
            <source>Lagre i databasen</source>
            <translation>Save to the database</translation>
        </message>
        <message>
            <source>Ny import</source>
            <translation>New import</translation>
        </message>
        <message>
            <source>Kontroller alle rader ›</source>
            <translation>Check all rows ›</translation>
        </message>
        <message>
            <source>Velg regneark</source>
            <translation>Choose spreadsheet</translation>
        </message>
        <message>
            <source>Regneark (*.xlsx *.xlsm *.xls *.csv *.txt);;Alle filer (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Leser {name}</source>
            <translation>Reading {name}</translation>
        </message>
        <message>
            <source>Leser filen</source>
            <translation>Reading the file</translation>
        </message>
        <message>
            <source>{rows} under overskriften er ikke data (sum, tom, gjentatt overskrift, merknad) og hoppes over.</source>
            <translation>{rows} below the heading are not data (total, empty, repeated heading, note) and are skipped.</translation>
        </message>
        <message>
            <source>{file}. {rows} under overskriften på rad {row}. {notes}</source>
            <translation>{file}. {rows} below the heading on row {row}. {notes}</translation>
        </message>
        <message>
            <source>Ark «{sheet}»: {rows}, {columns}, overskrift på rad {row}. {notes}</source>
            <translation>Sheet “{sheet}”: {rows}, {columns}, heading on row {row}. {notes}</translation>
        </message>
        <message>
            <source>Kan ikke lese filen</source>
            <translation>Cannot read the file</translation>
        </message>
        <message>
            <source>Hent lagret kobling</source>
            <translation>Load saved mapping</translation>
        </message>
        <message>
            <source>Kobling (*.json);;Alle filer (*)</source>
            <translation>Mapping (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Kan ikke bruke koblingen</source>
            <translation>Cannot use the mapping</translation>
        </message>
        <message>
            <source>– ikke importer –</source>
            <translation>– do not import –</translation>
        </message>
        <message>
            <source>Personopplysning – importeres ikke</source>
            <translation>Personal data – not imported</translation>
        </message>
        <message>
            <source>Kan ikke koble kolonnen</source>
            <translation>Cannot match the column</translation>
        </message>
        <message>
            <source>ikke importert</source>
            <translation>not imported</translation>
        </message>
        <message>
            <source>{mapped} av {columns} koblet</source>
            <translation>{mapped} of {columns} matched</translation>
        </message>
        <message>
            <source>1 gjetning bør sjekkes</source>
            <translation>1 guess should be checked</translation>
        </message>
        <message>
            <source>{n} gjetninger bør sjekkes</source>
            <translation>{n} guesses should be checked</translation>
        </message>
        <message>
            <source>{n} med personopplysninger blir ikke importert</source>
            <translation>{n} with personal data will not be imported</translation>
        </message>
        <message>
            <source>Lagre koblingen</source>
            <translation>Save mapping</translation>
        </message>
        <message>
            <source>Kobling (*.json)</source>
            <translation>Mapping (*.json)</translation>
        </message>
        <message>
            <source>Kan ikke lagre koblingen</source>
            <translation>Cannot save the mapping</translation>
        </message>
        <message>
            <source>Kontrollerer radene</source>
            <translation>Checking the rows</translation>
        </message>
        <message>
            <source>Gå tilbake til steg 3.</source>
            <translation>Go back to step 3.</translation>
        </message>
        <message>
            <source>{errors} i {rows} av {total}. Ingenting lagres før feilene er rettet — eller kryss av for å hoppe over radene med feil.</source>
            <translation>{errors} in {rows} of {total}. Nothing is saved until the errors are corrected — or tick the box to skip the rows with errors.</translation>
        </message>
        <message>
            <source>Raden er i orden.</source>
            <translation>The row is in order.</translation>
        </message>
        <message>
            <source>Alle {n} rader er i orden.</source>
            <translation>All {n} rows are in order.</translation>
        </message>
        <message>
            <source>{every} {changes} i eksisterende poster.</source>
            <translation>{every} {changes} in existing records.</translation>
        </message>
        <message>
            <source>Hoppet over {rows} som ikke er data (ikke feil): {shown}.</source>
            <translation>Skipped {rows} that are not data (not errors): {shown}.</translation>
        </message>
        <message>
            <source>Lagre feilrapport</source>
            <translation>Save error report</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Kan ikke lagre feilrapporten</source>
            <translation>Cannot save the error report</translation>
        </message>
        <message>
            <source>Klar til å lagre {rows} fra «{file}»: {new}, {changed} endret, {unchanged} uendret; {agreements}, {properties}.</source>
            <translation>Ready to save {rows} from “{file}”: {new}, {changed} changed, {unchanged} unchanged; {agreements}, {properties}.</translation>
        </message>
        <message>
            <source>{rows} med feil hoppes over.</source>
            <translation>{rows} with errors will be skipped.</translation>
        </message>
        <message>
            <source>Importen ble ikke lagret</source>
            <translation>The import was not saved</translation>
        </message>
        <message>
            <source>Importerer</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Ingenting ble lagret: registeret er endret siden kontrollen, eller filen har fått nye feil. Kontroller på nytt.</source>
            <translation>Nothing was saved: the register has changed since the check, or the file has new errors. Check again.</translation>
        </message>
        <message>
            <source>Lagret. {new}, {changed} endret, {agreements}, {properties}, {responsibilities}. {changes} er ført i endringsloggen.</source>
            <translation>Saved. {new}, {changed} changed, {agreements}, {properties}, {responsibilities}. {changes} entered in the change log.</translation>
        </message>
        <message>
            <source>&amp;Eksporter …</source>
            <translation>&amp;Export …</translation>
        </message>
    </context>
    <context>
        <name>MappingTableModel</name>
        <message>
            <source>Kol.</source>
            <translation>Col.</translation>
        </message>
        <message>
            <source>Overskrift i filen</source>
            <translation>Heading in the file</translation>
        </message>
        <message>
            <source>Eksempler fra filen</source>
            <translation>Examples from the file</translation>
        </message>
        <message>
            <source>Felt i boligreg</source>
            <translation>Field in boligreg</translation>
        </message>
        <message>
            <source>Treff</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Sikkerhet</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>verdiene: {looks}</source>
            <translation>the values: {looks}</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <source>Rad</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Kolonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Feil</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Kunne ikke laste {title}: {error}</source>
            <translation>Could not load {title}: {error}</translation>
        </message>
        <message>
            <source>Faktaark</source>
            <translation>Fact sheets</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>SheetTableModel</name>
        <message>
            <source>Kolonne {letter}</source>
            <translation>Column {letter}</translation>
        </message>
        <message>
            <source>Hoppes over: {reason}</source>
            <translation>Skipped: {reason}</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Endre status til «{status}»</source>
            <translation>Change status to “{status}”</translation>
        </message>
        <message>
            <source>1 avvik får status «{status}».</source>
            <translation>1 finding gets the status “{status}”.</translation>
        </message>
        <message>
            <source>{n} avvik får status «{status}».</source>
            <translation>{n} findings get the status “{status}”.</translation>
        </message>
        <message>
            <source>Begrunnelse for unntaket (påkrevd):</source>
            <translation>Justification for the exception (required):</translation>
        </message>
        <message>
            <source>F.eks. vedtak i bydelsutvalget, avtale med Boligbygg …</source>
            <translation>E.g. a decision of the district committee, an agreement with Boligbygg …</translation>
        </message>
        <message>
            <source>Kommentar (valgfri):</source>
            <translation>Comment (optional):</translation>
        </message>
        <message>
            <source>Endre status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>

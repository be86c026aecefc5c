<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>AgreementsSection</name>
        <message>
            <source>Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler (Husbanken). Koblinger viser boligene og utleierens andre avtaler.</source>
            <translation>Lease agreements (the municipality rents and sublets) and referral agreements (Husbanken). Links show the dwellings and the landlord's other agreements.</translation>
        </message>
    </context>
    <context>
        <name>CapacitySection</name>
        <message>
            <source>Rom</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Rullestol</source>
            <translation>Wheelchair</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Ledig nå</source>
            <translation>Vacant now</translation>
        </message>
        <message>
            <source>Snart ledig</source>
            <translation>Soon vacant</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Median dager</source>
            <translation>Median days</translation>
        </message>
        <message>
            <source>Lengst dager</source>
            <translation>Longest days</translation>
        </message>
        <message>
            <source>Uten dato</source>
            <translation>No date</translation>
        </message>
        <message>
            <source>Per enhet</source>
            <translation>By unit</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Allocated by</translation>
        </message>
        <message>
            <source>Tilstand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Ligger i</source>
            <translation>Located in</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Bolignr</source>
            <translation>Unit no.</translation>
        </message>
        <message>
            <source>Ledig fra</source>
            <translation>Vacant from</translation>
        </message>
        <message>
            <source>Dager ledig</source>
            <translation>Days vacant</translation>
        </message>
        <message>
            <source>Grunn</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Ledig kapasitet i hele byen</source>
            <translation>Vacant capacity across the city</translation>
        </message>
        <message>
            <source>Ledige og snart ledige boliger i alle enheter – de 15 bydelene og de sentrale enhetene – etter antall rom, rullestoltilgjengelighet og målgruppe. Talt etter disponerende enhet, for hele byen uansett valgt bydel. Snart ledig: leieforholdet slutter eller registrert ledig-dato faller innen valgt antall dager. Boliger som brukes til annet enn bolig er ikke med.</source>
            <translation>Vacant and soon-vacant dwellings in all units – the 15 districts and the central units – by number of rooms, wheelchair access and target group. Counted by allocating unit, for the whole city whatever district is selected. Soon vacant: the tenancy ends or the registered vacancy date falls within the chosen number of days. Dwellings used for something other than housing are left out.</translation>
        </message>
        <message>
            <source> dager</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Hvor langt fram «snart ledig» ser</source>
            <translation>How far ahead “soon vacant” looks</translation>
        </message>
        <message>
            <source>Alle enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Alle målgrupper</source>
            <translation>All target groups</translation>
        </message>
        <message>
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Minst så mange rom (alle: ingen grense)</source>
            <translation>At least this many rooms (all: no limit)</translation>
        </message>
        <message>
            <source>Bare rullestoltilgjengelige</source>
            <translation>Wheelchair accessible only</translation>
        </message>
        <message>
            <source>Ta med snart ledige</source>
            <translation>Include soon vacant</translation>
        </message>
        <message>
            <source>Lagre som Excel …</source>
            <translation>Save as Excel …</translation>
        </message>
        <message>
            <source>Snart ledig innen</source>
            <translation>Soon vacant within</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Minst rom</source>
            <translation>Min. rooms</translation>
        </message>
        <message>
            <source>Grupper</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Kunne ikke telle ledig kapasitet: {error}</source>
            <translation>Could not count vacant capacity: {error}</translation>
        </message>
        <message>
            <source>Teller ledig kapasitet</source>
            <translation>Counting vacant capacity</translation>
        </message>
        <message>
            <source>median {median} dager ledig, lengst {longest}</source>
            <translation>median {median} days vacant, longest {longest}</translation>
        </message>
        <message>
            <source>ledighetstid ukjent</source>
            <translation>time vacant unknown</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; snart ledige (innen {days} dager, til {date})</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; soon vacant (within {days} days, to {date})</translation>
        </message>
        <message>
            <source>snart ledige er ikke tatt med</source>
            <translation>soon vacant not included</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; ledige nå ({days}), {soon} – i {units} enheter og {groups} grupper.</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; vacant now ({days}), {soon} – in {units} units and {groups} groups.</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{name} (sentral enhet)</source>
            <translation>{name} (central unit)</translation>
        </message>
        <message>
            <source>{n} ledige boliger brukes ikke som bolig og er ikke med.</source>
            <translation>{n} vacant dwellings are not used as housing and are left out.</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall.</source>
            <translation>DEMO DATA – synthetic figures.</translation>
        </message>
        <message>
            <source>Per {date}. Dager ledig: fra registrert ledig-dato til i dag; median og lengste over ledige boliger med dato.</source>
            <translation>As at {date}. Days vacant: from the registered vacancy date to today; median and longest over vacant dwellings with a date.</translation>
        </message>
        <message>
            <source>Lagre ledig kapasitet</source>
            <translation>Save vacant capacity</translation>
        </message>
        <message>
            <source>ledig-kapasitet.xlsx</source>
            <translation>vacant-capacity.xlsx</translation>
        </message>
        <message>
            <source>Excel-arbeidsbok (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Skriver Excel-fil</source>
            <translation>Writing Excel file</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Lagrer ledig kapasitet</source>
            <translation>Saving vacant capacity</translation>
        </message>
    </context>
    <context>
        <name>DwellingsSection</name>
        <message>
            <source>Hver bruksenhet med disposisjonsform, status, bruk og gjeldende avtale. Dobbeltklikk en kobling for å åpne den; Alt+Venstre går tilbake.</source>
            <translation>Every unit with its tenure, status, use and current agreement. Double-click a link to open it; Alt+Left goes back.</translation>
        </message>
    </context>
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
        <name>FollowUpModel</name>
        <message>
            <source>Ingen kontroll kjørt ennå – kjør en kontroll under Avvik</source>
            <translation>No audit run yet – run one under Findings</translation>
        </message>
        <message>
            <source>Avtaler som utløper innen {days} dager</source>
            <translation>Agreements ending in {days} days</translation>
        </message>
        <message>
            <source>Ingen avtaler utløper de neste {days} dagene</source>
            <translation>No agreements end in the next {days} days</translation>
        </message>
        <message>
            <source>Boliger som har stått lengst ledige</source>
            <translation>Dwellings vacant the longest</translation>
        </message>
        <message>
            <source>Ingen ledige boliger</source>
            <translation>No vacant dwellings</translation>
        </message>
        <message>
            <source>Åpne avvik med høy alvorlighet</source>
            <translation>Open high-severity findings</translation>
        </message>
        <message>
            <source>Ingen åpne avvik med høy alvorlighet</source>
            <translation>No open high-severity findings</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Når</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter for å åpne.</source>
            <translation>Double-click or press Enter to open.</translation>
        </message>
        <message>
            <source>i dag</source>
            <translation>today</translation>
        </message>
        <message>
            <source>om {n} d</source>
            <translation>in {n} d</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>High</translation>
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
        <name>MaintenanceSection</name>
        <message>
            <source>Eiendommen</source>
            <translation>The property</translation>
        </message>
        <message>
            <source>Bolig {unit}</source>
            <translation>Dwelling {unit}</translation>
        </message>
        <message>
            <source>●  ansvarlig    ○  arvet fra eiendommen    &lt;span style='color:#b3261e'&gt;rødt: ingen ansvarlig&lt;/span&gt;    &lt;span style='color:#9a6700'&gt;gult: flere ansvarlige&lt;/span&gt;</source>
            <translation>●  responsible    ○  inherited from the property    &lt;span style='color:#b3261e'&gt;red: nobody responsible&lt;/span&gt;    &lt;span style='color:#9a6700'&gt;yellow: several responsible&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Bruk vanlig fordeling …</source>
            <translation>Apply usual split …</translation>
        </message>
        <message>
            <source>Sett ansvaret slik det vanligvis er for denne eierformen (viser endringene før de lagres)</source>
            <translation>Set the responsibilities as they usually are for this form of ownership (shows the changes before they are saved)</translation>
        </message>
        <message>
            <source>Angre</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Gjør om</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Egne ansvarsforhold for enkeltboliger</source>
            <translation>Responsibilities of their own for single dwellings</translation>
        </message>
        <message>
            <source>Velg en eiendom for å se hvem som har vedlikeholdsansvaret.</source>
            <translation>Choose a property to see who is responsible for maintenance.</translation>
        </message>
        <message>
            <source>Gjelder:</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>Hvem som vedlikeholder indre, ytre, tekniske anlegg og uteområder. Klikk en celle i matrisen for å endre; «Bruk vanlig fordeling» fyller ut etter eierform.</source>
            <translation>Who maintains the interior, exterior, technical installations and outdoor areas. Click a cell in the matrix to change it; “Apply usual split” fills it in by form of ownership.</translation>
        </message>
        <message>
            <source>1 bolig</source>
            <translation>1 dwelling</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} dwellings</translation>
        </message>
        <message>
            <source>Eiendom  ·  {district}  ·  eier: {owner}  ·  {count}</source>
            <translation>Property  ·  {district}  ·  owner: {owner}  ·  {count}</translation>
        </message>
        <message>
            <source>Hele eiendommen</source>
            <translation>The whole property</translation>
        </message>
        <message>
            <source>{n} egne</source>
            <translation>{n} of its own</translation>
        </message>
        <message>
            <source>Bolig {unit} ({tenure})</source>
            <translation>Dwelling {unit} ({tenure})</translation>
        </message>
        <message>
            <source>Ansvaret følger vanlig fordeling.</source>
            <translation>The responsibilities follow the usual split.</translation>
        </message>
        <message>
            <source>Vanlig fordeling:</source>
            <translation>Usual split:</translation>
        </message>
        <message>
            <source>Fjern {party} for {scope}</source>
            <translation>Remove {party} for {scope}</translation>
        </message>
        <message>
            <source>Legg til {party} for {scope}</source>
            <translation>Add {party} for {scope}</translation>
        </message>
        <message>
            <source>Sett {party} for {scope}</source>
            <translation>Set {party} for {scope}</translation>
        </message>
        <message>
            <source>Bruk vanlig fordeling</source>
            <translation>Apply usual split</translation>
        </message>
        <message>
            <source>{reason}

Endringer for {address}:

{changes}

Fjernede ansvarsforhold beholdes i historikken, og du kan angre.</source>
            <translation>{reason}

Changes for {address}:

{changes}

Removed responsibilities are kept in the history, and you can undo.</translation>
        </message>
        <message>
            <source>Bruk fordelingen</source>
            <translation>Apply the split</translation>
        </message>
        <message>
            <source>Ikke lagret</source>
            <translation>Not saved</translation>
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
            <translation>Sample values</translation>
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
        <name>OverviewSection</name>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Dwellings per 1,000 residents</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Ledige boliger</source>
            <translation>Vacant dwellings</translation>
        </message>
        <message>
            <source>Andel ledige (%)</source>
            <translation>Share vacant (%)</translation>
        </message>
        <message>
            <source>Brukes ikke som bolig</source>
            <translation>Not used as housing</translation>
        </message>
        <message>
            <source>kommunalt disponerte boliger</source>
            <translation>municipal dwellings</translation>
        </message>
        <message>
            <source>boliger per 1000 innbyggere</source>
            <translation>dwellings per 1,000 residents</translation>
        </message>
        <message>
            <source>eid av kommunen</source>
            <translation>owned by the municipality</translation>
        </message>
        <message>
            <source>ledige boliger</source>
            <translation>vacant dwellings</translation>
        </message>
        <message>
            <source>brukes ikke som bolig</source>
            <translation>not used as housing</translation>
        </message>
        <message>
            <source>Trenger oppfølging</source>
            <translation>Needs follow-up</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter åpner posten.</source>
            <translation>Double-click or Enter opens the record.</translation>
        </message>
        <message>
            <source>Bydelene</source>
            <translation>The districts</translation>
        </message>
        <message>
            <source>Tabell</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Vis:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Kart</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Boliger per 31.12 – {scope}</source>
            <translation>Dwellings on 31.12 – {scope}</translation>
        </message>
        <message>
            <source>Registeret har ingen historikk for {years}: der står «ikke registrert», ikke null.</source>
            <translation>The register has no history for {years}: those years say “not registered”, not zero.</translation>
        </message>
        <message>
            <source>Søylene: eid, innleid og tilvisning som registrert ved utgangen av året (siste søyle: i dag); under årstallet i oransje: ledige boliger.</source>
            <translation>Bars: owned, leased and referral as registered at the end of the year (last bar: today); in orange below the year: vacant dwellings.</translation>
        </message>
        <message>
            <source>Oversikt – {scope}</source>
            <translation>Overview – {scope}</translation>
        </message>
        <message>
            <source>Dobbeltklikk en bydel for å velge den som utvalg; dobbeltklikk igjen for alle.</source>
            <translation>Double-click a district to select it; double-click again for all.</translation>
        </message>
        <message>
            <source>boliger disponert av bydelen</source>
            <translation>dwellings allocated by the district</translation>
        </message>
        <message>
            <source>hver bolig én gang</source>
            <translation>each dwelling once</translation>
        </message>
        <message>
            <source>folketall {date}</source>
            <translation>population {date}</translation>
        </message>
        <message>
            <source>folketall mangler</source>
            <translation>population missing</translation>
        </message>
        <message>
            <source>personalbase, kontor, lager, annet</source>
            <translation>staff base, office, storage, other</translation>
        </message>
        <message>
            <source>Databasen er en DEMO med syntetiske boliger; folketallet er ekte.</source>
            <translation>The database is a DEMO with synthetic dwellings; the population figures are real.</translation>
        </message>
        <message>
            <source>Folketall: SSB, 1. januar {year}</source>
            <translation>Population: Statistics Norway (SSB), 1 January {year}</translation>
        </message>
        <message>
            <source>Folketall: mangler</source>
            <translation>Population: missing</translation>
        </message>
        <message>
            <source>; Oslo i alt med Sentrum, Marka og uten kjent bydel</source>
            <translation>; Oslo in total including Sentrum, Marka and no known district</translation>
        </message>
        <message>
            <source>Boliger: registrerte, ikke slettede boliger talt etter disponerende enhet – disponert av bydelen, uansett hvor de ligger; de sentrale enhetenes boliger har egne rader, og Oslo teller hver bolig én gang.</source>
            <translation>Dwellings: registered, not deleted dwellings counted by allocating unit – allocated by the district, wherever they are; the central units' dwellings have rows of their own, and Oslo counts each dwelling once.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTableModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Eid</source>
            <translation>Owned</translation>
        </message>
        <message>
            <source>Innleid</source>
            <translation>Leased</translation>
        </message>
        <message>
            <source>Tilvisning</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Ikke bolig</source>
            <translation>Not housing</translation>
        </message>
        <message>
            <source>Folketall</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Per 1000</source>
            <translation>Per 1,000</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Dwellings per 1,000 residents</translation>
        </message>
        <message>
            <source>Boliger disponert av bydelen (eller den sentrale enheten), uansett hvor de ligger; Oslo teller hver bolig én gang</source>
            <translation>Dwellings allocated by the district (or the central unit), wherever they are; Oslo counts each dwelling once</translation>
        </message>
        <message>
            <source>Brukes ikke som bolig: personalbase, kontor, lager, annet</source>
            <translation>Not used as housing: staff base, office, storage, other</translation>
        </message>
        <message>
            <source>Tilvisningsboliger</source>
            <translation>Referral dwellings</translation>
        </message>
        <message>
            <source>Innleide boliger</source>
            <translation>Leased dwellings</translation>
        </message>
        <message>
            <source>{name} (sentral enhet)</source>
            <translation>{name} (central unit)</translation>
        </message>
        <message>
            <source>Folketall 1. januar {year} (SSB)</source>
            <translation>Population 1 January {year} (SSB)</translation>
        </message>
        <message>
            <source>Folketall mangler</source>
            <translation>Population missing</translation>
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
        <name>PropertiesSection</name>
        <message>
            <source>Bygg med adresse og matrikkelnummer. Koblinger viser boligene; vedlikeholdsansvaret redigeres under Vedlikeholdsansvar.</source>
            <translation>Buildings with address and cadastral number. Links show the dwellings; maintenance responsibilities are edited under Maintenance.</translation>
        </message>
    </context>
    <context>
        <name>PropertyTableModel</name>
        <message>
            <source>Mangler</source>
            <translation>Missing</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Referanse</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <source>Slutt</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Dager igjen</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Dager til sluttdato; rødt under 90 dager</source>
            <translation>Days to the end date; red under 90 days</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Boliger avtalen gjelder i dag</source>
            <translation>Dwellings the agreement covers today</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Bydelen avtalen er registrert under</source>
            <translation>The district the agreement is registered under</translation>
        </message>
        <message>
            <source>Ansvarlig enhet</source>
            <translation>Responsible unit</translation>
        </message>
        <message>
            <source>Enheten som har ansvaret for avtalen: en bydel eller en sentral enhet</source>
            <translation>The unit responsible for the agreement: a district or a central unit</translation>
        </message>
        <message>
            <source>Org.nr.</source>
            <translation>Org. no.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Oppsigelse (mnd.)</source>
            <translation>Notice (months)</translation>
        </message>
        <message>
            <source>Månedsleie (kr)</source>
            <translation>Monthly rent (NOK)</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Last reviewed</translation>
        </message>
        <message>
            <source>Saksbehandler</source>
            <translation>Case officer</translation>
        </message>
        <message>
            <source>Sist endret</source>
            <translation>Last changed</translation>
        </message>
        <message>
            <source>Avtaletype: alle</source>
            <translation>Agreement type: all</translation>
        </message>
        <message>
            <source>Bydelen bygget ligger i (beliggenhet); utvalget velger etter den</source>
            <translation>The district the building is in (location); the selection goes by it</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Allocated by</translation>
        </message>
        <message>
            <source>Enheten som disponerer boligen: en bydel eller en sentral enhet (Velferdsetaten, Ungbo, Boligbygg). Oversikt og faktaark teller etter den</source>
            <translation>The unit that allocates the dwelling: a district or a central unit (Velferdsetaten, Ungbo, Boligbygg). The overview and fact sheets count by it</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Bruksenhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Postnr.</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Disposisjon</source>
            <translation>Tenure</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Actual use</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Areal m²</source>
            <translation>Area m²</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Rullestol</source>
            <translation>Wheelchair</translation>
        </message>
        <message>
            <source>Tilgjengelig for rullestol</source>
            <translation>Wheelchair accessible</translation>
        </message>
        <message>
            <source>Ledig siden</source>
            <translation>Vacant since</translation>
        </message>
        <message>
            <source>Sist kontrollert</source>
            <translation>Last inspected</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Agreement type</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Landlord's org. no.</translation>
        </message>
        <message>
            <source>Avtale utløper</source>
            <translation>Agreement ends</translation>
        </message>
        <message>
            <source>Tidligste sluttdato blant boligens gjeldende avtaler</source>
            <translation>Earliest end date among the dwelling's current agreements</translation>
        </message>
        <message>
            <source>Disposisjon: alle</source>
            <translation>Tenure: all</translation>
        </message>
        <message>
            <source>Status: alle</source>
            <translation>Status: all</translation>
        </message>
        <message>
            <source>Faktisk bruk: alle</source>
            <translation>Actual use: all</translation>
        </message>
        <message>
            <source>Målgruppe: alle</source>
            <translation>Target group: all</translation>
        </message>
        <message>
            <source>Eierform</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Eierform: alle</source>
            <translation>Ownership: all</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar: alle</source>
            <translation>Maintenance: all</translation>
        </message>
        <message>
            <source>Indre</source>
            <translation>Interior</translation>
        </message>
        <message>
            <source>Ytre</source>
            <translation>Exterior</translation>
        </message>
        <message>
            <source>Tekniske anlegg</source>
            <translation>Technical installations</translation>
        </message>
        <message>
            <source>Uteområder</source>
            <translation>Outdoor areas</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Komplett: hvert område har én ansvarlig. Mangler: et område har ingen. Dobbelt: et område har flere.</source>
            <translation>Complete: every area has one party responsible. Missing: an area has none. Double: an area has several.</translation>
        </message>
        <message>
            <source>Gnr/bnr</source>
            <translation>Gnr/bnr</translation>
        </message>
        <message>
            <source>Eier</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Eiers org.nr.</source>
            <translation>Owner's org. no.</translation>
        </message>
        <message>
            <source>Byggeår</source>
            <translation>Year built</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>avtale</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>agreements</translation>
        </message>
        <message>
            <source>Ny avtale</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <source>Søk i avtalereferanse, utleier eller org.nr.  (Ctrl+F)</source>
            <translation>Search agreement reference, landlord or org. no.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>bolig</source>
            <translation>dwelling</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>dwellings</translation>
        </message>
        <message>
            <source>Ny bolig</source>
            <translation>New dwelling</translation>
        </message>
        <message>
            <source>Søk i adresse, bruksenhetsnummer, avtale, utleier eller org.nr.  (Ctrl+F)</source>
            <translation>Search address, unit number, agreement, landlord or org. no.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>eiendom</source>
            <translation>property</translation>
        </message>
        <message>
            <source>eiendommer</source>
            <translation>properties</translation>
        </message>
        <message>
            <source>Søk i adresse, postnummer, gnr/bnr eller eier  (Ctrl+F)</source>
            <translation>Search address, postcode, gnr/bnr or owner  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Ny eiendom</source>
            <translation>New property</translation>
        </message>
        <message>
            <source>Søk i adresse, postnummer, gnr/bnr, eier eller org.nr.  (Ctrl+F)</source>
            <translation>Search address, postcode, gnr/bnr, owner or org. no.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>post</source>
            <translation>record</translation>
        </message>
        <message>
            <source>poster</source>
            <translation>records</translation>
        </message>
        <message>
            <source>Søk (Ctrl+F)</source>
            <translation>Search (Ctrl+F)</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <source>Skriv ut listen …</source>
            <translation>Print the list …</translation>
        </message>
        <message>
            <source>Lagre listen som PDF …</source>
            <translation>Save the list as PDF …</translation>
        </message>
        <message>
            <source>Søk</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Bydel: {scope}</source>
            <translation>District: {scope}</translation>
        </message>
        <message>
            <source>Filtre: {filters}</source>
            <translation>Filters: {filters}</translation>
        </message>
        <message>
            <source>Søk: «{query}»</source>
            <translation>Search: “{query}”</translation>
        </message>
        <message>
            <source>Lager PDF av listen</source>
            <translation>Making a PDF of the list</translation>
        </message>
        <message>
            <source>Skriv ut listen</source>
            <translation>Print the list</translation>
        </message>
        <message>
            <source>Lagre listen som PDF</source>
            <translation>Save the list as PDF</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Laster …</source>
            <translation>Loading …</translation>
        </message>
        <message>
            <source>Kan ikke laste {nouns}</source>
            <translation>Cannot load {nouns}</translation>
        </message>
        <message>
            <source>Laster {nouns}</source>
            <translation>Loading {nouns}</translation>
        </message>
        <message>
            <source>Søker i andre bydeler</source>
            <translation>Searching other districts</translation>
        </message>
        <message>
            <source>Ny</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Angre</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Gjør om</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>{label} (Ctrl+N)</source>
            <translation>{label} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Forkast endringer</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Delete …</translation>
        </message>
        <message>
            <source>Vis i skjemaet</source>
            <translation>Show in the form</translation>
        </message>
        <message>
            <source>Overfør til …</source>
            <translation>Transfer to …</translation>
        </message>
        <message>
            <source>Ikke i utvalget: søket, filtrene eller bydelsvalget skjuler denne {noun} i listen. Den kan fortsatt endres her.</source>
            <translation>Not in the selection: the search, the filters or the district choice hide this {noun} in the list. It can still be edited here.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioSection</name>
        <message>
            <source>Foreslåtte overføringer regnet på en kopi av registeret i minnet: hver enhet før og etter. Ingenting lagres i registeret.</source>
            <translation>Proposed transfers worked out on a copy of the register in memory: each unit before and after. Nothing is saved in the register.</translation>
        </message>
        <message>
            <source>Datoen overføringene gjelder fra</source>
            <translation>The date the transfers take effect</translation>
        </message>
        <message>
            <source>Beregn</source>
            <translation>Calculate</translation>
        </message>
        <message>
            <source>Åpne scenariofil …</source>
            <translation>Open scenario file …</translation>
        </message>
        <message>
            <source>Lagre som PDF …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <source>Forhåndsvalg: forslagene i Velferdsetatens innspill</source>
            <translation>Presets: the proposals in Velferdsetaten's submission</translation>
        </message>
        <message>
            <source>Bydelen som overtar Velferdsetatens boliger</source>
            <translation>The district taking over Velferdsetaten's dwellings</translation>
        </message>
        <message>
            <source>Fra:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Velg et forhåndsvalg og trykk «Beregn», eller åpne en scenariofil (JSON, se brukerveiledningen).</source>
            <translation>Choose a preset and press “Calculate”, or open a scenario file (JSON, see the user guide).</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Hver celle: før → etter (uthevet der scenarioet endrer tallet). Innleie/år: avtalenes månedsleie × 12; husleie/år: boligenes husleie × 12.</source>
            <translation>Each cell: before → after (bold where the scenario changes the figure). Leasing/year: the agreements' monthly rent × 12; rent/year: the dwellings' rent × 12.</translation>
        </message>
        <message>
            <source>Tabell</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Bydel {name}</source>
            <translation>Bydel {name}</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Åpne scenariofil</source>
            <translation>Open scenario file</translation>
        </message>
        <message>
            <source>Scenario (*.json);;Alle filer (*)</source>
            <translation>Scenario (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Beregner «{name}» …</source>
            <translation>Calculating “{name}” …</translation>
        </message>
        <message>
            <source>Kopierer registeret til minnet og gjør overføringene …</source>
            <translation>Copying the register into memory and making the transfers …</translation>
        </message>
        <message>
            <source>Scenarioet kunne ikke beregnes.</source>
            <translation>The scenario could not be calculated.</translation>
        </message>
        <message>
            <source>Avbrutt. Velg et forhåndsvalg og trykk «Beregn».</source>
            <translation>Cancelled. Choose a preset and press “Calculate”.</translation>
        </message>
        <message>
            <source>Beregner scenarioet</source>
            <translation>Calculating the scenario</translation>
        </message>
        <message>
            <source>{name} – gjelder fra {date}</source>
            <translation>{name} – takes effect {date}</translation>
        </message>
        <message>
            <source>Ingenting er lagret i registeret.</source>
            <translation>Nothing is saved in the register.</translation>
        </message>
        <message>
            <source>{figure}: før {before}, etter {after}</source>
            <translation>{figure}: before {before}, after {after}</translation>
        </message>
        <message>
            <source>Lagre scenarioet som PDF</source>
            <translation>Save the scenario as PDF</translation>
        </message>
        <message>
            <source>scenario.pdf</source>
            <translation>scenario.pdf</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Lager PDF av scenarioet</source>
            <translation>Making a PDF of the scenario</translation>
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
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Ledig kapasitet</source>
            <translation>Vacant capacity</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Oversikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Eiendommer</source>
            <translation>Properties</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
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
    <context>
        <name>SyncSection</name>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Din kopi av registeret møter de andres i sentraldatabasen: send dine endringer og hent deres. Du kan arbeide uten nett og synkronisere når du er tilkoblet.</source>
            <translation>Your copy of the register meets everyone else's in the central database: send your changes and fetch theirs. You can work offline and synchronise when you are connected.</translation>
        </message>
        <message>
            <source>Dette er demodata. Demodata synkroniseres aldri med sentraldatabasen; profilene kan likevel settes opp og testes.</source>
            <translation>This is demo data. Demo data is never synchronised with the central database; profiles can still be set up and tested.</translation>
        </message>
        <message>
            <source>Du arbeider direkte i sentraldatabasen; det er ingenting å synkronisere i dette vinduet.</source>
            <translation>You are working directly in the central database; there is nothing to synchronise in this window.</translation>
        </message>
        <message>
            <source>Sist synkronisert</source>
            <translation>Last synchronised</translation>
        </message>
        <message>
            <source>Venter på å bli sendt</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Konflikter å avgjøre</source>
            <translation>Conflicts to resolve</translation>
        </message>
        <message>
            <source>Avgjør konflikter …</source>
            <translation>Resolve conflicts …</translation>
        </message>
        <message>
            <source>Tilkoblingsprofil</source>
            <translation>Connection profile</translation>
        </message>
        <message>
            <source>Ny profil</source>
            <translation>New profile</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>for eksempel Jobb</source>
            <translation>for example Work</translation>
        </message>
        <message>
            <source>boligreg.oslo.kommune.no</source>
            <translation>boligreg.oslo.kommune.no</translation>
        </message>
        <message>
            <source>ditt brukernavn</source>
            <translation>your user name</translation>
        </message>
        <message>
            <source>Husk passordet i operativsystemets passordlager</source>
            <translation>Remember the password in the operating system's password store</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Brukernavn</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Passord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Lagre profil</source>
            <translation>Save profile</translation>
        </message>
        <message>
            <source>Test tilkobling</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Serveren, databasen og brukernavnet får du av administratoren. Passordet lagres aldri i en fil.</source>
            <translation>You get the server, the database and the user name from the administrator. The password is never stored in a file.</translation>
        </message>
        <message>
            <source>Synkroniser nå</source>
            <translation>Synchronise now</translation>
        </message>
        <message>
            <source>Send dine endringer og hent de andres (F9)</source>
            <translation>Send your changes and fetch everyone else's (F9)</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>lagret i passordlageret</source>
            <translation>stored in the password store</translation>
        </message>
        <message>
            <source>husket til boligreg lukkes</source>
            <translation>remembered until boligreg closes</translation>
        </message>
        <message>
            <source>Navnet er i bruk</source>
            <translation>The name is in use</translation>
        </message>
        <message>
            <source>Det finnes alt en profil som heter «{name}».</source>
            <translation>There is already a profile called “{name}”.</translation>
        </message>
        <message>
            <source>Profilen er lagret</source>
            <translation>The profile is saved</translation>
        </message>
        <message>
            <source>Slett profil</source>
            <translation>Delete profile</translation>
        </message>
        <message>
            <source>Slette profilen «{name}»? Passordet som er lagret for den, slettes også.</source>
            <translation>Delete the profile “{name}”? The password stored for it is deleted too.</translation>
        </message>
        <message>
            <source>Tester tilkoblingen …</source>
            <translation>Testing the connection …</translation>
        </message>
        <message>
            <source>Tilkoblingen virker</source>
            <translation>The connection works</translation>
        </message>
        <message>
            <source>Profilen er ikke fullstendig</source>
            <translation>The profile is not complete</translation>
        </message>
        <message>
            <source>Aldri</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Sist synkronisert med {where}</source>
            <translation>Last synchronised with {where}</translation>
        </message>
        <message>
            <source>lokal endring venter på å bli sendt</source>
            <translation>local change waiting to be sent</translation>
        </message>
        <message>
            <source>lokale endringer venter på å bli sendt</source>
            <translation>local changes waiting to be sent</translation>
        </message>
        <message>
            <source>konflikt å avgjøre</source>
            <translation>conflict to resolve</translation>
        </message>
        <message>
            <source>konflikter å avgjøre</source>
            <translation>conflicts to resolve</translation>
        </message>
        <message>
            <source>Ingen profil valgt</source>
            <translation>No profile chosen</translation>
        </message>
        <message>
            <source>Fyll ut og lagre en tilkoblingsprofil først.</source>
            <translation>Fill in and save a connection profile first.</translation>
        </message>
        <message>
            <source>Kobler til {server} …</source>
            <translation>Connecting to {server} …</translation>
        </message>
        <message>
            <source>Synkroniserer</source>
            <translation>Synchronising</translation>
        </message>
        <message>
            <source>Avbryter … (det som er hentet, beholdes)</source>
            <translation>Cancelling … (what has been fetched is kept)</translation>
        </message>
        <message>
            <source>Synkroniseringen ble avbrutt. Det som alt er sendt eller hentet, er lagret; neste synkronisering fortsetter der denne slapp.</source>
            <translation>The synchronisation was cancelled. What has already been sent or fetched is saved; the next synchronisation carries on where this one stopped.</translation>
        </message>
    </context>
</TS>

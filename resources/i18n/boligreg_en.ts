<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>AuditReport</name>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Hele Oslo</source>
            <translation>All of Oslo</translation>
        </message>
        <message>
            <source>åpne avvik i alt</source>
            <translation>open findings in total</translation>
        </message>
        <message>
            <source>høy alvorlighet</source>
            <translation>high severity</translation>
        </message>
        <message>
            <source>middels alvorlighet</source>
            <translation>medium severity</translation>
        </message>
        <message>
            <source>lav alvorlighet</source>
            <translation>low severity</translation>
        </message>
        <message>
            <source>under arbeid</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>akseptert som unntak</source>
            <translation>accepted as exceptions</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Severity</translation>
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
            <source>Under arbeid</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Åpne i alt</source>
            <translation>Open, total</translation>
        </message>
        <message>
            <source>Akseptert</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Total</translation>
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
            <source>Alvor</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Post og melding</source>
            <translation>Record and message</translation>
        </message>
        <message>
            <source>Forklaring og terskler</source>
            <translation>Explanation and thresholds</translation>
        </message>
        <message>
            <source>{scope} · per {date}</source>
            <translation>{scope} · as at {date}</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger</source>
            <translation>Municipal dwellings</translation>
        </message>
        <message>
            <source>Avviksrapport</source>
            <translation>Audit report</translation>
        </message>
        <message>
            <source>boligreg · utskrevet {time}</source>
            <translation>boligreg · printed {time}</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall</source>
            <translation>DEMO DATA – synthetic figures</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started} av {who}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Last audit run {started} by {who}, for all of Oslo: {opened} new findings, {resolved} closed automatically.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Last audit run {started}, for all of Oslo: {opened} new findings, {resolved} closed automatically.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started} av {who}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Last audit run {started} by {who}, for the district: {opened} new findings, {resolved} closed automatically.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Last audit run {started}, for the district: {opened} new findings, {resolved} closed automatically.</translation>
        </message>
        <message>
            <source>Kontrollen er ikke kjørt for dette omfanget ennå.</source>
            <translation>The audit has not yet been run for this scope.</translation>
        </message>
        <message>
            <source>Omfang: {scope}. Rapporten viser avvikene slik de står i registeret per {date}. {ran} Et avvik er åpent til det er rettet (lukkes automatisk ved neste kontroll) eller akseptert som begrunnet unntak.</source>
            <translation>Scope: {scope}. The report shows the findings as they stand in the register as at {date}. {ran} A finding stays open until it is corrected (closed automatically at the next audit) or accepted as a justified exception.</translation>
        </message>
        <message>
            <source>Avvik per regel</source>
            <translation>Findings per rule</translation>
        </message>
        <message>
            <source>Åpne avvik (åpne og under arbeid) fordelt på alvorlighet. Akseptert: begrunnede unntak som ikke meldes på nytt.</source>
            <translation>Open findings (open and in progress) by severity. Accepted: justified exceptions that are not reported again.</translation>
        </message>
        <message>
            <source>Åpne avvik per bydel og regel</source>
            <translation>Open findings per district and rule</translation>
        </message>
        <message>
            <source>Antall åpne avvik. Sterkere farge: flere avvik.</source>
            <translation>Number of open findings. Stronger colour: more findings.</translation>
        </message>
        <message>
            <source>Eldste åpne avvik</source>
            <translation>Oldest open findings</translation>
        </message>
        <message>
            <source>De {n} avvikene som har vært åpne lengst.</source>
            <translation>The {n} findings that have been open longest.</translation>
        </message>
        <message>
            <source>Ingen åpne avvik.</source>
            <translation>No open findings.</translation>
        </message>
        <message>
            <source>Regler og terskler</source>
            <translation>Rules and thresholds</translation>
        </message>
        <message>
            <source>Tersklene er de som ble brukt ved siste kontroll.</source>
            <translation>The thresholds are those used at the last audit.</translation>
        </message>
        <message>
            <source>Avviksrapport – {scope}</source>
            <translation>Audit report – {scope}</translation>
        </message>
        <message>
            <source>Avvik i registeret over kommunalt disponerte boliger</source>
            <translation>Findings in the register of municipal dwellings</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Ingen data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>mangler</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>ikke registrert</source>
            <translation>not registered</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Register over Oslo kommunes kommunalt disponerte boliger.</source>
            <translation>Register of the City of Oslo's municipal dwellings (kommunalt disponerte boliger).</translation>
        </message>
        <message>
            <source>(loggfilen kunne ikke skrives)</source>
            <translation>(the log file could not be written)</translation>
        </message>
        <message>
            <source>boligreg: feil: {message}</source>
            <translation>boligreg: error: {message}</translation>
        </message>
        <message>
            <source>boligreg: avbrutt (interrupted)</source>
            <translation>boligreg: interrupted</translation>
        </message>
        <message>
            <source>boligreg: uventet feil: {kind}: {error} (detaljer i {where})</source>
            <translation>boligreg: unexpected error: {kind}: {error} (details in {where})</translation>
        </message>
        <message>
            <source>Opprettet {path}</source>
            <translation>Created {path}</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kjør kontrollreglene (avvik) for hele Oslo eller én bydel, oppdater avvikenes status og skriv ut de åpne avvikene. Avslutter med 0 når kontrollen er kjørt.</source>
            <translation>Run the audit rules (findings) for all of Oslo or one district, update the findings' status and print the open findings. Exits with 0 when the audit has run.</translation>
        </message>
        <message>
            <source>Hele Oslo</source>
            <translation>All of Oslo</translation>
        </message>
        <message>
            <source>Kontroll {date}, {scope}: {open} åpne avvik ({opened} nye, {resolved} lukket automatisk, {accepted} akseptert som unntak) – {seconds} s</source>
            <translation>Audit {date}, {scope}: {open} open findings ({opened} new, {resolved} closed automatically, {accepted} accepted as exceptions) – {seconds} s</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Alvor</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Eksport</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Ta sikkerhetskopi med SQLites backup-API (fungerer mens appen er åpen).</source>
            <translation>Take a backup with SQLite's backup API (works while the app is open).</translation>
        </message>
        <message>
            <source>Vis sikkerhetskopiene med tidspunkt og antall poster.</source>
            <translation>Show the backups with their times and record counts.</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi. Gjeldende fil tas vare på som en kopi.</source>
            <translation>Restore from a backup. The current file is kept as a copy.</translation>
        </message>
        <message>
            <source>Krypter en ukryptert database. Nøkkelen lagres i nøkkelringen.</source>
            <translation>Encrypt an unencrypted database. The key is stored in the keyring.</translation>
        </message>
        <message>
            <source>Sikkerhetskopi: {path}</source>
            <translation>Backup: {path}</translation>
        </message>
        <message>
            <source>Ingen sikkerhetskopier.</source>
            <translation>No backups.</translation>
        </message>
        <message>
            <source>Tidspunkt (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <source>Årsak</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Eiend.</source>
            <translation>Props.</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>SKADET</source>
            <translation>DAMAGED</translation>
        </message>
        <message>
            <source>Gjenopprettet {path} fra {backup}</source>
            <translation>Restored {path} from {backup}</translation>
        </message>
        <message>
            <source>Kryptert {path} med nøkkelen i BOLIGREG_DB_KEY; den er ikke lagret noe sted, så ta vare på den.</source>
            <translation>Encrypted {path} with the key in BOLIGREG_DB_KEY; it is not stored anywhere, so keep it safe.</translation>
        </message>
        <message>
            <source>Kryptert {path}; nøkkelen ligger i operativsystemets nøkkelring.</source>
            <translation>Encrypted {path}; the key is in the operating system's keyring.</translation>
        </message>
        <message>
            <source>Opprett en tom boligreg-database med bydeler og folketall.</source>
            <translation>Create an empty boligreg database with districts and population figures.</translation>
        </message>
        <message>
            <source>Skriv ut antall boliger per bydel og disposisjonsform.</source>
            <translation>Print the number of dwellings per district and tenure.</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>som registrert per {date}</source>
            <translation>as registered at {date}</translation>
        </message>
        <message>
            <source>(DEMODATA – syntetiske tall)</source>
            <translation>(DEMO DATA – synthetic figures)</translation>
        </message>
        <message>
            <source>Lag boligsosiale faktaark som PDF: én bydel (--district 01 --out FIL.pdf) eller alle 15 bydeler og Oslo (--all --out-dir MAPPE). Med --html: den tilgjengelige HTML-utgaven (universell utforming) med de samme tallene. Arkene er på bokmål; --lang en gir dem på engelsk.</source>
            <translation>Make social housing fact sheets (boligsosiale faktaark) as PDF: one district (--district 01 --out FILE.pdf) or all 15 districts and Oslo (--all --out-dir FOLDER). With --html: the accessible HTML edition (universal design) with the same figures. The sheets are in bokmål; --lang en gives them in English.</translation>
        </message>
        <message>
            <source>Revidert utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</source>
            <translation>Revised edition {n} of the fact sheets for {year} is published ({sheets} sheets).</translation>
        </message>
        <message>
            <source>Utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</source>
            <translation>Edition {n} of the fact sheets for {year} is published ({sheets} sheets).</translation>
        </message>
        <message>
            <source>{changed} av arkene er endret fra utgave {n}.</source>
            <translation>{changed} of the sheets have changed from edition {n}.</translation>
        </message>
        <message>
            <source>{path}  (utgave {n}, sha256 {sha}…)</source>
            <translation>{path}  (edition {n}, sha256 {sha}…)</translation>
        </message>
        <message>
            <source>{n} faktaark for {year} på {seconds} s{demo}.</source>
            <translation>Fact sheets for {year}: {n}, in {seconds} s{demo}.</translation>
        </message>
        <message>
            <source>Ledig kapasitet i hele byen: ledige og snart ledige boliger i alle enheter etter antall rom, rullestoltilgjengelighet og målgruppe, med hvor lenge de har stått tomme. Talt etter disponerende enhet.</source>
            <translation>Vacant capacity across the city: vacant and soon-vacant dwellings in every unit by number of rooms, wheelchair accessibility and target group, with how long they have stood empty. Counted by the unit that has them at its disposal.</translation>
        </message>
        <message>
            <source>Skrevet til {path}</source>
            <translation>Written to {path}</translation>
        </message>
        <message>
            <source>Opprett eller oppgrader sentraldatabasen: skjema, roller og radnivåsikkerhet. Kjøres som PostgreSQL-superbruker.</source>
            <translation>Create or upgrade the central database: schema, roles and row-level security. Run as a PostgreSQL superuser.</translation>
        </message>
        <message>
            <source>Oppretter eller oppgraderer skjemaet (samme migreringer som lokalt), rollene (én per bydel, revisor, admin, eier) og radnivåsikkerheten.</source>
            <translation>Creates or upgrades the schema (the same migrations as locally), the roles (one per district, auditor, admin, owner) and the row-level security.</translation>
        </message>
        <message>
            <source>Oppretter en innloggingsrolle for en person og gir den en grupperolle.</source>
            <translation>Creates a login role for a person and gives it a group role.</translation>
        </message>
        <message>
            <source>Sentraldatabasen er på skjema {revision} (id {id}).</source>
            <translation>The central database is at schema {revision} (id {id}).</translation>
        </message>
        <message>
            <source>Bydeler og folketall er lagt inn.</source>
            <translation>Districts and population figures have been added.</translation>
        </message>
        <message>
            <source>Nye roller: {roles}</source>
            <translation>New roles: {roles}</translation>
        </message>
        <message>
            <source>Roller: {admin}, {auditor}, {n} bydelsroller ({prefix}bydel_01 … _15); eier {owner} (logger aldri inn).</source>
            <translation>Roles: {admin}, {auditor}, {n} district roles ({prefix}bydel_01 … _15); owner {owner} (never logs in).</translation>
        </message>
        <message>
            <source>{name} kan logge inn og har rollen {role}.</source>
            <translation>{name} can log in and has the role {role}.</translation>
        </message>
        <message>
            <source>Lag en database med syntetiske, realistiske demodata for Oslo (bydeler, gater, avtaler og innplantede avvik). Samme frø gir samme data.</source>
            <translation>Make a database with synthetic, realistic demo data for Oslo (districts, streets, agreements and planted findings). The same seed gives the same data.</translation>
        </message>
        <message>
            <source>Disposisjonsform: {tenures}</source>
            <translation>Tenure: {tenures}</translation>
        </message>
        <message>
            <source>Rader: {tables}</source>
            <translation>Rows: {tables}</translation>
        </message>
        <message>
            <source>Innplantede avvik ({n}): {planted}</source>
            <translation>Planted findings ({n}): {planted}</translation>
        </message>
        <message>
            <source>Merk: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>Ferdig på {seconds} s. Dataene er syntetiske (DEMODATA), frø {seed}.</source>
            <translation>Done in {seconds} s. The data are synthetic (DEMO DATA), seed {seed}.</translation>
        </message>
        <message>
            <source>Brukerveiledningen: uten argument en liste over sidene; med et sidenavn siden selv; med --search sidene som inneholder ordene.</source>
            <translation>The user guide: without an argument a list of the pages; with a page name the page itself; with --search the pages that contain the words.</translation>
        </message>
        <message>
            <source>Ingen hjelpeside inneholder «{text}».</source>
            <translation>No help page contains “{text}”.</translation>
        </message>
        <message>
            <source>boligreg help SIDE viser en side; boligreg help --search ORD søker.</source>
            <translation>boligreg help PAGE shows a page; boligreg help --search WORD searches.</translation>
        </message>
        <message>
            <source>Importer boliger (med bygg, avtaler og vedlikeholdsansvar) fra et regneark. Alle rader kontrolleres før noe lagres; ved feil lagres ingenting (exit-kode 2).</source>
            <translation>Import dwellings (with buildings, agreements and maintenance responsibility) from a spreadsheet. Every row is checked before anything is saved; on errors nothing is saved (exit code 2).</translation>
        </message>
        <message>
            <source>Eksporter til .xlsx eller .csv. Boligeksporten kan importeres igjen.</source>
            <translation>Export to .xlsx or .csv. The dwellings export can be imported again.</translation>
        </message>
        <message>
            <source>Kolonner (sikkerhet og begrunnelse):</source>
            <translation>Columns (confidence and reason):</translation>
        </message>
        <message>
            <source>Ikke importert:</source>
            <translation>Not imported:</translation>
        </message>
        <message>
            <source>Verdiene: {values}.</source>
            <translation>The values: {values}.</translation>
        </message>
        <message>
            <source>Feil ({n}):</source>
            <translation>Errors ({n}):</translation>
        </message>
        <message>
            <source>… og {n} til; bruk --errors-out FIL.csv for hele listen.</source>
            <translation>… and {n} more; use --errors-out FILE.csv for the whole list.</translation>
        </message>
        <message>
            <source>Feilrapport: {path} ({n} feil)</source>
            <translation>Error report: {path} ({n} errors)</translation>
        </message>
        <message>
            <source>(som registrert per {date})</source>
            <translation>(as registered at {date})</translation>
        </message>
        <message>
            <source>Skrev {n} rader til {path}</source>
            <translation>Wrote {n} rows to {path}</translation>
        </message>
        <message>
            <source>Regner foreslåtte overføringer på en kopi i minnet og viser hver enhet før og etter. Ingenting lagres.</source>
            <translation>Calculates proposed transfers on a copy in memory and shows each unit before and after. Nothing is saved.</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Tallene bak de boligsosiale faktaarkene, per bydel og for Oslo. Nøklene i JSON er beskrevet i docs/stats_keys.md.</source>
            <translation>The figures behind the social housing fact sheets, per district and for Oslo. The JSON keys are described in docs/stats_keys.md.</translation>
        </message>
        <message>
            <source>Frys årets tall, slik at neste års faktaark kan vise endringen.</source>
            <translation>Freeze the year's figures, so that next year's fact sheets can show the change.</translation>
        </message>
        <message>
            <source>Importer boligsosiale indikatorer i lang form: district, year, indicator, value, source (eller bydel, år, indikator, verdi, kilde). Alt eller ingenting.</source>
            <translation>Import social housing indicators in long form: district, year, indicator, value, source (or bydel, år, indikator, verdi, kilde). All or nothing.</translation>
        </message>
        <message>
            <source>Boligsosiale tall {year}, per {date}</source>
            <translation>Social housing figures {year}, as at {date}</translation>
        </message>
        <message>
            <source>mangler</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>Folketall per {date}; andeler i prosent</source>
            <translation>Population as at {date}; shares in per cent</translation>
        </message>
        <message>
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Folketall</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Per 1000</source>
            <translation>Per 1000</translation>
        </message>
        <message>
            <source>Rang</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Ledig %</source>
            <translation>Vacant %</translation>
        </message>
        <message>
            <source>Rullest. %</source>
            <translation>Wheelch. %</translation>
        </message>
        <message>
            <source>Boliger: det bydelen disponerer, uansett hvor de ligger; avtaler: det bydelen har. Oslo teller hver bolig én gang.</source>
            <translation>Dwellings: what the district has at its disposal, wherever they are; agreements: those the district has. Oslo counts each dwelling once.</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger (med i Oslo, ikke i bydelene): {units}; per bydel etter beliggenhet i --json, «central_units».</source>
            <translation>Central units' dwellings (in Oslo, not in the districts): {units}; per district by location in --json, “central_units”.</translation>
        </message>
        <message>
            <source>Erstattet øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</source>
            <translation>Replaced the snapshot for {year}: {n} fact sheets (15 districts and Oslo).</translation>
        </message>
        <message>
            <source>Lagret øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</source>
            <translation>Saved a snapshot for {year}: {n} fact sheets (15 districts and Oslo).</translation>
        </message>
        <message>
            <source>Importerte {rows} rader: {inserted} nye, {updated} endret, {unchanged} uendret.</source>
            <translation>Imported {rows} rows: {inserted} new, {updated} changed, {unchanged} unchanged.</translation>
        </message>
        <message>
            <source>Merk: indikatorer utenfor standardlisten er lagret som skrevet: {names}</source>
            <translation>Note: indicators outside the standard list are stored as written: {names}</translation>
        </message>
        <message>
            <source>Synkroniser den lokale kopien med sentraldatabasen: sender lokale endringer og henter de andres. Konflikter legges i en liste (boligreg conflicts).</source>
            <translation>Synchronise the local copy with the central database: sends local changes and fetches everyone else's. Conflicts go into a list (boligreg conflicts).</translation>
        </message>
        <message>
            <source>Vis konfliktene fra synkroniseringen, eller avgjør én.</source>
            <translation>Show the conflicts from synchronisation, or resolve one.</translation>
        </message>
        <message>
            <source>Avgjort ({resolution}). Synkroniser for å fullføre.</source>
            <translation>Resolved ({resolution}). Synchronise to finish.</translation>
        </message>
        <message>
            <source>Ingen konflikter.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>her:</source>
            <translation>here:</translation>
        </message>
        <message>
            <source>sentralt:</source>
            <translation>central:</translation>
        </message>
        <message>
            <source>Overfør boliger (disponerende enhet) eller avtaler (ansvarlig enhet) fra én enhet til en annen, med saksnummer. Viser først hva som flyttes; alt eller ingenting.</source>
            <translation>Transfer dwellings (the unit that has them at its disposal) or agreements (the responsible unit) from one unit to another, with a case number. Shows first what moves; all or nothing.</translation>
        </message>
        <message>
            <source>Angret {reference}: {n} poster tilbake fra {source} til {target}.</source>
            <translation>Undid {reference}: {n} records back from {source} to {target}.</translation>
        </message>
        <message>
            <source>Forhåndsvisning: ingenting er endret.</source>
            <translation>Preview: nothing has been changed.</translation>
        </message>
        <message>
            <source>Overført. Angres med: boligreg transfer --undo {reference}</source>
            <translation>Transferred. Undo with: boligreg transfer --undo {reference}</translation>
        </message>
        <message>
            <source>Bydeler og sentrale enheter som disponerer boliger eller holder avtaler.</source>
            <translation>Districts and central units that have dwellings at their disposal or hold agreements.</translation>
        </message>
        <message>
            <source>(del av {parent})</source>
            <translation>(part of {parent})</translation>
        </message>
        <message>
            <source>La til enheten {code}: {name}</source>
            <translation>Added the unit {code}: {name}</translation>
        </message>
        <message>
            <source>«{text}» er ikke et heltall</source>
            <translation>“{text}” is not a whole number</translation>
        </message>
        <message>
            <source>{value} er utenfor {low}–{high}</source>
            <translation>{value} is out of range {low}–{high}</translation>
        </message>
    </context>
    <context>
        <name>FactSheet</name>
        <message>
            <source>Boligsosialt faktaark {year} – {name}</source>
            <translation>Social housing fact sheet {year} – {name}</translation>
        </message>
        <message>
            <source>Kilde: SSB (NLOD / CC BY 4.0)</source>
            <translation>Source: SSB (NLOD / CC BY 4.0)</translation>
        </message>
        <message>
            <source>DEMODATA: tallene er syntetiske og laget for utprøving – ikke til publisering.</source>
            <translation>DEMO DATA: the figures are synthetic and made for trials – not for publication.</translation>
        </message>
        <message>
            <source>Boligsosialt faktaark {year}</source>
            <translation>Social housing fact sheet {year}</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall</source>
            <translation>DEMO DATA – synthetic figures</translation>
        </message>
        <message>
            <source>Data hentet ut fra boligreg {time}. Tall per {date}.</source>
            <translation>Data extracted from boligreg {time}. Figures as at {date}.</translation>
        </message>
        <message>
            <source>{change} fra {year}</source>
            <translation>{change} since {year}</translation>
        </message>
        <message>
            <source>{share} av Oslos boliger</source>
            <translation>{share} of Oslo's dwellings</translation>
        </message>
        <message>
            <source>folketall {n}</source>
            <translation>population {n}</translation>
        </message>
        <message>
            <source>folketall mangler</source>
            <translation>population missing</translation>
        </message>
        <message>
            <source>tilgjengelige for rullestolbrukere</source>
            <translation>accessible to wheelchair users</translation>
        </message>
        <message>
            <source>{share} av boligene</source>
            <translation>{share} of the dwellings</translation>
        </message>
        <message>
            <source>{rank} av {of}</source>
            <translation>{rank} of {of}</translation>
        </message>
        <message>
            <source>i rangering per 1 000 innbyggere</source>
            <translation>in the ranking per 1,000 inhabitants</translation>
        </message>
        <message>
            <source>1 = flest kommunale boliger per innbygger</source>
            <translation>1 = most municipal dwellings per inhabitant</translation>
        </message>
        <message>
            <source>kan ikke rangeres uten folketall</source>
            <translation>cannot be ranked without a population figure</translation>
        </message>
        <message>
            <source>median {n} dager ledig</source>
            <translation>median {n} days vacant</translation>
        </message>
        <message>
            <source>ledighetstid ukjent</source>
            <translation>vacancy time unknown</translation>
        </message>
        <message>
            <source>ingen ledige boliger</source>
            <translation>no vacant dwellings</translation>
        </message>
        <message>
            <source>kommunalt disponerte boliger</source>
            <translation>municipal dwellings</translation>
        </message>
        <message>
            <source>boliger per 1 000 innbyggere</source>
            <translation>dwellings per 1,000 inhabitants</translation>
        </message>
        <message>
            <source>ledige ({n} boliger)</source>
            <translation>vacant ({n} dwellings)</translation>
        </message>
        <message>
            <source>aktive innleie- og tilvisningsavtaler</source>
            <translation>active lease and referral agreements</translation>
        </message>
        <message>
            <source>{n} utløper innen 12 mnd.</source>
            <translation>{n} expire within 12 months</translation>
        </message>
        <message>
            <source>{who} har ingen kommunalt disponerte boliger registrert i boligreg.</source>
            <translation>{who} has no municipal dwellings registered in boligreg.</translation>
        </message>
        <message>
            <source>{who} disponerer {n} kommunale boliger</source>
            <translation>{who} has {n} municipal dwellings at its disposal</translation>
        </message>
        <message>
            <source>, {n} per 1 000 innbyggere</source>
            <translation>, {n} per 1,000 inhabitants</translation>
        </message>
        <message>
            <source> – nummer {rank} av {of} bydeler (Oslo: {oslo})</source>
            <translation> – number {rank} of {of} districts (Oslo: {oslo})</translation>
        </message>
        <message>
            <source>{share} er eid av kommunen.</source>
            <translation>{share} are owned by the City of Oslo.</translation>
        </message>
        <message>
            <source>{n} brukes til annet enn bolig.</source>
            <translation>Used for something other than housing: {n}.</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innb.</source>
            <translation>Dwellings per 1,000 inhab.</translation>
        </message>
        <message>
            <source>Ingen boliger registrert</source>
            <translation>No dwellings registered</translation>
        </message>
        <message>
            <source>mangler folketall</source>
            <translation>population missing</translation>
        </message>
        <message>
            <source>Folketall mangler for Oslo (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</source>
            <translation>The population of Oslo is missing (1 January {year} or earlier). Dwellings per 1,000 inhabitants and the ranking therefore cannot be calculated.</translation>
        </message>
        <message>
            <source>Folketall mangler for bydelen (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</source>
            <translation>The population of the district is missing (1 January {year} or earlier). Dwellings per 1,000 inhabitants and the ranking therefore cannot be calculated.</translation>
        </message>
        <message>
            <source>Folketall per 1.1.{year} finnes ikke ennå; folketallet per {date} er brukt.</source>
            <translation>The population as at 1 January {year} is not available yet; the population as at {date} is used.</translation>
        </message>
        <message>
            <source>Ingen kommunalt disponerte boliger er registrert for Oslo; fordelingene er tomme.</source>
            <translation>No municipal dwellings are registered for Oslo; the breakdowns are empty.</translation>
        </message>
        <message>
            <source>Ingen kommunalt disponerte boliger er registrert for bydelen; fordelingene er tomme.</source>
            <translation>No municipal dwellings are registered for the district; the breakdowns are empty.</translation>
        </message>
        <message>
            <source>Ingen boligsosiale indikatorer er importert for {year} for alle 15 bydeler.</source>
            <translation>No social housing indicators have been imported for {year} for all 15 districts.</translation>
        </message>
        <message>
            <source>Ingen boligsosiale indikatorer er importert for {year}.</source>
            <translation>No social housing indicators have been imported for {year}.</translation>
        </message>
        <message>
            <source>Endring fra {year} vises ikke: det er ikke lagret noe øyeblikksbilde av tallene for {year}, og registeret hadde ingen boliger her per 31.12.{year} (eller historikken rekker ikke så langt tilbake).</source>
            <translation>The change since {year} is not shown: no snapshot of the figures for {year} has been stored, and the register had no dwellings here as at 31.12.{year} (or its history does not reach that far back).</translation>
        </message>
        <message>
            <source>{n} ledig bolig mangler dato for når den ble ledig og inngår ikke i ledighetstiden.</source>
            <translation>{n} vacant dwelling has no date for when it became vacant and is not included in the vacancy time.</translation>
        </message>
        <message>
            <source>{n} ledige boliger mangler dato for når de ble ledige og inngår ikke i ledighetstiden.</source>
            <translation>{n} vacant dwellings have no date for when they became vacant and are not included in the vacancy time.</translation>
        </message>
        <message>
            <source>{n} ledig bolig ble ledig etter {date} og inngår ikke i ledighetstiden.</source>
            <translation>{n} vacant dwelling became vacant after {date} and is not included in the vacancy time.</translation>
        </message>
        <message>
            <source>{n} ledige boliger ble ledige etter {date} og inngår ikke i ledighetstiden.</source>
            <translation>{n} vacant dwellings became vacant after {date} and are not included in the vacancy time.</translation>
        </message>
        <message>
            <source>Ingen boliger med disposisjonsform {tenures} er registrert.</source>
            <translation>No dwellings with the tenure {tenures} are registered.</translation>
        </message>
        <message>
            <source> eller </source>
            <translation> or </translation>
        </message>
        <message>
            <source>Ingen aktive innleie- eller tilvisningsavtaler er registrert.</source>
            <translation>No active lease or referral agreements are registered.</translation>
        </message>
        <message>
            <source>husleie for {n} utleide bolig</source>
            <translation>rent for {n} let dwelling</translation>
        </message>
        <message>
            <source>husleie for {n} utleide boliger</source>
            <translation>rent for {n} let dwellings</translation>
        </message>
        <message>
            <source>leie for {n} innleieavtale</source>
            <translation>rent for {n} lease agreement</translation>
        </message>
        <message>
            <source>leie for {n} innleieavtaler</source>
            <translation>rent for {n} lease agreements</translation>
        </message>
        <message>
            <source>Mangler {what} (ikke med i beløpene).</source>
            <translation>Missing: {what} (not included in the amounts).</translation>
        </message>
        <message>
            <source> og </source>
            <translation> and </translation>
        </message>
        <message>
            <source>Bestanden er registeret slik det var registrert ved utgangen av {date}.</source>
            <translation>The stock is the register as it was registered at the end of {date}.</translation>
        </message>
        <message>
            <source>Bestanden er dagens register på datoen {date}.</source>
            <translation>The stock is today's register on the date {date}.</translation>
        </message>
        <message>
            <source>Bestanden er registerets innhold på uttaksdatoen.</source>
            <translation>The stock is the register's content on the extraction date.</translation>
        </message>
        <message>
            <source>Her: folketall per {date}</source>
            <translation>Here: population as at {date}</translation>
        </message>
        <message>
            <source>Folketall mangler</source>
            <translation>Population missing</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: alle boliger i boligreg, hver bolig én gang – bydelenes, de sentrale enhetenes og boliger registrert i Sentrum og Marka – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</source>
            <translation>&lt;b&gt;Municipal dwellings&lt;/b&gt; (kommunalt disponerte boliger): every dwelling in boligreg, each dwelling once – the districts', the central units' and dwellings registered in Sentrum and Marka – owned by the City of Oslo, leased or with a right of referral, including dwellings used for something other than housing. Deleted records are not included. {stock}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: boligene bydelen disponerer (uansett beliggenhet) og avtalene den har – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</source>
            <translation>&lt;b&gt;Municipal dwellings&lt;/b&gt; (kommunalt disponerte boliger): the dwellings the district has at its disposal (wherever they are) and its agreements – owned by the City of Oslo, leased or with a right of referral, including dwellings used for something other than housing. Deleted records are not included. {stock}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Per 1 000 innbyggere&lt;/b&gt;: boliger / folketall × 1 000, som i KOSTRA. Folketall per 1. januar året etter (= 31.12.{year}). {pop}.</source>
            <translation>&lt;b&gt;Per 1,000 inhabitants&lt;/b&gt;: dwellings / population × 1,000, as in KOSTRA. Population as at 1 January of the following year (= 31.12.{year}). {pop}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ledig&lt;/b&gt;: status ledig, som andel av alle boliger. Ledighetstid: median antall dager fra registrert ledig-dato til {date}.</source>
            <translation>&lt;b&gt;Vacant&lt;/b&gt;: status vacant, as a share of all dwellings. Vacancy time: median number of days from the registered vacancy date to {date}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Aktive avtaler&lt;/b&gt;: innleie- og tilvisningsavtaler som gjelder {date}. Utløper: sluttdato innen 12 måneder. Ikke gjennomgått: ingen registrert gjennomgang de siste 12 månedene.</source>
            <translation>&lt;b&gt;Active agreements&lt;/b&gt;: lease and referral agreements in force on {date}. Expiring: end date within 12 months. Not reviewed: no review registered in the last 12 months.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger kommunen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler kommunen holder; månedsbeløp × 12.</source>
            <translation>&lt;b&gt;Rent&lt;/b&gt;: let dwellings the City of Oslo has at its disposal; &lt;b&gt;lease cost&lt;/b&gt;: active lease agreements the City of Oslo holds; monthly amount × 12.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger bydelen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler bydelen holder; månedsbeløp × 12.</source>
            <translation>&lt;b&gt;Rent&lt;/b&gt;: let dwellings the district has at its disposal; &lt;b&gt;lease cost&lt;/b&gt;: active lease agreements the district holds; monthly amount × 12.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vedlikeholdsansvar&lt;/b&gt;: boliger der ansvar er registrert for boligen selv eller for bygget den ligger i, gyldig {date}.</source>
            <translation>&lt;b&gt;Maintenance responsibility&lt;/b&gt;: dwellings with a responsibility registered for the dwelling itself or for its building, valid on {date}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Åpne avvik&lt;/b&gt;: funn fra registerets kontroller som ikke er lukket eller akseptert.</source>
            <translation>&lt;b&gt;Open findings&lt;/b&gt;: findings of the register's audits that are neither closed nor accepted.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kilder&lt;/b&gt;: boligreg, uttrekk {time}. Folketall: SSB tabell 10826/07459; {licence}. Indikatorer: se tabellen.</source>
            <translation>&lt;b&gt;Sources&lt;/b&gt;: boligreg, extract {time}. Population: Statistics Norway (SSB) tables 10826/07459; {licence}. Indicators: see the table.</translation>
        </message>
        <message>
            <source>Aktive</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Utløper innen 12 mnd.</source>
            <translation>Expiring within 12 months</translation>
        </message>
        <message>
            <source>Ikke gjennomgått siste 12 mnd.</source>
            <translation>Not reviewed in the last 12 months</translation>
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
            <source>Åpne avvik etter alvorlighet</source>
            <translation>Open findings by severity</translation>
        </message>
        <message>
            <source>Avvik åpne per {date}, etter alvorlighet</source>
            <translation>Findings open as at {date}, by severity</translation>
        </message>
        <message>
            <source>folketall per {date}</source>
            <translation>population as at {date}</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger per {date} · {population}</source>
            <translation>Municipal dwellings as at {date} · {population}</translation>
        </message>
        <message>
            <source>Revidert utgave (utgave {n})</source>
            <translation>Revised edition (edition {n})</translation>
        </message>
        <message>
            <source>Publisert utgave 1</source>
            <translation>Published edition 1</translation>
        </message>
        <message>
            <source>Endret fra utgave {n}: {changes}.</source>
            <translation>Changed from edition {n}: {changes}.</translation>
        </message>
        <message>
            <source>DEMODATA – tallene er syntetiske og laget for utprøving. Ikke til publisering.</source>
            <translation>DEMO DATA – the figures are synthetic and made for trials. Not for publication.</translation>
        </message>
        <message>
            <source>Kommunale boliger per 1 000 innbyggere, alle bydeler</source>
            <translation>Municipal dwellings per 1,000 inhabitants, all districts</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
            <translation>Tenure</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Ingen boliger</source>
            <translation>No dwellings</translation>
        </message>
        <message>
            <source>Målgrupper</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Number of rooms</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Actual use</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelig</source>
            <translation>Wheelchair accessible</translation>
        </message>
        <message>
            <source>Bruk og status</source>
            <translation>Use and status</translation>
        </message>
        <message>
            <source>Innleie</source>
            <translation>Lease</translation>
        </message>
        <message>
            <source>Tilvisning</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Område</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Registrert</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Mangler</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Innleie- og tilvisningsavtaler</source>
            <translation>Lease and referral agreements</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar registrert</source>
            <translation>Maintenance responsibility registered</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Dette mangler på arket</source>
            <translation>Missing from this sheet</translation>
        </message>
        <message>
            <source>Definisjoner og kilder</source>
            <translation>Definitions and sources</translation>
        </message>
        <message>
            <source>Husleie og innleiekostnad per år</source>
            <translation>Rent and lease cost per year</translation>
        </message>
        <message>
            <source>Kroner</source>
            <translation>NOK</translation>
        </message>
        <message>
            <source>Husleie, utleide boliger</source>
            <translation>Rent, let dwellings</translation>
        </message>
        <message>
            <source>– herav i innleide boliger</source>
            <translation>– of which in leased dwellings</translation>
        </message>
        <message>
            <source>Innleiekostnad, aktive avtaler</source>
            <translation>Lease cost, active agreements</translation>
        </message>
        <message>
            <source>boliger per 31.12 som registrert da ({year}: {date}); oransje: ledige</source>
            <translation>dwellings as at 31.12 as registered then ({year}: {date}); orange: vacant</translation>
        </message>
        <message>
            <source>ikke registrert</source>
            <translation>not registered</translation>
        </message>
        <message>
            <source>Som registrert per {date}: registeret slik det sto ved utgangen av dagen, også åpne avvik.</source>
            <translation>As registered at {date}: the register as it stood at the end of the day, open findings included.</translation>
        </message>
        <message>
            <source>{n} poster er endret senere og er ikke med.</source>
            <translation>{n} records were changed later and are not included.</translation>
        </message>
        <message>
            <source>Med senere rettelser: dagens register på datoen {date}; {n} poster er endret etter datoen.</source>
            <translation>With later corrections: today's register on the date {date}; {n} records were changed after the date.</translation>
        </message>
        <message>
            <source>{year}: registeret som registrert per 31.12.{year} (fra endringsloggen).</source>
            <translation>{year}: the register as registered at 31.12.{year} (from the change log).</translation>
        </message>
        <message>
            <source>Øyeblikksbilde av {year} tatt {date}.</source>
            <translation>Snapshot of {year} taken {date}.</translation>
        </message>
        <message>
            <source>Endring fra {year}</source>
            <translation>Change since {year}</translation>
        </message>
        <message>
            <source>Ikke tilgjengelig: det er ikke lagret noe øyeblikksbilde av tallene for {year0}, og registerets historikk viser ingen boliger her per 31.12.{year0}. Et øyeblikksbilde av {year} gjør at neste års faktaark viser endringen.</source>
            <translation>Not available: no snapshot of the figures for {year0} has been stored, and the register's history shows no dwellings here as at 31.12.{year0}. A snapshot of {year} lets next year's fact sheet show the change.</translation>
        </message>
        <message>
            <source>Folketall</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Per 1 000 innbyggere</source>
            <translation>Per 1,000 inhabitants</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Rullestolboliger, %</source>
            <translation>Wheelchair dwellings, %</translation>
        </message>
        <message>
            <source>Ikke brukt som bolig</source>
            <translation>Not used as housing</translation>
        </message>
        <message>
            <source>Aktive avtaler</source>
            <translation>Active agreements</translation>
        </message>
        <message>
            <source>Endring</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>I alt {n} boliger disponeres av sentrale enheter: med i Oslos tall over, ikke i noen bydels.</source>
            <translation>In all, {n} dwellings are at the disposal of central units: included in Oslo's figures above, not in any district's.</translation>
        </message>
        <message>
            <source>Ingen boliger i bydelen disponeres av en sentral enhet. Tallene på arket er boligene bydelen disponerer.</source>
            <translation>No dwellings in the district are at the disposal of a central unit. The figures on the sheet are the dwellings the district has at its disposal.</translation>
        </message>
        <message>
            <source>I alt {n} boliger som ligger i bydelen, disponeres av en sentral enhet: de er ikke med i tallene over, som teller det bydelen disponerer.</source>
            <translation>In all, {n} dwellings located in the district are at the disposal of a central unit: they are not in the figures above, which count what the district has at its disposal.</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger i bydelen</source>
            <translation>Central units' dwellings in the district</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger i Oslo</source>
            <translation>Central units' dwellings in Oslo</translation>
        </message>
        <message>
            <source>{vacant} ledig, {wheelchair} rullestoltilgjengelige</source>
            <translation>{vacant} vacant, {wheelchair} wheelchair accessible</translation>
        </message>
        <message>
            <source>{vacant} ledige, {wheelchair} rullestoltilgjengelige</source>
            <translation>{vacant} vacant, {wheelchair} wheelchair accessible</translation>
        </message>
        <message>
            <source>Indikator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Boligsosiale indikatorer {year}</source>
            <translation>Social housing indicators {year}</translation>
        </message>
        <message>
            <source>Ingen indikatorer er importert for {year} for alle 15 bydeler. Importer dem med «boligreg stats import» eller i vinduet.</source>
            <translation>No indicators have been imported for {year} for all 15 districts. Import them with “boligreg stats import” or in the window.</translation>
        </message>
        <message>
            <source>Ingen indikatorer er importert for {year}. Importer dem med «boligreg stats import» eller i vinduet.</source>
            <translation>No indicators have been imported for {year}. Import them with “boligreg stats import” or in the window.</translation>
        </message>
        <message>
            <source>Oslo: summen av de 15 bydelene; bare indikatorer som alle bydelene har tall for.</source>
            <translation>Oslo: the sum of the 15 districts; only indicators that every district has figures for.</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger {year}</source>
            <translation>Municipal dwellings {year}</translation>
        </message>
        <message>
            <source>Lager faktaark for {name} …</source>
            <translation>Making the fact sheet for {name} …</translation>
        </message>
        <message>
            <source>{n} faktaark laget.</source>
            <translation>{n} fact sheets made.</translation>
        </message>
        <message>
            <source>{name} er uthevet i tabellen.</source>
            <translation>{name} is highlighted in the table.</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innbyggere, bydelene fra flest til færrest</source>
            <translation>Dwellings per 1,000 inhabitants, the districts from most to fewest</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Kartet på PDF-arket viser de 15 bydelene skyggelagt etter boliger per 1 000 innbyggere, mørkere jo flere; tallene står i tabellen over.</source>
            <translation>The map on the PDF sheet shows the 15 districts shaded by dwellings per 1,000 inhabitants, darker the more there are; the figures are in the table above.</translation>
        </message>
        <message>
            <source>til og med {n}</source>
            <translation>up to and including {n}</translation>
        </message>
        <message>
            <source>Fargene går fra {low} til {high} i {n} klasser: {classes}.</source>
            <translation>The colours go from {low} to {high} in {n} classes: {classes}.</translation>
        </message>
        <message>
            <source>Kartet på PDF-arket viser hvor {name} ligger blant Oslos bydeler.</source>
            <translation>The map on the PDF sheet shows where {name} lies among Oslo's districts.</translation>
        </message>
        <message>
            <source>Nøkkeltall</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Boliger per 31.12 som registrert da ({year}: {date}). Et år registeret ikke dekker, står som «ikke registrert».</source>
            <translation>Dwellings as at 31.12 as registered then ({year}: {date}). A year the register does not cover shows as “not registered”.</translation>
        </message>
        <message>
            <source>Boliger per 31.12 etter disposisjonsform, og ledige</source>
            <translation>Dwellings as at 31.12 by tenure, and vacant</translation>
        </message>
        <message>
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Husleie og innleiekostnad</source>
            <translation>Rent and lease cost</translation>
        </message>
        <message>
            <source>Per år</source>
            <translation>Per year</translation>
        </message>
        <message>
            <source>Boliger etter disposisjonsform</source>
            <translation>Dwellings by tenure</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Boliger etter målgruppe</source>
            <translation>Dwellings by target group</translation>
        </message>
        <message>
            <source>Boliger etter antall rom</source>
            <translation>Dwellings by number of rooms</translation>
        </message>
        <message>
            <source>Avtaler etter type</source>
            <translation>Agreements by type</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Boliger med registrert vedlikeholdsansvar, etter område</source>
            <translation>Dwellings with registered maintenance responsibility, by area</translation>
        </message>
        <message>
            <source>Tilgjengelig utgave (HTML) av PDF-faktaarket, med de samme tallene.</source>
            <translation>Accessible edition (HTML) of the PDF fact sheet, with the same figures.</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelige</source>
            <translation>Wheelchair accessible</translation>
        </message>
        <message>
            <source>Tallene i {year0} og {year}</source>
            <translation>The figures in {year0} and {year}</translation>
        </message>
        <message>
            <source>Tall</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Lager HTML-faktaark for {name} …</source>
            <translation>Making the HTML fact sheet for {name} …</translation>
        </message>
    </context>
    <context>
        <name>Map</name>
        <message>
            <source>Ingen tall å vise</source>
            <translation>No figures to show</translation>
        </message>
        <message>
            <source>ingen tall</source>
            <translation>no figures</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Side {page} av {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPdf</name>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Innleie/år (kr)</source>
            <translation>Lease/year (NOK)</translation>
        </message>
        <message>
            <source>Husleie/år (kr)</source>
            <translation>Rent/year (NOK)</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Åpne avvik</source>
            <translation>Open findings</translation>
        </message>
        <message>
            <source>Med vedl.ansvar</source>
            <translation>With maint. resp.</translation>
        </message>
        <message>
            <source>Boliger enheten disponerer</source>
            <translation>Dwellings at the unit's disposal</translation>
        </message>
        <message>
            <source>Gjeldende avtaler enheten har ansvar for</source>
            <translation>Current agreements the unit is responsible for</translation>
        </message>
        <message>
            <source>Innleiekostnad per år (kr)</source>
            <translation>Lease cost per year (NOK)</translation>
        </message>
        <message>
            <source>Husleie per år (kr)</source>
            <translation>Rent per year (NOK)</translation>
        </message>
        <message>
            <source>Ledige boliger</source>
            <translation>Vacant dwellings</translation>
        </message>
        <message>
            <source>Boliger med vedlikeholdsansvar</source>
            <translation>Dwellings with maintenance responsibility</translation>
        </message>
        <message>
            <source>Boliger: boligene enheten disponerer. Avtaler: gjeldende innleie- og tilvisningsavtaler enheten har ansvar for. Innleie/år: avtalenes månedsleie × 12. Husleie/år: husleien for boligene enheten disponerer × 12. Ledige: ledige boliger. Åpne avvik: åpne avvik på enhetens boliger og avtaler. Med vedl.ansvar: enhetens boliger med gjeldende vedlikeholdsansvar, på boligen eller bygget.</source>
            <translation>Dwellings: the dwellings at the unit's disposal. Agreements: current lease and referral agreements the unit is responsible for. Lease/year: the agreements' monthly rent × 12. Rent/year: the rent of the dwellings at the unit's disposal × 12. Vacant: vacant dwellings. Open findings: open findings on the unit's dwellings and agreements. With maint. resp.: the unit's dwellings with a current maintenance responsibility, on the dwelling or the building.</translation>
        </message>
        <message>
            <source>Før</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Etter</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Ingen enhet har noe av dette.</source>
            <translation>No unit has any of this.</translation>
        </message>
        <message>
            <source>Scenario: {name}</source>
            <translation>Scenario: {name}</translation>
        </message>
        <message>
            <source>Beregnet {day} kl. {time} · overføringene gjelder fra {date}</source>
            <translation>Calculated {day} at {time} · the transfers apply from {date}</translation>
        </message>
        <message>
            <source>DEMODATA: boligene, avtalene og fordelingen på enheter er syntetiske.</source>
            <translation>DEMO DATA: the dwellings, the agreements and their distribution among units are synthetic.</translation>
        </message>
        <message>
            <source>Hva flyttes</source>
            <translation>What moves</translation>
        </message>
        <message>
            <source>Ingenting er lagret: scenarioet ble regnet på en kopi av registeret i minnet.</source>
            <translation>Nothing has been saved: the scenario was calculated on a copy of the register in memory.</translation>
        </message>
        <message>
            <source>Per enhet, før og etter</source>
            <translation>Per unit, before and after</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Tall i fet skrift endres.</source>
            <translation>Figures in bold change.</translation>
        </message>
        <message>
            <source>Før og etter</source>
            <translation>Before and after</translation>
        </message>
        <message>
            <source>Scenario fra boligreg: før og etter per enhet</source>
            <translation>Scenario from boligreg: before and after per unit</translation>
        </message>
    </context>
    <context>
        <name>TablePdf</name>
        <message>
            <source>Ingen rader i utvalget.</source>
            <translation>No rows in the selection.</translation>
        </message>
        <message>
            <source>Utskrevet {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>Liste fra boligreg</source>
            <translation>List from boligreg</translation>
        </message>
    </context>
</TS>

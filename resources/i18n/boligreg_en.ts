<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>AgreementDwellings</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>{n} bolig</source>
            <translation>{n} dwelling</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} dwellings</translation>
        </message>
        <message>
            <source>Ugyldig dato – skriv dd.mm.åååå</source>
            <translation>Invalid date – type dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Legg til boliger i {agreement}</source>
            <translation>Add dwellings to {agreement}</translation>
        </message>
        <message>
            <source>Boliger i avtalens bydel som avtalen ikke gjelder i dag. Søk på adresse eller bruksenhetsnummer og kryss av.</source>
            <translation>Dwellings in the agreement's district that the agreement does not cover today. Search by address or dwelling unit number and tick them.</translation>
        </message>
        <message>
            <source>Søk i adresse eller bruksenhetsnummer</source>
            <translation>Search address or dwelling unit number</translation>
        </message>
        <message>
            <source>Fra dato *</source>
            <translation>From date *</translation>
        </message>
        <message>
            <source>Legg til</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>viser {shown} av {total} – søk for å snevre inn</source>
            <translation>showing {shown} of {total} – search to narrow it down</translation>
        </message>
        <message>
            <source>Ingen boliger passer søket.</source>
            <translation>No dwellings match the search.</translation>
        </message>
        <message>
            <source>Alle boligene i bydelen er allerede med i avtalen.</source>
            <translation>Every dwelling in the district is already in the agreement.</translation>
        </message>
        <message>
            <source>{found}  ·  {n} valgt</source>
            <translation>{found}  ·  {n} selected</translation>
        </message>
        <message>
            <source>Kryss av minst én bolig.</source>
            <translation>Tick at least one dwelling.</translation>
        </message>
        <message>
            <source>Avslutt kobling</source>
            <translation>End link</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dwelling}&lt;/b&gt; skal ikke lenger være med i &lt;b&gt;{agreement}&lt;/b&gt; fra og med dagen etter til-datoen. Koblingen og perioden beholdes i avtalen og i historikken.</source>
            <translation>&lt;b&gt;{dwelling}&lt;/b&gt; will no longer be part of &lt;b&gt;{agreement}&lt;/b&gt; from the day after the end date. The link and its period are kept in the agreement and in the history.</translation>
        </message>
        <message>
            <source>Til dato *</source>
            <translation>End date *</translation>
        </message>
        <message>
            <source>Avslutt</source>
            <translation>End</translation>
        </message>
        <message>
            <source>+  Legg til boliger …</source>
            <translation>+  Add dwellings …</translation>
        </message>
        <message>
            <source>Legg boliger fra avtalens bydel til avtalen</source>
            <translation>Add dwellings from the agreement's district to the agreement</translation>
        </message>
        <message>
            <source>Avslutt kobling …</source>
            <translation>End link …</translation>
        </message>
        <message>
            <source>Sett til-dato for den valgte boligen i avtalen</source>
            <translation>Set the end date for the selected dwelling in the agreement</translation>
        </message>
        <message>
            <source>{dwellings} lagt til i avtalen.</source>
            <translation>{dwellings} added to the agreement.</translation>
        </message>
        <message>
            <source>Koblingen til {dwelling} er avsluttet.</source>
            <translation>The link to {dwelling} has been ended.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Daglig sikkerhetskopi feilet: {error}</source>
            <translation>Daily backup failed: {error}</translation>
        </message>
        <message>
            <source>Daglig sikkerhetskopi</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <source>Skadet database</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <source>Nyeste gode sikkerhetskopi er fra {taken} med {dwellings}. Vil du gjenopprette den? Den skadde filen tas vare på.</source>
            <translation>The newest good backup is from {taken}, with {dwellings}. Do you want to restore it? The damaged file is kept.</translation>
        </message>
        <message>
            <source>Gjenopprett</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kan ikke åpne databasen</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>Gjenoppretting</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Gjenopprettet fra {name}</source>
            <translation>Restored from {name}</translation>
        </message>
    </context>
    <context>
        <name>AppState</name>
        <message>
            <source>Alle bydeler</source>
            <translation>All districts</translation>
        </message>
    </context>
    <context>
        <name>AsOf</name>
        <message>
            <source>Registeret slik det var registrert per {day} – kun lesing. Endringer, angre og import er slått av.</source>
            <translation>The register as it was recorded on {day} – read only. Editing, undo and import are switched off.</translation>
        </message>
        <message>
            <source>Tilbake til i dag</source>
            <translation>Back to today</translation>
        </message>
        <message>
            <source>Vis registeret slik det er nå, og rediger igjen</source>
            <translation>Show the register as it is now, and edit again</translation>
        </message>
        <message>
            <source>Vis registeret per …</source>
            <translation>Show the register as of …</translation>
        </message>
        <message>
            <source>Tabellene vises slik registeret var registrert ved slutten av dagen (kl. 24.00 norsk tid), bare for lesing.</source>
            <translation>The tables are shown as the register was recorded at the end of the day (midnight, Norwegian time), read only.</translation>
        </message>
        <message>
            <source>31.12 i fjor</source>
            <translation>31.12 last year</translation>
        </message>
        <message>
            <source>Vis</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Registeret per {day}</source>
            <translation>The register as of {day}</translation>
        </message>
        <message>
            <source>Viser registeret per {day} (kun lesing).</source>
            <translation>Showing the register as of {day} (read only).</translation>
        </message>
    </context>
    <context>
        <name>BydelMap</name>
        <message>
            <source>ingen tall</source>
            <translation>no figure</translation>
        </message>
        <message>
            <source>{bydel}: {value}
Klikk for å velge bydelen</source>
            <translation>{bydel}: {value}
Click to choose the district</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Bruker</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Endring</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Posten er endret av en annen</source>
            <translation>The record was changed by someone else</translation>
        </message>
        <message>
            <source>&lt;b&gt;{record}&lt;/b&gt; ble endret av &lt;b&gt;{who}&lt;/b&gt; {when} mens du redigerte. Ingenting er lagret ennå. Velg for hvert felt hvilken verdi som skal gjelde; felt begge har endret må velges.</source>
            <translation>&lt;b&gt;{record}&lt;/b&gt; was changed by &lt;b&gt;{who}&lt;/b&gt; {when} while you were editing. Nothing has been saved yet. Choose which value applies for each field; fields you both changed must be chosen.</translation>
        </message>
        <message>
            <source>en annen</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Opprinnelig</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>Din verdi</source>
            <translation>Your value</translation>
        </message>
        <message>
            <source>Deres verdi</source>
            <translation>Their value</translation>
        </message>
        <message>
            <source>Behold alle mine</source>
            <translation>Keep all mine</translation>
        </message>
        <message>
            <source>Bruk alle deres</source>
            <translation>Use all theirs</translation>
        </message>
        <message>
            <source>Lagre valgene</source>
            <translation>Save choices</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>{n} bolig</source>
            <translation>{n} dwelling</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} dwellings</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Angre: {what} (Ctrl+Z)</source>
            <translation>Undo: {what} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Ingenting å angre</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <source>Gjør om: {what} (Ctrl+Shift+Z)</source>
            <translation>Redo: {what} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Ingenting å gjøre om</source>
            <translation>Nothing to redo</translation>
        </message>
        <message>
            <source>Kan ikke angre</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <source>Kan ikke gjøre om</source>
            <translation>Cannot redo</translation>
        </message>
        <message>
            <source>bolig</source>
            <translation>dwelling</translation>
        </message>
        <message>
            <source>en bolig</source>
            <translation>a dwelling</translation>
        </message>
        <message>
            <source>eiendom</source>
            <translation>property</translation>
        </message>
        <message>
            <source>en eiendom</source>
            <translation>a property</translation>
        </message>
        <message>
            <source>avtale</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>en avtale</source>
            <translation>an agreement</translation>
        </message>
        <message>
            <source>post</source>
            <translation>record</translation>
        </message>
        <message>
            <source>en post</source>
            <translation>a record</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Lagre endringene (Ctrl+S)</source>
            <translation>Save the changes (Ctrl+S)</translation>
        </message>
        <message>
            <source>Forkast</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Forkast endringene (Esc)</source>
            <translation>Discard the changes (Esc)</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Delete …</translation>
        </message>
        <message>
            <source>Slett posten (Delete i tabellen). Kan angres.</source>
            <translation>Delete the record (Delete in the table). Can be undone.</translation>
        </message>
        <message>
            <source>●  Ikke lagret</source>
            <translation>●  Not saved</translation>
        </message>
        <message>
            <source>Opplysninger</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Koblinger</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Tenancies</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Velg {a_noun} i tabellen for å se og redigere den.

Ctrl+F søk  ·  Ctrl+N ny  ·  Ctrl+S lagre  ·  Ctrl+Z angre  ·  Alt+Venstre tilbake</source>
            <translation>Select {a_noun} in the table to view and edit it.

Ctrl+F search  ·  Ctrl+N new  ·  Ctrl+S save  ·  Ctrl+Z undo  ·  Alt+Left back</translation>
        </message>
        <message>
            <source>Posten var slettet denne dagen.</source>
            <translation>The record had been deleted by this day.</translation>
        </message>
        <message>
            <source>Slik posten var registrert per {day} – kun lesing.</source>
            <translation>The record as it was recorded on {day} – read only.</translation>
        </message>
        <message>
            <source>Posten er slettet. Angre (Ctrl+Z) for å gjenopprette.</source>
            <translation>The record has been deleted. Undo (Ctrl+Z) to restore it.</translation>
        </message>
        <message>
            <source>Koblinger ({n})</source>
            <translation>Links ({n})</translation>
        </message>
        <message>
            <source>Leieforhold ({n})</source>
            <translation>Tenancies ({n})</translation>
        </message>
        <message>
            <source>Ny {noun}</source>
            <translation>New {noun}</translation>
        </message>
        <message>
            <source>Fyll ut feltene og lagre (Ctrl+S). Felt med * må fylles ut.</source>
            <translation>Fill in the fields and save (Ctrl+S). Fields marked * are required.</translation>
        </message>
        <message>
            <source>Ulagrede endringer</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Du har endringer i {record} som ikke er lagret.</source>
            <translation>You have changes to {record} that have not been saved.</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ikke lagret: {n} felt må rettes (se merknaden ved feltet).</source>
            <translation>Not saved: {n} fields need correcting (see the note by each field).</translation>
        </message>
        <message>
            <source>Ikke lagret: rett feltet som er merket.</source>
            <translation>Not saved: correct the field that is marked.</translation>
        </message>
        <message>
            <source>Kan ikke lagre</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Opprett {noun}</source>
            <translation>Create {noun}</translation>
        </message>
        <message>
            <source>Ny {noun} er lagret.</source>
            <translation>New {noun} saved.</translation>
        </message>
        <message>
            <source>Lagret.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Endre {fields}</source>
            <translation>Change {fields}</translation>
        </message>
        <message>
            <source>Ikke lagret: {record} er slettet av {who} mens du redigerte. Endringene dine står fortsatt i skjemaet.</source>
            <translation>Not saved: {record} was deleted by {who} while you were editing. Your changes are still in the form.</translation>
        </message>
        <message>
            <source>en annen</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>Ikke lagret. Endringene dine står i skjemaet; lagre på nytt for å velge igjen, eller forkast dem.</source>
            <translation>Not saved. Your changes are still in the form; save again to choose again, or discard them.</translation>
        </message>
        <message>
            <source>Lagret etter valg mellom dine og deres verdier.</source>
            <translation>Saved after choosing between your values and theirs.</translation>
        </message>
        <message>
            <source>Deres verdier er beholdt; ingenting av ditt er lagret.</source>
            <translation>Their values have been kept; none of yours were saved.</translation>
        </message>
        <message>
            <source>Kan ikke slette</source>
            <translation>Cannot delete</translation>
        </message>
        <message>
            <source>Slett {noun}</source>
            <translation>Delete {noun}</translation>
        </message>
        <message>
            <source>Slette {record}?

Posten skjules fra registeret, men historikken beholdes. Du kan angre med Ctrl+Z.</source>
            <translation>Delete {record}?

The record is hidden from the register, but its history is kept. You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Slett {record}</source>
            <translation>Delete {record}</translation>
        </message>
        <message>
            <source>Angret: {what}.</source>
            <translation>Undone: {what}.</translation>
        </message>
        <message>
            <source>Gjort om: {what}.</source>
            <translation>Redone: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Boliger (kan importeres igjen)</source>
            <translation>Dwellings (can be imported again)</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance responsibility</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Excel (.xlsx)</source>
            <translation>Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV (.csv, semikolon)</source>
            <translation>CSV (.csv, semicolon)</translation>
        </message>
        <message>
            <source>Kobo-importfil (Husbanken/KS)</source>
            <translation>Kobo import file (Husbanken/KS)</translation>
        </message>
        <message>
            <source>Eksporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Alle bydeler</source>
            <translation>All districts</translation>
        </message>
        <message>
            <source>Hva:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Bydel:</source>
            <translation>District:</translation>
        </message>
        <message>
            <source>Eksporter …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Kobo-filen har Kobos kolonner i Kobos rekkefølge; felt boligreg ikke har, står tomme.</source>
            <translation>The Kobo file has Kobo's columns in Kobo's order; fields boligreg does not have are left empty.</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>dwellings</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>agreements</translation>
        </message>
        <message>
            <source>vedlikeholdsansvar</source>
            <translation>maintenance-responsibility</translation>
        </message>
        <message>
            <source>avvik</source>
            <translation>findings</translation>
        </message>
        <message>
            <source>kobo-boliger</source>
            <translation>kobo-dwellings</translation>
        </message>
        <message>
            <source>Eksporter til</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Skrev {rows} rader til {path}.</source>
            <translation>Wrote {rows} rows to {path}.</translation>
        </message>
        <message>
            <source>Eksporterer</source>
            <translation>Exporting</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Rullestol: alle</source>
            <translation>Wheelchair: all</translation>
        </message>
        <message>
            <source>Rullestol: tilgjengelig</source>
            <translation>Wheelchair: accessible</translation>
        </message>
        <message>
            <source>Rullestol: ikke tilgj.</source>
            <translation>Wheelchair: not accessible</translation>
        </message>
        <message>
            <source>Utløper: når som helst</source>
            <translation>Expires: any time</translation>
        </message>
        <message>
            <source>Utløper innen {n} dager</source>
            <translation>Expires within {n} days</translation>
        </message>
        <message>
            <source>Bare avtaler som utløper fra i dag og innen så mange dager</source>
            <translation>Only agreements that expire from today and within this many days</translation>
        </message>
        <message>
            <source>Nullstill</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Fjern søk og alle filtre</source>
            <translation>Clear the search and every filter</translation>
        </message>
        <message>
            <source>Ingen treff i noen bydel</source>
            <translation>No matches in any district</translation>
        </message>
        <message>
            <source>{n} treff i andre bydeler — vis alle bydeler</source>
            <translation>{n} matches in other districts — show all districts</translation>
        </message>
        <message>
            <source> i {where}</source>
            <translation> in {where}</translation>
        </message>
        <message>
            <source>  (viser {n})</source>
            <translation>  (showing {n})</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source> eller </source>
            <translation> or </translation>
        </message>
        <message>
            <source># Tastatursnarveier</source>
            <translation># Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Listen er laget av vinduet selv og stemmer alltid med tastene som virker.</source>
            <translation>This list is made by the window itself, so it always matches the keys that work.</translation>
        </message>
        <message>
            <source>| gjør | tast |</source>
            <translation>| action | keys |</translation>
        </message>
        <message>
            <source>boligreg – brukerveiledning</source>
            <translation>boligreg – user guide</translation>
        </message>
        <message>
            <source>Søk i veiledningen</source>
            <translation>Search the guide</translation>
        </message>
        <message>
            <source># Ingen treff

Ingen side inneholder «{text}».</source>
            <translation># No matches

No page contains “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>LinkList</name>
        <message>
            <source>Dobbeltklikk eller Enter for å åpne.</source>
            <translation>Double-click or press Enter to open.</translation>
        </message>
        <message>
            <source>Ingen koblinger.</source>
            <translation>No links.</translation>
        </message>
        <message>
            <source>Ingen endringer er logget for denne posten. Poster fra demodata og import er logget samlet for hele innlesingen.</source>
            <translation>No changes are logged for this record. Records from demo data and imports are logged once for the whole load.</translation>
        </message>
        <message>
            <source>Ingen leieforhold registrert.

«Nytt leieforhold» registrerer type, datoer og saksreferanse.</source>
            <translation>No tenancies recorded.

“New tenancy” records the type, the dates and a case reference.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kommunalt disponerte boliger
Oslo kommune</source>
            <translation>Municipal housing
City of Oslo</translation>
        </message>
        <message>
            <source>DEMODATA: boligene, avtalene og fordelingen på bydeler er syntetiske (laget av «boligreg demo»). Folketall og adresser er ekte.</source>
            <translation>DEMO DATA: the dwellings, the agreements and their spread across districts are synthetic (made by “boligreg demo”). Population figures and addresses are real.</translation>
        </message>
        <message>
            <source>{name}  ·  bruker: {user}</source>
            <translation>{name}  ·  user: {user}</translation>
        </message>
        <message>
            <source>Utvalg</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>◀  Tilbake</source>
            <translation>◀  Back</translation>
        </message>
        <message>
            <source>Tilbake til forrige post (Alt+Venstre)</source>
            <translation>Back to the previous record (Alt+Left)</translation>
        </message>
        <message>
            <source>Bydel: </source>
            <translation>District: </translation>
        </message>
        <message>
            <source>Utvalget velger etter beliggenhet: listene viser boliger og bygg som ligger i bydelen, avtaler og avvik registrert på bydelen. Oversikt, faktaark og statistikk teller det bydelen disponerer (boliger) og har (avtaler); sentrale enheters boliger i bydelen vises for seg.</source>
            <translation>The scope chooses by location: the lists show dwellings and buildings located in the district, and agreements and findings registered to it. Overview, fact sheets and statistics count what the district manages (dwellings) and holds (agreements); central units' dwellings in the district are shown separately.</translation>
        </message>
        <message>
            <source>Alle bydeler</source>
            <translation>All districts</translation>
        </message>
        <message>
            <source>Vis registeret per …</source>
            <translation>Show the register as of …</translation>
        </message>
        <message>
            <source>Vis tabellene slik registeret var registrert ved slutten av en dato (kun lesing)</source>
            <translation>Show the tables as the register was recorded at the end of a given day (read only)</translation>
        </message>
        <message>
            <source>Vis registeret per dato</source>
            <translation>Show the register as of a date</translation>
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Åpne database …</source>
            <translation>&amp;Open database …</translation>
        </message>
        <message>
            <source>Siste &amp;filer</source>
            <translation>Recent &amp;files</translation>
        </message>
        <message>
            <source>Ta &amp;sikkerhetskopi nå</source>
            <translation>Take a &amp;backup now</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
            <translation>&amp;Restore from backup …</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Oppdater</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Brukerveiledning</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;Kom i gang</source>
            <translation>&amp;Getting started</translation>
        </message>
        <message>
            <source>&amp;Tastatursnarveier</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Om boligreg</source>
            <translation>&amp;About boligreg</translation>
        </message>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Start boligreg på nytt nå</source>
            <translation>Restart boligreg now</translation>
        </message>
        <message>
            <source>Senere</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Vis registeret i &amp;dag</source>
            <translation>Show the register &amp;today</translation>
        </message>
        <message>
            <source> – DEMODATA</source>
            <translation> – DEMO DATA</translation>
        </message>
        <message>
            <source> – per {day} (kun lesing)</source>
            <translation> – as of {day} (read only)</translation>
        </message>
        <message>
            <source>Kan ikke vise {entity} {id} ennå i dette vinduet.</source>
            <translation>Cannot show {entity} {id} in this window yet.</translation>
        </message>
        <message>
            <source>Ingen andre filer åpnet ennå</source>
            <translation>No other files opened yet</translation>
        </message>
        <message>
            <source>Åpne boligreg-database</source>
            <translation>Open boligreg database</translation>
        </message>
        <message>
            <source>boligreg-database (*.db);;Alle filer (*)</source>
            <translation>boligreg database (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Kan ikke åpne databasen</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>Sikkerhetskopi</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Sikkerhetskopi tatt: {name}</source>
            <translation>Backup taken: {name}</translation>
        </message>
        <message>
            <source>Om boligreg</source>
            <translation>About boligreg</translation>
        </message>
        <message>
            <source>&lt;b&gt;boligreg {version}&lt;/b&gt;&lt;br&gt;Register over Oslo kommunes kommunalt disponerte boliger, avtaler og vedlikeholdsansvar.&lt;br&gt;&lt;br&gt;Folketall: Kilde: SSB. Postnummer: © Posten Norge AS. Gatenavn: Erik Bolstad, www.erikbolstad.no/postnummer/.</source>
            <translation>&lt;b&gt;boligreg {version}&lt;/b&gt;&lt;br&gt;Register of the City of Oslo's municipal housing, agreements and maintenance responsibility.&lt;br&gt;&lt;br&gt;Population: Source: Statistics Norway (SSB). Postcodes: © Posten Norge AS. Street names: Erik Bolstad, www.erikbolstad.no/postnummer/.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Språket blir {language} neste gang boligreg startes.</source>
            <translation>The language will be {language} the next time boligreg is started.</translation>
        </message>
    </context>
    <context>
        <name>Matrix</name>
        <message>
            <source>Indre</source>
            <translation>Int.</translation>
        </message>
        <message>
            <source>Ytre</source>
            <translation>Ext.</translation>
        </message>
        <message>
            <source>Tekn.</source>
            <translation>Tech.</translation>
        </message>
        <message>
            <source>Ute</source>
            <translation>Outd.</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>{party} har ansvar for {scope}. Klikk for å fjerne.</source>
            <translation>{party} is responsible for {scope}. Click to remove.</translation>
        </message>
        <message>
            <source>{party} har ansvar for {scope} for hele eiendommen (arvet). Klikk for å gi boligen en egen ansvarlig.</source>
            <translation>{party} is responsible for {scope} for the whole property (inherited). Click to give the dwelling its own responsible party.</translation>
        </message>
        <message>
            <source>Klikk for å gjøre {party} ansvarlig for {scope}; Ctrl+klikk legger til uten å fjerne andre.</source>
            <translation>Click to make {party} responsible for {scope}; Ctrl+click adds without removing others.</translation>
        </message>
        <message>
            <source>Mangler</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Dobbelt</source>
            <translation>Double</translation>
        </message>
        <message>
            <source>Arvet</source>
            <translation>Inherited</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Ingen har ansvaret for dette området.</source>
            <translation>Nobody is responsible for this area.</translation>
        </message>
        <message>
            <source>{n} har ansvaret for samme område: {parties}. Avklar hvem.</source>
            <translation>{n} parties are responsible for the same area: {parties}. Settle who.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Uventet feil: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Skriv ut {title}</source>
            <translation>Print {title}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Skriv en del av adressen …</source>
            <translation>Type part of the address …</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Velg …</source>
            <translation>Choose …</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <source>utløpt ({n} d)</source>
            <translation>expired ({n} d)</translation>
        </message>
        <message>
            <source>Kopier rader</source>
            <translation>Copy rows</translation>
        </message>
        <message>
            <source>Vis kolonner</source>
            <translation>Show columns</translation>
        </message>
        <message>
            <source>Tilbakestill kolonner</source>
            <translation>Reset columns</translation>
        </message>
        <message>
            <source>Kopier rader med overskrifter</source>
            <translation>Copy rows with headings</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Daglig (første åpning)</source>
            <translation>Daily (first opening)</translation>
        </message>
        <message>
            <source>Manuell</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Før oppgradering</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <source>Før import</source>
            <translation>Before import</translation>
        </message>
        <message>
            <source>Før gjenoppretting</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <source>Før kryptering</source>
            <translation>Before encryption</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
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
            <source>Eiendommer</source>
            <translation>Properties</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Sikkerhetskopier av &lt;b&gt;{name}&lt;/b&gt;, nyeste først. Filen slik den er nå tas vare på som en egen sikkerhetskopi før den erstattes, så gjenopprettingen kan angres.</source>
            <translation>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. The file as it is now is kept as a backup of its own before it is replaced, so the restore can be undone.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Skadet – kan ikke brukes</source>
            <translation>Damaged – cannot be used</translation>
        </message>
        <message>
            <source>Det finnes ingen sikkerhetskopier av denne filen ennå.</source>
            <translation>There are no backups of this file yet.</translation>
        </message>
        <message>
            <source>Gjenopprett valgt</source>
            <translation>Restore selected</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>Sentral</source>
            <translation>Central</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Tilkoblet sentraldatabasen direkte</source>
            <translation>Connected directly to the central database</translation>
        </message>
        <message>
            <source>Aldri synkronisert</source>
            <translation>Never synchronised</translation>
        </message>
        <message>
            <source>Sist synkronisert {when}</source>
            <translation>Last synchronised {when}</translation>
        </message>
        <message>
            <source>ingen lokale endringer venter</source>
            <translation>no local changes waiting</translation>
        </message>
        <message>
            <source>{n} lokal endring venter</source>
            <translation>{n} local change waiting</translation>
        </message>
        <message>
            <source>{n} lokale endringer venter</source>
            <translation>{n} local changes waiting</translation>
        </message>
        <message>
            <source>{n} konflikt</source>
            <translation>{n} conflict</translation>
        </message>
        <message>
            <source>{n} konflikter</source>
            <translation>{n} conflicts</translation>
        </message>
        <message>
            <source>Sentraldatabase</source>
            <translation>Central database</translation>
        </message>
        <message>
            <source>Adressen til sentraldatabasen, for eksempel &lt;tt&gt;postgresql+psycopg://kari@boligreg.oslo.kommune.no/boligreg&lt;/tt&gt;. Logg inn som deg selv; passordet lagres ikke (bruk gjerne .pgpass).</source>
            <translation>The address of the central database, for example &lt;tt&gt;postgresql+psycopg://kari@boligreg.oslo.kommune.no/boligreg&lt;/tt&gt;. Log in as yourself; the password is not stored (a .pgpass file works well).</translation>
        </message>
        <message>
            <source>postgresql+psycopg://bruker@vert/database</source>
            <translation>postgresql+psycopg://user@host/database</translation>
        </message>
        <message>
            <source>Synkroniser</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Utgangspunkt</source>
            <translation>Starting point</translation>
        </message>
        <message>
            <source>Her (denne kopien)</source>
            <translation>Here (this copy)</translation>
        </message>
        <message>
            <source>Sentralt</source>
            <translation>Central</translation>
        </message>
        <message>
            <source>Behold</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Konflikter fra synkronisering</source>
            <translation>Conflicts from synchronisation</translation>
        </message>
        <message>
            <source>Vis alle felt (ikke bare de som er ulike)</source>
            <translation>Show every field (not only those that differ)</translation>
        </message>
        <message>
            <source>Behold min versjon</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <source>Behold sentral versjon</source>
            <translation>Keep the central version</translation>
        </message>
        <message>
            <source>Slå sammen (valg per felt)</source>
            <translation>Merge (choose per field)</translation>
        </message>
        <message>
            <source>Ingen konflikter venter. Alt er avgjort.</source>
            <translation>No conflicts waiting. Everything has been settled.</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&lt;b&gt;{record}&lt;/b&gt; — {kind}&lt;br&gt;{reason}&lt;br&gt;&lt;small&gt;Oppdaget {when}. Utgangspunkt er verdien begge startet fra; feltene i fet skrift er endret begge steder.&lt;/small&gt;</source>
            <translation>&lt;b&gt;{record}&lt;/b&gt; — {kind}&lt;br&gt;{reason}&lt;br&gt;&lt;small&gt;Detected {when}. The starting point is the value both sides began from; the fields in bold were changed in both places.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Send lokale endringer og hent andres (F9)</source>
            <translation>Send local changes and fetch everyone else's (F9)</translation>
        </message>
        <message>
            <source>Konflikter …</source>
            <translation>Conflicts …</translation>
        </message>
        <message>
            <source>Sentraldatabase …</source>
            <translation>Central database …</translation>
        </message>
        <message>
            <source>Åpne sentraldatabasen direkte …</source>
            <translation>Open the central database directly …</translation>
        </message>
        <message>
            <source>Arbeid direkte i sentraldatabasen (krever nett)</source>
            <translation>Work directly in the central database (needs a network connection)</translation>
        </message>
        <message>
            <source>S&amp;ynkronisering</source>
            <translation>S&amp;ynchronisation</translation>
        </message>
        <message>
            <source>Demodata synkroniseres ikke</source>
            <translation>Demo data is not synchronised</translation>
        </message>
        <message>
            <source>Du arbeider direkte i sentraldatabasen</source>
            <translation>You are working directly in the central database</translation>
        </message>
        <message>
            <source>Synkroniseringsstatus ukjent</source>
            <translation>Synchronisation status unknown</translation>
        </message>
        <message>
            <source>Synkroniserer med sentraldatabasen</source>
            <translation>Synchronising with the central database</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Kobler til sentraldatabasen</source>
            <translation>Connecting to the central database</translation>
        </message>
        <message>
            <source>Sentraldatabasen</source>
            <translation>The central database</translation>
        </message>
    </context>
    <context>
        <name>Tenancies</name>
        <message>
            <source>Registrer bare datoer og saksreferanse – ikke navn, fødselsnummer eller andre personopplysninger om leietakeren.</source>
            <translation>Record only dates and a case reference – never the tenant's name, national identity number or other personal data.</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>+  Nytt leieforhold</source>
            <translation>+  New tenancy</translation>
        </message>
        <message>
            <source>Rediger …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Delete …</translation>
        </message>
        <message>
            <source>Nytt leieforhold</source>
            <translation>New tenancy</translation>
        </message>
        <message>
            <source>Leieforholdet er registrert.</source>
            <translation>The tenancy has been recorded.</translation>
        </message>
        <message>
            <source>Kan ikke redigere</source>
            <translation>Cannot edit</translation>
        </message>
        <message>
            <source>Leieforhold {tenancy}</source>
            <translation>Tenancy {tenancy}</translation>
        </message>
        <message>
            <source>Leieforholdet er lagret.</source>
            <translation>The tenancy has been saved.</translation>
        </message>
        <message>
            <source>Slett leieforhold</source>
            <translation>Delete tenancy</translation>
        </message>
        <message>
            <source>Slette leieforholdet {tenancy}?

Det skjules, men historikken beholdes.</source>
            <translation>Delete the tenancy {tenancy}?

It is hidden, but its history is kept.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Kan ikke slette</source>
            <translation>Cannot delete</translation>
        </message>
        <message>
            <source>Leieforholdet er slettet.</source>
            <translation>The tenancy has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>Transfers</name>
        <message>
            <source>{n} bolig</source>
            <translation>{n} dwelling</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} dwellings</translation>
        </message>
        <message>
            <source>{n} avtale</source>
            <translation>{n} agreement</translation>
        </message>
        <message>
            <source>{n} avtaler</source>
            <translation>{n} agreements</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>dwellings</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>agreements</translation>
        </message>
        <message>
            <source>Overfør til …</source>
            <translation>Transfer to …</translation>
        </message>
        <message>
            <source>Overfør {what} fra {unit}.</source>
            <translation>Transfer {what} from {unit}.</translation>
        </message>
        <message>
            <source>Overfør alle boliger eller alle avtaler en enhet har i dag til en annen enhet.</source>
            <translation>Transfer all the dwellings or all the agreements a unit has today to another unit.</translation>
        </message>
        <message>
            <source>Avtaler (ansvarlig enhet)</source>
            <translation>Agreements (responsible unit)</translation>
        </message>
        <message>
            <source>Boliger (disponerende enhet)</source>
            <translation>Dwellings (managing unit)</translation>
        </message>
        <message>
            <source>Saksnummer, f.eks. 2026/4711 (påkrevd)</source>
            <translation>Case reference, e.g. 2026/4711 (required)</translation>
        </message>
        <message>
            <source>Hva:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Fra enhet:</source>
            <translation>From unit:</translation>
        </message>
        <message>
            <source>Til enhet:</source>
            <translation>To unit:</translation>
        </message>
        <message>
            <source>Gjelder fra:</source>
            <translation>Effective from:</translation>
        </message>
        <message>
            <source>Saksnummer:</source>
            <translation>Case reference:</translation>
        </message>
        <message>
            <source>Dette flyttes</source>
            <translation>What moves</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance responsibility</translation>
        </message>
        <message>
            <source>Åpne avvik</source>
            <translation>Open findings</translation>
        </message>
        <message>
            <source>Løpende leieforhold</source>
            <translation>Current tenancies</translation>
        </message>
        <message>
            <source>Hver side, før → etter</source>
            <translation>Each side, before → after</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Husleie/mnd</source>
            <translation>Rent/month</translation>
        </message>
        <message>
            <source>Innleie/mnd</source>
            <translation>Lease cost/month</translation>
        </message>
        <message>
            <source>Avgiver</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Receiving</translation>
        </message>
        <message>
            <source>Overføringen lagres som én handling med saksnummeret på hver endret post, og kan angres samlet (Overføringer → Angre overføring …).</source>
            <translation>The transfer is saved as one action with the case reference on every record it changes, and can be undone as a whole (Transfers → Undo transfer …).</translation>
        </message>
        <message>
            <source>Overfør</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Beregner …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <source>Forhåndsviser overføringen</source>
            <translation>Previewing the transfer</translation>
        </message>
        <message>
            <source>{what} flyttes fra {sender} til {receiver}, gjelder fra {day}.</source>
            <translation>{what} move from {sender} to {receiver}, effective from {day}.</translation>
        </message>
        <message>
            <source>Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</source>
            <translation>The dwellings the agreements cover stay with the same managing unit.</translation>
        </message>
        <message>
            <source>Skriv inn saksnummeret først.</source>
            <translation>Enter the case reference first.</translation>
        </message>
        <message>
            <source>Overført {what} under saksnummer {reference}.</source>
            <translation>Transferred {what} under case reference {reference}.</translation>
        </message>
        <message>
            <source>Overfører</source>
            <translation>Transferring</translation>
        </message>
        <message>
            <source>Overføringen ble ikke gjort</source>
            <translation>The transfer was not made</translation>
        </message>
        <message>
            <source>Angre overføring</source>
            <translation>Undo transfer</translation>
        </message>
        <message>
            <source>Velg overføringen som skal angres. Alle postene den flyttet, flyttes tilbake i én handling.</source>
            <translation>Choose the transfer to undo. Every record it moved is moved back in one action.</translation>
        </message>
        <message>
            <source>Ingen overføringer er gjort ennå.</source>
            <translation>No transfers have been made yet.</translation>
        </message>
        <message>
            <source>Angre overføringen</source>
            <translation>Undo the transfer</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Flytte de {n} postene i {reference} tilbake fra {receiver} til {sender}?</source>
            <translation>Move the {n} records in {reference} back from {receiver} to {sender}?</translation>
        </message>
        <message>
            <source>Angret {reference}: {n} poster tilbake.</source>
            <translation>Undid {reference}: {n} records moved back.</translation>
        </message>
        <message>
            <source>Angrer overføringen</source>
            <translation>Undoing the transfer</translation>
        </message>
        <message>
            <source>Overføringen ble ikke angret</source>
            <translation>The transfer was not undone</translation>
        </message>
        <message>
            <source>&amp;Overføringer</source>
            <translation>&amp;Transfers</translation>
        </message>
        <message>
            <source>Overfør &amp;utvalgte til …</source>
            <translation>Transfer &amp;selected to …</translation>
        </message>
        <message>
            <source>De valgte boligene eller avtalene i listen</source>
            <translation>The dwellings or agreements selected in the list</translation>
        </message>
        <message>
            <source>Overfør &amp;alle avtaler/boliger for enheten …</source>
            <translation>Transfer &amp;all of a unit's agreements/dwellings …</translation>
        </message>
        <message>
            <source>&amp;Angre overføring …</source>
            <translation>&amp;Undo transfer …</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>AgreementDwellings</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>{n} bolig</source>
            <translation>{n} bolig</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} boliger</translation>
        </message>
        <message>
            <source>Ugyldig dato – skriv dd.mm.åååå</source>
            <translation>Ugyldig dato – skriv dd.mm.åååå</translation>
        </message>
        <message>
            <source>Legg til boliger i {agreement}</source>
            <translation>Legg til boliger i {agreement}</translation>
        </message>
        <message>
            <source>Boliger i avtalens bydel som avtalen ikke gjelder i dag. Søk på adresse eller bruksenhetsnummer og kryss av.</source>
            <translation>Boliger i avtalens bydel som avtalen ikke gjelder i dag. Søk på adresse eller bruksenhetsnummer og kryss av.</translation>
        </message>
        <message>
            <source>Søk i adresse eller bruksenhetsnummer</source>
            <translation>Søk i adresse eller bruksenhetsnummer</translation>
        </message>
        <message>
            <source>Fra dato *</source>
            <translation>Fra dato *</translation>
        </message>
        <message>
            <source>Legg til</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>viser {shown} av {total} – søk for å snevre inn</source>
            <translation>viser {shown} av {total} – søk for å snevre inn</translation>
        </message>
        <message>
            <source>Ingen boliger passer søket.</source>
            <translation>Ingen boliger passer søket.</translation>
        </message>
        <message>
            <source>Alle boligene i bydelen er allerede med i avtalen.</source>
            <translation>Alle boligene i bydelen er allerede med i avtalen.</translation>
        </message>
        <message>
            <source>{found}  ·  {n} valgt</source>
            <translation>{found}  ·  {n} valgt</translation>
        </message>
        <message>
            <source>Kryss av minst én bolig.</source>
            <translation>Kryss av minst én bolig.</translation>
        </message>
        <message>
            <source>Avslutt kobling</source>
            <translation>Avslutt kobling</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dwelling}&lt;/b&gt; skal ikke lenger være med i &lt;b&gt;{agreement}&lt;/b&gt; fra og med dagen etter til-datoen. Koblingen og perioden beholdes i avtalen og i historikken.</source>
            <translation>&lt;b&gt;{dwelling}&lt;/b&gt; skal ikke lenger være med i &lt;b&gt;{agreement}&lt;/b&gt; fra og med dagen etter til-datoen. Koblingen og perioden beholdes i avtalen og i historikken.</translation>
        </message>
        <message>
            <source>Til dato *</source>
            <translation>Til dato *</translation>
        </message>
        <message>
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>+  Legg til boliger …</source>
            <translation>+  Legg til boliger …</translation>
        </message>
        <message>
            <source>Legg boliger fra avtalens bydel til avtalen</source>
            <translation>Legg boliger fra avtalens bydel til avtalen</translation>
        </message>
        <message>
            <source>Avslutt kobling …</source>
            <translation>Avslutt kobling …</translation>
        </message>
        <message>
            <source>Sett til-dato for den valgte boligen i avtalen</source>
            <translation>Sett til-dato for den valgte boligen i avtalen</translation>
        </message>
        <message>
            <source>{dwellings} lagt til i avtalen.</source>
            <translation>{dwellings} lagt til i avtalen.</translation>
        </message>
        <message>
            <source>Koblingen til {dwelling} er avsluttet.</source>
            <translation>Koblingen til {dwelling} er avsluttet.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Daglig sikkerhetskopi feilet: {error}</source>
            <translation>Daglig sikkerhetskopi feilet: {error}</translation>
        </message>
        <message>
            <source>Daglig sikkerhetskopi</source>
            <translation>Daglig sikkerhetskopi</translation>
        </message>
        <message>
            <source>Skadet database</source>
            <translation>Skadet database</translation>
        </message>
        <message>
            <source>Nyeste gode sikkerhetskopi er fra {taken} med {dwellings}. Vil du gjenopprette den? Den skadde filen tas vare på.</source>
            <translation>Nyeste gode sikkerhetskopi er fra {taken} med {dwellings}. Vil du gjenopprette den? Den skadde filen tas vare på.</translation>
        </message>
        <message>
            <source>Gjenopprett</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Kan ikke åpne databasen</source>
            <translation>Kan ikke åpne databasen</translation>
        </message>
        <message>
            <source>Gjenoppretting</source>
            <translation>Gjenoppretting</translation>
        </message>
        <message>
            <source>Gjenopprettet fra {name}</source>
            <translation>Gjenopprettet fra {name}</translation>
        </message>
    </context>
    <context>
        <name>AppState</name>
        <message>
            <source>Alle bydeler</source>
            <translation>Alle bydeler</translation>
        </message>
    </context>
    <context>
        <name>AsOf</name>
        <message>
            <source>Registeret slik det var registrert per {day} – kun lesing. Endringer, angre og import er slått av.</source>
            <translation>Registeret slik det var registrert per {day} – kun lesing. Endringer, angre og import er slått av.</translation>
        </message>
        <message>
            <source>Tilbake til i dag</source>
            <translation>Tilbake til i dag</translation>
        </message>
        <message>
            <source>Vis registeret slik det er nå, og rediger igjen</source>
            <translation>Vis registeret slik det er nå, og rediger igjen</translation>
        </message>
        <message>
            <source>Vis registeret per …</source>
            <translation>Vis registeret per …</translation>
        </message>
        <message>
            <source>Tabellene vises slik registeret var registrert ved slutten av dagen (kl. 24.00 norsk tid), bare for lesing.</source>
            <translation>Tabellene vises slik registeret var registrert ved slutten av dagen (kl. 24.00 norsk tid), bare for lesing.</translation>
        </message>
        <message>
            <source>31.12 i fjor</source>
            <translation>31.12 i fjor</translation>
        </message>
        <message>
            <source>Vis</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Registeret per {day}</source>
            <translation>Registeret per {day}</translation>
        </message>
        <message>
            <source>Viser registeret per {day} (kun lesing).</source>
            <translation>Viser registeret per {day} (kun lesing).</translation>
        </message>
    </context>
    <context>
        <name>BydelMap</name>
        <message>
            <source>ingen tall</source>
            <translation>ingen tall</translation>
        </message>
        <message>
            <source>{bydel}: {value}
Klikk for å velge bydelen</source>
            <translation>{bydel}: {value}
Klikk for å velge bydelen</translation>
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
            <translation>Gjelder</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Bruker</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Endring</source>
            <translation>Endring</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Posten er endret av en annen</source>
            <translation>Posten er endret av en annen</translation>
        </message>
        <message>
            <source>&lt;b&gt;{record}&lt;/b&gt; ble endret av &lt;b&gt;{who}&lt;/b&gt; {when} mens du redigerte. Ingenting er lagret ennå. Velg for hvert felt hvilken verdi som skal gjelde; felt begge har endret må velges.</source>
            <translation>&lt;b&gt;{record}&lt;/b&gt; ble endret av &lt;b&gt;{who}&lt;/b&gt; {when} mens du redigerte. Ingenting er lagret ennå. Velg for hvert felt hvilken verdi som skal gjelde; felt begge har endret må velges.</translation>
        </message>
        <message>
            <source>en annen</source>
            <translation>en annen</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Opprinnelig</source>
            <translation>Opprinnelig</translation>
        </message>
        <message>
            <source>Din verdi</source>
            <translation>Din verdi</translation>
        </message>
        <message>
            <source>Deres verdi</source>
            <translation>Deres verdi</translation>
        </message>
        <message>
            <source>Behold alle mine</source>
            <translation>Behold alle mine</translation>
        </message>
        <message>
            <source>Bruk alle deres</source>
            <translation>Bruk alle deres</translation>
        </message>
        <message>
            <source>Lagre valgene</source>
            <translation>Lagre valgene</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>{n} bolig</source>
            <translation>{n} bolig</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} boliger</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Angre: {what} (Ctrl+Z)</source>
            <translation>Angre: {what} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Ingenting å angre</source>
            <translation>Ingenting å angre</translation>
        </message>
        <message>
            <source>Gjør om: {what} (Ctrl+Shift+Z)</source>
            <translation>Gjør om: {what} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Ingenting å gjøre om</source>
            <translation>Ingenting å gjøre om</translation>
        </message>
        <message>
            <source>Kan ikke angre</source>
            <translation>Kan ikke angre</translation>
        </message>
        <message>
            <source>Kan ikke gjøre om</source>
            <translation>Kan ikke gjøre om</translation>
        </message>
        <message>
            <source>bolig</source>
            <translation>bolig</translation>
        </message>
        <message>
            <source>en bolig</source>
            <translation>en bolig</translation>
        </message>
        <message>
            <source>eiendom</source>
            <translation>eiendom</translation>
        </message>
        <message>
            <source>en eiendom</source>
            <translation>en eiendom</translation>
        </message>
        <message>
            <source>avtale</source>
            <translation>avtale</translation>
        </message>
        <message>
            <source>en avtale</source>
            <translation>en avtale</translation>
        </message>
        <message>
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <source>en post</source>
            <translation>en post</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Lagre endringene (Ctrl+S)</source>
            <translation>Lagre endringene (Ctrl+S)</translation>
        </message>
        <message>
            <source>Forkast</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Forkast endringene (Esc)</source>
            <translation>Forkast endringene (Esc)</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Slett …</translation>
        </message>
        <message>
            <source>Slett posten (Delete i tabellen). Kan angres.</source>
            <translation>Slett posten (Delete i tabellen). Kan angres.</translation>
        </message>
        <message>
            <source>●  Ikke lagret</source>
            <translation>●  Ikke lagret</translation>
        </message>
        <message>
            <source>Opplysninger</source>
            <translation>Opplysninger</translation>
        </message>
        <message>
            <source>Koblinger</source>
            <translation>Koblinger</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Leieforhold</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>Velg {a_noun} i tabellen for å se og redigere den.

Ctrl+F søk  ·  Ctrl+N ny  ·  Ctrl+S lagre  ·  Ctrl+Z angre  ·  Alt+Venstre tilbake</source>
            <translation>Velg {a_noun} i tabellen for å se og redigere den.

Ctrl+F søk  ·  Ctrl+N ny  ·  Ctrl+S lagre  ·  Ctrl+Z angre  ·  Alt+Venstre tilbake</translation>
        </message>
        <message>
            <source>Posten var slettet denne dagen.</source>
            <translation>Posten var slettet denne dagen.</translation>
        </message>
        <message>
            <source>Slik posten var registrert per {day} – kun lesing.</source>
            <translation>Slik posten var registrert per {day} – kun lesing.</translation>
        </message>
        <message>
            <source>Posten er slettet. Angre (Ctrl+Z) for å gjenopprette.</source>
            <translation>Posten er slettet. Angre (Ctrl+Z) for å gjenopprette.</translation>
        </message>
        <message>
            <source>Koblinger ({n})</source>
            <translation>Koblinger ({n})</translation>
        </message>
        <message>
            <source>Leieforhold ({n})</source>
            <translation>Leieforhold ({n})</translation>
        </message>
        <message>
            <source>Ny {noun}</source>
            <translation>Ny {noun}</translation>
        </message>
        <message>
            <source>Fyll ut feltene og lagre (Ctrl+S). Felt med * må fylles ut.</source>
            <translation>Fyll ut feltene og lagre (Ctrl+S). Felt med * må fylles ut.</translation>
        </message>
        <message>
            <source>Ulagrede endringer</source>
            <translation>Ulagrede endringer</translation>
        </message>
        <message>
            <source>Du har endringer i {record} som ikke er lagret.</source>
            <translation>Du har endringer i {record} som ikke er lagret.</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Ikke lagret: {n} felt må rettes (se merknaden ved feltet).</source>
            <translation>Ikke lagret: {n} felt må rettes (se merknaden ved feltet).</translation>
        </message>
        <message>
            <source>Ikke lagret: rett feltet som er merket.</source>
            <translation>Ikke lagret: rett feltet som er merket.</translation>
        </message>
        <message>
            <source>Kan ikke lagre</source>
            <translation>Kan ikke lagre</translation>
        </message>
        <message>
            <source>Opprett {noun}</source>
            <translation>Opprett {noun}</translation>
        </message>
        <message>
            <source>Ny {noun} er lagret.</source>
            <translation>Ny {noun} er lagret.</translation>
        </message>
        <message>
            <source>Lagret.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Endre {fields}</source>
            <translation>Endre {fields}</translation>
        </message>
        <message>
            <source>Ikke lagret: {record} er slettet av {who} mens du redigerte. Endringene dine står fortsatt i skjemaet.</source>
            <translation>Ikke lagret: {record} er slettet av {who} mens du redigerte. Endringene dine står fortsatt i skjemaet.</translation>
        </message>
        <message>
            <source>en annen</source>
            <translation>en annen</translation>
        </message>
        <message>
            <source>Ikke lagret. Endringene dine står i skjemaet; lagre på nytt for å velge igjen, eller forkast dem.</source>
            <translation>Ikke lagret. Endringene dine står i skjemaet; lagre på nytt for å velge igjen, eller forkast dem.</translation>
        </message>
        <message>
            <source>Lagret etter valg mellom dine og deres verdier.</source>
            <translation>Lagret etter valg mellom dine og deres verdier.</translation>
        </message>
        <message>
            <source>Deres verdier er beholdt; ingenting av ditt er lagret.</source>
            <translation>Deres verdier er beholdt; ingenting av ditt er lagret.</translation>
        </message>
        <message>
            <source>Kan ikke slette</source>
            <translation>Kan ikke slette</translation>
        </message>
        <message>
            <source>Slett {noun}</source>
            <translation>Slett {noun}</translation>
        </message>
        <message>
            <source>Slette {record}?

Posten skjules fra registeret, men historikken beholdes. Du kan angre med Ctrl+Z.</source>
            <translation>Slette {record}?

Posten skjules fra registeret, men historikken beholdes. Du kan angre med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Slett {record}</source>
            <translation>Slett {record}</translation>
        </message>
        <message>
            <source>Angret: {what}.</source>
            <translation>Angret: {what}.</translation>
        </message>
        <message>
            <source>Gjort om: {what}.</source>
            <translation>Gjort om: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Boliger (kan importeres igjen)</source>
            <translation>Boliger (kan importeres igjen)</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Excel (.xlsx)</source>
            <translation>Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV (.csv, semikolon)</source>
            <translation>CSV (.csv, semikolon)</translation>
        </message>
        <message>
            <source>Kobo-importfil (Husbanken/KS)</source>
            <translation>Kobo-importfil (Husbanken/KS)</translation>
        </message>
        <message>
            <source>Eksporter</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <source>Alle bydeler</source>
            <translation>Alle bydeler</translation>
        </message>
        <message>
            <source>Hva:</source>
            <translation>Hva:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Bydel:</source>
            <translation>Bydel:</translation>
        </message>
        <message>
            <source>Eksporter …</source>
            <translation>Eksporter …</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Kobo-filen har Kobos kolonner i Kobos rekkefølge; felt boligreg ikke har, står tomme.</source>
            <translation>Kobo-filen har Kobos kolonner i Kobos rekkefølge; felt boligreg ikke har, står tomme.</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>boliger</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>avtaler</translation>
        </message>
        <message>
            <source>vedlikeholdsansvar</source>
            <translation>vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>avvik</source>
            <translation>avvik</translation>
        </message>
        <message>
            <source>kobo-boliger</source>
            <translation>kobo-boliger</translation>
        </message>
        <message>
            <source>Eksporter til</source>
            <translation>Eksporter til</translation>
        </message>
        <message>
            <source>Skrev {rows} rader til {path}.</source>
            <translation>Skrev {rows} rader til {path}.</translation>
        </message>
        <message>
            <source>Eksporterer</source>
            <translation>Eksporterer</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Rullestol: alle</source>
            <translation>Rullestol: alle</translation>
        </message>
        <message>
            <source>Rullestol: tilgjengelig</source>
            <translation>Rullestol: tilgjengelig</translation>
        </message>
        <message>
            <source>Rullestol: ikke tilgj.</source>
            <translation>Rullestol: ikke tilgj.</translation>
        </message>
        <message>
            <source>Utløper: når som helst</source>
            <translation>Utløper: når som helst</translation>
        </message>
        <message>
            <source>Utløper innen {n} dager</source>
            <translation>Utløper innen {n} dager</translation>
        </message>
        <message>
            <source>Bare avtaler som utløper fra i dag og innen så mange dager</source>
            <translation>Bare avtaler som utløper fra i dag og innen så mange dager</translation>
        </message>
        <message>
            <source>Nullstill</source>
            <translation>Nullstill</translation>
        </message>
        <message>
            <source>Fjern søk og alle filtre</source>
            <translation>Fjern søk og alle filtre</translation>
        </message>
        <message>
            <source>Ingen treff i noen bydel</source>
            <translation>Ingen treff i noen bydel</translation>
        </message>
        <message>
            <source>{n} treff i andre bydeler — vis alle bydeler</source>
            <translation>{n} treff i andre bydeler — vis alle bydeler</translation>
        </message>
        <message>
            <source> i {where}</source>
            <translation> i {where}</translation>
        </message>
        <message>
            <source>  (viser {n})</source>
            <translation>  (viser {n})</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source> eller </source>
            <translation> eller </translation>
        </message>
        <message>
            <source># Tastatursnarveier</source>
            <translation># Tastatursnarveier</translation>
        </message>
        <message>
            <source>Listen er laget av vinduet selv og stemmer alltid med tastene som virker.</source>
            <translation>Listen er laget av vinduet selv og stemmer alltid med tastene som virker.</translation>
        </message>
        <message>
            <source>| gjør | tast |</source>
            <translation>| gjør | tast |</translation>
        </message>
        <message>
            <source>boligreg – brukerveiledning</source>
            <translation>boligreg – brukerveiledning</translation>
        </message>
        <message>
            <source>Søk i veiledningen</source>
            <translation>Søk i veiledningen</translation>
        </message>
        <message>
            <source># Ingen treff

Ingen side inneholder «{text}».</source>
            <translation># Ingen treff

Ingen side inneholder «{text}».</translation>
        </message>
    </context>
    <context>
        <name>LinkList</name>
        <message>
            <source>Dobbeltklikk eller Enter for å åpne.</source>
            <translation>Dobbeltklikk eller Enter for å åpne.</translation>
        </message>
        <message>
            <source>Ingen koblinger.</source>
            <translation>Ingen koblinger.</translation>
        </message>
        <message>
            <source>Ingen endringer er logget for denne posten. Poster fra demodata og import er logget samlet for hele innlesingen.</source>
            <translation>Ingen endringer er logget for denne posten. Poster fra demodata og import er logget samlet for hele innlesingen.</translation>
        </message>
        <message>
            <source>Ingen leieforhold registrert.

«Nytt leieforhold» registrerer type, datoer og saksreferanse.</source>
            <translation>Ingen leieforhold registrert.

«Nytt leieforhold» registrerer type, datoer og saksreferanse.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kommunalt disponerte boliger
Oslo kommune</source>
            <translation>Kommunalt disponerte boliger
Oslo kommune</translation>
        </message>
        <message>
            <source>DEMODATA: boligene, avtalene og fordelingen på bydeler er syntetiske (laget av «boligreg demo»). Folketall og adresser er ekte.</source>
            <translation>DEMODATA: boligene, avtalene og fordelingen på bydeler er syntetiske (laget av «boligreg demo»). Folketall og adresser er ekte.</translation>
        </message>
        <message>
            <source>{name}  ·  bruker: {user}</source>
            <translation>{name}  ·  bruker: {user}</translation>
        </message>
        <message>
            <source>Utvalg</source>
            <translation>Utvalg</translation>
        </message>
        <message>
            <source>◀  Tilbake</source>
            <translation>◀  Tilbake</translation>
        </message>
        <message>
            <source>Tilbake til forrige post (Alt+Venstre)</source>
            <translation>Tilbake til forrige post (Alt+Venstre)</translation>
        </message>
        <message>
            <source>Bydel: </source>
            <translation>Bydel: </translation>
        </message>
        <message>
            <source>Utvalget velger etter beliggenhet: listene viser boliger og bygg som ligger i bydelen, avtaler og avvik registrert på bydelen. Oversikt, faktaark og statistikk teller det bydelen disponerer (boliger) og har (avtaler); sentrale enheters boliger i bydelen vises for seg.</source>
            <translation>Utvalget velger etter beliggenhet: listene viser boliger og bygg som ligger i bydelen, avtaler og avvik registrert på bydelen. Oversikt, faktaark og statistikk teller det bydelen disponerer (boliger) og har (avtaler); sentrale enheters boliger i bydelen vises for seg.</translation>
        </message>
        <message>
            <source>Alle bydeler</source>
            <translation>Alle bydeler</translation>
        </message>
        <message>
            <source>Vis registeret per …</source>
            <translation>Vis registeret per …</translation>
        </message>
        <message>
            <source>Vis tabellene slik registeret var registrert ved slutten av en dato (kun lesing)</source>
            <translation>Vis tabellene slik registeret var registrert ved slutten av en dato (kun lesing)</translation>
        </message>
        <message>
            <source>Vis registeret per dato</source>
            <translation>Vis registeret per dato</translation>
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Åpne database …</source>
            <translation>&amp;Åpne database …</translation>
        </message>
        <message>
            <source>Siste &amp;filer</source>
            <translation>Siste &amp;filer</translation>
        </message>
        <message>
            <source>Ta &amp;sikkerhetskopi nå</source>
            <translation>Ta &amp;sikkerhetskopi nå</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
            <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Vis</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Oppdater</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Brukerveiledning</source>
            <translation>&amp;Brukerveiledning</translation>
        </message>
        <message>
            <source>&amp;Kom i gang</source>
            <translation>&amp;Kom i gang</translation>
        </message>
        <message>
            <source>&amp;Tastatursnarveier</source>
            <translation>&amp;Tastatursnarveier</translation>
        </message>
        <message>
            <source>&amp;Om boligreg</source>
            <translation>&amp;Om boligreg</translation>
        </message>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Start boligreg på nytt nå</source>
            <translation>Start boligreg på nytt nå</translation>
        </message>
        <message>
            <source>Senere</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>Vis registeret i &amp;dag</source>
            <translation>Vis registeret i &amp;dag</translation>
        </message>
        <message>
            <source> – DEMODATA</source>
            <translation> – DEMODATA</translation>
        </message>
        <message>
            <source> – per {day} (kun lesing)</source>
            <translation> – per {day} (kun lesing)</translation>
        </message>
        <message>
            <source>Kan ikke vise {entity} {id} ennå i dette vinduet.</source>
            <translation>Kan ikke vise {entity} {id} ennå i dette vinduet.</translation>
        </message>
        <message>
            <source>Ingen andre filer åpnet ennå</source>
            <translation>Ingen andre filer åpnet ennå</translation>
        </message>
        <message>
            <source>Åpne boligreg-database</source>
            <translation>Åpne boligreg-database</translation>
        </message>
        <message>
            <source>boligreg-database (*.db);;Alle filer (*)</source>
            <translation>boligreg-database (*.db);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Kan ikke åpne databasen</source>
            <translation>Kan ikke åpne databasen</translation>
        </message>
        <message>
            <source>Sikkerhetskopi</source>
            <translation>Sikkerhetskopi</translation>
        </message>
        <message>
            <source>Sikkerhetskopi tatt: {name}</source>
            <translation>Sikkerhetskopi tatt: {name}</translation>
        </message>
        <message>
            <source>Om boligreg</source>
            <translation>Om boligreg</translation>
        </message>
        <message>
            <source>&lt;b&gt;boligreg {version}&lt;/b&gt;&lt;br&gt;Register over Oslo kommunes kommunalt disponerte boliger, avtaler og vedlikeholdsansvar.&lt;br&gt;&lt;br&gt;Folketall: Kilde: SSB. Postnummer: © Posten Norge AS. Gatenavn: Erik Bolstad, www.erikbolstad.no/postnummer/.</source>
            <translation>&lt;b&gt;boligreg {version}&lt;/b&gt;&lt;br&gt;Register over Oslo kommunes kommunalt disponerte boliger, avtaler og vedlikeholdsansvar.&lt;br&gt;&lt;br&gt;Folketall: Kilde: SSB. Postnummer: © Posten Norge AS. Gatenavn: Erik Bolstad, www.erikbolstad.no/postnummer/.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Språket blir {language} neste gang boligreg startes.</source>
            <translation>Språket blir {language} neste gang boligreg startes.</translation>
        </message>
    </context>
    <context>
        <name>Matrix</name>
        <message>
            <source>Indre</source>
            <translation>Indre</translation>
        </message>
        <message>
            <source>Ytre</source>
            <translation>Ytre</translation>
        </message>
        <message>
            <source>Tekn.</source>
            <translation>Tekn.</translation>
        </message>
        <message>
            <source>Ute</source>
            <translation>Ute</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>{party} har ansvar for {scope}. Klikk for å fjerne.</source>
            <translation>{party} har ansvar for {scope}. Klikk for å fjerne.</translation>
        </message>
        <message>
            <source>{party} har ansvar for {scope} for hele eiendommen (arvet). Klikk for å gi boligen en egen ansvarlig.</source>
            <translation>{party} har ansvar for {scope} for hele eiendommen (arvet). Klikk for å gi boligen en egen ansvarlig.</translation>
        </message>
        <message>
            <source>Klikk for å gjøre {party} ansvarlig for {scope}; Ctrl+klikk legger til uten å fjerne andre.</source>
            <translation>Klikk for å gjøre {party} ansvarlig for {scope}; Ctrl+klikk legger til uten å fjerne andre.</translation>
        </message>
        <message>
            <source>Mangler</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Dobbelt</source>
            <translation>Dobbelt</translation>
        </message>
        <message>
            <source>Arvet</source>
            <translation>Arvet</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Ingen har ansvaret for dette området.</source>
            <translation>Ingen har ansvaret for dette området.</translation>
        </message>
        <message>
            <source>{n} har ansvaret for samme område: {parties}. Avklar hvem.</source>
            <translation>{n} har ansvaret for samme område: {parties}. Avklar hvem.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Uventet feil: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Skriv ut {title}</source>
            <translation>Skriv ut {title}</translation>
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
            <translation>Skriv en del av adressen …</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Velg …</source>
            <translation>Velg …</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <source>utløpt ({n} d)</source>
            <translation>utløpt ({n} d)</translation>
        </message>
        <message>
            <source>Kopier rader</source>
            <translation>Kopier rader</translation>
        </message>
        <message>
            <source>Vis kolonner</source>
            <translation>Vis kolonner</translation>
        </message>
        <message>
            <source>Tilbakestill kolonner</source>
            <translation>Tilbakestill kolonner</translation>
        </message>
        <message>
            <source>Kopier rader med overskrifter</source>
            <translation>Kopier rader med overskrifter</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Daglig (første åpning)</source>
            <translation>Daglig (første åpning)</translation>
        </message>
        <message>
            <source>Manuell</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Før oppgradering</source>
            <translation>Før oppgradering</translation>
        </message>
        <message>
            <source>Før import</source>
            <translation>Før import</translation>
        </message>
        <message>
            <source>Før gjenoppretting</source>
            <translation>Før gjenoppretting</translation>
        </message>
        <message>
            <source>Før kryptering</source>
            <translation>Før kryptering</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Årsak</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Eiendommer</source>
            <translation>Eiendommer</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation>Gjenopprett fra sikkerhetskopi</translation>
        </message>
        <message>
            <source>Sikkerhetskopier av &lt;b&gt;{name}&lt;/b&gt;, nyeste først. Filen slik den er nå tas vare på som en egen sikkerhetskopi før den erstattes, så gjenopprettingen kan angres.</source>
            <translation>Sikkerhetskopier av &lt;b&gt;{name}&lt;/b&gt;, nyeste først. Filen slik den er nå tas vare på som en egen sikkerhetskopi før den erstattes, så gjenopprettingen kan angres.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Skadet – kan ikke brukes</source>
            <translation>Skadet – kan ikke brukes</translation>
        </message>
        <message>
            <source>Det finnes ingen sikkerhetskopier av denne filen ennå.</source>
            <translation>Det finnes ingen sikkerhetskopier av denne filen ennå.</translation>
        </message>
        <message>
            <source>Gjenopprett valgt</source>
            <translation>Gjenopprett valgt</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>Sentral</source>
            <translation>Sentral</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Tilkoblet sentraldatabasen direkte</source>
            <translation>Tilkoblet sentraldatabasen direkte</translation>
        </message>
        <message>
            <source>Aldri synkronisert</source>
            <translation>Aldri synkronisert</translation>
        </message>
        <message>
            <source>Sist synkronisert {when}</source>
            <translation>Sist synkronisert {when}</translation>
        </message>
        <message>
            <source>ingen lokale endringer venter</source>
            <translation>ingen lokale endringer venter</translation>
        </message>
        <message>
            <source>{n} lokal endring venter</source>
            <translation>{n} lokal endring venter</translation>
        </message>
        <message>
            <source>{n} lokale endringer venter</source>
            <translation>{n} lokale endringer venter</translation>
        </message>
        <message>
            <source>{n} konflikt</source>
            <translation>{n} konflikt</translation>
        </message>
        <message>
            <source>{n} konflikter</source>
            <translation>{n} konflikter</translation>
        </message>
        <message>
            <source>Sentraldatabase</source>
            <translation>Sentraldatabase</translation>
        </message>
        <message>
            <source>Adressen til sentraldatabasen, for eksempel &lt;tt&gt;postgresql+psycopg://kari@boligreg.oslo.kommune.no/boligreg&lt;/tt&gt;. Logg inn som deg selv; passordet lagres ikke (bruk gjerne .pgpass).</source>
            <translation>Adressen til sentraldatabasen, for eksempel &lt;tt&gt;postgresql+psycopg://kari@boligreg.oslo.kommune.no/boligreg&lt;/tt&gt;. Logg inn som deg selv; passordet lagres ikke (bruk gjerne .pgpass).</translation>
        </message>
        <message>
            <source>postgresql+psycopg://bruker@vert/database</source>
            <translation>postgresql+psycopg://bruker@vert/database</translation>
        </message>
        <message>
            <source>Synkroniser</source>
            <translation>Synkroniser</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Utgangspunkt</source>
            <translation>Utgangspunkt</translation>
        </message>
        <message>
            <source>Her (denne kopien)</source>
            <translation>Her (denne kopien)</translation>
        </message>
        <message>
            <source>Sentralt</source>
            <translation>Sentralt</translation>
        </message>
        <message>
            <source>Behold</source>
            <translation>Behold</translation>
        </message>
        <message>
            <source>Konflikter fra synkronisering</source>
            <translation>Konflikter fra synkronisering</translation>
        </message>
        <message>
            <source>Vis alle felt (ikke bare de som er ulike)</source>
            <translation>Vis alle felt (ikke bare de som er ulike)</translation>
        </message>
        <message>
            <source>Behold min versjon</source>
            <translation>Behold min versjon</translation>
        </message>
        <message>
            <source>Behold sentral versjon</source>
            <translation>Behold sentral versjon</translation>
        </message>
        <message>
            <source>Slå sammen (valg per felt)</source>
            <translation>Slå sammen (valg per felt)</translation>
        </message>
        <message>
            <source>Ingen konflikter venter. Alt er avgjort.</source>
            <translation>Ingen konflikter venter. Alt er avgjort.</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>&lt;b&gt;{record}&lt;/b&gt; — {kind}&lt;br&gt;{reason}&lt;br&gt;&lt;small&gt;Oppdaget {when}. Utgangspunkt er verdien begge startet fra; feltene i fet skrift er endret begge steder.&lt;/small&gt;</source>
            <translation>&lt;b&gt;{record}&lt;/b&gt; — {kind}&lt;br&gt;{reason}&lt;br&gt;&lt;small&gt;Oppdaget {when}. Utgangspunkt er verdien begge startet fra; feltene i fet skrift er endret begge steder.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Send lokale endringer og hent andres (F9)</source>
            <translation>Send lokale endringer og hent andres (F9)</translation>
        </message>
        <message>
            <source>Konflikter …</source>
            <translation>Konflikter …</translation>
        </message>
        <message>
            <source>Sentraldatabase …</source>
            <translation>Sentraldatabase …</translation>
        </message>
        <message>
            <source>Åpne sentraldatabasen direkte …</source>
            <translation>Åpne sentraldatabasen direkte …</translation>
        </message>
        <message>
            <source>Arbeid direkte i sentraldatabasen (krever nett)</source>
            <translation>Arbeid direkte i sentraldatabasen (krever nett)</translation>
        </message>
        <message>
            <source>S&amp;ynkronisering</source>
            <translation>S&amp;ynkronisering</translation>
        </message>
        <message>
            <source>Demodata synkroniseres ikke</source>
            <translation>Demodata synkroniseres ikke</translation>
        </message>
        <message>
            <source>Du arbeider direkte i sentraldatabasen</source>
            <translation>Du arbeider direkte i sentraldatabasen</translation>
        </message>
        <message>
            <source>Synkroniseringsstatus ukjent</source>
            <translation>Synkroniseringsstatus ukjent</translation>
        </message>
        <message>
            <source>Synkroniserer med sentraldatabasen</source>
            <translation>Synkroniserer med sentraldatabasen</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synkronisering</translation>
        </message>
        <message>
            <source>Kobler til sentraldatabasen</source>
            <translation>Kobler til sentraldatabasen</translation>
        </message>
        <message>
            <source>Sentraldatabasen</source>
            <translation>Sentraldatabasen</translation>
        </message>
    </context>
    <context>
        <name>Tenancies</name>
        <message>
            <source>Registrer bare datoer og saksreferanse – ikke navn, fødselsnummer eller andre personopplysninger om leietakeren.</source>
            <translation>Registrer bare datoer og saksreferanse – ikke navn, fødselsnummer eller andre personopplysninger om leietakeren.</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>+  Nytt leieforhold</source>
            <translation>+  Nytt leieforhold</translation>
        </message>
        <message>
            <source>Rediger …</source>
            <translation>Rediger …</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Slett …</translation>
        </message>
        <message>
            <source>Nytt leieforhold</source>
            <translation>Nytt leieforhold</translation>
        </message>
        <message>
            <source>Leieforholdet er registrert.</source>
            <translation>Leieforholdet er registrert.</translation>
        </message>
        <message>
            <source>Kan ikke redigere</source>
            <translation>Kan ikke redigere</translation>
        </message>
        <message>
            <source>Leieforhold {tenancy}</source>
            <translation>Leieforhold {tenancy}</translation>
        </message>
        <message>
            <source>Leieforholdet er lagret.</source>
            <translation>Leieforholdet er lagret.</translation>
        </message>
        <message>
            <source>Slett leieforhold</source>
            <translation>Slett leieforhold</translation>
        </message>
        <message>
            <source>Slette leieforholdet {tenancy}?

Det skjules, men historikken beholdes.</source>
            <translation>Slette leieforholdet {tenancy}?

Det skjules, men historikken beholdes.</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Kan ikke slette</source>
            <translation>Kan ikke slette</translation>
        </message>
        <message>
            <source>Leieforholdet er slettet.</source>
            <translation>Leieforholdet er slettet.</translation>
        </message>
    </context>
    <context>
        <name>Transfers</name>
        <message>
            <source>{n} bolig</source>
            <translation>{n} bolig</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} boliger</translation>
        </message>
        <message>
            <source>{n} avtale</source>
            <translation>{n} avtale</translation>
        </message>
        <message>
            <source>{n} avtaler</source>
            <translation>{n} avtaler</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>boliger</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>avtaler</translation>
        </message>
        <message>
            <source>Overfør til …</source>
            <translation>Overfør til …</translation>
        </message>
        <message>
            <source>Overfør {what} fra {unit}.</source>
            <translation>Overfør {what} fra {unit}.</translation>
        </message>
        <message>
            <source>Overfør alle boliger eller alle avtaler en enhet har i dag til en annen enhet.</source>
            <translation>Overfør alle boliger eller alle avtaler en enhet har i dag til en annen enhet.</translation>
        </message>
        <message>
            <source>Avtaler (ansvarlig enhet)</source>
            <translation>Avtaler (ansvarlig enhet)</translation>
        </message>
        <message>
            <source>Boliger (disponerende enhet)</source>
            <translation>Boliger (disponerende enhet)</translation>
        </message>
        <message>
            <source>Saksnummer, f.eks. 2026/4711 (påkrevd)</source>
            <translation>Saksnummer, f.eks. 2026/4711 (påkrevd)</translation>
        </message>
        <message>
            <source>Hva:</source>
            <translation>Hva:</translation>
        </message>
        <message>
            <source>Fra enhet:</source>
            <translation>Fra enhet:</translation>
        </message>
        <message>
            <source>Til enhet:</source>
            <translation>Til enhet:</translation>
        </message>
        <message>
            <source>Gjelder fra:</source>
            <translation>Gjelder fra:</translation>
        </message>
        <message>
            <source>Saksnummer:</source>
            <translation>Saksnummer:</translation>
        </message>
        <message>
            <source>Dette flyttes</source>
            <translation>Dette flyttes</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Åpne avvik</source>
            <translation>Åpne avvik</translation>
        </message>
        <message>
            <source>Løpende leieforhold</source>
            <translation>Løpende leieforhold</translation>
        </message>
        <message>
            <source>Hver side, før → etter</source>
            <translation>Hver side, før → etter</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Husleie/mnd</source>
            <translation>Husleie/mnd</translation>
        </message>
        <message>
            <source>Innleie/mnd</source>
            <translation>Innleie/mnd</translation>
        </message>
        <message>
            <source>Avgiver</source>
            <translation>Avgiver</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Mottaker</translation>
        </message>
        <message>
            <source>Overføringen lagres som én handling med saksnummeret på hver endret post, og kan angres samlet (Overføringer → Angre overføring …).</source>
            <translation>Overføringen lagres som én handling med saksnummeret på hver endret post, og kan angres samlet (Overføringer → Angre overføring …).</translation>
        </message>
        <message>
            <source>Overfør</source>
            <translation>Overfør</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Beregner …</source>
            <translation>Beregner …</translation>
        </message>
        <message>
            <source>Forhåndsviser overføringen</source>
            <translation>Forhåndsviser overføringen</translation>
        </message>
        <message>
            <source>{what} flyttes fra {sender} til {receiver}, gjelder fra {day}.</source>
            <translation>{what} flyttes fra {sender} til {receiver}, gjelder fra {day}.</translation>
        </message>
        <message>
            <source>Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</source>
            <translation>Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</translation>
        </message>
        <message>
            <source>Skriv inn saksnummeret først.</source>
            <translation>Skriv inn saksnummeret først.</translation>
        </message>
        <message>
            <source>Overført {what} under saksnummer {reference}.</source>
            <translation>Overført {what} under saksnummer {reference}.</translation>
        </message>
        <message>
            <source>Overfører</source>
            <translation>Overfører</translation>
        </message>
        <message>
            <source>Overføringen ble ikke gjort</source>
            <translation>Overføringen ble ikke gjort</translation>
        </message>
        <message>
            <source>Angre overføring</source>
            <translation>Angre overføring</translation>
        </message>
        <message>
            <source>Velg overføringen som skal angres. Alle postene den flyttet, flyttes tilbake i én handling.</source>
            <translation>Velg overføringen som skal angres. Alle postene den flyttet, flyttes tilbake i én handling.</translation>
        </message>
        <message>
            <source>Ingen overføringer er gjort ennå.</source>
            <translation>Ingen overføringer er gjort ennå.</translation>
        </message>
        <message>
            <source>Angre overføringen</source>
            <translation>Angre overføringen</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Flytte de {n} postene i {reference} tilbake fra {receiver} til {sender}?</source>
            <translation>Flytte de {n} postene i {reference} tilbake fra {receiver} til {sender}?</translation>
        </message>
        <message>
            <source>Angret {reference}: {n} poster tilbake.</source>
            <translation>Angret {reference}: {n} poster tilbake.</translation>
        </message>
        <message>
            <source>Angrer overføringen</source>
            <translation>Angrer overføringen</translation>
        </message>
        <message>
            <source>Overføringen ble ikke angret</source>
            <translation>Overføringen ble ikke angret</translation>
        </message>
        <message>
            <source>&amp;Overføringer</source>
            <translation>&amp;Overføringer</translation>
        </message>
        <message>
            <source>Overfør &amp;utvalgte til …</source>
            <translation>Overfør &amp;utvalgte til …</translation>
        </message>
        <message>
            <source>De valgte boligene eller avtalene i listen</source>
            <translation>De valgte boligene eller avtalene i listen</translation>
        </message>
        <message>
            <source>Overfør &amp;alle avtaler/boliger for enheten …</source>
            <translation>Overfør &amp;alle avtaler/boliger for enheten …</translation>
        </message>
        <message>
            <source>&amp;Angre overføring …</source>
            <translation>&amp;Angre overføring …</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
</TS>

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
        <name>AgreementsSection</name>
        <message>
            <source>Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler (Husbanken). Koblinger viser boligene og utleierens andre avtaler.</source>
            <translation>Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler (Husbanken). Koblinger viser boligene og utleierens andre avtaler.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Første start: lager demodatabase i {path} …</source>
            <translation>Første start: lager demodatabase i {path} …</translation>
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
        <name>CapacitySection</name>
        <message>
            <source>Rom</source>
            <translation>Rom</translation>
        </message>
        <message>
            <source>Rullestol</source>
            <translation>Rullestol</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Ledig nå</source>
            <translation>Ledig nå</translation>
        </message>
        <message>
            <source>Snart ledig</source>
            <translation>Snart ledig</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>Median dager</source>
            <translation>Median dager</translation>
        </message>
        <message>
            <source>Lengst dager</source>
            <translation>Lengst dager</translation>
        </message>
        <message>
            <source>Uten dato</source>
            <translation>Uten dato</translation>
        </message>
        <message>
            <source>Per enhet</source>
            <translation>Per enhet</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Disponeres av</translation>
        </message>
        <message>
            <source>Tilstand</source>
            <translation>Tilstand</translation>
        </message>
        <message>
            <source>Ligger i</source>
            <translation>Ligger i</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Bolignr</source>
            <translation>Bolignr</translation>
        </message>
        <message>
            <source>Ledig fra</source>
            <translation>Ledig fra</translation>
        </message>
        <message>
            <source>Dager ledig</source>
            <translation>Dager ledig</translation>
        </message>
        <message>
            <source>Grunn</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <source>Ledig kapasitet i hele byen</source>
            <translation>Ledig kapasitet i hele byen</translation>
        </message>
        <message>
            <source>Ledige og snart ledige boliger i alle enheter – de 15 bydelene og de sentrale enhetene – etter antall rom, rullestoltilgjengelighet og målgruppe. Talt etter disponerende enhet, for hele byen uansett valgt bydel. Snart ledig: leieforholdet slutter eller registrert ledig-dato faller innen valgt antall dager. Boliger som brukes til annet enn bolig er ikke med.</source>
            <translation>Ledige og snart ledige boliger i alle enheter – de 15 bydelene og de sentrale enhetene – etter antall rom, rullestoltilgjengelighet og målgruppe. Talt etter disponerende enhet, for hele byen uansett valgt bydel. Snart ledig: leieforholdet slutter eller registrert ledig-dato faller innen valgt antall dager. Boliger som brukes til annet enn bolig er ikke med.</translation>
        </message>
        <message>
            <source> dager</source>
            <translation> dager</translation>
        </message>
        <message>
            <source>Hvor langt fram «snart ledig» ser</source>
            <translation>Hvor langt fram «snart ledig» ser</translation>
        </message>
        <message>
            <source>Alle enheter</source>
            <translation>Alle enheter</translation>
        </message>
        <message>
            <source>Alle målgrupper</source>
            <translation>Alle målgrupper</translation>
        </message>
        <message>
            <source>alle</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Minst så mange rom (alle: ingen grense)</source>
            <translation>Minst så mange rom (alle: ingen grense)</translation>
        </message>
        <message>
            <source>Bare rullestoltilgjengelige</source>
            <translation>Bare rullestoltilgjengelige</translation>
        </message>
        <message>
            <source>Ta med snart ledige</source>
            <translation>Ta med snart ledige</translation>
        </message>
        <message>
            <source>Lagre som Excel …</source>
            <translation>Lagre som Excel …</translation>
        </message>
        <message>
            <source>Snart ledig innen</source>
            <translation>Snart ledig innen</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Minst rom</source>
            <translation>Minst rom</translation>
        </message>
        <message>
            <source>Grupper</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Kunne ikke telle ledig kapasitet: {error}</source>
            <translation>Kunne ikke telle ledig kapasitet: {error}</translation>
        </message>
        <message>
            <source>Teller ledig kapasitet</source>
            <translation>Teller ledig kapasitet</translation>
        </message>
        <message>
            <source>median {median} dager ledig, lengst {longest}</source>
            <translation>median {median} dager ledig, lengst {longest}</translation>
        </message>
        <message>
            <source>ledighetstid ukjent</source>
            <translation>ledighetstid ukjent</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; snart ledige (innen {days} dager, til {date})</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; snart ledige (innen {days} dager, til {date})</translation>
        </message>
        <message>
            <source>snart ledige er ikke tatt med</source>
            <translation>snart ledige er ikke tatt med</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; ledige nå ({days}), {soon} – i {units} enheter og {groups} grupper.</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; ledige nå ({days}), {soon} – i {units} enheter og {groups} grupper.</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>{name} (sentral enhet)</source>
            <translation>{name} (sentral enhet)</translation>
        </message>
        <message>
            <source>{n} ledige boliger brukes ikke som bolig og er ikke med.</source>
            <translation>{n} ledige boliger brukes ikke som bolig og er ikke med.</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall.</source>
            <translation>DEMODATA – syntetiske tall.</translation>
        </message>
        <message>
            <source>Per {date}. Dager ledig: fra registrert ledig-dato til i dag; median og lengste over ledige boliger med dato.</source>
            <translation>Per {date}. Dager ledig: fra registrert ledig-dato til i dag; median og lengste over ledige boliger med dato.</translation>
        </message>
        <message>
            <source>Lagre ledig kapasitet</source>
            <translation>Lagre ledig kapasitet</translation>
        </message>
        <message>
            <source>ledig-kapasitet.xlsx</source>
            <translation>ledig-kapasitet.xlsx</translation>
        </message>
        <message>
            <source>Excel-arbeidsbok (*.xlsx)</source>
            <translation>Excel-arbeidsbok (*.xlsx)</translation>
        </message>
        <message>
            <source>Skriver Excel-fil</source>
            <translation>Skriver Excel-fil</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Lagret {path}</translation>
        </message>
        <message>
            <source>Lagrer ledig kapasitet</source>
            <translation>Lagrer ledig kapasitet</translation>
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
        <name>DwellingsSection</name>
        <message>
            <source>Hver bruksenhet med disposisjonsform, status, bruk og gjeldende avtale. Dobbeltklikk en kobling for å åpne den; Alt+Venstre går tilbake.</source>
            <translation>Hver bruksenhet med disposisjonsform, status, bruk og gjeldende avtale. Dobbeltklikk en kobling for å åpne den; Alt+Venstre går tilbake.</translation>
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
        <name>FactsheetSection</name>
        <message>
            <source>Boligsosiale faktaark</source>
            <translation>Boligsosiale faktaark</translation>
        </message>
        <message>
            <source>Ett faktaark per bydel og ett for hele Oslo, som PDF klar til trykk.</source>
            <translation>Ett faktaark per bydel og ett for hele Oslo, som PDF klar til trykk.</translation>
        </message>
        <message>
            <source>År</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Grunnlag</source>
            <translation>Grunnlag</translation>
        </message>
        <message>
            <source>Faktaark</source>
            <translation>Faktaark</translation>
        </message>
        <message>
            <source>Velg alle</source>
            <translation>Velg alle</translation>
        </message>
        <message>
            <source>Velg ingen</source>
            <translation>Velg ingen</translation>
        </message>
        <message>
            <source>Lagre PDF …</source>
            <translation>Lagre PDF …</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Skriv ut …</translation>
        </message>
        <message>
            <source>Lagre som tilgjengelig HTML …</source>
            <translation>Lagre som tilgjengelig HTML …</translation>
        </message>
        <message>
            <source>Den tilgjengelige utgaven (universell utforming): samme tall som PDF-en, som én HTML-fil per ark for skjermlesere og forstørring.</source>
            <translation>Den tilgjengelige utgaven (universell utforming): samme tall som PDF-en, som én HTML-fil per ark for skjermlesere og forstørring.</translation>
        </message>
        <message>
            <source>Klikk et ark for å se det. Huk av arkene som skal lagres eller skrives ut.</source>
            <translation>Klikk et ark for å se det. Huk av arkene som skal lagres eller skrives ut.</translation>
        </message>
        <message>
            <source>Publiser faktaark …</source>
            <translation>Publiser faktaark …</translation>
        </message>
        <message>
            <source>Fryser årets 16 faktaark slik registeret var registrert per 31.12: tallene og PDF-ene lagres i databasen og åpnes senere byte for byte like.</source>
            <translation>Fryser årets 16 faktaark slik registeret var registrert per 31.12: tallene og PDF-ene lagres i databasen og åpnes senere byte for byte like.</translation>
        </message>
        <message>
            <source>Publiserte utgaver</source>
            <translation>Publiserte utgaver</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Åpne arket slik det ble publisert i denne utgaven</source>
            <translation>Åpne arket slik det ble publisert i denne utgaven</translation>
        </message>
        <message>
            <source>Lagre …</source>
            <translation>Lagre …</translation>
        </message>
        <message>
            <source>Lagre arket slik det ble publisert (byte for byte)</source>
            <translation>Lagre arket slik det ble publisert (byte for byte)</translation>
        </message>
        <message>
            <source>Publiser faktaark for {year} …</source>
            <translation>Publiser faktaark for {year} …</translation>
        </message>
        <message>
            <source>første utgave</source>
            <translation>første utgave</translation>
        </message>
        <message>
            <source>1 ark endret</source>
            <translation>1 ark endret</translation>
        </message>
        <message>
            <source>{n} ark endret</source>
            <translation>{n} ark endret</translation>
        </message>
        <message>
            <source>Utgave {edition} – {changed}</source>
            <translation>Utgave {edition} – {changed}</translation>
        </message>
        <message>
            <source>{n} ark, registeret per {date}</source>
            <translation>{n} ark, registeret per {date}</translation>
        </message>
        <message>
            <source>{n} ark</source>
            <translation>{n} ark</translation>
        </message>
        <message>
            <source>Oslo</source>
            <translation>Oslo</translation>
        </message>
        <message>
            <source>Faktaarkene for {year} er ikke publisert ennå.</source>
            <translation>Faktaarkene for {year} er ikke publisert ennå.</translation>
        </message>
        <message>
            <source>registrert per {date}</source>
            <translation>registrert per {date}</translation>
        </message>
        <message>
            <source>Utgave {edition} ({when}), publisert {moment} av {user}.</source>
            <translation>Utgave {edition} ({when}), publisert {moment} av {user}.</translation>
        </message>
        <message>
            <source>Revidert utgave – {changed} av {sheets} ark endret fra utgave {previous}.</source>
            <translation>Revidert utgave – {changed} av {sheets} ark endret fra utgave {previous}.</translation>
        </message>
        <message>
            <source>Endret for {name}: {changes}.</source>
            <translation>Endret for {name}: {changes}.</translation>
        </message>
        <message>
            <source>Ingen av de oppførte tallene er endret for {name}.</source>
            <translation>Ingen av de oppførte tallene er endret for {name}.</translation>
        </message>
        <message>
            <source>en revidert utgave (utgave {number}); utgave {previous} beholdes og kan fortsatt åpnes</source>
            <translation>en revidert utgave (utgave {number}); utgave {previous} beholdes og kan fortsatt åpnes</translation>
        </message>
        <message>
            <source>utgave {number}</source>
            <translation>utgave {number}</translation>
        </message>
        <message>
            <source>Publiser faktaark for {year}</source>
            <translation>Publiser faktaark for {year}</translation>
        </message>
        <message>
            <source>Publisere de 16 faktaarkene for {year} slik registeret var registrert per 31.12.{year}?

Dette blir {kind}. Tallene og PDF-ene lagres i databasen og endres ikke etterpå, uansett hva som skjer i registeret.</source>
            <translation>Publisere de 16 faktaarkene for {year} slik registeret var registrert per 31.12.{year}?

Dette blir {kind}. Tallene og PDF-ene lagres i databasen og endres ikke etterpå, uansett hva som skjer i registeret.</translation>
        </message>
        <message>
            <source>Publiser utgave {number}</source>
            <translation>Publiser utgave {number}</translation>
        </message>
        <message>
            <source>Publiserer faktaarkene for {year} …</source>
            <translation>Publiserer faktaarkene for {year} …</translation>
        </message>
        <message>
            <source>Revidert utgave {edition} av faktaarkene for {year} er publisert.</source>
            <translation>Revidert utgave {edition} av faktaarkene for {year} er publisert.</translation>
        </message>
        <message>
            <source>Utgave {edition} av faktaarkene for {year} er publisert.</source>
            <translation>Utgave {edition} av faktaarkene for {year} er publisert.</translation>
        </message>
        <message>
            <source>Publiserer faktaark for {year}</source>
            <translation>Publiserer faktaark for {year}</translation>
        </message>
        <message>
            <source>Åpne publisert faktaark</source>
            <translation>Åpne publisert faktaark</translation>
        </message>
        <message>
            <source>Lagre publisert faktaark</source>
            <translation>Lagre publisert faktaark</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Lagret {name} (utgave {edition})</source>
            <translation>Lagret {name} (utgave {edition})</translation>
        </message>
        <message>
            <source>Oslo (hele byen)</source>
            <translation>Oslo (hele byen)</translation>
        </message>
        <message>
            <source>Lagre {n} PDF-er …</source>
            <translation>Lagre {n} PDF-er …</translation>
        </message>
        <message>
            <source>Skriv ut {n} …</source>
            <translation>Skriv ut {n} …</translation>
        </message>
        <message>
            <source>Som registrert per 31.12.{year}</source>
            <translation>Som registrert per 31.12.{year}</translation>
        </message>
        <message>
            <source>Med senere rettelser</source>
            <translation>Med senere rettelser</translation>
        </message>
        <message>
            <source>Som registrert: registeret slik det sto ved utgangen av 31.12.{year} — det som er registrert senere, er ikke med. Med senere rettelser: dagens register på datoen, med antallet poster som er endret siden.</source>
            <translation>Som registrert: registeret slik det sto ved utgangen av 31.12.{year} — det som er registrert senere, er ikke med. Med senere rettelser: dagens register på datoen, med antallet poster som er endret siden.</translation>
        </message>
        <message>
            <source>Dagens register</source>
            <translation>Dagens register</translation>
        </message>
        <message>
            <source>Året er ikke over: arket teller registeret slik det står i dag.</source>
            <translation>Året er ikke over: arket teller registeret slik det står i dag.</translation>
        </message>
        <message>
            <source>Lager forhåndsvisning …</source>
            <translation>Lager forhåndsvisning …</translation>
        </message>
        <message>
            <source>Forhåndsvisning</source>
            <translation>Forhåndsvisning</translation>
        </message>
        <message>
            <source>1 side · A4</source>
            <translation>1 side · A4</translation>
        </message>
        <message>
            <source>{n} sider · A4</source>
            <translation>{n} sider · A4</translation>
        </message>
        <message>
            <source>Forhåndsvisningen kunne ikke lages</source>
            <translation>Forhåndsvisningen kunne ikke lages</translation>
        </message>
        <message>
            <source>Tall per {date}.</source>
            <translation>Tall per {date}.</translation>
        </message>
        <message>
            <source>Folketall per {date}.</source>
            <translation>Folketall per {date}.</translation>
        </message>
        <message>
            <source>Folketall mangler.</source>
            <translation>Folketall mangler.</translation>
        </message>
        <message>
            <source>Uten endring fra {year} (ikke noe øyeblikksbilde).</source>
            <translation>Uten endring fra {year} (ikke noe øyeblikksbilde).</translation>
        </message>
        <message>
            <source>Ingen indikatorer importert for {year}.</source>
            <translation>Ingen indikatorer importert for {year}.</translation>
        </message>
        <message>
            <source>Demodata: arkene merkes som syntetiske.</source>
            <translation>Demodata: arkene merkes som syntetiske.</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <source>Lagre faktaark</source>
            <translation>Lagre faktaark</translation>
        </message>
        <message>
            <source>Velg mappe for faktaarkene</source>
            <translation>Velg mappe for faktaarkene</translation>
        </message>
        <message>
            <source>Erstatte faktaark?</source>
            <translation>Erstatte faktaark?</translation>
        </message>
        <message>
            <source>{n} av faktaarkene finnes allerede i «{folder}». Vil du erstatte dem?</source>
            <translation>{n} av faktaarkene finnes allerede i «{folder}». Vil du erstatte dem?</translation>
        </message>
        <message>
            <source>Erstatt</source>
            <translation>Erstatt</translation>
        </message>
        <message>
            <source>Henter tallene …</source>
            <translation>Henter tallene …</translation>
        </message>
        <message>
            <source>Lagret {n} faktaark i {folder}</source>
            <translation>Lagret {n} faktaark i {folder}</translation>
        </message>
        <message>
            <source>Lagret {name}</source>
            <translation>Lagret {name}</translation>
        </message>
        <message>
            <source>Lagrer faktaark</source>
            <translation>Lagrer faktaark</translation>
        </message>
        <message>
            <source>Skriv ut faktaark</source>
            <translation>Skriv ut faktaark</translation>
        </message>
        <message>
            <source>Klargjør {name} for utskrift …</source>
            <translation>Klargjør {name} for utskrift …</translation>
        </message>
        <message>
            <source>Sendt 1 side til utskrift</source>
            <translation>Sendt 1 side til utskrift</translation>
        </message>
        <message>
            <source>Sendt {n} sider til utskrift</source>
            <translation>Sendt {n} sider til utskrift</translation>
        </message>
        <message>
            <source>Skriver ut faktaark</source>
            <translation>Skriver ut faktaark</translation>
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
        <name>FindingGroupsModel</name>
        <message>
            <source>Alle avvik</source>
            <translation>Alle avvik</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Ukjent</translation>
        </message>
        <message>
            <source>Regel og bydel</source>
            <translation>Regel og bydel</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Antall</translation>
        </message>
    </context>
    <context>
        <name>FindingsSection</name>
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
        </message>
        <message>
            <source>Bygg</source>
            <translation>Bygg</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Leieforhold</translation>
        </message>
        <message>
            <source>Åpne og under arbeid</source>
            <translation>Åpne og under arbeid</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Under arbeid</source>
            <translation>Under arbeid</translation>
        </message>
        <message>
            <source>Akseptert som unntak</source>
            <translation>Akseptert som unntak</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Alle alvorligheter</source>
            <translation>Alle alvorligheter</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>Høy</translation>
        </message>
        <message>
            <source>Middels</source>
            <translation>Middels</translation>
        </message>
        <message>
            <source>Lav</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Aksepter som unntak …</source>
            <translation>Aksepter som unntak …</translation>
        </message>
        <message>
            <source>Gjenåpne</source>
            <translation>Gjenåpne</translation>
        </message>
        <message>
            <source>Kjør kontroll</source>
            <translation>Kjør kontroll</translation>
        </message>
        <message>
            <source>Kjør alle kontrollreglene for bydelen som er valgt (eller hele Oslo). Kan avbrytes.</source>
            <translation>Kjør alle kontrollreglene for bydelen som er valgt (eller hele Oslo). Kan avbrytes.</translation>
        </message>
        <message>
            <source>Eksporter til Excel …</source>
            <translation>Eksporter til Excel …</translation>
        </message>
        <message>
            <source>Avviksrapport (PDF) …</source>
            <translation>Avviksrapport (PDF) …</translation>
        </message>
        <message>
            <source>Søk i post og melding</source>
            <translation>Søk i post og melding</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorlighet</translation>
        </message>
        <message>
            <source>Åpne posten</source>
            <translation>Åpne posten</translation>
        </message>
        <message>
            <source>Sett status for valgte:</source>
            <translation>Sett status for valgte:</translation>
        </message>
        <message>
            <source>Kontrollen er ikke kjørt ennå. Trykk «Kjør kontroll».</source>
            <translation>Kontrollen er ikke kjørt ennå. Trykk «Kjør kontroll».</translation>
        </message>
        <message>
            <source>hele Oslo</source>
            <translation>hele Oslo</translation>
        </message>
        <message>
            <source>Siste kontroll {started} ({where}, {user}).</source>
            <translation>Siste kontroll {started} ({where}, {user}).</translation>
        </message>
        <message>
            <source>ukjent</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <source>{shown} av {total} avvik</source>
            <translation>{shown} av {total} avvik</translation>
        </message>
        <message>
            <source>1 avvik</source>
            <translation>1 avvik</translation>
        </message>
        <message>
            <source>{n} avvik</source>
            <translation>{n} avvik</translation>
        </message>
        <message>
            <source>Velg et avvik for å se detaljer. Dobbeltklikk åpner posten; velg flere for å endre status samlet.</source>
            <translation>Velg et avvik for å se detaljer. Dobbeltklikk åpner posten; velg flere for å endre status samlet.</translation>
        </message>
        <message>
            <source>{n} avvik valgt.</source>
            <translation>{n} avvik valgt.</translation>
        </message>
        <message>
            <source>åpnet {first}, sist sett {last}</source>
            <translation>åpnet {first}, sist sett {last}</translation>
        </message>
        <message>
            <source>Endrer status for {n} avvik</source>
            <translation>Endrer status for {n} avvik</translation>
        </message>
        <message>
            <source>Endrer status</source>
            <translation>Endrer status</translation>
        </message>
        <message>
            <source>Kontrollen feilet</source>
            <translation>Kontrollen feilet</translation>
        </message>
        <message>
            <source>Kjører kontroll</source>
            <translation>Kjører kontroll</translation>
        </message>
        <message>
            <source>Eksporter avvik</source>
            <translation>Eksporter avvik</translation>
        </message>
        <message>
            <source>avvik.xlsx</source>
            <translation>avvik.xlsx</translation>
        </message>
        <message>
            <source>Excel-arbeidsbok (*.xlsx)</source>
            <translation>Excel-arbeidsbok (*.xlsx)</translation>
        </message>
        <message>
            <source>Lagre avviksrapport</source>
            <translation>Lagre avviksrapport</translation>
        </message>
        <message>
            <source>avviksrapport.pdf</source>
            <translation>avviksrapport.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Skriver Excel-fil</source>
            <translation>Skriver Excel-fil</translation>
        </message>
        <message>
            <source>Eksporterer avvik</source>
            <translation>Eksporterer avvik</translation>
        </message>
        <message>
            <source>Lager avviksrapport</source>
            <translation>Lager avviksrapport</translation>
        </message>
    </context>
    <context>
        <name>FindingsTableModel</name>
        <message>
            <source>Bydelen avviket er registrert på: der boligen eller bygget ligger, eller bydelen avtalen er registrert under (beliggenhet, ikke disponerende enhet)</source>
            <translation>Bydelen avviket er registrert på: der boligen eller bygget ligger, eller bydelen avtalen er registrert under (beliggenhet, ikke disponerende enhet)</translation>
        </message>
        <message>
            <source>Alvor</source>
            <translation>Alvor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Åpnet</source>
            <translation>Åpnet</translation>
        </message>
        <message>
            <source>Dager</source>
            <translation>Dager</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Ingen kontroll kjørt ennå – kjør en kontroll under Avvik</source>
            <translation>Ingen kontroll kjørt ennå – kjør en kontroll under Avvik</translation>
        </message>
        <message>
            <source>Avtaler som utløper innen {days} dager</source>
            <translation>Avtaler som utløper innen {days} dager</translation>
        </message>
        <message>
            <source>Ingen avtaler utløper de neste {days} dagene</source>
            <translation>Ingen avtaler utløper de neste {days} dagene</translation>
        </message>
        <message>
            <source>Boliger som har stått lengst ledige</source>
            <translation>Boliger som har stått lengst ledige</translation>
        </message>
        <message>
            <source>Ingen ledige boliger</source>
            <translation>Ingen ledige boliger</translation>
        </message>
        <message>
            <source>Åpne avvik med høy alvorlighet</source>
            <translation>Åpne avvik med høy alvorlighet</translation>
        </message>
        <message>
            <source>Ingen åpne avvik med høy alvorlighet</source>
            <translation>Ingen åpne avvik med høy alvorlighet</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… og {n} til</translation>
        </message>
        <message>
            <source>Når</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter for å åpne.</source>
            <translation>Dobbeltklikk eller Enter for å åpne.</translation>
        </message>
        <message>
            <source>i dag</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>om {n} d</source>
            <translation>om {n} d</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>Høy</translation>
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
        <name>ImportSection</name>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Ark</source>
            <translation>Ark</translation>
        </message>
        <message>
            <source>Kolonner</source>
            <translation>Kolonner</translation>
        </message>
        <message>
            <source>Kontroll</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
        </message>
        <message>
            <source>1 kolonne</source>
            <translation>1 kolonne</translation>
        </message>
        <message>
            <source>{n} kolonner</source>
            <translation>{n} kolonner</translation>
        </message>
        <message>
            <source>1 feil</source>
            <translation>1 feil</translation>
        </message>
        <message>
            <source>{n} feil</source>
            <translation>{n} feil</translation>
        </message>
        <message>
            <source>1 felt endres</source>
            <translation>1 felt endres</translation>
        </message>
        <message>
            <source>{n} felt endres</source>
            <translation>{n} felt endres</translation>
        </message>
        <message>
            <source>1 ny bolig</source>
            <translation>1 ny bolig</translation>
        </message>
        <message>
            <source>{n} nye boliger</source>
            <translation>{n} nye boliger</translation>
        </message>
        <message>
            <source>1 ny avtale</source>
            <translation>1 ny avtale</translation>
        </message>
        <message>
            <source>{n} nye avtaler</source>
            <translation>{n} nye avtaler</translation>
        </message>
        <message>
            <source>1 nytt bygg</source>
            <translation>1 nytt bygg</translation>
        </message>
        <message>
            <source>{n} nye bygg</source>
            <translation>{n} nye bygg</translation>
        </message>
        <message>
            <source>1 nytt ansvar</source>
            <translation>1 nytt ansvar</translation>
        </message>
        <message>
            <source>{n} nye ansvar</source>
            <translation>{n} nye ansvar</translation>
        </message>
        <message>
            <source>1 feltendring</source>
            <translation>1 feltendring</translation>
        </message>
        <message>
            <source>{n} feltendringer</source>
            <translation>{n} feltendringer</translation>
        </message>
        <message>
            <source>Import av regneark</source>
            <translation>Import av regneark</translation>
        </message>
        <message>
            <source>Hent inn bydelens egne lister over boliger, avtaler og vedlikeholdsansvar. Alle rader kontrolleres før noe lagres.</source>
            <translation>Hent inn bydelens egne lister over boliger, avtaler og vedlikeholdsansvar. Alle rader kontrolleres før noe lagres.</translation>
        </message>
        <message>
            <source>Eksporter …</source>
            <translation>Eksporter …</translation>
        </message>
        <message>
            <source>‹ Tilbake</source>
            <translation>‹ Tilbake</translation>
        </message>
        <message>
            <source>Neste ›</source>
            <translation>Neste ›</translation>
        </message>
        <message>
            <source>Start på nytt</source>
            <translation>Start på nytt</translation>
        </message>
        <message>
            <source>Import er slått av: registeret vises per {date} (kun lesing). Gå tilbake til i dag (banneret øverst) for å importere.</source>
            <translation>Import er slått av: registeret vises per {date} (kun lesing). Gå tilbake til i dag (banneret øverst) for å importere.</translation>
        </message>
        <message>
            <source>1. Velg regnearket</source>
            <translation>1. Velg regnearket</translation>
        </message>
        <message>
            <source>Excel (.xlsx) eller CSV. Tegnsett (UTF-8, Windows-1252) og skilletegn (semikolon, komma, tabulator) finnes automatisk. Overskriftene kobles til feltene i registeret etter navn; du kan endre hver kobling i steg 3.</source>
            <translation>Excel (.xlsx) eller CSV. Tegnsett (UTF-8, Windows-1252) og skilletegn (semikolon, komma, tabulator) finnes automatisk. Overskriftene kobles til feltene i registeret etter navn; du kan endre hver kobling i steg 3.</translation>
        </message>
        <message>
            <source>Ingen fil valgt</source>
            <translation>Ingen fil valgt</translation>
        </message>
        <message>
            <source>Velg filen bydelen fører boligene i.</source>
            <translation>Velg filen bydelen fører boligene i.</translation>
        </message>
        <message>
            <source>Velg fil …</source>
            <translation>Velg fil …</translation>
        </message>
        <message>
            <source>Oppgitt i filen (kolonnen Bydel)</source>
            <translation>Oppgitt i filen (kolonnen Bydel)</translation>
        </message>
        <message>
            <source>Rader uten bydel får denne; rader fra andre bydeler avvises.</source>
            <translation>Rader uten bydel får denne; rader fra andre bydeler avvises.</translation>
        </message>
        <message>
            <source>Filen gjelder bydel:</source>
            <translation>Filen gjelder bydel:</translation>
        </message>
        <message>
            <source>Ingen (kolonnene kobles etter overskrift)</source>
            <translation>Ingen (kolonnene kobles etter overskrift)</translation>
        </message>
        <message>
            <source>Hent lagret kobling …</source>
            <translation>Hent lagret kobling …</translation>
        </message>
        <message>
            <source>Lagret kobling:</source>
            <translation>Lagret kobling:</translation>
        </message>
        <message>
            <source>Personopplysninger importeres aldri: kolonner med navn, fødselsnummer eller kontaktopplysninger om leietakere blir stående igjen i filen.</source>
            <translation>Personopplysninger importeres aldri: kolonner med navn, fødselsnummer eller kontaktopplysninger om leietakere blir stående igjen i filen.</translation>
        </message>
        <message>
            <source>2. Velg arket</source>
            <translation>2. Velg arket</translation>
        </message>
        <message>
            <source>Ett ark med én rad per bolig. Overskriftsraden finnes selv om det står en tittel over den.</source>
            <translation>Ett ark med én rad per bolig. Overskriftsraden finnes selv om det står en tittel over den.</translation>
        </message>
        <message>
            <source>3. Koble kolonnene til feltene</source>
            <translation>3. Koble kolonnene til feltene</translation>
        </message>
        <message>
            <source>Sjekk særlig radene merket «gjetning». Velg «– ikke importer –» for kolonner som ikke skal inn. Bruksenhetsnummer, adresse, postnummer og bydel må være med.</source>
            <translation>Sjekk særlig radene merket «gjetning». Velg «– ikke importer –» for kolonner som ikke skal inn. Bruksenhetsnummer, adresse, postnummer og bydel må være med.</translation>
        </message>
        <message>
            <source>Lagre koblingen …</source>
            <translation>Lagre koblingen …</translation>
        </message>
        <message>
            <source>De første {n} radene i filen, med feltet hver kolonne går til:</source>
            <translation>De første {n} radene i filen, med feltet hver kolonne går til:</translation>
        </message>
        <message>
            <source>4. Kontroll av alle rader</source>
            <translation>4. Kontroll av alle rader</translation>
        </message>
        <message>
            <source>Ingenting er lagret ennå. Klikk på en feil for å se raden i filen; rett filen og les den inn på nytt, eller hopp over radene med feil.</source>
            <translation>Ingenting er lagret ennå. Klikk på en feil for å se raden i filen; rett filen og les den inn på nytt, eller hopp over radene med feil.</translation>
        </message>
        <message>
            <source>rader med data</source>
            <translation>rader med data</translation>
        </message>
        <message>
            <source>nye boliger</source>
            <translation>nye boliger</translation>
        </message>
        <message>
            <source>boliger endres</source>
            <translation>boliger endres</translation>
        </message>
        <message>
            <source>uendret</source>
            <translation>uendret</translation>
        </message>
        <message>
            <source>feil</source>
            <translation>feil</translation>
        </message>
        <message>
            <source>Hopp over radene med feil og lagre resten</source>
            <translation>Hopp over radene med feil og lagre resten</translation>
        </message>
        <message>
            <source>Lagre feilrapport …</source>
            <translation>Lagre feilrapport …</translation>
        </message>
        <message>
            <source>5. Lagre i registeret</source>
            <translation>5. Lagre i registeret</translation>
        </message>
        <message>
            <source>Alt lagres i én operasjon: blir importen avbrutt, lagres ingenting. Hver ny post og hver endring føres i endringsloggen.</source>
            <translation>Alt lagres i én operasjon: blir importen avbrutt, lagres ingenting. Hver ny post og hver endring føres i endringsloggen.</translation>
        </message>
        <message>
            <source>Lagre i databasen</source>
            <translation>Lagre i databasen</translation>
        </message>
        <message>
            <source>Ny import</source>
            <translation>Ny import</translation>
        </message>
        <message>
            <source>Kontroller alle rader ›</source>
            <translation>Kontroller alle rader ›</translation>
        </message>
        <message>
            <source>Velg regneark</source>
            <translation>Velg regneark</translation>
        </message>
        <message>
            <source>Regneark (*.xlsx *.xlsm *.xls *.csv *.txt);;Alle filer (*)</source>
            <translation>Regneark (*.xlsx *.xlsm *.xls *.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Leser {name}</source>
            <translation>Leser {name}</translation>
        </message>
        <message>
            <source>Leser filen</source>
            <translation>Leser filen</translation>
        </message>
        <message>
            <source>{rows} under overskriften er ikke data (sum, tom, gjentatt overskrift, merknad) og hoppes over.</source>
            <translation>{rows} under overskriften er ikke data (sum, tom, gjentatt overskrift, merknad) og hoppes over.</translation>
        </message>
        <message>
            <source>{file}. {rows} under overskriften på rad {row}. {notes}</source>
            <translation>{file}. {rows} under overskriften på rad {row}. {notes}</translation>
        </message>
        <message>
            <source>Ark «{sheet}»: {rows}, {columns}, overskrift på rad {row}. {notes}</source>
            <translation>Ark «{sheet}»: {rows}, {columns}, overskrift på rad {row}. {notes}</translation>
        </message>
        <message>
            <source>Kan ikke lese filen</source>
            <translation>Kan ikke lese filen</translation>
        </message>
        <message>
            <source>Hent lagret kobling</source>
            <translation>Hent lagret kobling</translation>
        </message>
        <message>
            <source>Kobling (*.json);;Alle filer (*)</source>
            <translation>Kobling (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Kan ikke bruke koblingen</source>
            <translation>Kan ikke bruke koblingen</translation>
        </message>
        <message>
            <source>– ikke importer –</source>
            <translation>– ikke importer –</translation>
        </message>
        <message>
            <source>Personopplysning – importeres ikke</source>
            <translation>Personopplysning – importeres ikke</translation>
        </message>
        <message>
            <source>Kan ikke koble kolonnen</source>
            <translation>Kan ikke koble kolonnen</translation>
        </message>
        <message>
            <source>ikke importert</source>
            <translation>ikke importert</translation>
        </message>
        <message>
            <source>{mapped} av {columns} koblet</source>
            <translation>{mapped} av {columns} koblet</translation>
        </message>
        <message>
            <source>1 gjetning bør sjekkes</source>
            <translation>1 gjetning bør sjekkes</translation>
        </message>
        <message>
            <source>{n} gjetninger bør sjekkes</source>
            <translation>{n} gjetninger bør sjekkes</translation>
        </message>
        <message>
            <source>{n} med personopplysninger blir ikke importert</source>
            <translation>{n} med personopplysninger blir ikke importert</translation>
        </message>
        <message>
            <source>Lagre koblingen</source>
            <translation>Lagre koblingen</translation>
        </message>
        <message>
            <source>Kobling (*.json)</source>
            <translation>Kobling (*.json)</translation>
        </message>
        <message>
            <source>Kan ikke lagre koblingen</source>
            <translation>Kan ikke lagre koblingen</translation>
        </message>
        <message>
            <source>Kontrollerer radene</source>
            <translation>Kontrollerer radene</translation>
        </message>
        <message>
            <source>Gå tilbake til steg 3.</source>
            <translation>Gå tilbake til steg 3.</translation>
        </message>
        <message>
            <source>{errors} i {rows} av {total}. Ingenting lagres før feilene er rettet — eller kryss av for å hoppe over radene med feil.</source>
            <translation>{errors} i {rows} av {total}. Ingenting lagres før feilene er rettet — eller kryss av for å hoppe over radene med feil.</translation>
        </message>
        <message>
            <source>Raden er i orden.</source>
            <translation>Raden er i orden.</translation>
        </message>
        <message>
            <source>Alle {n} rader er i orden.</source>
            <translation>Alle {n} rader er i orden.</translation>
        </message>
        <message>
            <source>{every} {changes} i eksisterende poster.</source>
            <translation>{every} {changes} i eksisterende poster.</translation>
        </message>
        <message>
            <source>Hoppet over {rows} som ikke er data (ikke feil): {shown}.</source>
            <translation>Hoppet over {rows} som ikke er data (ikke feil): {shown}.</translation>
        </message>
        <message>
            <source>Lagre feilrapport</source>
            <translation>Lagre feilrapport</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Kan ikke lagre feilrapporten</source>
            <translation>Kan ikke lagre feilrapporten</translation>
        </message>
        <message>
            <source>Klar til å lagre {rows} fra «{file}»: {new}, {changed} endret, {unchanged} uendret; {agreements}, {properties}.</source>
            <translation>Klar til å lagre {rows} fra «{file}»: {new}, {changed} endret, {unchanged} uendret; {agreements}, {properties}.</translation>
        </message>
        <message>
            <source>{rows} med feil hoppes over.</source>
            <translation>{rows} med feil hoppes over.</translation>
        </message>
        <message>
            <source>Importen ble ikke lagret</source>
            <translation>Importen ble ikke lagret</translation>
        </message>
        <message>
            <source>Importerer</source>
            <translation>Importerer</translation>
        </message>
        <message>
            <source>Ingenting ble lagret: registeret er endret siden kontrollen, eller filen har fått nye feil. Kontroller på nytt.</source>
            <translation>Ingenting ble lagret: registeret er endret siden kontrollen, eller filen har fått nye feil. Kontroller på nytt.</translation>
        </message>
        <message>
            <source>Lagret. {new}, {changed} endret, {agreements}, {properties}, {responsibilities}. {changes} er ført i endringsloggen.</source>
            <translation>Lagret. {new}, {changed} endret, {agreements}, {properties}, {responsibilities}. {changes} er ført i endringsloggen.</translation>
        </message>
        <message>
            <source>&amp;Eksporter …</source>
            <translation>&amp;Eksporter …</translation>
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
        <name>MaintenanceSection</name>
        <message>
            <source>Eiendommen</source>
            <translation>Eiendommen</translation>
        </message>
        <message>
            <source>Bolig {unit}</source>
            <translation>Bolig {unit}</translation>
        </message>
        <message>
            <source>●  ansvarlig    ○  arvet fra eiendommen    &lt;span style='color:#b3261e'&gt;rødt: ingen ansvarlig&lt;/span&gt;    &lt;span style='color:#9a6700'&gt;gult: flere ansvarlige&lt;/span&gt;</source>
            <translation>●  ansvarlig    ○  arvet fra eiendommen    &lt;span style='color:#b3261e'&gt;rødt: ingen ansvarlig&lt;/span&gt;    &lt;span style='color:#9a6700'&gt;gult: flere ansvarlige&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Bruk vanlig fordeling …</source>
            <translation>Bruk vanlig fordeling …</translation>
        </message>
        <message>
            <source>Sett ansvaret slik det vanligvis er for denne eierformen (viser endringene før de lagres)</source>
            <translation>Sett ansvaret slik det vanligvis er for denne eierformen (viser endringene før de lagres)</translation>
        </message>
        <message>
            <source>Angre</source>
            <translation>Angre</translation>
        </message>
        <message>
            <source>Gjør om</source>
            <translation>Gjør om</translation>
        </message>
        <message>
            <source>Egne ansvarsforhold for enkeltboliger</source>
            <translation>Egne ansvarsforhold for enkeltboliger</translation>
        </message>
        <message>
            <source>Velg en eiendom for å se hvem som har vedlikeholdsansvaret.</source>
            <translation>Velg en eiendom for å se hvem som har vedlikeholdsansvaret.</translation>
        </message>
        <message>
            <source>Gjelder:</source>
            <translation>Gjelder:</translation>
        </message>
        <message>
            <source>Hvem som vedlikeholder indre, ytre, tekniske anlegg og uteområder. Klikk en celle i matrisen for å endre; «Bruk vanlig fordeling» fyller ut etter eierform.</source>
            <translation>Hvem som vedlikeholder indre, ytre, tekniske anlegg og uteområder. Klikk en celle i matrisen for å endre; «Bruk vanlig fordeling» fyller ut etter eierform.</translation>
        </message>
        <message>
            <source>1 bolig</source>
            <translation>1 bolig</translation>
        </message>
        <message>
            <source>{n} boliger</source>
            <translation>{n} boliger</translation>
        </message>
        <message>
            <source>Eiendom  ·  {district}  ·  eier: {owner}  ·  {count}</source>
            <translation>Eiendom  ·  {district}  ·  eier: {owner}  ·  {count}</translation>
        </message>
        <message>
            <source>Hele eiendommen</source>
            <translation>Hele eiendommen</translation>
        </message>
        <message>
            <source>{n} egne</source>
            <translation>{n} egne</translation>
        </message>
        <message>
            <source>Bolig {unit} ({tenure})</source>
            <translation>Bolig {unit} ({tenure})</translation>
        </message>
        <message>
            <source>Ansvaret følger vanlig fordeling.</source>
            <translation>Ansvaret følger vanlig fordeling.</translation>
        </message>
        <message>
            <source>Vanlig fordeling:</source>
            <translation>Vanlig fordeling:</translation>
        </message>
        <message>
            <source>Fjern {party} for {scope}</source>
            <translation>Fjern {party} for {scope}</translation>
        </message>
        <message>
            <source>Legg til {party} for {scope}</source>
            <translation>Legg til {party} for {scope}</translation>
        </message>
        <message>
            <source>Sett {party} for {scope}</source>
            <translation>Sett {party} for {scope}</translation>
        </message>
        <message>
            <source>Bruk vanlig fordeling</source>
            <translation>Bruk vanlig fordeling</translation>
        </message>
        <message>
            <source>{reason}

Endringer for {address}:

{changes}

Fjernede ansvarsforhold beholdes i historikken, og du kan angre.</source>
            <translation>{reason}

Endringer for {address}:

{changes}

Fjernede ansvarsforhold beholdes i historikken, og du kan angre.</translation>
        </message>
        <message>
            <source>Bruk fordelingen</source>
            <translation>Bruk fordelingen</translation>
        </message>
        <message>
            <source>Ikke lagret</source>
            <translation>Ikke lagret</translation>
        </message>
    </context>
    <context>
        <name>MappingTableModel</name>
        <message>
            <source>Kol.</source>
            <translation>Kol.</translation>
        </message>
        <message>
            <source>Overskrift i filen</source>
            <translation>Overskrift i filen</translation>
        </message>
        <message>
            <source>Eksempler fra filen</source>
            <translation>Eksempler fra filen</translation>
        </message>
        <message>
            <source>Felt i boligreg</source>
            <translation>Felt i boligreg</translation>
        </message>
        <message>
            <source>Treff</source>
            <translation>Treff</translation>
        </message>
        <message>
            <source>Sikkerhet</source>
            <translation>Sikkerhet</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>verdiene: {looks}</source>
            <translation>verdiene: {looks}</translation>
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
        <name>OverviewSection</name>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Boliger per 1 000 innbyggere</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Ledige boliger</source>
            <translation>Ledige boliger</translation>
        </message>
        <message>
            <source>Andel ledige (%)</source>
            <translation>Andel ledige (%)</translation>
        </message>
        <message>
            <source>Brukes ikke som bolig</source>
            <translation>Brukes ikke som bolig</translation>
        </message>
        <message>
            <source>kommunalt disponerte boliger</source>
            <translation>kommunalt disponerte boliger</translation>
        </message>
        <message>
            <source>boliger per 1000 innbyggere</source>
            <translation>boliger per 1000 innbyggere</translation>
        </message>
        <message>
            <source>eid av kommunen</source>
            <translation>eid av kommunen</translation>
        </message>
        <message>
            <source>ledige boliger</source>
            <translation>ledige boliger</translation>
        </message>
        <message>
            <source>brukes ikke som bolig</source>
            <translation>brukes ikke som bolig</translation>
        </message>
        <message>
            <source>Trenger oppfølging</source>
            <translation>Trenger oppfølging</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller Enter åpner posten.</source>
            <translation>Dobbeltklikk eller Enter åpner posten.</translation>
        </message>
        <message>
            <source>Bydelene</source>
            <translation>Bydelene</translation>
        </message>
        <message>
            <source>Tabell</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>Vis:</source>
            <translation>Vis:</translation>
        </message>
        <message>
            <source>Kart</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>Boliger per 31.12 – {scope}</source>
            <translation>Boliger per 31.12 – {scope}</translation>
        </message>
        <message>
            <source>Registeret har ingen historikk for {years}: der står «ikke registrert», ikke null.</source>
            <translation>Registeret har ingen historikk for {years}: der står «ikke registrert», ikke null.</translation>
        </message>
        <message>
            <source>Søylene: eid, innleid og tilvisning som registrert ved utgangen av året (siste søyle: i dag); under årstallet i oransje: ledige boliger.</source>
            <translation>Søylene: eid, innleid og tilvisning som registrert ved utgangen av året (siste søyle: i dag); under årstallet i oransje: ledige boliger.</translation>
        </message>
        <message>
            <source>Oversikt – {scope}</source>
            <translation>Oversikt – {scope}</translation>
        </message>
        <message>
            <source>Dobbeltklikk en bydel for å velge den som utvalg; dobbeltklikk igjen for alle.</source>
            <translation>Dobbeltklikk en bydel for å velge den som utvalg; dobbeltklikk igjen for alle.</translation>
        </message>
        <message>
            <source>boliger disponert av bydelen</source>
            <translation>boliger disponert av bydelen</translation>
        </message>
        <message>
            <source>hver bolig én gang</source>
            <translation>hver bolig én gang</translation>
        </message>
        <message>
            <source>folketall {date}</source>
            <translation>folketall {date}</translation>
        </message>
        <message>
            <source>folketall mangler</source>
            <translation>folketall mangler</translation>
        </message>
        <message>
            <source>personalbase, kontor, lager, annet</source>
            <translation>personalbase, kontor, lager, annet</translation>
        </message>
        <message>
            <source>Databasen er en DEMO med syntetiske boliger; folketallet er ekte.</source>
            <translation>Databasen er en DEMO med syntetiske boliger; folketallet er ekte.</translation>
        </message>
        <message>
            <source>Folketall: SSB, 1. januar {year}</source>
            <translation>Folketall: SSB, 1. januar {year}</translation>
        </message>
        <message>
            <source>Folketall: mangler</source>
            <translation>Folketall: mangler</translation>
        </message>
        <message>
            <source>; Oslo i alt med Sentrum, Marka og uten kjent bydel</source>
            <translation>; Oslo i alt med Sentrum, Marka og uten kjent bydel</translation>
        </message>
        <message>
            <source>Boliger: registrerte, ikke slettede boliger talt etter disponerende enhet – disponert av bydelen, uansett hvor de ligger; de sentrale enhetenes boliger har egne rader, og Oslo teller hver bolig én gang.</source>
            <translation>Boliger: registrerte, ikke slettede boliger talt etter disponerende enhet – disponert av bydelen, uansett hvor de ligger; de sentrale enhetenes boliger har egne rader, og Oslo teller hver bolig én gang.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTableModel</name>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Eid</source>
            <translation>Eid</translation>
        </message>
        <message>
            <source>Innleid</source>
            <translation>Innleid</translation>
        </message>
        <message>
            <source>Tilvisning</source>
            <translation>Tilvisning</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Ledige</translation>
        </message>
        <message>
            <source>Ikke bolig</source>
            <translation>Ikke bolig</translation>
        </message>
        <message>
            <source>Folketall</source>
            <translation>Folketall</translation>
        </message>
        <message>
            <source>Per 1000</source>
            <translation>Per 1000</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Boliger per 1 000 innbyggere</translation>
        </message>
        <message>
            <source>Boliger disponert av bydelen (eller den sentrale enheten), uansett hvor de ligger; Oslo teller hver bolig én gang</source>
            <translation>Boliger disponert av bydelen (eller den sentrale enheten), uansett hvor de ligger; Oslo teller hver bolig én gang</translation>
        </message>
        <message>
            <source>Brukes ikke som bolig: personalbase, kontor, lager, annet</source>
            <translation>Brukes ikke som bolig: personalbase, kontor, lager, annet</translation>
        </message>
        <message>
            <source>Tilvisningsboliger</source>
            <translation>Tilvisningsboliger</translation>
        </message>
        <message>
            <source>Innleide boliger</source>
            <translation>Innleide boliger</translation>
        </message>
        <message>
            <source>{name} (sentral enhet)</source>
            <translation>{name} (sentral enhet)</translation>
        </message>
        <message>
            <source>Folketall 1. januar {year} (SSB)</source>
            <translation>Folketall 1. januar {year} (SSB)</translation>
        </message>
        <message>
            <source>Folketall mangler</source>
            <translation>Folketall mangler</translation>
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
        <name>ProblemTableModel</name>
        <message>
            <source>Rad</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Kolonne</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <source>Feil</source>
            <translation>Feil</translation>
        </message>
    </context>
    <context>
        <name>PropertiesSection</name>
        <message>
            <source>Bygg med adresse og matrikkelnummer. Koblinger viser boligene; vedlikeholdsansvaret redigeres under Vedlikeholdsansvar.</source>
            <translation>Bygg med adresse og matrikkelnummer. Koblinger viser boligene; vedlikeholdsansvaret redigeres under Vedlikeholdsansvar.</translation>
        </message>
    </context>
    <context>
        <name>PropertyTableModel</name>
        <message>
            <source>Mangler</source>
            <translation>Mangler</translation>
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
        <name>RegisterColumns</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Referanse</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
        <message>
            <source>Slutt</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <source>Dager igjen</source>
            <translation>Dager igjen</translation>
        </message>
        <message>
            <source>Dager til sluttdato; rødt under 90 dager</source>
            <translation>Dager til sluttdato; rødt under 90 dager</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Boliger avtalen gjelder i dag</source>
            <translation>Boliger avtalen gjelder i dag</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Bydelen avtalen er registrert under</source>
            <translation>Bydelen avtalen er registrert under</translation>
        </message>
        <message>
            <source>Ansvarlig enhet</source>
            <translation>Ansvarlig enhet</translation>
        </message>
        <message>
            <source>Enheten som har ansvaret for avtalen: en bydel eller en sentral enhet</source>
            <translation>Enheten som har ansvaret for avtalen: en bydel eller en sentral enhet</translation>
        </message>
        <message>
            <source>Org.nr.</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Oppsigelse (mnd.)</source>
            <translation>Oppsigelse (mnd.)</translation>
        </message>
        <message>
            <source>Månedsleie (kr)</source>
            <translation>Månedsleie (kr)</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Sist gjennomgått</translation>
        </message>
        <message>
            <source>Saksbehandler</source>
            <translation>Saksbehandler</translation>
        </message>
        <message>
            <source>Sist endret</source>
            <translation>Sist endret</translation>
        </message>
        <message>
            <source>Avtaletype: alle</source>
            <translation>Avtaletype: alle</translation>
        </message>
        <message>
            <source>Bydelen bygget ligger i (beliggenhet); utvalget velger etter den</source>
            <translation>Bydelen bygget ligger i (beliggenhet); utvalget velger etter den</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Disponeres av</translation>
        </message>
        <message>
            <source>Enheten som disponerer boligen: en bydel eller en sentral enhet (Velferdsetaten, Ungbo, Boligbygg). Oversikt og faktaark teller etter den</source>
            <translation>Enheten som disponerer boligen: en bydel eller en sentral enhet (Velferdsetaten, Ungbo, Boligbygg). Oversikt og faktaark teller etter den</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Bruksenhet</source>
            <translation>Bruksenhet</translation>
        </message>
        <message>
            <source>Postnr.</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>Disposisjon</source>
            <translation>Disposisjon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Faktisk bruk</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Areal m²</source>
            <translation>Areal m²</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Rom</translation>
        </message>
        <message>
            <source>Rullestol</source>
            <translation>Rullestol</translation>
        </message>
        <message>
            <source>Tilgjengelig for rullestol</source>
            <translation>Tilgjengelig for rullestol</translation>
        </message>
        <message>
            <source>Ledig siden</source>
            <translation>Ledig siden</translation>
        </message>
        <message>
            <source>Sist kontrollert</source>
            <translation>Sist kontrollert</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Avtaletype</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Utleiers org.nr.</translation>
        </message>
        <message>
            <source>Avtale utløper</source>
            <translation>Avtale utløper</translation>
        </message>
        <message>
            <source>Tidligste sluttdato blant boligens gjeldende avtaler</source>
            <translation>Tidligste sluttdato blant boligens gjeldende avtaler</translation>
        </message>
        <message>
            <source>Disposisjon: alle</source>
            <translation>Disposisjon: alle</translation>
        </message>
        <message>
            <source>Status: alle</source>
            <translation>Status: alle</translation>
        </message>
        <message>
            <source>Faktisk bruk: alle</source>
            <translation>Faktisk bruk: alle</translation>
        </message>
        <message>
            <source>Målgruppe: alle</source>
            <translation>Målgruppe: alle</translation>
        </message>
        <message>
            <source>Eierform</source>
            <translation>Eierform</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Eierform: alle</source>
            <translation>Eierform: alle</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar: alle</source>
            <translation>Vedlikeholdsansvar: alle</translation>
        </message>
        <message>
            <source>Indre</source>
            <translation>Indre</translation>
        </message>
        <message>
            <source>Ytre</source>
            <translation>Ytre</translation>
        </message>
        <message>
            <source>Tekniske anlegg</source>
            <translation>Tekniske anlegg</translation>
        </message>
        <message>
            <source>Uteområder</source>
            <translation>Uteområder</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Ledige</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Komplett: hvert område har én ansvarlig. Mangler: et område har ingen. Dobbelt: et område har flere.</source>
            <translation>Komplett: hvert område har én ansvarlig. Mangler: et område har ingen. Dobbelt: et område har flere.</translation>
        </message>
        <message>
            <source>Gnr/bnr</source>
            <translation>Gnr/bnr</translation>
        </message>
        <message>
            <source>Eier</source>
            <translation>Eier</translation>
        </message>
        <message>
            <source>Eiers org.nr.</source>
            <translation>Eiers org.nr.</translation>
        </message>
        <message>
            <source>Byggeår</source>
            <translation>Byggeår</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>avtale</source>
            <translation>avtale</translation>
        </message>
        <message>
            <source>avtaler</source>
            <translation>avtaler</translation>
        </message>
        <message>
            <source>Ny avtale</source>
            <translation>Ny avtale</translation>
        </message>
        <message>
            <source>Søk i avtalereferanse, utleier eller org.nr.  (Ctrl+F)</source>
            <translation>Søk i avtalereferanse, utleier eller org.nr.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>bolig</source>
            <translation>bolig</translation>
        </message>
        <message>
            <source>boliger</source>
            <translation>boliger</translation>
        </message>
        <message>
            <source>Ny bolig</source>
            <translation>Ny bolig</translation>
        </message>
        <message>
            <source>Søk i adresse, bruksenhetsnummer, avtale, utleier eller org.nr.  (Ctrl+F)</source>
            <translation>Søk i adresse, bruksenhetsnummer, avtale, utleier eller org.nr.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>eiendom</source>
            <translation>eiendom</translation>
        </message>
        <message>
            <source>eiendommer</source>
            <translation>eiendommer</translation>
        </message>
        <message>
            <source>Søk i adresse, postnummer, gnr/bnr eller eier  (Ctrl+F)</source>
            <translation>Søk i adresse, postnummer, gnr/bnr eller eier  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Ny eiendom</source>
            <translation>Ny eiendom</translation>
        </message>
        <message>
            <source>Søk i adresse, postnummer, gnr/bnr, eier eller org.nr.  (Ctrl+F)</source>
            <translation>Søk i adresse, postnummer, gnr/bnr, eier eller org.nr.  (Ctrl+F)</translation>
        </message>
        <message>
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <source>poster</source>
            <translation>poster</translation>
        </message>
        <message>
            <source>Søk (Ctrl+F)</source>
            <translation>Søk (Ctrl+F)</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Skriv ut …</translation>
        </message>
        <message>
            <source>Skriv ut listen …</source>
            <translation>Skriv ut listen …</translation>
        </message>
        <message>
            <source>Lagre listen som PDF …</source>
            <translation>Lagre listen som PDF …</translation>
        </message>
        <message>
            <source>Søk</source>
            <translation>Søk</translation>
        </message>
        <message>
            <source>Bydel: {scope}</source>
            <translation>Bydel: {scope}</translation>
        </message>
        <message>
            <source>Filtre: {filters}</source>
            <translation>Filtre: {filters}</translation>
        </message>
        <message>
            <source>Søk: «{query}»</source>
            <translation>Søk: «{query}»</translation>
        </message>
        <message>
            <source>Lager PDF av listen</source>
            <translation>Lager PDF av listen</translation>
        </message>
        <message>
            <source>Skriv ut listen</source>
            <translation>Skriv ut listen</translation>
        </message>
        <message>
            <source>Lagre listen som PDF</source>
            <translation>Lagre listen som PDF</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Lagret {path}</translation>
        </message>
        <message>
            <source>Laster …</source>
            <translation>Laster …</translation>
        </message>
        <message>
            <source>Kan ikke laste {nouns}</source>
            <translation>Kan ikke laste {nouns}</translation>
        </message>
        <message>
            <source>Laster {nouns}</source>
            <translation>Laster {nouns}</translation>
        </message>
        <message>
            <source>Søker i andre bydeler</source>
            <translation>Søker i andre bydeler</translation>
        </message>
        <message>
            <source>Ny</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Angre</source>
            <translation>Angre</translation>
        </message>
        <message>
            <source>Gjør om</source>
            <translation>Gjør om</translation>
        </message>
        <message>
            <source>{label} (Ctrl+N)</source>
            <translation>{label} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Forkast endringer</source>
            <translation>Forkast endringer</translation>
        </message>
        <message>
            <source>Slett …</source>
            <translation>Slett …</translation>
        </message>
        <message>
            <source>Vis i skjemaet</source>
            <translation>Vis i skjemaet</translation>
        </message>
        <message>
            <source>Overfør til …</source>
            <translation>Overfør til …</translation>
        </message>
        <message>
            <source>Ikke i utvalget: søket, filtrene eller bydelsvalget skjuler denne {noun} i listen. Den kan fortsatt endres her.</source>
            <translation>Ikke i utvalget: søket, filtrene eller bydelsvalget skjuler denne {noun} i listen. Den kan fortsatt endres her.</translation>
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
        <name>ScenarioSection</name>
        <message>
            <source>Foreslåtte overføringer regnet på en kopi av registeret i minnet: hver enhet før og etter. Ingenting lagres i registeret.</source>
            <translation>Foreslåtte overføringer regnet på en kopi av registeret i minnet: hver enhet før og etter. Ingenting lagres i registeret.</translation>
        </message>
        <message>
            <source>Datoen overføringene gjelder fra</source>
            <translation>Datoen overføringene gjelder fra</translation>
        </message>
        <message>
            <source>Beregn</source>
            <translation>Beregn</translation>
        </message>
        <message>
            <source>Åpne scenariofil …</source>
            <translation>Åpne scenariofil …</translation>
        </message>
        <message>
            <source>Lagre som PDF …</source>
            <translation>Lagre som PDF …</translation>
        </message>
        <message>
            <source>Forhåndsvalg: forslagene i Velferdsetatens innspill</source>
            <translation>Forhåndsvalg: forslagene i Velferdsetatens innspill</translation>
        </message>
        <message>
            <source>Bydelen som overtar Velferdsetatens boliger</source>
            <translation>Bydelen som overtar Velferdsetatens boliger</translation>
        </message>
        <message>
            <source>Fra:</source>
            <translation>Fra:</translation>
        </message>
        <message>
            <source>Velg et forhåndsvalg og trykk «Beregn», eller åpne en scenariofil (JSON, se brukerveiledningen).</source>
            <translation>Velg et forhåndsvalg og trykk «Beregn», eller åpne en scenariofil (JSON, se brukerveiledningen).</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Hver celle: før → etter (uthevet der scenarioet endrer tallet). Innleie/år: avtalenes månedsleie × 12; husleie/år: boligenes husleie × 12.</source>
            <translation>Hver celle: før → etter (uthevet der scenarioet endrer tallet). Innleie/år: avtalenes månedsleie × 12; husleie/år: boligenes husleie × 12.</translation>
        </message>
        <message>
            <source>Tabell</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagram</translation>
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
            <translation>Åpne scenariofil</translation>
        </message>
        <message>
            <source>Scenario (*.json);;Alle filer (*)</source>
            <translation>Scenario (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Beregner «{name}» …</source>
            <translation>Beregner «{name}» …</translation>
        </message>
        <message>
            <source>Kopierer registeret til minnet og gjør overføringene …</source>
            <translation>Kopierer registeret til minnet og gjør overføringene …</translation>
        </message>
        <message>
            <source>Scenarioet kunne ikke beregnes.</source>
            <translation>Scenarioet kunne ikke beregnes.</translation>
        </message>
        <message>
            <source>Avbrutt. Velg et forhåndsvalg og trykk «Beregn».</source>
            <translation>Avbrutt. Velg et forhåndsvalg og trykk «Beregn».</translation>
        </message>
        <message>
            <source>Beregner scenarioet</source>
            <translation>Beregner scenarioet</translation>
        </message>
        <message>
            <source>{name} – gjelder fra {date}</source>
            <translation>{name} – gjelder fra {date}</translation>
        </message>
        <message>
            <source>Ingenting er lagret i registeret.</source>
            <translation>Ingenting er lagret i registeret.</translation>
        </message>
        <message>
            <source>{figure}: før {before}, etter {after}</source>
            <translation>{figure}: før {before}, etter {after}</translation>
        </message>
        <message>
            <source>Lagre scenarioet som PDF</source>
            <translation>Lagre scenarioet som PDF</translation>
        </message>
        <message>
            <source>scenario.pdf</source>
            <translation>scenario.pdf</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Lagret {path}</translation>
        </message>
        <message>
            <source>Lager PDF av scenarioet</source>
            <translation>Lager PDF av scenarioet</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Kunne ikke laste {title}: {error}</source>
            <translation>Kunne ikke laste {title}: {error}</translation>
        </message>
        <message>
            <source>Ledig kapasitet</source>
            <translation>Ledig kapasitet</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Faktaark</source>
            <translation>Faktaark</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Oversikt</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Eiendommer</source>
            <translation>Eiendommer</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Synkronisering</source>
            <translation>Synkronisering</translation>
        </message>
    </context>
    <context>
        <name>SheetTableModel</name>
        <message>
            <source>Kolonne {letter}</source>
            <translation>Kolonne {letter}</translation>
        </message>
        <message>
            <source>Hoppes over: {reason}</source>
            <translation>Hoppes over: {reason}</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Endre status til «{status}»</source>
            <translation>Endre status til «{status}»</translation>
        </message>
        <message>
            <source>1 avvik får status «{status}».</source>
            <translation>1 avvik får status «{status}».</translation>
        </message>
        <message>
            <source>{n} avvik får status «{status}».</source>
            <translation>{n} avvik får status «{status}».</translation>
        </message>
        <message>
            <source>Begrunnelse for unntaket (påkrevd):</source>
            <translation>Begrunnelse for unntaket (påkrevd):</translation>
        </message>
        <message>
            <source>F.eks. vedtak i bydelsutvalget, avtale med Boligbygg …</source>
            <translation>F.eks. vedtak i bydelsutvalget, avtale med Boligbygg …</translation>
        </message>
        <message>
            <source>Kommentar (valgfri):</source>
            <translation>Kommentar (valgfri):</translation>
        </message>
        <message>
            <source>Endre status</source>
            <translation>Endre status</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Synkronisering</source>
            <translation>Synkronisering</translation>
        </message>
        <message>
            <source>Din kopi av registeret møter de andres i sentraldatabasen: send dine endringer og hent deres. Du kan arbeide uten nett og synkronisere når du er tilkoblet.</source>
            <translation>Din kopi av registeret møter de andres i sentraldatabasen: send dine endringer og hent deres. Du kan arbeide uten nett og synkronisere når du er tilkoblet.</translation>
        </message>
        <message>
            <source>Dette er demodata. Demodata synkroniseres aldri med sentraldatabasen; profilene kan likevel settes opp og testes.</source>
            <translation>Dette er demodata. Demodata synkroniseres aldri med sentraldatabasen; profilene kan likevel settes opp og testes.</translation>
        </message>
        <message>
            <source>Du arbeider direkte i sentraldatabasen; det er ingenting å synkronisere i dette vinduet.</source>
            <translation>Du arbeider direkte i sentraldatabasen; det er ingenting å synkronisere i dette vinduet.</translation>
        </message>
        <message>
            <source>Sist synkronisert</source>
            <translation>Sist synkronisert</translation>
        </message>
        <message>
            <source>Venter på å bli sendt</source>
            <translation>Venter på å bli sendt</translation>
        </message>
        <message>
            <source>Konflikter å avgjøre</source>
            <translation>Konflikter å avgjøre</translation>
        </message>
        <message>
            <source>Avgjør konflikter …</source>
            <translation>Avgjør konflikter …</translation>
        </message>
        <message>
            <source>Tilkoblingsprofil</source>
            <translation>Tilkoblingsprofil</translation>
        </message>
        <message>
            <source>Ny profil</source>
            <translation>Ny profil</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>for eksempel Jobb</source>
            <translation>for eksempel Jobb</translation>
        </message>
        <message>
            <source>boligreg.oslo.kommune.no</source>
            <translation>boligreg.oslo.kommune.no</translation>
        </message>
        <message>
            <source>ditt brukernavn</source>
            <translation>ditt brukernavn</translation>
        </message>
        <message>
            <source>Husk passordet i operativsystemets passordlager</source>
            <translation>Husk passordet i operativsystemets passordlager</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
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
            <translation>Brukernavn</translation>
        </message>
        <message>
            <source>Passord</source>
            <translation>Passord</translation>
        </message>
        <message>
            <source>Lagre profil</source>
            <translation>Lagre profil</translation>
        </message>
        <message>
            <source>Test tilkobling</source>
            <translation>Test tilkobling</translation>
        </message>
        <message>
            <source>Serveren, databasen og brukernavnet får du av administratoren. Passordet lagres aldri i en fil.</source>
            <translation>Serveren, databasen og brukernavnet får du av administratoren. Passordet lagres aldri i en fil.</translation>
        </message>
        <message>
            <source>Synkroniser nå</source>
            <translation>Synkroniser nå</translation>
        </message>
        <message>
            <source>Send dine endringer og hent de andres (F9)</source>
            <translation>Send dine endringer og hent de andres (F9)</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>lagret i passordlageret</source>
            <translation>lagret i passordlageret</translation>
        </message>
        <message>
            <source>husket til boligreg lukkes</source>
            <translation>husket til boligreg lukkes</translation>
        </message>
        <message>
            <source>Navnet er i bruk</source>
            <translation>Navnet er i bruk</translation>
        </message>
        <message>
            <source>Det finnes alt en profil som heter «{name}».</source>
            <translation>Det finnes alt en profil som heter «{name}».</translation>
        </message>
        <message>
            <source>Profilen er lagret</source>
            <translation>Profilen er lagret</translation>
        </message>
        <message>
            <source>Slett profil</source>
            <translation>Slett profil</translation>
        </message>
        <message>
            <source>Slette profilen «{name}»? Passordet som er lagret for den, slettes også.</source>
            <translation>Slette profilen «{name}»? Passordet som er lagret for den, slettes også.</translation>
        </message>
        <message>
            <source>Tester tilkoblingen …</source>
            <translation>Tester tilkoblingen …</translation>
        </message>
        <message>
            <source>Tilkoblingen virker</source>
            <translation>Tilkoblingen virker</translation>
        </message>
        <message>
            <source>Profilen er ikke fullstendig</source>
            <translation>Profilen er ikke fullstendig</translation>
        </message>
        <message>
            <source>Aldri</source>
            <translation>Aldri</translation>
        </message>
        <message>
            <source>Sist synkronisert med {where}</source>
            <translation>Sist synkronisert med {where}</translation>
        </message>
        <message>
            <source>lokal endring venter på å bli sendt</source>
            <translation>lokal endring venter på å bli sendt</translation>
        </message>
        <message>
            <source>lokale endringer venter på å bli sendt</source>
            <translation>lokale endringer venter på å bli sendt</translation>
        </message>
        <message>
            <source>konflikt å avgjøre</source>
            <translation>konflikt å avgjøre</translation>
        </message>
        <message>
            <source>konflikter å avgjøre</source>
            <translation>konflikter å avgjøre</translation>
        </message>
        <message>
            <source>Ingen profil valgt</source>
            <translation>Ingen profil valgt</translation>
        </message>
        <message>
            <source>Fyll ut og lagre en tilkoblingsprofil først.</source>
            <translation>Fyll ut og lagre en tilkoblingsprofil først.</translation>
        </message>
        <message>
            <source>Kobler til {server} …</source>
            <translation>Kobler til {server} …</translation>
        </message>
        <message>
            <source>Synkroniserer</source>
            <translation>Synkroniserer</translation>
        </message>
        <message>
            <source>Avbryter … (det som er hentet, beholdes)</source>
            <translation>Avbryter … (det som er hentet, beholdes)</translation>
        </message>
        <message>
            <source>Synkroniseringen ble avbrutt. Det som alt er sendt eller hentet, er lagret; neste synkronisering fortsetter der denne slapp.</source>
            <translation>Synkroniseringen ble avbrutt. Det som alt er sendt eller hentet, er lagret; neste synkronisering fortsetter der denne slapp.</translation>
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

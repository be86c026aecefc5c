<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>ActualUse</name>
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
        </message>
        <message>
            <source>Personalbase</source>
            <translation>Personalbase</translation>
        </message>
        <message>
            <source>Kontor</source>
            <translation>Kontor</translation>
        </message>
        <message>
            <source>Lager</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Annet</translation>
        </message>
    </context>
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
        <name>AgreementKind</name>
        <message>
            <source>Innleieavtale</source>
            <translation>Innleieavtale</translation>
        </message>
        <message>
            <source>Tilvisningsavtale</source>
            <translation>Tilvisningsavtale</translation>
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
        <name>AuditReport</name>
        <message>
            <source>Ukjent</source>
            <translation>Ukjent</translation>
        </message>
        <message>
            <source>Hele Oslo</source>
            <translation>Hele Oslo</translation>
        </message>
        <message>
            <source>åpne avvik i alt</source>
            <translation>åpne avvik i alt</translation>
        </message>
        <message>
            <source>høy alvorlighet</source>
            <translation>høy alvorlighet</translation>
        </message>
        <message>
            <source>middels alvorlighet</source>
            <translation>middels alvorlighet</translation>
        </message>
        <message>
            <source>lav alvorlighet</source>
            <translation>lav alvorlighet</translation>
        </message>
        <message>
            <source>under arbeid</source>
            <translation>under arbeid</translation>
        </message>
        <message>
            <source>akseptert som unntak</source>
            <translation>akseptert som unntak</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorlighet</translation>
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
            <source>Under arbeid</source>
            <translation>Under arbeid</translation>
        </message>
        <message>
            <source>Åpne i alt</source>
            <translation>Åpne i alt</translation>
        </message>
        <message>
            <source>Akseptert</source>
            <translation>Akseptert</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Sum</translation>
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
            <source>Alvor</source>
            <translation>Alvor</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Post og melding</source>
            <translation>Post og melding</translation>
        </message>
        <message>
            <source>Forklaring og terskler</source>
            <translation>Forklaring og terskler</translation>
        </message>
        <message>
            <source>{scope} · per {date}</source>
            <translation>{scope} · per {date}</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger</source>
            <translation>Kommunalt disponerte boliger</translation>
        </message>
        <message>
            <source>Avviksrapport</source>
            <translation>Avviksrapport</translation>
        </message>
        <message>
            <source>boligreg · utskrevet {time}</source>
            <translation>boligreg · utskrevet {time}</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall</source>
            <translation>DEMODATA – syntetiske tall</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started} av {who}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Siste kontroll kjørt {started} av {who}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Siste kontroll kjørt {started}, for hele Oslo: {opened} nye avvik, {resolved} lukket automatisk.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started} av {who}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Siste kontroll kjørt {started} av {who}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</translation>
        </message>
        <message>
            <source>Siste kontroll kjørt {started}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</source>
            <translation>Siste kontroll kjørt {started}, for bydelen: {opened} nye avvik, {resolved} lukket automatisk.</translation>
        </message>
        <message>
            <source>Kontrollen er ikke kjørt for dette omfanget ennå.</source>
            <translation>Kontrollen er ikke kjørt for dette omfanget ennå.</translation>
        </message>
        <message>
            <source>Omfang: {scope}. Rapporten viser avvikene slik de står i registeret per {date}. {ran} Et avvik er åpent til det er rettet (lukkes automatisk ved neste kontroll) eller akseptert som begrunnet unntak.</source>
            <translation>Omfang: {scope}. Rapporten viser avvikene slik de står i registeret per {date}. {ran} Et avvik er åpent til det er rettet (lukkes automatisk ved neste kontroll) eller akseptert som begrunnet unntak.</translation>
        </message>
        <message>
            <source>Avvik per regel</source>
            <translation>Avvik per regel</translation>
        </message>
        <message>
            <source>Åpne avvik (åpne og under arbeid) fordelt på alvorlighet. Akseptert: begrunnede unntak som ikke meldes på nytt.</source>
            <translation>Åpne avvik (åpne og under arbeid) fordelt på alvorlighet. Akseptert: begrunnede unntak som ikke meldes på nytt.</translation>
        </message>
        <message>
            <source>Åpne avvik per bydel og regel</source>
            <translation>Åpne avvik per bydel og regel</translation>
        </message>
        <message>
            <source>Antall åpne avvik. Sterkere farge: flere avvik.</source>
            <translation>Antall åpne avvik. Sterkere farge: flere avvik.</translation>
        </message>
        <message>
            <source>Eldste åpne avvik</source>
            <translation>Eldste åpne avvik</translation>
        </message>
        <message>
            <source>De {n} avvikene som har vært åpne lengst.</source>
            <translation>De {n} avvikene som har vært åpne lengst.</translation>
        </message>
        <message>
            <source>Ingen åpne avvik.</source>
            <translation>Ingen åpne avvik.</translation>
        </message>
        <message>
            <source>Regler og terskler</source>
            <translation>Regler og terskler</translation>
        </message>
        <message>
            <source>Tersklene er de som ble brukt ved siste kontroll.</source>
            <translation>Tersklene er de som ble brukt ved siste kontroll.</translation>
        </message>
        <message>
            <source>Avviksrapport – {scope}</source>
            <translation>Avviksrapport – {scope}</translation>
        </message>
        <message>
            <source>Avvik i registeret over kommunalt disponerte boliger</source>
            <translation>Avvik i registeret over kommunalt disponerte boliger</translation>
        </message>
    </context>
    <context>
        <name>AuditRule</name>
        <message>
            <source>Bolig brukt til annet formål</source>
            <translation>Bolig brukt til annet formål</translation>
        </message>
        <message>
            <source>Boligen er registrert med faktisk bruk som personalbase,
    kontor, lager eller annet i stedet for bolig. Kommunalt disponerte boliger skal brukes
    til å bo i; SSB teller heller ikke slike enheter som kommunale boliger.</source>
            <translation>Boligen er registrert med faktisk bruk som personalbase,
    kontor, lager eller annet i stedet for bolig. Kommunalt disponerte boliger skal brukes
    til å bo i; SSB teller heller ikke slike enheter som kommunale boliger.</translation>
        </message>
        <message>
            <source>Lenge ledig bolig</source>
            <translation>Lenge ledig bolig</translation>
        </message>
        <message>
            <source>Boligen har stått ledig i mer enn {s.vacant_medium_days}
    dager (middels) eller mer enn {s.vacant_high_days} dager (høy). En ledig bolig uten
    dato for når den ble ledig får lav alvorlighet: ingen vet hvor lenge den har stått tom.</source>
            <translation>Boligen har stått ledig i mer enn {s.vacant_medium_days}
    dager (middels) eller mer enn {s.vacant_high_days} dager (høy). En ledig bolig uten
    dato for når den ble ledig får lav alvorlighet: ingen vet hvor lenge den har stått tom.</translation>
        </message>
        <message>
            <source>Avtale utløper snart</source>
            <translation>Avtale utløper snart</translation>
        </message>
        <message>
            <source>Innleie- eller tilvisningsavtalen utløper innen
    {s.expiring_days} dager. Avklar forlengelse, ny avtale eller avvikling i god tid.</source>
            <translation>Innleie- eller tilvisningsavtalen utløper innen
    {s.expiring_days} dager. Avklar forlengelse, ny avtale eller avvikling i god tid.</translation>
        </message>
        <message>
            <source>Utløpt avtale med boliger i bruk</source>
            <translation>Utløpt avtale med boliger i bruk</translation>
        </message>
        <message>
            <source>Avtalen er utløpt, men boliger som fortsatt er knyttet til
    den er registrert som i bruk (utleid eller reservert). Kommunen bruker da en bolig uten
    gyldig avtale.</source>
            <translation>Avtalen er utløpt, men boliger som fortsatt er knyttet til
    den er registrert som i bruk (utleid eller reservert). Kommunen bruker da en bolig uten
    gyldig avtale.</translation>
        </message>
        <message>
            <source>Avtale som ikke følges opp</source>
            <translation>Avtale som ikke følges opp</translation>
        </message>
        <message>
            <source>En gjeldende avtale som aldri er gjennomgått, eller som sist
    ble gjennomgått for mer enn {s.review_months} måneder siden. Mange leiekontrakter
    forvaltes ikke aktivt.</source>
            <translation>En gjeldende avtale som aldri er gjennomgått, eller som sist
    ble gjennomgått for mer enn {s.review_months} måneder siden. Mange leiekontrakter
    forvaltes ikke aktivt.</translation>
        </message>
        <message>
            <source>Avtale uten boliger</source>
            <translation>Avtale uten boliger</translation>
        </message>
        <message>
            <source>Avtalen gjelder, men ingen bolig er knyttet til den. Enten
    mangler koblingen i registeret, eller kommunen har en avtale den ikke bruker.</source>
            <translation>Avtalen gjelder, men ingen bolig er knyttet til den. Enten
    mangler koblingen i registeret, eller kommunen har en avtale den ikke bruker.</translation>
        </message>
        <message>
            <source>Bolig uten gyldig avtale</source>
            <translation>Bolig uten gyldig avtale</translation>
        </message>
        <message>
            <source>Boligen er registrert som innleid eller tilvisning, men har
    ingen gjeldende avtale av riktig type (innleieavtale eller tilvisningsavtale) som
    dekker den i dag.</source>
            <translation>Boligen er registrert som innleid eller tilvisning, men har
    ingen gjeldende avtale av riktig type (innleieavtale eller tilvisningsavtale) som
    dekker den i dag.</translation>
        </message>
        <message>
            <source>Uavklart vedlikeholdsansvar</source>
            <translation>Uavklart vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Ingen er registrert som ansvarlig for indre eller for ytre
    vedlikehold av boligen i dag, verken på boligen selv eller på bygget den ligger i.</source>
            <translation>Ingen er registrert som ansvarlig for indre eller for ytre
    vedlikehold av boligen i dag, verken på boligen selv eller på bygget den ligger i.</translation>
        </message>
        <message>
            <source>Motstridende vedlikeholdsansvar</source>
            <translation>Motstridende vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>To ulike parter er registrert som ansvarlige for samme
    vedlikeholdsområde (indre, ytre, tekniske anlegg, uteområder) på samme bolig eller bygg
    i overlappende perioder.</source>
            <translation>To ulike parter er registrert som ansvarlige for samme
    vedlikeholdsområde (indre, ytre, tekniske anlegg, uteområder) på samme bolig eller bygg
    i overlappende perioder.</translation>
        </message>
        <message>
            <source>Dobbeltregistrert bolig</source>
            <translation>Dobbeltregistrert bolig</translation>
        </message>
        <message>
            <source>Samme adresse og bruksenhetsnummer er registrert mer enn én
    gang, i samme bydel eller på tvers av bydeler. Alle registreringene får et avvik;
    behold den riktige.</source>
            <translation>Samme adresse og bruksenhetsnummer er registrert mer enn én
    gang, i samme bydel eller på tvers av bydeler. Alle registreringene får et avvik;
    behold den riktige.</translation>
        </message>
        <message>
            <source>Ugyldig identifikator</source>
            <translation>Ugyldig identifikator</translation>
        </message>
        <message>
            <source>Et organisasjonsnummer som ikke består kontrollen (9 sifre,
    modulus 11), et bruksenhetsnummer som ikke har formen H0101 (H, U, K eller L og fire
    sifre), et matrikkelnummer utenfor gyldige verdier, eller et postnummer som ikke er en
    gateadresse i Oslo (postboks- og servicenumre er aldri en boligs adresse).</source>
            <translation>Et organisasjonsnummer som ikke består kontrollen (9 sifre,
    modulus 11), et bruksenhetsnummer som ikke har formen H0101 (H, U, K eller L og fire
    sifre), et matrikkelnummer utenfor gyldige verdier, eller et postnummer som ikke er en
    gateadresse i Oslo (postboks- og servicenumre er aldri en boligs adresse).</translation>
        </message>
        <message>
            <source>Befaring forfalt</source>
            <translation>Befaring forfalt</translation>
        </message>
        <message>
            <source>Boligen er ikke befart på mer enn {s.inspection_years} år,
    eller aldri registrert befart. Tilstanden er da ukjent for kommunen.</source>
            <translation>Boligen er ikke befart på mer enn {s.inspection_years} år,
    eller aldri registrert befart. Tilstanden er da ukjent for kommunen.</translation>
        </message>
        <message>
            <source>Uvanlig høy leie</source>
            <translation>Uvanlig høy leie</translation>
        </message>
        <message>
            <source>Innleieavtalens leie per m² er mer enn {s.rent_factor} ganger
    medianen for lignende boliger (samme størrelsesgruppe per bolig) i bydelen. Grupper med
    færre enn {s.rent_min_group} avtaler sammenlignes ikke.</source>
            <translation>Innleieavtalens leie per m² er mer enn {s.rent_factor} ganger
    medianen for lignende boliger (samme størrelsesgruppe per bolig) i bydelen. Grupper med
    færre enn {s.rent_min_group} avtaler sammenlignes ikke.</translation>
        </message>
        <message>
            <source>Tilvisningsandel overskredet</source>
            <translation>Tilvisningsandel overskredet</translation>
        </message>
        <message>
            <source>Kommunen kan tilvise til høyst {s.referral_max_pct} % av
    boligene i et prosjekt med {s.referral_min_project} eller flere boliger, i
    {s.referral_years} år fra utbetaling av lånet (Husbanken). Avvik når flere boliger er
    tilvist enn andelen tillater, flere enn prosjektet har, eller når retten er utløpt mens
    boliger fortsatt er registrert.</source>
            <translation>Kommunen kan tilvise til høyst {s.referral_max_pct} % av
    boligene i et prosjekt med {s.referral_min_project} eller flere boliger, i
    {s.referral_years} år fra utbetaling av lånet (Husbanken). Avvik når flere boliger er
    tilvist enn andelen tillater, flere enn prosjektet har, eller når retten er utløpt mens
    boliger fortsatt er registrert.</translation>
        </message>
        <message>
            <source>Tidsubestemt leieforhold til gjennomgang</source>
            <translation>Tidsubestemt leieforhold til gjennomgang</translation>
        </message>
        <message>
            <source>Byrådet har bedt om en gjennomgang av tidsubestemte
    leieavtaler i kommunale boliger (tildelingsbrevet 2024, oppdrag 8). Avvik når et
    løpende tidsubestemt leieforhold ikke har noen planlagt gjennomgang, eller
    gjennomgangen har forfalt.</source>
            <translation>Byrådet har bedt om en gjennomgang av tidsubestemte
    leieavtaler i kommunale boliger (tildelingsbrevet 2024, oppdrag 8). Avvik når et
    løpende tidsubestemt leieforhold ikke har noen planlagt gjennomgang, eller
    gjennomgangen har forfalt.</translation>
        </message>
        <message>
            <source>Utleid bolig med ledig-dato</source>
            <translation>Utleid bolig med ledig-dato</translation>
        </message>
        <message>
            <source>Boligen står som utleid, men har en dato for når den ble
    ledig. Enten er statusen feil (boligen står tom), eller datoen er gammel og skulle vært
    fjernet.</source>
            <translation>Boligen står som utleid, men har en dato for når den ble
    ledig. Enten er statusen feil (boligen står tom), eller datoen er gammel og skulle vært
    fjernet.</translation>
        </message>
        <message>
            <source>Ledig bolig med løpende leieforhold</source>
            <translation>Ledig bolig med løpende leieforhold</translation>
        </message>
        <message>
            <source>Boligen står som ledig, men har et leieforhold som løper i
    dag og som begynte etter at boligen ble ledig (eller uten ledig-dato). Enten er
    statusen feil, eller leieforholdet skulle vært avsluttet.</source>
            <translation>Boligen står som ledig, men har et leieforhold som løper i
    dag og som begynte etter at boligen ble ledig (eller uten ledig-dato). Enten er
    statusen feil, eller leieforholdet skulle vært avsluttet.</translation>
        </message>
        <message>
            <source>Husleie lavere enn innleiekostnad</source>
            <translation>Husleie lavere enn innleiekostnad</translation>
        </message>
        <message>
            <source>En innleid bolig der leietakerens husleie er lavere enn det
    kommunen betaler utleier for boligen (mer enn {s.lease_rent_margin_pct} % lavere).
    Kommunen dekker da mellomlegget hver måned; det kan være riktig, men bør være et valg.</source>
            <translation>En innleid bolig der leietakerens husleie er lavere enn det
    kommunen betaler utleier for boligen (mer enn {s.lease_rent_margin_pct} % lavere).
    Kommunen dekker da mellomlegget hver måned; det kan være riktig, men bør være et valg.</translation>
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
        <name>Capacity</name>
        <message>
            <source>1 rom</source>
            <translation>1 rom</translation>
        </message>
        <message>
            <source>2 rom</source>
            <translation>2 rom</translation>
        </message>
        <message>
            <source>3 rom</source>
            <translation>3 rom</translation>
        </message>
        <message>
            <source>4 rom</source>
            <translation>4 rom</translation>
        </message>
        <message>
            <source>5 rom eller flere</source>
            <translation>5 rom eller flere</translation>
        </message>
        <message>
            <source>Ukjent antall rom</source>
            <translation>Ukjent antall rom</translation>
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
            <source>rullestoltilgjengelig</source>
            <translation>rullestoltilgjengelig</translation>
        </message>
        <message>
            <source>ikke rullestol</source>
            <translation>ikke rullestol</translation>
        </message>
        <message>
            <source>Ledig kapasitet per {today}; snart ledig: innen {days} dager (til {until}). Talt etter disponerende enhet. Kilde: boligreg.</source>
            <translation>Ledig kapasitet per {today}; snart ledig: innen {days} dager (til {until}). Talt etter disponerende enhet. Kilde: boligreg.</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall.</source>
            <translation>DEMODATA – syntetiske tall.</translation>
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
            <source>Grupper</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Rom</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelig</source>
            <translation>Rullestoltilgjengelig</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>Median dager ledig</source>
            <translation>Median dager ledig</translation>
        </message>
        <message>
            <source>Maks dager ledig</source>
            <translation>Maks dager ledig</translation>
        </message>
        <message>
            <source>Ledig uten dato</source>
            <translation>Ledig uten dato</translation>
        </message>
        <message>
            <source>Per enhet</source>
            <translation>Per enhet</translation>
        </message>
        <message>
            <source>Enheter</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Sentral enhet</source>
            <translation>Sentral enhet</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Tilstand</source>
            <translation>Tilstand</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Disponeres av</translation>
        </message>
        <message>
            <source>Ligger i bydel</source>
            <translation>Ligger i bydel</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postnr</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>Bolignr</source>
            <translation>Bolignr</translation>
        </message>
        <message>
            <source>Areal</source>
            <translation>Areal</translation>
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
            <source>Bolig-ID</source>
            <translation>Bolig-ID</translation>
        </message>
        <message>
            <source>status ledig</source>
            <translation>status ledig</translation>
        </message>
        <message>
            <source>leieforholdet slutter</source>
            <translation>leieforholdet slutter</translation>
        </message>
        <message>
            <source>registrert ledig-dato</source>
            <translation>registrert ledig-dato</translation>
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
        <name>Charts</name>
        <message>
            <source>Ingen data</source>
            <translation>Ingen data</translation>
        </message>
        <message>
            <source>mangler</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>ikke registrert</source>
            <translation>ikke registrert</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Register over Oslo kommunes kommunalt disponerte boliger.</source>
            <translation>Register over Oslo kommunes kommunalt disponerte boliger.</translation>
        </message>
        <message>
            <source>(loggfilen kunne ikke skrives)</source>
            <translation>(loggfilen kunne ikke skrives)</translation>
        </message>
        <message>
            <source>boligreg: feil: {message}</source>
            <translation>boligreg: feil: {message}</translation>
        </message>
        <message>
            <source>boligreg: avbrutt (interrupted)</source>
            <translation>boligreg: avbrutt (interrupted)</translation>
        </message>
        <message>
            <source>boligreg: uventet feil: {kind}: {error} (detaljer i {where})</source>
            <translation>boligreg: uventet feil: {kind}: {error} (detaljer i {where})</translation>
        </message>
        <message>
            <source>«{text}» er ikke et heltall</source>
            <translation>«{text}» er ikke et heltall</translation>
        </message>
        <message>
            <source>{value} er utenfor {low}–{high}</source>
            <translation>{value} er utenfor {low}–{high}</translation>
        </message>
        <message>
            <source>Kjør kontrollreglene (avvik) for hele Oslo eller én bydel, oppdater avvikenes status og skriv ut de åpne avvikene. Avslutter med 0 når kontrollen er kjørt.</source>
            <translation>Kjør kontrollreglene (avvik) for hele Oslo eller én bydel, oppdater avvikenes status og skriv ut de åpne avvikene. Avslutter med 0 når kontrollen er kjørt.</translation>
        </message>
        <message>
            <source>Hele Oslo</source>
            <translation>Hele Oslo</translation>
        </message>
        <message>
            <source>Kontroll {date}, {scope}: {open} åpne avvik ({opened} nye, {resolved} lukket automatisk, {accepted} akseptert som unntak) – {seconds} s</source>
            <translation>Kontroll {date}, {scope}: {open} åpne avvik ({opened} nye, {resolved} lukket automatisk, {accepted} akseptert som unntak) – {seconds} s</translation>
        </message>
        <message>
            <source>Alvor</source>
            <translation>Alvor</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Eksport</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Ta sikkerhetskopi med SQLites backup-API (fungerer mens appen er åpen).</source>
            <translation>Ta sikkerhetskopi med SQLites backup-API (fungerer mens appen er åpen).</translation>
        </message>
        <message>
            <source>Vis sikkerhetskopiene med tidspunkt og antall poster.</source>
            <translation>Vis sikkerhetskopiene med tidspunkt og antall poster.</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi. Gjeldende fil tas vare på som en kopi.</source>
            <translation>Gjenopprett fra sikkerhetskopi. Gjeldende fil tas vare på som en kopi.</translation>
        </message>
        <message>
            <source>Krypter en ukryptert database. Nøkkelen lagres i nøkkelringen.</source>
            <translation>Krypter en ukryptert database. Nøkkelen lagres i nøkkelringen.</translation>
        </message>
        <message>
            <source>Sikkerhetskopi: {path}</source>
            <translation>Sikkerhetskopi: {path}</translation>
        </message>
        <message>
            <source>Ingen sikkerhetskopier.</source>
            <translation>Ingen sikkerhetskopier.</translation>
        </message>
        <message>
            <source>Tidspunkt (UTC)</source>
            <translation>Tidspunkt (UTC)</translation>
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
            <source>Eiend.</source>
            <translation>Eiend.</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>SKADET</source>
            <translation>SKADET</translation>
        </message>
        <message>
            <source>Gjenopprettet {path} fra {backup}</source>
            <translation>Gjenopprettet {path} fra {backup}</translation>
        </message>
        <message>
            <source>Kryptert {path} med nøkkelen i BOLIGREG_DB_KEY; den er ikke lagret noe sted, så ta vare på den.</source>
            <translation>Kryptert {path} med nøkkelen i BOLIGREG_DB_KEY; den er ikke lagret noe sted, så ta vare på den.</translation>
        </message>
        <message>
            <source>Kryptert {path}; nøkkelen ligger i operativsystemets nøkkelring.</source>
            <translation>Kryptert {path}; nøkkelen ligger i operativsystemets nøkkelring.</translation>
        </message>
        <message>
            <source>Ledig kapasitet i hele byen: ledige og snart ledige boliger i alle enheter etter antall rom, rullestoltilgjengelighet og målgruppe, med hvor lenge de har stått tomme. Talt etter disponerende enhet.</source>
            <translation>Ledig kapasitet i hele byen: ledige og snart ledige boliger i alle enheter etter antall rom, rullestoltilgjengelighet og målgruppe, med hvor lenge de har stått tomme. Talt etter disponerende enhet.</translation>
        </message>
        <message>
            <source>Skrevet til {path}</source>
            <translation>Skrevet til {path}</translation>
        </message>
        <message>
            <source>Opprett eller oppgrader sentraldatabasen: skjema, roller og radnivåsikkerhet. Kjøres som PostgreSQL-superbruker.</source>
            <translation>Opprett eller oppgrader sentraldatabasen: skjema, roller og radnivåsikkerhet. Kjøres som PostgreSQL-superbruker.</translation>
        </message>
        <message>
            <source>Oppretter eller oppgraderer skjemaet (samme migreringer som lokalt), rollene (én per bydel, revisor, admin, eier) og radnivåsikkerheten.</source>
            <translation>Oppretter eller oppgraderer skjemaet (samme migreringer som lokalt), rollene (én per bydel, revisor, admin, eier) og radnivåsikkerheten.</translation>
        </message>
        <message>
            <source>Oppretter en innloggingsrolle for en person og gir den en grupperolle.</source>
            <translation>Oppretter en innloggingsrolle for en person og gir den en grupperolle.</translation>
        </message>
        <message>
            <source>Sentraldatabasen er på skjema {revision} (id {id}).</source>
            <translation>Sentraldatabasen er på skjema {revision} (id {id}).</translation>
        </message>
        <message>
            <source>Bydeler og folketall er lagt inn.</source>
            <translation>Bydeler og folketall er lagt inn.</translation>
        </message>
        <message>
            <source>Nye roller: {roles}</source>
            <translation>Nye roller: {roles}</translation>
        </message>
        <message>
            <source>Roller: {admin}, {auditor}, {n} bydelsroller ({prefix}bydel_01 … _15); eier {owner} (logger aldri inn).</source>
            <translation>Roller: {admin}, {auditor}, {n} bydelsroller ({prefix}bydel_01 … _15); eier {owner} (logger aldri inn).</translation>
        </message>
        <message>
            <source>{name} kan logge inn og har rollen {role}.</source>
            <translation>{name} kan logge inn og har rollen {role}.</translation>
        </message>
        <message>
            <source>Opprett en tom boligreg-database med bydeler og folketall.</source>
            <translation>Opprett en tom boligreg-database med bydeler og folketall.</translation>
        </message>
        <message>
            <source>Skriv ut antall boliger per bydel og disposisjonsform.</source>
            <translation>Skriv ut antall boliger per bydel og disposisjonsform.</translation>
        </message>
        <message>
            <source>Opprettet {path}</source>
            <translation>Opprettet {path}</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>som registrert per {date}</source>
            <translation>som registrert per {date}</translation>
        </message>
        <message>
            <source>(DEMODATA – syntetiske tall)</source>
            <translation>(DEMODATA – syntetiske tall)</translation>
        </message>
        <message>
            <source>Lag en database med syntetiske, realistiske demodata for Oslo (bydeler, gater, avtaler og innplantede avvik). Samme frø gir samme data.</source>
            <translation>Lag en database med syntetiske, realistiske demodata for Oslo (bydeler, gater, avtaler og innplantede avvik). Samme frø gir samme data.</translation>
        </message>
        <message>
            <source>Disposisjonsform: {tenures}</source>
            <translation>Disposisjonsform: {tenures}</translation>
        </message>
        <message>
            <source>Rader: {tables}</source>
            <translation>Rader: {tables}</translation>
        </message>
        <message>
            <source>Innplantede avvik ({n}): {planted}</source>
            <translation>Innplantede avvik ({n}): {planted}</translation>
        </message>
        <message>
            <source>Merk: {note}</source>
            <translation>Merk: {note}</translation>
        </message>
        <message>
            <source>Ferdig på {seconds} s. Dataene er syntetiske (DEMODATA), frø {seed}.</source>
            <translation>Ferdig på {seconds} s. Dataene er syntetiske (DEMODATA), frø {seed}.</translation>
        </message>
        <message>
            <source>Lag boligsosiale faktaark som PDF: én bydel (--district 01 --out FIL.pdf) eller alle 15 bydeler og Oslo (--all --out-dir MAPPE). Med --html: den tilgjengelige HTML-utgaven (universell utforming) med de samme tallene. Arkene er på bokmål; --lang en gir dem på engelsk.</source>
            <translation>Lag boligsosiale faktaark som PDF: én bydel (--district 01 --out FIL.pdf) eller alle 15 bydeler og Oslo (--all --out-dir MAPPE). Med --html: den tilgjengelige HTML-utgaven (universell utforming) med de samme tallene. Arkene er på bokmål; --lang en gir dem på engelsk.</translation>
        </message>
        <message>
            <source>Revidert utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</source>
            <translation>Revidert utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</translation>
        </message>
        <message>
            <source>Utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</source>
            <translation>Utgave {n} av faktaarkene for {year} er publisert ({sheets} ark).</translation>
        </message>
        <message>
            <source>{changed} av arkene er endret fra utgave {n}.</source>
            <translation>{changed} av arkene er endret fra utgave {n}.</translation>
        </message>
        <message>
            <source>{path}  (utgave {n}, sha256 {sha}…)</source>
            <translation>{path}  (utgave {n}, sha256 {sha}…)</translation>
        </message>
        <message>
            <source>{n} faktaark for {year} på {seconds} s{demo}.</source>
            <translation>{n} faktaark for {year} på {seconds} s{demo}.</translation>
        </message>
        <message>
            <source>Brukerveiledningen: uten argument en liste over sidene; med et sidenavn siden selv; med --search sidene som inneholder ordene.</source>
            <translation>Brukerveiledningen: uten argument en liste over sidene; med et sidenavn siden selv; med --search sidene som inneholder ordene.</translation>
        </message>
        <message>
            <source>Ingen hjelpeside inneholder «{text}».</source>
            <translation>Ingen hjelpeside inneholder «{text}».</translation>
        </message>
        <message>
            <source>boligreg help SIDE viser en side; boligreg help --search ORD søker.</source>
            <translation>boligreg help SIDE viser en side; boligreg help --search ORD søker.</translation>
        </message>
        <message>
            <source>Importer boliger (med bygg, avtaler og vedlikeholdsansvar) fra et regneark. Alle rader kontrolleres før noe lagres; ved feil lagres ingenting (exit-kode 2).</source>
            <translation>Importer boliger (med bygg, avtaler og vedlikeholdsansvar) fra et regneark. Alle rader kontrolleres før noe lagres; ved feil lagres ingenting (exit-kode 2).</translation>
        </message>
        <message>
            <source>Eksporter til .xlsx eller .csv. Boligeksporten kan importeres igjen.</source>
            <translation>Eksporter til .xlsx eller .csv. Boligeksporten kan importeres igjen.</translation>
        </message>
        <message>
            <source>Kolonner (sikkerhet og begrunnelse):</source>
            <translation>Kolonner (sikkerhet og begrunnelse):</translation>
        </message>
        <message>
            <source>Ikke importert:</source>
            <translation>Ikke importert:</translation>
        </message>
        <message>
            <source>Verdiene: {values}.</source>
            <translation>Verdiene: {values}.</translation>
        </message>
        <message>
            <source>Feil ({n}):</source>
            <translation>Feil ({n}):</translation>
        </message>
        <message>
            <source>… og {n} til; bruk --errors-out FIL.csv for hele listen.</source>
            <translation>… og {n} til; bruk --errors-out FIL.csv for hele listen.</translation>
        </message>
        <message>
            <source>Feilrapport: {path} ({n} feil)</source>
            <translation>Feilrapport: {path} ({n} feil)</translation>
        </message>
        <message>
            <source>(som registrert per {date})</source>
            <translation>(som registrert per {date})</translation>
        </message>
        <message>
            <source>Skrev {n} rader til {path}</source>
            <translation>Skrev {n} rader til {path}</translation>
        </message>
        <message>
            <source>Regner foreslåtte overføringer på en kopi i minnet og viser hver enhet før og etter. Ingenting lagres.</source>
            <translation>Regner foreslåtte overføringer på en kopi i minnet og viser hver enhet før og etter. Ingenting lagres.</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Lagret {path}</translation>
        </message>
        <message>
            <source>Tallene bak de boligsosiale faktaarkene, per bydel og for Oslo. Nøklene i JSON er beskrevet i docs/stats_keys.md.</source>
            <translation>Tallene bak de boligsosiale faktaarkene, per bydel og for Oslo. Nøklene i JSON er beskrevet i docs/stats_keys.md.</translation>
        </message>
        <message>
            <source>Frys årets tall, slik at neste års faktaark kan vise endringen.</source>
            <translation>Frys årets tall, slik at neste års faktaark kan vise endringen.</translation>
        </message>
        <message>
            <source>Importer boligsosiale indikatorer i lang form: district, year, indicator, value, source (eller bydel, år, indikator, verdi, kilde). Alt eller ingenting.</source>
            <translation>Importer boligsosiale indikatorer i lang form: district, year, indicator, value, source (eller bydel, år, indikator, verdi, kilde). Alt eller ingenting.</translation>
        </message>
        <message>
            <source>Boligsosiale tall {year}, per {date}</source>
            <translation>Boligsosiale tall {year}, per {date}</translation>
        </message>
        <message>
            <source>mangler</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>Folketall per {date}; andeler i prosent</source>
            <translation>Folketall per {date}; andeler i prosent</translation>
        </message>
        <message>
            <source>Nr</source>
            <translation>Nr</translation>
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
            <source>Rang</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Ledig %</source>
            <translation>Ledig %</translation>
        </message>
        <message>
            <source>Rullest. %</source>
            <translation>Rullest. %</translation>
        </message>
        <message>
            <source>Boliger: det bydelen disponerer, uansett hvor de ligger; avtaler: det bydelen har. Oslo teller hver bolig én gang.</source>
            <translation>Boliger: det bydelen disponerer, uansett hvor de ligger; avtaler: det bydelen har. Oslo teller hver bolig én gang.</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger (med i Oslo, ikke i bydelene): {units}; per bydel etter beliggenhet i --json, «central_units».</source>
            <translation>Sentrale enheters boliger (med i Oslo, ikke i bydelene): {units}; per bydel etter beliggenhet i --json, «central_units».</translation>
        </message>
        <message>
            <source>Erstattet øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</source>
            <translation>Erstattet øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</translation>
        </message>
        <message>
            <source>Lagret øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</source>
            <translation>Lagret øyeblikksbilde for {year}: {n} faktaark (15 bydeler og Oslo).</translation>
        </message>
        <message>
            <source>Importerte {rows} rader: {inserted} nye, {updated} endret, {unchanged} uendret.</source>
            <translation>Importerte {rows} rader: {inserted} nye, {updated} endret, {unchanged} uendret.</translation>
        </message>
        <message>
            <source>Merk: indikatorer utenfor standardlisten er lagret som skrevet: {names}</source>
            <translation>Merk: indikatorer utenfor standardlisten er lagret som skrevet: {names}</translation>
        </message>
        <message>
            <source>Synkroniser den lokale kopien med sentraldatabasen: sender lokale endringer og henter de andres. Konflikter legges i en liste (boligreg conflicts).</source>
            <translation>Synkroniser den lokale kopien med sentraldatabasen: sender lokale endringer og henter de andres. Konflikter legges i en liste (boligreg conflicts).</translation>
        </message>
        <message>
            <source>Vis konfliktene fra synkroniseringen, eller avgjør én.</source>
            <translation>Vis konfliktene fra synkroniseringen, eller avgjør én.</translation>
        </message>
        <message>
            <source>Avgjort ({resolution}). Synkroniser for å fullføre.</source>
            <translation>Avgjort ({resolution}). Synkroniser for å fullføre.</translation>
        </message>
        <message>
            <source>Ingen konflikter.</source>
            <translation>Ingen konflikter.</translation>
        </message>
        <message>
            <source>her:</source>
            <translation>her:</translation>
        </message>
        <message>
            <source>sentralt:</source>
            <translation>sentralt:</translation>
        </message>
        <message>
            <source>Overfør boliger (disponerende enhet) eller avtaler (ansvarlig enhet) fra én enhet til en annen, med saksnummer. Viser først hva som flyttes; alt eller ingenting.</source>
            <translation>Overfør boliger (disponerende enhet) eller avtaler (ansvarlig enhet) fra én enhet til en annen, med saksnummer. Viser først hva som flyttes; alt eller ingenting.</translation>
        </message>
        <message>
            <source>Angret {reference}: {n} poster tilbake fra {source} til {target}.</source>
            <translation>Angret {reference}: {n} poster tilbake fra {source} til {target}.</translation>
        </message>
        <message>
            <source>Forhåndsvisning: ingenting er endret.</source>
            <translation>Forhåndsvisning: ingenting er endret.</translation>
        </message>
        <message>
            <source>Overført. Angres med: boligreg transfer --undo {reference}</source>
            <translation>Overført. Angres med: boligreg transfer --undo {reference}</translation>
        </message>
        <message>
            <source>Bydeler og sentrale enheter som disponerer boliger eller holder avtaler.</source>
            <translation>Bydeler og sentrale enheter som disponerer boliger eller holder avtaler.</translation>
        </message>
        <message>
            <source>(del av {parent})</source>
            <translation>(del av {parent})</translation>
        </message>
        <message>
            <source>La til enheten {code}: {name}</source>
            <translation>La til enheten {code}: {name}</translation>
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
        <name>DwellingStatus</name>
        <message>
            <source>Utleid</source>
            <translation>Utleid</translation>
        </message>
        <message>
            <source>Ledig</source>
            <translation>Ledig</translation>
        </message>
        <message>
            <source>Under rehabilitering</source>
            <translation>Under rehabilitering</translation>
        </message>
        <message>
            <source>Reservert</source>
            <translation>Reservert</translation>
        </message>
        <message>
            <source>Skal selges</source>
            <translation>Skal selges</translation>
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
        <name>Entity</name>
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
        </message>
        <message>
            <source>Eiendom</source>
            <translation>Eiendom</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <source>Bolig i avtale</source>
            <translation>Bolig i avtale</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Leieforhold</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Avtalenummer</source>
            <translation>Avtalenummer</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Avtaletype</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Utleiers org.nr.</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd)</source>
            <translation>Oppsigelsestid (mnd)</translation>
        </message>
        <message>
            <source>Leie per måned</source>
            <translation>Leie per måned</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Sist gjennomgått</translation>
        </message>
        <message>
            <source>Boliger i prosjektet</source>
            <translation>Boliger i prosjektet</translation>
        </message>
        <message>
            <source>Boliger i avtalen</source>
            <translation>Boliger i avtalen</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
        </message>
        <message>
            <source>Bygg</source>
            <translation>Bygg</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Bruksenhetsnummer</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjelder</translation>
        </message>
        <message>
            <source>Omfang</source>
            <translation>Omfang</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Gyldig fra</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Regel</translation>
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
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Først sett</source>
            <translation>Først sett</translation>
        </message>
        <message>
            <source>Sist sett</source>
            <translation>Sist sett</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Statusmerknad</source>
            <translation>Statusmerknad</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>Post-ID</source>
            <translation>Post-ID</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorlighet</translation>
        </message>
        <message>
            <source>Bydelsnavn</source>
            <translation>Bydelsnavn</translation>
        </message>
        <message>
            <source>Posttype</source>
            <translation>Posttype</translation>
        </message>
        <message>
            <source>Dager åpen</source>
            <translation>Dager åpen</translation>
        </message>
        <message>
            <source>Statusnotat</source>
            <translation>Statusnotat</translation>
        </message>
        <message>
            <source>Avvik-ID</source>
            <translation>Avvik-ID</translation>
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
            <source>Hele Oslo</source>
            <translation>Hele Oslo</translation>
        </message>
        <message>
            <source>Sammendrag</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Sum</translation>
        </message>
        <message>
            <source>Åpne avvik – {scope}, per {date}</source>
            <translation>Åpne avvik – {scope}, per {date}</translation>
        </message>
        <message>
            <source>Skriver rad {done} av {total}</source>
            <translation>Skriver rad {done} av {total}</translation>
        </message>
        <message>
            <source>Henter data</source>
            <translation>Henter data</translation>
        </message>
        <message>
            <source>Skriver {n} rader</source>
            <translation>Skriver {n} rader</translation>
        </message>
        <message>
            <source>Ferdig</source>
            <translation>Ferdig</translation>
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
            <source>Kolonnenavn som importen bruker</source>
            <translation>Kolonnenavn som importen bruker</translation>
        </message>
        <message>
            <source>Overskriftene blir feltnavnene (f.eks. street_address) i stedet for norske navn. Importen leser begge.</source>
            <translation>Overskriftene blir feltnavnene (f.eks. street_address) i stedet for norske navn. Importen leser begge.</translation>
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
        <name>FactSheet</name>
        <message>
            <source>Boligsosialt faktaark {year} – {name}</source>
            <translation>Boligsosialt faktaark {year} – {name}</translation>
        </message>
        <message>
            <source>Kilde: SSB (NLOD / CC BY 4.0)</source>
            <translation>Kilde: SSB (NLOD / CC BY 4.0)</translation>
        </message>
        <message>
            <source>DEMODATA: tallene er syntetiske og laget for utprøving – ikke til publisering.</source>
            <translation>DEMODATA: tallene er syntetiske og laget for utprøving – ikke til publisering.</translation>
        </message>
        <message>
            <source>Boligsosialt faktaark {year}</source>
            <translation>Boligsosialt faktaark {year}</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall</source>
            <translation>DEMODATA – syntetiske tall</translation>
        </message>
        <message>
            <source>Data hentet ut fra boligreg {time}. Tall per {date}.</source>
            <translation>Data hentet ut fra boligreg {time}. Tall per {date}.</translation>
        </message>
        <message>
            <source>{change} fra {year}</source>
            <translation>{change} fra {year}</translation>
        </message>
        <message>
            <source>{share} av Oslos boliger</source>
            <translation>{share} av Oslos boliger</translation>
        </message>
        <message>
            <source>folketall {n}</source>
            <translation>folketall {n}</translation>
        </message>
        <message>
            <source>folketall mangler</source>
            <translation>folketall mangler</translation>
        </message>
        <message>
            <source>tilgjengelige for rullestolbrukere</source>
            <translation>tilgjengelige for rullestolbrukere</translation>
        </message>
        <message>
            <source>{share} av boligene</source>
            <translation>{share} av boligene</translation>
        </message>
        <message>
            <source>{rank} av {of}</source>
            <translation>{rank} av {of}</translation>
        </message>
        <message>
            <source>i rangering per 1 000 innbyggere</source>
            <translation>i rangering per 1 000 innbyggere</translation>
        </message>
        <message>
            <source>1 = flest kommunale boliger per innbygger</source>
            <translation>1 = flest kommunale boliger per innbygger</translation>
        </message>
        <message>
            <source>kan ikke rangeres uten folketall</source>
            <translation>kan ikke rangeres uten folketall</translation>
        </message>
        <message>
            <source>median {n} dager ledig</source>
            <translation>median {n} dager ledig</translation>
        </message>
        <message>
            <source>ledighetstid ukjent</source>
            <translation>ledighetstid ukjent</translation>
        </message>
        <message>
            <source>ingen ledige boliger</source>
            <translation>ingen ledige boliger</translation>
        </message>
        <message>
            <source>kommunalt disponerte boliger</source>
            <translation>kommunalt disponerte boliger</translation>
        </message>
        <message>
            <source>boliger per 1 000 innbyggere</source>
            <translation>boliger per 1 000 innbyggere</translation>
        </message>
        <message>
            <source>ledige ({n} boliger)</source>
            <translation>ledige ({n} boliger)</translation>
        </message>
        <message>
            <source>aktive innleie- og tilvisningsavtaler</source>
            <translation>aktive innleie- og tilvisningsavtaler</translation>
        </message>
        <message>
            <source>{n} utløper innen 12 mnd.</source>
            <translation>{n} utløper innen 12 mnd.</translation>
        </message>
        <message>
            <source>{who} har ingen kommunalt disponerte boliger registrert i boligreg.</source>
            <translation>{who} har ingen kommunalt disponerte boliger registrert i boligreg.</translation>
        </message>
        <message>
            <source>{who} disponerer {n} kommunale boliger</source>
            <translation>{who} disponerer {n} kommunale boliger</translation>
        </message>
        <message>
            <source>, {n} per 1 000 innbyggere</source>
            <translation>, {n} per 1 000 innbyggere</translation>
        </message>
        <message>
            <source> – nummer {rank} av {of} bydeler (Oslo: {oslo})</source>
            <translation> – nummer {rank} av {of} bydeler (Oslo: {oslo})</translation>
        </message>
        <message>
            <source>{share} er eid av kommunen.</source>
            <translation>{share} er eid av kommunen.</translation>
        </message>
        <message>
            <source>{n} brukes til annet enn bolig.</source>
            <translation>{n} brukes til annet enn bolig.</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innb.</source>
            <translation>Boliger per 1 000 innb.</translation>
        </message>
        <message>
            <source>Ingen boliger registrert</source>
            <translation>Ingen boliger registrert</translation>
        </message>
        <message>
            <source>mangler folketall</source>
            <translation>mangler folketall</translation>
        </message>
        <message>
            <source>Folketall mangler for Oslo (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</source>
            <translation>Folketall mangler for Oslo (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</translation>
        </message>
        <message>
            <source>Folketall mangler for bydelen (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</source>
            <translation>Folketall mangler for bydelen (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</translation>
        </message>
        <message>
            <source>Folketall per 1.1.{year} finnes ikke ennå; folketallet per {date} er brukt.</source>
            <translation>Folketall per 1.1.{year} finnes ikke ennå; folketallet per {date} er brukt.</translation>
        </message>
        <message>
            <source>Ingen kommunalt disponerte boliger er registrert for Oslo; fordelingene er tomme.</source>
            <translation>Ingen kommunalt disponerte boliger er registrert for Oslo; fordelingene er tomme.</translation>
        </message>
        <message>
            <source>Ingen kommunalt disponerte boliger er registrert for bydelen; fordelingene er tomme.</source>
            <translation>Ingen kommunalt disponerte boliger er registrert for bydelen; fordelingene er tomme.</translation>
        </message>
        <message>
            <source>Ingen boligsosiale indikatorer er importert for {year} for alle 15 bydeler.</source>
            <translation>Ingen boligsosiale indikatorer er importert for {year} for alle 15 bydeler.</translation>
        </message>
        <message>
            <source>Ingen boligsosiale indikatorer er importert for {year}.</source>
            <translation>Ingen boligsosiale indikatorer er importert for {year}.</translation>
        </message>
        <message>
            <source>Endring fra {year} vises ikke: det er ikke lagret noe øyeblikksbilde av tallene for {year}, og registeret hadde ingen boliger her per 31.12.{year} (eller historikken rekker ikke så langt tilbake).</source>
            <translation>Endring fra {year} vises ikke: det er ikke lagret noe øyeblikksbilde av tallene for {year}, og registeret hadde ingen boliger her per 31.12.{year} (eller historikken rekker ikke så langt tilbake).</translation>
        </message>
        <message>
            <source>{n} ledig bolig mangler dato for når den ble ledig og inngår ikke i ledighetstiden.</source>
            <translation>{n} ledig bolig mangler dato for når den ble ledig og inngår ikke i ledighetstiden.</translation>
        </message>
        <message>
            <source>{n} ledige boliger mangler dato for når de ble ledige og inngår ikke i ledighetstiden.</source>
            <translation>{n} ledige boliger mangler dato for når de ble ledige og inngår ikke i ledighetstiden.</translation>
        </message>
        <message>
            <source>{n} ledig bolig ble ledig etter {date} og inngår ikke i ledighetstiden.</source>
            <translation>{n} ledig bolig ble ledig etter {date} og inngår ikke i ledighetstiden.</translation>
        </message>
        <message>
            <source>{n} ledige boliger ble ledige etter {date} og inngår ikke i ledighetstiden.</source>
            <translation>{n} ledige boliger ble ledige etter {date} og inngår ikke i ledighetstiden.</translation>
        </message>
        <message>
            <source>Ingen boliger med disposisjonsform {tenures} er registrert.</source>
            <translation>Ingen boliger med disposisjonsform {tenures} er registrert.</translation>
        </message>
        <message>
            <source> eller </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>Ingen aktive innleie- eller tilvisningsavtaler er registrert.</source>
            <translation>Ingen aktive innleie- eller tilvisningsavtaler er registrert.</translation>
        </message>
        <message>
            <source>husleie for {n} utleide bolig</source>
            <translation>husleie for {n} utleide bolig</translation>
        </message>
        <message>
            <source>husleie for {n} utleide boliger</source>
            <translation>husleie for {n} utleide boliger</translation>
        </message>
        <message>
            <source>leie for {n} innleieavtale</source>
            <translation>leie for {n} innleieavtale</translation>
        </message>
        <message>
            <source>leie for {n} innleieavtaler</source>
            <translation>leie for {n} innleieavtaler</translation>
        </message>
        <message>
            <source>Mangler {what} (ikke med i beløpene).</source>
            <translation>Mangler {what} (ikke med i beløpene).</translation>
        </message>
        <message>
            <source> og </source>
            <translation> og </translation>
        </message>
        <message>
            <source>Bestanden er registeret slik det var registrert ved utgangen av {date}.</source>
            <translation>Bestanden er registeret slik det var registrert ved utgangen av {date}.</translation>
        </message>
        <message>
            <source>Bestanden er dagens register på datoen {date}.</source>
            <translation>Bestanden er dagens register på datoen {date}.</translation>
        </message>
        <message>
            <source>Bestanden er registerets innhold på uttaksdatoen.</source>
            <translation>Bestanden er registerets innhold på uttaksdatoen.</translation>
        </message>
        <message>
            <source>Her: folketall per {date}</source>
            <translation>Her: folketall per {date}</translation>
        </message>
        <message>
            <source>Folketall mangler</source>
            <translation>Folketall mangler</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: alle boliger i boligreg, hver bolig én gang – bydelenes, de sentrale enhetenes og boliger registrert i Sentrum og Marka – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</source>
            <translation>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: alle boliger i boligreg, hver bolig én gang – bydelenes, de sentrale enhetenes og boliger registrert i Sentrum og Marka – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: boligene bydelen disponerer (uansett beliggenhet) og avtalene den har – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</source>
            <translation>&lt;b&gt;Kommunalt disponerte boliger&lt;/b&gt;: boligene bydelen disponerer (uansett beliggenhet) og avtalene den har – eid av kommunen, innleid eller med tilvisningsrett, også boliger som brukes til annet enn bolig. Slettede poster er ikke med. {stock}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Per 1 000 innbyggere&lt;/b&gt;: boliger / folketall × 1 000, som i KOSTRA. Folketall per 1. januar året etter (= 31.12.{year}). {pop}.</source>
            <translation>&lt;b&gt;Per 1 000 innbyggere&lt;/b&gt;: boliger / folketall × 1 000, som i KOSTRA. Folketall per 1. januar året etter (= 31.12.{year}). {pop}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ledig&lt;/b&gt;: status ledig, som andel av alle boliger. Ledighetstid: median antall dager fra registrert ledig-dato til {date}.</source>
            <translation>&lt;b&gt;Ledig&lt;/b&gt;: status ledig, som andel av alle boliger. Ledighetstid: median antall dager fra registrert ledig-dato til {date}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Aktive avtaler&lt;/b&gt;: innleie- og tilvisningsavtaler som gjelder {date}. Utløper: sluttdato innen 12 måneder. Ikke gjennomgått: ingen registrert gjennomgang de siste 12 månedene.</source>
            <translation>&lt;b&gt;Aktive avtaler&lt;/b&gt;: innleie- og tilvisningsavtaler som gjelder {date}. Utløper: sluttdato innen 12 måneder. Ikke gjennomgått: ingen registrert gjennomgang de siste 12 månedene.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger kommunen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler kommunen holder; månedsbeløp × 12.</source>
            <translation>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger kommunen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler kommunen holder; månedsbeløp × 12.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger bydelen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler bydelen holder; månedsbeløp × 12.</source>
            <translation>&lt;b&gt;Husleie&lt;/b&gt;: utleide boliger bydelen disponerer; &lt;b&gt;innleiekostnad&lt;/b&gt;: aktive innleieavtaler bydelen holder; månedsbeløp × 12.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vedlikeholdsansvar&lt;/b&gt;: boliger der ansvar er registrert for boligen selv eller for bygget den ligger i, gyldig {date}.</source>
            <translation>&lt;b&gt;Vedlikeholdsansvar&lt;/b&gt;: boliger der ansvar er registrert for boligen selv eller for bygget den ligger i, gyldig {date}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Åpne avvik&lt;/b&gt;: funn fra registerets kontroller som ikke er lukket eller akseptert.</source>
            <translation>&lt;b&gt;Åpne avvik&lt;/b&gt;: funn fra registerets kontroller som ikke er lukket eller akseptert.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kilder&lt;/b&gt;: boligreg, uttrekk {time}. Folketall: SSB tabell 10826/07459; {licence}. Indikatorer: se tabellen.</source>
            <translation>&lt;b&gt;Kilder&lt;/b&gt;: boligreg, uttrekk {time}. Folketall: SSB tabell 10826/07459; {licence}. Indikatorer: se tabellen.</translation>
        </message>
        <message>
            <source>Aktive</source>
            <translation>Aktive</translation>
        </message>
        <message>
            <source>Utløper innen 12 mnd.</source>
            <translation>Utløper innen 12 mnd.</translation>
        </message>
        <message>
            <source>Ikke gjennomgått siste 12 mnd.</source>
            <translation>Ikke gjennomgått siste 12 mnd.</translation>
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
            <source>Åpne avvik etter alvorlighet</source>
            <translation>Åpne avvik etter alvorlighet</translation>
        </message>
        <message>
            <source>Avvik åpne per {date}, etter alvorlighet</source>
            <translation>Avvik åpne per {date}, etter alvorlighet</translation>
        </message>
        <message>
            <source>folketall per {date}</source>
            <translation>folketall per {date}</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger per {date} · {population}</source>
            <translation>Kommunalt disponerte boliger per {date} · {population}</translation>
        </message>
        <message>
            <source>Revidert utgave (utgave {n})</source>
            <translation>Revidert utgave (utgave {n})</translation>
        </message>
        <message>
            <source>Publisert utgave 1</source>
            <translation>Publisert utgave 1</translation>
        </message>
        <message>
            <source>Endret fra utgave {n}: {changes}.</source>
            <translation>Endret fra utgave {n}: {changes}.</translation>
        </message>
        <message>
            <source>DEMODATA – tallene er syntetiske og laget for utprøving. Ikke til publisering.</source>
            <translation>DEMODATA – tallene er syntetiske og laget for utprøving. Ikke til publisering.</translation>
        </message>
        <message>
            <source>Kommunale boliger per 1 000 innbyggere, alle bydeler</source>
            <translation>Kommunale boliger per 1 000 innbyggere, alle bydeler</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
            <translation>Disposisjonsform</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Ukjent</translation>
        </message>
        <message>
            <source>Ingen boliger</source>
            <translation>Ingen boliger</translation>
        </message>
        <message>
            <source>Målgrupper</source>
            <translation>Målgrupper</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Antall rom</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Faktisk bruk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelig</source>
            <translation>Rullestoltilgjengelig</translation>
        </message>
        <message>
            <source>Bruk og status</source>
            <translation>Bruk og status</translation>
        </message>
        <message>
            <source>Innleie</source>
            <translation>Innleie</translation>
        </message>
        <message>
            <source>Tilvisning</source>
            <translation>Tilvisning</translation>
        </message>
        <message>
            <source>Område</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Registrert</source>
            <translation>Registrert</translation>
        </message>
        <message>
            <source>Mangler</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Innleie- og tilvisningsavtaler</source>
            <translation>Innleie- og tilvisningsavtaler</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar registrert</source>
            <translation>Vedlikeholdsansvar registrert</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorlighet</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Dette mangler på arket</source>
            <translation>Dette mangler på arket</translation>
        </message>
        <message>
            <source>Definisjoner og kilder</source>
            <translation>Definisjoner og kilder</translation>
        </message>
        <message>
            <source>Husleie og innleiekostnad per år</source>
            <translation>Husleie og innleiekostnad per år</translation>
        </message>
        <message>
            <source>Kroner</source>
            <translation>Kroner</translation>
        </message>
        <message>
            <source>Husleie, utleide boliger</source>
            <translation>Husleie, utleide boliger</translation>
        </message>
        <message>
            <source>– herav i innleide boliger</source>
            <translation>– herav i innleide boliger</translation>
        </message>
        <message>
            <source>Innleiekostnad, aktive avtaler</source>
            <translation>Innleiekostnad, aktive avtaler</translation>
        </message>
        <message>
            <source>boliger per 31.12 som registrert da ({year}: {date}); oransje: ledige</source>
            <translation>boliger per 31.12 som registrert da ({year}: {date}); oransje: ledige</translation>
        </message>
        <message>
            <source>ikke registrert</source>
            <translation>ikke registrert</translation>
        </message>
        <message>
            <source>Som registrert per {date}: registeret slik det sto ved utgangen av dagen, også åpne avvik.</source>
            <translation>Som registrert per {date}: registeret slik det sto ved utgangen av dagen, også åpne avvik.</translation>
        </message>
        <message>
            <source>{n} poster er endret senere og er ikke med.</source>
            <translation>{n} poster er endret senere og er ikke med.</translation>
        </message>
        <message>
            <source>Med senere rettelser: dagens register på datoen {date}; {n} poster er endret etter datoen.</source>
            <translation>Med senere rettelser: dagens register på datoen {date}; {n} poster er endret etter datoen.</translation>
        </message>
        <message>
            <source>{year}: registeret som registrert per 31.12.{year} (fra endringsloggen).</source>
            <translation>{year}: registeret som registrert per 31.12.{year} (fra endringsloggen).</translation>
        </message>
        <message>
            <source>Øyeblikksbilde av {year} tatt {date}.</source>
            <translation>Øyeblikksbilde av {year} tatt {date}.</translation>
        </message>
        <message>
            <source>Endring fra {year}</source>
            <translation>Endring fra {year}</translation>
        </message>
        <message>
            <source>Ikke tilgjengelig: det er ikke lagret noe øyeblikksbilde av tallene for {year0}, og registerets historikk viser ingen boliger her per 31.12.{year0}. Et øyeblikksbilde av {year} gjør at neste års faktaark viser endringen.</source>
            <translation>Ikke tilgjengelig: det er ikke lagret noe øyeblikksbilde av tallene for {year0}, og registerets historikk viser ingen boliger her per 31.12.{year0}. Et øyeblikksbilde av {year} gjør at neste års faktaark viser endringen.</translation>
        </message>
        <message>
            <source>Folketall</source>
            <translation>Folketall</translation>
        </message>
        <message>
            <source>Per 1 000 innbyggere</source>
            <translation>Per 1 000 innbyggere</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Ledige</translation>
        </message>
        <message>
            <source>Rullestolboliger, %</source>
            <translation>Rullestolboliger, %</translation>
        </message>
        <message>
            <source>Ikke brukt som bolig</source>
            <translation>Ikke brukt som bolig</translation>
        </message>
        <message>
            <source>Aktive avtaler</source>
            <translation>Aktive avtaler</translation>
        </message>
        <message>
            <source>Endring</source>
            <translation>Endring</translation>
        </message>
        <message>
            <source>I alt {n} boliger disponeres av sentrale enheter: med i Oslos tall over, ikke i noen bydels.</source>
            <translation>I alt {n} boliger disponeres av sentrale enheter: med i Oslos tall over, ikke i noen bydels.</translation>
        </message>
        <message>
            <source>Ingen boliger i bydelen disponeres av en sentral enhet. Tallene på arket er boligene bydelen disponerer.</source>
            <translation>Ingen boliger i bydelen disponeres av en sentral enhet. Tallene på arket er boligene bydelen disponerer.</translation>
        </message>
        <message>
            <source>I alt {n} boliger som ligger i bydelen, disponeres av en sentral enhet: de er ikke med i tallene over, som teller det bydelen disponerer.</source>
            <translation>I alt {n} boliger som ligger i bydelen, disponeres av en sentral enhet: de er ikke med i tallene over, som teller det bydelen disponerer.</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger i bydelen</source>
            <translation>Sentrale enheters boliger i bydelen</translation>
        </message>
        <message>
            <source>Sentrale enheters boliger i Oslo</source>
            <translation>Sentrale enheters boliger i Oslo</translation>
        </message>
        <message>
            <source>{vacant} ledig, {wheelchair} rullestoltilgjengelige</source>
            <translation>{vacant} ledig, {wheelchair} rullestoltilgjengelige</translation>
        </message>
        <message>
            <source>{vacant} ledige, {wheelchair} rullestoltilgjengelige</source>
            <translation>{vacant} ledige, {wheelchair} rullestoltilgjengelige</translation>
        </message>
        <message>
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Boligsosiale indikatorer {year}</source>
            <translation>Boligsosiale indikatorer {year}</translation>
        </message>
        <message>
            <source>Ingen indikatorer er importert for {year} for alle 15 bydeler. Importer dem med «boligreg stats import» eller i vinduet.</source>
            <translation>Ingen indikatorer er importert for {year} for alle 15 bydeler. Importer dem med «boligreg stats import» eller i vinduet.</translation>
        </message>
        <message>
            <source>Ingen indikatorer er importert for {year}. Importer dem med «boligreg stats import» eller i vinduet.</source>
            <translation>Ingen indikatorer er importert for {year}. Importer dem med «boligreg stats import» eller i vinduet.</translation>
        </message>
        <message>
            <source>Oslo: summen av de 15 bydelene; bare indikatorer som alle bydelene har tall for.</source>
            <translation>Oslo: summen av de 15 bydelene; bare indikatorer som alle bydelene har tall for.</translation>
        </message>
        <message>
            <source>Kommunalt disponerte boliger {year}</source>
            <translation>Kommunalt disponerte boliger {year}</translation>
        </message>
        <message>
            <source>Lager faktaark for {name} …</source>
            <translation>Lager faktaark for {name} …</translation>
        </message>
        <message>
            <source>{n} faktaark laget.</source>
            <translation>{n} faktaark laget.</translation>
        </message>
        <message>
            <source>{name} er uthevet i tabellen.</source>
            <translation>{name} er uthevet i tabellen.</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innbyggere, bydelene fra flest til færrest</source>
            <translation>Boliger per 1 000 innbyggere, bydelene fra flest til færrest</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Kartet på PDF-arket viser de 15 bydelene skyggelagt etter boliger per 1 000 innbyggere, mørkere jo flere; tallene står i tabellen over.</source>
            <translation>Kartet på PDF-arket viser de 15 bydelene skyggelagt etter boliger per 1 000 innbyggere, mørkere jo flere; tallene står i tabellen over.</translation>
        </message>
        <message>
            <source>til og med {n}</source>
            <translation>til og med {n}</translation>
        </message>
        <message>
            <source>Fargene går fra {low} til {high} i {n} klasser: {classes}.</source>
            <translation>Fargene går fra {low} til {high} i {n} klasser: {classes}.</translation>
        </message>
        <message>
            <source>Kartet på PDF-arket viser hvor {name} ligger blant Oslos bydeler.</source>
            <translation>Kartet på PDF-arket viser hvor {name} ligger blant Oslos bydeler.</translation>
        </message>
        <message>
            <source>Nøkkeltall</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>Boliger per 31.12 som registrert da ({year}: {date}). Et år registeret ikke dekker, står som «ikke registrert».</source>
            <translation>Boliger per 31.12 som registrert da ({year}: {date}). Et år registeret ikke dekker, står som «ikke registrert».</translation>
        </message>
        <message>
            <source>Boliger per 31.12 etter disposisjonsform, og ledige</source>
            <translation>Boliger per 31.12 etter disposisjonsform, og ledige</translation>
        </message>
        <message>
            <source>År</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Husleie og innleiekostnad</source>
            <translation>Husleie og innleiekostnad</translation>
        </message>
        <message>
            <source>Per år</source>
            <translation>Per år</translation>
        </message>
        <message>
            <source>Boliger etter disposisjonsform</source>
            <translation>Boliger etter disposisjonsform</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Boliger etter målgruppe</source>
            <translation>Boliger etter målgruppe</translation>
        </message>
        <message>
            <source>Boliger etter antall rom</source>
            <translation>Boliger etter antall rom</translation>
        </message>
        <message>
            <source>Avtaler etter type</source>
            <translation>Avtaler etter type</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Boliger med registrert vedlikeholdsansvar, etter område</source>
            <translation>Boliger med registrert vedlikeholdsansvar, etter område</translation>
        </message>
        <message>
            <source>Tilgjengelig utgave (HTML) av PDF-faktaarket, med de samme tallene.</source>
            <translation>Tilgjengelig utgave (HTML) av PDF-faktaarket, med de samme tallene.</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelige</source>
            <translation>Rullestoltilgjengelige</translation>
        </message>
        <message>
            <source>Tallene i {year0} og {year}</source>
            <translation>Tallene i {year0} og {year}</translation>
        </message>
        <message>
            <source>Tall</source>
            <translation>Tall</translation>
        </message>
        <message>
            <source>Lager HTML-faktaark for {name} …</source>
            <translation>Lager HTML-faktaark for {name} …</translation>
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
            <source>Språk på arkene</source>
            <translation>Språk på arkene</translation>
        </message>
        <message>
            <source>Bokmål (offisiell utgave)</source>
            <translation>Bokmål (offisiell utgave)</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Faktaarkene er på bokmål. En engelsk utgave har de samme tallene; publiserte utgaver er alltid på bokmål.</source>
            <translation>Faktaarkene er på bokmål. En engelsk utgave har de samme tallene; publiserte utgaver er alltid på bokmål.</translation>
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
        <name>Field</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Slettet</source>
            <translation>Slettet</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Startdato</source>
            <translation>Startdato</translation>
        </message>
        <message>
            <source>Sluttdato</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <source>Eiendom</source>
            <translation>Eiendom</translation>
        </message>
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Bruksenhetsnummer</translation>
        </message>
        <message>
            <source>Areal (m²)</source>
            <translation>Areal (m²)</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Antall rom</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
            <translation>Disposisjonsform</translation>
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
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Gårdsnummer</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Bruksnummer</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Festenummer</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Seksjonsnummer</translation>
        </message>
        <message>
            <source>Eierform</source>
            <translation>Eierform</translation>
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
        <message>
            <source>Avtaletype</source>
            <translation>Avtaletype</translation>
        </message>
        <message>
            <source>Avtalereferanse</source>
            <translation>Avtalereferanse</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Utleiers org.nr.</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd.)</source>
            <translation>Oppsigelsestid (mnd.)</translation>
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
            <source>Boliger i prosjektet</source>
            <translation>Boliger i prosjektet</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Ansvarsområde</source>
            <translation>Ansvarsområde</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Gyldig fra</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Type leieforhold</source>
            <translation>Type leieforhold</translation>
        </message>
        <message>
            <source>Neste vurdering</source>
            <translation>Neste vurdering</translation>
        </message>
        <message>
            <source>Saksreferanse</source>
            <translation>Saksreferanse</translation>
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
        <name>FindingStatus</name>
        <message>
            <source>Åpen</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <source>Under arbeid</source>
            <translation>Under arbeid</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Akseptert</source>
            <translation>Akseptert</translation>
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
        <name>FollowUp</name>
        <message>
            <source>{kind}, utløper {date} (om {days} dager)</source>
            <translation>{kind}, utløper {date} (om {days} dager)</translation>
        </message>
        <message>
            <source>ledig i {days} dager (siden {date})</source>
            <translation>ledig i {days} dager (siden {date})</translation>
        </message>
        <message>
            <source>ledig, uten dato</source>
            <translation>ledig, uten dato</translation>
        </message>
        <message>
            <source>åpent siden {date}</source>
            <translation>åpent siden {date}</translation>
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
        <name>History</name>
        <message>
            <source>Registeret slik det var registrert per {day} – kun lesing</source>
            <translation>Registeret slik det var registrert per {day} – kun lesing</translation>
        </message>
    </context>
    <context>
        <name>Identifiers</name>
        <message>
            <source>Organisasjonsnummer mangler</source>
            <translation>Organisasjonsnummer mangler</translation>
        </message>
        <message>
            <source>Organisasjonsnummer kan bare inneholde siffer</source>
            <translation>Organisasjonsnummer kan bare inneholde siffer</translation>
        </message>
        <message>
            <source>Organisasjonsnummer må ha 9 siffer, ikke {n}</source>
            <translation>Organisasjonsnummer må ha 9 siffer, ikke {n}</translation>
        </message>
        <message>
            <source>Organisasjonsnummeret har feil kontrollsiffer</source>
            <translation>Organisasjonsnummeret har feil kontrollsiffer</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer mangler</source>
            <translation>Bruksenhetsnummer mangler</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer må begynne med H, U, K eller L</source>
            <translation>Bruksenhetsnummer må begynne med H, U, K eller L</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101</source>
            <translation>Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101</translation>
        </message>
        <message>
            <source>Etasjen i bruksenhetsnummeret kan ikke være 00</source>
            <translation>Etasjen i bruksenhetsnummeret kan ikke være 00</translation>
        </message>
        <message>
            <source>Nummeret i etasjen (to siste siffer) kan ikke være 00</source>
            <translation>Nummeret i etasjen (to siste siffer) kan ikke være 00</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Gårdsnummer</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Bruksnummer</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Festenummer</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Seksjonsnummer</translation>
        </message>
        <message>
            <source>{part} ({abbr}) mangler</source>
            <translation>{part} ({abbr}) mangler</translation>
        </message>
        <message>
            <source>{part} ({abbr}) må være et helt tall</source>
            <translation>{part} ({abbr}) må være et helt tall</translation>
        </message>
        <message>
            <source>{part} ({abbr}) må være mellom {low} og {high}</source>
            <translation>{part} ({abbr}) må være mellom {low} og {high}</translation>
        </message>
        <message>
            <source>Postnummer mangler</source>
            <translation>Postnummer mangler</translation>
        </message>
        <message>
            <source>Postnummer må ha 4 siffer</source>
            <translation>Postnummer må ha 4 siffer</translation>
        </message>
        <message>
            <source>Postnummer {code} er ikke i Oslo</source>
            <translation>Postnummer {code} er ikke i Oslo</translation>
        </message>
        <message>
            <source>Postnummer {code} er et postboks-/servicenummer, ikke en boligadresse</source>
            <translation>Postnummer {code} er et postboks-/servicenummer, ikke en boligadresse</translation>
        </message>
        <message>
            <source>Bydelskode mangler</source>
            <translation>Bydelskode mangler</translation>
        </message>
        <message>
            <source>Bydelskode må ha 6 siffer, f.eks. 030101</source>
            <translation>Bydelskode må ha 6 siffer, f.eks. 030101</translation>
        </message>
        <message>
            <source>Bydelskode {code} er ikke i Oslo (må begynne med {prefix})</source>
            <translation>Bydelskode {code} er ikke i Oslo (må begynne med {prefix})</translation>
        </message>
        <message>
            <source>Bydelskode {code} betyr ukjent adresse, ikke en bydel</source>
            <translation>Bydelskode {code} betyr ukjent adresse, ikke en bydel</translation>
        </message>
        <message>
            <source>Bydelskode {code} finnes ikke (gyldige er 030101–030117)</source>
            <translation>Bydelskode {code} finnes ikke (gyldige er 030101–030117)</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>valg: {values}</source>
            <translation>valg: {values}</translation>
        </message>
        <message>
            <source>tekst</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>dato</source>
            <translation>dato</translation>
        </message>
        <message>
            <source>ja/nei</source>
            <translation>ja/nei</translation>
        </message>
        <message>
            <source>bydel</source>
            <translation>bydel</translation>
        </message>
        <message>
            <source>postnummer</source>
            <translation>postnummer</translation>
        </message>
        <message>
            <source>bruksenhetsnummer</source>
            <translation>bruksenhetsnummer</translation>
        </message>
        <message>
            <source>organisasjonsnummer</source>
            <translation>organisasjonsnummer</translation>
        </message>
        <message>
            <source>gnr/bnr/fnr/snr</source>
            <translation>gnr/bnr/fnr/snr</translation>
        </message>
        <message>
            <source>kommunenummer</source>
            <translation>kommunenummer</translation>
        </message>
        <message>
            <source>boligreg-ID</source>
            <translation>boligreg-ID</translation>
        </message>
        <message>
            <source>heltall</source>
            <translation>heltall</translation>
        </message>
        <message>
            <source>desimaltall</source>
            <translation>desimaltall</translation>
        </message>
        <message>
            <source>Nøkkelkolonne fra en eksport: gjenkjenner boligen selv om adressen er endret</source>
            <translation>Nøkkelkolonne fra en eksport: gjenkjenner boligen selv om adressen er endret</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Nummer (01–15), kode (030101) eller navn, med eller uten «Bydel»</source>
            <translation>Nummer (01–15), kode (030101) eller navn, med eller uten «Bydel»</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Bruksenhetsnummer</translation>
        </message>
        <message>
            <source>H0101: H/U/K/L, etasje og nummer</source>
            <translation>H0101: H/U/K/L, etasje og nummer</translation>
        </message>
        <message>
            <source>Areal (m²)</source>
            <translation>Areal (m²)</translation>
        </message>
        <message>
            <source>Bruksareal i kvadratmeter; «65,5» og «65 m²» går</source>
            <translation>Bruksareal i kvadratmeter; «65,5» og «65 m²» går</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Antall rom</translation>
        </message>
        <message>
            <source>Heltall; «3-roms» går</source>
            <translation>Heltall; «3-roms» går</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
            <translation>Disposisjonsform</translation>
        </message>
        <message>
            <source>Eid, innleid eller tilvisning (også «kommunal», «innleie» …)</source>
            <translation>Eid, innleid eller tilvisning (også «kommunal», «innleie» …)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Statusdato</source>
            <translation>Statusdato</translation>
        </message>
        <message>
            <source>Brukes som «ledig fra» når statusen er ledig (Kobo)</source>
            <translation>Brukes som «ledig fra» når statusen er ledig (Kobo)</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Faktisk bruk</translation>
        </message>
        <message>
            <source>Personalbase (ja/nei)</source>
            <translation>Personalbase (ja/nei)</translation>
        </message>
        <message>
            <source>Ja setter faktisk bruk til personalbase (Kobo: HARPERSONALBASE)</source>
            <translation>Ja setter faktisk bruk til personalbase (Kobo: HARPERSONALBASE)</translation>
        </message>
        <message>
            <source>Rullestoltilpasset</source>
            <translation>Rullestoltilpasset</translation>
        </message>
        <message>
            <source>ja/nei, x, 1/0</source>
            <translation>ja/nei, x, 1/0</translation>
        </message>
        <message>
            <source>Ledig fra</source>
            <translation>Ledig fra</translation>
        </message>
        <message>
            <source>Sist befart</source>
            <translation>Sist befart</translation>
        </message>
        <message>
            <source>Husleie (leietakers)</source>
            <translation>Husleie (leietakers)</translation>
        </message>
        <message>
            <source>Det leietakeren betaler per måned; «8 950» går</source>
            <translation>Det leietakeren betaler per måned; «8 950» går</translation>
        </message>
        <message>
            <source>Husleie fastsatt</source>
            <translation>Husleie fastsatt</translation>
        </message>
        <message>
            <source>Innflyttet</source>
            <translation>Innflyttet</translation>
        </message>
        <message>
            <source>Lager et leieforhold med denne startdatoen (aldri navn eller fødselsnummer)</source>
            <translation>Lager et leieforhold med denne startdatoen (aldri navn eller fødselsnummer)</translation>
        </message>
        <message>
            <source>Tidsubestemt leieforhold</source>
            <translation>Tidsubestemt leieforhold</translation>
        </message>
        <message>
            <source>ja/nei; uten kolonnen blir et importert leieforhold tidsbestemt</source>
            <translation>ja/nei; uten kolonnen blir et importert leieforhold tidsbestemt</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Gatenavn og husnummer, f.eks. «Thorvald Meyers gate 12B»</source>
            <translation>Gatenavn og husnummer, f.eks. «Thorvald Meyers gate 12B»</translation>
        </message>
        <message>
            <source>Gatenavn</source>
            <translation>Gatenavn</translation>
        </message>
        <message>
            <source>Sammen med husnummer og husbokstav blir det adressen (Kobo)</source>
            <translation>Sammen med husnummer og husbokstav blir det adressen (Kobo)</translation>
        </message>
        <message>
            <source>Husnummer</source>
            <translation>Husnummer</translation>
        </message>
        <message>
            <source>Husbokstav</source>
            <translation>Husbokstav</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Kommunenummer</source>
            <translation>Kommunenummer</translation>
        </message>
        <message>
            <source>Kontrolleres: må være 0301 Oslo</source>
            <translation>Kontrolleres: må være 0301 Oslo</translation>
        </message>
        <message>
            <source>Gnr/bnr/fnr/snr</source>
            <translation>Gnr/bnr/fnr/snr</translation>
        </message>
        <message>
            <source>Hele matrikkelnummeret i én kolonne: «208/112» eller «208/112/0/3»</source>
            <translation>Hele matrikkelnummeret i én kolonne: «208/112» eller «208/112/0/3»</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Gårdsnummer</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Bruksnummer</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Festenummer</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Seksjonsnummer</translation>
        </message>
        <message>
            <source>Eier av bygget</source>
            <translation>Eier av bygget</translation>
        </message>
        <message>
            <source>Eier (navn)</source>
            <translation>Eier (navn)</translation>
        </message>
        <message>
            <source>Eieren av bygget</source>
            <translation>Eieren av bygget</translation>
        </message>
        <message>
            <source>Eiers org.nr.</source>
            <translation>Eiers org.nr.</translation>
        </message>
        <message>
            <source>Byggeår</source>
            <translation>Byggeår</translation>
        </message>
        <message>
            <source>Avtalenummer</source>
            <translation>Avtalenummer</translation>
        </message>
        <message>
            <source>Rader med samme avtalenummer deler én avtale</source>
            <translation>Rader med samme avtalenummer deler én avtale</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Avtaletype</translation>
        </message>
        <message>
            <source>Innleieavtale eller tilvisningsavtale; utledes av disposisjonsformen ellers</source>
            <translation>Innleieavtale eller tilvisningsavtale; utledes av disposisjonsformen ellers</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
        <message>
            <source>Selskapet (eller eieren) kommunen leier av</source>
            <translation>Selskapet (eller eieren) kommunen leier av</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Utleiers org.nr.</translation>
        </message>
        <message>
            <source>Avtale fra</source>
            <translation>Avtale fra</translation>
        </message>
        <message>
            <source>Avtale til</source>
            <translation>Avtale til</translation>
        </message>
        <message>
            <source>Tomt betyr tidsubestemt</source>
            <translation>Tomt betyr tidsubestemt</translation>
        </message>
        <message>
            <source>Leie per måned</source>
            <translation>Leie per måned</translation>
        </message>
        <message>
            <source>Det kommunen betaler utleier per måned. Samme beløp på alle radene i en avtale: avtalens sum; ulike beløp: hver boligs kostnad, og summen blir avtalens</source>
            <translation>Det kommunen betaler utleier per måned. Samme beløp på alle radene i en avtale: avtalens sum; ulike beløp: hver boligs kostnad, og summen blir avtalens</translation>
        </message>
        <message>
            <source>Leie per bolig</source>
            <translation>Leie per bolig</translation>
        </message>
        <message>
            <source>Det kommunen betaler for denne boligen; avtalens sum er summen</source>
            <translation>Det kommunen betaler for denne boligen; avtalens sum er summen</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd)</source>
            <translation>Oppsigelsestid (mnd)</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Sist gjennomgått</translation>
        </message>
        <message>
            <source>Boliger i prosjektet</source>
            <translation>Boliger i prosjektet</translation>
        </message>
        <message>
            <source>Tilvisning: hele prosjektets antall boliger (40 %-regelen)</source>
            <translation>Tilvisning: hele prosjektets antall boliger (40 %-regelen)</translation>
        </message>
        <message>
            <source>Indre vedlikehold</source>
            <translation>Indre vedlikehold</translation>
        </message>
        <message>
            <source>Hvem vedlikeholder boligen innvendig</source>
            <translation>Hvem vedlikeholder boligen innvendig</translation>
        </message>
        <message>
            <source>Ytre vedlikehold</source>
            <translation>Ytre vedlikehold</translation>
        </message>
        <message>
            <source>Hvem vedlikeholder bygget utvendig</source>
            <translation>Hvem vedlikeholder bygget utvendig</translation>
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
            <source>bolig</source>
            <translation>bolig</translation>
        </message>
        <message>
            <source>bygg</source>
            <translation>bygg</translation>
        </message>
        <message>
            <source>avtale</source>
            <translation>avtale</translation>
        </message>
        <message>
            <source>vedlikehold</source>
            <translation>vedlikehold</translation>
        </message>
        <message>
            <source>hjelpefelt</source>
            <translation>hjelpefelt</translation>
        </message>
        <message>
            <source>felt</source>
            <translation>felt</translation>
        </message>
        <message>
            <source>navn</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>overskrifter som gjenkjennes</source>
            <translation>overskrifter som gjenkjennes</translation>
        </message>
        <message>
            <source>Felt som kan importeres (bruk feltnavnet i koblingsfilen):</source>
            <translation>Felt som kan importeres (bruk feltnavnet i koblingsfilen):</translation>
        </message>
        <message>
            <source>valg (se under)</source>
            <translation>valg (se under)</translation>
        </message>
        <message>
            <source>verdier: {values}</source>
            <translation>verdier: {values}</translation>
        </message>
        <message>
            <source>Koblingsfil (JSON):</source>
            <translation>Koblingsfil (JSON):</translation>
        </message>
        <message>
            <source>Feltet "" betyr at kolonnen ikke skal importeres.</source>
            <translation>Feltet "" betyr at kolonnen ikke skal importeres.</translation>
        </message>
    </context>
    <context>
        <name>ImportFile</name>
        <message>
            <source>semikolon</source>
            <translation>semikolon</translation>
        </message>
        <message>
            <source>komma</source>
            <translation>komma</translation>
        </message>
        <message>
            <source>tabulator</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>UTF-8 med BOM</source>
            <translation>UTF-8 med BOM</translation>
        </message>
        <message>
            <source>Rad {row}: {why}</source>
            <translation>Rad {row}: {why}</translation>
        </message>
        <message>
            <source>CSV, {encoding}, skilletegn {delimiter}</source>
            <translation>CSV, {encoding}, skilletegn {delimiter}</translation>
        </message>
        <message>
            <source>Excel, ark «{sheet}»</source>
            <translation>Excel, ark «{sheet}»</translation>
        </message>
        <message>
            <source>gruppeoverskrift over overskriftsraden («{text}»)</source>
            <translation>gruppeoverskrift over overskriftsraden («{text}»)</translation>
        </message>
        <message>
            <source>tittel («{text}»)</source>
            <translation>tittel («{text}»)</translation>
        </message>
        <message>
            <source>Rad {rows} ser ut som tittel eller gruppeoverskrift og er hoppet over.</source>
            <translation>Rad {rows} ser ut som tittel eller gruppeoverskrift og er hoppet over.</translation>
        </message>
        <message>
            <source>tom rad</source>
            <translation>tom rad</translation>
        </message>
        <message>
            <source>gjentatt overskriftsrad</source>
            <translation>gjentatt overskriftsrad</translation>
        </message>
        <message>
            <source>sumrad («{text}»)</source>
            <translation>sumrad («{text}»)</translation>
        </message>
        <message>
            <source>merknad under tabellen («{text}»)</source>
            <translation>merknad under tabellen («{text}»)</translation>
        </message>
        <message>
            <source>mellomtittel («{text}»)</source>
            <translation>mellomtittel («{text}»)</translation>
        </message>
    </context>
    <context>
        <name>ImportMatch</name>
        <message>
            <source>fra koblingsfil</source>
            <translation>fra koblingsfil</translation>
        </message>
        <message>
            <source>valgt</source>
            <translation>valgt</translation>
        </message>
        <message>
            <source>gjenkjent</source>
            <translation>gjenkjent</translation>
        </message>
        <message>
            <source>gjetning – sjekk</source>
            <translation>gjetning – sjekk</translation>
        </message>
        <message>
            <source>personopplysning – importeres ikke</source>
            <translation>personopplysning – importeres ikke</translation>
        </message>
        <message>
            <source>brukes ikke</source>
            <translation>brukes ikke</translation>
        </message>
        <message>
            <source>feltet er allerede brukt</source>
            <translation>feltet er allerede brukt</translation>
        </message>
        <message>
            <source>ikke koblet</source>
            <translation>ikke koblet</translation>
        </message>
        <message>
            <source>eier per bolig importeres ikke (utleier hører til avtalen)</source>
            <translation>eier per bolig importeres ikke (utleier hører til avtalen)</translation>
        </message>
        <message>
            <source>Kobos boligtype holdes ikke i boligreg</source>
            <translation>Kobos boligtype holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>depositum holdes ikke i boligreg</source>
            <translation>depositum holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>målernummer holdes ikke i boligreg</source>
            <translation>målernummer holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>antall soverom holdes ikke (bare antall rom)</source>
            <translation>antall soverom holdes ikke (bare antall rom)</translation>
        </message>
        <message>
            <source>skolekrets holdes ikke i boligreg</source>
            <translation>skolekrets holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>mva-kompensasjon holdes ikke i boligreg</source>
            <translation>mva-kompensasjon holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>bofellesskap holdes ikke i boligreg</source>
            <translation>bofellesskap holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>døgnbemanning holdes ikke i boligreg</source>
            <translation>døgnbemanning holdes ikke i boligreg</translation>
        </message>
        <message>
            <source>sluttdato for leieforhold importeres ikke herfra</source>
            <translation>sluttdato for leieforhold importeres ikke herfra</translation>
        </message>
        <message>
            <source>«{header}» ser ut til å gjelde en person; personopplysninger importeres ikke</source>
            <translation>«{header}» ser ut til å gjelde en person; personopplysninger importeres ikke</translation>
        </message>
        <message>
            <source>Kolonnen ser ut til å inneholde fødselsnummer; den importeres ikke</source>
            <translation>Kolonnen ser ut til å inneholde fødselsnummer; den importeres ikke</translation>
        </message>
        <message>
            <source>(skjult)</source>
            <translation>(skjult)</translation>
        </message>
        <message>
            <source>fra den lagrede koblingen</source>
            <translation>fra den lagrede koblingen</translation>
        </message>
        <message>
            <source>hoppes over etter koblingsfilen</source>
            <translation>hoppes over etter koblingsfilen</translation>
        </message>
        <message>
            <source>«{field}» er allerede koblet til kolonne {letter} «{header}»</source>
            <translation>«{field}» er allerede koblet til kolonne {letter} «{header}»</translation>
        </message>
        <message>
            <source>ikke koblet: ingen kjent overskrift</source>
            <translation>ikke koblet: ingen kjent overskrift</translation>
        </message>
        <message>
            <source>; verdiene er {looks}</source>
            <translation>; verdiene er {looks}</translation>
        </message>
        <message>
            <source> (nærmest «{field}», {percent} %)</source>
            <translation> (nærmest «{field}», {percent} %)</translation>
        </message>
        <message>
            <source>Personopplysninger importeres ikke</source>
            <translation>Personopplysninger importeres ikke</translation>
        </message>
        <message>
            <source>Ukjent felt «{field}»</source>
            <translation>Ukjent felt «{field}»</translation>
        </message>
        <message>
            <source>feltet ble flyttet til kolonne {letter}</source>
            <translation>feltet ble flyttet til kolonne {letter}</translation>
        </message>
        <message>
            <source>valgt av deg</source>
            <translation>valgt av deg</translation>
        </message>
        <message>
            <source>datoer</source>
            <translation>datoer</translation>
        </message>
        <message>
            <source>beløp</source>
            <translation>beløp</translation>
        </message>
        <message>
            <source>tall</source>
            <translation>tall</translation>
        </message>
        <message>
            <source>organisasjonsnumre</source>
            <translation>organisasjonsnumre</translation>
        </message>
        <message>
            <source>bruksenhetsnumre</source>
            <translation>bruksenhetsnumre</translation>
        </message>
        <message>
            <source>ja/nei</source>
            <translation>ja/nei</translation>
        </message>
        <message>
            <source>postnumre</source>
            <translation>postnumre</translation>
        </message>
        <message>
            <source>tekst</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>kjent overskrift</source>
            <translation>kjent overskrift</translation>
        </message>
        <message>
            <source>kjent overskrift («{header}»)</source>
            <translation>kjent overskrift («{header}»)</translation>
        </message>
        <message>
            <source>«{header}» + tillegg i parentes</source>
            <translation>«{header}» + tillegg i parentes</translation>
        </message>
        <message>
            <source> og </source>
            <translation> og </translation>
        </message>
        <message>
            <source>tillegg</source>
            <translation>tillegg</translation>
        </message>
        <message>
            <source>«{header}» + enhet {unit}</source>
            <translation>«{header}» + enhet {unit}</translation>
        </message>
        <message>
            <source>ordet «{word}»</source>
            <translation>ordet «{word}»</translation>
        </message>
        <message>
            <source>ligner «{header}»</source>
            <translation>ligner «{header}»</translation>
        </message>
        <message>
            <source>inneholder «{header}»</source>
            <translation>inneholder «{header}»</translation>
        </message>
        <message>
            <source>tom kolonne</source>
            <translation>tom kolonne</translation>
        </message>
        <message>
            <source>blandet innhold</source>
            <translation>blandet innhold</translation>
        </message>
        <message>
            <source>, f.eks. {examples}</source>
            <translation>, f.eks. {examples}</translation>
        </message>
        <message>
            <source>men bare {percent} av verdiene passer</source>
            <translation>men bare {percent} av verdiene passer</translation>
        </message>
        <message>
            <source>men verdiene er {kind}</source>
            <translation>men verdiene er {kind}</translation>
        </message>
        <message>
            <source>men verdiene er ikke {kind}</source>
            <translation>men verdiene er ikke {kind}</translation>
        </message>
        <message>
            <source>ukjent overskrift, men verdiene er {kind} ({percent})</source>
            <translation>ukjent overskrift, men verdiene er {kind} ({percent})</translation>
        </message>
        <message>
            <source>verdiene er valg for «{field}»; overskriften ser ut som en forkortelse</source>
            <translation>verdiene er valg for «{field}»; overskriften ser ut som en forkortelse</translation>
        </message>
        <message>
            <source>verdiene er valg for «{field}»</source>
            <translation>verdiene er valg for «{field}»</translation>
        </message>
        <message>
            <source>høy</source>
            <translation>høy</translation>
        </message>
        <message>
            <source>middels</source>
            <translation>middels</translation>
        </message>
        <message>
            <source>lav</source>
            <translation>lav</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>Boligen med denne ID-en er slettet i registeret; gjenopprett den der først</source>
            <translation>Boligen med denne ID-en er slettet i registeret; gjenopprett den der først</translation>
        </message>
        <message>
            <source>Samme bruksenhetsnummer og adresse finnes allerede i registeret som en annen bolig</source>
            <translation>Samme bruksenhetsnummer og adresse finnes allerede i registeret som en annen bolig</translation>
        </message>
        <message>
            <source>Registeret har {n} boliger med samme bruksenhetsnummer og adresse; rett dem opp først</source>
            <translation>Registeret har {n} boliger med samme bruksenhetsnummer og adresse; rett dem opp først</translation>
        </message>
        <message>
            <source>Boligen finnes allerede i registeret, men hos bydel {name}</source>
            <translation>Boligen finnes allerede i registeret, men hos bydel {name}</translation>
        </message>
        <message>
            <source>Adressen er allerede registrert som bygg i bydel {others}; en import for bydel {district} endrer ikke den andre bydelens bygg. Avklar hvilken bydel bygget hører til</source>
            <translation>Adressen er allerede registrert som bygg i bydel {others}; en import for bydel {district} endrer ikke den andre bydelens bygg. Avklar hvilken bydel bygget hører til</translation>
        </message>
        <message>
            <source>Registeret har {n} avtaler med dette avtalenummeret</source>
            <translation>Registeret har {n} avtaler med dette avtalenummeret</translation>
        </message>
        <message>
            <source>Avtalenummeret tilhører en avtale i bydel {other}; en import for bydel {district} endrer den ikke</source>
            <translation>Avtalenummeret tilhører en avtale i bydel {other}; en import for bydel {district} endrer den ikke</translation>
        </message>
        <message>
            <source>Skriver nye poster ({table})</source>
            <translation>Skriver nye poster ({table})</translation>
        </message>
        <message>
            <source>Oppdaterer endrede poster ({table})</source>
            <translation>Oppdaterer endrede poster ({table})</translation>
        </message>
    </context>
    <context>
        <name>ImportRow</name>
        <message>
            <source>Slett en av radene, eller rett celle {cell} hvis det er to boliger.</source>
            <translation>Slett en av radene, eller rett celle {cell} hvis det er to boliger.</translation>
        </message>
        <message>
            <source>Skriv det samme i celle {cell} som på rad {row}, eller rett den.</source>
            <translation>Skriv det samme i celle {cell} som på rad {row}, eller rett den.</translation>
        </message>
        <message>
            <source>Fyll inn celle {cell}.</source>
            <translation>Fyll inn celle {cell}.</translation>
        </message>
        <message>
            <source>Rett celle {cell} i regnearket.</source>
            <translation>Rett celle {cell} i regnearket.</translation>
        </message>
        <message>
            <source>rad {row}, kolonne {column} «{header}»</source>
            <translation>rad {row}, kolonne {column} «{header}»</translation>
        </message>
        <message>
            <source>rad {row}</source>
            <translation>rad {row}</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}», som må være med.</source>
            <translation>Ingen kolonne er koblet til «{field}», som må være med.</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}» (eller «{other}»), som må være med.</source>
            <translation>Ingen kolonne er koblet til «{field}» (eller «{other}»), som må være med.</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}». Koble en kolonne, eller velg bydelen alle radene gjelder.</source>
            <translation>Ingen kolonne er koblet til «{field}». Koble en kolonne, eller velg bydelen alle radene gjelder.</translation>
        </message>
        <message>
            <source>Leser kolonnen «{header}»</source>
            <translation>Leser kolonnen «{header}»</translation>
        </message>
        <message>
            <source>Kontrollerer radene</source>
            <translation>Kontrollerer radene</translation>
        </message>
        <message>
            <source>{n} rader kontrollert</source>
            <translation>{n} rader kontrollert</translation>
        </message>
        <message>
            <source>Verdien kan ikke leses ({error})</source>
            <translation>Verdien kan ikke leses ({error})</translation>
        </message>
        <message>
            <source>{part} {value} i egen kolonne stemmer ikke med matrikkelnummeret</source>
            <translation>{part} {value} i egen kolonne stemmer ikke med matrikkelnummeret</translation>
        </message>
        <message>
            <source>Personalbase = ja, men faktisk bruk sier noe annet</source>
            <translation>Personalbase = ja, men faktisk bruk sier noe annet</translation>
        </message>
        <message>
            <source>Raden gjelder bydel {given}, men importen er for bydel {district}</source>
            <translation>Raden gjelder bydel {given}, men importen er for bydel {district}</translation>
        </message>
        <message>
            <source>{field} mangler</source>
            <translation>{field} mangler</translation>
        </message>
        <message>
            <source>En eid bolig kan ikke ha innleie- eller tilvisningsavtale</source>
            <translation>En eid bolig kan ikke ha innleie- eller tilvisningsavtale</translation>
        </message>
        <message>
            <source>Avtaletype mangler: fyll inn avtaletype, eller disposisjonsform innleid/tilvisning</source>
            <translation>Avtaletype mangler: fyll inn avtaletype, eller disposisjonsform innleid/tilvisning</translation>
        </message>
        <message>
            <source>Avtaletypen passer ikke med disposisjonsformen</source>
            <translation>Avtaletypen passer ikke med disposisjonsformen</translation>
        </message>
        <message>
            <source>«{field}» er fylt ut, men avtalenummeret mangler; avtaleopplysninger (utleier, leie, datoer) krever et avtalenummer. Fyll inn avtalenummeret, eller tøm avtalecellene</source>
            <translation>«{field}» er fylt ut, men avtalenummeret mangler; avtaleopplysninger (utleier, leie, datoer) krever et avtalenummer. Fyll inn avtalenummeret, eller tøm avtalecellene</translation>
        </message>
        <message>
            <source>Avtalen slutter før den begynner</source>
            <translation>Avtalen slutter før den begynner</translation>
        </message>
        <message>
            <source>Datoen ligger fram i tid</source>
            <translation>Datoen ligger fram i tid</translation>
        </message>
        <message>
            <source>Boligen står som utleid, men har en ledig-fra-dato</source>
            <translation>Boligen står som utleid, men har en ledig-fra-dato</translation>
        </message>
        <message>
            <source>Boligen står som ledig, men har et løpende leieforhold (innflyttet)</source>
            <translation>Boligen står som ledig, men har et løpende leieforhold (innflyttet)</translation>
        </message>
        <message>
            <source>Samme bolig står også på rad {row}</source>
            <translation>Samme bolig står også på rad {row}</translation>
        </message>
        <message>
            <source>Bygget</source>
            <translation>Bygget</translation>
        </message>
        <message>
            <source>Avtale {reference}</source>
            <translation>Avtale {reference}</translation>
        </message>
        <message>
            <source>{what} har {field} «{value}» på rad {row}</source>
            <translation>{what} har {field} «{value}» på rad {row}</translation>
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
        <name>ImportSummary</name>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rader</translation>
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
            <source>1 endret</source>
            <translation>1 endret</translation>
        </message>
        <message>
            <source>{n} endret</source>
            <translation>{n} endret</translation>
        </message>
        <message>
            <source>1 uendret</source>
            <translation>1 uendret</translation>
        </message>
        <message>
            <source>{n} uendret</source>
            <translation>{n} uendret</translation>
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
            <source>1 nytt bygg</source>
            <translation>1 nytt bygg</translation>
        </message>
        <message>
            <source>{n} nye bygg</source>
            <translation>{n} nye bygg</translation>
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
            <source>1 ny kobling</source>
            <translation>1 ny kobling</translation>
        </message>
        <message>
            <source>{n} nye koblinger</source>
            <translation>{n} nye koblinger</translation>
        </message>
        <message>
            <source>1 nytt</source>
            <translation>1 nytt</translation>
        </message>
        <message>
            <source>{n} nye</source>
            <translation>{n} nye</translation>
        </message>
        <message>
            <source>1 advarsel</source>
            <translation>1 advarsel</translation>
        </message>
        <message>
            <source>{n} advarsler</source>
            <translation>{n} advarsler</translation>
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
            <source>Kolonne {letter} «{header}»: {why}</source>
            <translation>Kolonne {letter} «{header}»: {why}</translation>
        </message>
        <message>
            <source>Fil: {name} ({kind}), overskrift på rad {row}, {rows} med data.</source>
            <translation>Fil: {name} ({kind}), overskrift på rad {row}, {rows} med data.</translation>
        </message>
        <message>
            <source>Hoppet over {rows} som ikke er data (ikke feil):</source>
            <translation>Hoppet over {rows} som ikke er data (ikke feil):</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… og {n} til</translation>
        </message>
        <message>
            <source>Boliger: {new}, {changed}, {unchanged} ({fields}).</source>
            <translation>Boliger: {new}, {changed}, {unchanged} ({fields}).</translation>
        </message>
        <message>
            <source>Bygg: {new}, {changed}. Avtaler: {agreements}, {agreements_changed}, {links} til boliger. Vedlikeholdsansvar: {resp}, {resp_changed}.</source>
            <translation>Bygg: {new}, {changed}. Avtaler: {agreements}, {agreements_changed}, {links} til boliger. Vedlikeholdsansvar: {resp}, {resp_changed}.</translation>
        </message>
        <message>
            <source>{warnings} (importeres, men bør sjekkes):</source>
            <translation>{warnings} (importeres, men bør sjekkes):</translation>
        </message>
        <message>
            <source>Kolonnekoblingen mangler felt som må være med, så ingen rader kan importeres.</source>
            <translation>Kolonnekoblingen mangler felt som må være med, så ingen rader kan importeres.</translation>
        </message>
        <message>
            <source>{errors} i {rows}.</source>
            <translation>{errors} i {rows}.</translation>
        </message>
        <message>
            <source>{rows} med feil er hoppet over.</source>
            <translation>{rows} med feil er hoppet over.</translation>
        </message>
        <message>
            <source>Lagret i databasen.</source>
            <translation>Lagret i databasen.</translation>
        </message>
        <message>
            <source>Ingen endringer: registeret hadde alt dette fra før.</source>
            <translation>Ingen endringer: registeret hadde alt dette fra før.</translation>
        </message>
        <message>
            <source>Prøvekjøring: ingenting er lagret.</source>
            <translation>Prøvekjøring: ingenting er lagret.</translation>
        </message>
        <message>
            <source>Ingenting er lagret. Rett feilene i filen, eller bruk --skip-invalid for å lagre bare radene uten feil.</source>
            <translation>Ingenting er lagret. Rett feilene i filen, eller bruk --skip-invalid for å lagre bare radene uten feil.</translation>
        </message>
    </context>
    <context>
        <name>ImportValue</name>
        <message>
            <source>Arealet</source>
            <translation>Arealet</translation>
        </message>
        <message>
            <source>Leien</source>
            <translation>Leien</translation>
        </message>
        <message>
            <source>Gårdsnummer (gnr)</source>
            <translation>Gårdsnummer (gnr)</translation>
        </message>
        <message>
            <source>Bruksnummer (bnr)</source>
            <translation>Bruksnummer (bnr)</translation>
        </message>
        <message>
            <source>Festenummer (fnr)</source>
            <translation>Festenummer (fnr)</translation>
        </message>
        <message>
            <source>Seksjonsnummer (snr)</source>
            <translation>Seksjonsnummer (snr)</translation>
        </message>
        <message>
            <source>Byggeåret</source>
            <translation>Byggeåret</translation>
        </message>
        <message>
            <source>Oppsigelsestiden</source>
            <translation>Oppsigelsestiden</translation>
        </message>
        <message>
            <source>Antall boliger i prosjektet</source>
            <translation>Antall boliger i prosjektet</translation>
        </message>
        <message>
            <source>Husnummeret</source>
            <translation>Husnummeret</translation>
        </message>
        <message>
            <source>Ventet tekst, fant en sann/usann-verdi</source>
            <translation>Ventet tekst, fant en sann/usann-verdi</translation>
        </message>
        <message>
            <source>Teksten er for lang ({n} tegn, høyst {most})</source>
            <translation>Teksten er for lang ({n} tegn, høyst {most})</translation>
        </message>
        <message>
            <source>Verdien</source>
            <translation>Verdien</translation>
        </message>
        <message>
            <source>{what} må være et tall</source>
            <translation>{what} må være et tall</translation>
        </message>
        <message>
            <source>«{value}» er ikke et tall</source>
            <translation>«{value}» er ikke et tall</translation>
        </message>
        <message>
            <source>{what} må være et vanlig tall</source>
            <translation>{what} må være et vanlig tall</translation>
        </message>
        <message>
            <source>{what} kan ikke være mindre enn {low}</source>
            <translation>{what} kan ikke være mindre enn {low}</translation>
        </message>
        <message>
            <source>{what} kan ikke være større enn {high}</source>
            <translation>{what} kan ikke være større enn {high}</translation>
        </message>
        <message>
            <source>{what} må være et helt tall</source>
            <translation>{what} må være et helt tall</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Antall rom</translation>
        </message>
        <message>
            <source>«{value}» er ingen gyldig dato</source>
            <translation>«{value}» er ingen gyldig dato</translation>
        </message>
        <message>
            <source>Datoen {date} er urimelig (ventet 1850–2100)</source>
            <translation>Datoen {date} er urimelig (ventet 1850–2100)</translation>
        </message>
        <message>
            <source>{value} er verken en dato eller et Excel-datotall</source>
            <translation>{value} er verken en dato eller et Excel-datotall</translation>
        </message>
        <message>
            <source>Ventet en dato</source>
            <translation>Ventet en dato</translation>
        </message>
        <message>
            <source>Ukjent måned «{value}»</source>
            <translation>Ukjent måned «{value}»</translation>
        </message>
        <message>
            <source>«{value}» er ingen dato; skriv dd.mm.åååå, f.eks. 05.01.2024</source>
            <translation>«{value}» er ingen dato; skriv dd.mm.åååå, f.eks. 05.01.2024</translation>
        </message>
        <message>
            <source>Skriv ja eller nei (eller x, 1 eller 0)</source>
            <translation>Skriv ja eller nei (eller x, 1 eller 0)</translation>
        </message>
        <message>
            <source>disposisjonsform</source>
            <translation>disposisjonsform</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>faktisk bruk</source>
            <translation>faktisk bruk</translation>
        </message>
        <message>
            <source>målgruppe</source>
            <translation>målgruppe</translation>
        </message>
        <message>
            <source>avtaletype</source>
            <translation>avtaletype</translation>
        </message>
        <message>
            <source>ansvarlig</source>
            <translation>ansvarlig</translation>
        </message>
        <message>
            <source>eier</source>
            <translation>eier</translation>
        </message>
        <message>
            <source>verdi</source>
            <translation>verdi</translation>
        </message>
        <message>
            <source>Ukjent {what} «{value}»; bruk en av: {labels}</source>
            <translation>Ukjent {what} «{value}»; bruk en av: {labels}</translation>
        </message>
        <message>
            <source>Ukjent bydel «{value}»</source>
            <translation>Ukjent bydel «{value}»</translation>
        </message>
        <message>
            <source>Ukjent bydel «{value}»; bruk nummer (01–15) eller navn</source>
            <translation>Ukjent bydel «{value}»; bruk nummer (01–15) eller navn</translation>
        </message>
        <message>
            <source>{name} har ingen kommunale boliger av egne; oppgi disponerende bydel (01–15)</source>
            <translation>{name} har ingen kommunale boliger av egne; oppgi disponerende bydel (01–15)</translation>
        </message>
        <message>
            <source>Postnummer må ha 4 siffer</source>
            <translation>Postnummer må ha 4 siffer</translation>
        </message>
        <message>
            <source>Kommunenummer «{value}» er ikke Oslo ({oslo})</source>
            <translation>Kommunenummer «{value}» er ikke Oslo ({oslo})</translation>
        </message>
        <message>
            <source>ID-en er ikke en boligreg-ID (UUID)</source>
            <translation>ID-en er ikke en boligreg-ID (UUID)</translation>
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
        <name>Maintenance</name>
        <message>
            <source>Komplett</source>
            <translation>Komplett</translation>
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
            <source>Vanlig fordeling: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</source>
            <translation>Vanlig fordeling: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</translation>
        </message>
        <message>
            <source>Eid av {owner}: {party} har alt vedlikehold.</source>
            <translation>Eid av {owner}: {party} har alt vedlikehold.</translation>
        </message>
        <message>
            <source>Privat eier (innleie/tilvisning): utleier har alt vedlikehold etter avtalen.</source>
            <translation>Privat eier (innleie/tilvisning): utleier har alt vedlikehold etter avtalen.</translation>
        </message>
        <message>
            <source>{owner}: styret har ytre, tekniske anlegg og uteområder; indre følger den som disponerer boligen (Boligbygg for kommunens egne, utleier for innleide).</source>
            <translation>{owner}: styret har ytre, tekniske anlegg og uteområder; indre følger den som disponerer boligen (Boligbygg for kommunens egne, utleier for innleide).</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceScope</name>
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
        <name>Map</name>
        <message>
            <source>Ingen tall å vise</source>
            <translation>Ingen tall å vise</translation>
        </message>
        <message>
            <source>ingen tall</source>
            <translation>ingen tall</translation>
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
        <name>OwnerKind</name>
        <message>
            <source>Boligbygg Oslo KF</source>
            <translation>Boligbygg Oslo KF</translation>
        </message>
        <message>
            <source>Oslobygg KF</source>
            <translation>Oslobygg KF</translation>
        </message>
        <message>
            <source>Borettslag</source>
            <translation>Borettslag</translation>
        </message>
        <message>
            <source>Sameie</source>
            <translation>Sameie</translation>
        </message>
        <message>
            <source>Privat</source>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Side {page} av {total}</source>
            <translation>Side {page} av {total}</translation>
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
        <name>RecordDetail</name>
        <message>
            <source>SLETTET</source>
            <translation>SLETTET</translation>
        </message>
        <message>
            <source>versjon {version}  ·  endret {when} av {who}</source>
            <translation>versjon {version}  ·  endret {when} av {who}</translation>
        </message>
        <message>
            <source>løpende</source>
            <translation>løpende</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>Vedlikehold</translation>
        </message>
        <message>
            <source>{scope}: mangler</source>
            <translation>{scope}: mangler</translation>
        </message>
        <message>
            <source>ingen ansvarlig registrert</source>
            <translation>ingen ansvarlig registrert</translation>
        </message>
        <message>
            <source>gjelder denne boligen</source>
            <translation>gjelder denne boligen</translation>
        </message>
        <message>
            <source>gjelder eiendommen</source>
            <translation>gjelder eiendommen</translation>
        </message>
        <message>
            <source>DOBBELT ANSVAR</source>
            <translation>DOBBELT ANSVAR</translation>
        </message>
        <message>
            <source>(ukjent eiendom)</source>
            <translation>(ukjent eiendom)</translation>
        </message>
        <message>
            <source>eier: {owner}</source>
            <translation>eier: {owner}</translation>
        </message>
        <message>
            <source>avtale til {date}</source>
            <translation>avtale til {date}</translation>
        </message>
        <message>
            <source>UTLØPT</source>
            <translation>UTLØPT</translation>
        </message>
        <message>
            <source>utløper om {days} dager</source>
            <translation>utløper om {days} dager</translation>
        </message>
        <message>
            <source>neste vurdering {date}</source>
            <translation>neste vurdering {date}</translation>
        </message>
        <message>
            <source>sak {reference}</source>
            <translation>sak {reference}</translation>
        </message>
        <message>
            <source>org.nr. {orgnr}</source>
            <translation>org.nr. {orgnr}</translation>
        </message>
        <message>
            <source>{n} avtaler i alt</source>
            <translation>{n} avtaler i alt</translation>
        </message>
        <message>
            <source>AVSLUTTET</source>
            <translation>AVSLUTTET</translation>
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
        <name>Records</name>
        <message>
            <source>Eiendommen har {n} registrerte boliger. Slett eller flytt boligene først.</source>
            <translation>Eiendommen har {n} registrerte boliger. Slett eller flytt boligene først.</translation>
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
        <name>ResponsibleParty</name>
        <message>
            <source>Boligbygg</source>
            <translation>Boligbygg</translation>
        </message>
        <message>
            <source>Oslobygg</source>
            <translation>Oslobygg</translation>
        </message>
        <message>
            <source>Bydelen</source>
            <translation>Bydelen</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Utleier</translation>
        </message>
        <message>
            <source>Borettslag/sameie</source>
            <translation>Borettslag/sameie</translation>
        </message>
        <message>
            <source>Leietaker</source>
            <translation>Leietaker</translation>
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
        <name>Scenario</name>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Innleie/år</source>
            <translation>Innleie/år</translation>
        </message>
        <message>
            <source>Husleie/år</source>
            <translation>Husleie/år</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Ledige</translation>
        </message>
        <message>
            <source>Åpne avvik</source>
            <translation>Åpne avvik</translation>
        </message>
        <message>
            <source>Med vedl.ansvar</source>
            <translation>Med vedl.ansvar</translation>
        </message>
        <message>
            <source>Scenario: {name} (fra {when})</source>
            <translation>Scenario: {name} (fra {when})</translation>
        </message>
        <message>
            <source>Alle innleie- og tilvisningsavtaler til Boligbygg</source>
            <translation>Alle innleie- og tilvisningsavtaler til Boligbygg</translation>
        </message>
        <message>
            <source>Velferdsetatens boliger til Bydel …</source>
            <translation>Velferdsetatens boliger til Bydel …</translation>
        </message>
        <message>
            <source>Boligbygg Oslo KF overtar alle innleie- og tilvisningsavtaler som bydelene og Velferdsetaten har i dag. Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</source>
            <translation>Boligbygg Oslo KF overtar alle innleie- og tilvisningsavtaler som bydelene og Velferdsetaten har i dag. Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</translation>
        </message>
        <message>
            <source>Velferdsetatens boliger til {name}</source>
            <translation>Velferdsetatens boliger til {name}</translation>
        </message>
        <message>
            <source>{name} overtar disposisjonen av boligene Velferdsetaten disponerer i dag (boliger for personer med funksjonsnedsettelser).</source>
            <translation>{name} overtar disposisjonen av boligene Velferdsetaten disponerer i dag (boliger for personer med funksjonsnedsettelser).</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPdf</name>
        <message>
            <source>Boliger</source>
            <translation>Boliger</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <source>Innleie/år (kr)</source>
            <translation>Innleie/år (kr)</translation>
        </message>
        <message>
            <source>Husleie/år (kr)</source>
            <translation>Husleie/år (kr)</translation>
        </message>
        <message>
            <source>Ledige</source>
            <translation>Ledige</translation>
        </message>
        <message>
            <source>Åpne avvik</source>
            <translation>Åpne avvik</translation>
        </message>
        <message>
            <source>Med vedl.ansvar</source>
            <translation>Med vedl.ansvar</translation>
        </message>
        <message>
            <source>Boliger enheten disponerer</source>
            <translation>Boliger enheten disponerer</translation>
        </message>
        <message>
            <source>Gjeldende avtaler enheten har ansvar for</source>
            <translation>Gjeldende avtaler enheten har ansvar for</translation>
        </message>
        <message>
            <source>Innleiekostnad per år (kr)</source>
            <translation>Innleiekostnad per år (kr)</translation>
        </message>
        <message>
            <source>Husleie per år (kr)</source>
            <translation>Husleie per år (kr)</translation>
        </message>
        <message>
            <source>Ledige boliger</source>
            <translation>Ledige boliger</translation>
        </message>
        <message>
            <source>Boliger med vedlikeholdsansvar</source>
            <translation>Boliger med vedlikeholdsansvar</translation>
        </message>
        <message>
            <source>Boliger: boligene enheten disponerer. Avtaler: gjeldende innleie- og tilvisningsavtaler enheten har ansvar for. Innleie/år: avtalenes månedsleie × 12. Husleie/år: husleien for boligene enheten disponerer × 12. Ledige: ledige boliger. Åpne avvik: åpne avvik på enhetens boliger og avtaler. Med vedl.ansvar: enhetens boliger med gjeldende vedlikeholdsansvar, på boligen eller bygget.</source>
            <translation>Boliger: boligene enheten disponerer. Avtaler: gjeldende innleie- og tilvisningsavtaler enheten har ansvar for. Innleie/år: avtalenes månedsleie × 12. Husleie/år: husleien for boligene enheten disponerer × 12. Ledige: ledige boliger. Åpne avvik: åpne avvik på enhetens boliger og avtaler. Med vedl.ansvar: enhetens boliger med gjeldende vedlikeholdsansvar, på boligen eller bygget.</translation>
        </message>
        <message>
            <source>Før</source>
            <translation>Før</translation>
        </message>
        <message>
            <source>Etter</source>
            <translation>Etter</translation>
        </message>
        <message>
            <source>Ingen enhet har noe av dette.</source>
            <translation>Ingen enhet har noe av dette.</translation>
        </message>
        <message>
            <source>Scenario: {name}</source>
            <translation>Scenario: {name}</translation>
        </message>
        <message>
            <source>Beregnet {day} kl. {time} · overføringene gjelder fra {date}</source>
            <translation>Beregnet {day} kl. {time} · overføringene gjelder fra {date}</translation>
        </message>
        <message>
            <source>DEMODATA: boligene, avtalene og fordelingen på enheter er syntetiske.</source>
            <translation>DEMODATA: boligene, avtalene og fordelingen på enheter er syntetiske.</translation>
        </message>
        <message>
            <source>Hva flyttes</source>
            <translation>Hva flyttes</translation>
        </message>
        <message>
            <source>Ingenting er lagret: scenarioet ble regnet på en kopi av registeret i minnet.</source>
            <translation>Ingenting er lagret: scenarioet ble regnet på en kopi av registeret i minnet.</translation>
        </message>
        <message>
            <source>Per enhet, før og etter</source>
            <translation>Per enhet, før og etter</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Tall i fet skrift endres.</source>
            <translation>Tall i fet skrift endres.</translation>
        </message>
        <message>
            <source>Før og etter</source>
            <translation>Før og etter</translation>
        </message>
        <message>
            <source>Scenario fra boligreg: før og etter per enhet</source>
            <translation>Scenario fra boligreg: før og etter per enhet</translation>
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
        <name>Severity</name>
        <message>
            <source>Lav</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>Middels</source>
            <translation>Middels</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>Høy</translation>
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
        <name>SyncConnect</name>
        <message>
            <source>Får ikke kontakt med serveren</source>
            <translation>Får ikke kontakt med serveren</translation>
        </message>
        <message>
            <source>Finner ikke serveren</source>
            <translation>Finner ikke serveren</translation>
        </message>
        <message>
            <source>Passord mangler</source>
            <translation>Passord mangler</translation>
        </message>
        <message>
            <source>Feil brukernavn eller passord</source>
            <translation>Feil brukernavn eller passord</translation>
        </message>
        <message>
            <source>Databasen finnes ikke</source>
            <translation>Databasen finnes ikke</translation>
        </message>
        <message>
            <source>Ingen tilgang til databasen</source>
            <translation>Ingen tilgang til databasen</translation>
        </message>
        <message>
            <source>Ikke en boligreg-sentraldatabase</source>
            <translation>Ikke en boligreg-sentraldatabase</translation>
        </message>
        <message>
            <source>Feil skjemaversjon</source>
            <translation>Feil skjemaversjon</translation>
        </message>
        <message>
            <source>Feil type bruker</source>
            <translation>Feil type bruker</translation>
        </message>
        <message>
            <source>Ingen rolle for bydelen</source>
            <translation>Ingen rolle for bydelen</translation>
        </message>
        <message>
            <source>Sentraldatabasen er opptatt</source>
            <translation>Sentraldatabasen er opptatt</translation>
        </message>
        <message>
            <source>Forbindelsen ble brutt</source>
            <translation>Forbindelsen ble brutt</translation>
        </message>
        <message>
            <source>Passordlageret er ikke tilgjengelig</source>
            <translation>Passordlageret er ikke tilgjengelig</translation>
        </message>
        <message>
            <source>Tilkoblingen feilet</source>
            <translation>Tilkoblingen feilet</translation>
        </message>
        <message>
            <source>Tilkoblet som {user} — {roles}. Sentraldatabasen er klar for synkronisering.</source>
            <translation>Tilkoblet som {user} — {roles}. Sentraldatabasen er klar for synkronisering.</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Revisor</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Bydel {name}</source>
            <translation>Bydel {name}</translation>
        </message>
    </context>
    <context>
        <name>SyncResult</name>
        <message>
            <source>sendt {n}</source>
            <translation>sendt {n}</translation>
        </message>
        <message>
            <source>hentet {n}</source>
            <translation>hentet {n}</translation>
        </message>
        <message>
            <source>flettet {n}</source>
            <translation>flettet {n}</translation>
        </message>
        <message>
            <source>1 ny konflikt</source>
            <translation>1 ny konflikt</translation>
        </message>
        <message>
            <source>{n} nye konflikter</source>
            <translation>{n} nye konflikter</translation>
        </message>
        <message>
            <source>{n} avvist</source>
            <translation>{n} avvist</translation>
        </message>
        <message>
            <source>publiserte faktaark sendt {sent}, hentet {received}</source>
            <translation>publiserte faktaark sendt {sent}, hentet {received}</translation>
        </message>
        <message>
            <source>{n} utgave(r) ikke sendt (samme nummer fra en annen kopi)</source>
            <translation>{n} utgave(r) ikke sendt (samme nummer fra en annen kopi)</translation>
        </message>
        <message>
            <source>Synkronisert: {parts}.</source>
            <translation>Synkronisert: {parts}.</translation>
        </message>
        <message>
            <source>1 konflikt venter på deg.</source>
            <translation>1 konflikt venter på deg.</translation>
        </message>
        <message>
            <source>{n} konflikter venter på deg.</source>
            <translation>{n} konflikter venter på deg.</translation>
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
        <name>TablePdf</name>
        <message>
            <source>Ingen rader i utvalget.</source>
            <translation>Ingen rader i utvalget.</translation>
        </message>
        <message>
            <source>Utskrevet {time}</source>
            <translation>Utskrevet {time}</translation>
        </message>
        <message>
            <source>Liste fra boligreg</source>
            <translation>Liste fra boligreg</translation>
        </message>
    </context>
    <context>
        <name>TargetGroup</name>
        <message>
            <source>Ordinær</source>
            <translation>Ordinær</translation>
        </message>
        <message>
            <source>Barnefamilier</source>
            <translation>Barnefamilier</translation>
        </message>
        <message>
            <source>Eldre</source>
            <translation>Eldre</translation>
        </message>
        <message>
            <source>Funksjonsnedsettelse</source>
            <translation>Funksjonsnedsettelse</translation>
        </message>
        <message>
            <source>Rus og psykisk helse</source>
            <translation>Rus og psykisk helse</translation>
        </message>
        <message>
            <source>Flyktninger</source>
            <translation>Flyktninger</translation>
        </message>
        <message>
            <source>Ungdom</source>
            <translation>Ungdom</translation>
        </message>
        <message>
            <source>Midlertidig</source>
            <translation>Midlertidig</translation>
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
        <name>TenancyKind</name>
        <message>
            <source>Tidsbestemt</source>
            <translation>Tidsbestemt</translation>
        </message>
        <message>
            <source>Tidsubestemt</source>
            <translation>Tidsubestemt</translation>
        </message>
    </context>
    <context>
        <name>Tenure</name>
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
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>Overføring {reference}: {sender} → {receiver}, gjelder fra {date}</source>
            <translation>Overføring {reference}: {sender} → {receiver}, gjelder fra {date}</translation>
        </message>
        <message>
            <source>Flyttes: {dwellings} boliger, {agreements} avtaler, {maintenance} vedlikeholdsansvar, {findings} åpne avvik, {tenancies} løpende leieforhold.</source>
            <translation>Flyttes: {dwellings} boliger, {agreements} avtaler, {maintenance} vedlikeholdsansvar, {findings} åpne avvik, {tenancies} løpende leieforhold.</translation>
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
            <source>{role} {unit}: boliger {d0} → {d1}, avtaler {a0} → {a1}, husleie/mnd {r0} → {r1}, innleie/mnd {l0} → {l1}</source>
            <translation>{role} {unit}: boliger {d0} → {d1}, avtaler {a0} → {a1}, husleie/mnd {r0} → {r1}, innleie/mnd {l0} → {l1}</translation>
        </message>
        <message>
            <source>{reference}: {n} boliger {sender} → {receiver}, fra {date}</source>
            <translation>{reference}: {n} boliger {sender} → {receiver}, fra {date}</translation>
        </message>
        <message>
            <source>{reference}: {n} avtaler {sender} → {receiver}, fra {date}</source>
            <translation>{reference}: {n} avtaler {sender} → {receiver}, fra {date}</translation>
        </message>
        <message>
            <source>(angret {date})</source>
            <translation>(angret {date})</translation>
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
        <name>UnitKind</name>
        <message>
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Sentral enhet</source>
            <translation>Sentral enhet</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>9 siffer</source>
            <translation>9 siffer</translation>
        </message>
        <message>
            <source>åååå</source>
            <translation>åååå</translation>
        </message>
        <message>
            <source>f.eks. 54,5</source>
            <translation>f.eks. 54,5</translation>
        </message>
        <message>
            <source>tom = løpende</source>
            <translation>tom = løpende</translation>
        </message>
        <message>
            <source>kr per måned</source>
            <translation>kr per måned</translation>
        </message>
        <message>
            <source>f.eks. 2024/12345</source>
            <translation>f.eks. 2024/12345</translation>
        </message>
        <message>
            <source>Inneholder et NUL-tegn (tegnkode 0), som ikke kan lagres</source>
            <translation>Inneholder et NUL-tegn (tegnkode 0), som ikke kan lagres</translation>
        </message>
        <message>
            <source>Velg {field}</source>
            <translation>Velg {field}</translation>
        </message>
        <message>
            <source>Fyll ut {field}</source>
            <translation>Fyll ut {field}</translation>
        </message>
        <message>
            <source>Høyst {most} tegn (nå {now})</source>
            <translation>Høyst {most} tegn (nå {now})</translation>
        </message>
        <message>
            <source>Skriv et helt tall</source>
            <translation>Skriv et helt tall</translation>
        </message>
        <message>
            <source>Skriv et tall, f.eks. 54,5</source>
            <translation>Skriv et tall, f.eks. 54,5</translation>
        </message>
        <message>
            <source>Ugyldig dato – skriv dd.mm.åååå</source>
            <translation>Ugyldig dato – skriv dd.mm.åååå</translation>
        </message>
        <message>
            <source>Ukjent verdi «{value}»</source>
            <translation>Ukjent verdi «{value}»</translation>
        </message>
        <message>
            <source>Datoen kan ikke være fram i tid</source>
            <translation>Datoen kan ikke være fram i tid</translation>
        </message>
        <message>
            <source>Arealet kan ikke være negativt</source>
            <translation>Arealet kan ikke være negativt</translation>
        </message>
        <message>
            <source>Arealet må være større enn 0</source>
            <translation>Arealet må være større enn 0</translation>
        </message>
        <message>
            <source>Over 1000 m² er ikke en bolig – sjekk tallet</source>
            <translation>Over 1000 m² er ikke en bolig – sjekk tallet</translation>
        </message>
        <message>
            <source>Antall rom må være mellom 1 og 30</source>
            <translation>Antall rom må være mellom 1 og 30</translation>
        </message>
        <message>
            <source>Oppgi når boligen ble ledig</source>
            <translation>Oppgi når boligen ble ledig</translation>
        </message>
        <message>
            <source>Bare en ledig bolig har «ledig siden»: tøm feltet</source>
            <translation>Bare en ledig bolig har «ledig siden»: tøm feltet</translation>
        </message>
        <message>
            <source>Fyll ut gårdsnummer og bruksnummer først</source>
            <translation>Fyll ut gårdsnummer og bruksnummer først</translation>
        </message>
        <message>
            <source>Byggeåret kan ikke være fram i tid</source>
            <translation>Byggeåret kan ikke være fram i tid</translation>
        </message>
        <message>
            <source>Skriv byggeåret med fire siffer</source>
            <translation>Skriv byggeåret med fire siffer</translation>
        </message>
        <message>
            <source>Sluttdatoen kan ikke være før startdatoen</source>
            <translation>Sluttdatoen kan ikke være før startdatoen</translation>
        </message>
        <message>
            <source>Oppsigelsestiden må være mellom 0 og 60 måneder</source>
            <translation>Oppsigelsestiden må være mellom 0 og 60 måneder</translation>
        </message>
        <message>
            <source>Leien kan ikke være negativ</source>
            <translation>Leien kan ikke være negativ</translation>
        </message>
        <message>
            <source>Prosjektet må ha minst én bolig</source>
            <translation>Prosjektet må ha minst én bolig</translation>
        </message>
        <message>
            <source>«Gyldig til» kan ikke være før «gyldig fra»</source>
            <translation>«Gyldig til» kan ikke være før «gyldig fra»</translation>
        </message>
        <message>
            <source>Neste vurdering kan ikke være før startdatoen</source>
            <translation>Neste vurdering kan ikke være før startdatoen</translation>
        </message>
        <message>
            <source>Et tidsbestemt leieforhold må ha en sluttdato</source>
            <translation>Et tidsbestemt leieforhold må ha en sluttdato</translation>
        </message>
        <message>
            <source>Ligner et fødselsnummer – skriv bare saksnummeret</source>
            <translation>Ligner et fødselsnummer – skriv bare saksnummeret</translation>
        </message>
        <message>
            <source>Anbefalt: når skal leieforholdet vurderes?</source>
            <translation>Anbefalt: når skal leieforholdet vurderes?</translation>
        </message>
    </context>
    <context>
        <name>Value</name>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
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

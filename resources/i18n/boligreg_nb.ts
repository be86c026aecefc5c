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
        <message>
            <source>Bolig</source>
            <translation>Bolig</translation>
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
            <source>Boliger</source>
            <translation>Boliger</translation>
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
            <source>boligreg-ID</source>
            <translation>boligreg-ID</translation>
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
            <source>facts.md: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</source>
            <translation>facts.md: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</translation>
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
</TS>

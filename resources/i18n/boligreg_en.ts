<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>ActualUse</name>
        <message>
            <source>Bolig</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Personalbase</source>
            <translation>Staff base</translation>
        </message>
        <message>
            <source>Kontor</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Lager</source>
            <translation>Storage</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>AgreementKind</name>
        <message>
            <source>Innleieavtale</source>
            <translation>Lease agreement</translation>
        </message>
        <message>
            <source>Tilvisningsavtale</source>
            <translation>Referral agreement</translation>
        </message>
    </context>
    <context>
        <name>AuditRule</name>
        <message>
            <source>Bolig brukt til annet formål</source>
            <translation>Dwelling used for another purpose</translation>
        </message>
        <message>
            <source>Boligen er registrert med faktisk bruk som personalbase,
    kontor, lager eller annet i stedet for bolig. Kommunalt disponerte boliger skal brukes
    til å bo i; SSB teller heller ikke slike enheter som kommunale boliger.</source>
            <translation>The dwelling is registered with an actual use of staff base, office, storage or other instead of housing. Municipal dwellings are for living in; Statistics Norway (SSB) does not count such units as municipal dwellings either.</translation>
        </message>
        <message>
            <source>Lenge ledig bolig</source>
            <translation>Dwelling vacant for a long time</translation>
        </message>
        <message>
            <source>Boligen har stått ledig i mer enn {s.vacant_medium_days}
    dager (middels) eller mer enn {s.vacant_high_days} dager (høy). En ledig bolig uten
    dato for når den ble ledig får lav alvorlighet: ingen vet hvor lenge den har stått tom.</source>
            <translation>The dwelling has been vacant for more than {s.vacant_medium_days} days (medium) or more than {s.vacant_high_days} days (high). A vacant dwelling without a date for when it became vacant gets low severity: no one knows how long it has stood empty.</translation>
        </message>
        <message>
            <source>Avtale utløper snart</source>
            <translation>Agreement expiring soon</translation>
        </message>
        <message>
            <source>Innleie- eller tilvisningsavtalen utløper innen
    {s.expiring_days} dager. Avklar forlengelse, ny avtale eller avvikling i god tid.</source>
            <translation>The lease or referral agreement expires within {s.expiring_days} days. Settle an extension, a new agreement or the wind-down in good time.</translation>
        </message>
        <message>
            <source>Utløpt avtale med boliger i bruk</source>
            <translation>Expired agreement with dwellings in use</translation>
        </message>
        <message>
            <source>Avtalen er utløpt, men boliger som fortsatt er knyttet til
    den er registrert som i bruk (utleid eller reservert). Kommunen bruker da en bolig uten
    gyldig avtale.</source>
            <translation>The agreement has expired, but dwellings still linked to it are registered as in use (let or reserved). The municipality is then using a dwelling without a valid agreement.</translation>
        </message>
        <message>
            <source>Avtale som ikke følges opp</source>
            <translation>Agreement not followed up</translation>
        </message>
        <message>
            <source>En gjeldende avtale som aldri er gjennomgått, eller som sist
    ble gjennomgått for mer enn {s.review_months} måneder siden. Mange leiekontrakter
    forvaltes ikke aktivt.</source>
            <translation>A current agreement that has never been reviewed, or was last reviewed more than {s.review_months} months ago. Many lease contracts are not actively managed.</translation>
        </message>
        <message>
            <source>Avtale uten boliger</source>
            <translation>Agreement without dwellings</translation>
        </message>
        <message>
            <source>Avtalen gjelder, men ingen bolig er knyttet til den. Enten
    mangler koblingen i registeret, eller kommunen har en avtale den ikke bruker.</source>
            <translation>The agreement is in force, but no dwelling is linked to it. Either the link is missing in the register, or the municipality has an agreement it does not use.</translation>
        </message>
        <message>
            <source>Bolig uten gyldig avtale</source>
            <translation>Dwelling without a valid agreement</translation>
        </message>
        <message>
            <source>Boligen er registrert som innleid eller tilvisning, men har
    ingen gjeldende avtale av riktig type (innleieavtale eller tilvisningsavtale) som
    dekker den i dag.</source>
            <translation>The dwelling is registered as leased or referral, but no current agreement of the right type (lease agreement or referral agreement) covers it today.</translation>
        </message>
        <message>
            <source>Uavklart vedlikeholdsansvar</source>
            <translation>Maintenance responsibility unresolved</translation>
        </message>
        <message>
            <source>Ingen er registrert som ansvarlig for indre eller for ytre
    vedlikehold av boligen i dag, verken på boligen selv eller på bygget den ligger i.</source>
            <translation>No one is registered as responsible for the interior or for the exterior maintenance of the dwelling today, neither on the dwelling itself nor on the building it is in.</translation>
        </message>
        <message>
            <source>Motstridende vedlikeholdsansvar</source>
            <translation>Conflicting maintenance responsibility</translation>
        </message>
        <message>
            <source>To ulike parter er registrert som ansvarlige for samme
    vedlikeholdsområde (indre, ytre, tekniske anlegg, uteområder) på samme bolig eller bygg
    i overlappende perioder.</source>
            <translation>Two different parties are registered as responsible for the same area of maintenance (interior, exterior, technical installations, outdoor areas) on the same dwelling or building in overlapping periods.</translation>
        </message>
        <message>
            <source>Dobbeltregistrert bolig</source>
            <translation>Dwelling registered twice</translation>
        </message>
        <message>
            <source>Samme adresse og bruksenhetsnummer er registrert mer enn én
    gang, i samme bydel eller på tvers av bydeler. Alle registreringene får et avvik;
    behold den riktige.</source>
            <translation>The same address and unit number are registered more than once, in the same district or across districts. Every registration gets a finding; keep the right one.</translation>
        </message>
        <message>
            <source>Ugyldig identifikator</source>
            <translation>Invalid identifier</translation>
        </message>
        <message>
            <source>Et organisasjonsnummer som ikke består kontrollen (9 sifre,
    modulus 11), et bruksenhetsnummer som ikke har formen H0101 (H, U, K eller L og fire
    sifre), et matrikkelnummer utenfor gyldige verdier, eller et postnummer som ikke er en
    gateadresse i Oslo (postboks- og servicenumre er aldri en boligs adresse).</source>
            <translation>An organisation number that fails the check (9 digits, modulus 11), a unit number not of the form H0101 (H, U, K or L and four digits), a cadastral number outside the valid values, or a postcode that is not a street address in Oslo (PO box and service numbers are never a dwelling's address).</translation>
        </message>
        <message>
            <source>Befaring forfalt</source>
            <translation>Inspection overdue</translation>
        </message>
        <message>
            <source>Boligen er ikke befart på mer enn {s.inspection_years} år,
    eller aldri registrert befart. Tilstanden er da ukjent for kommunen.</source>
            <translation>The dwelling has not been inspected for more than {s.inspection_years} years, or has never been registered as inspected. Its condition is then unknown to the municipality.</translation>
        </message>
        <message>
            <source>Uvanlig høy leie</source>
            <translation>Unusually high rent</translation>
        </message>
        <message>
            <source>Innleieavtalens leie per m² er mer enn {s.rent_factor} ganger
    medianen for lignende boliger (samme størrelsesgruppe per bolig) i bydelen. Grupper med
    færre enn {s.rent_min_group} avtaler sammenlignes ikke.</source>
            <translation>The lease agreement's rent per m² is more than {s.rent_factor} times the median for similar dwellings (the same size group per dwelling) in the district. Groups with fewer than {s.rent_min_group} agreements are not compared.</translation>
        </message>
        <message>
            <source>Tilvisningsandel overskredet</source>
            <translation>Referral share exceeded</translation>
        </message>
        <message>
            <source>Kommunen kan tilvise til høyst {s.referral_max_pct} % av
    boligene i et prosjekt med {s.referral_min_project} eller flere boliger, i
    {s.referral_years} år fra utbetaling av lånet (Husbanken). Avvik når flere boliger er
    tilvist enn andelen tillater, flere enn prosjektet har, eller når retten er utløpt mens
    boliger fortsatt er registrert.</source>
            <translation>The municipality may refer tenants to at most {s.referral_max_pct} % of the dwellings in a project with {s.referral_min_project} or more dwellings, for {s.referral_years} years from the payment of the loan (Husbanken). A finding when more dwellings are referred than the share allows, more than the project has, or when the right has expired while dwellings are still registered.</translation>
        </message>
        <message>
            <source>Tidsubestemt leieforhold til gjennomgang</source>
            <translation>Indefinite tenancy due for review</translation>
        </message>
        <message>
            <source>Byrådet har bedt om en gjennomgang av tidsubestemte
    leieavtaler i kommunale boliger (tildelingsbrevet 2024, oppdrag 8). Avvik når et
    løpende tidsubestemt leieforhold ikke har noen planlagt gjennomgang, eller
    gjennomgangen har forfalt.</source>
            <translation>The City Government has asked for a review of indefinite tenancy agreements in municipal dwellings (letter of allocation 2024, assignment 8). A finding when a running indefinite tenancy has no review planned, or the review is overdue.</translation>
        </message>
        <message>
            <source>Utleid bolig med ledig-dato</source>
            <translation>Let dwelling with a vacancy date</translation>
        </message>
        <message>
            <source>Boligen står som utleid, men har en dato for når den ble
    ledig. Enten er statusen feil (boligen står tom), eller datoen er gammel og skulle vært
    fjernet.</source>
            <translation>The dwelling is registered as let, but has a date for when it became vacant. Either the status is wrong (the dwelling is empty), or the date is old and should have been removed.</translation>
        </message>
        <message>
            <source>Ledig bolig med løpende leieforhold</source>
            <translation>Vacant dwelling with a running tenancy</translation>
        </message>
        <message>
            <source>Boligen står som ledig, men har et leieforhold som løper i
    dag og som begynte etter at boligen ble ledig (eller uten ledig-dato). Enten er
    statusen feil, eller leieforholdet skulle vært avsluttet.</source>
            <translation>The dwelling is registered as vacant, but has a tenancy running today that began after the dwelling became vacant (or without a vacancy date). Either the status is wrong, or the tenancy should have been ended.</translation>
        </message>
        <message>
            <source>Husleie lavere enn innleiekostnad</source>
            <translation>Rent below the lease cost</translation>
        </message>
        <message>
            <source>En innleid bolig der leietakerens husleie er lavere enn det
    kommunen betaler utleier for boligen (mer enn {s.lease_rent_margin_pct} % lavere).
    Kommunen dekker da mellomlegget hver måned; det kan være riktig, men bør være et valg.</source>
            <translation>A leased dwelling where the tenant's rent is lower than what the municipality pays the landlord for it (more than {s.lease_rent_margin_pct} % lower). The municipality then covers the difference every month; that may be right, but should be a choice.</translation>
        </message>
    </context>
    <context>
        <name>Capacity</name>
        <message>
            <source>1 rom</source>
            <translation>1 room</translation>
        </message>
        <message>
            <source>2 rom</source>
            <translation>2 rooms</translation>
        </message>
        <message>
            <source>3 rom</source>
            <translation>3 rooms</translation>
        </message>
        <message>
            <source>4 rom</source>
            <translation>4 rooms</translation>
        </message>
        <message>
            <source>5 rom eller flere</source>
            <translation>5 rooms or more</translation>
        </message>
        <message>
            <source>Ukjent antall rom</source>
            <translation>Number of rooms unknown</translation>
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
            <source>rullestoltilgjengelig</source>
            <translation>wheelchair accessible</translation>
        </message>
        <message>
            <source>ikke rullestol</source>
            <translation>not wheelchair accessible</translation>
        </message>
        <message>
            <source>Ledig kapasitet per {today}; snart ledig: innen {days} dager (til {until}). Talt etter disponerende enhet. Kilde: boligreg.</source>
            <translation>Vacant capacity as of {today}; vacant soon: within {days} days (until {until}). Counted by disposing unit. Source: boligreg.</translation>
        </message>
        <message>
            <source>DEMODATA – syntetiske tall.</source>
            <translation>DEMO DATA – synthetic figures.</translation>
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
            <source>Grupper</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Rullestoltilgjengelig</source>
            <translation>Wheelchair accessible</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Median dager ledig</source>
            <translation>Median days vacant</translation>
        </message>
        <message>
            <source>Maks dager ledig</source>
            <translation>Max days vacant</translation>
        </message>
        <message>
            <source>Ledig uten dato</source>
            <translation>Vacant without a date</translation>
        </message>
        <message>
            <source>Per enhet</source>
            <translation>Per unit</translation>
        </message>
        <message>
            <source>Enheter</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Sentral enhet</source>
            <translation>Central unit</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Tilstand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Disponeres av</source>
            <translation>Allocated by</translation>
        </message>
        <message>
            <source>Ligger i bydel</source>
            <translation>Located in district</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postnr</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Bolignr</source>
            <translation>Unit no.</translation>
        </message>
        <message>
            <source>Areal</source>
            <translation>Area</translation>
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
            <source>Bolig-ID</source>
            <translation>Dwelling ID</translation>
        </message>
        <message>
            <source>status ledig</source>
            <translation>status vacant</translation>
        </message>
        <message>
            <source>leieforholdet slutter</source>
            <translation>the tenancy ends</translation>
        </message>
        <message>
            <source>registrert ledig-dato</source>
            <translation>registered vacancy date</translation>
        </message>
    </context>
    <context>
        <name>DwellingStatus</name>
        <message>
            <source>Utleid</source>
            <translation>Let</translation>
        </message>
        <message>
            <source>Ledig</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Under rehabilitering</source>
            <translation>Being refurbished</translation>
        </message>
        <message>
            <source>Reservert</source>
            <translation>Reserved</translation>
        </message>
        <message>
            <source>Skal selges</source>
            <translation>To be sold</translation>
        </message>
    </context>
    <context>
        <name>Entity</name>
        <message>
            <source>Bolig</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Eiendom</source>
            <translation>Property</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Bolig i avtale</source>
            <translation>Dwelling in agreement</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance responsibility</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Tenancy</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Avtalenummer</source>
            <translation>Agreement number</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Agreement type</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Landlord's org. no.</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd)</source>
            <translation>Notice period (months)</translation>
        </message>
        <message>
            <source>Leie per måned</source>
            <translation>Rent per month</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Last reviewed</translation>
        </message>
        <message>
            <source>Boliger i prosjektet</source>
            <translation>Dwellings in the project</translation>
        </message>
        <message>
            <source>Boliger i avtalen</source>
            <translation>Dwellings in the agreement</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Unit number</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Omfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Gyldig fra</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <source>Vedlikeholdsansvar</source>
            <translation>Maintenance responsibilities</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
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
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Først sett</source>
            <translation>First seen</translation>
        </message>
        <message>
            <source>Sist sett</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Statusmerknad</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Post-ID</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Bydelsnavn</source>
            <translation>District name</translation>
        </message>
        <message>
            <source>Posttype</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Dager åpen</source>
            <translation>Days open</translation>
        </message>
        <message>
            <source>Statusnotat</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Avvik-ID</source>
            <translation>Finding ID</translation>
        </message>
        <message>
            <source>Hele Oslo</source>
            <translation>All of Oslo</translation>
        </message>
        <message>
            <source>Sammendrag</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Åpne avvik – {scope}, per {date}</source>
            <translation>Open findings – {scope}, as of {date}</translation>
        </message>
        <message>
            <source>Skriver rad {done} av {total}</source>
            <translation>Writing row {done} of {total}</translation>
        </message>
        <message>
            <source>Henter data</source>
            <translation>Fetching data</translation>
        </message>
        <message>
            <source>Skriver {n} rader</source>
            <translation>Writing {n} rows</translation>
        </message>
        <message>
            <source>Ferdig</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Bolig</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
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
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Slettet</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Startdato</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Sluttdato</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Eiendom</source>
            <translation>Property</translation>
        </message>
        <message>
            <source>Bolig</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Avtale</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Unit number</translation>
        </message>
        <message>
            <source>Areal (m²)</source>
            <translation>Area (m²)</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Number of rooms</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
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
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Farm number (gnr)</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Holding number (bnr)</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Leasehold number (fnr)</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Section number (snr)</translation>
        </message>
        <message>
            <source>Eierform</source>
            <translation>Type of owner</translation>
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
        <message>
            <source>Avtaletype</source>
            <translation>Agreement type</translation>
        </message>
        <message>
            <source>Avtalereferanse</source>
            <translation>Agreement reference</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Landlord's org. no.</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd.)</source>
            <translation>Notice period (months)</translation>
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
            <source>Boliger i prosjektet</source>
            <translation>Dwellings in the project</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Ansvarsområde</source>
            <translation>Area of responsibility</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Gyldig fra</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <source>Type leieforhold</source>
            <translation>Type of tenancy</translation>
        </message>
        <message>
            <source>Neste vurdering</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Saksreferanse</source>
            <translation>Case reference</translation>
        </message>
    </context>
    <context>
        <name>FindingStatus</name>
        <message>
            <source>Åpen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Under arbeid</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Akseptert</source>
            <translation>Accepted</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>{kind}, utløper {date} (om {days} dager)</source>
            <translation>{kind}, expires {date} (in {days} days)</translation>
        </message>
        <message>
            <source>ledig i {days} dager (siden {date})</source>
            <translation>vacant for {days} days (since {date})</translation>
        </message>
        <message>
            <source>ledig, uten dato</source>
            <translation>vacant, no date</translation>
        </message>
        <message>
            <source>åpent siden {date}</source>
            <translation>open since {date}</translation>
        </message>
    </context>
    <context>
        <name>Identifiers</name>
        <message>
            <source>Organisasjonsnummer mangler</source>
            <translation>Organisation number missing</translation>
        </message>
        <message>
            <source>Organisasjonsnummer kan bare inneholde siffer</source>
            <translation>An organisation number can only contain digits</translation>
        </message>
        <message>
            <source>Organisasjonsnummer må ha 9 siffer, ikke {n}</source>
            <translation>An organisation number must have 9 digits, not {n}</translation>
        </message>
        <message>
            <source>Organisasjonsnummeret har feil kontrollsiffer</source>
            <translation>The organisation number has the wrong check digit</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer mangler</source>
            <translation>Unit number missing</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer må begynne med H, U, K eller L</source>
            <translation>A unit number must begin with H, U, K or L</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101</source>
            <translation>A unit number must be a letter and 4 digits, e.g. H0101</translation>
        </message>
        <message>
            <source>Etasjen i bruksenhetsnummeret kan ikke være 00</source>
            <translation>The floor in the unit number cannot be 00</translation>
        </message>
        <message>
            <source>Nummeret i etasjen (to siste siffer) kan ikke være 00</source>
            <translation>The number on the floor (last two digits) cannot be 00</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Farm number</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Holding number</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Leasehold number</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Section number</translation>
        </message>
        <message>
            <source>{part} ({abbr}) mangler</source>
            <translation>{part} ({abbr}) missing</translation>
        </message>
        <message>
            <source>{part} ({abbr}) må være et helt tall</source>
            <translation>{part} ({abbr}) must be a whole number</translation>
        </message>
        <message>
            <source>{part} ({abbr}) må være mellom {low} og {high}</source>
            <translation>{part} ({abbr}) must be between {low} and {high}</translation>
        </message>
        <message>
            <source>Postnummer mangler</source>
            <translation>Postcode missing</translation>
        </message>
        <message>
            <source>Postnummer må ha 4 siffer</source>
            <translation>A postcode must have 4 digits</translation>
        </message>
        <message>
            <source>Postnummer {code} er ikke i Oslo</source>
            <translation>Postcode {code} is not in Oslo</translation>
        </message>
        <message>
            <source>Postnummer {code} er et postboks-/servicenummer, ikke en boligadresse</source>
            <translation>Postcode {code} is a PO box/service number, not a residential address</translation>
        </message>
        <message>
            <source>Bydelskode mangler</source>
            <translation>District code missing</translation>
        </message>
        <message>
            <source>Bydelskode må ha 6 siffer, f.eks. 030101</source>
            <translation>A district code must have 6 digits, e.g. 030101</translation>
        </message>
        <message>
            <source>Bydelskode {code} er ikke i Oslo (må begynne med {prefix})</source>
            <translation>District code {code} is not in Oslo (must begin with {prefix})</translation>
        </message>
        <message>
            <source>Bydelskode {code} betyr ukjent adresse, ikke en bydel</source>
            <translation>District code {code} means an unknown address, not a district</translation>
        </message>
        <message>
            <source>Bydelskode {code} finnes ikke (gyldige er 030101–030117)</source>
            <translation>District code {code} does not exist (valid ones are 030101–030117)</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>boligreg-ID</source>
            <translation>boligreg ID</translation>
        </message>
        <message>
            <source>Nøkkelkolonne fra en eksport: gjenkjenner boligen selv om adressen er endret</source>
            <translation>Key column from an export: recognises the dwelling even if its address has changed</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Nummer (01–15), kode (030101) eller navn, med eller uten «Bydel»</source>
            <translation>Number (01–15), code (030101) or name, with or without “Bydel”</translation>
        </message>
        <message>
            <source>Bruksenhetsnummer</source>
            <translation>Unit number</translation>
        </message>
        <message>
            <source>H0101: H/U/K/L, etasje og nummer</source>
            <translation>H0101: H/U/K/L, floor and number</translation>
        </message>
        <message>
            <source>Areal (m²)</source>
            <translation>Area (m²)</translation>
        </message>
        <message>
            <source>Bruksareal i kvadratmeter; «65,5» og «65 m²» går</source>
            <translation>Usable floor area in square metres; “65,5” and “65 m²” are accepted</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>Number of rooms</translation>
        </message>
        <message>
            <source>Heltall; «3-roms» går</source>
            <translation>Whole number; “3-roms” is accepted</translation>
        </message>
        <message>
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Disposisjonsform</source>
            <translation>Tenure</translation>
        </message>
        <message>
            <source>Eid, innleid eller tilvisning (også «kommunal», «innleie» …)</source>
            <translation>Owned, leased or referral (also “kommunal”, “innleie” …)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Statusdato</source>
            <translation>Status date</translation>
        </message>
        <message>
            <source>Brukes som «ledig fra» når statusen er ledig (Kobo)</source>
            <translation>Used as “vacant since” when the status is vacant (Kobo)</translation>
        </message>
        <message>
            <source>Faktisk bruk</source>
            <translation>Actual use</translation>
        </message>
        <message>
            <source>Personalbase (ja/nei)</source>
            <translation>Staff base (yes/no)</translation>
        </message>
        <message>
            <source>Ja setter faktisk bruk til personalbase (Kobo: HARPERSONALBASE)</source>
            <translation>Yes sets the actual use to staff base (Kobo: HARPERSONALBASE)</translation>
        </message>
        <message>
            <source>Rullestoltilpasset</source>
            <translation>Wheelchair accessible</translation>
        </message>
        <message>
            <source>ja/nei, x, 1/0</source>
            <translation>yes/no, x, 1/0</translation>
        </message>
        <message>
            <source>Ledig fra</source>
            <translation>Vacant since</translation>
        </message>
        <message>
            <source>Sist befart</source>
            <translation>Last inspection</translation>
        </message>
        <message>
            <source>Husleie (leietakers)</source>
            <translation>Tenant rent</translation>
        </message>
        <message>
            <source>Det leietakeren betaler per måned; «8 950» går</source>
            <translation>What the tenant pays per month; “8 950” is accepted</translation>
        </message>
        <message>
            <source>Husleie fastsatt</source>
            <translation>Rent set on</translation>
        </message>
        <message>
            <source>Innflyttet</source>
            <translation>Moved in</translation>
        </message>
        <message>
            <source>Lager et leieforhold med denne startdatoen (aldri navn eller fødselsnummer)</source>
            <translation>Creates a tenancy with this start date (never names or national identity numbers)</translation>
        </message>
        <message>
            <source>Tidsubestemt leieforhold</source>
            <translation>Indefinite tenancy</translation>
        </message>
        <message>
            <source>ja/nei; uten kolonnen blir et importert leieforhold tidsbestemt</source>
            <translation>yes/no; without this column an imported tenancy is fixed-term</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Gatenavn og husnummer, f.eks. «Thorvald Meyers gate 12B»</source>
            <translation>Street name and house number, e.g. “Thorvald Meyers gate 12B”</translation>
        </message>
        <message>
            <source>Gatenavn</source>
            <translation>Street name</translation>
        </message>
        <message>
            <source>Sammen med husnummer og husbokstav blir det adressen (Kobo)</source>
            <translation>With the house number and house letter it makes the address (Kobo)</translation>
        </message>
        <message>
            <source>Husnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>Husbokstav</source>
            <translation>House letter</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Kommunenummer</source>
            <translation>Municipality number</translation>
        </message>
        <message>
            <source>Kontrolleres: må være 0301 Oslo</source>
            <translation>Checked: must be 0301 Oslo</translation>
        </message>
        <message>
            <source>Gnr/bnr/fnr/snr</source>
            <translation>Gnr/bnr/fnr/snr</translation>
        </message>
        <message>
            <source>Hele matrikkelnummeret i én kolonne: «208/112» eller «208/112/0/3»</source>
            <translation>The whole cadastral number in one column: “208/112” or “208/112/0/3”</translation>
        </message>
        <message>
            <source>Gårdsnummer</source>
            <translation>Farm number (gnr)</translation>
        </message>
        <message>
            <source>Bruksnummer</source>
            <translation>Holding number (bnr)</translation>
        </message>
        <message>
            <source>Festenummer</source>
            <translation>Leasehold number (fnr)</translation>
        </message>
        <message>
            <source>Seksjonsnummer</source>
            <translation>Section number (snr)</translation>
        </message>
        <message>
            <source>Eier av bygget</source>
            <translation>Building owner</translation>
        </message>
        <message>
            <source>Eier (navn)</source>
            <translation>Owner (name)</translation>
        </message>
        <message>
            <source>Eieren av bygget</source>
            <translation>The owner of the building</translation>
        </message>
        <message>
            <source>Eiers org.nr.</source>
            <translation>Owner's org. no.</translation>
        </message>
        <message>
            <source>Byggeår</source>
            <translation>Year built</translation>
        </message>
        <message>
            <source>Avtalenummer</source>
            <translation>Agreement number</translation>
        </message>
        <message>
            <source>Rader med samme avtalenummer deler én avtale</source>
            <translation>Rows with the same agreement number share one agreement</translation>
        </message>
        <message>
            <source>Avtaletype</source>
            <translation>Agreement type</translation>
        </message>
        <message>
            <source>Innleieavtale eller tilvisningsavtale; utledes av disposisjonsformen ellers</source>
            <translation>Lease agreement or referral agreement; otherwise derived from the tenure</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <source>Selskapet (eller eieren) kommunen leier av</source>
            <translation>The company (or owner) the municipality rents from</translation>
        </message>
        <message>
            <source>Utleiers org.nr.</source>
            <translation>Landlord's org. no.</translation>
        </message>
        <message>
            <source>Avtale fra</source>
            <translation>Agreement from</translation>
        </message>
        <message>
            <source>Avtale til</source>
            <translation>Agreement to</translation>
        </message>
        <message>
            <source>Tomt betyr tidsubestemt</source>
            <translation>Empty means indefinite</translation>
        </message>
        <message>
            <source>Leie per måned</source>
            <translation>Rent per month</translation>
        </message>
        <message>
            <source>Det kommunen betaler utleier per måned. Samme beløp på alle radene i en avtale: avtalens sum; ulike beløp: hver boligs kostnad, og summen blir avtalens</source>
            <translation>What the municipality pays the landlord per month. The same amount on every row of an agreement: the agreement's total; different amounts: each dwelling's cost, and their sum becomes the agreement's</translation>
        </message>
        <message>
            <source>Leie per bolig</source>
            <translation>Rent per dwelling</translation>
        </message>
        <message>
            <source>Det kommunen betaler for denne boligen; avtalens sum er summen</source>
            <translation>What the municipality pays for this dwelling; the agreement's total is the sum</translation>
        </message>
        <message>
            <source>Oppsigelsestid (mnd)</source>
            <translation>Notice period (months)</translation>
        </message>
        <message>
            <source>Sist gjennomgått</source>
            <translation>Last reviewed</translation>
        </message>
        <message>
            <source>Boliger i prosjektet</source>
            <translation>Dwellings in the project</translation>
        </message>
        <message>
            <source>Tilvisning: hele prosjektets antall boliger (40 %-regelen)</source>
            <translation>Referral: the number of dwellings in the whole project (the 40 % rule)</translation>
        </message>
        <message>
            <source>Indre vedlikehold</source>
            <translation>Interior maintenance</translation>
        </message>
        <message>
            <source>Hvem vedlikeholder boligen innvendig</source>
            <translation>Who maintains the dwelling inside</translation>
        </message>
        <message>
            <source>Ytre vedlikehold</source>
            <translation>Exterior maintenance</translation>
        </message>
        <message>
            <source>Hvem vedlikeholder bygget utvendig</source>
            <translation>Who maintains the building outside</translation>
        </message>
        <message>
            <source>Tekniske anlegg</source>
            <translation>Technical installations</translation>
        </message>
        <message>
            <source>Uteområder</source>
            <translation>Outdoor areas</translation>
        </message>
    </context>
    <context>
        <name>ImportMatch</name>
        <message>
            <source>fra koblingsfil</source>
            <translation>from mapping file</translation>
        </message>
        <message>
            <source>valgt</source>
            <translation>chosen</translation>
        </message>
        <message>
            <source>gjenkjent</source>
            <translation>recognised</translation>
        </message>
        <message>
            <source>gjetning – sjekk</source>
            <translation>guess – check</translation>
        </message>
        <message>
            <source>personopplysning – importeres ikke</source>
            <translation>personal data – not imported</translation>
        </message>
        <message>
            <source>brukes ikke</source>
            <translation>not used</translation>
        </message>
        <message>
            <source>feltet er allerede brukt</source>
            <translation>field already used</translation>
        </message>
        <message>
            <source>ikke koblet</source>
            <translation>not mapped</translation>
        </message>
        <message>
            <source>eier per bolig importeres ikke (utleier hører til avtalen)</source>
            <translation>owner per dwelling is not imported (the landlord belongs to the agreement)</translation>
        </message>
        <message>
            <source>Kobos boligtype holdes ikke i boligreg</source>
            <translation>Kobo's dwelling type is not kept in boligreg</translation>
        </message>
        <message>
            <source>depositum holdes ikke i boligreg</source>
            <translation>deposits are not kept in boligreg</translation>
        </message>
        <message>
            <source>målernummer holdes ikke i boligreg</source>
            <translation>meter numbers are not kept in boligreg</translation>
        </message>
        <message>
            <source>antall soverom holdes ikke (bare antall rom)</source>
            <translation>number of bedrooms is not kept (only number of rooms)</translation>
        </message>
        <message>
            <source>skolekrets holdes ikke i boligreg</source>
            <translation>school catchment areas are not kept in boligreg</translation>
        </message>
        <message>
            <source>mva-kompensasjon holdes ikke i boligreg</source>
            <translation>VAT compensation is not kept in boligreg</translation>
        </message>
        <message>
            <source>bofellesskap holdes ikke i boligreg</source>
            <translation>shared housing is not kept in boligreg</translation>
        </message>
        <message>
            <source>døgnbemanning holdes ikke i boligreg</source>
            <translation>round-the-clock staffing is not kept in boligreg</translation>
        </message>
        <message>
            <source>sluttdato for leieforhold importeres ikke herfra</source>
            <translation>the tenancy end date is not imported from here</translation>
        </message>
        <message>
            <source>«{header}» ser ut til å gjelde en person; personopplysninger importeres ikke</source>
            <translation>“{header}” seems to be about a person; personal data is not imported</translation>
        </message>
        <message>
            <source>Kolonnen ser ut til å inneholde fødselsnummer; den importeres ikke</source>
            <translation>The column seems to hold national identity numbers; it is not imported</translation>
        </message>
        <message>
            <source>(skjult)</source>
            <translation>(hidden)</translation>
        </message>
        <message>
            <source>fra den lagrede koblingen</source>
            <translation>from the saved mapping</translation>
        </message>
        <message>
            <source>hoppes over etter koblingsfilen</source>
            <translation>skipped as the mapping file says</translation>
        </message>
        <message>
            <source>«{field}» er allerede koblet til kolonne {letter} «{header}»</source>
            <translation>“{field}” is already mapped to column {letter} “{header}”</translation>
        </message>
        <message>
            <source>ikke koblet: ingen kjent overskrift</source>
            <translation>not mapped: no known header</translation>
        </message>
        <message>
            <source>; verdiene er {looks}</source>
            <translation>; the values are {looks}</translation>
        </message>
        <message>
            <source> (nærmest «{field}», {percent} %)</source>
            <translation> (closest “{field}”, {percent} %)</translation>
        </message>
        <message>
            <source>Personopplysninger importeres ikke</source>
            <translation>Personal data is not imported</translation>
        </message>
        <message>
            <source>Ukjent felt «{field}»</source>
            <translation>Unknown field “{field}”</translation>
        </message>
        <message>
            <source>feltet ble flyttet til kolonne {letter}</source>
            <translation>the field was moved to column {letter}</translation>
        </message>
        <message>
            <source>valgt av deg</source>
            <translation>chosen by you</translation>
        </message>
        <message>
            <source>datoer</source>
            <translation>dates</translation>
        </message>
        <message>
            <source>beløp</source>
            <translation>amounts</translation>
        </message>
        <message>
            <source>tall</source>
            <translation>numbers</translation>
        </message>
        <message>
            <source>organisasjonsnumre</source>
            <translation>organisation numbers</translation>
        </message>
        <message>
            <source>bruksenhetsnumre</source>
            <translation>unit numbers</translation>
        </message>
        <message>
            <source>ja/nei</source>
            <translation>yes/no</translation>
        </message>
        <message>
            <source>postnumre</source>
            <translation>postcodes</translation>
        </message>
        <message>
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <source>kjent overskrift</source>
            <translation>known header</translation>
        </message>
        <message>
            <source>kjent overskrift («{header}»)</source>
            <translation>known header (“{header}”)</translation>
        </message>
        <message>
            <source>«{header}» + tillegg i parentes</source>
            <translation>“{header}” + addition in brackets</translation>
        </message>
        <message>
            <source> og </source>
            <translation> and </translation>
        </message>
        <message>
            <source>tillegg</source>
            <translation>addition</translation>
        </message>
        <message>
            <source>«{header}» + enhet {unit}</source>
            <translation>“{header}” + unit {unit}</translation>
        </message>
        <message>
            <source>ordet «{word}»</source>
            <translation>the word “{word}”</translation>
        </message>
        <message>
            <source>ligner «{header}»</source>
            <translation>resembles “{header}”</translation>
        </message>
        <message>
            <source>inneholder «{header}»</source>
            <translation>contains “{header}”</translation>
        </message>
        <message>
            <source>tom kolonne</source>
            <translation>empty column</translation>
        </message>
        <message>
            <source>blandet innhold</source>
            <translation>mixed content</translation>
        </message>
        <message>
            <source>, f.eks. {examples}</source>
            <translation>, e.g. {examples}</translation>
        </message>
        <message>
            <source>men bare {percent} av verdiene passer</source>
            <translation>but only {percent} of the values fit</translation>
        </message>
        <message>
            <source>men verdiene er {kind}</source>
            <translation>but the values are {kind}</translation>
        </message>
        <message>
            <source>men verdiene er ikke {kind}</source>
            <translation>but the values are not {kind}</translation>
        </message>
        <message>
            <source>ukjent overskrift, men verdiene er {kind} ({percent})</source>
            <translation>unknown header, but the values are {kind} ({percent})</translation>
        </message>
        <message>
            <source>verdiene er valg for «{field}»; overskriften ser ut som en forkortelse</source>
            <translation>the values are choices for “{field}”; the header looks like an abbreviation</translation>
        </message>
        <message>
            <source>verdiene er valg for «{field}»</source>
            <translation>the values are choices for “{field}”</translation>
        </message>
        <message>
            <source>høy</source>
            <translation>high</translation>
        </message>
        <message>
            <source>middels</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>lav</source>
            <translation>low</translation>
        </message>
    </context>
    <context>
        <name>ImportRow</name>
        <message>
            <source>Slett en av radene, eller rett celle {cell} hvis det er to boliger.</source>
            <translation>Delete one of the rows, or correct cell {cell} if they are two dwellings.</translation>
        </message>
        <message>
            <source>Skriv det samme i celle {cell} som på rad {row}, eller rett den.</source>
            <translation>Write the same in cell {cell} as on row {row}, or correct that one.</translation>
        </message>
        <message>
            <source>Fyll inn celle {cell}.</source>
            <translation>Fill in cell {cell}.</translation>
        </message>
        <message>
            <source>Rett celle {cell} i regnearket.</source>
            <translation>Correct cell {cell} in the spreadsheet.</translation>
        </message>
        <message>
            <source>rad {row}, kolonne {column} «{header}»</source>
            <translation>row {row}, column {column} “{header}”</translation>
        </message>
        <message>
            <source>rad {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}», som må være med.</source>
            <translation>No column is mapped to “{field}”, which is required.</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}» (eller «{other}»), som må være med.</source>
            <translation>No column is mapped to “{field}” (or “{other}”), which is required.</translation>
        </message>
        <message>
            <source>Ingen kolonne er koblet til «{field}». Koble en kolonne, eller velg bydelen alle radene gjelder.</source>
            <translation>No column is mapped to “{field}”. Map a column, or choose the district all the rows belong to.</translation>
        </message>
        <message>
            <source>Leser kolonnen «{header}»</source>
            <translation>Reading the column “{header}”</translation>
        </message>
        <message>
            <source>Kontrollerer radene</source>
            <translation>Checking the rows</translation>
        </message>
        <message>
            <source>{n} rader kontrollert</source>
            <translation>{n} rows checked</translation>
        </message>
        <message>
            <source>Verdien kan ikke leses ({error})</source>
            <translation>The value cannot be read ({error})</translation>
        </message>
        <message>
            <source>{part} {value} i egen kolonne stemmer ikke med matrikkelnummeret</source>
            <translation>{part} {value} in its own column does not match the cadastral number</translation>
        </message>
        <message>
            <source>Personalbase = ja, men faktisk bruk sier noe annet</source>
            <translation>Staff base = yes, but the actual use says something else</translation>
        </message>
        <message>
            <source>Raden gjelder bydel {given}, men importen er for bydel {district}</source>
            <translation>The row is for district {given}, but the import is for district {district}</translation>
        </message>
        <message>
            <source>{field} mangler</source>
            <translation>{field} missing</translation>
        </message>
        <message>
            <source>En eid bolig kan ikke ha innleie- eller tilvisningsavtale</source>
            <translation>An owned dwelling cannot have a lease or referral agreement</translation>
        </message>
        <message>
            <source>Avtaletype mangler: fyll inn avtaletype, eller disposisjonsform innleid/tilvisning</source>
            <translation>Agreement type missing: fill in the agreement type, or the tenure leased/referral</translation>
        </message>
        <message>
            <source>Avtaletypen passer ikke med disposisjonsformen</source>
            <translation>The agreement type does not match the tenure</translation>
        </message>
        <message>
            <source>«{field}» er fylt ut, men avtalenummeret mangler; avtaleopplysninger (utleier, leie, datoer) krever et avtalenummer. Fyll inn avtalenummeret, eller tøm avtalecellene</source>
            <translation>“{field}” is filled in, but the agreement number is missing; agreement details (landlord, rent, dates) need an agreement number. Fill in the agreement number, or empty the agreement cells</translation>
        </message>
        <message>
            <source>Avtalen slutter før den begynner</source>
            <translation>The agreement ends before it begins</translation>
        </message>
        <message>
            <source>Datoen ligger fram i tid</source>
            <translation>The date is in the future</translation>
        </message>
        <message>
            <source>Boligen står som utleid, men har en ledig-fra-dato</source>
            <translation>The dwelling is registered as let, but has a vacant-from date</translation>
        </message>
        <message>
            <source>Boligen står som ledig, men har et løpende leieforhold (innflyttet)</source>
            <translation>The dwelling is registered as vacant, but has a running tenancy (moved in)</translation>
        </message>
        <message>
            <source>Samme bolig står også på rad {row}</source>
            <translation>The same dwelling is also on row {row}</translation>
        </message>
        <message>
            <source>Bygget</source>
            <translation>The building</translation>
        </message>
        <message>
            <source>Avtale {reference}</source>
            <translation>Agreement {reference}</translation>
        </message>
        <message>
            <source>{what} har {field} «{value}» på rad {row}</source>
            <translation>{what} has {field} “{value}” on row {row}</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>1 rad</source>
            <translation>1 row</translation>
        </message>
        <message>
            <source>{n} rader</source>
            <translation>{n} rows</translation>
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
            <source>1 endret</source>
            <translation>1 changed</translation>
        </message>
        <message>
            <source>{n} endret</source>
            <translation>{n} changed</translation>
        </message>
        <message>
            <source>1 uendret</source>
            <translation>1 unchanged</translation>
        </message>
        <message>
            <source>{n} uendret</source>
            <translation>{n} unchanged</translation>
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
            <source>1 nytt bygg</source>
            <translation>1 new building</translation>
        </message>
        <message>
            <source>{n} nye bygg</source>
            <translation>{n} new buildings</translation>
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
            <source>1 ny kobling</source>
            <translation>1 new link</translation>
        </message>
        <message>
            <source>{n} nye koblinger</source>
            <translation>{n} new links</translation>
        </message>
        <message>
            <source>1 nytt</source>
            <translation>1 new</translation>
        </message>
        <message>
            <source>{n} nye</source>
            <translation>{n} new</translation>
        </message>
        <message>
            <source>1 advarsel</source>
            <translation>1 warning</translation>
        </message>
        <message>
            <source>{n} advarsler</source>
            <translation>{n} warnings</translation>
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
            <source>Kolonne {letter} «{header}»: {why}</source>
            <translation>Column {letter} “{header}”: {why}</translation>
        </message>
        <message>
            <source>Fil: {name} ({kind}), overskrift på rad {row}, {rows} med data.</source>
            <translation>File: {name} ({kind}), header on row {row}, {rows} with data.</translation>
        </message>
        <message>
            <source>Hoppet over {rows} som ikke er data (ikke feil):</source>
            <translation>Skipped {rows} that are not data (not errors):</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Boliger: {new}, {changed}, {unchanged} ({fields}).</source>
            <translation>Dwellings: {new}, {changed}, {unchanged} ({fields}).</translation>
        </message>
        <message>
            <source>Bygg: {new}, {changed}. Avtaler: {agreements}, {agreements_changed}, {links} til boliger. Vedlikeholdsansvar: {resp}, {resp_changed}.</source>
            <translation>Buildings: {new}, {changed}. Agreements: {agreements}, {agreements_changed}, {links} to dwellings. Maintenance responsibilities: {resp}, {resp_changed}.</translation>
        </message>
        <message>
            <source>{warnings} (importeres, men bør sjekkes):</source>
            <translation>{warnings} (imported, but should be checked):</translation>
        </message>
        <message>
            <source>Kolonnekoblingen mangler felt som må være med, så ingen rader kan importeres.</source>
            <translation>The column mapping lacks required fields, so no rows can be imported.</translation>
        </message>
        <message>
            <source>{errors} i {rows}.</source>
            <translation>{errors} in {rows}.</translation>
        </message>
        <message>
            <source>{rows} med feil er hoppet over.</source>
            <translation>{rows} with errors were skipped.</translation>
        </message>
        <message>
            <source>Lagret i databasen.</source>
            <translation>Saved in the database.</translation>
        </message>
        <message>
            <source>Ingen endringer: registeret hadde alt dette fra før.</source>
            <translation>No changes: the register already had all of this.</translation>
        </message>
        <message>
            <source>Prøvekjøring: ingenting er lagret.</source>
            <translation>Dry run: nothing was saved.</translation>
        </message>
        <message>
            <source>Ingenting er lagret. Rett feilene i filen, eller bruk --skip-invalid for å lagre bare radene uten feil.</source>
            <translation>Nothing was saved. Correct the errors in the file, or use --skip-invalid to save only the rows without errors.</translation>
        </message>
    </context>
    <context>
        <name>ImportValue</name>
        <message>
            <source>Arealet</source>
            <translation>The area</translation>
        </message>
        <message>
            <source>Leien</source>
            <translation>The rent</translation>
        </message>
        <message>
            <source>Gårdsnummer (gnr)</source>
            <translation>The farm number (gnr)</translation>
        </message>
        <message>
            <source>Bruksnummer (bnr)</source>
            <translation>The holding number (bnr)</translation>
        </message>
        <message>
            <source>Festenummer (fnr)</source>
            <translation>The leasehold number (fnr)</translation>
        </message>
        <message>
            <source>Seksjonsnummer (snr)</source>
            <translation>The section number (snr)</translation>
        </message>
        <message>
            <source>Byggeåret</source>
            <translation>The year built</translation>
        </message>
        <message>
            <source>Oppsigelsestiden</source>
            <translation>The notice period</translation>
        </message>
        <message>
            <source>Antall boliger i prosjektet</source>
            <translation>The number of dwellings in the project</translation>
        </message>
        <message>
            <source>Husnummeret</source>
            <translation>The house number</translation>
        </message>
        <message>
            <source>Ventet tekst, fant en sann/usann-verdi</source>
            <translation>Expected text, found a true/false value</translation>
        </message>
        <message>
            <source>Teksten er for lang ({n} tegn, høyst {most})</source>
            <translation>The text is too long ({n} characters, at most {most})</translation>
        </message>
        <message>
            <source>Verdien</source>
            <translation>The value</translation>
        </message>
        <message>
            <source>{what} må være et tall</source>
            <translation>{what} must be a number</translation>
        </message>
        <message>
            <source>«{value}» er ikke et tall</source>
            <translation>“{value}” is not a number</translation>
        </message>
        <message>
            <source>{what} må være et vanlig tall</source>
            <translation>{what} must be an ordinary number</translation>
        </message>
        <message>
            <source>{what} kan ikke være mindre enn {low}</source>
            <translation>{what} cannot be less than {low}</translation>
        </message>
        <message>
            <source>{what} kan ikke være større enn {high}</source>
            <translation>{what} cannot be greater than {high}</translation>
        </message>
        <message>
            <source>{what} må være et helt tall</source>
            <translation>{what} must be a whole number</translation>
        </message>
        <message>
            <source>Antall rom</source>
            <translation>The number of rooms</translation>
        </message>
        <message>
            <source>«{value}» er ingen gyldig dato</source>
            <translation>“{value}” is not a valid date</translation>
        </message>
        <message>
            <source>Datoen {date} er urimelig (ventet 1850–2100)</source>
            <translation>The date {date} is implausible (expected 1850–2100)</translation>
        </message>
        <message>
            <source>{value} er verken en dato eller et Excel-datotall</source>
            <translation>{value} is neither a date nor an Excel date serial</translation>
        </message>
        <message>
            <source>Ventet en dato</source>
            <translation>Expected a date</translation>
        </message>
        <message>
            <source>Ukjent måned «{value}»</source>
            <translation>Unknown month “{value}”</translation>
        </message>
        <message>
            <source>«{value}» er ingen dato; skriv dd.mm.åååå, f.eks. 05.01.2024</source>
            <translation>“{value}” is not a date; write dd.mm.yyyy, e.g. 05.01.2024</translation>
        </message>
        <message>
            <source>Skriv ja eller nei (eller x, 1 eller 0)</source>
            <translation>Write yes or no (or x, 1 or 0)</translation>
        </message>
        <message>
            <source>disposisjonsform</source>
            <translation>tenure</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>faktisk bruk</source>
            <translation>actual use</translation>
        </message>
        <message>
            <source>målgruppe</source>
            <translation>target group</translation>
        </message>
        <message>
            <source>avtaletype</source>
            <translation>agreement type</translation>
        </message>
        <message>
            <source>ansvarlig</source>
            <translation>responsible party</translation>
        </message>
        <message>
            <source>eier</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>verdi</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Ukjent {what} «{value}»; bruk en av: {labels}</source>
            <translation>Unknown {what} “{value}”; use one of: {labels}</translation>
        </message>
        <message>
            <source>Ukjent bydel «{value}»</source>
            <translation>Unknown district “{value}”</translation>
        </message>
        <message>
            <source>Ukjent bydel «{value}»; bruk nummer (01–15) eller navn</source>
            <translation>Unknown district “{value}”; use a number (01–15) or a name</translation>
        </message>
        <message>
            <source>{name} har ingen kommunale boliger av egne; oppgi disponerende bydel (01–15)</source>
            <translation>{name} has no municipal dwellings of its own; give the disposing district (01–15)</translation>
        </message>
        <message>
            <source>Postnummer må ha 4 siffer</source>
            <translation>A postcode must have 4 digits</translation>
        </message>
        <message>
            <source>Kommunenummer «{value}» er ikke Oslo ({oslo})</source>
            <translation>Municipality number “{value}” is not Oslo ({oslo})</translation>
        </message>
        <message>
            <source>ID-en er ikke en boligreg-ID (UUID)</source>
            <translation>The ID is not a boligreg ID (UUID)</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <source>Komplett</source>
            <translation>Complete</translation>
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
            <source>facts.md: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</source>
            <translation>facts.md: Boligbygg maintains the exterior (façade, roof, common areas, technical installations, fire safety) unless otherwise agreed; in a housing cooperative or condominium the board does; with a lease or referral the owner is the landlord and maintains the building. The tenant's minor upkeep (locks, taps, WC, sockets, water heater) follows from the Tenancy Act and is not registered here.</translation>
        </message>
        <message>
            <source>Eid av {owner}: {party} har alt vedlikehold.</source>
            <translation>Owned by {owner}: {party} has all maintenance.</translation>
        </message>
        <message>
            <source>Privat eier (innleie/tilvisning): utleier har alt vedlikehold etter avtalen.</source>
            <translation>Private owner (lease/referral): the landlord has all maintenance under the agreement.</translation>
        </message>
        <message>
            <source>{owner}: styret har ytre, tekniske anlegg og uteområder; indre følger den som disponerer boligen (Boligbygg for kommunens egne, utleier for innleide).</source>
            <translation>{owner}: the board has the exterior, technical installations and outdoor areas; the interior follows whoever holds the dwelling (Boligbygg for the municipality's own, the landlord for leased ones).</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceScope</name>
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
            <translation>Housing cooperative</translation>
        </message>
        <message>
            <source>Sameie</source>
            <translation>Condominium</translation>
        </message>
        <message>
            <source>Privat</source>
            <translation>Private</translation>
        </message>
    </context>
    <context>
        <name>RecordDetail</name>
        <message>
            <source>SLETTET</source>
            <translation>DELETED</translation>
        </message>
        <message>
            <source>versjon {version}  ·  endret {when} av {who}</source>
            <translation>version {version}  ·  changed {when} by {who}</translation>
        </message>
        <message>
            <source>løpende</source>
            <translation>ongoing</translation>
        </message>
        <message>
            <source>Vedlikehold</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>{scope}: mangler</source>
            <translation>{scope}: missing</translation>
        </message>
        <message>
            <source>ingen ansvarlig registrert</source>
            <translation>no one registered as responsible</translation>
        </message>
        <message>
            <source>gjelder denne boligen</source>
            <translation>applies to this dwelling</translation>
        </message>
        <message>
            <source>gjelder eiendommen</source>
            <translation>applies to the property</translation>
        </message>
        <message>
            <source>DOBBELT ANSVAR</source>
            <translation>DOUBLE RESPONSIBILITY</translation>
        </message>
        <message>
            <source>(ukjent eiendom)</source>
            <translation>(unknown property)</translation>
        </message>
        <message>
            <source>eier: {owner}</source>
            <translation>owner: {owner}</translation>
        </message>
        <message>
            <source>avtale til {date}</source>
            <translation>agreement until {date}</translation>
        </message>
        <message>
            <source>UTLØPT</source>
            <translation>EXPIRED</translation>
        </message>
        <message>
            <source>utløper om {days} dager</source>
            <translation>expires in {days} days</translation>
        </message>
        <message>
            <source>neste vurdering {date}</source>
            <translation>next review {date}</translation>
        </message>
        <message>
            <source>sak {reference}</source>
            <translation>case {reference}</translation>
        </message>
        <message>
            <source>org.nr. {orgnr}</source>
            <translation>org. no. {orgnr}</translation>
        </message>
        <message>
            <source>{n} avtaler i alt</source>
            <translation>{n} agreements in all</translation>
        </message>
        <message>
            <source>AVSLUTTET</source>
            <translation>ENDED</translation>
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
            <translation>The district</translation>
        </message>
        <message>
            <source>Utleier</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <source>Borettslag/sameie</source>
            <translation>Housing cooperative/condominium</translation>
        </message>
        <message>
            <source>Leietaker</source>
            <translation>Tenant</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>Boliger</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Innleie/år</source>
            <translation>Lease cost/year</translation>
        </message>
        <message>
            <source>Husleie/år</source>
            <translation>Rent/year</translation>
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
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>Lav</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Middels</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Høy</source>
            <translation>High</translation>
        </message>
    </context>
    <context>
        <name>TargetGroup</name>
        <message>
            <source>Ordinær</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <source>Barnefamilier</source>
            <translation>Families with children</translation>
        </message>
        <message>
            <source>Eldre</source>
            <translation>Elderly</translation>
        </message>
        <message>
            <source>Funksjonsnedsettelse</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Rus og psykisk helse</source>
            <translation>Substance use and mental health</translation>
        </message>
        <message>
            <source>Flyktninger</source>
            <translation>Refugees</translation>
        </message>
        <message>
            <source>Ungdom</source>
            <translation>Young people</translation>
        </message>
        <message>
            <source>Midlertidig</source>
            <translation>Temporary</translation>
        </message>
    </context>
    <context>
        <name>TenancyKind</name>
        <message>
            <source>Tidsbestemt</source>
            <translation>Fixed-term</translation>
        </message>
        <message>
            <source>Tidsubestemt</source>
            <translation>Indefinite</translation>
        </message>
    </context>
    <context>
        <name>Tenure</name>
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
    </context>
    <context>
        <name>UnitKind</name>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Sentral enhet</source>
            <translation>Central unit</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>9 siffer</source>
            <translation>9 digits</translation>
        </message>
        <message>
            <source>åååå</source>
            <translation>yyyy</translation>
        </message>
        <message>
            <source>f.eks. 54,5</source>
            <translation>e.g. 54,5</translation>
        </message>
        <message>
            <source>tom = løpende</source>
            <translation>empty = ongoing</translation>
        </message>
        <message>
            <source>kr per måned</source>
            <translation>NOK per month</translation>
        </message>
        <message>
            <source>f.eks. 2024/12345</source>
            <translation>e.g. 2024/12345</translation>
        </message>
        <message>
            <source>Inneholder et NUL-tegn (tegnkode 0), som ikke kan lagres</source>
            <translation>Contains a NUL character (code 0), which cannot be saved</translation>
        </message>
        <message>
            <source>Velg {field}</source>
            <translation>Choose {field}</translation>
        </message>
        <message>
            <source>Fyll ut {field}</source>
            <translation>Fill in {field}</translation>
        </message>
        <message>
            <source>Høyst {most} tegn (nå {now})</source>
            <translation>At most {most} characters (now {now})</translation>
        </message>
        <message>
            <source>Skriv et helt tall</source>
            <translation>Enter a whole number</translation>
        </message>
        <message>
            <source>Skriv et tall, f.eks. 54,5</source>
            <translation>Enter a number, e.g. 54,5</translation>
        </message>
        <message>
            <source>Ugyldig dato – skriv dd.mm.åååå</source>
            <translation>Invalid date – enter dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Ukjent verdi «{value}»</source>
            <translation>Unknown value “{value}”</translation>
        </message>
        <message>
            <source>Datoen kan ikke være fram i tid</source>
            <translation>The date cannot be in the future</translation>
        </message>
        <message>
            <source>Arealet kan ikke være negativt</source>
            <translation>The area cannot be negative</translation>
        </message>
        <message>
            <source>Arealet må være større enn 0</source>
            <translation>The area must be greater than 0</translation>
        </message>
        <message>
            <source>Over 1000 m² er ikke en bolig – sjekk tallet</source>
            <translation>Over 1000 m² is not a dwelling – check the figure</translation>
        </message>
        <message>
            <source>Antall rom må være mellom 1 og 30</source>
            <translation>The number of rooms must be between 1 and 30</translation>
        </message>
        <message>
            <source>Oppgi når boligen ble ledig</source>
            <translation>Give the date the dwelling became vacant</translation>
        </message>
        <message>
            <source>Bare en ledig bolig har «ledig siden»: tøm feltet</source>
            <translation>Only a vacant dwelling has “vacant since”: clear the field</translation>
        </message>
        <message>
            <source>Fyll ut gårdsnummer og bruksnummer først</source>
            <translation>Fill in the farm number and holding number first</translation>
        </message>
        <message>
            <source>Byggeåret kan ikke være fram i tid</source>
            <translation>The year built cannot be in the future</translation>
        </message>
        <message>
            <source>Skriv byggeåret med fire siffer</source>
            <translation>Enter the year built with four digits</translation>
        </message>
        <message>
            <source>Sluttdatoen kan ikke være før startdatoen</source>
            <translation>The end date cannot be before the start date</translation>
        </message>
        <message>
            <source>Oppsigelsestiden må være mellom 0 og 60 måneder</source>
            <translation>The notice period must be between 0 and 60 months</translation>
        </message>
        <message>
            <source>Leien kan ikke være negativ</source>
            <translation>The rent cannot be negative</translation>
        </message>
        <message>
            <source>Prosjektet må ha minst én bolig</source>
            <translation>The project must have at least one dwelling</translation>
        </message>
        <message>
            <source>«Gyldig til» kan ikke være før «gyldig fra»</source>
            <translation>“Valid to” cannot be before “valid from”</translation>
        </message>
        <message>
            <source>Neste vurdering kan ikke være før startdatoen</source>
            <translation>The next review cannot be before the start date</translation>
        </message>
        <message>
            <source>Et tidsbestemt leieforhold må ha en sluttdato</source>
            <translation>A fixed-term tenancy must have an end date</translation>
        </message>
        <message>
            <source>Ligner et fødselsnummer – skriv bare saksnummeret</source>
            <translation>Looks like a national identity number – enter only the case number</translation>
        </message>
        <message>
            <source>Anbefalt: når skal leieforholdet vurderes?</source>
            <translation>Recommended: when should the tenancy be reviewed?</translation>
        </message>
    </context>
    <context>
        <name>Value</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>No</translation>
        </message>
    </context>
</TS>

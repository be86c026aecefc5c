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
        <name>AgreementsSection</name>
        <message>
            <source>Innleieavtaler (kommunen leier og framleier) og tilvisningsavtaler (Husbanken). Koblinger viser boligene og utleierens andre avtaler.</source>
            <translation>Lease agreements (the municipality rents and sublets) and referral agreements (Husbanken). Links show the dwellings and the landlord's other agreements.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Første start: lager demodatabase i {path} …</source>
            <translation>First start: creating a demo database in {path} …</translation>
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
            <source>«{text}» er ikke et heltall</source>
            <translation>“{text}” is not a whole number</translation>
        </message>
        <message>
            <source>{value} er utenfor {low}–{high}</source>
            <translation>{value} is out of range {low}–{high}</translation>
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
            <source>Alvor</source>
            <translation>Severity</translation>
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
            <source>Opprett en tom boligreg-database med bydeler og folketall.</source>
            <translation>Create an empty boligreg database with districts and population figures.</translation>
        </message>
        <message>
            <source>Skriv ut antall boliger per bydel og disposisjonsform.</source>
            <translation>Print the number of dwellings per district and tenure.</translation>
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
        <name>DwellingsSection</name>
        <message>
            <source>Hver bruksenhet med disposisjonsform, status, bruk og gjeldende avtale. Dobbeltklikk en kobling for å åpne den; Alt+Venstre går tilbake.</source>
            <translation>Every unit with its tenure, status, use and current agreement. Double-click a link to open it; Alt+Left goes back.</translation>
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
            <source>Bolig</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Bygg</source>
            <translation>Building</translation>
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
            <source>Avtale</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Leieforhold</source>
            <translation>Tenancy</translation>
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
            <source>Kolonnenavn som importen bruker</source>
            <translation>Column names the import uses</translation>
        </message>
        <message>
            <source>Overskriftene blir feltnavnene (f.eks. street_address) i stedet for norske navn. Importen leser begge.</source>
            <translation>The headers become the field names (e.g. street_address) instead of the column labels. The import reads both.</translation>
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
            <translation>in the ranking per 1 000 inhabitants</translation>
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
            <translation>dwellings per 1 000 inhabitants</translation>
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
            <translation>, {n} per 1 000 inhabitants</translation>
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
            <translation>Dwellings per 1 000 inhab.</translation>
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
            <translation>The population of Oslo is missing (1 January {year} or earlier). Dwellings per 1 000 inhabitants and the ranking therefore cannot be calculated.</translation>
        </message>
        <message>
            <source>Folketall mangler for bydelen (1.1.{year} eller tidligere). Boliger per 1 000 innbyggere og rangering kan derfor ikke beregnes.</source>
            <translation>The population of the district is missing (1 January {year} or earlier). Dwellings per 1 000 inhabitants and the ranking therefore cannot be calculated.</translation>
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
            <translation>&lt;b&gt;Per 1 000 inhabitants&lt;/b&gt;: dwellings / population × 1 000, as in KOSTRA. Population as at 1 January of the following year (= 31.12.{year}). {pop}.</translation>
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
            <translation>Municipal dwellings per 1 000 inhabitants, all districts</translation>
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
            <translation>Per 1 000 inhabitants</translation>
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
            <translation>Dwellings per 1 000 inhabitants, the districts from most to fewest</translation>
        </message>
        <message>
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Kartet på PDF-arket viser de 15 bydelene skyggelagt etter boliger per 1 000 innbyggere, mørkere jo flere; tallene står i tabellen over.</source>
            <translation>The map on the PDF sheet shows the 15 districts shaded by dwellings per 1 000 inhabitants, darker the more there are; the figures are in the table above.</translation>
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
            <source>Språk på arkene</source>
            <translation>Language of the sheets</translation>
        </message>
        <message>
            <source>Bokmål (offisiell utgave)</source>
            <translation>Bokmål (official edition)</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Faktaarkene er på bokmål. En engelsk utgave har de samme tallene; publiserte utgaver er alltid på bokmål.</source>
            <translation>The fact sheets are in Bokmål. An English edition has the same figures; published editions are always in Bokmål.</translation>
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
        <name>History</name>
        <message>
            <source>Registeret slik det var registrert per {day} – kun lesing</source>
            <translation>The register as it was registered on {day} – read only</translation>
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
            <source>valg: {values}</source>
            <translation>choice: {values}</translation>
        </message>
        <message>
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <source>dato</source>
            <translation>date</translation>
        </message>
        <message>
            <source>ja/nei</source>
            <translation>yes/no</translation>
        </message>
        <message>
            <source>bydel</source>
            <translation>district</translation>
        </message>
        <message>
            <source>postnummer</source>
            <translation>postcode</translation>
        </message>
        <message>
            <source>bruksenhetsnummer</source>
            <translation>unit number</translation>
        </message>
        <message>
            <source>organisasjonsnummer</source>
            <translation>organisation number</translation>
        </message>
        <message>
            <source>gnr/bnr/fnr/snr</source>
            <translation>gnr/bnr/fnr/snr</translation>
        </message>
        <message>
            <source>kommunenummer</source>
            <translation>municipality number</translation>
        </message>
        <message>
            <source>boligreg-ID</source>
            <translation>boligreg ID</translation>
        </message>
        <message>
            <source>heltall</source>
            <translation>whole number</translation>
        </message>
        <message>
            <source>desimaltall</source>
            <translation>decimal number</translation>
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
        <message>
            <source>bolig</source>
            <translation>dwelling</translation>
        </message>
        <message>
            <source>bygg</source>
            <translation>building</translation>
        </message>
        <message>
            <source>avtale</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>vedlikehold</source>
            <translation>maintenance</translation>
        </message>
        <message>
            <source>hjelpefelt</source>
            <translation>helper fields</translation>
        </message>
        <message>
            <source>felt</source>
            <translation>field</translation>
        </message>
        <message>
            <source>navn</source>
            <translation>name</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>overskrifter som gjenkjennes</source>
            <translation>headers recognised</translation>
        </message>
        <message>
            <source>Felt som kan importeres (bruk feltnavnet i koblingsfilen):</source>
            <translation>Fields that can be imported (use the field name in the mapping file):</translation>
        </message>
        <message>
            <source>valg (se under)</source>
            <translation>choice (see below)</translation>
        </message>
        <message>
            <source>verdier: {values}</source>
            <translation>values: {values}</translation>
        </message>
        <message>
            <source>Koblingsfil (JSON):</source>
            <translation>Mapping file (JSON):</translation>
        </message>
        <message>
            <source>Feltet "" betyr at kolonnen ikke skal importeres.</source>
            <translation>The field "" means the column is not imported.</translation>
        </message>
    </context>
    <context>
        <name>ImportFile</name>
        <message>
            <source>semikolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>komma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>tabulator</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>UTF-8 med BOM</source>
            <translation>UTF-8 with BOM</translation>
        </message>
        <message>
            <source>Rad {row}: {why}</source>
            <translation>Row {row}: {why}</translation>
        </message>
        <message>
            <source>CSV, {encoding}, skilletegn {delimiter}</source>
            <translation>CSV, {encoding}, separator {delimiter}</translation>
        </message>
        <message>
            <source>Excel, ark «{sheet}»</source>
            <translation>Excel, sheet “{sheet}”</translation>
        </message>
        <message>
            <source>gruppeoverskrift over overskriftsraden («{text}»)</source>
            <translation>group heading above the header row (“{text}”)</translation>
        </message>
        <message>
            <source>tittel («{text}»)</source>
            <translation>title (“{text}”)</translation>
        </message>
        <message>
            <source>Rad {rows} ser ut som tittel eller gruppeoverskrift og er hoppet over.</source>
            <translation>Row {rows} looks like a title or group heading and was skipped.</translation>
        </message>
        <message>
            <source>tom rad</source>
            <translation>empty row</translation>
        </message>
        <message>
            <source>gjentatt overskriftsrad</source>
            <translation>repeated header row</translation>
        </message>
        <message>
            <source>sumrad («{text}»)</source>
            <translation>total row (“{text}”)</translation>
        </message>
        <message>
            <source>merknad under tabellen («{text}»)</source>
            <translation>note under the table (“{text}”)</translation>
        </message>
        <message>
            <source>mellomtittel («{text}»)</source>
            <translation>subheading (“{text}”)</translation>
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
        <name>ImportPlan</name>
        <message>
            <source>Boligen med denne ID-en er slettet i registeret; gjenopprett den der først</source>
            <translation>The dwelling with this ID is deleted in the register; restore it there first</translation>
        </message>
        <message>
            <source>Samme bruksenhetsnummer og adresse finnes allerede i registeret som en annen bolig</source>
            <translation>The same unit number and address are already in the register as another dwelling</translation>
        </message>
        <message>
            <source>Registeret har {n} boliger med samme bruksenhetsnummer og adresse; rett dem opp først</source>
            <translation>The register has {n} dwellings with the same unit number and address; sort them out first</translation>
        </message>
        <message>
            <source>Boligen finnes allerede i registeret, men hos bydel {name}</source>
            <translation>The dwelling is already in the register, but with district {name}</translation>
        </message>
        <message>
            <source>Adressen er allerede registrert som bygg i bydel {others}; en import for bydel {district} endrer ikke den andre bydelens bygg. Avklar hvilken bydel bygget hører til</source>
            <translation>The address is already registered as a building in district {others}; an import for district {district} does not change the other district's building. Settle which district the building belongs to</translation>
        </message>
        <message>
            <source>Registeret har {n} avtaler med dette avtalenummeret</source>
            <translation>The register has {n} agreements with this agreement number</translation>
        </message>
        <message>
            <source>Avtalenummeret tilhører en avtale i bydel {other}; en import for bydel {district} endrer den ikke</source>
            <translation>The agreement number belongs to an agreement in district {other}; an import for district {district} does not change it</translation>
        </message>
        <message>
            <source>Skriver nye poster ({table})</source>
            <translation>Writing new records ({table})</translation>
        </message>
        <message>
            <source>Oppdaterer endrede poster ({table})</source>
            <translation>Updating changed records ({table})</translation>
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
            <source>Vanlig fordeling: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av husleieloven og registreres ikke her.</source>
            <translation>The usual split: Boligbygg maintains the exterior (façade, roof, common areas, technical installations, fire safety) unless otherwise agreed; in a housing cooperative or condominium the board does; with a lease or referral the owner is the landlord and maintains the building. The tenant's minor upkeep (locks, taps, WC, sockets, water heater) follows from the Tenancy Act and is not registered here.</translation>
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
        <name>OverviewSection</name>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Dwellings per 1 000 residents</translation>
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
            <translation>dwellings per 1 000 residents</translation>
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
            <translation>Per 1 000</translation>
        </message>
        <message>
            <source>Boliger per 1 000 innbyggere</source>
            <translation>Dwellings per 1 000 residents</translation>
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
        <name>Pdf</name>
        <message>
            <source>Side {page} av {total}</source>
            <translation>Page {page} of {total}</translation>
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
        <name>Records</name>
        <message>
            <source>Eiendommen har {n} registrerte boliger. Slett eller flytt boligene først.</source>
            <translation>The property has {n} registered dwellings. Delete or move the dwellings first.</translation>
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
        <message>
            <source>Scenario: {name} (fra {when})</source>
            <translation>Scenario: {name} (from {when})</translation>
        </message>
        <message>
            <source>Alle innleie- og tilvisningsavtaler til Boligbygg</source>
            <translation>All lease and referral agreements to Boligbygg</translation>
        </message>
        <message>
            <source>Velferdsetatens boliger til Bydel …</source>
            <translation>Velferdsetaten's dwellings to a district …</translation>
        </message>
        <message>
            <source>Boligbygg Oslo KF overtar alle innleie- og tilvisningsavtaler som bydelene og Velferdsetaten har i dag. Boligene avtalene gjelder, disponeres fortsatt av samme enhet.</source>
            <translation>Boligbygg Oslo KF takes over every lease and referral agreement the districts and Velferdsetaten hold today. The dwellings the agreements cover stay allocated by the same unit.</translation>
        </message>
        <message>
            <source>Velferdsetatens boliger til {name}</source>
            <translation>Velferdsetaten's dwellings to {name}</translation>
        </message>
        <message>
            <source>{name} overtar disposisjonen av boligene Velferdsetaten disponerer i dag (boliger for personer med funksjonsnedsettelser).</source>
            <translation>{name} takes over the allocation of the dwellings Velferdsetaten allocates today (dwellings for people with disabilities).</translation>
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
            <source>Avtaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Kunne ikke laste {title}: {error}</source>
            <translation>Could not load {title}: {error}</translation>
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
        <name>SyncConnect</name>
        <message>
            <source>Får ikke kontakt med serveren</source>
            <translation>Cannot reach the server</translation>
        </message>
        <message>
            <source>Finner ikke serveren</source>
            <translation>Server not found</translation>
        </message>
        <message>
            <source>Passord mangler</source>
            <translation>Password missing</translation>
        </message>
        <message>
            <source>Feil brukernavn eller passord</source>
            <translation>Wrong user name or password</translation>
        </message>
        <message>
            <source>Databasen finnes ikke</source>
            <translation>The database does not exist</translation>
        </message>
        <message>
            <source>Ingen tilgang til databasen</source>
            <translation>No access to the database</translation>
        </message>
        <message>
            <source>Ikke en boligreg-sentraldatabase</source>
            <translation>Not a boligreg central database</translation>
        </message>
        <message>
            <source>Feil skjemaversjon</source>
            <translation>Wrong schema version</translation>
        </message>
        <message>
            <source>Feil type bruker</source>
            <translation>Wrong kind of user</translation>
        </message>
        <message>
            <source>Ingen rolle for bydelen</source>
            <translation>No role for the district</translation>
        </message>
        <message>
            <source>Sentraldatabasen er opptatt</source>
            <translation>The central database is busy</translation>
        </message>
        <message>
            <source>Forbindelsen ble brutt</source>
            <translation>The connection was lost</translation>
        </message>
        <message>
            <source>Passordlageret er ikke tilgjengelig</source>
            <translation>The password store is not available</translation>
        </message>
        <message>
            <source>Tilkoblingen feilet</source>
            <translation>The connection failed</translation>
        </message>
        <message>
            <source>Tilkoblet som {user} — {roles}. Sentraldatabasen er klar for synkronisering.</source>
            <translation>Connected as {user} — {roles}. The central database is ready to synchronise.</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Revisor</source>
            <translation>Auditor</translation>
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
            <translation>sent {n}</translation>
        </message>
        <message>
            <source>hentet {n}</source>
            <translation>received {n}</translation>
        </message>
        <message>
            <source>flettet {n}</source>
            <translation>merged {n}</translation>
        </message>
        <message>
            <source>1 ny konflikt</source>
            <translation>1 new conflict</translation>
        </message>
        <message>
            <source>{n} nye konflikter</source>
            <translation>{n} new conflicts</translation>
        </message>
        <message>
            <source>{n} avvist</source>
            <translation>{n} rejected</translation>
        </message>
        <message>
            <source>publiserte faktaark sendt {sent}, hentet {received}</source>
            <translation>published fact sheets sent {sent}, received {received}</translation>
        </message>
        <message>
            <source>{n} utgave(r) ikke sendt (samme nummer fra en annen kopi)</source>
            <translation>{n} edition(s) not sent (the same number from another copy)</translation>
        </message>
        <message>
            <source>Synkronisert: {parts}.</source>
            <translation>Synchronised: {parts}.</translation>
        </message>
        <message>
            <source>1 konflikt venter på deg.</source>
            <translation>1 conflict is waiting for you.</translation>
        </message>
        <message>
            <source>{n} konflikter venter på deg.</source>
            <translation>{n} conflicts are waiting for you.</translation>
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
        <name>Transfer</name>
        <message>
            <source>Overføring {reference}: {sender} → {receiver}, gjelder fra {date}</source>
            <translation>Transfer {reference}: {sender} → {receiver}, effective from {date}</translation>
        </message>
        <message>
            <source>Flyttes: {dwellings} boliger, {agreements} avtaler, {maintenance} vedlikeholdsansvar, {findings} åpne avvik, {tenancies} løpende leieforhold.</source>
            <translation>Moving: {dwellings} dwellings, {agreements} agreements, {maintenance} maintenance responsibilities, {findings} open findings, {tenancies} running tenancies.</translation>
        </message>
        <message>
            <source>Avgiver</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Receiver</translation>
        </message>
        <message>
            <source>{role} {unit}: boliger {d0} → {d1}, avtaler {a0} → {a1}, husleie/mnd {r0} → {r1}, innleie/mnd {l0} → {l1}</source>
            <translation>{role} {unit}: dwellings {d0} → {d1}, agreements {a0} → {a1}, rent/month {r0} → {r1}, lease cost/month {l0} → {l1}</translation>
        </message>
        <message>
            <source>{reference}: {n} boliger {sender} → {receiver}, fra {date}</source>
            <translation>{reference}: {n} dwellings {sender} → {receiver}, from {date}</translation>
        </message>
        <message>
            <source>{reference}: {n} avtaler {sender} → {receiver}, fra {date}</source>
            <translation>{reference}: {n} agreements {sender} → {receiver}, from {date}</translation>
        </message>
        <message>
            <source>(angret {date})</source>
            <translation>(undone {date})</translation>
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
    <context>
        <name>Workers</name>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>

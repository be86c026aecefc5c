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
            <translation>open findings in all</translation>
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
            <translation>Open in all</translation>
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
            <source>Bydel</source>
            <translation>District</translation>
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
            <source>som registrert per {date}</source>
            <translation>as registered at {date}</translation>
        </message>
        <message>
            <source>(DEMODATA – syntetiske tall)</source>
            <translation>(DEMO DATA – synthetic figures)</translation>
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

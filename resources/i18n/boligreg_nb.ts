<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
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
            <source>Opprettet {path}</source>
            <translation>Opprettet {path}</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Kode</translation>
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
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Side {page} av {total}</source>
            <translation>Side {page} av {total}</translation>
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
</TS>

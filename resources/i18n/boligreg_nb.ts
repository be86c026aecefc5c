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
            <source>Opprettet {path}</source>
            <translation>Opprettet {path}</translation>
        </message>
        <message>
            <source>Kode</source>
            <translation>Kode</translation>
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
            <source>Bydel</source>
            <translation>Bydel</translation>
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
            <source>Opprett en tom boligreg-database med bydeler og folketall.</source>
            <translation>Opprett en tom boligreg-database med bydeler og folketall.</translation>
        </message>
        <message>
            <source>Skriv ut antall boliger per bydel og disposisjonsform.</source>
            <translation>Skriv ut antall boliger per bydel og disposisjonsform.</translation>
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
        <message>
            <source>«{text}» er ikke et heltall</source>
            <translation>«{text}» er ikke et heltall</translation>
        </message>
        <message>
            <source>{value} er utenfor {low}–{high}</source>
            <translation>{value} er utenfor {low}–{high}</translation>
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
        <name>Pdf</name>
        <message>
            <source>Side {page} av {total}</source>
            <translation>Side {page} av {total}</translation>
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

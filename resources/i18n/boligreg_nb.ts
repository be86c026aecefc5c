<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
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
        <name>Section</name>
        <message>
            <source>Kunne ikke laste {title}: {error}</source>
            <translation>Kunne ikke laste {title}: {error}</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name></name>
    <message>
        <source>signerer senere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ønsker ikke å signere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signerer ikke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klar til signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delvis signert (%1 av %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signert (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler underskrift fra: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerer ikke: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erstattet av en nyere versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale %1, versjon %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtale %1, versjon %2 · evaluert %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre tom samarbeidsavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre tomt evalueringsskjema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre tomt kartleggingsskjema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt skjema lagret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjemaet kunne ikke lagres i %1. Velg en annen mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen videre oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyttet til annen skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overført til annen tjeneste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken ble avsluttet %1 (%2) og er arkivert. Den bør slettes innen %3. Fil → Gjenåpne saken … tar den opp igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv grunnen med egne ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er allerede avsluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er ikke avsluttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettedatoen kan ikke være før datoen saken avsluttes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken kunne ikke avsluttes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innstillingen er %1 måneder etter avslutning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innstillingen er slutten av skoleåret etter avslutning (31. juli). Følg skolens arkivplan; datoen kan endres her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages nå: åpne saken (Vis arkiverte) og velg Fil → Sluttrapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er avsluttet og arkivert. Den bør slettes innen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er gjenåpnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages: en del av saken kunne ikke leses. Saken er uendret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre sluttrapport som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages. Saken er uendret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspektør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avdelingsleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosiallærer/rådgiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helsesykepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnevern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraværsregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartleggingssamtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opptrappingsplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler og evalueringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter og referater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvisningsutkastet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utleveringsloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> og </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uten %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny sak …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytt passordfrase …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skolerute …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfør saken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent inn en sak …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonym drøfting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller et dokument …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvisning til PPT …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt saken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne saken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttrapport …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidsavtale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartleggingssamtale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Nærvær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt skjema til papir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feil passordfrase. Prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkelfilen (vault.key) er skadet og kan ikke brukes. Den blir ikke endret. Legg tilbake en sikkerhetskopi av filen, eller kontakt den som har ansvar for maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukryptert database – ikke en Nærvær-sak. Åpnes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent filtype – ikke en Nærvær-sak. Åpnes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkelfilen er laget av en nyere versjon av Nærvær. Oppdater programmet. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget av en nyere versjon av Nærvær. Oppdater programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er låst med en annen brukers nøkkel og kan ikke åpnes her. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkelfilen har sikkerhetsinnstillinger som programmet ikke godtar, og den blir ikke brukt. Ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke lagret – </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er tapt: endringene er fortsatt i programmet, og forrige lagring ligger urørt på disken. Programmet prøver igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er endret av et annet program eller en annen kopi av Nærvær etter at du åpnet den. Den blir ikke overskrevet. Ingenting er tapt: når du lukker saken, lagres endringene dine som en egen kopi av saken, som du finner i sakslisten under samme navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet og kan ikke endres her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noe gikk galt med saksfilen. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noe uventet gikk galt. Ingenting er slettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasen passer ikke til denne overføringsfilen. Sjekk ordene med den som sendte filen, og prøv igjen. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfilen er ufullstendig (kopieringen ble avbrutt). Be om å få filen på nytt. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfilen er skadet eller endret etter at den ble laget, og kan ikke brukes. Be om å få filen på nytt. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfilen er laget av en nyere versjon av Nærvær. Oppdater programmet og prøv igjen. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er altfor stor til å være en overføringsfil fra Nærvær. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er ikke en overføringsfil fra Nærvær. Velg filen som slutter på .naervaer-overforing. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken finnes allerede her. Velg om du vil beholde begge eller erstatte den som er her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfilen kan ikke brukes. Ingenting er hentet inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkelfilen vault.key i datamappen er ikke en vanlig fil (den er for eksempel en mappe), så sakene kan ikke låses opp. Ingenting er endret. Legg tilbake den riktige nøkkelfilen, eller kontakt den som har ansvar for maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet får ikke lese nøkkelfilen vault.key (mangler tilgang eller lesefeil på disken). Ingenting er endret. Kontakt den som har ansvar for maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er ikke en vanlig fil og kan ikke være en sak. Den åpnes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet får ikke lese saksfilen (mangler tilgang eller lesefeil på disken). Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innstillingsfilen er skadet og kunne ikke leses. Programmet bruker standardinnstillingene; velg dine på nytt under Innstillinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noen innstillinger hadde ugyldige verdier og er satt tilbake til standard. Se over dem under Innstillinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datamappen kan ikke skrives til nå, så saken er åpnet skrivebeskyttet: du kan lese, men ikke endre. Gi programmet skrivetilgang til mappen og åpne saken på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er merket som åpen på maskinen «%1». Ta den over bare hvis du er sikker på at den ikke er åpen der lenger – for eksempel fordi denne maskinen har fått nytt navn. Er saken fortsatt åpen på den andre maskinen, kan endringer som gjøres der, gå tapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noe uventet gikk galt i programmet, men det kjører videre. Det du har skrevet, er tatt vare på og lagres som vanlig. Feilen er skrevet i loggfilen (uten opplysninger om eleven). Skjer det igjen, lukk saken og åpne den på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skadet fil (avkortet) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skadet fil (ødelagt filhode) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skadet fil (innholdet er endret eller ødelagt) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tom fil – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skadet fil (innholdet kan ikke leses) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programmet får ikke skrive i datamappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontrollen etter skriving viste feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrivefeil på disken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringer i en sak kunne ikke skrives til disken før programmet ble låst (%1). De er tatt vare på, kryptert, og skrives så snart du låser opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noen endringer kunne ikke lagres før programmet ble låst: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet ble låst fordi det ikke var i bruk. Alt er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet ble låst fordi skjermen ble låst eller maskinen gikk i dvale. Alt er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når du låser opp, kommer du tilbake til samme sted i møtemodus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøver igjen om litt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke lagret – filen er endret utenfor programmet og blir ikke overskrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låsfilen til saken kan ikke leses: et annet program kan holde på å åpne saken, eller låsfilen er skadet. Lukk saken og åpne den igjen om litt; en skadet låsfil blir da erstattet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er åpen på %1 (bruker %2) siden %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du ser den skrivebeskyttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datamappen %1 kan ikke skrives til. Sakene som ligger der er ikke endret. Gi programmet skrivetilgang til mappen, eller velg en annen mappe med --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datamappen %1 finnes ikke og kan ikke opprettes. Koble til disken eller minnepinnen den ligger på, eller velg en annen mappe med --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn en passordfrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasen er for kort. Bruk minst 10 tegn eller minst 4 ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like. Skriv den samme to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mer enn en million år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med en kopi av nøkkelfilen ville det tatt %1 å gjette denne passordfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasen er for lett å gjette: med en kopi av nøkkelfilen ville den tatt %1 å gjette. Den må holde i minst %2 år. Bruk gjerne fire eller fem vanlige ord som ikke hører sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke være fram i tid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke være før 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 05.03.2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnes fra før – hoppes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For få kolonner (dato;type;timer;dokumentert;årsak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent type «%1» (dag, timer, forsent eller forlot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» – skriv ja eller nei under dokumentert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» – skriv minutter for sent som et tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke leses som CSV herfra (for eksempel et anførselstegn som aldri lukkes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linje %1 er én post: et anførselstegn som ikke lukkes? Hoppes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En celle er lengre enn %1 tegn – hoppes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvilke timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva eleven deltar i, og med hvilken støtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet for delmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak og ansvarlige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilken part har ansvaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem i parten (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem i parten, f.eks. mor (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytt ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi valgt tiltak til parten og personen over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilket delmål tiltaket hører til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nye tiltak knyttes til dette delmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knytt til delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knytt valgt tiltak til delmålet ved siden av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreslått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ressurser (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risiko (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens stemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens stemme samlet inn av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. kontaktlærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato elevens stemme ble hentet inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlet inn &amp;av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven var med i samtalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven var ikke med. Skriv hvem som har hentet inn elevens stemme, og når. Det står i sammendraget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 12.01.2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke lenger behov for systematisk oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny samarbeidsavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mer omfattende innsats trengs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>henvisning vurderes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontakt med %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kartleggingssamtale holdt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avtale %1 signert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluering av avtale %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartlegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opptrappingsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten blir for lang for feltet (%1 tegn). Et felt kan ha høyst %2 tegn; del teksten opp eller kort den ned. Ingenting er limt inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten har over %1 tegn uten mellomrom, og det kan feltet ikke vise. Ingenting er limt inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et ord kan ha høyst %1 tegn uten mellomrom. Skriv et mellomrom først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tirsdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onsdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torsdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fredager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lørdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>søndager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 fraværsdager siste %3 uker er %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær %1 av %2 skoledager rett etter ferie eller fridager (siste %3 uker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 dager med timefravær siste %3 uker gjelder 1. time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 enkelttimer med fravær siste %3 uker er %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 forsentkomminger siste %3 uker var på %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forsentkomminger siste %2 uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permisjon %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avklart fravær %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær siste %1 uker: %2, hele halvåret så langt: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinn %1 i opptrappingsplanen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søyler: fravær i prosent av skoletimene, mørk = dokumentert, lys = udokumentert. Grå uke = fri hele uka. Streker: T = tiltak starter, A = samarbeidsavtale, P = trinn i opptrappingsplanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fravær før: %1, etter: %2 (%3 hver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for lite data: %1 etter start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for lite data: %1 før start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke startet ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; i trinnet så langt: oppmøte %1 (mål %2, %3 skoledager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen har ingen dato, så det er ikke noe å sammenligne med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra avtaledatoen %1: %2. Tallene viser det registrerte fraværet, ikke hva som er årsaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I avtaleperioden %1–%2: ingen skoletimer registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I avtaleperioden %1–%2: fravær %3 av %4 timer (%5; dokumentert %6, udokumentert %7), %8 forsentkomminger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett en startdato for å se fraværet før og etter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fra %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fri hele uka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fravær %2 (dokumentert %3, udokumentert %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Startet denne uka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sykdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permisjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste 14 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste 3 måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siste 15 uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette halvåret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sent %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forlot skolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dokumentert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udokumentert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en dato (dd.mm.åååå) eller en periode (dd.mm.åååå-dd.mm.åååå).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» er ikke en dato vi kan lese. Skriv dd.mm.åååå, for eksempel 02.03.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden «%1» slutter før den begynner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden «%1» er lengre enn ett år. Del den opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er ingen skoledager i perioden «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne dagen er ikke en skoledag (helg eller fridag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» er ikke timer vi kan lese. Skriv for eksempel 1,2 eller 3-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ikke faget «%1» i timeplanen. Skriv timenummer, for eksempel 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagen har %1 timer. Skriv timenummer fra 1 til %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette kan vi ikke lese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barneverntjenesten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annen tjeneste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En bekymringsmelding til barneverntjenesten trenger ikke samtykke: skolen har plikt til å melde fra når det er grunn til bekymring (opplysningsplikten til barneverntjenesten). Samtykke trengs når opplysninger deles for samarbeid om hjelp og tiltak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om bekymringsmelding til barneverntjenesten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kollega eller ny skole (saken følges opp videre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbrutt. Ingen PDF er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartleggingsmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evalueringsmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tverrfaglig møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ressursteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annet møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede (mellomrom krysser av).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samme person kan ikke både være til stede og ha meldt forfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken skal tolke til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et møte pågår allerede i denne saken. Avslutt det først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet kunne ikke startes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merk: en PDF er ikke kryptert. Lagre den bare der taushetsbelagte papirer kan ligge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF lagret i %1 som Dok. %2 (ført i utleveringsloggen). En PDF er ikke kryptert: oppbevar den som papir med taushetsbelagte opplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF lagret i %1. En PDF er ikke kryptert: oppbevar den som papir med taushetsbelagte opplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så ingenting er skrevet ut. Lagre dokumentet som PDF og skriv det ut fra en annen maskin, eller be den som har ansvar for maskinen om å sette opp en skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En PDF er ikke kryptert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-filer for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede: kryss av for hvem som er med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på en annen som er med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle, f.eks. bestemor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilder og PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er større enn 50 MB. Skann med lavere oppløsning og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke leses. Velg en annen fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for eksempel mor, far, fosterforelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk for tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen foresatte er registrert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til person i laget rundt eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt person fra laget rundt eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen i laget rundt eleven er registrert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Nærvær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nærvær %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Støtte til møtene rundt en elev med bekymringsfullt skolefravær: saken, laget rundt eleven, kartlegging, tiltak og avtaler.

Programmet bruker aldri nettet. Sakene lagres kryptert på denne maskinen, og programmet låser seg selv når det ikke er i bruk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceEditing</name>
    <message>
        <source>registrering av fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import av fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting av fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring av fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring av skoleuke og fridager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avkryssing av oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrering av beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valg av regelsett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrering av kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring av kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting av kontakt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceEntry</name>
    <message>
        <source>Dato eller periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå eller periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. 1,2 eller 3-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsak, med egne ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valgfritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom for sent, minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forlot skolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forlot skolen i løpet av dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avklart fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avklart fravær (avtalt med skolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til fraværet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt endring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt endringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;rsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter legger til linjen. Dato som dd.mm.åååå eller dd.mm; en periode med bindestrek (02.03-06.03) gir én linje per skoledag. Tomt timefelt betyr hele dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En endring gjelder én dag. Skriv én dato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er allerede registrert: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre endring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceSection</name>
    <message>
        <source>Fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre valgt fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleuke og fridager …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleuke og fridager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer fravær fra en CSV-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett valgt fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær i tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer borte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer med fravær av skoletimene i perioden. Dok. = dokumentert, Udok. = udokumentert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilke dager og timer er vanskelige? (antall ganger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær i tall: timer borte av skoletimene, dokumentert (dok.) og udokumentert (udok.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelsett: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg CSV-fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ikke filen, eller den kan ikke leses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er for stor til å være en fraværsliste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(avklart)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaRail</name>
    <message>
        <source>Dagsorden for møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkter på dagsorden (Enter åpner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Åpne punktet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne punktet i saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hopp over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over punktet (eller ta det med igjen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt &amp;møtet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt møtet og se hva som ble bestemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte pågår: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hoppet over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk og for hvem, for eksempel «somali, for mor». Tomt: det som står på de foresatte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langsiktig mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent delmål fra &amp;opptrappingsplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent delmål fra opptrappingsplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent avtalte tiltak fra &amp;tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent avtalte tiltak fra tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig for plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode i uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt mellom hjem og skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dag, tid og sted, og hvem som kaller inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sted og dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;olk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langsiktig mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delmål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiltak og ansvar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig for plan B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakt hjem–skole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neste møte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk og for hvem, f.eks. «somali, for mor»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler og versjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en ny samarbeidsavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett dette utkastet (kan angres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klar til signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås avtalen som en nummerert versjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;under …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskrifter på skjermen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endre (ny versjon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag et nytt utkast fra denne versjonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluer avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg ved skann …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg ved skann eller bilde av signert avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvis avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre avtalen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen avtale ennå. Trykk «Ny avtale» når dere er klare til å skrive ned det dere har blitt enige om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes ingen opptrappingsplan å hente fra ennå. Skriv delmålene her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt lagres mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne versjonen er låst. Trykk «Endre (ny versjon)» for å lage et nytt utkast; denne versjonen blir stående.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrevet under av: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skann av den signerte avtalen er lagt ved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring i avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versjonen er låst og kan ikke endres. Lag en ny versjon for å endre den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny avtale med dem som er til stede på møtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny avtale. Kryss av for dem som er til stede; bare de får en linje å skrive under på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting av utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkastet er slettet. Ctrl+Z angrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkelen har ingen avtalte tiltak ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De avtalte tiltakene fra tiltakssirkelen er allerede med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiltak hentet fra tiltakssirkelen. Du kan endre dem her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv minst ett tiltak med en ansvarlig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen kan ikke gjøres klar til signering ennå:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen er klar til signering og låst som versjon %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underskrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriftene kunne ikke lagres: versjonen er ikke til signering lenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriftene er lagret. Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt utkast (versjon %1). Den låste versjonen blir stående og kan fortsatt skrives ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evalueringen er lagret. Et nytt utkast er laget fra den gamle avtalen; endre det det dere ble enige om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg skann eller bilde av signert avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Velg hvem som skrev under på papiret, og trykk «Skriv under» for hver av dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Originalfilen kan slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samarbeidsavtale.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbivalenceTool</name>
    <message>
        <source>Ambivalensmatrise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bra med å være hjemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bra med å gå på skolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanskelig med å være hjemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanskelig med å gå på skolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det er vanlig å ville to ting samtidig. Hvordan kan vi gjøre det vanskelige ved skolen mindre og det gode større?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnonymousConsultationDialog</name>
    <message>
        <source>Anonym drøfting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn, skole, steder, adresser, telefonnumre og datoer er byttet ut (markert i gult). Les teksten før du bruker den: opplysninger som kan kjenne igjen eleven uten navn – et sjeldent yrke, en liten bygd, en spesiell hendelse – må du fjerne selv under «Ord som også skal fjernes».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammendrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fullstendig rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstendig rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med de voksnes &amp;refleksjon etter samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med de voksnes refleksjon etter kartleggingssamtalen (intern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypoteser om hva som utløser og opprettholder fraværet. Interne notater: ta dem bare med når drøftingen trenger dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den anonymiserte teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ord som også skal fjernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn, sted …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til ordet som skal fjernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ord som fjernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort ordet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort det valgte ordet fra lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ord som også skal fjernes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut den anonymiserte teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre den anonymiserte teksten som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lu&amp;kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk anonym drøfting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 erstatninger (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen erstatninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skole, sted eller adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-postadresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fødselsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ord du la til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» er fjernet fra teksten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» står i teksten igjen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Skrivebeskyttet – endringer kan ikke gjøres her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagrer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt er lagret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <source>Boksen som er valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tatt opp i møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er tatt opp i møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva hjelper? Skriv og trykk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva gjør det vanskeligere? Skriv og trykk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et lite, konkret tiltak. Skriv og trykk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen ansvarlig ennå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <source>endring i «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny person i laget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fjerning av foresatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fjerning av person i laget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettedatoen er passert: saken kan slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluttet %1, arkivert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivert sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (passert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes en sikkerhetskopi av saken til %1 som kan gjenopprettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Saker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i sakene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk etter navn, trinn eller skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (passert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfør …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent inn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleoversikt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister denne uken og saker uten oppfølging i alle sakene, og en rapport uten navn til ledelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett utløpte saker …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her er det ingen saker ennå. Lag den første når du er klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er avsluttet. Åpne den og velg Fil → Gjenåpne saken … for å ta den opp igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke arkivere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien kan ikke brukes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er gjenopprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er satt tilbake til forrige lagring. Det som ble skrevet etter den, kan mangle. Den skadde filen er tatt vare på (kryptert) i datamappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avsluttet %1 · slettes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 avsluttet sak har passert slettedatoen og kan slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 avsluttede saker har passert slettedatoen og kan slettes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Tilbake til sakslisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta over saken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta over saken fra den andre maskinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deler av saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt møtemodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtemodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtemodus: skjermen vendes mot familien. Bare denne saken vises, uten interne notater og veiledning til de voksne, og teksten blir større. Trykk igjen for å gå tilbake (Ctrl+Shift+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta over saken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta over saken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Bytt passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nye passordfrasen må være vanskelig å gjette, også for noen som har kopiert nøkkelfilen. Sakene dine blir ikke endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nåværende passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny passordfrase en gang til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nåværende passordfrasen er feil. Prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytter passordfrase …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleEditing</name>
    <message>
        <source>endring av tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flytting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tatt opp i møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forslag godtatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forslag forkastet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny ressurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nytt tiltak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleSection</name>
    <message>
        <source>Tiltakssirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En lokal tilpasning av tiltakssirkelen kunne ikke brukes (%1). Standardutgaven vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piltaster velger boks, Enter åpner den.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleToolbar</name>
    <message>
        <source>&amp;Ta vare på sirkelen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta vare på sirkelen slik den er nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mmenlign …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammenlign sirkelen på to tidspunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag PDF av tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sirkelen er tatt vare på: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre tiltakssirkelen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiltakssirkel.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unntatt offentlighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side {x} av {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tatt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke tatt opp ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ressurser (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risiko (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Sirkelen er uendret og lagret i saken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleView</name>
    <message>
        <source>Tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tiltak</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tatt opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke tatt opp ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n forslag</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>start her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ressurser, %3 risiko, %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Avslutt saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når saken avsluttes, blir den arkivert: den skjules i saklisten og blir liggende kryptert til slettedatoen. Da tilbyr saklisten å slette den. En avsluttet sak kan gjenåpnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunn til at saken avsluttes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utdyping av grunnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv med egne ord (må fylles ut ved «Annet»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato saken avsluttes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem avslutter saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slettes innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag sluttrapport (PDF) til arkivet nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag sluttrapport til arkivet nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utdyping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluttet &amp;av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slettes innen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sammenlign sirkelen på to tidspunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagt til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatt opp i møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ressurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst var «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansvarlig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny startdato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Tjenesten opplysningene kan deles med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på den andre tjenesten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på tjenesten, f.eks. Familievernkontoret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva som kan deles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hva som kan deles, eller velg forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til hva som kan deles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg &amp;til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg forslaget til i «Hva kan deles»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor opplysningene deles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem som har samtykket: kryss av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato samtykket ble gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder til og med:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket har en sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket gjelder til og med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trukket tilbake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato samtykket ble trukket tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tjeneste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hva kan deles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gitt av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato gitt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Varighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ilbaketrukket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merknad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uten foreldreansvar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (eleven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer et nytt samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett dette samtykket (kan angres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykkets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer at samtykket er trukket tilbake i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg ved &amp;skann …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg ved skann eller bilde av signert skjema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis skjema …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvis samtykkeskjemaet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjemaet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre samtykkeskjemaet som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samtykker ennå. Før opplysninger om eleven deles med PPT, BUP, helsesykepleier, fastlege eller andre, trengs samtykke fra foresatte (og fra eleven når eleven har fylt 15 år). Trykk «Nytt samtykke», skriv ut skjemaet og legg ved skann når det er underskrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Signert skjema er lagt ved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens fødselsdato mangler (Oversikt): fra 15 år må eleven også samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven har fylt 15 år og må også samtykke. Alle med foreldreansvar må samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle med foreldreansvar må samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring i samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nytt samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt samtykke. Velg tjeneste, skriv hva som kan deles, og kryss av for hvem som har samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting av samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket er slettet. Ctrl+Z angrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samtykke trukket tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket er registrert trukket tilbake %1. Fra nå deles ingenting mer med tjenesten. Ctrl+Z angrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg skann eller bilde av signert samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Originalfilen kan slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samtykke.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Med hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Av hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble &amp;sagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble a&amp;vtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for n&amp;este steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv tidspunktet som dd.mm.åååå tt:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen for neste steg som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem dere hadde kontakt med.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Steg i samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor langt vi har kommet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Forrige steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forrige steg (Alt+venstre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste steg →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste steg (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause – fortsett senere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett samtalen på pause og gå til listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalen og verktøyene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg %1 av %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg %1 av %2: Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirPage</name>
    <message>
        <source>Datamappen kan ikke brukes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er slettet eller endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Registrer beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase eller trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluttet av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fase/trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Besluttet av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet foreslår. Dere bestemmer, og beslutningen lagres med dato og hvem som tok den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem som tok beslutningen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Slett sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLETT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken slettes for godt, sammen med sikkerhetskopien. Dette kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv elevens navn, «%1», for å bekrefte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er skadet, så navnet kan ikke leses. Skriv «%1» for å bekrefte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens navn for å bekrefte slettingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett saken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteExpiredDialog</name>
    <message>
        <source>Slett saker som har passert slettedatoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disse avsluttede sakene har passert slettedatoen. De slettes for godt, sammen med sikkerhetskopiene. Dette kan ikke angres. Fjern haken ved en sak som skal oppbevares lenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saker som kan slettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeg har sjekket at disse sakene ikke skal oppbevares lenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett 1 sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett %1 saker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureFields</name>
    <message>
        <source>Til hvem dokumentet gis (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for eksempel mor, PPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem som gir ut dokumentet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til (valgfritt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utlevert a&amp;v:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Føres i sakens utleveringslogg med dokumentets nummer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureList</name>
    <message>
        <source>Utlevert fra saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utlevert av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver PDF som lagres og hver utskrift fra saken føres her med et dokumentnummer. Nummeret og en kontrollverdi står nederst på dokumentet. «Kontroller et dokument …» viser om en PDF eller et ark er utlevert herfra, og om PDF-en er uendret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er utlevert fra saken ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller et &amp;dokument …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller om en PDF eller en kontrollverdi er fra denne saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken uten interne notater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Sendt til skriveren. Ingen fil er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sendt til skriveren som Dok. %1 (ført i utleveringsloggen). Ingen fil er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbrutt. Ingen PDF er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Innholdet er uendret og lagret i saken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDatesCard</name>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste møte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oppgave fra møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering av avtale %1 skulle vært holdt %2. Den er forfalt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluering av avtale %1: %2 (om %n dager)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen frister ennå: ingen evaluering, møte, neste steg eller oppgave har en dato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Ny: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt opp (Alt+Pil opp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytt ned (Alt+Pil ned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluering av avtale %1, versjon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fungert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke fungert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted for evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering av målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert fravær før og etter avtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tiltak %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering av plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har plan B fungert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behov for henvisning videre (for eksempel PPT, BUP, barneverntjenesten) er vurdert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke behov for henvisning nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvises til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvisning til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnevern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad: hvorfor, eller hva som er avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad om henvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langsiktig mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering av &amp;målet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konklusjon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvis evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som P&amp;DF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre evalueringen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;under …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskrifter på evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ullfør evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullfør evalueringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk (alt er lagret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk; alt er lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Registrer samtykket under Samtykke før opplysninger sendes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriftene er lagret. Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en konklusjon før evalueringen fullføres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av for om henvisning videre er vurdert: ikke behov nå, eller hvem eleven henvises til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg hvem henvisningen gjelder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluering.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleBank</name>
    <message>
        <source>Eksempler å hente fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksempler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett &amp;inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett inn valgt eksempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klikk på et eksempel for å sette det inn, eller dra det til en liste. Tilpass teksten etterpå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Lager PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-en lages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Skriv datoen som dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Velkommen til Nærvær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en passordfrase. Den låser opp sakene dine på denne maskinen. Den må være vanskelig å gjette, også for noen som har kopiert nøkkelfilen: gjerne fire eller fem vanlige ord som ikke hører sammen, og som du husker godt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv den ned og ta vare på den et trygt sted: uten passordfrasen kan ingen åpne sakene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase en gang til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opprett og start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opprett passordfrase og start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager nøkkelen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <source>Regelsett for denne saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regelsett:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluttet av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluttet &amp;av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godta forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godta forslaget og registrer beslutningen i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regler som har slått til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraværet bak regelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppgaver i denne fasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelsett side om side …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se hva hvert regelsett ville sagt for denne eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer beslutning …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer kontakt med hjemmet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvisning til PPT …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag henvisning til PPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regler som har &amp;slått til (velg én for å se fraværet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (forslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen beslutning er registrert ennå. Programmet foreslår; dere bestemmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluttet: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gjelder nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gjaldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – første gang %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen regel har slått til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraværsreglene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreslått etter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag etter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem som tok beslutningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra innstillingene (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelfilen %1 kan ikke brukes (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linje %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ukjent linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oppgaver i «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – gjort: %2 (Enter: vis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter eller dobbeltklikk: vis i Fravær</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Hvordan gikk uka?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uke (en dato i uka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat for uka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notat om uka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre uka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva gjør vi nå?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for beslutningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor? For eksempel: ressurslæreren ble syk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenta steget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett steg tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Historikk (ingenting overskrives):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle stegene er gjennomført.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nå: steg %1 – %2 (%3–%4), mål %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert oppmøte i perioden: %1 % (mål %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraværsregisteret har ingen registreringer for perioden ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 16.03.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en kort begrunnelse først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen er før steget begynte (%1). Velg en senere dato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedFlow</name>
    <message>
        <source>Langsiktig mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel: Jens er på skolen hele skoledagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langsiktig &amp;mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starter (dd.mm.åååå):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målet er der eleven skal ende. Stegene på veien dit kommer etterpå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utgangspunktet: hvor er eleven nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startmal for første steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomt steg (fyll ut selv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utgangspunkt – hvor er eleven nå?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første steg &amp;fra mal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En startmal kunne ikke leses (%1). De andre malene kan brukes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begynn med det eleven helt sikkert mestrer. Det er bedre å gå sakte fram enn å måtte ta steg tilbake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag neste steg med «Kopier til neste steg» og juster timene i uka. Ofte varer et steg to uker, og det siste steget er full deltakelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;este</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørsmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 av 4: Målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 av 4: Utgangspunktet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 av 4: Første steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 av 4: Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv det langsiktige målet først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny opptrappingsplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Ny stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for eksempel: saken går til fase 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholderen har ansvaret for at oppfølgingen henger sammen. Fasen foreslår: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nå: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi stafetten videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv eller velg hvem som får stafetten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Overfør saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakene krypteres i én fil med en engangs-passordfrase. Send filen til mottakeren, og les passordfrasen opp på telefon – aldri i samme e-post, melding eller på samme minnepinne som filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saker som overføres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til (mottaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel PPT Nordvidda, Jon Buljo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditt navn og din skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottakeren er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse for å overføre uten gyldig samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel: foresatte samtykket muntlig i møtet 12.01., skriftlig samtykke kommer; eller: bekymringsmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva som overføres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uten interne deler (refleksjon etter møtet, Kearney-hypoteser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deler som ikke blir med (kryss av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeg vil skrive inn en egen passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen passordfrase en gang til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg hvor filen lagres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mottakeren er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Innhold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ikke med:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gjenta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Du kan overføre likevel: skriv hvorfor. Begrunnelsen lagres i saken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke gyldig samtykke for alle sakene:
%1
Du kan overføre likevel: skriv hvorfor. Begrunnelsen lagres i hver av disse sakene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engangs-passordfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferdig – jeg har notert passordfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av minst én sak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem saken overføres til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes ikke gyldig samtykke. Skriv en begrunnelse for å overføre likevel, eller velg en annen mottaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en mappe som finnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes allerede en fil med dette navnet. Velg et annet navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overføringsfilen er lagret: %1. Saker i filen: %n. Overføringen er skrevet inn i hver sak.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gi mottakeren passordfrasen du valgte, på telefon eller ansikt til ansikt – aldri sammen med filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les passordfrasen opp for mottakeren på telefon, eller gi den ansikt til ansikt. Den vises bare nå og lagres ingen steder. Send den aldri i samme e-post, melding eller på samme minnepinne som filen. (Seks ord fra en liste på %1 ord: omtrent %2 bits.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krypterer og lagrer …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Hent inn en sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg overføringsfilen (slutter på .naervaer-overforing) og skriv passordfrasen du har fått på telefon. Hele filen kontrolleres før noe blir lagret her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammenligning av sakene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behold begge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstatt saken her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær (linjer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartleggingssamtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkel (punkter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opptrappingsplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saker i filen finnes allerede her (antall: %n). Se hva som er forskjellig, og velg: behold begge (saken fra filen blir en egen sak), eller erstatt saken her med den fra filen (den som er her nå, blir tatt vare på som sikkerhetskopi).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Elevens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en overføringsfil som finnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerer og dekrypterer filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagrer saken kryptert her …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hentet inn: %1. Overføringen er skrevet inn i saken, og saken ligger nå kryptert i sakslisten her.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Fravær per ukedag og time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mest fravær: %1 ganger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer fravær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil: %1 (%2, skilletegn «%3»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linjene i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor langt importen er kommet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filen er UTF-8, men %n linje(r) er ikke det og er lest som Windows-1252: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linjer kan importeres. %2 har feil og %3 finnes fra før; de hoppes over. Ingenting lagres før du velger Importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer %1 linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>Mønstre og utvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene viser hva som er registrert, ikke hvorfor. Bruk dem som utgangspunkt for en samtale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær per &amp;uke (piltastene velger uke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mønstre i fraværet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mønstre (velg ett for å se fraværet bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær før og etter hver start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før og etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Før og etter: fravær i like mange skoleuker før og etter start (uker med bare fri telles ikke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 har en feil (linje %2), og de vanlige tersklene brukes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen tydelige mønstre i fraværet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen tiltak, avtaler eller trinn med startdato ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KearneyTool</name>
    <message>
        <source>Kearneys fire funksjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Unngå det som gir ubehag eller vonde følelser på skolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Unngå sosiale situasjoner eller situasjoner der eleven blir vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Få oppmerksomhet fra foreldre eller andre viktige personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Få goder utenfor skolen (skjerm, venner, fritid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypoteser for de voksne, ikke sannheter. Vegring kan ha flere funksjoner samtidig, og de kan endre seg. Internt: vises ikke i møtemodus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notat til funksjon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ser vi som støtter eller svekker denne hypotesen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSection</name>
    <message>
        <source>Logg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny kontakt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer ny kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre valgt kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett valgt kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kontakt er registrert ennå. Skriv ned hver kontakt med hjemmet om fraværet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logg: kontakt eller utlevert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utlevert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skoleruta er lagret. Den gjelder alle saker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasen er byttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken kan ikke åpnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringene i saken er ikke lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukker du saken nå, går endringene siden forrige lagring tapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk uten å lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er ikke lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringene er lagret som en kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen var endret av et annet program, så den ble ikke overskrevet. Endringene dine er lagret som en egen sak med samme navn. Sammenlign de to og slett den du ikke trenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er endret utenfor programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutter du nå, går endringene siden forrige lagring tapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutt uten å lagre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Kartlegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtaler i saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samtaler i saken (Enter fortsetter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsett valgt samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samtaler ennå. Start den første nedenfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start en ny samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem er til stede (mellomrom krysser av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtaleguide eller sjekkliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Til stede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kjema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, linje %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noen skjemafiler har feil og er utelatt (de andre virker): %1. Rett filen og åpne saken på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steg %1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 12.03.2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDetails</name>
    <message>
        <source>Valgt tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bygger på eller reduserer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert fravær før og etter start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra fraværsregisteret: like mange skoleuker før og etter startdatoen. Sier ikke noe om årsaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start&amp;dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bygger på / &amp;reduserer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fravær før/etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke valgt ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen kobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startdato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEndDialog</name>
    <message>
        <source>Møtet er avsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva møtet bestemte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette ble bestemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referatets beslutninger (kan endres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referat – beslutninger (rett det som trengs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk siden; alt er lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1, versjon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, evalueres %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen avtale ble laget i møtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalen ble evaluert i møtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartleggingssamtale i møtet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltakssirkelen er lagret som stand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiltak og oppgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen tiltak eller oppgaver er skrevet ned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste møte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke avtalt ennå – sett det under Møter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingHub</name>
    <message>
        <source>Møtet er i gang. Dagsorden står til høyre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet er avsluttet. Referatet er skrevet ut fra det som ble bestemt; rett det før det skrives ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldt forfall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kartleggingssamtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand i tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avtale %1 versjon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluering av avtale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget i møtet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart møte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start et møte med dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ned et møte i etterkant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett m&amp;øtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett dette møtet (kan angres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato og tid for møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppgaver til neste møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig for oppgaven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist for oppgaven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste møte er avtalt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste møte er avtalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato og tid for neste møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Når og hva:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saks&amp;liste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otater:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beslutninger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ppgaver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste &amp;møte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møter ennå. Trykk «Nytt møte» når møtet begynner; alt lagres mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endring i møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt møte. Kryss av for dem som var til stede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sletting av møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet er slettet. Ctrl+Z angrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referat.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Ny sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En sak samler alt om én elev. Du kan fylle ut resten etterpå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opprett sak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv elevens navn for å opprette saken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;møte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start et møte med dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppfølging av fraværet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <source>Velg plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny &amp;plan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag P&amp;DF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langsiktig mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langsiktig &amp;mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg og oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stegene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan uten mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gjeldende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjør planen gjeldende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026. Planen beholder %1 til da.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre opptrappingsplanen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opptrappingsplan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Opptrappingsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unntatt offentlighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side {x} av {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Planen er uendret og lagret i saken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlusMinusTool</name>
    <message>
        <source>Pluss og minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett punkt per linje. Hva er bra og fungerer, og hva er vanskelig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pluss: det som er bra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minus: det som er vanskelig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pluss (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minus (−)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Forhåndsvisning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet slik det skrives ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut dokumentet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre dokumentet som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk forhåndsvisningen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Elevens egne ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens stemme: svaret er elevens egne ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopp over spørsmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunn til å hoppe over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor hopper vi over? (f.eks. tas senere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis hjelp: hvorfor vi spør og hvordan (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til tiltak …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter et forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boks i tiltakssirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et lite, konkret tiltak …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> av 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usikker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ikke svart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 02.04.2026. Teksten er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Henvisning til PPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henvisning til PPT – pedagogisk rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkastet er hentet fra saken. Les og rett hver del før du skriver ut. Bare delene med hake kommer med; den interne delen er ikke med før du krysser av for den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse for å sende uten gyldig samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor henvisningen sendes uten gyldig samtykke (skrives ut i henvisningen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delene av rapporten; hake betyr at delen tas med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hent på nytt fra saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent denne delen på nytt fra saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvis henvisningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut henvisningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre henvisningen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakk i &amp;overføringsfil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg saken med henvisningen i en kryptert overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken, med dette utkastet, i en kryptert overføringsfil (Overfør saken). Mottakeren åpner Henvisning til PPT i sin Nærvær for å lese og skrive ut. Den interne delen følger bare med når hele saken overføres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk henvisningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bakgrunn og bekymring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraværet i tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som er prøvd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opptrappingsplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens stemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De foresattes syn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det skolen ber PPT om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internt (refleksjon, hypoteser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten i delen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hva skolen ber PPT om: veiledning og konsultasjon til skolen og de foresatte, utredning av eleven, eller begge – og hva dere særlig lurer på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deler av rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internt for de voksne på skolen. Kommer bare med hvis du krysser av for delen; da merkes hele dokumentet INTERNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPT trenger å vite hva dere ber om: veiledning og konsultasjon, utredning av eleven, eller begge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er endret siden denne delen ble hentet. Trykk «Hent på nytt fra saken» for å ta med det nye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den interne delen kommer med: dokumentet merkes INTERNT på hver side. Gi det bare til dem som skal ha det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den interne delen er tatt ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen er hentet på nytt fra saken. Teksten du hadde skrevet er byttet ut; Ctrl+Z i teksten henter den tilbake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen er hentet på nytt fra saken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Skriv hvorfor henvisningen likevel sendes; begrunnelsen skrives ut i henvisningen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <source>Gjenåpne saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken tas fram fra arkivet og følges opp igjen. Slettedatoen gjelder ikke lenger. Grunnen skrives i sakens historikk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunn til at saken gjenåpnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel: fraværet har økt igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato saken gjenåpnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem gjenåpner saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpnet &amp;av:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetsDialog</name>
    <message>
        <source>Regelsett side om side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slik ville hvert regelsett vurdert fraværet til denne eleven i dag. Saken følger det første; de andre er bare til sammenligning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelsett og regler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjelder nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (brukes i saken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen regel har slått til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveSnapshotDialog</name>
    <message>
        <source>Ta vare på sirkelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn, for eksempel møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sirkelen slik den er nå blir tatt vare på, så dere senere kan se hva som er lagt til, endret og fullført.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta vare på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi standen et navn, for eksempel «Møte 2».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingTool</name>
    <message>
        <source>Skalering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor vanskelig eller lett er ulike situasjoner, fra 1 til 10? Spør også: hva skal til for at det blir ett tall bedre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny situasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny situasjon, f.eks. «Morgenen hjemme» (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til situasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søylediagram over skaleringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situasjonene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situasjon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall fra 1 til 10 for situasjon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern situasjon %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolCalendarDialog</name>
    <message>
        <source>Skolerute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferier og planleggingsdager gjelder alle saker på denne maskinen: planer, evalueringsdatoer og fraværsprosent regner bare skoledager. Én dato eller periode per linje, så navnet etter to mellomrom. Elevens egne fridager legges inn i saken (Fravær → Skoleuke og fridager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksempel på skolerute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legg til fra eksempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til periodene fra eksempelet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksemplene er et utgangspunkt: sjekk datoene mot skoleruta kommunen har vedtatt, og legg til skolens planleggingsdager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferier og fridager, én per linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>21.12.2026-01.01.2027  juleferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den lagrede skoleruta kunne ikke leses, og ingen ferier er regnet med nå. Skriv den inn på nytt eller legg til fra et eksempel, og lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 perioder, %2 hverdager uten skole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linje %1 kan vi ikke lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå, så navnet etter to mellomrom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleruta kunne ikke lagres i datamappen. Det du har skrevet står her fortsatt; prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolOverviewDialog</name>
    <message>
        <source>Skoleoversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle sakene på denne maskinen leses, bare for lesing: ingenting i sakene endres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leser sakene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakene leses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister denne uken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slo til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoledager siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sist logget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport til ledelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leser sakene … %1 av %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakene kunne ikke leses. Prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saker lest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kunne ikke leses og er ikke med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møte kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oppgave fra møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering av avtale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evalueringer, møter, neste steg fra loggen og oppgaver fra møtene som venter til og med søndag %1, også de som er forfalt. Enter eller dobbeltklikk åpner saken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frister denne uken i sakene på denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>En regel slo til for mer enn %n skoledager siden, og ingenting er logget siden (kontakt, møte, samtale, avtale, evaluering eller beslutning). Antallet dager endres under Innstillinger.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen slike saker nå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolWeekDialog</name>
    <message>
        <source>Skoleuke og fridager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fag i rekkefølge (valgfritt, skilt med komma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer på %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fag på %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>én dato eller periode per linje, for eksempel 14.04.2027  avtalt fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevens egne &amp;fridager (avtalt fri, egen timeplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skolens ferier og planleggingsdager står i skoleruta (Fil → Skolerute …) og gjelder alle saker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linje %1 under fridager kan vi ikke lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minst én dag i uken må ha timer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Underskrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede, og hvem som har skrevet under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem skriver under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hvem skriver under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev under på &amp;papir (ingen tegning), dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev under på papir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato personen skrev under på papir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skriv under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv under for valgt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tøm feltet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tøm underskriftsfeltet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor personen ikke skriver under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor, med egne ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor (kreves ved «annet»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerer &amp;ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merk at valgt person ikke skriver under nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ngre «signerer ikke»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta tilbake merket «signerer ikke»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre underskriftene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt uten å lagre underskrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver ikke under nå, &amp;grunn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrev under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrev under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegn underskriften i feltet, eller kryss av for at personen skrev under på papir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har skrevet under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvorfor når du velger «annet».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har allerede skrevet under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 er merket: %2. «Angre» tar det tilbake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mangler underskrift igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriftene er ikke lagret ennå. Trykk «Ferdig» for å lagre dem, eller «Avbryt» en gang til for å forkaste dem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Felt for underskrift: tegn med mus eller penn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StafettCard</name>
    <message>
        <source>Gi stafetten videre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi stafetten videre til en annen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholdere så langt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholder: ingen er valgt ennå. Fasen sier: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholder: %1, fra %2. Fasen sier: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg stafettholder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaircaseView</name>
    <message>
        <source>Trappen: stegene i planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen steg ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrert %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <source>Start møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato og tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel møterom 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede (mellomrom krysser av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldt forfall (mellomrom krysser av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på en som ikke står i saken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle, for eksempel rektor eller tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle (rektor, inspektør, sosiallærer …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til personen som til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolk er med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk er med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolkens språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk for hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noen dagsordener har feil og er utelatt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt, ikke start møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Når:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dagsorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til st&amp;ede:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meldt forfall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv navnet på den som skal legges til.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Stegets navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antall uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøtetid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for eksempel 08.30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Støtte: hvem gjør hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluktrute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva eleven kan gjøre når det blir for vanskelig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notat til steget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Varighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål for oppmøte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uka (klikk eller mellomrom bytter, 1–4 velger):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oppmøte kl.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hvor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;øtte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fluktrute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvar for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor steget er til elevens beste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort: hvorfor er dette til elevens beste nå, og når vurderes det igjen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til &amp;elevens beste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % av timene i uka (%2 timer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undervisning hjemme anbefales sjelden: tid borte fra skolen kan holde vegringen ved like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette steget har færre timer enn steget før.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv kort hvorfor det er til elevens beste. Begrunnelsen står i planen som skrives ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre ansvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Stegene i planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tegene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopier til neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopierer det valgte steget som starten på neste, med én time mer de dagene eleven allerede er på skolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fje&amp;rn steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopier til neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern steg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Forslag fra samtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til tiltak fra samtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Godta som tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godta forslaget som tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkast forslaget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Spørsmål uten svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til tiltak fra samtalen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern det valgte forslaget til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med de voksnes refleksjon etter møtet (interne notater)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med interne notater i sammendraget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag sammendrag for de foresatte (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag sammendrag som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker samtalen som ferdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontaktlærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sosiallærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helsesykepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miljøterapeut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle spørsmål er besvart eller hoppet over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørsmål uten svar (%1) – Enter går til spørsmålet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uten boks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalen er markert som ferdig. Du kan fortsatt rette i den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre sammendraget som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Samtalen er uendret og lagret i saken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammendrag av kartleggingssamtale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermReportPanel</name>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre som CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten har ingen navn. Små tall kan likevel peke ut en elev: del den med omtanke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten kunne ikke lages som PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre rapporten som CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-filen kunne ikke lagres i %1. Velg en annen mappe og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV lagret i %1. Den har ingen navn, men små tall kan peke ut en elev.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTool</name>
    <message>
        <source>Tidslinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for hendelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva skjedde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hva skjedde? (Enter legger til)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legg til hendelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hendelser i tidsrekkefølge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern valgt hendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 15.08.2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hva som skjedde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Vis i tidslinjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regler som slo til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtaler, avtaler og evalueringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overføringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utlevert (PDF og utskrift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – til %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overført til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hentet inn fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – uten gyldig samtykke, begrunnelse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting å vise ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableTool</name>
    <message>
        <source>Timeplan i rødt, gult og grønt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grønn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grønt: går greit. Gult: litt vanskelig. Rødt: svært vanskelig. Klikk (eller mellomrom) for å bytte farge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeplan: dager og timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tirsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fredag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolWidget</name>
    <message>
        <source>endring i verktøyet «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>Verktøy i samtalen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Fravær per skoleuke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Nærvær er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv passordfrasen din for å låse opp sakene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette er en demo. Passordfrasen er «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv inn passordfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan prøve igjen om 1 sekund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan prøve igjen om %1 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låser opp …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Kontroller et dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet kontrolleres mot utleveringsloggen til saken som er åpen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uten navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet kontrolleres mot utleveringsloggen i alle sakene på denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en PDF, eller skriv kontrollverdien som står nederst på et utskrevet ark («kontroll 7F3A-91C2»). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-fil som skal kontrolleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg PDF-fil som skal kontrolleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollverdi fra papiret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF-fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eller &amp;kontrollverdi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ontroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller dokumentet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk kontrollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg PDF-en som skal kontrolleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en PDF-fil eller skriv en kontrollverdi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerer mot alle sakene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv kontrollverdien slik den står nederst på siden: åtte tegn, 0–9 og A–F, for eksempel 7F3A-91C2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagret som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrevet som overføringsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dok. %1 «%2», %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skrevet ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, til %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, utlevert av %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uendret: dette er dokumentet slik det ble utlevert fra denne saken. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollverdien stemmer med denne saken, men dokumentet står ikke i utleveringsloggen (lagringen ble trolig avbrutt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDRET: filen bærer nummeret til et dokument fra denne saken, men den er ikke lenger lik det som ble utlevert (minst én byte er annerledes). Stol ikke på innholdet. Originalen var </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollverdien hører til </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sammenlign med arket: nummeret og kontrollverdien står nederst på hver side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent: ingen dokumenter fra denne saken har kontrollverdien %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent: ingen dokumenter fra sakene på denne maskinen har kontrollverdien %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent: dette dokumentet er ikke utlevert fra denne saken, eller det er laget før saken fikk utleveringslogg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent: dette dokumentet er ikke utlevert fra noen av sakene på denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er ikke en PDF. Velg PDF-filen du vil kontrollere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er for stor til å være et dokument fra Nærvær (over %1 MB). Ingenting er lest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke leses. Sjekk at den finnes og at du har tilgang til den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken: %1. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Ukeplan for steget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klikk eller trykk mellomrom for å bytte: deltar, deltar med støtte, alternativ arena, ikke. Tastene 1 til 4 velger direkte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med støtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternativ arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReplacementTips</name>
    <message>
        <source>Erstattet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle</name>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash_guard</name>
    <message>
        <source>Noe gikk galt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>PDF-en kunne ikke lagres i %1. Velg en annen mappe og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>Overføringsfil (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>svar på «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvem som hentet inn elevens stemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fjerning av forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>section</name>
    <message>
        <source>Møte %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>mangler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gjentatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tatt tilbake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>ikke registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Til stede: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke nådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videre til neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steget gjentas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett steg tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planen må ha minst ett steg. Steget er ikke fjernet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et steg må vare minst én uke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planen trenger en startdato (dd.mm.åååå).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steget har registrert oppfølging og kan ikke fjernes. Endre det heller, eller legg til et nytt steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planen har registrert oppfølging og blir ikke fjernet. Historikken tas alltid vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatoen må ligge mellom år 2000 og 2100. Sjekk årstallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet, så planen kan ikke endres her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et steg kan vare høyst 52 uker. Del det heller opp i flere steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endringen kunne ikke lagres. Ingenting er tapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasserom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupperom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hjemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andre (PPT, helsesykepleier …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Overføringsfilen er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

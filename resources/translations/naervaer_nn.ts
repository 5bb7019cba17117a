<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name />
    <message>
        <source>signerer senere</source>
        <translation>signerer seinare</translation>
    </message>
    <message>
        <source>ønsker ikke å signere</source>
        <translation>ønskjer ikkje å signere</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>signerer ikke: %1</source>
        <translation>signerer ikkje: %1</translation>
    </message>
    <message>
        <source>klar til signering</source>
        <translation>klar til signering</translation>
    </message>
    <message>
        <source>delvis signert (%1 av %2)</source>
        <translation>delvis signert (%1 av %2)</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>signert (%1)</source>
        <translation>signert (%1)</translation>
    </message>
    <message>
        <source>Mangler underskrift fra: %1.</source>
        <translation>Manglar underskrift frå: %1.</translation>
    </message>
    <message>
        <source>Signerer ikke: %1.</source>
        <translation>Signerer ikkje: %1.</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>evaluert</source>
        <translation>evaluert</translation>
    </message>
    <message>
        <source>erstattet av en nyere versjon</source>
        <translation>erstatta av ein nyare versjon</translation>
    </message>
    <message>
        <source>Avtale %1, versjon %2 – %3</source>
        <translation>Avtale %1, versjon %2 – %3</translation>
    </message>
    <message>
        <source>Avtale %1, versjon %2 · evaluert %3 · %4</source>
        <translation>Avtale %1, versjon %2 · evaluert %3 · %4</translation>
    </message>
    <message>
        <source>Mer omfattende innsats trengs: saken går videre.</source>
        <translation>Meir omfattande innsats trengst: saka går vidare.</translation>
    </message>
    <message>
        <source>Behov for henvisning videre (PPT, BUP, barneverntjenesten eller andre) er vurdert: ikke behov for henvisning nå.</source>
        <translation>Behov for tilvising vidare (PPT, BUP, barneverntenesta eller andre) er vurdert: ikkje behov for tilvising no.</translation>
    </message>
    <message>
        <source>Behov for henvisning videre (PPT, BUP, barneverntjenesten eller andre) er vurdert: henvises til %1.</source>
        <translation>Behov for tilvising vidare (PPT, BUP, barneverntenesta eller andre) er vurdert: blir tilvist til %1.</translation>
    </message>
    <message>
        <source>annen instans</source>
        <translation>anna instans</translation>
    </message>
    <message>
        <source>Behov for henvisning videre er ikke vurdert ennå.</source>
        <translation>Behov for tilvising vidare er ikkje vurdert enno.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Lagre tom samarbeidsavtale</source>
        <translation>Lagre tom samarbeidsavtale</translation>
    </message>
    <message>
        <source>Lagre tomt evalueringsskjema</source>
        <translation>Lagre tomt evalueringsskjema</translation>
    </message>
    <message>
        <source>Lagre tomt kartleggingsskjema</source>
        <translation>Lagre tomt kartleggingsskjema</translation>
    </message>
    <message>
        <source>Tomt skjema lagret: %1</source>
        <translation>Tomt skjema lagra: %1</translation>
    </message>
    <message>
        <source>Skjemaet kunne ikke lagres i %1. Velg en annen mappe.</source>
        <translation>Skjemaet kunne ikkje lagrast i %1. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation>Lagar PDF …</translation>
    </message>
    <message>
        <source>Ingen videre oppfølging</source>
        <translation>Inga vidare oppfølging</translation>
    </message>
    <message>
        <source>Flyttet til annen skole</source>
        <translation>Flytta til annan skule</translation>
    </message>
    <message>
        <source>Overført til annen tjeneste</source>
        <translation>Overført til anna teneste</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Saken ble avsluttet %1 (%2) og er arkivert. Den bør slettes innen %3. Fil → Gjenåpne saken … tar den opp igjen.</source>
        <translation>Saka vart avslutta %1 (%2) og er arkivert. Ho bør slettast innan %3. Fil → Gjenopne saka … tek ho opp igjen.</translation>
    </message>
    <message>
        <source>Skriv grunnen med egne ord.</source>
        <translation>Skriv grunnen med eigne ord.</translation>
    </message>
    <message>
        <source>Saken er allerede avsluttet.</source>
        <translation>Saka er allereie avslutta.</translation>
    </message>
    <message>
        <source>Saken er ikke avsluttet.</source>
        <translation>Saka er ikkje avslutta.</translation>
    </message>
    <message>
        <source>Slettedatoen kan ikke være før datoen saken avsluttes.</source>
        <translation>Slettedatoen kan ikkje vere før datoen saka blir avslutta.</translation>
    </message>
    <message>
        <source>Saken kunne ikke avsluttes.</source>
        <translation>Saka kunne ikkje avsluttast.</translation>
    </message>
    <message>
        <source>Innstillingen er %1 måneder etter avslutning.</source>
        <translation>Innstillinga er %1 månader etter avslutning.</translation>
    </message>
    <message>
        <source>Innstillingen er slutten av skoleåret etter avslutning (31. juli). Følg skolens arkivplan; datoen kan endres her.</source>
        <translation>Innstillinga er slutten av skuleåret etter avslutning (31. juli). Følg arkivplanen til skulen; datoen kan endrast her.</translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages nå: åpne saken (Vis arkiverte) og velg Fil → Sluttrapport …</source>
        <translation>Sluttrapporten kunne ikkje lagast no: opne saka (Vis arkiverte) og vel Fil → Sluttrapport …</translation>
    </message>
    <message>
        <source>Saken er avsluttet og arkivert. Den bør slettes innen %1.</source>
        <translation>Saka er avslutta og arkivert. Ho bør slettast innan %1.</translation>
    </message>
    <message>
        <source>Saken er gjenåpnet.</source>
        <translation>Saka er gjenopna.</translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages: en del av saken kunne ikke leses. Saken er uendret.</source>
        <translation>Sluttrapporten kunne ikkje lagast: ein del av saka kunne ikkje lesast. Saka er uendra.</translation>
    </message>
    <message>
        <source>Lagre sluttrapport som PDF</source>
        <translation>Lagre sluttrapport som PDF</translation>
    </message>
    <message>
        <source>Sluttrapporten kunne ikke lages. Saken er uendret.</source>
        <translation>Sluttrapporten kunne ikkje lagast. Saka er uendra.</translation>
    </message>
    <message>
        <source>%1. trinn</source>
        <translation>%1. trinn</translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation>Kontaktlærar</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>Helsesykepleier</source>
        <translation>Helsesjukepleiar</translation>
    </message>
    <message>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Fraværsregisteret</source>
        <translation>Fråværsregisteret</translation>
    </message>
    <message>
        <source>Kontaktloggen</source>
        <translation>Kontaktloggen</translation>
    </message>
    <message>
        <source>Kartleggingssamtaler</source>
        <translation>Kartleggingssamtalar</translation>
    </message>
    <message>
        <source>Tiltakssirkelen</source>
        <translation>Tiltakssirkelen</translation>
    </message>
    <message>
        <source>Opptrappingsplanen</source>
        <translation>Opptrappingsplanen</translation>
    </message>
    <message>
        <source>Avtaler og evalueringer</source>
        <translation>Avtalar og evalueringar</translation>
    </message>
    <message>
        <source>Møter og referater</source>
        <translation>Møte og referat</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Henvisningsutkastet</source>
        <translation>Tilvisingsutkastet</translation>
    </message>
    <message>
        <source>Utleveringsloggen</source>
        <translation>Utleveringsloggen</translation>
    </message>
    <message>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <source>uten %1</source>
        <translation>utan %1</translation>
    </message>
    <message>
        <source>Ny sak …</source>
        <translation>Ny sak …</translation>
    </message>
    <message>
        <source>Lås</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Bytt passordfrase …</source>
        <translation>Byt passordfrase …</translation>
    </message>
    <message>
        <source>Innstillinger …</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <source>Skolerute …</source>
        <translation>Skulerute …</translation>
    </message>
    <message>
        <source>Overfør saken …</source>
        <translation>Overfør saka …</translation>
    </message>
    <message>
        <source>Hent inn en sak …</source>
        <translation>Hent inn ei sak …</translation>
    </message>
    <message>
        <source>Anonym drøfting …</source>
        <translation>Anonym drøfting …</translation>
    </message>
    <message>
        <source>Kontroller et dokument …</source>
        <translation>Kontroller eit dokument …</translation>
    </message>
    <message>
        <source>Henvisning til PPT …</source>
        <translation>Tilvising til PPT …</translation>
    </message>
    <message>
        <source>Avslutt saken …</source>
        <translation>Avslutt saka …</translation>
    </message>
    <message>
        <source>Gjenåpne saken …</source>
        <translation>Gjenopne saka …</translation>
    </message>
    <message>
        <source>Sluttrapport …</source>
        <translation>Sluttrapport …</translation>
    </message>
    <message>
        <source>Samarbeidsavtale …</source>
        <translation>Samarbeidsavtale …</translation>
    </message>
    <message>
        <source>Evaluering …</source>
        <translation>Evaluering …</translation>
    </message>
    <message>
        <source>Kartleggingssamtale …</source>
        <translation>Kartleggingssamtale …</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <source>Om Nærvær</source>
        <translation>Om Nærvær</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Tomt skjema til papir</source>
        <translation>Tomt skjema til papir</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Feil passordfrase. Prøv igjen.</source>
        <translation>Feil passordfrase. Prøv igjen.</translation>
    </message>
    <message>
        <source>Nøkkelfilen (vault.key) er skadet og kan ikke brukes. Den blir ikke endret. Legg tilbake en sikkerhetskopi av filen, eller kontakt den som har ansvar for maskinen.</source>
        <translation>Nøkkelfila (vault.key) er skadd og kan ikkje brukast. Ho blir ikkje endra. Legg tilbake ein tryggingskopi av fila, eller kontakt den som har ansvar for maskina.</translation>
    </message>
    <message>
        <source>Ukryptert database – ikke en Nærvær-sak. Åpnes ikke.</source>
        <translation>Ukryptert database – ikkje ei Nærvær-sak. Blir ikkje opna.</translation>
    </message>
    <message>
        <source>Ukjent filtype – ikke en Nærvær-sak. Åpnes ikke.</source>
        <translation>Ukjend filtype – ikkje ei Nærvær-sak. Blir ikkje opna.</translation>
    </message>
    <message>
        <source>Nøkkelfilen er laget av en nyere versjon av Nærvær. Oppdater programmet. Filen blir ikke endret.</source>
        <translation>Nøkkelfila er laga av ein nyare versjon av Nærvær. Oppdater programmet. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Laget av en nyere versjon av Nærvær. Oppdater programmet.</source>
        <translation>Laga av ein nyare versjon av Nærvær. Oppdater programmet.</translation>
    </message>
    <message>
        <source>Saken er låst med en annen brukers nøkkel og kan ikke åpnes her. Filen blir ikke endret.</source>
        <translation>Saka er låst med nøkkelen til ein annan brukar og kan ikkje opnast her. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Nøkkelfilen har sikkerhetsinnstillinger som programmet ikke godtar, og den blir ikke brukt. Ingenting er endret.</source>
        <translation>Nøkkelfila har tryggingsinnstillingar som programmet ikkje godtek, og ho blir ikkje brukt. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Ikke lagret – </source>
        <translation>Ikkje lagra – </translation>
    </message>
    <message>
        <source>Ingenting er tapt: endringene er fortsatt i programmet, og forrige lagring ligger urørt på disken. Programmet prøver igjen.</source>
        <translation>Ingenting er tapt: endringane er framleis i programmet, og førre lagring ligg urørd på disken. Programmet prøver igjen.</translation>
    </message>
    <message>
        <source>Filen er endret av et annet program eller en annen kopi av Nærvær etter at du åpnet den. Den blir ikke overskrevet. Ingenting er tapt: når du lukker saken, lagres endringene dine som en egen kopi av saken, som du finner i sakslisten under samme navn.</source>
        <translation>Fila er endra av eit anna program eller ein annan kopi av Nærvær etter at du opna ho. Ho blir ikkje skriven over. Ingenting er tapt: når du lukkar saka, blir endringane dine lagra som ein eigen kopi av saka, som du finn i sakslista under same namn.</translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet og kan ikke endres her.</source>
        <translation>Saka er opna skriveverna og kan ikkje endrast her.</translation>
    </message>
    <message>
        <source>Noe gikk galt med saksfilen. Filen blir ikke endret.</source>
        <translation>Noko gjekk gale med saksfila. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Noe uventet gikk galt. Ingenting er slettet.</source>
        <translation>Noko uventa gjekk gale. Ingenting er sletta.</translation>
    </message>
    <message>
        <source>Passordfrasen passer ikke til denne overføringsfilen. Sjekk ordene med den som sendte filen, og prøv igjen. Ingenting er hentet inn.</source>
        <translation>Passordfrasen passar ikkje til denne overføringsfila. Sjekk orda med den som sende fila, og prøv igjen. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Overføringsfilen er ufullstendig (kopieringen ble avbrutt). Be om å få filen på nytt. Ingenting er hentet inn.</source>
        <translation>Overføringsfila er ufullstendig (kopieringa vart avbroten). Be om å få fila på nytt. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Overføringsfilen er skadet eller endret etter at den ble laget, og kan ikke brukes. Be om å få filen på nytt. Ingenting er hentet inn.</source>
        <translation>Overføringsfila er skadd eller endra etter at ho vart laga, og kan ikkje brukast. Be om å få fila på nytt. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Overføringsfilen er laget av en nyere versjon av Nærvær. Oppdater programmet og prøv igjen. Ingenting er hentet inn.</source>
        <translation>Overføringsfila er laga av ein nyare versjon av Nærvær. Oppdater programmet og prøv igjen. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Filen er altfor stor til å være en overføringsfil fra Nærvær. Ingenting er hentet inn.</source>
        <translation>Fila er altfor stor til å vere ei overføringsfil frå Nærvær. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Dette er ikke en overføringsfil fra Nærvær. Velg filen som slutter på .naervaer-overforing. Ingenting er hentet inn.</source>
        <translation>Dette er ikkje ei overføringsfil frå Nærvær. Vel fila som sluttar på .naervaer-overforing. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Saken finnes allerede her. Velg om du vil beholde begge eller erstatte den som er her.</source>
        <translation>Saka finst allereie her. Vel om du vil behalde begge eller erstatte den som er her.</translation>
    </message>
    <message>
        <source>Overføringsfilen kan ikke brukes. Ingenting er hentet inn.</source>
        <translation>Overføringsfila kan ikkje brukast. Ingenting er henta inn.</translation>
    </message>
    <message>
        <source>Nøkkelfilen vault.key i datamappen er ikke en vanlig fil (den er for eksempel en mappe), så sakene kan ikke låses opp. Ingenting er endret. Legg tilbake den riktige nøkkelfilen, eller kontakt den som har ansvar for maskinen.</source>
        <translation>Nøkkelfila vault.key i datamappa er ikkje ei vanleg fil (ho er til dømes ei mappe), så sakene kan ikkje låsast opp. Ingenting er endra. Legg tilbake den rette nøkkelfila, eller kontakt den som har ansvar for maskina.</translation>
    </message>
    <message>
        <source>Programmet får ikke lese nøkkelfilen vault.key (mangler tilgang eller lesefeil på disken). Ingenting er endret. Kontakt den som har ansvar for maskinen.</source>
        <translation>Programmet får ikkje lese nøkkelfila vault.key (manglar tilgang eller lesefeil på disken). Ingenting er endra. Kontakt den som har ansvar for maskina.</translation>
    </message>
    <message>
        <source>Dette er ikke en vanlig fil og kan ikke være en sak. Den åpnes ikke.</source>
        <translation>Dette er ikkje ei vanleg fil og kan ikkje vere ei sak. Ho blir ikkje opna.</translation>
    </message>
    <message>
        <source>Programmet får ikke lese saksfilen (mangler tilgang eller lesefeil på disken). Filen blir ikke endret.</source>
        <translation>Programmet får ikkje lese saksfila (manglar tilgang eller lesefeil på disken). Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Innstillingsfilen er skadet og kunne ikke leses. Programmet bruker standardinnstillingene; velg dine på nytt under Innstillinger.</source>
        <translation>Innstillingsfila er skadd og kunne ikkje lesast. Programmet brukar standardinnstillingane; vel dine eigne på nytt under Innstillingar.</translation>
    </message>
    <message>
        <source>Noen innstillinger hadde ugyldige verdier og er satt tilbake til standard. Se over dem under Innstillinger.</source>
        <translation>Nokre innstillingar hadde ugyldige verdiar og er sette tilbake til standard. Sjå over dei under Innstillingar.</translation>
    </message>
    <message>
        <source>Datamappen kan ikke skrives til nå, så saken er åpnet skrivebeskyttet: du kan lese, men ikke endre. Gi programmet skrivetilgang til mappen og åpne saken på nytt.</source>
        <translation>Datamappa kan ikkje skrivast til no, så saka er opna skriveverna: du kan lese, men ikkje endre. Gi programmet skrivetilgang til mappa, og opne saka på nytt.</translation>
    </message>
    <message>
        <source>Saken er merket som åpen på maskinen «%1». Ta den over bare hvis du er sikker på at den ikke er åpen der lenger – for eksempel fordi denne maskinen har fått nytt navn. Er saken fortsatt åpen på den andre maskinen, kan endringer som gjøres der, gå tapt.</source>
        <translation>Saka er merkt som open på maskina «%1». Ta ho over berre om du er sikker på at ho ikkje er open der lenger – til dømes fordi denne maskina har fått nytt namn. Er saka framleis open på den andre maskina, kan endringar som blir gjorde der, gå tapt.</translation>
    </message>
    <message>
        <source>Noe uventet gikk galt i programmet, men det kjører videre. Det du har skrevet, er tatt vare på og lagres som vanlig. Feilen er skrevet i loggfilen (uten opplysninger om eleven). Skjer det igjen, lukk saken og åpne den på nytt.</source>
        <translation>Noko uventa gjekk gale i programmet, men det køyrer vidare. Det du har skrive, er teke vare på og blir lagra som vanleg. Feilen er skriven i loggfila (utan opplysningar om eleven). Skjer det igjen, lukk saka og opne ho på nytt.</translation>
    </message>
    <message>
        <source>Skadet fil (avkortet) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation>Skadd fil (avkorta) – kan ikkje opnast. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Skadet fil (ødelagt filhode) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation>Skadd fil (øydelagt filhovud) – kan ikkje opnast. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Skadet fil (innholdet er endret eller ødelagt) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation>Skadd fil (innhaldet er endra eller øydelagt) – kan ikkje opnast. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Tom fil – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation>Tom fil – kan ikkje opnast. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>Skadet fil (innholdet kan ikke leses) – kan ikke åpnes. Filen blir ikke endret.</source>
        <translation>Skadd fil (innhaldet kan ikkje lesast) – kan ikkje opnast. Fila blir ikkje endra.</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>programmet får ikke skrive i datamappen</source>
        <translation>programmet får ikkje skrive i datamappa</translation>
    </message>
    <message>
        <source>kontrollen etter skriving viste feil</source>
        <translation>kontrollen etter skriving viste feil</translation>
    </message>
    <message>
        <source>skrivefeil på disken</source>
        <translation>skrivefeil på disken</translation>
    </message>
    <message>
        <source>Endringer i en sak kunne ikke skrives til disken før programmet ble låst (%1). De er tatt vare på, kryptert, og skrives så snart du låser opp.</source>
        <translation>Endringar i ei sak kunne ikkje skrivast til disken før programmet vart låst (%1). Dei er tekne vare på, krypterte, og blir skrivne så snart du låser opp.</translation>
    </message>
    <message>
        <source>Noen endringer kunne ikke lagres før programmet ble låst: </source>
        <translation>Nokre endringar kunne ikkje lagrast før programmet vart låst: </translation>
    </message>
    <message>
        <source>Nærvær er startet på nytt for å bytte språk. Alt er lagret.</source>
        <translation>Nærvær er starta på nytt for å byte språk. Alt er lagra.</translation>
    </message>
    <message>
        <source>Programmet ble låst fordi det ikke var i bruk. Alt er lagret.</source>
        <translation>Programmet vart låst fordi det ikkje var i bruk. Alt er lagra.</translation>
    </message>
    <message>
        <source>Programmet ble låst fordi skjermen ble låst eller maskinen gikk i dvale. Alt er lagret.</source>
        <translation>Programmet vart låst fordi skjermen vart låst eller maskina gjekk i dvale. Alt er lagra.</translation>
    </message>
    <message>
        <source>Når du låser opp, kommer du tilbake til samme sted i møtemodus.</source>
        <translation>Når du låser opp, kjem du tilbake til same staden i møtemodus.</translation>
    </message>
    <message>
        <source>Når du låser opp, kommer du tilbake til samme sted.</source>
        <translation>Når du låser opp, kjem du tilbake til same staden.</translation>
    </message>
    <message>
        <source>Prøver igjen om litt.</source>
        <translation>Prøver igjen om litt.</translation>
    </message>
    <message>
        <source>Ikke lagret – filen er endret utenfor programmet og blir ikke overskrevet.</source>
        <translation>Ikkje lagra – fila er endra utanfor programmet og blir ikkje skriven over.</translation>
    </message>
    <message>
        <source>Låsfilen til saken kan ikke leses: et annet program kan holde på å åpne saken, eller låsfilen er skadet. Lukk saken og åpne den igjen om litt; en skadet låsfil blir da erstattet.</source>
        <translation>Låsfila til saka kan ikkje lesast: eit anna program kan halde på å opne saka, eller låsfila er skadd. Lukk saka og opne ho igjen om litt; ei skadd låsfil blir då erstatta.</translation>
    </message>
    <message>
        <source>Saken er åpen på %1 (bruker %2) siden %3.</source>
        <translation>Saka er open på %1 (brukar %2) sidan %3.</translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet.</source>
        <translation>Saka er opna skriveverna.</translation>
    </message>
    <message>
        <source>Du ser den skrivebeskyttet.</source>
        <translation>Du ser ho skriveverna.</translation>
    </message>
    <message>
        <source>Datamappen %1 kan ikke skrives til. Sakene som ligger der er ikke endret. Gi programmet skrivetilgang til mappen, eller velg en annen mappe med --data-dir.</source>
        <translation>Datamappa %1 kan ikkje skrivast til. Sakene som ligg der, er ikkje endra. Gi programmet skrivetilgang til mappa, eller vel ei anna mappe med --data-dir.</translation>
    </message>
    <message>
        <source>Datamappen %1 finnes ikke og kan ikke opprettes. Koble til disken eller minnepinnen den ligger på, eller velg en annen mappe med --data-dir.</source>
        <translation>Datamappa %1 finst ikkje og kan ikkje opprettast. Kopl til disken eller minnepinnen ho ligg på, eller vel ei anna mappe med --data-dir.</translation>
    </message>
    <message>
        <source>Skriv inn en passordfrase.</source>
        <translation>Skriv inn ein passordfrase.</translation>
    </message>
    <message>
        <source>Passordfrasen er for kort. Bruk minst 10 tegn eller minst 4 ord.</source>
        <translation>Passordfrasen er for kort. Bruk minst 10 teikn eller minst 4 ord.</translation>
    </message>
    <message>
        <source>De to passordfrasene er ikke like. Skriv den samme to ganger.</source>
        <translation>Dei to passordfrasane er ikkje like. Skriv den same to gonger.</translation>
    </message>
    <message>
        <source>mer enn en million år</source>
        <translation>meir enn ein million år</translation>
    </message>
    <message>
        <source>Med en kopi av nøkkelfilen ville det tatt %1 å gjette denne passordfrasen.</source>
        <translation>Med ein kopi av nøkkelfila ville det teke %1 å gjette denne passordfrasen.</translation>
    </message>
    <message>
        <source>Passordfrasen er for lett å gjette: med en kopi av nøkkelfilen ville den tatt %1 å gjette. Den må holde i minst %2 år. Bruk gjerne fire eller fem vanlige ord som ikke hører sammen.</source>
        <translation>Passordfrasen er for lett å gjette: med ein kopi av nøkkelfila ville det teke %1 å gjette han. Han må halde i minst %2 år. Bruk gjerne fire eller fem vanlege ord som ikkje høyrer saman.</translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke være fram i tid.</source>
        <translation>Fødselsdatoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke være før 1900.</source>
        <translation>Fødselsdatoen kan ikkje vere før 1900.</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 05.03.2014.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 05.03.2014.</translation>
    </message>
    <message>
        <source>Finnes fra før – hoppes over</source>
        <translation>Finst frå før – blir hoppa over</translation>
    </message>
    <message>
        <source>For få kolonner (dato;type;timer;dokumentert;årsak)</source>
        <translation>For få kolonnar (dato;type;timer;dokumentert;årsak)</translation>
    </message>
    <message>
        <source>Ukjent type «%1» (dag, timer, forsent eller forlot)</source>
        <translation>Ukjend type «%1» (dag, timer, forsent eller forlot)</translation>
    </message>
    <message>
        <source>«%1» – skriv ja eller nei under dokumentert</source>
        <translation>«%1» – skriv ja eller nei under dokumentert</translation>
    </message>
    <message>
        <source>«%1» – skriv minutter for sent som et tall</source>
        <translation>«%1» – skriv minutt for seint som eit tal</translation>
    </message>
    <message>
        <source>Filen kan ikke leses som CSV herfra (for eksempel et anførselstegn som aldri lukkes)</source>
        <translation>Fila kan ikkje lesast som CSV herifrå (til dømes eit hermeteikn som aldri blir lukka)</translation>
    </message>
    <message>
        <source>Linje %1 er én post: et anførselstegn som ikke lukkes? Hoppes over</source>
        <translation>Linje %1 er éin post: eit hermeteikn som ikkje blir lukka? Blir hoppa over</translation>
    </message>
    <message>
        <source>En celle er lengre enn %1 tegn – hoppes over</source>
        <translation>Ei celle er lengre enn %1 teikn – blir hoppa over</translation>
    </message>
    <message>
        <source>Skriv hvilke timer</source>
        <translation>Skriv kva timar</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Ledelsen</source>
        <translation>Leiinga</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>Andre</source>
        <translation>Andre</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Nytt delmål</source>
        <translation>Nytt delmål</translation>
    </message>
    <message>
        <source>Hva eleven deltar i, og med hvilken støtte</source>
        <translation>Kva eleven deltek i, og med kva støtte</translation>
    </message>
    <message>
        <source>Varighet for delmålet</source>
        <translation>Varigheit for delmålet</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Legg til delmål</source>
        <translation>Legg til delmål</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern valgt delmål</source>
        <translation>Fjern valt delmål</translation>
    </message>
    <message>
        <source>Tiltak og ansvarlige</source>
        <translation>Tiltak og ansvarlege</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Hvilken part har ansvaret</source>
        <translation>Kva part har ansvaret</translation>
    </message>
    <message>
        <source>Hvem i parten (valgfritt)</source>
        <translation>Kven i parten (valfritt)</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Hvem i parten, f.eks. mor (valgfritt)</source>
        <translation>Kven i parten, t.d. mor (valfritt)</translation>
    </message>
    <message>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <source>Fjern valgt tiltak</source>
        <translation>Fjern valt tiltak</translation>
    </message>
    <message>
        <source>Bytt ansvarlig</source>
        <translation>Byt ansvarleg</translation>
    </message>
    <message>
        <source>Gi valgt tiltak til parten og personen over</source>
        <translation>Gje valt tiltak til parten og personen over</translation>
    </message>
    <message>
        <source>Hvilket delmål tiltaket hører til</source>
        <translation>Kva delmål tiltaket høyrer til</translation>
    </message>
    <message>
        <source>Nye tiltak knyttes til dette delmålet</source>
        <translation>Nye tiltak blir knytte til dette delmålet</translation>
    </message>
    <message>
        <source>Knytt til delmål</source>
        <translation>Knyt til delmål</translation>
    </message>
    <message>
        <source>Knytt valgt tiltak til delmålet ved siden av</source>
        <translation>Knyt valt tiltak til delmålet ved sida av</translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation>Delmål:</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <source>Hvorfor: %1</source>
        <translation>Kvifor: %1</translation>
    </message>
    <message>
        <source>Ingen delmål</source>
        <translation>Ingen delmål</translation>
    </message>
    <message>
        <source>Delmål %1: %2</source>
        <translation>Delmål %1: %2</translation>
    </message>
    <message>
        <source>Annen</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>foreslått</source>
        <translation>føreslått</translation>
    </message>
    <message>
        <source>avtalt</source>
        <translation>avtalt</translation>
    </message>
    <message>
        <source>i gang</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>fullført</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <source>Ressurser (+)</source>
        <translation>Ressursar (+)</translation>
    </message>
    <message>
        <source>Risiko (−)</source>
        <translation>Risiko (−)</translation>
    </message>
    <message>
        <source>Elevens stemme</source>
        <translation>Eleven si stemme</translation>
    </message>
    <message>
        <source>Elevens stemme samlet inn av</source>
        <translation>Eleven si stemme samla inn av</translation>
    </message>
    <message>
        <source>f.eks. kontaktlærer</source>
        <translation>t.d. kontaktlærar</translation>
    </message>
    <message>
        <source>Dato elevens stemme ble hentet inn</source>
        <translation>Dato då eleven si stemme vart henta inn</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Samlet inn &amp;av:</source>
        <translation>Samla inn &amp;av:</translation>
    </message>
    <message>
        <source>D&amp;ato:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>Eleven var med i samtalen.</source>
        <translation>Eleven var med i samtalen.</translation>
    </message>
    <message>
        <source>Eleven var ikke med. Skriv hvem som har hentet inn elevens stemme, og når. Det står i sammendraget.</source>
        <translation>Eleven var ikkje med. Skriv kven som har henta inn stemma til eleven, og når. Det står i samandraget.</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 12.01.2027.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 12.01.2027.</translation>
    </message>
    <message>
        <source>ikke lenger behov for systematisk oppfølging</source>
        <translation>ikkje lenger behov for systematisk oppfølging</translation>
    </message>
    <message>
        <source>ny samarbeidsavtale</source>
        <translation>ny samarbeidsavtale</translation>
    </message>
    <message>
        <source>mer omfattende innsats trengs</source>
        <translation>meir omfattande innsats trengst</translation>
    </message>
    <message>
        <source>henvisning vurderes</source>
        <translation>tilvising blir vurdert</translation>
    </message>
    <message>
        <source>kontakt med %1 %2</source>
        <translation>kontakt med %1 %2</translation>
    </message>
    <message>
        <source>kartleggingssamtale holdt %1</source>
        <translation>kartleggingssamtale halden %1</translation>
    </message>
    <message>
        <source>avtale %1 signert %2</source>
        <translation>avtale %1 signert %2</translation>
    </message>
    <message>
        <source>evaluering av avtale %1 %2: %3</source>
        <translation>evaluering av avtale %1 %2: %3</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Tiltakssirkel</source>
        <translation>Tiltakssirkel</translation>
    </message>
    <message>
        <source>Opptrappingsplan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Teksten blir for lang for feltet (%1 tegn). Et felt kan ha høyst %2 tegn; del teksten opp eller kort den ned. Ingenting er limt inn.</source>
        <translation>Teksten blir for lang for feltet (%1 teikn). Eit felt kan ha høgst %2 teikn; del opp teksten eller kort den ned. Ingenting er limt inn.</translation>
    </message>
    <message>
        <source>Teksten har over %1 tegn uten mellomrom, og det kan feltet ikke vise. Ingenting er limt inn.</source>
        <translation>Teksten har over %1 teikn utan mellomrom, og det kan ikkje feltet vise. Ingenting er limt inn.</translation>
    </message>
    <message>
        <source>Et ord kan ha høyst %1 tegn uten mellomrom. Skriv et mellomrom først.</source>
        <translation>Eit ord kan ha høgst %1 teikn utan mellomrom. Skriv eit mellomrom først.</translation>
    </message>
    <message>
        <source>mandager</source>
        <translation>måndagar</translation>
    </message>
    <message>
        <source>tirsdager</source>
        <translation>tysdagar</translation>
    </message>
    <message>
        <source>onsdager</source>
        <translation>onsdagar</translation>
    </message>
    <message>
        <source>torsdager</source>
        <translation>torsdagar</translation>
    </message>
    <message>
        <source>fredager</source>
        <translation>fredagar</translation>
    </message>
    <message>
        <source>lørdager</source>
        <translation>laurdagar</translation>
    </message>
    <message>
        <source>søndager</source>
        <translation>sundagar</translation>
    </message>
    <message>
        <source>1 uke</source>
        <translation>1 veke</translation>
    </message>
    <message>
        <source>%1 uker</source>
        <translation>%1 veker</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 av %2 fraværsdager siste %3 uker er %4</source>
        <translation>%1 av %2 fråværsdagar siste %3 veker er %4</translation>
    </message>
    <message>
        <source>Fravær %1 av %2 skoledager rett etter ferie eller fridager (siste %3 uker)</source>
        <translation>Fråvær %1 av %2 skuledagar rett etter ferie eller fridagar (siste %3 veker)</translation>
    </message>
    <message>
        <source>%1 av %2 dager med timefravær siste %3 uker gjelder 1. time</source>
        <translation>%1 av %2 dagar med timefråvær siste %3 veker gjeld 1. time</translation>
    </message>
    <message>
        <source>%1 av %2 enkelttimer med fravær siste %3 uker er %4</source>
        <translation>%1 av %2 enkelttimar med fråvær siste %3 veker er %4</translation>
    </message>
    <message>
        <source>%1 av %2 forsentkomminger siste %3 uker var på %4</source>
        <translation>%1 av %2 forseintkomingar siste %3 veker var på %4</translation>
    </message>
    <message>
        <source>%1 forsentkomminger siste %2 uker</source>
        <translation>%1 forseintkomingar siste %2 veker</translation>
    </message>
    <message>
        <source>Permisjon %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation>Permisjon %1 gonger siste %2 veker (%3 skuledagar)</translation>
    </message>
    <message>
        <source>Avklart fravær %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation>Avklart fråvær %1 gonger siste %2 veker (%3 skuledagar)</translation>
    </message>
    <message>
        <source>Fravær siste %1 uker: %2, hele halvåret så langt: %3</source>
        <translation>Fråvær siste %1 veker: %2, heile halvåret så langt: %3</translation>
    </message>
    <message>
        <source>Tiltak: %1</source>
        <translation>Tiltak: %1</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1</source>
        <translation>Samarbeidsavtale %1</translation>
    </message>
    <message>
        <source>Trinn %1 i opptrappingsplanen: %2</source>
        <translation>Trinn %1 i opptrappingsplanen: %2</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Søyler: fravær i prosent av skoletimene, mørk = dokumentert, lys = udokumentert. Grå uke = fri hele uka. Streker: T = tiltak starter, A = samarbeidsavtale, P = trinn i opptrappingsplanen.</source>
        <translation>Søyler: fråvær i prosent av skuletimane, mørk = dokumentert, lys = udokumentert. Grå veke = fri heile veka. Strekar: T = tiltak startar, A = samarbeidsavtale, P = trinn i opptrappingsplanen.</translation>
    </message>
    <message>
        <source>fravær før: %1, etter: %2 (%3 hver)</source>
        <translation>fråvær før: %1, etter: %2 (%3 kvar)</translation>
    </message>
    <message>
        <source>for lite data: %1 etter start</source>
        <translation>for lite data: %1 etter start</translation>
    </message>
    <message>
        <source>for lite data: %1 før start</source>
        <translation>for lite data: %1 før start</translation>
    </message>
    <message>
        <source>ikke startet ennå</source>
        <translation>ikkje starta enno</translation>
    </message>
    <message>
        <source>; i trinnet så langt: oppmøte %1 (mål %2, %3 skoledager)</source>
        <translation>; i trinnet så langt: oppmøte %1 (mål %2, %3 skuledagar)</translation>
    </message>
    <message>
        <source>Avtalen har ingen dato, så det er ikke noe å sammenligne med.</source>
        <translation>Avtalen har ingen dato, så det er ikkje noko å samanlikne med.</translation>
    </message>
    <message>
        <source>Fra avtaledatoen %1: %2. Tallene viser det registrerte fraværet, ikke hva som er årsaken.</source>
        <translation>Frå avtaledatoen %1: %2. Tala viser det registrerte fråværet, ikkje kva som er årsaka.</translation>
    </message>
    <message>
        <source>I avtaleperioden %1–%2: ingen skoletimer registrert.</source>
        <translation>I avtaleperioden %1–%2: ingen skuletimar registrerte.</translation>
    </message>
    <message>
        <source>I avtaleperioden %1–%2: fravær %3 av %4 timer (%5; dokumentert %6, udokumentert %7), %8 forsentkomminger.</source>
        <translation>I avtaleperioden %1–%2: fråvær %3 av %4 timar (%5; dokumentert %6, udokumentert %7), %8 forseintkomingar.</translation>
    </message>
    <message>
        <source>Sett en startdato for å se fraværet før og etter.</source>
        <translation>Set ein startdato for å sjå fråværet før og etter.</translation>
    </message>
    <message>
        <source>%1 (fra %2)</source>
        <translation>%1 (frå %2)</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>%1: fri hele uka</source>
        <translation>%1: fri heile veka</translation>
    </message>
    <message>
        <source>%1: fravær %2 (dokumentert %3, udokumentert %4)</source>
        <translation>%1: fråvær %2 (dokumentert %3, udokumentert %4)</translation>
    </message>
    <message>
        <source>. Startet denne uka: %1</source>
        <translation>. Starta denne veka: %1</translation>
    </message>
    <message>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <source>Sykdom</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <source>Permisjon</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Siste 14 dager</source>
        <translation>Siste 14 dagar</translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation>Denne månaden</translation>
    </message>
    <message>
        <source>Siste 3 måneder</source>
        <translation>Siste 3 månader</translation>
    </message>
    <message>
        <source>Siste 15 uker</source>
        <translation>Siste 15 veker</translation>
    </message>
    <message>
        <source>Dette halvåret</source>
        <translation>Dette halvåret</translation>
    </message>
    <message>
        <source>Hele dagen</source>
        <translation>Heile dagen</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>For sent %1 min</source>
        <translation>For seint %1 min</translation>
    </message>
    <message>
        <source>Forlot skolen</source>
        <translation>Forlét skulen</translation>
    </message>
    <message>
        <source>dokumentert</source>
        <translation>dokumentert</translation>
    </message>
    <message>
        <source>udokumentert</source>
        <translation>udokumentert</translation>
    </message>
    <message>
        <source>Skriv en dato (dd.mm.åååå) eller en periode (dd.mm.åååå-dd.mm.åååå).</source>
        <translation>Skriv ein dato (dd.mm.åååå) eller ein periode (dd.mm.åååå-dd.mm.åååå).</translation>
    </message>
    <message>
        <source>«%1» er ikke en dato vi kan lese. Skriv dd.mm.åååå, for eksempel 02.03.2026.</source>
        <translation>«%1» er ikkje ein dato vi kan lese. Skriv dd.mm.åååå, til dømes 02.03.2026.</translation>
    </message>
    <message>
        <source>Perioden «%1» slutter før den begynner.</source>
        <translation>Perioden «%1» sluttar før den byrjar.</translation>
    </message>
    <message>
        <source>Perioden «%1» er lengre enn ett år. Del den opp.</source>
        <translation>Perioden «%1» er lengre enn eitt år. Del den opp.</translation>
    </message>
    <message>
        <source>Det er ingen skoledager i perioden «%1».</source>
        <translation>Det er ingen skuledagar i perioden «%1».</translation>
    </message>
    <message>
        <source>Denne dagen er ikke en skoledag (helg eller fridag).</source>
        <translation>Denne dagen er ikkje ein skuledag (helg eller fridag).</translation>
    </message>
    <message>
        <source>«%1» er ikke timer vi kan lese. Skriv for eksempel 1,2 eller 3-5.</source>
        <translation>«%1» er ikkje timar vi kan lese. Skriv til dømes 1,2 eller 3-5.</translation>
    </message>
    <message>
        <source>Fant ikke faget «%1» i timeplanen. Skriv timenummer, for eksempel 2.</source>
        <translation>Fann ikkje faget «%1» i timeplanen. Skriv timenummer, til dømes 2.</translation>
    </message>
    <message>
        <source>Dagen har %1 timer. Skriv timenummer fra 1 til %1.</source>
        <translation>Dagen har %1 timar. Skriv timenummer frå 1 til %1.</translation>
    </message>
    <message>
        <source>Dette kan vi ikke lese.</source>
        <translation>Dette kan vi ikkje lese.</translation>
    </message>
    <message>
        <source>Barneverntjenesten</source>
        <translation>Barnevernstenesta</translation>
    </message>
    <message>
        <source>Annen tjeneste</source>
        <translation>Anna teneste</translation>
    </message>
    <message>
        <source>En bekymringsmelding til barneverntjenesten trenger ikke samtykke: skolen har plikt til å melde fra når det er grunn til bekymring (opplysningsplikten til barneverntjenesten). Samtykke trengs når opplysninger deles for samarbeid om hjelp og tiltak.</source>
        <translation>Ei bekymringsmelding til barnevernstenesta treng ikkje samtykke: skulen har plikt til å melde frå når det er grunn til bekymring (opplysningsplikta til barnevernstenesta). Samtykke trengst når opplysningar blir delte for samarbeid om hjelp og tiltak.</translation>
    </message>
    <message>
        <source>Om bekymringsmelding til barneverntjenesten</source>
        <translation>Om bekymringsmelding til barnevernstenesta</translation>
    </message>
    <message>
        <source>En kollega eller ny skole (saken følges opp videre)</source>
        <translation>Ein kollega eller ny skule (saka blir følgd opp vidare)</translation>
    </message>
    <message>
        <source>Avbrutt. Ingen PDF er lagret.</source>
        <translation>Avbrote. Ingen PDF er lagra.</translation>
    </message>
    <message>
        <source>Kartleggingsmøte</source>
        <translation>Kartleggingsmøte</translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation>Samarbeidsmøte</translation>
    </message>
    <message>
        <source>Evalueringsmøte</source>
        <translation>Evalueringsmøte</translation>
    </message>
    <message>
        <source>Tverrfaglig møte</source>
        <translation>Tverrfagleg møte</translation>
    </message>
    <message>
        <source>Ressursteam</source>
        <translation>Ressursteam</translation>
    </message>
    <message>
        <source>Annet møte</source>
        <translation>Anna møte</translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede (mellomrom krysser av).</source>
        <translation>Kryss av for kven som er til stades (mellomrom kryssar av).</translation>
    </message>
    <message>
        <source>Samme person kan ikke både være til stede og ha meldt forfall.</source>
        <translation>Same person kan ikkje både vere til stades og ha meldt forfall.</translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken skal tolke til.</source>
        <translation>Skriv kva språk tolken skal tolke til.</translation>
    </message>
    <message>
        <source>Et møte pågår allerede i denne saken. Avslutt det først.</source>
        <translation>Eit møte er allereie i gang i denne saka. Avslutt det først.</translation>
    </message>
    <message>
        <source>Møtet kunne ikke startes.</source>
        <translation>Møtet kunne ikkje startast.</translation>
    </message>
    <message>
        <source>Merk: en PDF er ikke kryptert. Lagre den bare der taushetsbelagte papirer kan ligge.</source>
        <translation>Merk: ein PDF er ikkje kryptert. Lagre den berre der papir med teiepliktige opplysningar kan ligge.</translation>
    </message>
    <message>
        <source>PDF lagret i %1 som Dok. %2 (ført i utleveringsloggen). En PDF er ikke kryptert: oppbevar den som papir med taushetsbelagte opplysninger.</source>
        <translation>PDF lagra i %1 som Dok. %2 (ført i utleveringsloggen). Ein PDF er ikkje kryptert: oppbevar den som papir med teiepliktige opplysningar.</translation>
    </message>
    <message>
        <source>PDF lagret i %1. En PDF er ikke kryptert: oppbevar den som papir med taushetsbelagte opplysninger.</source>
        <translation>PDF lagra i %1. Ein PDF er ikkje kryptert: oppbevar den som papir med teiepliktige opplysningar.</translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så ingenting er skrevet ut. Lagre dokumentet som PDF og skriv det ut fra en annen maskin, eller be den som har ansvar for maskinen om å sette opp en skriver.</source>
        <translation>Ingen skrivar er sett opp på denne maskina, så ingenting er skrive ut. Lagre dokumentet som PDF og skriv det ut frå ei anna maskin, eller be den som har ansvaret for maskina, om å sette opp ein skrivar.</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>En PDF er ikke kryptert:</source>
        <translation>Ein PDF er ikkje kryptert:</translation>
    </message>
    <message>
        <source>CSV-filer for Excel (*.csv)</source>
        <translation>CSV-filer for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Til stede: kryss av for hvem som er med</source>
        <translation>Til stades: kryss av for kven som er med</translation>
    </message>
    <message>
        <source>Navn på en annen som er med</source>
        <translation>Namn på ein annan som er med</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rolle, f.eks. bestemor</source>
        <translation>Rolle, t.d. bestemor</translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>Bilder og PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Bilete og PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Filen er større enn 50 MB. Skann med lavere oppløsning og prøv igjen.</source>
        <translation>Fila er større enn 50 MB. Skann med lågare oppløysing og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen kunne ikke leses. Velg en annen fil.</source>
        <translation>Fila kunne ikkje lesast. Vel ei anna fil.</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Skole</source>
        <translation>Skule</translation>
    </message>
    <message>
        <source>Klasse</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Skriftspråk i dokumenter</source>
        <translation>Skriftspråk i dokument</translation>
    </message>
    <message>
        <source>Som programmet</source>
        <translation>Som programmet</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>for eksempel mor, far, fosterforelder</source>
        <translation>til dømes mor, far, fosterforelder</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation>Har foreldreansvar</translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation>Treng tolk</translation>
    </message>
    <message>
        <source>Språk for tolk</source>
        <translation>Språk for tolk</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Legg til foresatt</source>
        <translation>Legg til føresett</translation>
    </message>
    <message>
        <source>Fjern valgt foresatt</source>
        <translation>Fjern valt føresett</translation>
    </message>
    <message>
        <source>Ingen foresatte er registrert ennå.</source>
        <translation>Ingen føresette er registrerte enno.</translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation>Laget rundt eleven</translation>
    </message>
    <message>
        <source>Legg til person i laget rundt eleven</source>
        <translation>Legg til person i laget rundt eleven</translation>
    </message>
    <message>
        <source>Fjern valgt person fra laget rundt eleven</source>
        <translation>Fjern valt person frå laget rundt eleven</translation>
    </message>
    <message>
        <source>Ingen i laget rundt eleven er registrert ennå.</source>
        <translation>Ingen i laget rundt eleven er registrert enno.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Nærvær</source>
        <translation>Om Nærvær</translation>
    </message>
    <message>
        <source>Nærvær %1</source>
        <translation>Nærvær %1</translation>
    </message>
    <message>
        <source>Støtte til møtene rundt en elev med bekymringsfullt skolefravær: saken, laget rundt eleven, kartlegging, tiltak og avtaler.

Programmet bruker aldri nettet. Sakene lagres kryptert på denne maskinen, og programmet låser seg selv når det ikke er i bruk.</source>
        <translation>Støtte til møta rundt ein elev med bekymringsfullt skulefråvær: saka, laget rundt eleven, kartlegging, tiltak og avtalar.

Programmet brukar aldri nettet. Sakene blir lagra kryptert på denne maskina, og programmet låser seg sjølv når det ikkje er i bruk.</translation>
    </message>
</context>
<context>
    <name>AbsenceEditing</name>
    <message>
        <source>registrering av fravær</source>
        <translation>registrering av fråvær</translation>
    </message>
    <message>
        <source>import av fravær</source>
        <translation>import av fråvær</translation>
    </message>
    <message>
        <source>sletting av fravær</source>
        <translation>sletting av fråvær</translation>
    </message>
    <message>
        <source>endring av fravær</source>
        <translation>endring av fråvær</translation>
    </message>
    <message>
        <source>endring av skoleuke og fridager</source>
        <translation>endring av skuleveke og fridagar</translation>
    </message>
    <message>
        <source>avkryssing av oppgave</source>
        <translation>avkryssing av oppgåve</translation>
    </message>
    <message>
        <source>registrering av beslutning</source>
        <translation>registrering av avgjerd</translation>
    </message>
    <message>
        <source>valg av regelsett</source>
        <translation>val av regelsett</translation>
    </message>
    <message>
        <source>registrering av kontakt</source>
        <translation>registrering av kontakt</translation>
    </message>
    <message>
        <source>endring av kontakt</source>
        <translation>endring av kontakt</translation>
    </message>
    <message>
        <source>ny stafettholder</source>
        <translation>ny stafetthaldar</translation>
    </message>
    <message>
        <source>sletting av kontakt</source>
        <translation>sletting av kontakt</translation>
    </message>
</context>
<context>
    <name>AbsenceEntry</name>
    <message>
        <source>Dato eller periode</source>
        <translation>Dato eller periode</translation>
    </message>
    <message>
        <source>dd.mm.åååå eller periode</source>
        <translation>dd.mm.åååå eller periode</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>f.eks. 1,2 eller 3-5</source>
        <translation>t.d. 1,2 eller 3-5</translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation>Dokumentert</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Årsak, med egne ord</source>
        <translation>Årsak, med eigne ord</translation>
    </message>
    <message>
        <source>valgfritt</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Kom for sent, minutter</source>
        <translation>Kom for seint, minutt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Forlot skolen</source>
        <translation>Forlét skulen</translation>
    </message>
    <message>
        <source>Forlot skolen i løpet av dagen</source>
        <translation>Gjekk frå skulen i løpet av dagen</translation>
    </message>
    <message>
        <source>Avklart fravær</source>
        <translation>Avklart fråvær</translation>
    </message>
    <message>
        <source>Avklart fravær (avtalt med skolen)</source>
        <translation>Avklart fråvær (avtalt med skulen)</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Legg til fraværet</source>
        <translation>Legg til fråværet</translation>
    </message>
    <message>
        <source>Avbryt endring</source>
        <translation>Avbryt endring</translation>
    </message>
    <message>
        <source>Avbryt endringen</source>
        <translation>Avbryt endringa</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timar</translation>
    </message>
    <message>
        <source>Å&amp;rsak</source>
        <translation>Å&amp;rsak</translation>
    </message>
    <message>
        <source>&amp;Forklaring</source>
        <translation>&amp;Forklaring</translation>
    </message>
    <message>
        <source>For s&amp;ent</source>
        <translation>For s&amp;eint</translation>
    </message>
    <message>
        <source>Enter legger til linjen. Dato som dd.mm.åååå eller dd.mm; en periode med bindestrek (02.03-06.03) gir én linje per skoledag. Tomt timefelt betyr hele dagen.</source>
        <translation>Enter legg til linja. Dato som dd.mm.åååå eller dd.mm; ein periode med bindestrek (02.03-06.03) gir éi linje per skuledag. Tomt timefelt tyder heile dagen.</translation>
    </message>
    <message>
        <source>En endring gjelder én dag. Skriv én dato.</source>
        <translation>Ei endring gjeld éin dag. Skriv éin dato.</translation>
    </message>
    <message>
        <source>Dette er allerede registrert: %1.</source>
        <translation>Dette er allereie registrert: %1.</translation>
    </message>
    <message>
        <source>Lagre endring</source>
        <translation>Lagre endring</translation>
    </message>
</context>
<context>
    <name>AbsenceSection</name>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Registrert fravær</source>
        <translation>Registrert fråvær</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Endre valgt fravær</source>
        <translation>Endre valt fråvær</translation>
    </message>
    <message>
        <source>Skoleuke og fridager …</source>
        <translation>Skuleveke og fridagar …</translation>
    </message>
    <message>
        <source>Skoleuke og fridager</source>
        <translation>Skuleveke og fridagar</translation>
    </message>
    <message>
        <source>Importer CSV …</source>
        <translation>Importer CSV …</translation>
    </message>
    <message>
        <source>Importer fravær fra en CSV-fil</source>
        <translation>Importer fråvær frå ei CSV-fil</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Slett valgt fravær</source>
        <translation>Slett valt fråvær</translation>
    </message>
    <message>
        <source>Fravær i tall</source>
        <translation>Fråvær i tal</translation>
    </message>
    <message>
        <source>Timer borte</source>
        <translation>Timar borte</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Dok.</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Udok.</source>
        <translation>Udok.</translation>
    </message>
    <message>
        <source>Hele dager</source>
        <translation>Heile dagar</translation>
    </message>
    <message>
        <source>For sent</source>
        <translation>For seint</translation>
    </message>
    <message>
        <source>Timer med fravær av skoletimene i perioden. Dok. = dokumentert, Udok. = udokumentert.</source>
        <translation>Timar med fråvær av skuletimane i perioden. Dok. = dokumentert, Udok. = udokumentert.</translation>
    </message>
    <message>
        <source>Tallene oppdateres</source>
        <translation>Tala blir oppdaterte</translation>
    </message>
    <message>
        <source>Hvilke dager og timer er vanskelige? (antall ganger)</source>
        <translation>Kva dagar og timar er vanskelege? (tal på gonger)</translation>
    </message>
    <message>
        <source>Fravær i tall: timer borte av skoletimene, dokumentert (dok.) og udokumentert (udok.)</source>
        <translation>Fråvær i tal: timar borte av skuletimane, dokumentert (dok.) og udokumentert (udok.)</translation>
    </message>
    <message>
        <source>Regelsett: %1</source>
        <translation>Regelsett: %1</translation>
    </message>
    <message>
        <source>Velg CSV-fil</source>
        <translation>Vel CSV-fil</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Fant ikke filen, eller den kan ikke leses.</source>
        <translation>Fann ikkje fila, eller ho kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være en fraværsliste.</source>
        <translation>Fila er for stor til å vere ei fråværsliste.</translation>
    </message>
</context>
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation>Dokumentert</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
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
        <source>(avklart)</source>
        <translation>(avklart)</translation>
    </message>
</context>
<context>
    <name>AgendaRail</name>
    <message>
        <source>Dagsorden for møtet</source>
        <translation>Dagsorden for møtet</translation>
    </message>
    <message>
        <source>Punkter på dagsorden (Enter åpner)</source>
        <translation>Punkt på dagsorden (Enter opnar)</translation>
    </message>
    <message>
        <source>&amp;Åpne punktet</source>
        <translation>&amp;Opne punktet</translation>
    </message>
    <message>
        <source>Åpne punktet i saken</source>
        <translation>Opne punktet i saka</translation>
    </message>
    <message>
        <source>&amp;Hopp over</source>
        <translation>&amp;Hopp over</translation>
    </message>
    <message>
        <source>Hopp over punktet (eller ta det med igjen)</source>
        <translation>Hopp over punktet (eller ta det med igjen)</translation>
    </message>
    <message>
        <source>Avslutt &amp;møtet …</source>
        <translation>Avslutt &amp;møtet …</translation>
    </message>
    <message>
        <source>Avslutt møtet og se hva som ble bestemt</source>
        <translation>Avslutt møtet og sjå kva som vart bestemt</translation>
    </message>
    <message>
        <source>Møte pågår: %1</source>
        <translation>Møte i gang: %1</translation>
    </message>
    <message>
        <source>Til stede: %1</source>
        <translation>Til stades: %1</translation>
    </message>
    <message>
        <source> (hoppet over)</source>
        <translation> (hoppa over)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Dato for avtalen</source>
        <translation>Dato for avtalen</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Språk og for hvem, for eksempel «somali, for mor». Tomt: det som står på de foresatte.</source>
        <translation>Språk og for kven, til dømes «somali, for mor». Tomt: det som står på dei føresette.</translation>
    </message>
    <message>
        <source>Langsiktig mål</source>
        <translation>Langsiktig mål</translation>
    </message>
    <message>
        <source>Hent delmål fra &amp;opptrappingsplanen</source>
        <translation>Hent delmål frå &amp;opptrappingsplanen</translation>
    </message>
    <message>
        <source>Hent delmål fra opptrappingsplanen</source>
        <translation>Hent delmål frå opptrappingsplanen</translation>
    </message>
    <message>
        <source>Hent avtalte tiltak fra &amp;tiltakssirkelen</source>
        <translation>Hent avtalte tiltak frå &amp;tiltakssirkelen</translation>
    </message>
    <message>
        <source>Hent avtalte tiltak fra tiltakssirkelen</source>
        <translation>Hent avtalte tiltak frå tiltakssirkelen</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Ansvarlig for plan B</source>
        <translation>Ansvarleg for plan B</translation>
    </message>
    <message>
        <source>Periode i uker</source>
        <translation>Periode i veker</translation>
    </message>
    <message>
        <source> uker</source>
        <translation> veker</translation>
    </message>
    <message>
        <source>Dato for evaluering</source>
        <translation>Dato for evaluering</translation>
    </message>
    <message>
        <source>Kontakt mellom hjem og skole</source>
        <translation>Kontakt mellom heim og skule</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Dag, tid og sted, og hvem som kaller inn</source>
        <translation>Dag, tid og stad, og kven som kallar inn</translation>
    </message>
    <message>
        <source>&amp;Sted og dato:</source>
        <translation>&amp;Stad og dato:</translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation>Til &amp;stades:</translation>
    </message>
    <message>
        <source>T&amp;olk:</source>
        <translation>T&amp;olk:</translation>
    </message>
    <message>
        <source>&amp;Langsiktig mål:</source>
        <translation>&amp;Langsiktig mål:</translation>
    </message>
    <message>
        <source>&amp;Delmål:</source>
        <translation>&amp;Delmål:</translation>
    </message>
    <message>
        <source>&amp;Tiltak og ansvar:</source>
        <translation>&amp;Tiltak og ansvar:</translation>
    </message>
    <message>
        <source>Plan &amp;B:</source>
        <translation>Plan &amp;B:</translation>
    </message>
    <message>
        <source>Ansvarlig for plan B:</source>
        <translation>Ansvarleg for plan B:</translation>
    </message>
    <message>
        <source>&amp;Evaluering:</source>
        <translation>&amp;Evaluering:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Kontakt hjem–skole:</source>
        <translation>&amp;Kontakt heim–skule:</translation>
    </message>
    <message>
        <source>&amp;Neste møte:</source>
        <translation>&amp;Neste møte:</translation>
    </message>
    <message>
        <source>Språk og for hvem, f.eks. «somali, for mor»</source>
        <translation>Språk og for kven, t.d. «somali, for mor»</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <source>Avtaler og versjoner</source>
        <translation>Avtalar og versjonar</translation>
    </message>
    <message>
        <source>&amp;Ny avtale</source>
        <translation>&amp;Ny avtale</translation>
    </message>
    <message>
        <source>Lag en ny samarbeidsavtale</source>
        <translation>Lag ein ny samarbeidsavtale</translation>
    </message>
    <message>
        <source>Slett utkast</source>
        <translation>Slett utkast</translation>
    </message>
    <message>
        <source>Slett dette utkastet (kan angres)</source>
        <translation>Slett dette utkastet (kan angrast)</translation>
    </message>
    <message>
        <source>Avtalen</source>
        <translation>Avtalen</translation>
    </message>
    <message>
        <source>&amp;Klar til signering</source>
        <translation>&amp;Klar til signering</translation>
    </message>
    <message>
        <source>Lås avtalen som en nummerert versjon</source>
        <translation>Lås avtalen som ein nummerert versjon</translation>
    </message>
    <message>
        <source>Skriv &amp;under …</source>
        <translation>Skriv &amp;under …</translation>
    </message>
    <message>
        <source>Underskrifter på skjermen</source>
        <translation>Underskrifter på skjermen</translation>
    </message>
    <message>
        <source>&amp;Endre (ny versjon)</source>
        <translation>&amp;Endre (ny versjon)</translation>
    </message>
    <message>
        <source>Lag et nytt utkast fra denne versjonen</source>
        <translation>Lag eit nytt utkast frå denne versjonen</translation>
    </message>
    <message>
        <source>E&amp;valuer …</source>
        <translation>E&amp;valuer …</translation>
    </message>
    <message>
        <source>Evaluer avtalen</source>
        <translation>Evaluer avtalen</translation>
    </message>
    <message>
        <source>Legg ved skann …</source>
        <translation>Legg ved skann …</translation>
    </message>
    <message>
        <source>Legg ved skann eller bilde av signert avtale</source>
        <translation>Legg ved skann eller bilete av signert avtale</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation>&amp;Førehandsvis …</translation>
    </message>
    <message>
        <source>Forhåndsvis avtalen</source>
        <translation>Førehandsvis avtalen</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut avtalen</source>
        <translation>Skriv ut avtalen</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre avtalen som PDF</source>
        <translation>Lagre avtalen som PDF</translation>
    </message>
    <message>
        <source>Ingen avtale ennå. Trykk «Ny avtale» når dere er klare til å skrive ned det dere har blitt enige om.</source>
        <translation>Ingen avtale enno. Trykk «Ny avtale» når de er klare til å skrive ned det de har vorte einige om.</translation>
    </message>
    <message>
        <source>Det finnes ingen opptrappingsplan å hente fra ennå. Skriv delmålene her.</source>
        <translation>Det finst ingen opptrappingsplan å hente frå enno. Skriv delmåla her.</translation>
    </message>
    <message>
        <source>Alt lagres mens du skriver.</source>
        <translation>Alt blir lagra medan du skriv.</translation>
    </message>
    <message>
        <source>Denne versjonen er låst. Trykk «Endre (ny versjon)» for å lage et nytt utkast; denne versjonen blir stående.</source>
        <translation>Denne versjonen er låst. Trykk «Endre (ny versjon)» for å lage eit nytt utkast; denne versjonen blir ståande.</translation>
    </message>
    <message>
        <source>Skrevet under av: %1.</source>
        <translation>Skrive under av: %1.</translation>
    </message>
    <message>
        <source>Skann av den signerte avtalen er lagt ved.</source>
        <translation>Skann av den signerte avtalen er lagt ved.</translation>
    </message>
    <message>
        <source>endring i avtalen</source>
        <translation>endring i avtalen</translation>
    </message>
    <message>
        <source>Versjonen er låst og kan ikke endres. Lag en ny versjon for å endre den.</source>
        <translation>Versjonen er låst og kan ikkje endrast. Lag ein ny versjon for å endre den.</translation>
    </message>
    <message>
        <source>Ny avtale med dem som er til stede på møtet.</source>
        <translation>Ny avtale med dei som er til stades på møtet.</translation>
    </message>
    <message>
        <source>Ny avtale. Kryss av for dem som er til stede; bare de får en linje å skrive under på.</source>
        <translation>Ny avtale. Kryss av for dei som er til stades; berre dei får ei linje å skrive under på.</translation>
    </message>
    <message>
        <source>sletting av utkast</source>
        <translation>sletting av utkast</translation>
    </message>
    <message>
        <source>Utkastet er slettet. Ctrl+Z angrer.</source>
        <translation>Utkastet er sletta. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>Tiltakssirkelen har ingen avtalte tiltak ennå.</source>
        <translation>Tiltakssirkelen har ingen avtalte tiltak enno.</translation>
    </message>
    <message>
        <source>De avtalte tiltakene fra tiltakssirkelen er allerede med.</source>
        <translation>Dei avtalte tiltaka frå tiltakssirkelen er allereie med.</translation>
    </message>
    <message>
        <source>%1 tiltak hentet fra tiltakssirkelen. Du kan endre dem her.</source>
        <translation>%1 tiltak henta frå tiltakssirkelen. Du kan endre dei her.</translation>
    </message>
    <message>
        <source>Kryss av for hvem som er til stede.</source>
        <translation>Kryss av for kven som er til stades.</translation>
    </message>
    <message>
        <source>Skriv minst ett tiltak med en ansvarlig.</source>
        <translation>Skriv minst eitt tiltak med ein ansvarleg.</translation>
    </message>
    <message>
        <source>Avtalen kan ikke gjøres klar til signering ennå:</source>
        <translation>Avtalen kan ikkje gjerast klar til signering enno:</translation>
    </message>
    <message>
        <source>Avtalen er klar til signering og låst som versjon %1.</source>
        <translation>Avtalen er klar til signering og låst som versjon %1.</translation>
    </message>
    <message>
        <source>underskrifter</source>
        <translation>underskrifter</translation>
    </message>
    <message>
        <source>Underskriftene kunne ikke lagres: versjonen er ikke til signering lenger.</source>
        <translation>Underskriftene kunne ikkje lagrast: versjonen er ikkje til signering lenger.</translation>
    </message>
    <message>
        <source>Underskriftene er lagret. Status: %1.</source>
        <translation>Underskriftene er lagra. Status: %1.</translation>
    </message>
    <message>
        <source>Nytt utkast (versjon %1). Den låste versjonen blir stående og kan fortsatt skrives ut.</source>
        <translation>Nytt utkast (versjon %1). Den låste versjonen blir ståande og kan framleis skrivast ut.</translation>
    </message>
    <message>
        <source>Evalueringen er lagret. Et nytt utkast er laget fra den gamle avtalen; endre det det dere ble enige om.</source>
        <translation>Evalueringa er lagra. Eit nytt utkast er laga frå den gamle avtalen; endre det de vart einige om.</translation>
    </message>
    <message>
        <source>Velg skann eller bilde av signert avtale</source>
        <translation>Vel skann eller bilete av signert avtale</translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Velg hvem som skrev under på papiret, og trykk «Skriv under» for hver av dem.</source>
        <translation>Skannet er lagt ved og lagra kryptert i saka. Vel kven som skreiv under på papiret, og trykk «Skriv under» for kvar av dei.</translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Originalfilen kan slettes.</source>
        <translation>Skannet er lagt ved og lagra kryptert i saka. Originalfila kan slettast.</translation>
    </message>
    <message>
        <source>samarbeidsavtale.pdf</source>
        <translation>samarbeidsavtale.pdf</translation>
    </message>
</context>
<context>
    <name>AmbivalenceTool</name>
    <message>
        <source>Ambivalensmatrise</source>
        <translation>Ambivalensmatrise</translation>
    </message>
    <message>
        <source>Bra med å være hjemme</source>
        <translation>Bra med å vere heime</translation>
    </message>
    <message>
        <source>Bra med å gå på skolen</source>
        <translation>Bra med å gå på skulen</translation>
    </message>
    <message>
        <source>Vanskelig med å være hjemme</source>
        <translation>Vanskeleg med å vere heime</translation>
    </message>
    <message>
        <source>Vanskelig med å gå på skolen</source>
        <translation>Vanskeleg med å gå på skulen</translation>
    </message>
    <message>
        <source>Det er vanlig å ville to ting samtidig. Hvordan kan vi gjøre det vanskelige ved skolen mindre og det gode større?</source>
        <translation>Det er vanleg å ville to ting samstundes. Korleis kan vi gjere det vanskelege ved skulen mindre og det gode større?</translation>
    </message>
</context>
<context>
    <name>AnonymousConsultationDialog</name>
    <message>
        <source>Anonym drøfting</source>
        <translation>Anonym drøfting</translation>
    </message>
    <message>
        <source>Navn, skole, steder, adresser, telefonnumre og datoer er byttet ut (markert i gult). Les teksten før du bruker den: opplysninger som kan kjenne igjen eleven uten navn – et sjeldent yrke, en liten bygd, en spesiell hendelse – må du fjerne selv under «Ord som også skal fjernes».</source>
        <translation>Namn, skule, stader, adresser, telefonnummer og datoar er bytte ut (merkte med gult). Les teksten før du brukar han: opplysningar som kan kjenne att eleven utan namn – eit sjeldsynt yrke, ei lita bygd, ei spesiell hending – må du fjerne sjølv under «Ord som òg skal fjernast».</translation>
    </message>
    <message>
        <source>&amp;Sammendrag</source>
        <translation>&amp;Samandrag</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>&amp;Fullstendig rapport</source>
        <translation>&amp;Fullstendig rapport</translation>
    </message>
    <message>
        <source>Fullstendig rapport</source>
        <translation>Fullstendig rapport</translation>
    </message>
    <message>
        <source>Ta med de voksnes &amp;refleksjon etter samtalen</source>
        <translation>Ta med &amp;refleksjonen til dei vaksne etter samtalen</translation>
    </message>
    <message>
        <source>Ta med de voksnes refleksjon etter kartleggingssamtalen (intern)</source>
        <translation>Ta med refleksjonen til dei vaksne etter kartleggingssamtalen (intern)</translation>
    </message>
    <message>
        <source>Hypoteser om hva som utløser og opprettholder fraværet. Interne notater: ta dem bare med når drøftingen trenger dem.</source>
        <translation>Hypotesar om kva som utløyser fråværet og held det ved lag. Interne notat: ta dei berre med når drøftinga treng dei.</translation>
    </message>
    <message>
        <source>Den anonymiserte teksten</source>
        <translation>Den anonymiserte teksten</translation>
    </message>
    <message>
        <source>Ord som også skal fjernes</source>
        <translation>Ord som òg skal fjernast</translation>
    </message>
    <message>
        <source>Navn, sted …</source>
        <translation>Namn, stad …</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Legg til ordet som skal fjernes</source>
        <translation>Legg til ordet som skal fjernast</translation>
    </message>
    <message>
        <source>Ord som fjernes</source>
        <translation>Ord som blir fjerna</translation>
    </message>
    <message>
        <source>Ta &amp;bort ordet</source>
        <translation>Ta &amp;bort ordet</translation>
    </message>
    <message>
        <source>Ta bort det valgte ordet fra lista</source>
        <translation>Ta bort det valde ordet frå lista</translation>
    </message>
    <message>
        <source>&amp;Ord som også skal fjernes:</source>
        <translation>&amp;Ord som òg skal fjernast:</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut den anonymiserte teksten</source>
        <translation>Skriv ut den anonymiserte teksten</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre den anonymiserte teksten som PDF</source>
        <translation>Lagre den anonymiserte teksten som PDF</translation>
    </message>
    <message>
        <source>Lu&amp;kk</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>Lukk anonym drøfting</source>
        <translation>Lukk anonym drøfting</translation>
    </message>
    <message>
        <source>%1 erstatninger (%2).</source>
        <translation>%1 utbytingar (%2).</translation>
    </message>
    <message>
        <source>Ingen erstatninger.</source>
        <translation>Ingen utbytingar.</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>skole, sted eller adresse</source>
        <translation>skule, stad eller adresse</translation>
    </message>
    <message>
        <source>telefonnummer</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-postadresse</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>fødselsdato</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <source>fødselsnummer</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>ord du la til</source>
        <translation>ord du la til</translation>
    </message>
    <message>
        <source>«%1» er fjernet fra teksten.</source>
        <translation>«%1» er fjerna frå teksten.</translation>
    </message>
    <message>
        <source>«%1» står i teksten igjen.</source>
        <translation>«%1» står att i teksten.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Skrivebeskyttet – endringer kan ikke gjøres her</source>
        <translation>Skriveverna – her kan ingen endringar gjerast</translation>
    </message>
    <message>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <source>Lagret %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <source>Alt er lagret</source>
        <translation>Alt er lagra</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <source>Boksen som er valgt</source>
        <translation>Boksen som er vald</translation>
    </message>
    <message>
        <source>&amp;Tatt opp i møtet</source>
        <translation>&amp;Teke opp i møtet</translation>
    </message>
    <message>
        <source>Boksen er tatt opp i møtet</source>
        <translation>Boksen er teken opp i møtet</translation>
    </message>
    <message>
        <source>Hva hjelper? Skriv og trykk Enter</source>
        <translation>Kva hjelper? Skriv og trykk Enter</translation>
    </message>
    <message>
        <source>Hva gjør det vanskeligere? Skriv og trykk Enter</source>
        <translation>Kva gjer det vanskelegare? Skriv og trykk Enter</translation>
    </message>
    <message>
        <source>Et lite, konkret tiltak. Skriv og trykk Enter</source>
        <translation>Eit lite, konkret tiltak. Skriv og trykk Enter</translation>
    </message>
    <message>
        <source>ingen ansvarlig ennå</source>
        <translation>ingen ansvarleg enno</translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <source>endring i «%1»</source>
        <translation>endring i «%1»</translation>
    </message>
    <message>
        <source>ny foresatt</source>
        <translation>ny føresett</translation>
    </message>
    <message>
        <source>ny person i laget</source>
        <translation>ny person i laget</translation>
    </message>
    <message>
        <source>fjerning av foresatt</source>
        <translation>fjerning av føresett</translation>
    </message>
    <message>
        <source>fjerning av person i laget</source>
        <translation>fjerning av person i laget</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Skole</source>
        <translation>Skule</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Slettes</source>
        <translation>Slettast</translation>
    </message>
    <message>
        <source>Slettedatoen er passert: saken kan slettes.</source>
        <translation>Slettedatoen er passert: saka kan slettast.</translation>
    </message>
    <message>
        <source>Avsluttet %1, arkivert</source>
        <translation>Avslutta %1, arkivert</translation>
    </message>
    <message>
        <source>Arkivert sak</source>
        <translation>Arkivert sak</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source> (arkivert)</source>
        <translation> (arkivert)</translation>
    </message>
    <message>
        <source> (passert)</source>
        <translation> (passert)</translation>
    </message>
    <message>
        <source>Det finnes en sikkerhetskopi av saken til %1 som kan gjenopprettes.</source>
        <translation>Det finst ein tryggingskopi av saka til %1 som kan gjenopprettast.</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Søk i sakene</source>
        <translation>Søk i sakene</translation>
    </message>
    <message>
        <source>Søk etter navn, trinn eller skole</source>
        <translation>Søk etter namn, trinn eller skule</translation>
    </message>
    <message>
        <source>Vis arkiverte</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source> (passert)</source>
        <translation> (passert)</translation>
    </message>
    <message>
        <source>Ny sak</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Arkiver</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Overfør …</source>
        <translation>Overfør …</translation>
    </message>
    <message>
        <source>Hent inn …</source>
        <translation>Hent inn …</translation>
    </message>
    <message>
        <source>Skoleoversikt …</source>
        <translation>Skuleoversikt …</translation>
    </message>
    <message>
        <source>Frister denne uken og saker uten oppfølging i alle sakene, og en rapport uten navn til ledelsen</source>
        <translation>Fristar denne veka og saker utan oppfølging i alle sakene, og ein rapport utan namn til leiinga</translation>
    </message>
    <message>
        <source>Slett utløpte saker …</source>
        <translation>Slett utgåtte saker …</translation>
    </message>
    <message>
        <source>Her er det ingen saker ennå. Lag den første når du er klar.</source>
        <translation>Her er det ingen saker enno. Lag den første når du er klar.</translation>
    </message>
    <message>
        <source>Saken er avsluttet. Åpne den og velg Fil → Gjenåpne saken … for å ta den opp igjen.</source>
        <translation>Saka er avslutta. Opne ho og vel Fil → Gjenopne saka … for å ta ho opp igjen.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Kunne ikke arkivere</source>
        <translation>Kunne ikkje arkivere</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kan ikke brukes</source>
        <translation>Tryggingskopien kan ikkje brukast</translation>
    </message>
    <message>
        <source>Saken er gjenopprettet</source>
        <translation>Saka er gjenoppretta</translation>
    </message>
    <message>
        <source>Saken er satt tilbake til forrige lagring. Det som ble skrevet etter den, kan mangle. Den skadde filen er tatt vare på (kryptert) i datamappen.</source>
        <translation>Saka er sett tilbake til førre lagring. Det som vart skrive seinare, kan mangle. Den skadde fila er teken vare på (kryptert) i datamappa.</translation>
    </message>
    <message>
        <source>avsluttet %1 · slettes %2</source>
        <translation>avslutta %1 · blir sletta %2</translation>
    </message>
    <message>
        <source>1 avsluttet sak har passert slettedatoen og kan slettes.</source>
        <translation>1 avslutta sak har passert slettedatoen og kan slettast.</translation>
    </message>
    <message>
        <source>%1 avsluttede saker har passert slettedatoen og kan slettes.</source>
        <translation>%1 avslutta saker har passert slettedatoen og kan slettast.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Tilbake til sakslisten</source>
        <translation>Tilbake til sakslista</translation>
    </message>
    <message>
        <source>&amp;Ta over saken …</source>
        <translation>&amp;Ta over saka …</translation>
    </message>
    <message>
        <source>Ta over saken fra den andre maskinen</source>
        <translation>Ta over saka frå den andre maskina</translation>
    </message>
    <message>
        <source>Deler av saken</source>
        <translation>Delar av saka</translation>
    </message>
    <message>
        <source>Avslutt møtemodus</source>
        <translation>Avslutt møtemodus</translation>
    </message>
    <message>
        <source>Møtemodus</source>
        <translation>Møtemodus</translation>
    </message>
    <message>
        <source>Møtemodus: skjermen vendes mot familien. Bare denne saken vises, uten interne notater og veiledning til de voksne, og teksten blir større. Trykk igjen for å gå tilbake (Ctrl+Shift+M).</source>
        <translation>Møtemodus: skjermen blir snudd mot familien. Berre denne saka blir vist, utan interne notat og rettleiing til dei vaksne, og teksten blir større. Trykk igjen for å gå tilbake (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Ta over saken?</source>
        <translation>Ta over saka?</translation>
    </message>
    <message>
        <source>Ta over saken</source>
        <translation>Ta over saka</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Bytt passordfrase</source>
        <translation>Byt passordfrase</translation>
    </message>
    <message>
        <source>Den nye passordfrasen må være vanskelig å gjette, også for noen som har kopiert nøkkelfilen. Sakene dine blir ikke endret.</source>
        <translation>Den nye passordfrasen må vere vanskeleg å gjette, òg for nokon som har kopiert nøkkelfila. Sakene dine blir ikkje endra.</translation>
    </message>
    <message>
        <source>Nåværende passordfrase</source>
        <translation>Noverande passordfrase</translation>
    </message>
    <message>
        <source>Ny passordfrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <source>Ny passordfrase en gang til</source>
        <translation>Ny passordfrase ein gong til</translation>
    </message>
    <message>
        <source>Den nåværende passordfrasen er feil. Prøv igjen.</source>
        <translation>Den noverande passordfrasen er feil. Prøv igjen.</translation>
    </message>
    <message>
        <source>Bytter passordfrase …</source>
        <translation>Byter passordfrase …</translation>
    </message>
</context>
<context>
    <name>CircleEditing</name>
    <message>
        <source>endring av tekst</source>
        <translation>endring av tekst</translation>
    </message>
    <message>
        <source>sletting</source>
        <translation>sletting</translation>
    </message>
    <message>
        <source>flytting</source>
        <translation>flytting</translation>
    </message>
    <message>
        <source>tatt opp i møtet</source>
        <translation>teke opp i møtet</translation>
    </message>
    <message>
        <source>forslag godtatt</source>
        <translation>forslag godteke</translation>
    </message>
    <message>
        <source>forslag forkastet</source>
        <translation>forslag forkasta</translation>
    </message>
    <message>
        <source>ny ressurs</source>
        <translation>ny ressurs</translation>
    </message>
    <message>
        <source>ny risiko</source>
        <translation>ny risiko</translation>
    </message>
    <message>
        <source>nytt tiltak</source>
        <translation>nytt tiltak</translation>
    </message>
</context>
<context>
    <name>CircleSection</name>
    <message>
        <source>Tiltakssirkel</source>
        <translation>Tiltakssirkel</translation>
    </message>
    <message>
        <source>En lokal tilpasning av tiltakssirkelen kunne ikke brukes (%1). Standardutgaven vises.</source>
        <translation>Ei lokal tilpassing av tiltakssirkelen kunne ikkje brukast (%1). Standardutgåva blir vist.</translation>
    </message>
    <message>
        <source>Piltaster velger boks, Enter åpner den.</source>
        <translation>Piltastane vel boks, Enter opnar den.</translation>
    </message>
</context>
<context>
    <name>CircleToolbar</name>
    <message>
        <source>&amp;Ta vare på sirkelen …</source>
        <translation>&amp;Ta vare på sirkelen …</translation>
    </message>
    <message>
        <source>Ta vare på sirkelen slik den er nå</source>
        <translation>Ta vare på sirkelen slik den er no</translation>
    </message>
    <message>
        <source>Sa&amp;mmenlign …</source>
        <translation>Sa&amp;manlikn …</translation>
    </message>
    <message>
        <source>Sammenlign sirkelen på to tidspunkter</source>
        <translation>Samanlikn sirkelen på to tidspunkt</translation>
    </message>
    <message>
        <source>Lag &amp;PDF …</source>
        <translation>Lag &amp;PDF …</translation>
    </message>
    <message>
        <source>Lag PDF av tiltakssirkelen</source>
        <translation>Lag PDF av tiltakssirkelen</translation>
    </message>
    <message>
        <source>Sirkelen er tatt vare på: %1</source>
        <translation>Sirkelen er teken vare på: %1</translation>
    </message>
    <message>
        <source>Lagre tiltakssirkelen som PDF</source>
        <translation>Lagre tiltakssirkelen som PDF</translation>
    </message>
    <message>
        <source>tiltakssirkel.pdf</source>
        <translation>tiltakssirkel.pdf</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Sirkelen er uendret og lagret i saken.</source>
        <translation>PDF-en kunne ikkje lagast. Sirkelen er uendra og lagra i saka.</translation>
    </message>
</context>
<context>
    <name>CircleView</name>
    <message>
        <source>Tiltakssirkelen</source>
        <translation>Tiltakssirkelen</translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation>MÅL</translation>
    </message>
    <message numerus="yes">
        <source>%n tiltak</source>
        <translation><numerusform>%n tiltak</numerusform><numerusform>%n tiltak</numerusform></translation>
    </message>
    <message>
        <source>tatt opp</source>
        <translation>teke opp</translation>
    </message>
    <message>
        <source>ikke tatt opp ennå</source>
        <translation>ikkje teke opp enno</translation>
    </message>
    <message numerus="yes">
        <source>%n forslag</source>
        <translation><numerusform>%n forslag</numerusform><numerusform>%n forslag</numerusform></translation>
    </message>
    <message>
        <source>start her</source>
        <translation>start her</translation>
    </message>
    <message>
        <source>%1: %2 ressurser, %3 risiko, %4. %5</source>
        <translation>%1: %2 ressursar, %3 risiko, %4. %5</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Avslutt saken</source>
        <translation>Avslutt saka</translation>
    </message>
    <message>
        <source>Når saken avsluttes, blir den arkivert: den skjules i saklisten og blir liggende kryptert til slettedatoen. Da tilbyr saklisten å slette den. En avsluttet sak kan gjenåpnes.</source>
        <translation>Når saka blir avslutta, blir ho arkivert: ho blir gøymd i sakslista og ligg kryptert fram til slettedatoen. Då tilbyr sakslista å slette ho. Ei avslutta sak kan gjenopnast.</translation>
    </message>
    <message>
        <source>Grunn til at saken avsluttes</source>
        <translation>Grunn til at saka blir avslutta</translation>
    </message>
    <message>
        <source>Utdyping av grunnen</source>
        <translation>Utdyping av grunnen</translation>
    </message>
    <message>
        <source>Skriv med egne ord (må fylles ut ved «Annet»)</source>
        <translation>Skriv med eigne ord (må fyllast ut ved «Anna»)</translation>
    </message>
    <message>
        <source>Dato saken avsluttes</source>
        <translation>Dato saka blir avslutta</translation>
    </message>
    <message>
        <source>Hvem avslutter saken</source>
        <translation>Kven avsluttar saka</translation>
    </message>
    <message>
        <source>Slettes innen</source>
        <translation>Slettast innan</translation>
    </message>
    <message>
        <source>Lag sluttrapport (PDF) til arkivet nå</source>
        <translation>Lag sluttrapport (PDF) til arkivet no</translation>
    </message>
    <message>
        <source>Lag sluttrapport til arkivet nå</source>
        <translation>Lag sluttrapport til arkivet no</translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation>&amp;Grunn:</translation>
    </message>
    <message>
        <source>&amp;Utdyping:</source>
        <translation>&amp;Utdyping:</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Avsluttet &amp;av:</source>
        <translation>Avslutta &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Slettes innen:</source>
        <translation>&amp;Slettast innan:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sammenlign sirkelen på to tidspunkter</source>
        <translation>Samanlikn sirkelen på to tidspunkt</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Nå</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>Ingen endringar.</translation>
    </message>
    <message>
        <source>Lagt til</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Tatt opp i møtet</source>
        <translation>Teke opp i møtet</translation>
    </message>
    <message>
        <source>ressurs</source>
        <translation>ressurs</translation>
    </message>
    <message>
        <source>risiko</source>
        <translation>risiko</translation>
    </message>
    <message>
        <source>tiltak</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <source>tekst var «%1»</source>
        <translation>teksten var «%1»</translation>
    </message>
    <message>
        <source>ansvarlig: %1</source>
        <translation>ansvarleg: %1</translation>
    </message>
    <message>
        <source>ny startdato</source>
        <translation>ny startdato</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Tjenesten opplysningene kan deles med</source>
        <translation>Tenesta opplysningane kan delast med</translation>
    </message>
    <message>
        <source>Navn på den andre tjenesten</source>
        <translation>Namn på den andre tenesta</translation>
    </message>
    <message>
        <source>Navn på tjenesten, f.eks. Familievernkontoret</source>
        <translation>Namn på tenesta, t.d. Familievernkontoret</translation>
    </message>
    <message>
        <source>Hva som kan deles</source>
        <translation>Kva som kan delast</translation>
    </message>
    <message>
        <source>Skriv hva som kan deles, eller velg forslag</source>
        <translation>Skriv kva som kan delast, eller vel forslag</translation>
    </message>
    <message>
        <source>Forslag til hva som kan deles</source>
        <translation>Forslag til kva som kan delast</translation>
    </message>
    <message>
        <source>Legg &amp;til</source>
        <translation>Legg &amp;til</translation>
    </message>
    <message>
        <source>Legg forslaget til i «Hva kan deles»</source>
        <translation>Legg forslaget til i «Kva kan delast»</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Hvorfor opplysningene deles</source>
        <translation>Kvifor opplysningane blir delte</translation>
    </message>
    <message>
        <source>Hvem som har samtykket: kryss av</source>
        <translation>Kven som har samtykt: kryss av</translation>
    </message>
    <message>
        <source>Dato samtykket ble gitt</source>
        <translation>Dato samtykket vart gjeve</translation>
    </message>
    <message>
        <source>Gjelder til og med:</source>
        <translation>Gjeld til og med:</translation>
    </message>
    <message>
        <source>Samtykket har en sluttdato</source>
        <translation>Samtykket har ein sluttdato</translation>
    </message>
    <message>
        <source>Samtykket gjelder til og med</source>
        <translation>Samtykket gjeld til og med</translation>
    </message>
    <message>
        <source>Trukket tilbake:</source>
        <translation>Trekt tilbake:</translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake</source>
        <translation>Samtykket er trekt tilbake</translation>
    </message>
    <message>
        <source>Dato samtykket ble trukket tilbake</source>
        <translation>Dato samtykket vart trekt tilbake</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Teneste:</translation>
    </message>
    <message>
        <source>&amp;Hva kan deles:</source>
        <translation>&amp;Kva kan delast:</translation>
    </message>
    <message>
        <source>&amp;Formål:</source>
        <translation>&amp;Føremål:</translation>
    </message>
    <message>
        <source>&amp;Gitt av:</source>
        <translation>&amp;Gjeve av:</translation>
    </message>
    <message>
        <source>&amp;Dato gitt:</source>
        <translation>&amp;Dato gjeve:</translation>
    </message>
    <message>
        <source>&amp;Varighet:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>T&amp;ilbaketrukket:</source>
        <translation>T&amp;ilbaketrekt:</translation>
    </message>
    <message>
        <source>&amp;Merknad:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>%1 (uten foreldreansvar)</source>
        <translation>%1 (utan foreldreansvar)</translation>
    </message>
    <message>
        <source>%1 (eleven)</source>
        <translation>%1 (eleven)</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>&amp;Nytt samtykke</source>
        <translation>&amp;Nytt samtykke</translation>
    </message>
    <message>
        <source>Registrer et nytt samtykke</source>
        <translation>Registrer eit nytt samtykke</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Slett dette samtykket (kan angres)</source>
        <translation>Slett dette samtykket (kan angrast)</translation>
    </message>
    <message>
        <source>Samtykkets status</source>
        <translation>Status for samtykket</translation>
    </message>
    <message>
        <source>Samtykket</source>
        <translation>Samtykket</translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake i dag</source>
        <translation>&amp;Trekk tilbake i dag</translation>
    </message>
    <message>
        <source>Registrer at samtykket er trukket tilbake i dag</source>
        <translation>Registrer at samtykket er trekt tilbake i dag</translation>
    </message>
    <message>
        <source>Legg ved &amp;skann …</source>
        <translation>Legg ved &amp;skann …</translation>
    </message>
    <message>
        <source>Legg ved skann eller bilde av signert skjema</source>
        <translation>Legg ved skann eller bilete av signert skjema</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis skjema …</source>
        <translation>&amp;Førehandsvis skjema …</translation>
    </message>
    <message>
        <source>Forhåndsvis samtykkeskjemaet</source>
        <translation>Førehandsvis samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut samtykkeskjemaet</source>
        <translation>Skriv ut samtykkeskjemaet</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre samtykkeskjemaet som PDF</source>
        <translation>Lagre samtykkeskjemaet som PDF</translation>
    </message>
    <message>
        <source>Ingen samtykker ennå. Før opplysninger om eleven deles med PPT, BUP, helsesykepleier, fastlege eller andre, trengs samtykke fra foresatte (og fra eleven når eleven har fylt 15 år). Trykk «Nytt samtykke», skriv ut skjemaet og legg ved skann når det er underskrevet.</source>
        <translation>Ingen samtykke enno. Før opplysningar om eleven blir delte med PPT, BUP, helsesjukepleiar, fastlege eller andre, trengst samtykke frå dei føresette (og frå eleven når eleven har fylt 15 år). Trykk «Nytt samtykke», skriv ut skjemaet og legg ved skann når det er underskrive.</translation>
    </message>
    <message>
        <source> Signert skjema er lagt ved (%1).</source>
        <translation> Signert skjema er lagt ved (%1).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Elevens fødselsdato mangler (Oversikt): fra 15 år må eleven også samtykke.</source>
        <translation>Fødselsdatoen til eleven manglar (Oversikt): frå 15 år må eleven òg samtykkje.</translation>
    </message>
    <message>
        <source>Eleven har fylt 15 år og må også samtykke. Alle med foreldreansvar må samtykke.</source>
        <translation>Eleven har fylt 15 år og må òg samtykkje. Alle med foreldreansvar må samtykkje.</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar må samtykke.</source>
        <translation>Alle med foreldreansvar må samtykkje.</translation>
    </message>
    <message>
        <source>endring i samtykke</source>
        <translation>endring i samtykke</translation>
    </message>
    <message>
        <source>nytt samtykke</source>
        <translation>nytt samtykke</translation>
    </message>
    <message>
        <source>Nytt samtykke. Velg tjeneste, skriv hva som kan deles, og kryss av for hvem som har samtykket.</source>
        <translation>Nytt samtykke. Vel teneste, skriv kva som kan delast, og kryss av for kven som har samtykt.</translation>
    </message>
    <message>
        <source>sletting av samtykke</source>
        <translation>sletting av samtykke</translation>
    </message>
    <message>
        <source>Samtykket er slettet. Ctrl+Z angrer.</source>
        <translation>Samtykket er sletta. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>samtykke trukket tilbake</source>
        <translation>samtykke trekt tilbake</translation>
    </message>
    <message>
        <source>Samtykket er registrert trukket tilbake %1. Fra nå deles ingenting mer med tjenesten. Ctrl+Z angrer.</source>
        <translation>Samtykket er registrert som trekt tilbake %1. Frå no blir ingenting meir delt med tenesta. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>Velg skann eller bilde av signert samtykke</source>
        <translation>Vel skann eller bilete av signert samtykke</translation>
    </message>
    <message>
        <source>Skannet er lagt ved og lagret kryptert i saken. Originalfilen kan slettes.</source>
        <translation>Skannet er lagt ved og lagra kryptert i saka. Originalfila kan slettast.</translation>
    </message>
    <message>
        <source>samtykke.pdf</source>
        <translation>samtykke.pdf</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation>Kontakt med heimen</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>Med kven</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Av hvem</source>
        <translation>Av kven</translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation>Kva vart sagt</translation>
    </message>
    <message>
        <source>Hva ble avtalt</source>
        <translation>Kva vart avtalt</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Dato for neste steg</source>
        <translation>Dato for neste steg</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Med hvem</source>
        <translation>&amp;Med kven</translation>
    </message>
    <message>
        <source>&amp;Hvordan</source>
        <translation>&amp;Korleis</translation>
    </message>
    <message>
        <source>&amp;Av hvem</source>
        <translation>&amp;Av kven</translation>
    </message>
    <message>
        <source>Hva ble &amp;sagt</source>
        <translation>Kva vart &amp;sagt</translation>
    </message>
    <message>
        <source>Hva ble a&amp;vtalt</source>
        <translation>Kva vart a&amp;vtalt</translation>
    </message>
    <message>
        <source>&amp;Neste steg</source>
        <translation>&amp;Neste steg</translation>
    </message>
    <message>
        <source>Dato for n&amp;este steg</source>
        <translation>Dato for n&amp;este steg</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Skriv tidspunktet som dd.mm.åååå tt:mm.</source>
        <translation>Skriv tidspunktet som dd.mm.åååå tt:mm.</translation>
    </message>
    <message>
        <source>Skriv datoen for neste steg som dd.mm.åååå.</source>
        <translation>Skriv datoen for neste steg som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Skriv hvem dere hadde kontakt med.</source>
        <translation>Skriv kven de hadde kontakt med.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Steg i samtalen</source>
        <translation>Steg i samtalen</translation>
    </message>
    <message>
        <source>Hvor langt vi har kommet</source>
        <translation>Kor langt vi har kome</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>← Forrige steg</source>
        <translation>← Førre steg</translation>
    </message>
    <message>
        <source>Forrige steg (Alt+venstre)</source>
        <translation>Førre steg (Alt+venstre)</translation>
    </message>
    <message>
        <source>Neste steg →</source>
        <translation>Neste steg →</translation>
    </message>
    <message>
        <source>Neste steg (Ctrl+Enter)</source>
        <translation>Neste steg (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pause – fortsett senere</source>
        <translation>Pause – hald fram seinare</translation>
    </message>
    <message>
        <source>Sett samtalen på pause og gå til listen</source>
        <translation>Set samtalen på pause og gå til lista</translation>
    </message>
    <message>
        <source>Samtalen og verktøyene</source>
        <translation>Samtalen og verktøya</translation>
    </message>
    <message>
        <source>Samtalen</source>
        <translation>Samtalen</translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>Steg %1 av %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>Steg %1 av %2: Oppsummering</source>
        <translation>Steg %1 av %2: Oppsummering</translation>
    </message>
</context>
<context>
    <name>DataDirPage</name>
    <message>
        <source>Datamappen kan ikke brukes</source>
        <translation>Datamappa kan ikkje brukast</translation>
    </message>
    <message>
        <source>Ingenting er slettet eller endret.</source>
        <translation>Ingenting er sletta eller endra.</translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Registrer beslutning</source>
        <translation>Registrer avgjerd</translation>
    </message>
    <message>
        <source>Fase eller trinn</source>
        <translation>Fase eller trinn</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Besluttet av</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation>namn og rolle</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Fase/trinn</source>
        <translation>&amp;Fase/trinn</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Besluttet av</source>
        <translation>&amp;Avgjort av</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>Programmet foreslår. Dere bestemmer, og beslutningen lagres med dato og hvem som tok den.</source>
        <translation>Programmet føreslår. De bestemmer, og avgjerda blir lagra med dato og kven som tok ho.</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>Skriv hvem som tok beslutningen.</source>
        <translation>Skriv kven som tok avgjerda.</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Slett sak</source>
        <translation>Slett sak</translation>
    </message>
    <message>
        <source>SLETT</source>
        <translation>SLETT</translation>
    </message>
    <message>
        <source>Saken slettes for godt, sammen med sikkerhetskopien. Dette kan ikke angres.</source>
        <translation>Saka blir sletta for godt, saman med tryggingskopien. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Skriv elevens navn, «%1», for å bekrefte:</source>
        <translation>Skriv namnet til eleven, «%1», for å stadfeste:</translation>
    </message>
    <message>
        <source>Filen er skadet, så navnet kan ikke leses. Skriv «%1» for å bekrefte:</source>
        <translation>Fila er skadd, så namnet kan ikkje lesast. Skriv «%1» for å stadfeste:</translation>
    </message>
    <message>
        <source>Elevens navn for å bekrefte slettingen</source>
        <translation>Namnet til eleven for å stadfeste slettinga</translation>
    </message>
    <message>
        <source>Slett saken</source>
        <translation>Slett saka</translation>
    </message>
</context>
<context>
    <name>DeleteExpiredDialog</name>
    <message>
        <source>Slett saker som har passert slettedatoen</source>
        <translation>Slett saker som har passert slettedatoen</translation>
    </message>
    <message>
        <source>Disse avsluttede sakene har passert slettedatoen. De slettes for godt, sammen med sikkerhetskopiene. Dette kan ikke angres. Fjern haken ved en sak som skal oppbevares lenger.</source>
        <translation>Desse avslutta sakene har passert slettedatoen. Dei blir sletta for godt, saman med tryggingskopiane. Dette kan ikkje angrast. Fjern haken ved ei sak som skal takast vare på lenger.</translation>
    </message>
    <message>
        <source>Saker som kan slettes</source>
        <translation>Saker som kan slettast</translation>
    </message>
    <message>
        <source>Jeg har sjekket at disse sakene ikke skal oppbevares lenger</source>
        <translation>Eg har sjekka at desse sakene ikkje skal takast vare på lenger</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Slett 1 sak</source>
        <translation>Slett 1 sak</translation>
    </message>
    <message>
        <source>Slett %1 saker</source>
        <translation>Slett %1 saker</translation>
    </message>
</context>
<context>
    <name>DisclosureFields</name>
    <message>
        <source>Til hvem dokumentet gis (valgfritt)</source>
        <translation>Kven dokumentet blir gitt til (valfritt)</translation>
    </message>
    <message>
        <source>for eksempel mor, PPT</source>
        <translation>til dømes mor, PPT</translation>
    </message>
    <message>
        <source>Hvem som gir ut dokumentet</source>
        <translation>Kven som gir ut dokumentet</translation>
    </message>
    <message>
        <source>&amp;Til (valgfritt):</source>
        <translation>&amp;Til (valfritt):</translation>
    </message>
    <message>
        <source>Utlevert a&amp;v:</source>
        <translation>Utlevert a&amp;v:</translation>
    </message>
    <message>
        <source>Føres i sakens utleveringslogg med dokumentets nummer.</source>
        <translation>Blir ført i utleveringsloggen for saka med dokumentnummeret.</translation>
    </message>
</context>
<context>
    <name>DisclosureList</name>
    <message>
        <source>Utlevert fra saken</source>
        <translation>Utlevert frå saka</translation>
    </message>
    <message>
        <source>Dok.</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Utlevert av</source>
        <translation>Utlevert av</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Hver PDF som lagres og hver utskrift fra saken føres her med et dokumentnummer. Nummeret og en kontrollverdi står nederst på dokumentet. «Kontroller et dokument …» viser om en PDF eller et ark er utlevert herfra, og om PDF-en er uendret.</source>
        <translation>Kvar PDF som blir lagra, og kvar utskrift frå saka, blir ført her med eit dokumentnummer. Nummeret og ein kontrollverdi står nedst på dokumentet. «Kontroller eit dokument …» viser om ein PDF eller eit ark er utlevert herifrå, og om PDF-en er uendra.</translation>
    </message>
    <message>
        <source>Ingenting er utlevert fra saken ennå.</source>
        <translation>Ingenting er utlevert frå saka enno.</translation>
    </message>
    <message>
        <source>Kontroller et &amp;dokument …</source>
        <translation>Kontroller eit &amp;dokument …</translation>
    </message>
    <message>
        <source>Kontroller om en PDF eller en kontrollverdi er fra denne saken</source>
        <translation>Kontroller om ein PDF eller ein kontrollverdi er frå denne saka</translation>
    </message>
    <message>
        <source>Overføringsfil</source>
        <translation>Overføringsfil</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Hele saken</source>
        <translation>Heile saka</translation>
    </message>
    <message>
        <source>Saken uten interne notater</source>
        <translation>Saka utan interne notat</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Sendt til skriveren. Ingen fil er lagret.</source>
        <translation>Sendt til skrivaren. Inga fil er lagra.</translation>
    </message>
    <message>
        <source>Sendt til skriveren som Dok. %1 (ført i utleveringsloggen). Ingen fil er lagret.</source>
        <translation>Sendt til skrivaren som Dok. %1 (ført i utleveringsloggen). Inga fil er lagra.</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Avbrutt. Ingen PDF er lagret.</source>
        <translation>Avbrote. Ingen PDF er lagra.</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Innholdet er uendret og lagret i saken.</source>
        <translation>PDF-en kunne ikkje lagast. Innhaldet er uendra og lagra i saka.</translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation>Lagar PDF …</translation>
    </message>
</context>
<context>
    <name>DueDatesCard</name>
    <message>
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Neste møte: %1</source>
        <translation>Neste møte: %1</translation>
    </message>
    <message>
        <source>neste steg</source>
        <translation>neste steg</translation>
    </message>
    <message>
        <source>oppgave fra møtet</source>
        <translation>oppgåve frå møtet</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation>forfallen</translation>
    </message>
    <message>
        <source>Evaluering av avtale %1 skulle vært holdt %2. Den er forfalt.</source>
        <translation>Evalueringa av avtale %1 skulle vore halden %2. Fristen er ute.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluering av avtale %1: %2 (om %n dager)</source>
        <translation><numerusform>Evaluering av avtale %1: %2 (om %n dag)</numerusform><numerusform>Evaluering av avtale %1: %2 (om %n dagar)</numerusform></translation>
    </message>
    <message>
        <source>Ingen frister ennå: ingen evaluering, møte, neste steg eller oppgave har en dato.</source>
        <translation>Ingen fristar enno: ingen evaluering, møte, neste steg eller oppgåve har dato.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Ny: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <source>Flytt opp (Alt+Pil opp)</source>
        <translation>Flytt opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <source>Flytt ned (Alt+Pil ned)</source>
        <translation>Flytt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Slett (Delete)</source>
        <translation>Slett (Delete)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluering av avtale %1, versjon %2</source>
        <translation>Evaluering av avtale %1, versjon %2</translation>
    </message>
    <message>
        <source>Ikke vurdert</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <source>Fungert</source>
        <translation>Fungert</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Ikke fungert</source>
        <translation>Ikkje fungert</translation>
    </message>
    <message>
        <source>Dato for evalueringen</source>
        <translation>Dato for evalueringa</translation>
    </message>
    <message>
        <source>Sted for evalueringen</source>
        <translation>Stad for evalueringa</translation>
    </message>
    <message>
        <source>Vurdering av målet</source>
        <translation>Vurdering av målet</translation>
    </message>
    <message>
        <source>Registrert fravær før og etter avtalen</source>
        <translation>Registrert fråvær før og etter avtalen</translation>
    </message>
    <message>
        <source>Delmål %1: %2</source>
        <translation>Delmål %1: %2</translation>
    </message>
    <message>
        <source>  Tiltak %1: %2</source>
        <translation>  Tiltak %1: %2</translation>
    </message>
    <message>
        <source>Vurdering: %1</source>
        <translation>Vurdering: %1</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Merknad: %1</source>
        <translation>Merknad: %1</translation>
    </message>
    <message>
        <source>Vurdering av plan B</source>
        <translation>Vurdering av plan B</translation>
    </message>
    <message>
        <source>Har plan B fungert?</source>
        <translation>Har plan B fungert?</translation>
    </message>
    <message>
        <source>Behov for henvisning videre (for eksempel PPT, BUP, barneverntjenesten) er vurdert:</source>
        <translation>Behov for tilvising vidare (til dømes PPT, BUP, barneverntenesta) er vurdert:</translation>
    </message>
    <message>
        <source>Ikke behov for henvisning nå</source>
        <translation>Ikkje behov for tilvising no</translation>
    </message>
    <message>
        <source>Henvises til:</source>
        <translation>Blir tilvist til:</translation>
    </message>
    <message>
        <source>Henvisning til</source>
        <translation>Tilvising til</translation>
    </message>
    <message>
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Merknad: hvorfor, eller hva som er avtalt</source>
        <translation>Merknad: kvifor, eller kva som er avtalt</translation>
    </message>
    <message>
        <source>Merknad om henvisning</source>
        <translation>Merknad om tilvising</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation>S&amp;tad:</translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation>Til &amp;stades:</translation>
    </message>
    <message>
        <source>Langsiktig mål:</source>
        <translation>Langsiktig mål:</translation>
    </message>
    <message>
        <source>Vurdering av &amp;målet:</source>
        <translation>Vurdering av &amp;målet:</translation>
    </message>
    <message>
        <source>Fravær:</source>
        <translation>Fråvær:</translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation>Delmål:</translation>
    </message>
    <message>
        <source>Tiltak:</source>
        <translation>Tiltak:</translation>
    </message>
    <message>
        <source>&amp;Plan B:</source>
        <translation>&amp;Plan B:</translation>
    </message>
    <message>
        <source>Konklusjon:</source>
        <translation>Konklusjon:</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation>&amp;Førehandsvis …</translation>
    </message>
    <message>
        <source>Forhåndsvis evalueringen</source>
        <translation>Førehandsvis evalueringa</translation>
    </message>
    <message>
        <source>Lagre som P&amp;DF …</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <source>Lagre evalueringen som PDF</source>
        <translation>Lagre evalueringa som PDF</translation>
    </message>
    <message>
        <source>Skriv &amp;under …</source>
        <translation>Skriv &amp;under …</translation>
    </message>
    <message>
        <source>Underskrifter på evalueringen</source>
        <translation>Underskrifter på evalueringa</translation>
    </message>
    <message>
        <source>F&amp;ullfør evalueringen</source>
        <translation>F&amp;ullfør evalueringa</translation>
    </message>
    <message>
        <source>Fullfør evalueringen</source>
        <translation>Fullfør evalueringa</translation>
    </message>
    <message>
        <source>&amp;Lukk (alt er lagret)</source>
        <translation>&amp;Lukk (alt er lagra)</translation>
    </message>
    <message>
        <source>Lukk; alt er lagret</source>
        <translation>Lukk; alt er lagra</translation>
    </message>
    <message>
        <source>%1 Registrer samtykket under Samtykke før opplysninger sendes.</source>
        <translation>%1 Registrer samtykket under Samtykke før opplysningar blir sende.</translation>
    </message>
    <message>
        <source>Underskriftene er lagret. Status: %1.</source>
        <translation>Underskriftene er lagra. Status: %1.</translation>
    </message>
    <message>
        <source>Velg en konklusjon før evalueringen fullføres.</source>
        <translation>Vel ein konklusjon før evalueringa blir fullført.</translation>
    </message>
    <message>
        <source>Kryss av for om henvisning videre er vurdert: ikke behov nå, eller hvem eleven henvises til.</source>
        <translation>Kryss av for om tilvising vidare er vurdert: ikkje behov no, eller kven eleven blir tilvist til.</translation>
    </message>
    <message>
        <source>Velg hvem henvisningen gjelder.</source>
        <translation>Vel kven tilvisinga gjeld.</translation>
    </message>
    <message>
        <source>evaluering.pdf</source>
        <translation>evaluering.pdf</translation>
    </message>
</context>
<context>
    <name>ExampleBank</name>
    <message>
        <source>Eksempler å hente fra</source>
        <translation>Døme å hente frå</translation>
    </message>
    <message>
        <source>Eksempler</source>
        <translation>Døme</translation>
    </message>
    <message>
        <source>Sett &amp;inn</source>
        <translation>Set &amp;inn</translation>
    </message>
    <message>
        <source>Sett inn valgt eksempel</source>
        <translation>Set inn valt døme</translation>
    </message>
    <message>
        <source>Klikk på et eksempel for å sette det inn, eller dra det til en liste. Tilpass teksten etterpå.</source>
        <translation>Klikk på eit døme for å setje det inn, eller dra det til ei liste. Tilpass teksten etterpå.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Lager PDF …</source>
        <translation>Lagar PDF …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>PDF-en lages</source>
        <translation>PDF-en blir laga</translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation>Lagar PDF</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Skriv datoen som dd.mm.åååå</source>
        <translation>Skriv datoen som dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Velkommen til Nærvær</source>
        <translation>Velkomen til Nærvær</translation>
    </message>
    <message>
        <source>Velg en passordfrase. Den låser opp sakene dine på denne maskinen. Den må være vanskelig å gjette, også for noen som har kopiert nøkkelfilen: gjerne fire eller fem vanlige ord som ikke hører sammen, og som du husker godt.</source>
        <translation>Vel ein passordfrase. Han låser opp sakene dine på denne maskina. Han må vere vanskeleg å gjette, òg for nokon som har kopiert nøkkelfila: gjerne fire eller fem vanlege ord som ikkje høyrer saman, og som du hugsar godt.</translation>
    </message>
    <message>
        <source>Skriv den ned og ta vare på den et trygt sted: uten passordfrasen kan ingen åpne sakene.</source>
        <translation>Skriv han ned, og ta vare på han på ein trygg stad: utan passordfrasen kan ingen opne sakene.</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Passordfrase en gang til</source>
        <translation>Passordfrase ein gong til</translation>
    </message>
    <message>
        <source>Opprett og start</source>
        <translation>Opprett og start</translation>
    </message>
    <message>
        <source>Opprett passordfrase og start</source>
        <translation>Opprett passordfrase og start</translation>
    </message>
    <message>
        <source>Lager nøkkelen …</source>
        <translation>Lagar nøkkelen …</translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <source>Regelsett for denne saken</source>
        <translation>Regelsett for denne saka</translation>
    </message>
    <message>
        <source>&amp;Regelsett:</source>
        <translation>&amp;Regelsett:</translation>
    </message>
    <message>
        <source>Oppfølgingen oppdateres</source>
        <translation>Oppfølginga blir oppdatert</translation>
    </message>
    <message>
        <source>Besluttet av</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <source>navn og rolle</source>
        <translation>namn og rolle</translation>
    </message>
    <message>
        <source>Besluttet &amp;av:</source>
        <translation>Avgjort &amp;av:</translation>
    </message>
    <message>
        <source>Godta forslaget</source>
        <translation>Godta forslaget</translation>
    </message>
    <message>
        <source>Godta forslaget og registrer beslutningen i dag</source>
        <translation>Godta forslaget og registrer avgjerda i dag</translation>
    </message>
    <message>
        <source>Regler som har slått til</source>
        <translation>Reglar som har slått til</translation>
    </message>
    <message>
        <source>Fraværet bak regelen</source>
        <translation>Fråværet bak regelen</translation>
    </message>
    <message>
        <source>Oppgaver i denne fasen</source>
        <translation>Oppgåver i denne fasen</translation>
    </message>
    <message>
        <source>Regelsett side om side …</source>
        <translation>Regelsett side om side …</translation>
    </message>
    <message>
        <source>Se hva hvert regelsett ville sagt for denne eleven</source>
        <translation>Sjå kva kvart regelsett ville ha sagt om denne eleven</translation>
    </message>
    <message>
        <source>Registrer beslutning …</source>
        <translation>Registrer avgjerd …</translation>
    </message>
    <message>
        <source>Registrer beslutning</source>
        <translation>Registrer avgjerd</translation>
    </message>
    <message>
        <source>Registrer kontakt med hjemmet …</source>
        <translation>Registrer kontakt med heimen …</translation>
    </message>
    <message>
        <source>Registrer kontakt med hjemmet</source>
        <translation>Registrer kontakt med heimen</translation>
    </message>
    <message>
        <source>Henvisning til PPT …</source>
        <translation>Tilvising til PPT …</translation>
    </message>
    <message>
        <source>Lag henvisning til PPT</source>
        <translation>Lag tilvising til PPT</translation>
    </message>
    <message>
        <source>Regler som har &amp;slått til (velg én for å se fraværet)</source>
        <translation>Reglar som har &amp;slått til (vel éin for å sjå fråværet)</translation>
    </message>
    <message>
        <source>&amp;Grunnlag</source>
        <translation>&amp;Grunnlag</translation>
    </message>
    <message>
        <source>%1 (forslag)</source>
        <translation>%1 (forslag)</translation>
    </message>
    <message>
        <source>Ingen beslutning er registrert ennå. Programmet foreslår; dere bestemmer.</source>
        <translation>Inga avgjerd er registrert enno. Programmet føreslår; de bestemmer.</translation>
    </message>
    <message>
        <source>Besluttet: %1 (%2, %3)</source>
        <translation>Avgjort: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>gjelder nå</source>
        <translation>gjeld no</translation>
    </message>
    <message>
        <source>gjaldt</source>
        <translation>galdt</translation>
    </message>
    <message>
        <source>%1 – første gang %2 (%3)</source>
        <translation>%1 – første gong %2 (%3)</translation>
    </message>
    <message>
        <source>Ingen regel har slått til.</source>
        <translation>Ingen regel har slått til.</translation>
    </message>
    <message>
        <source>fraværsreglene</source>
        <translation>fråværsreglane</translation>
    </message>
    <message>
        <source>Foreslått etter %1.</source>
        <translation>Føreslått etter %1.</translation>
    </message>
    <message>
        <source>Forslag etter %1: %2</source>
        <translation>Forslag etter %1: %2</translation>
    </message>
    <message>
        <source>Skriv hvem som tok beslutningen.</source>
        <translation>Skriv kven som tok avgjerda.</translation>
    </message>
    <message>
        <source>Fra innstillingene (%1)</source>
        <translation>Frå innstillingane (%1)</translation>
    </message>
    <message>
        <source>Regelfilen %1 kan ikke brukes (%2): %3</source>
        <translation>Regelfila %1 kan ikkje brukast (%2): %3</translation>
    </message>
    <message>
        <source>linje %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>ukjent linje</source>
        <translation>ukjend linje</translation>
    </message>
    <message>
        <source>&amp;Oppgaver i «%1»</source>
        <translation>&amp;Oppgåver i «%1»</translation>
    </message>
    <message>
        <source>%1 – gjort: %2 (Enter: vis)</source>
        <translation>%1 – gjort: %2 (Enter: vis)</translation>
    </message>
    <message>
        <source>Gjort %1</source>
        <translation>Gjort %1</translation>
    </message>
    <message>
        <source>Enter eller dobbeltklikk: vis i Fravær</source>
        <translation>Enter eller dobbeltklikk: vis i Fråvær</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Hvordan gikk uka?</source>
        <translation>Korleis gjekk veka?</translation>
    </message>
    <message>
        <source>Uke (en dato i uka)</source>
        <translation>Veke (ein dato i veka)</translation>
    </message>
    <message>
        <source>Resultat for uka</source>
        <translation>Resultat for veka</translation>
    </message>
    <message>
        <source>Notat om uka</source>
        <translation>Notat om veka</translation>
    </message>
    <message>
        <source>Lagre uka</source>
        <translation>Lagre veka</translation>
    </message>
    <message>
        <source>&amp;Uke:</source>
        <translation>&amp;Veke:</translation>
    </message>
    <message>
        <source>&amp;Resultat:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>N&amp;otat:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Hva gjør vi nå?</source>
        <translation>Kva gjer vi no?</translation>
    </message>
    <message>
        <source>Dato for beslutningen</source>
        <translation>Dato for avgjerda</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Hvorfor? For eksempel: ressurslæreren ble syk</source>
        <translation>Kvifor? Til dømes: ressurslæraren vart sjuk</translation>
    </message>
    <message>
        <source>D&amp;ato:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Gå videre</source>
        <translation>Gå vidare</translation>
    </message>
    <message>
        <source>Gjenta steget</source>
        <translation>Gjenta steget</translation>
    </message>
    <message>
        <source>Ett steg tilbake</source>
        <translation>Eitt steg tilbake</translation>
    </message>
    <message>
        <source>&amp;Historikk (ingenting overskrives):</source>
        <translation>&amp;Historikk (ingenting blir overskrive):</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Alle stegene er gjennomført.</source>
        <translation>Alle stega er gjennomførte.</translation>
    </message>
    <message>
        <source>Nå: steg %1 – %2 (%3–%4), mål %5 %</source>
        <translation>No: steg %1 – %2 (%3–%4), mål %5 %</translation>
    </message>
    <message>
        <source>Registrert oppmøte i perioden: %1 % (mål %2 %)</source>
        <translation>Registrert oppmøte i perioden: %1 % (mål %2 %)</translation>
    </message>
    <message>
        <source>Fraværsregisteret har ingen registreringer for perioden ennå.</source>
        <translation>Fråværsregisteret har ingen registreringar for perioden enno.</translation>
    </message>
    <message>
        <source>Steg %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 16.03.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 16.03.2026.</translation>
    </message>
    <message>
        <source>Skriv en kort begrunnelse først.</source>
        <translation>Skriv ei kort grunngjeving først.</translation>
    </message>
    <message>
        <source>Datoen er før steget begynte (%1). Velg en senere dato.</source>
        <translation>Datoen er før steget byrja (%1). Vel ein seinare dato.</translation>
    </message>
</context>
<context>
    <name>GuidedFlow</name>
    <message>
        <source>Langsiktig mål</source>
        <translation>Langsiktig mål</translation>
    </message>
    <message>
        <source>For eksempel: Jens er på skolen hele skoledagen</source>
        <translation>Til dømes: Jens er på skulen heile skuledagen</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Langsiktig &amp;mål:</source>
        <translation>Langsiktig &amp;mål:</translation>
    </message>
    <message>
        <source>&amp;Starter (dd.mm.åååå):</source>
        <translation>&amp;Startar (dd.mm.åååå):</translation>
    </message>
    <message>
        <source>Målet er der eleven skal ende. Stegene på veien dit kommer etterpå.</source>
        <translation>Målet er der eleven skal ende. Stega på vegen dit kjem etterpå.</translation>
    </message>
    <message>
        <source>Utgangspunktet: hvor er eleven nå</source>
        <translation>Utgangspunktet: kvar er eleven no</translation>
    </message>
    <message>
        <source>Startmal for første steg</source>
        <translation>Startmal for første steg</translation>
    </message>
    <message>
        <source>Tomt steg (fyll ut selv)</source>
        <translation>Tomt steg (fyll ut sjølv)</translation>
    </message>
    <message>
        <source>&amp;Utgangspunkt – hvor er eleven nå?</source>
        <translation>&amp;Utgangspunkt – kvar er eleven no?</translation>
    </message>
    <message>
        <source>Første steg &amp;fra mal:</source>
        <translation>Første steg &amp;frå mal:</translation>
    </message>
    <message>
        <source>En startmal kunne ikke leses (%1). De andre malene kan brukes.</source>
        <translation>Ein startmal kunne ikkje lesast (%1). Dei andre malane kan brukast.</translation>
    </message>
    <message>
        <source>Begynn med det eleven helt sikkert mestrer. Det er bedre å gå sakte fram enn å måtte ta steg tilbake.</source>
        <translation>Byrj med det eleven heilt sikkert meistrar. Det er betre å gå sakte fram enn å måtte ta steg tilbake.</translation>
    </message>
    <message>
        <source>Lag neste steg med «Kopier til neste steg» og juster timene i uka. Ofte varer et steg to uker, og det siste steget er full deltakelse.</source>
        <translation>Lag neste steg med «Kopier til neste steg» og juster timane i veka. Ofte varer eit steg to veker, og det siste steget er full deltaking.</translation>
    </message>
    <message>
        <source>&amp;Tilbake</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>N&amp;este</source>
        <translation>N&amp;este</translation>
    </message>
    <message>
        <source>Neste</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Spørsmålet</source>
        <translation>Spørsmålet</translation>
    </message>
    <message>
        <source>1 av 4: Målet</source>
        <translation>1 av 4: Målet</translation>
    </message>
    <message>
        <source>2 av 4: Utgangspunktet</source>
        <translation>2 av 4: Utgangspunktet</translation>
    </message>
    <message>
        <source>3 av 4: Første steg</source>
        <translation>3 av 4: Første steg</translation>
    </message>
    <message>
        <source>4 av 4: Neste steg</source>
        <translation>4 av 4: Neste steg</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Skriv det langsiktige målet først.</source>
        <translation>Skriv det langsiktige målet først.</translation>
    </message>
    <message>
        <source>Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026.</source>
        <translation>Skriv startdatoen som dd.mm.åååå, til dømes 02.03.2026.</translation>
    </message>
    <message>
        <source>Første steg</source>
        <translation>Første steg</translation>
    </message>
    <message>
        <source>Ny opptrappingsplan</source>
        <translation>Ny opptrappingsplan</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Ny stafettholder</source>
        <translation>Ny stafetthaldar</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>for eksempel: saken går til fase 3</source>
        <translation>til dømes: saka går til fase 3</translation>
    </message>
    <message>
        <source>&amp;Ny stafettholder</source>
        <translation>&amp;Ny stafetthaldar</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>Stafettholderen har ansvaret for at oppfølgingen henger sammen. Fasen foreslår: %1.</source>
        <translation>Stafetthaldaren har ansvaret for at oppfølginga heng saman. Fasen føreslår: %1.</translation>
    </message>
    <message>
        <source>Nå: %1.</source>
        <translation>No: %1.</translation>
    </message>
    <message>
        <source>Gi stafetten videre</source>
        <translation>Gje stafetten vidare</translation>
    </message>
    <message>
        <source>Skriv eller velg hvem som får stafetten.</source>
        <translation>Skriv eller vel kven som får stafetten.</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Overfør saken</source>
        <translation>Overfør saka</translation>
    </message>
    <message>
        <source>Sakene krypteres i én fil med en engangs-passordfrase. Send filen til mottakeren, og les passordfrasen opp på telefon – aldri i samme e-post, melding eller på samme minnepinne som filen.</source>
        <translation>Sakene blir krypterte i éi fil med ein eingongs-passordfrase. Send fila til mottakaren, og les passordfrasen opp på telefon – aldri i same e-post, melding eller på same minnepinne som fila.</translation>
    </message>
    <message>
        <source>Saker som overføres</source>
        <translation>Saker som blir overførte</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Til (mottaker)</source>
        <translation>Til (mottakar)</translation>
    </message>
    <message>
        <source>For eksempel PPT Nordvidda, Jon Buljo</source>
        <translation>Til dømes PPT Nordvidda, Jon Buljo</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Ditt navn og din skole</source>
        <translation>Namnet ditt og skulen din</translation>
    </message>
    <message>
        <source>Mottakeren er</source>
        <translation>Mottakaren er</translation>
    </message>
    <message>
        <source>Begrunnelse for å overføre uten gyldig samtykke</source>
        <translation>Grunngjeving for å overføre utan gyldig samtykke</translation>
    </message>
    <message>
        <source>For eksempel: foresatte samtykket muntlig i møtet 12.01., skriftlig samtykke kommer; eller: bekymringsmelding</source>
        <translation>Til dømes: dei føresette samtykte munnleg i møtet 12.01., skriftleg samtykke kjem; eller: bekymringsmelding</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Hva som overføres</source>
        <translation>Kva som blir overført</translation>
    </message>
    <message>
        <source>Hele saken</source>
        <translation>Heile saka</translation>
    </message>
    <message>
        <source>Uten interne deler (refleksjon etter møtet, Kearney-hypoteser)</source>
        <translation>Utan interne delar (refleksjon etter møtet, Kearney-hypotesar)</translation>
    </message>
    <message>
        <source>Deler som ikke blir med (kryss av)</source>
        <translation>Delar som ikkje blir med (kryss av)</translation>
    </message>
    <message>
        <source>Jeg vil skrive inn en egen passordfrase</source>
        <translation>Eg vil skrive inn ein eigen passordfrase</translation>
    </message>
    <message>
        <source>Egen passordfrase</source>
        <translation>Eigen passordfrase</translation>
    </message>
    <message>
        <source>Egen passordfrase en gang til</source>
        <translation>Eigen passordfrase ein gong til</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>Velg hvor filen lagres</source>
        <translation>Vel kvar fila skal lagrast</translation>
    </message>
    <message>
        <source>&amp;Saker:</source>
        <translation>&amp;Saker:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Mottakeren er:</source>
        <translation>&amp;Mottakaren er:</translation>
    </message>
    <message>
        <source>F&amp;ra:</source>
        <translation>F&amp;rå:</translation>
    </message>
    <message>
        <source>&amp;Innhold:</source>
        <translation>&amp;Innhald:</translation>
    </message>
    <message>
        <source>&amp;Ikke med:</source>
        <translation>&amp;Ikkje med:</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Gjenta:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>F&amp;il:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>Lag overføringsfil</source>
        <translation>Lag overføringsfil</translation>
    </message>
    <message>
        <source>%1 Du kan overføre likevel: skriv hvorfor. Begrunnelsen lagres i saken.</source>
        <translation>%1 Du kan overføre likevel: skriv kvifor. Grunngjevinga blir lagra i saka.</translation>
    </message>
    <message>
        <source>Ikke gyldig samtykke for alle sakene:
%1
Du kan overføre likevel: skriv hvorfor. Begrunnelsen lagres i hver av disse sakene.</source>
        <translation>Ikkje gyldig samtykke for alle sakene:
%1
Du kan overføre likevel: skriv kvifor. Grunngjevinga blir lagra i kvar av desse sakene.</translation>
    </message>
    <message>
        <source>Lagre overføringsfil</source>
        <translation>Lagre overføringsfil</translation>
    </message>
    <message>
        <source>Engangs-passordfrasen</source>
        <translation>Eingongs-passordfrasen</translation>
    </message>
    <message>
        <source>Ferdig – jeg har notert passordfrasen</source>
        <translation>Ferdig – eg har notert passordfrasen</translation>
    </message>
    <message>
        <source>Kryss av minst én sak.</source>
        <translation>Kryss av minst éi sak.</translation>
    </message>
    <message>
        <source>Skriv hvem saken overføres til.</source>
        <translation>Skriv kven saka skal overførast til.</translation>
    </message>
    <message>
        <source>Det finnes ikke gyldig samtykke. Skriv en begrunnelse for å overføre likevel, eller velg en annen mottaker.</source>
        <translation>Det finst ikkje gyldig samtykke. Skriv ei grunngjeving for å overføre likevel, eller vel ein annan mottakar.</translation>
    </message>
    <message>
        <source>Velg en mappe som finnes.</source>
        <translation>Vel ei mappe som finst.</translation>
    </message>
    <message>
        <source>Det finnes allerede en fil med dette navnet. Velg et annet navn.</source>
        <translation>Det finst allereie ei fil med dette namnet. Vel eit anna namn.</translation>
    </message>
    <message numerus="yes">
        <source>Overføringsfilen er lagret: %1. Saker i filen: %n. Overføringen er skrevet inn i hver sak.</source>
        <translation><numerusform>Overføringsfila er lagra: %1. Saker i fila: %n. Overføringa er skriven inn i saka.</numerusform><numerusform>Overføringsfila er lagra: %1. Saker i fila: %n. Overføringa er skriven inn i kvar sak.</numerusform></translation>
    </message>
    <message>
        <source>Gi mottakeren passordfrasen du valgte, på telefon eller ansikt til ansikt – aldri sammen med filen.</source>
        <translation>Gi mottakaren passordfrasen du valde, på telefon eller andlet til andlet – aldri saman med fila.</translation>
    </message>
    <message>
        <source>Les passordfrasen opp for mottakeren på telefon, eller gi den ansikt til ansikt. Den vises bare nå og lagres ingen steder. Send den aldri i samme e-post, melding eller på samme minnepinne som filen. (Seks ord fra en liste på %1 ord: omtrent %2 bits.)</source>
        <translation>Les passordfrasen opp for mottakaren på telefon, eller gi den andlet til andlet. Den blir berre vist no og blir ikkje lagra nokon stad. Send den aldri i same e-post, melding eller på same minnepinne som fila. (Seks ord frå ei liste på %1 ord: om lag %2 bits.)</translation>
    </message>
    <message>
        <source>Krypterer og lagrer …</source>
        <translation>Krypterer og lagrar …</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Hent inn en sak</source>
        <translation>Hent inn ei sak</translation>
    </message>
    <message>
        <source>Velg overføringsfilen (slutter på .naervaer-overforing) og skriv passordfrasen du har fått på telefon. Hele filen kontrolleres før noe blir lagret her.</source>
        <translation>Vel overføringsfila (sluttar på .naervaer-overforing) og skriv passordfrasen du har fått på telefon. Heile fila blir kontrollert før noko blir lagra her.</translation>
    </message>
    <message>
        <source>Overføringsfil</source>
        <translation>Overføringsfil</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <source>Velg overføringsfil</source>
        <translation>Vel overføringsfil</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Hent inn</source>
        <translation>Hent inn</translation>
    </message>
    <message>
        <source>Sammenligning av sakene</source>
        <translation>Samanlikning av sakene</translation>
    </message>
    <message>
        <source>Behold begge</source>
        <translation>Behald begge</translation>
    </message>
    <message>
        <source>Erstatt saken her</source>
        <translation>Erstatt saka her</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation>Laget rundt eleven</translation>
    </message>
    <message>
        <source>Fravær (linjer)</source>
        <translation>Fråvær (linjer)</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Kartleggingssamtaler</source>
        <translation>Kartleggingssamtalar</translation>
    </message>
    <message>
        <source>Tiltakssirkel (punkter)</source>
        <translation>Tiltakssirkel (punkt)</translation>
    </message>
    <message>
        <source>Opptrappingsplaner</source>
        <translation>Opptrappingsplanar</translation>
    </message>
    <message>
        <source>Avtaler</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Overføringer</source>
        <translation>Overføringar</translation>
    </message>
    <message numerus="yes">
        <source>Saker i filen finnes allerede her (antall: %n). Se hva som er forskjellig, og velg: behold begge (saken fra filen blir en egen sak), eller erstatt saken her med den fra filen (den som er her nå, blir tatt vare på som sikkerhetskopi).</source>
        <translation><numerusform>Ei sak i fila finst allereie her (tal: %n). Sjå kva som er ulikt, og vel: behald begge (saka frå fila blir ei eiga sak), eller erstatt saka her med den frå fila (den som er her no, blir teken vare på som tryggingskopi).</numerusform><numerusform>Saker i fila finst allereie her (tal: %n). Sjå kva som er ulikt, og vel: behald begge (saka frå fila blir ei eiga sak), eller erstatt saka her med den frå fila (den som er her no, blir teken vare på som tryggingskopi).</numerusform></translation>
    </message>
    <message>
        <source>Elevens navn</source>
        <translation>Elevnamn</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>Her nå</source>
        <translation>Her no</translation>
    </message>
    <message>
        <source>I filen</source>
        <translation>I fila</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Velg en overføringsfil som finnes.</source>
        <translation>Vel ei overføringsfil som finst.</translation>
    </message>
    <message>
        <source>Kontrollerer og dekrypterer filen …</source>
        <translation>Kontrollerer og dekrypterer fila …</translation>
    </message>
    <message>
        <source>Lagrer saken kryptert her …</source>
        <translation>Lagrar saka kryptert her …</translation>
    </message>
    <message>
        <source>Hentet inn: %1. Overføringen er skrevet inn i saken, og saken ligger nå kryptert i sakslisten her.</source>
        <translation>Henta inn: %1. Overføringa er skriven inn i saka, og saka ligg no kryptert i sakslista her.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Fravær per ukedag og time</source>
        <translation>Fråvær per vekedag og time</translation>
    </message>
    <message>
        <source>Mest fravær: %1 ganger</source>
        <translation>Mest fråvær: %1 gonger</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer fravær</source>
        <translation>Importer fråvær</translation>
    </message>
    <message>
        <source>Fil: %1 (%2, skilletegn «%3»)</source>
        <translation>Fil: %1 (%2, skiljeteikn «%3»)</translation>
    </message>
    <message>
        <source>Linjene i filen</source>
        <translation>Linjene i fila</translation>
    </message>
    <message>
        <source>Hvor langt importen er kommet</source>
        <translation>Kor langt importen er komen</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>Filen er UTF-8, men %n linje(r) er ikke det og er lest som Windows-1252: </source>
        <translation><numerusform>Fila er UTF-8, men %n linje er ikkje det og er lesen som Windows-1252: </numerusform><numerusform>Fila er UTF-8, men %n linjer er ikkje det og er lesne som Windows-1252: </numerusform></translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Les fila …</translation>
    </message>
    <message>
        <source>%1 linjer kan importeres. %2 har feil og %3 finnes fra før; de hoppes over. Ingenting lagres før du velger Importer.</source>
        <translation>%1 linjer kan importerast. %2 har feil og %3 finst frå før; dei blir hoppa over. Ingenting blir lagra før du vel Importer.</translation>
    </message>
    <message>
        <source>Importer %1 linjer</source>
        <translation>Importer %1 linjer</translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation>Importerer …</translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>Mønstre og utvikling</source>
        <translation>Mønster og utvikling</translation>
    </message>
    <message>
        <source>Tallene viser hva som er registrert, ikke hvorfor. Bruk dem som utgangspunkt for en samtale.</source>
        <translation>Tala viser kva som er registrert, ikkje kvifor. Bruk dei som utgangspunkt for ein samtale.</translation>
    </message>
    <message>
        <source>Fravær per &amp;uke (piltastene velger uke)</source>
        <translation>Fråvær per &amp;veke (piltastane vel veke)</translation>
    </message>
    <message>
        <source>Mønstre i fraværet</source>
        <translation>Mønster i fråværet</translation>
    </message>
    <message>
        <source>&amp;Mønstre (velg ett for å se fraværet bak)</source>
        <translation>&amp;Mønster (vel eitt for å sjå fråværet bak)</translation>
    </message>
    <message>
        <source>Fravær før og etter hver start</source>
        <translation>Fråvær før og etter kvar start</translation>
    </message>
    <message>
        <source>Startet</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Før og etter</source>
        <translation>Før og etter</translation>
    </message>
    <message>
        <source>&amp;Før og etter: fravær i like mange skoleuker før og etter start (uker med bare fri telles ikke)</source>
        <translation>&amp;Før og etter: fråvær i like mange skuleveker før og etter start (veker med berre fri blir ikkje talde)</translation>
    </message>
    <message>
        <source>Filen %1 har en feil (linje %2), og de vanlige tersklene brukes.</source>
        <translation>Fila %1 har ein feil (linje %2), og dei vanlege tersklane blir brukte.</translation>
    </message>
    <message>
        <source>Ingen tydelige mønstre i fraværet.</source>
        <translation>Ingen tydelege mønster i fråværet.</translation>
    </message>
    <message>
        <source>Ingen tiltak, avtaler eller trinn med startdato ennå.</source>
        <translation>Ingen tiltak, avtalar eller trinn med startdato enno.</translation>
    </message>
</context>
<context>
    <name>KearneyTool</name>
    <message>
        <source>Kearneys fire funksjoner</source>
        <translation>Kearneys fire funksjonar</translation>
    </message>
    <message>
        <source>1. Unngå det som gir ubehag eller vonde følelser på skolen</source>
        <translation>1. Unngå det som gjev ubehag eller vonde kjensler på skulen</translation>
    </message>
    <message>
        <source>2. Unngå sosiale situasjoner eller situasjoner der eleven blir vurdert</source>
        <translation>2. Unngå sosiale situasjonar eller situasjonar der eleven blir vurdert</translation>
    </message>
    <message>
        <source>3. Få oppmerksomhet fra foreldre eller andre viktige personer</source>
        <translation>3. Få merksemd frå foreldre eller andre viktige personar</translation>
    </message>
    <message>
        <source>4. Få goder utenfor skolen (skjerm, venner, fritid)</source>
        <translation>4. Få fordelar utanfor skulen (skjerm, vener, fritid)</translation>
    </message>
    <message>
        <source>Hypoteser for de voksne, ikke sannheter. Vegring kan ha flere funksjoner samtidig, og de kan endre seg. Internt: vises ikke i møtemodus.</source>
        <translation>Hypotesar for dei vaksne, ikkje sanningar. Vegring kan ha fleire funksjonar samstundes, og dei kan endre seg. Internt: blir ikkje vist i møtemodus.</translation>
    </message>
    <message>
        <source>Notat til funksjon %1</source>
        <translation>Notat til funksjon %1</translation>
    </message>
    <message>
        <source>Hva ser vi som støtter eller svekker denne hypotesen?</source>
        <translation>Kva ser vi som støttar eller svekkjer denne hypotesen?</translation>
    </message>
</context>
<context>
    <name>LogSection</name>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation>Kontakt med heimen</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>Med kven</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Av hvem</source>
        <translation>Av kven</translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation>Kva vart sagt</translation>
    </message>
    <message>
        <source>Avtalt</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Ny kontakt …</source>
        <translation>Ny kontakt …</translation>
    </message>
    <message>
        <source>Registrer ny kontakt med hjemmet</source>
        <translation>Registrer ny kontakt med heimen</translation>
    </message>
    <message>
        <source>Endre …</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <source>Endre valgt kontakt</source>
        <translation>Endre vald kontakt</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Slett valgt kontakt</source>
        <translation>Slett vald kontakt</translation>
    </message>
    <message>
        <source>Ingen kontakt er registrert ennå. Skriv ned hver kontakt med hjemmet om fraværet.</source>
        <translation>Ingen kontakt er registrert enno. Skriv ned kvar kontakt med heimen om fråværet.</translation>
    </message>
    <message>
        <source>Logg: kontakt eller utlevert</source>
        <translation>Logg: kontakt eller utlevert</translation>
    </message>
    <message>
        <source>&amp;Kontakt med hjemmet</source>
        <translation>&amp;Kontakt med heimen</translation>
    </message>
    <message>
        <source>&amp;Utlevert</source>
        <translation>&amp;Utlevert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skoleruta er lagret. Den gjelder alle saker.</source>
        <translation>Skuleruta er lagra. Ho gjeld alle saker.</translation>
    </message>
    <message>
        <source>Passordfrasen er byttet.</source>
        <translation>Passordfrasen er bytt.</translation>
    </message>
    <message>
        <source>Bytte språk</source>
        <translation>Byte språk</translation>
    </message>
    <message>
        <source>Det nye språket blir brukt når Nærvær starter på nytt. Alt blir lagret først, og etter at du har låst opp, kommer du tilbake til samme sted.</source>
        <translation>Det nye språket blir brukt når Nærvær startar på nytt. Alt blir lagra først, og når du har låst opp, kjem du tilbake til same staden.</translation>
    </message>
    <message>
        <source>Start på nytt nå</source>
        <translation>Start på nytt no</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Saken kan ikke åpnes</source>
        <translation>Saka kan ikkje opnast</translation>
    </message>
    <message>
        <source>Endringene i saken er ikke lagret</source>
        <translation>Endringane i saka er ikkje lagra</translation>
    </message>
    <message>
        <source>Lukker du saken nå, går endringene siden forrige lagring tapt.</source>
        <translation>Lukkar du saka no, går endringane sidan førre lagring tapt.</translation>
    </message>
    <message>
        <source>Lukk uten å lagre</source>
        <translation>Lukk utan å lagre</translation>
    </message>
    <message>
        <source>Saken er ikke lagret</source>
        <translation>Saka er ikkje lagra</translation>
    </message>
    <message>
        <source>Endringene er lagret som en kopi</source>
        <translation>Endringane er lagra som ein kopi</translation>
    </message>
    <message>
        <source>Filen var endret av et annet program, så den ble ikke overskrevet. Endringene dine er lagret som en egen sak med samme navn. Sammenlign de to og slett den du ikke trenger.</source>
        <translation>Fila var endra av eit anna program, så ho vart ikkje skriven over. Endringane dine er lagra som ei eiga sak med same namn. Samanlikn dei to, og slett den du ikkje treng.</translation>
    </message>
    <message>
        <source>Filen er endret utenfor programmet</source>
        <translation>Fila er endra utanfor programmet</translation>
    </message>
    <message>
        <source>Avslutter du nå, går endringene siden forrige lagring tapt.</source>
        <translation>Avsluttar du no, går endringane sidan førre lagring tapt.</translation>
    </message>
    <message>
        <source>Avslutt uten å lagre</source>
        <translation>Avslutt utan å lagre</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Samtaler i saken</source>
        <translation>Samtalar i saka</translation>
    </message>
    <message>
        <source>&amp;Samtaler i saken (Enter fortsetter):</source>
        <translation>&amp;Samtalar i saka (Enter held fram):</translation>
    </message>
    <message>
        <source>Fortsett samtalen</source>
        <translation>Hald fram med samtalen</translation>
    </message>
    <message>
        <source>Fortsett valgt samtale</source>
        <translation>Hald fram med den valde samtalen</translation>
    </message>
    <message>
        <source>Ingen samtaler ennå. Start den første nedenfor.</source>
        <translation>Ingen samtalar enno. Start den første nedanfor.</translation>
    </message>
    <message>
        <source>Start en ny samtale</source>
        <translation>Start ein ny samtale</translation>
    </message>
    <message>
        <source>Dato for samtalen</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <source>Hvem er til stede (mellomrom krysser av)</source>
        <translation>Kven er til stades (mellomrom kryssar av)</translation>
    </message>
    <message>
        <source>Samtaleguide eller sjekkliste</source>
        <translation>Samtaleguide eller sjekkliste</translation>
    </message>
    <message>
        <source>Start samtalen</source>
        <translation>Start samtalen</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Til stede:</source>
        <translation>&amp;Til stades:</translation>
    </message>
    <message>
        <source>S&amp;kjema:</source>
        <translation>S&amp;kjema:</translation>
    </message>
    <message>
        <source>%1, linje %2</source>
        <translation>%1, linje %2</translation>
    </message>
    <message>
        <source>Noen skjemafiler har feil og er utelatt (de andre virker): %1. Rett filen og åpne saken på nytt.</source>
        <translation>Nokre skjemafiler har feil og er ikkje tekne med (dei andre verkar): %1. Rett fila og opne saka på nytt.</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>ferdig</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>steg %1 av %2</source>
        <translation>steg %1 av %2</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 12.03.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 12.03.2026.</translation>
    </message>
</context>
<context>
    <name>MeasureDetails</name>
    <message>
        <source>Valgt tiltak</source>
        <translation>Valt tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>ikkje fastsett</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bygger på eller reduserer</source>
        <translation>Byggjer på eller reduserer</translation>
    </message>
    <message>
        <source>Registrert fravær før og etter start</source>
        <translation>Registrert fråvær før og etter start</translation>
    </message>
    <message>
        <source>Fra fraværsregisteret: like mange skoleuker før og etter startdatoen. Sier ikke noe om årsaken.</source>
        <translation>Frå fråværsregisteret: like mange skuleveker før og etter startdatoen. Seier ikkje noko om årsaka.</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Ansvarleg</translation>
    </message>
    <message>
        <source>Start&amp;dato</source>
        <translation>Start&amp;dato</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Bygger på / &amp;reduserer</source>
        <translation>Byggjer på / &amp;reduserer</translation>
    </message>
    <message>
        <source>Fravær før/etter</source>
        <translation>Fråvær før/etter</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kobling</source>
        <translation>kopling</translation>
    </message>
    <message>
        <source>Ikke valgt ennå</source>
        <translation>Ikkje valt enno</translation>
    </message>
    <message>
        <source>Ingen kobling</source>
        <translation>Inga kopling</translation>
    </message>
    <message>
        <source>ansvarlig</source>
        <translation>ansvarleg</translation>
    </message>
    <message>
        <source>startdato</source>
        <translation>startdato</translation>
    </message>
</context>
<context>
    <name>MeetingEndDialog</name>
    <message>
        <source>Møtet er avsluttet</source>
        <translation>Møtet er avslutta</translation>
    </message>
    <message>
        <source>Hva møtet bestemte</source>
        <translation>Kva møtet bestemte</translation>
    </message>
    <message>
        <source>Dette ble bestemt</source>
        <translation>Dette vart bestemt</translation>
    </message>
    <message>
        <source>Referatets beslutninger (kan endres)</source>
        <translation>Avgjerdene i referatet (kan endrast)</translation>
    </message>
    <message>
        <source>&amp;Referat – beslutninger (rett det som trengs):</source>
        <translation>&amp;Referat – avgjerder (rett det som trengst):</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Lukk siden; alt er lagret</source>
        <translation>Lukk sida; alt er lagra</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1, versjon %2</source>
        <translation>Samarbeidsavtale %1, versjon %2</translation>
    </message>
    <message>
        <source>, evalueres %1</source>
        <translation>, skal evaluerast %1</translation>
    </message>
    <message>
        <source>Ingen avtale ble laget i møtet.</source>
        <translation>Ingen avtale vart laga i møtet.</translation>
    </message>
    <message>
        <source>Avtalen ble evaluert i møtet.</source>
        <translation>Avtalen vart evaluert i møtet.</translation>
    </message>
    <message>
        <source>Kartleggingssamtale i møtet: %1</source>
        <translation>Kartleggingssamtale i møtet: %1</translation>
    </message>
    <message>
        <source>Tiltakssirkelen er lagret som stand: %1</source>
        <translation>Tiltakssirkelen er lagra som stand: %1</translation>
    </message>
    <message>
        <source>Tiltak og oppgaver</source>
        <translation>Tiltak og oppgåver</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Ingen tiltak eller oppgaver er skrevet ned.</source>
        <translation>Ingen tiltak eller oppgåver er skrivne ned.</translation>
    </message>
    <message>
        <source>Neste møte:</source>
        <translation>Neste møte:</translation>
    </message>
    <message>
        <source>ikke avtalt ennå – sett det under Møter.</source>
        <translation>ikkje avtalt enno – set det under Møte.</translation>
    </message>
</context>
<context>
    <name>MeetingHub</name>
    <message>
        <source>Møtet er i gang. Dagsorden står til høyre.</source>
        <translation>Møtet er i gang. Dagsordenen står til høgre.</translation>
    </message>
    <message>
        <source>Møtet er avsluttet. Referatet er skrevet ut fra det som ble bestemt; rett det før det skrives ut.</source>
        <translation>Møtet er avslutta. Referatet er sett saman ut frå det som vart bestemt; rett det før det blir skrive ut.</translation>
    </message>
    <message>
        <source>Sted: %1</source>
        <translation>Stad: %1</translation>
    </message>
    <message>
        <source>Meldt forfall: %1</source>
        <translation>Meldt forfall: %1</translation>
    </message>
    <message>
        <source>Tolk: %1</source>
        <translation>Tolk: %1</translation>
    </message>
    <message>
        <source>kartleggingssamtale</source>
        <translation>kartleggingssamtale</translation>
    </message>
    <message>
        <source>stand i tiltakssirkelen</source>
        <translation>stand i tiltakssirkelen</translation>
    </message>
    <message>
        <source>avtale %1 versjon %2</source>
        <translation>avtale %1 versjon %2</translation>
    </message>
    <message>
        <source>evaluering av avtale %1</source>
        <translation>evaluering av avtale %1</translation>
    </message>
    <message>
        <source>Laget i møtet: %1</source>
        <translation>Laga i møtet: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>S&amp;tart møte …</source>
        <translation>S&amp;tart møte …</translation>
    </message>
    <message>
        <source>Start et møte med dagsorden</source>
        <translation>Start eit møte med dagsorden</translation>
    </message>
    <message>
        <source>&amp;Nytt møte</source>
        <translation>&amp;Nytt møte</translation>
    </message>
    <message>
        <source>Skriv ned et møte i etterkant</source>
        <translation>Skriv ned eit møte i etterkant</translation>
    </message>
    <message>
        <source>Slett m&amp;øtet</source>
        <translation>Slett m&amp;øtet</translation>
    </message>
    <message>
        <source>Slett dette møtet (kan angres)</source>
        <translation>Slett dette møtet (kan angrast)</translation>
    </message>
    <message>
        <source>Dato og tid for møtet</source>
        <translation>Dato og tid for møtet</translation>
    </message>
    <message>
        <source>Type møte</source>
        <translation>Type møte</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Avgjerder</translation>
    </message>
    <message>
        <source>Oppgaver til neste møte</source>
        <translation>Oppgåver til neste møte</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Ny oppgave</source>
        <translation>Ny oppgåve</translation>
    </message>
    <message>
        <source>Ansvarlig for oppgaven</source>
        <translation>Ansvarleg for oppgåva</translation>
    </message>
    <message>
        <source>Frist for oppgaven</source>
        <translation>Frist for oppgåva</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Legg til oppgave</source>
        <translation>Legg til oppgåve</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern valgt oppgave</source>
        <translation>Fjern den valde oppgåva</translation>
    </message>
    <message>
        <source>Neste møte er avtalt:</source>
        <translation>Neste møte er avtalt:</translation>
    </message>
    <message>
        <source>Neste møte er avtalt</source>
        <translation>Neste møte er avtalt</translation>
    </message>
    <message>
        <source>Dato og tid for neste møte</source>
        <translation>Dato og tid for neste møte</translation>
    </message>
    <message>
        <source>&amp;Når og hva:</source>
        <translation>&amp;Når og kva:</translation>
    </message>
    <message>
        <source>Til &amp;stede:</source>
        <translation>Til &amp;stades:</translation>
    </message>
    <message>
        <source>Saks&amp;liste:</source>
        <translation>Saks&amp;liste:</translation>
    </message>
    <message>
        <source>N&amp;otater:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>&amp;Beslutninger:</source>
        <translation>&amp;Avgjerder:</translation>
    </message>
    <message>
        <source>Fri&amp;st:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <source>O&amp;ppgaver:</source>
        <translation>O&amp;ppgåver:</translation>
    </message>
    <message>
        <source>Neste &amp;møte:</source>
        <translation>Neste &amp;møte:</translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation>Møtet</translation>
    </message>
    <message>
        <source>Ingen møter ennå. Trykk «Nytt møte» når møtet begynner; alt lagres mens du skriver.</source>
        <translation>Ingen møte enno. Trykk «Nytt møte» når møtet byrjar; alt blir lagra medan du skriv.</translation>
    </message>
    <message>
        <source>endring i møtet</source>
        <translation>endring i møtet</translation>
    </message>
    <message>
        <source>Nytt møte. Kryss av for dem som var til stede.</source>
        <translation>Nytt møte. Kryss av for dei som var til stades.</translation>
    </message>
    <message>
        <source>sletting av møte</source>
        <translation>sletting av møte</translation>
    </message>
    <message>
        <source>Møtet er slettet. Ctrl+Z angrer.</source>
        <translation>Møtet er sletta. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>referat.pdf</source>
        <translation>referat.pdf</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Ny sak</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>En sak samler alt om én elev. Du kan fylle ut resten etterpå.</source>
        <translation>Ei sak samlar alt om éin elev. Du kan fylle ut resten etterpå.</translation>
    </message>
    <message>
        <source>Elevens navn</source>
        <translation>Elevnamn</translation>
    </message>
    <message>
        <source>Opprett sak</source>
        <translation>Opprett sak</translation>
    </message>
    <message>
        <source>Skriv elevens navn for å opprette saken.</source>
        <translation>Skriv namnet til eleven for å opprette saka.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Start &amp;møte …</source>
        <translation>Start &amp;møte …</translation>
    </message>
    <message>
        <source>Start et møte med dagsorden</source>
        <translation>Start eit møte med dagsorden</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Oppfølging av fraværet</source>
        <translation>Oppfølging av fråværet</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation>Laget rundt eleven</translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <source>Velg plan</source>
        <translation>Vel plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Ny &amp;plan …</source>
        <translation>Ny &amp;plan …</translation>
    </message>
    <message>
        <source>Lag P&amp;DF …</source>
        <translation>Lag P&amp;DF …</translation>
    </message>
    <message>
        <source>Langsiktig mål</source>
        <translation>Langsiktig mål</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Langsiktig &amp;mål:</source>
        <translation>Langsiktig &amp;mål:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Steg og oppfølging</source>
        <translation>Steg og oppfølging</translation>
    </message>
    <message>
        <source>Stegene</source>
        <translation>Stega</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Plan uten mål</source>
        <translation>Plan utan mål</translation>
    </message>
    <message>
        <source>gjeldende</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <source>Gjør planen gjeldende</source>
        <translation>Gjer planen gjeldande</translation>
    </message>
    <message>
        <source>Endre mål</source>
        <translation>Endre mål</translation>
    </message>
    <message>
        <source>Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026. Planen beholder %1 til da.</source>
        <translation>Skriv startdatoen som dd.mm.åååå, til dømes 02.03.2026. Planen beheld %1 til då.</translation>
    </message>
    <message>
        <source>Endre startdato</source>
        <translation>Endre startdato</translation>
    </message>
    <message>
        <source>Lagre opptrappingsplanen som PDF</source>
        <translation>Lagre opptrappingsplanen som PDF</translation>
    </message>
    <message>
        <source>opptrappingsplan.pdf</source>
        <translation>opptrappingsplan.pdf</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Opptrappingsplan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Planen er uendret og lagret i saken.</source>
        <translation>PDF-en kunne ikkje lagast. Planen er uendra og lagra i saka.</translation>
    </message>
</context>
<context>
    <name>PlusMinusTool</name>
    <message>
        <source>Pluss og minus</source>
        <translation>Pluss og minus</translation>
    </message>
    <message>
        <source>Ett punkt per linje. Hva er bra og fungerer, og hva er vanskelig?</source>
        <translation>Eitt punkt per linje. Kva er bra og fungerer, og kva er vanskeleg?</translation>
    </message>
    <message>
        <source>Pluss: det som er bra</source>
        <translation>Pluss: det som er bra</translation>
    </message>
    <message>
        <source>Minus: det som er vanskelig</source>
        <translation>Minus: det som er vanskeleg</translation>
    </message>
    <message>
        <source>Pluss (+)</source>
        <translation>Pluss (+)</translation>
    </message>
    <message>
        <source>Minus (−)</source>
        <translation>Minus (−)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Forhåndsvisning: %1</source>
        <translation>Førehandsvising: %1</translation>
    </message>
    <message>
        <source>Dokumentet slik det skrives ut</source>
        <translation>Dokumentet slik det blir skrive ut</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut dokumentet</source>
        <translation>Skriv ut dokumentet</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre dokumentet som PDF</source>
        <translation>Lagre dokumentet som PDF</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lukk forhåndsvisningen</source>
        <translation>Lukk førehandsvisinga</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Elevens egne ord</source>
        <translation>Eleven sine eigne ord</translation>
    </message>
    <message>
        <source>Elevens stemme: svaret er elevens egne ord</source>
        <translation>Eleven si stemme: svaret er eleven sine eigne ord</translation>
    </message>
    <message>
        <source>Hopp over</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Hopp over spørsmålet</source>
        <translation>Hopp over spørsmålet</translation>
    </message>
    <message>
        <source>Grunn til å hoppe over</source>
        <translation>Grunn til å hoppe over</translation>
    </message>
    <message>
        <source>Hvorfor hopper vi over? (f.eks. tas senere)</source>
        <translation>Kvifor hoppar vi over? (t.d. blir teke seinare)</translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Vis hjelp: hvorfor vi spør og hvordan (F1)</source>
        <translation>Vis hjelp: kvifor vi spør og korleis (F1)</translation>
    </message>
    <message>
        <source>Forslag til tiltak …</source>
        <translation>Forslag til tiltak …</translation>
    </message>
    <message>
        <source>Noter et forslag til tiltak</source>
        <translation>Noter eit forslag til tiltak</translation>
    </message>
    <message>
        <source>Boks i tiltakssirkelen</source>
        <translation>Boks i tiltakssirkelen</translation>
    </message>
    <message>
        <source>Forslag til tiltak</source>
        <translation>Forslag til tiltak</translation>
    </message>
    <message>
        <source>Et lite, konkret tiltak …</source>
        <translation>Eit lite, konkret tiltak …</translation>
    </message>
    <message>
        <source>Legg til forslag</source>
        <translation>Legg til forslag</translation>
    </message>
    <message>
        <source>Legg til forslaget</source>
        <translation>Legg til forslaget</translation>
    </message>
    <message>
        <source>Boks:</source>
        <translation>Boks:</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>ikkje fastsett</translation>
    </message>
    <message>
        <source> av 10</source>
        <translation> av 10</translation>
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
        <source>Usikker</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <source>(ikke svart)</source>
        <translation>(ikkje svart)</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 02.04.2026. Teksten er tatt vare på.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 02.04.2026. Teksten er teken vare på.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Henvisning til PPT</source>
        <translation>Tilvising til PPT</translation>
    </message>
    <message>
        <source>Henvisning til PPT – pedagogisk rapport</source>
        <translation>Tilvising til PPT – pedagogisk rapport</translation>
    </message>
    <message>
        <source>Utkastet er hentet fra saken. Les og rett hver del før du skriver ut. Bare delene med hake kommer med; den interne delen er ikke med før du krysser av for den.</source>
        <translation>Utkastet er henta frå saka. Les og rett kvar del før du skriv ut. Berre delane med hake kjem med; den interne delen er ikkje med før du kryssar av for han.</translation>
    </message>
    <message>
        <source>Begrunnelse for å sende uten gyldig samtykke</source>
        <translation>Grunngjeving for å sende utan gyldig samtykke</translation>
    </message>
    <message>
        <source>Hvorfor henvisningen sendes uten gyldig samtykke (skrives ut i henvisningen)</source>
        <translation>Kvifor tilvisinga blir sendt utan gyldig samtykke (blir skriven ut i tilvisinga)</translation>
    </message>
    <message>
        <source>Delene av rapporten; hake betyr at delen tas med</source>
        <translation>Delane av rapporten; hake betyr at delen blir teken med</translation>
    </message>
    <message>
        <source>&amp;Hent på nytt fra saken</source>
        <translation>&amp;Hent på nytt frå saka</translation>
    </message>
    <message>
        <source>Hent denne delen på nytt fra saken</source>
        <translation>Hent denne delen på nytt frå saka</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis …</source>
        <translation>&amp;Førehandsvis …</translation>
    </message>
    <message>
        <source>Forhåndsvis henvisningen</source>
        <translation>Førehandsvis tilvisinga</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut henvisningen</source>
        <translation>Skriv ut tilvisinga</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre henvisningen som PDF</source>
        <translation>Lagre tilvisinga som PDF</translation>
    </message>
    <message>
        <source>Pakk i &amp;overføringsfil …</source>
        <translation>Pakk i &amp;overføringsfil …</translation>
    </message>
    <message>
        <source>Legg saken med henvisningen i en kryptert overføringsfil</source>
        <translation>Legg saka med tilvisinga i ei kryptert overføringsfil</translation>
    </message>
    <message>
        <source>Saken, med dette utkastet, i en kryptert overføringsfil (Overfør saken). Mottakeren åpner Henvisning til PPT i sin Nærvær for å lese og skrive ut. Den interne delen følger bare med når hele saken overføres.</source>
        <translation>Saka, med dette utkastet, i ei kryptert overføringsfil (Overfør saka). Mottakaren opnar Tilvising til PPT i Nærvær hos seg for å lese og skrive ut. Den interne delen følgjer berre med når heile saka blir overført.</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lukk henvisningen</source>
        <translation>Lukk tilvisinga</translation>
    </message>
    <message>
        <source>Bakgrunn og bekymring</source>
        <translation>Bakgrunn og bekymring</translation>
    </message>
    <message>
        <source>Fraværet i tall</source>
        <translation>Fråværet i tal</translation>
    </message>
    <message>
        <source>Det som er prøvd</source>
        <translation>Det som er prøvd</translation>
    </message>
    <message>
        <source>Opptrappingsplanen</source>
        <translation>Opptrappingsplanen</translation>
    </message>
    <message>
        <source>Elevens stemme</source>
        <translation>Eleven si stemme</translation>
    </message>
    <message>
        <source>De foresattes syn</source>
        <translation>Synet til dei føresette</translation>
    </message>
    <message>
        <source>Det skolen ber PPT om</source>
        <translation>Det skulen ber PPT om</translation>
    </message>
    <message>
        <source>Internt (refleksjon, hypoteser)</source>
        <translation>Internt (refleksjon, hypotesar)</translation>
    </message>
    <message>
        <source>Teksten i delen %1</source>
        <translation>Teksten i delen %1</translation>
    </message>
    <message>
        <source>Skriv hva skolen ber PPT om: veiledning og konsultasjon til skolen og de foresatte, utredning av eleven, eller begge – og hva dere særlig lurer på.</source>
        <translation>Skriv kva skulen ber PPT om: rettleiing og konsultasjon til skulen og dei føresette, utgreiing av eleven, eller begge – og kva de særleg lurer på.</translation>
    </message>
    <message>
        <source>&amp;Deler av rapporten</source>
        <translation>&amp;Delar av rapporten</translation>
    </message>
    <message>
        <source>Internt for de voksne på skolen. Kommer bare med hvis du krysser av for delen; da merkes hele dokumentet INTERNT.</source>
        <translation>Internt for dei vaksne på skulen. Kjem berre med om du kryssar av for delen; då blir heile dokumentet merkt INTERNT.</translation>
    </message>
    <message>
        <source>PPT trenger å vite hva dere ber om: veiledning og konsultasjon, utredning av eleven, eller begge.</source>
        <translation>PPT treng å vite kva de ber om: rettleiing og konsultasjon, utgreiing av eleven, eller begge.</translation>
    </message>
    <message>
        <source>Saken er endret siden denne delen ble hentet. Trykk «Hent på nytt fra saken» for å ta med det nye.</source>
        <translation>Saka er endra sidan denne delen vart henta. Trykk «Hent på nytt frå saka» for å ta med det nye.</translation>
    </message>
    <message>
        <source>Den interne delen kommer med: dokumentet merkes INTERNT på hver side. Gi det bare til dem som skal ha det.</source>
        <translation>Den interne delen kjem med: dokumentet blir merkt INTERNT på kvar side. Gi det berre til dei som skal ha det.</translation>
    </message>
    <message>
        <source>Den interne delen er tatt ut.</source>
        <translation>Den interne delen er teken ut.</translation>
    </message>
    <message>
        <source>Delen er hentet på nytt fra saken. Teksten du hadde skrevet er byttet ut; Ctrl+Z i teksten henter den tilbake.</source>
        <translation>Delen er henta på nytt frå saka. Teksten du hadde skrive, er bytt ut; Ctrl+Z i teksten hentar han tilbake.</translation>
    </message>
    <message>
        <source>Delen er hentet på nytt fra saken.</source>
        <translation>Delen er henta på nytt frå saka.</translation>
    </message>
    <message>
        <source>%1 Skriv hvorfor henvisningen likevel sendes; begrunnelsen skrives ut i henvisningen.</source>
        <translation>%1 Skriv kvifor tilvisinga likevel blir sendt; grunngjevinga blir skriven ut i tilvisinga.</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <source>Gjenåpne saken</source>
        <translation>Gjenopne saka</translation>
    </message>
    <message>
        <source>Saken tas fram fra arkivet og følges opp igjen. Slettedatoen gjelder ikke lenger. Grunnen skrives i sakens historikk.</source>
        <translation>Saka blir teken fram frå arkivet og følgd opp igjen. Slettedatoen gjeld ikkje lenger. Grunnen blir skriven inn i historikken til saka.</translation>
    </message>
    <message>
        <source>Grunn til at saken gjenåpnes</source>
        <translation>Grunn til at saka blir gjenopna</translation>
    </message>
    <message>
        <source>For eksempel: fraværet har økt igjen</source>
        <translation>Til dømes: fråværet har auka igjen</translation>
    </message>
    <message>
        <source>Dato saken gjenåpnes</source>
        <translation>Dato saka blir gjenopna</translation>
    </message>
    <message>
        <source>Hvem gjenåpner saken</source>
        <translation>Kven gjenopnar saka</translation>
    </message>
    <message>
        <source>&amp;Grunn:</source>
        <translation>&amp;Grunn:</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Gjenåpnet &amp;av:</source>
        <translation>Gjenopna &amp;av:</translation>
    </message>
</context>
<context>
    <name>RuleSetsDialog</name>
    <message>
        <source>Regelsett side om side</source>
        <translation>Regelsett side om side</translation>
    </message>
    <message>
        <source>Slik ville hvert regelsett vurdert fraværet til denne eleven i dag. Saken følger det første; de andre er bare til sammenligning.</source>
        <translation>Slik ville kvart regelsett ha vurdert fråværet til denne eleven i dag. Saka følgjer det første; dei andre er berre til samanlikning.</translation>
    </message>
    <message>
        <source>Regelsett og regler</source>
        <translation>Regelsett og reglar</translation>
    </message>
    <message>
        <source>Første gang</source>
        <translation>Første gong</translation>
    </message>
    <message>
        <source>Gjelder nå</source>
        <translation>Gjeld no</translation>
    </message>
    <message>
        <source> (brukes i saken)</source>
        <translation> (blir brukt i saka)</translation>
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
        <source>Ingen regel har slått til.</source>
        <translation>Ingen regel har slått til.</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>SaveSnapshotDialog</name>
    <message>
        <source>Ta vare på sirkelen</source>
        <translation>Ta vare på sirkelen</translation>
    </message>
    <message>
        <source>Møte %1</source>
        <translation>Møte %1</translation>
    </message>
    <message>
        <source>Navn, for eksempel møtet</source>
        <translation>Namn, til dømes møtet</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Sirkelen slik den er nå blir tatt vare på, så dere senere kan se hva som er lagt til, endret og fullført.</source>
        <translation>Sirkelen slik den er no blir teken vare på, så de seinare kan sjå kva som er lagt til, endra og fullført.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Ta vare på</source>
        <translation>Ta vare på</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Gi standen et navn, for eksempel «Møte 2».</source>
        <translation>Gje standen eit namn, til dømes «Møte 2».</translation>
    </message>
</context>
<context>
    <name>ScalingTool</name>
    <message>
        <source>Skalering</source>
        <translation>Skalering</translation>
    </message>
    <message>
        <source>Hvor vanskelig eller lett er ulike situasjoner, fra 1 til 10? Spør også: hva skal til for at det blir ett tall bedre?</source>
        <translation>Kor vanskeleg eller lett er ulike situasjonar, frå 1 til 10? Spør òg: kva skal til for at det blir eitt tal betre?</translation>
    </message>
    <message>
        <source>Ny situasjon</source>
        <translation>Ny situasjon</translation>
    </message>
    <message>
        <source>Ny situasjon, f.eks. «Morgenen hjemme» (Enter)</source>
        <translation>Ny situasjon, t.d. «Morgonen heime» (Enter)</translation>
    </message>
    <message>
        <source>Legg til situasjon</source>
        <translation>Legg til situasjon</translation>
    </message>
    <message>
        <source>Søylediagram over skaleringen</source>
        <translation>Søylediagram over skaleringa</translation>
    </message>
    <message>
        <source>Situasjonene</source>
        <translation>Situasjonane</translation>
    </message>
    <message>
        <source>Situasjon %1</source>
        <translation>Situasjon %1</translation>
    </message>
    <message>
        <source>Tall fra 1 til 10 for situasjon %1</source>
        <translation>Tal frå 1 til 10 for situasjon %1</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern situasjon %1</source>
        <translation>Fjern situasjon %1</translation>
    </message>
</context>
<context>
    <name>SchoolCalendarDialog</name>
    <message>
        <source>Skolerute</source>
        <translation>Skulerute</translation>
    </message>
    <message>
        <source>Ferier og planleggingsdager gjelder alle saker på denne maskinen: planer, evalueringsdatoer og fraværsprosent regner bare skoledager. Én dato eller periode per linje, så navnet etter to mellomrom. Elevens egne fridager legges inn i saken (Fravær → Skoleuke og fridager).</source>
        <translation>Feriar og planleggingsdagar gjeld alle saker på denne maskina: planar, evalueringsdatoar og fråværsprosent reknar berre skuledagar. Éin dato eller periode per linje, så namnet etter to mellomrom. Fridagane til eleven blir lagde inn i saka (Fråvær → Skuleveke og fridagar).</translation>
    </message>
    <message>
        <source>Eksempel på skolerute</source>
        <translation>Døme på skulerute</translation>
    </message>
    <message>
        <source>&amp;Legg til fra eksempel</source>
        <translation>&amp;Legg til frå døme</translation>
    </message>
    <message>
        <source>Legg til periodene fra eksempelet</source>
        <translation>Legg til periodane frå dømet</translation>
    </message>
    <message>
        <source>Eksemplene er et utgangspunkt: sjekk datoene mot skoleruta kommunen har vedtatt, og legg til skolens planleggingsdager.</source>
        <translation>Døma er eit utgangspunkt: sjekk datoane mot skuleruta kommunen har vedteke, og legg til planleggingsdagane til skulen.</translation>
    </message>
    <message>
        <source>Ferier og fridager, én per linje</source>
        <translation>Feriar og fridagar, éin per linje</translation>
    </message>
    <message>
        <source>21.12.2026-01.01.2027  juleferie</source>
        <translation>21.12.2026-01.01.2027  juleferie</translation>
    </message>
    <message>
        <source>Den lagrede skoleruta kunne ikke leses, og ingen ferier er regnet med nå. Skriv den inn på nytt eller legg til fra et eksempel, og lagre.</source>
        <translation>Den lagra skuleruta kunne ikkje lesast, og ingen feriar er rekna med no. Skriv ho inn på nytt eller legg til frå eit døme, og lagre.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>%1 perioder, %2 hverdager uten skole.</source>
        <translation>%1 periodar, %2 kvardagar utan skule.</translation>
    </message>
    <message>
        <source>Linje %1 kan vi ikke lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå, så navnet etter to mellomrom.</source>
        <translation>Linje %1 kan vi ikkje lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå, så namnet etter to mellomrom.</translation>
    </message>
    <message>
        <source>Skoleruta kunne ikke lagres i datamappen. Det du har skrevet står her fortsatt; prøv igjen.</source>
        <translation>Skuleruta kunne ikkje lagrast i datamappa. Det du har skrive, står her framleis; prøv igjen.</translation>
    </message>
</context>
<context>
    <name>SchoolOverviewDialog</name>
    <message>
        <source>Skoleoversikt</source>
        <translation>Skuleoversikt</translation>
    </message>
    <message>
        <source>Alle sakene på denne maskinen leses, bare for lesing: ingenting i sakene endres.</source>
        <translation>Alle sakene på denne maskina blir lesne, berre for lesing: ingenting i sakene blir endra.</translation>
    </message>
    <message>
        <source>Leser sakene …</source>
        <translation>Les sakene …</translation>
    </message>
    <message>
        <source>Sakene leses</source>
        <translation>Sakene blir lesne</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Frister denne uken</source>
        <translation>Fristar denne veka</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Elev</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Ingen oppfølging</source>
        <translation>Inga oppfølging</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Slo til</source>
        <translation>Slo til</translation>
    </message>
    <message>
        <source>Skoledager siden</source>
        <translation>Skuledagar sidan</translation>
    </message>
    <message>
        <source>Sist logget</source>
        <translation>Sist logga</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Stafetthaldar</translation>
    </message>
    <message>
        <source>Rapport til ledelsen</source>
        <translation>Rapport til leiinga</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Åpne saken</source>
        <translation>Opne saka</translation>
    </message>
    <message>
        <source>Leser sakene … %1 av %2</source>
        <translation>Les sakene … %1 av %2</translation>
    </message>
    <message>
        <source>Sakene kunne ikke leses. Prøv igjen.</source>
        <translation>Sakene kunne ikkje lesast. Prøv igjen.</translation>
    </message>
    <message>
        <source>%1 saker lest.</source>
        <translation>%1 saker lesne.</translation>
    </message>
    <message>
        <source>%1 kunne ikke leses og er ikke med.</source>
        <translation>%1 kunne ikkje lesast og er ikkje med.</translation>
    </message>
    <message>
        <source>Møte kl. %1</source>
        <translation>Møte kl. %1</translation>
    </message>
    <message>
        <source>neste steg</source>
        <translation>neste steg</translation>
    </message>
    <message>
        <source>oppgave fra møtet</source>
        <translation>oppgåve frå møtet</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>Evaluering av avtale %1</source>
        <translation>Evaluering av avtale %1</translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation>forfallen</translation>
    </message>
    <message>
        <source>Evalueringer, møter, neste steg fra loggen og oppgaver fra møtene som venter til og med søndag %1, også de som er forfalt. Enter eller dobbeltklikk åpner saken.</source>
        <translation>Evalueringar, møte, neste steg frå loggen og oppgåver frå møta som ventar til og med søndag %1, òg dei som er forfalne. Enter eller dobbeltklikk opnar saka.</translation>
    </message>
    <message>
        <source>Ingen frister denne uken i sakene på denne maskinen.</source>
        <translation>Ingen fristar denne veka i sakene på denne maskina.</translation>
    </message>
    <message>
        <source>ingen valgt</source>
        <translation>ingen vald</translation>
    </message>
    <message numerus="yes">
        <source>En regel slo til for mer enn %n skoledager siden, og ingenting er logget siden (kontakt, møte, samtale, avtale, evaluering eller beslutning). Antallet dager endres under Innstillinger.</source>
        <translation><numerusform>Ein regel slo til for meir enn %n skuledag sidan, og ingenting er logga sidan (kontakt, møte, samtale, avtale, evaluering eller avgjerd). Talet på dagar endrar du under Innstillingar.</numerusform><numerusform>Ein regel slo til for meir enn %n skuledagar sidan, og ingenting er logga sidan (kontakt, møte, samtale, avtale, evaluering eller avgjerd). Talet på dagar endrar du under Innstillingar.</numerusform></translation>
    </message>
    <message>
        <source>Ingen slike saker nå.</source>
        <translation>Ingen slike saker no.</translation>
    </message>
</context>
<context>
    <name>SchoolWeekDialog</name>
    <message>
        <source>Skoleuke og fridager</source>
        <translation>Skuleveke og fridagar</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Fag i rekkefølge (valgfritt, skilt med komma)</source>
        <translation>Fag i rekkjefølgje (valfritt, skilde med komma)</translation>
    </message>
    <message>
        <source>Timer på %1</source>
        <translation>Timar på %1</translation>
    </message>
    <message>
        <source>Fag på %1</source>
        <translation>Fag på %1</translation>
    </message>
    <message>
        <source>Fridager</source>
        <translation>Fridagar</translation>
    </message>
    <message>
        <source>én dato eller periode per linje, for eksempel 14.04.2027  avtalt fri</source>
        <translation>éin dato eller periode per linje, til dømes 14.04.2027  avtalt fri</translation>
    </message>
    <message>
        <source>Elevens egne &amp;fridager (avtalt fri, egen timeplan)</source>
        <translation>Eleven sine eigne &amp;fridagar (avtalt fri, eigen timeplan)</translation>
    </message>
    <message>
        <source>Skolens ferier og planleggingsdager står i skoleruta (Fil → Skolerute …) og gjelder alle saker.</source>
        <translation>Feriane og planleggingsdagane til skulen står i skuleruta (Fil → Skulerute …) og gjeld alle saker.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Linje %1 under fridager kan vi ikke lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå.</source>
        <translation>Linje %1 under fridagar kan vi ikkje lese: «%2». Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Minst én dag i uken må ha timer.</source>
        <translation>Minst éin dag i veka må ha timar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Underskrifter</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Til stede, og hvem som har skrevet under</source>
        <translation>Til stades, og kven som har skrive under</translation>
    </message>
    <message>
        <source>Hvem skriver under</source>
        <translation>Kven skriv under</translation>
    </message>
    <message>
        <source>&amp;Hvem skriver under:</source>
        <translation>&amp;Kven skriv under:</translation>
    </message>
    <message>
        <source>Skrev under på &amp;papir (ingen tegning), dato:</source>
        <translation>Skreiv under på &amp;papir (inga teikning), dato:</translation>
    </message>
    <message>
        <source>Skrev under på papir</source>
        <translation>Skreiv under på papir</translation>
    </message>
    <message>
        <source>Dato personen skrev under på papir</source>
        <translation>Dato personen skreiv under på papir</translation>
    </message>
    <message>
        <source>&amp;Skriv under</source>
        <translation>&amp;Skriv under</translation>
    </message>
    <message>
        <source>Skriv under for valgt person</source>
        <translation>Skriv under for valt person</translation>
    </message>
    <message>
        <source>&amp;Tøm feltet</source>
        <translation>&amp;Tøm feltet</translation>
    </message>
    <message>
        <source>Tøm underskriftsfeltet</source>
        <translation>Tøm underskriftsfeltet</translation>
    </message>
    <message>
        <source>Hvorfor personen ikke skriver under</source>
        <translation>Kvifor personen ikkje skriv under</translation>
    </message>
    <message>
        <source>Hvorfor, med egne ord</source>
        <translation>Kvifor, med eigne ord</translation>
    </message>
    <message>
        <source>Hvorfor (kreves ved «annet»)</source>
        <translation>Kvifor (krevst ved «anna»)</translation>
    </message>
    <message>
        <source>Signerer &amp;ikke</source>
        <translation>Signerer &amp;ikkje</translation>
    </message>
    <message>
        <source>Merk at valgt person ikke skriver under nå</source>
        <translation>Merk at valt person ikkje skriv under no</translation>
    </message>
    <message>
        <source>A&amp;ngre «signerer ikke»</source>
        <translation>A&amp;ngre «signerer ikkje»</translation>
    </message>
    <message>
        <source>Ta tilbake merket «signerer ikke»</source>
        <translation>Ta tilbake merket «signerer ikkje»</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Lagre underskriftene</source>
        <translation>Lagre underskriftene</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre underskrifter</source>
        <translation>Avbryt utan å lagre underskrifter</translation>
    </message>
    <message>
        <source>Skriver ikke under nå, &amp;grunn:</source>
        <translation>Skriv ikkje under no, &amp;grunn:</translation>
    </message>
    <message>
        <source>Til stede:</source>
        <translation>Til stades:</translation>
    </message>
    <message>
        <source>skrev under %1</source>
        <translation>skreiv under %1</translation>
    </message>
    <message>
        <source>skrev under</source>
        <translation>skreiv under</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Tegn underskriften i feltet, eller kryss av for at personen skrev under på papir.</source>
        <translation>Teikn underskrifta i feltet, eller kryss av for at personen skreiv under på papir.</translation>
    </message>
    <message>
        <source>%1 har skrevet under.</source>
        <translation>%1 har skrive under.</translation>
    </message>
    <message>
        <source>Skriv hvorfor når du velger «annet».</source>
        <translation>Skriv kvifor når du vel «anna».</translation>
    </message>
    <message>
        <source>%1 har allerede skrevet under.</source>
        <translation>%1 har allereie skrive under.</translation>
    </message>
    <message>
        <source>%1 er merket: %2. «Angre» tar det tilbake.</source>
        <translation>%1 er merkt: %2. «Angre» tek det tilbake.</translation>
    </message>
    <message>
        <source>%1 mangler underskrift igjen.</source>
        <translation>%1 manglar underskrift igjen.</translation>
    </message>
    <message>
        <source>Underskriftene er ikke lagret ennå. Trykk «Ferdig» for å lagre dem, eller «Avbryt» en gang til for å forkaste dem.</source>
        <translation>Underskriftene er ikkje lagra enno. Trykk «Ferdig» for å lagre dei, eller «Avbryt» ein gong til for å forkaste dei.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Felt for underskrift: tegn med mus eller penn</source>
        <translation>Felt for underskrift: teikn med mus eller penn</translation>
    </message>
</context>
<context>
    <name>StafettCard</name>
    <message>
        <source>Gi stafetten videre …</source>
        <translation>Gje stafetten vidare …</translation>
    </message>
    <message>
        <source>Gi stafetten videre til en annen person</source>
        <translation>Gje stafetten vidare til ein annan person</translation>
    </message>
    <message>
        <source>Stafettholdere så langt</source>
        <translation>Stafetthaldarar så langt</translation>
    </message>
    <message>
        <source>Stafettholder: ingen er valgt ennå. Fasen sier: %1.</source>
        <translation>Stafetthaldar: ingen er valt enno. Fasen seier: %1.</translation>
    </message>
    <message>
        <source>Stafettholder: %1, fra %2. Fasen sier: %3.</source>
        <translation>Stafetthaldar: %1, frå %2. Fasen seier: %3.</translation>
    </message>
    <message>
        <source>Velg stafettholder …</source>
        <translation>Vel stafetthaldar …</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>StaircaseView</name>
    <message>
        <source>Trappen: stegene i planen</source>
        <translation>Trappa: stega i planen</translation>
    </message>
    <message>
        <source>Ingen steg ennå.</source>
        <translation>Ingen steg enno.</translation>
    </message>
    <message>
        <source>Steg %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>registrert %1 %</source>
        <translation>registrert %1 %</translation>
    </message>
</context>
<context>
    <name>StartMeetingDialog</name>
    <message>
        <source>Start møte</source>
        <translation>Start møte</translation>
    </message>
    <message>
        <source>Type møte</source>
        <translation>Type møte</translation>
    </message>
    <message>
        <source>Dato og tid</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>For eksempel møterom 2</source>
        <translation>Til dømes møterom 2</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Ingen dagsorden</source>
        <translation>Ingen dagsorden</translation>
    </message>
    <message>
        <source>Til stede (mellomrom krysser av)</source>
        <translation>Til stades (mellomrom kryssar av)</translation>
    </message>
    <message>
        <source>Meldt forfall (mellomrom krysser av)</source>
        <translation>Meldt forfall (mellomrom kryssar av)</translation>
    </message>
    <message>
        <source>Navn på en som ikke står i saken</source>
        <translation>Namn på ein som ikkje står i saka</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rolle, for eksempel rektor eller tolk</source>
        <translation>Rolle, til dømes rektor eller tolk</translation>
    </message>
    <message>
        <source>Rolle (rektor, inspektør, sosiallærer …)</source>
        <translation>Rolle (rektor, inspektør, sosiallærar …)</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Legg til personen som til stede</source>
        <translation>Legg til personen som til stades</translation>
    </message>
    <message>
        <source>&amp;Tolk er med</source>
        <translation>&amp;Tolk er med</translation>
    </message>
    <message>
        <source>Tolk er med</source>
        <translation>Tolk er med</translation>
    </message>
    <message>
        <source>Tolkens språk</source>
        <translation>Språket til tolken</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tolk for hvem</source>
        <translation>Tolk for kven</translation>
    </message>
    <message>
        <source>For hvem</source>
        <translation>For kven</translation>
    </message>
    <message>
        <source>Noen dagsordener har feil og er utelatt: %1</source>
        <translation>Nokre dagsordenar har feil og er utelatne: %1</translation>
    </message>
    <message>
        <source>Avbryt, ikke start møtet</source>
        <translation>Avbryt, ikkje start møtet</translation>
    </message>
    <message>
        <source>&amp;Start møtet</source>
        <translation>&amp;Start møtet</translation>
    </message>
    <message>
        <source>Start møtet</source>
        <translation>Start møtet</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Når:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation>S&amp;tad:</translation>
    </message>
    <message>
        <source>&amp;Dagsorden:</source>
        <translation>&amp;Dagsorden:</translation>
    </message>
    <message>
        <source>Til st&amp;ede:</source>
        <translation>Til st&amp;ades:</translation>
    </message>
    <message>
        <source>&amp;Meldt forfall:</source>
        <translation>&amp;Meldt forfall:</translation>
    </message>
    <message>
        <source>Skriv navnet på den som skal legges til.</source>
        <translation>Skriv namnet på den som skal leggast til.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Stegets navn</source>
        <translation>Namnet på steget</translation>
    </message>
    <message>
        <source>Antall uker</source>
        <translation>Talet på veker</translation>
    </message>
    <message>
        <source> uker</source>
        <translation> veker</translation>
    </message>
    <message>
        <source> uke</source>
        <translation> veke</translation>
    </message>
    <message>
        <source>Oppmøtetid</source>
        <translation>Oppmøtetid</translation>
    </message>
    <message>
        <source>for eksempel 08.30</source>
        <translation>til dømes 08.30</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Støtte: hvem gjør hva</source>
        <translation>Støtte: kven gjer kva</translation>
    </message>
    <message>
        <source>Fluktrute</source>
        <translation>Fluktrute</translation>
    </message>
    <message>
        <source>Hva eleven kan gjøre når det blir for vanskelig</source>
        <translation>Kva eleven kan gjere når det blir for vanskeleg</translation>
    </message>
    <message>
        <source>Notat til steget</source>
        <translation>Notat til steget</translation>
    </message>
    <message>
        <source>&amp;Steg:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <source>&amp;Varighet:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>Mål for oppmøte:</source>
        <translation>Mål for oppmøte:</translation>
    </message>
    <message>
        <source>&amp;Uka (klikk eller mellomrom bytter, 1–4 velger):</source>
        <translation>&amp;Veka (klikk eller mellomrom byter, 1–4 vel):</translation>
    </message>
    <message>
        <source>&amp;Oppmøte kl.:</source>
        <translation>&amp;Oppmøte kl.:</translation>
    </message>
    <message>
        <source>&amp;Hvor:</source>
        <translation>&amp;Kvar:</translation>
    </message>
    <message>
        <source>St&amp;øtte:</source>
        <translation>St&amp;øtte:</translation>
    </message>
    <message>
        <source>&amp;Fluktrute:</source>
        <translation>&amp;Fluktrute:</translation>
    </message>
    <message>
        <source>Ansvar:</source>
        <translation>Ansvar:</translation>
    </message>
    <message>
        <source>Ansvar for %1</source>
        <translation>Ansvar for %1</translation>
    </message>
    <message>
        <source>&amp;Notat:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Hvorfor steget er til elevens beste</source>
        <translation>Kvifor steget er til beste for eleven</translation>
    </message>
    <message>
        <source>Kort: hvorfor er dette til elevens beste nå, og når vurderes det igjen?</source>
        <translation>Kort: kvifor er dette til beste for eleven no, og når blir det vurdert igjen?</translation>
    </message>
    <message>
        <source>Til &amp;elevens beste:</source>
        <translation>Til beste for &amp;eleven:</translation>
    </message>
    <message>
        <source>%1 % av timene i uka (%2 timer)</source>
        <translation>%1 % av timane i veka (%2 timar)</translation>
    </message>
    <message>
        <source>Undervisning hjemme anbefales sjelden: tid borte fra skolen kan holde vegringen ved like.</source>
        <translation>Undervisning heime blir sjeldan tilrådd: tid borte frå skulen kan halde vegringa ved like.</translation>
    </message>
    <message>
        <source>Dette steget har færre timer enn steget før.</source>
        <translation>Dette steget har færre timar enn steget før.</translation>
    </message>
    <message>
        <source>Skriv kort hvorfor det er til elevens beste. Begrunnelsen står i planen som skrives ut.</source>
        <translation>Skriv kort kvifor det er til beste for eleven. Grunngjevinga står i planen som blir skriven ut.</translation>
    </message>
    <message>
        <source>Endre steg</source>
        <translation>Endre steg</translation>
    </message>
    <message>
        <source>Endre ansvar</source>
        <translation>Endre ansvar</translation>
    </message>
    <message>
        <source>Endre time</source>
        <translation>Endre time</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Stegene i planen</source>
        <translation>Stega i planen</translation>
    </message>
    <message>
        <source>S&amp;tegene:</source>
        <translation>S&amp;tega:</translation>
    </message>
    <message>
        <source>&amp;Nytt steg</source>
        <translation>&amp;Nytt steg</translation>
    </message>
    <message>
        <source>&amp;Kopier til neste steg</source>
        <translation>&amp;Kopier til neste steg</translation>
    </message>
    <message>
        <source>Kopierer det valgte steget som starten på neste, med én time mer de dagene eleven allerede er på skolen.</source>
        <translation>Kopierer det valde steget som starten på det neste, med éin time meir dei dagane eleven allereie er på skulen.</translation>
    </message>
    <message>
        <source>Fje&amp;rn steg</source>
        <translation>Fje&amp;rn steg</translation>
    </message>
    <message>
        <source>1 uke</source>
        <translation>1 veke</translation>
    </message>
    <message>
        <source>%1 uker</source>
        <translation>%1 veker</translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 %)</source>
        <translation>%1. %2 (%3, %4 %)</translation>
    </message>
    <message>
        <source>Nytt steg</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <source>Kopier til neste steg</source>
        <translation>Kopier til neste steg</translation>
    </message>
    <message>
        <source>Fjern steg</source>
        <translation>Fjern steg</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Forslag fra samtaler</source>
        <translation>Forslag frå samtalar</translation>
    </message>
    <message>
        <source>Forslag til tiltak fra samtaler</source>
        <translation>Forslag til tiltak frå samtalar</translation>
    </message>
    <message>
        <source>&amp;Godta som tiltak</source>
        <translation>&amp;Godta som tiltak</translation>
    </message>
    <message>
        <source>Godta forslaget som tiltak</source>
        <translation>Godta forslaget som tiltak</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Forkast forslaget</source>
        <translation>Forkast forslaget</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Spørsmål uten svar</source>
        <translation>Spørsmål utan svar</translation>
    </message>
    <message>
        <source>Forslag til tiltak fra samtalen:</source>
        <translation>Forslag til tiltak frå samtalen:</translation>
    </message>
    <message>
        <source>Forslag til tiltak</source>
        <translation>Forslag til tiltak</translation>
    </message>
    <message>
        <source>Fjern forslaget</source>
        <translation>Fjern forslaget</translation>
    </message>
    <message>
        <source>Fjern det valgte forslaget til tiltak</source>
        <translation>Fjern det valde forslaget til tiltak</translation>
    </message>
    <message>
        <source>Ta med de voksnes refleksjon etter møtet (interne notater)</source>
        <translation>Ta med refleksjonen til dei vaksne etter møtet (interne notat)</translation>
    </message>
    <message>
        <source>Ta med interne notater i sammendraget</source>
        <translation>Ta med interne notat i samandraget</translation>
    </message>
    <message>
        <source>Lag sammendrag for de foresatte (PDF) …</source>
        <translation>Lag samandrag for dei føresette (PDF) …</translation>
    </message>
    <message>
        <source>Lag sammendrag som PDF</source>
        <translation>Lag samandrag som PDF</translation>
    </message>
    <message>
        <source>Marker samtalen som ferdig</source>
        <translation>Merk samtalen som ferdig</translation>
    </message>
    <message>
        <source>kontaktlærer</source>
        <translation>kontaktlærar</translation>
    </message>
    <message>
        <source>sosiallærer</source>
        <translation>sosiallærar</translation>
    </message>
    <message>
        <source>helsesykepleier</source>
        <translation>helsesjukepleiar</translation>
    </message>
    <message>
        <source>miljøterapeut</source>
        <translation>miljøterapeut</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Alle spørsmål er besvart eller hoppet over.</source>
        <translation>Alle spørsmåla er svara på eller hoppa over.</translation>
    </message>
    <message>
        <source>Spørsmål uten svar (%1) – Enter går til spørsmålet:</source>
        <translation>Spørsmål utan svar (%1) – Enter går til spørsmålet:</translation>
    </message>
    <message>
        <source>uten boks</source>
        <translation>utan boks</translation>
    </message>
    <message>
        <source>Samtalen er markert som ferdig. Du kan fortsatt rette i den.</source>
        <translation>Samtalen er merkt som ferdig. Du kan framleis rette i han.</translation>
    </message>
    <message>
        <source>Lagre sammendraget som PDF</source>
        <translation>Lagre samandraget som PDF</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Samtalen er uendret og lagret i saken.</source>
        <translation>PDF-en kunne ikkje lagast. Samtalen er uendra og lagra i saka.</translation>
    </message>
    <message>
        <source>Sammendrag av kartleggingssamtale</source>
        <translation>Samandrag av kartleggingssamtale</translation>
    </message>
</context>
<context>
    <name>TermReportPanel</name>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Lagre som PDF …</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Lagre som CSV …</source>
        <translation>Lagre som CSV …</translation>
    </message>
    <message>
        <source>Rapporten har ingen navn. Små tall kan likevel peke ut en elev: del den med omtanke.</source>
        <translation>Rapporten inneheld ingen namn. Små tal kan likevel peike ut ein elev: del rapporten med omtanke.</translation>
    </message>
    <message>
        <source>Lagre rapporten som PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <source>Rapporten kunne ikke lages som PDF.</source>
        <translation>Rapporten kunne ikkje lagast som PDF.</translation>
    </message>
    <message>
        <source>Lagre rapporten som CSV</source>
        <translation>Lagre rapporten som CSV</translation>
    </message>
    <message>
        <source>CSV-filen kunne ikke lagres i %1. Velg en annen mappe og prøv igjen.</source>
        <translation>CSV-fila kunne ikkje lagrast i %1. Vel ei anna mappe og prøv igjen.</translation>
    </message>
    <message>
        <source>CSV lagret i %1. Den har ingen navn, men små tall kan peke ut en elev.</source>
        <translation>CSV lagra i %1. Fila inneheld ingen namn, men små tal kan peike ut ein elev.</translation>
    </message>
</context>
<context>
    <name>TimelineTool</name>
    <message>
        <source>Tidslinje</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Dato for hendelsen</source>
        <translation>Dato for hendinga</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Hva skjedde</source>
        <translation>Kva skjedde</translation>
    </message>
    <message>
        <source>Hva skjedde? (Enter legger til)</source>
        <translation>Kva skjedde? (Enter legg til)</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Legg til hendelsen</source>
        <translation>Legg til hendinga</translation>
    </message>
    <message>
        <source>Hendelser i tidsrekkefølge</source>
        <translation>Hendingar i tidsrekkjefølgje</translation>
    </message>
    <message>
        <source>Fjern valgt hendelse</source>
        <translation>Fjern den valde hendinga</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 15.08.2025.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 15.08.2025.</translation>
    </message>
    <message>
        <source>Skriv hva som skjedde.</source>
        <translation>Skriv kva som skjedde.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Vis i tidslinjen</source>
        <translation>Vis i tidslinja</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Regler som slo til</source>
        <translation>Reglar som slo til</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Avgjerder</translation>
    </message>
    <message>
        <source>Kontakt med hjemmet</source>
        <translation>Kontakt med heimen</translation>
    </message>
    <message>
        <source>Samtaler, avtaler og evalueringer</source>
        <translation>Samtalar, avtalar og evalueringar</translation>
    </message>
    <message>
        <source>Stafettholder</source>
        <translation>Stafetthaldar</translation>
    </message>
    <message>
        <source>Overføringer</source>
        <translation>Overføringar</translation>
    </message>
    <message>
        <source>Utlevert (PDF og utskrift)</source>
        <translation>Utlevert (PDF og utskrift)</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Ny stafettholder</source>
        <translation>Ny stafetthaldar</translation>
    </message>
    <message>
        <source> – til %1</source>
        <translation> – til %1</translation>
    </message>
    <message>
        <source>Overført til</source>
        <translation>Overført til</translation>
    </message>
    <message>
        <source>Hentet inn fra</source>
        <translation>Henta inn frå</translation>
    </message>
    <message>
        <source> – uten gyldig samtykke, begrunnelse: %1</source>
        <translation> – utan gyldig samtykke, grunngjeving: %1</translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation>Skrive ut</translation>
    </message>
    <message>
        <source>Lagret som PDF</source>
        <translation>Lagra som PDF</translation>
    </message>
    <message>
        <source>Ingenting å vise ennå.</source>
        <translation>Ingenting å vise enno.</translation>
    </message>
</context>
<context>
    <name>TimetableTool</name>
    <message>
        <source>Timeplan i rødt, gult og grønt</source>
        <translation>Timeplan i raudt, gult og grønt</translation>
    </message>
    <message>
        <source>Grønn</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Gul</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Rød</source>
        <translation>Raud</translation>
    </message>
    <message>
        <source>Grønt: går greit. Gult: litt vanskelig. Rødt: svært vanskelig. Klikk (eller mellomrom) for å bytte farge.</source>
        <translation>Grønt: går greitt. Gult: litt vanskeleg. Raudt: svært vanskeleg. Klikk (eller mellomrom) for å byte farge.</translation>
    </message>
    <message>
        <source>Timeplan: dager og timer</source>
        <translation>Timeplan: dagar og timar</translation>
    </message>
    <message>
        <source>Mandag</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tirsdag</source>
        <translation>Tysdag</translation>
    </message>
    <message>
        <source>Onsdag</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Torsdag</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Fredag</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>%1. time</source>
        <translation>%1. time</translation>
    </message>
</context>
<context>
    <name>ToolWidget</name>
    <message>
        <source>endring i verktøyet «%1»</source>
        <translation>endring i verktøyet «%1»</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>Verktøy i samtalen</source>
        <translation>Verktøy i samtalen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Fravær per skoleuke</source>
        <translation>Fråvær per skuleveke</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Nærvær er låst</source>
        <translation>Nærvær er låst</translation>
    </message>
    <message>
        <source>Skriv passordfrasen din for å låse opp sakene.</source>
        <translation>Skriv passordfrasen din for å låse opp sakene.</translation>
    </message>
    <message>
        <source>Dette er en demo. Passordfrasen er «%1».</source>
        <translation>Dette er ein demo. Passordfrasen er «%1».</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Skriv inn passordfrasen.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <source>Du kan prøve igjen om 1 sekund.</source>
        <translation>Du kan prøve igjen om 1 sekund.</translation>
    </message>
    <message>
        <source>Du kan prøve igjen om %1 sekunder.</source>
        <translation>Du kan prøve igjen om %1 sekund.</translation>
    </message>
    <message>
        <source>Låser opp …</source>
        <translation>Låser opp …</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Kontroller et dokument</source>
        <translation>Kontroller eit dokument</translation>
    </message>
    <message>
        <source>Dokumentet kontrolleres mot utleveringsloggen til saken som er åpen: %1.</source>
        <translation>Dokumentet blir kontrollert mot utleveringsloggen til saka som er open: %1.</translation>
    </message>
    <message>
        <source>uten navn</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <source>Dokumentet kontrolleres mot utleveringsloggen i alle sakene på denne maskinen.</source>
        <translation>Dokumentet blir kontrollert mot utleveringsloggen i alle sakene på denne maskina.</translation>
    </message>
    <message>
        <source>Velg en PDF, eller skriv kontrollverdien som står nederst på et utskrevet ark («kontroll 7F3A-91C2»). </source>
        <translation>Vel ein PDF, eller skriv kontrollverdien som står nedst på eit utskrive ark («kontroll 7F3A-91C2»). </translation>
    </message>
    <message>
        <source>PDF-fil som skal kontrolleres</source>
        <translation>PDF-fil som skal kontrollerast</translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Vel fil …</translation>
    </message>
    <message>
        <source>Velg PDF-fil som skal kontrolleres</source>
        <translation>Vel PDF-fil som skal kontrollerast</translation>
    </message>
    <message>
        <source>Kontrollverdi fra papiret</source>
        <translation>Kontrollverdi frå papiret</translation>
    </message>
    <message>
        <source>&amp;PDF-fil:</source>
        <translation>&amp;PDF-fil:</translation>
    </message>
    <message>
        <source>eller &amp;kontrollverdi:</source>
        <translation>eller &amp;kontrollverdi:</translation>
    </message>
    <message>
        <source>K&amp;ontroller</source>
        <translation>K&amp;ontroller</translation>
    </message>
    <message>
        <source>Kontroller dokumentet</source>
        <translation>Kontroller dokumentet</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lukk kontrollen</source>
        <translation>Lukk kontrollen</translation>
    </message>
    <message>
        <source>Velg PDF-en som skal kontrolleres</source>
        <translation>Vel PDF-en som skal kontrollerast</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <source>Velg en PDF-fil eller skriv en kontrollverdi.</source>
        <translation>Vel ei PDF-fil eller skriv ein kontrollverdi.</translation>
    </message>
    <message>
        <source>Kontrollerer mot alle sakene …</source>
        <translation>Kontrollerer mot alle sakene …</translation>
    </message>
    <message>
        <source>Skriv kontrollverdien slik den står nederst på siden: åtte tegn, 0–9 og A–F, for eksempel 7F3A-91C2.</source>
        <translation>Skriv kontrollverdien slik han står nedst på sida: åtte teikn, 0–9 og A–F, til dømes 7F3A-91C2.</translation>
    </message>
    <message>
        <source>lagret som PDF</source>
        <translation>lagra som PDF</translation>
    </message>
    <message>
        <source>skrevet som overføringsfil</source>
        <translation>skrive som overføringsfil</translation>
    </message>
    <message>
        <source>Dok. %1 «%2», %3 %4</source>
        <translation>Dok. %1 «%2», %3 %4</translation>
    </message>
    <message>
        <source>skrevet ut</source>
        <translation>skrive ut</translation>
    </message>
    <message>
        <source>, til %1</source>
        <translation>, til %1</translation>
    </message>
    <message>
        <source>, utlevert av %1</source>
        <translation>, utlevert av %1</translation>
    </message>
    <message>
        <source>Uendret: dette er dokumentet slik det ble utlevert fra denne saken. </source>
        <translation>Uendra: dette er dokumentet slik det vart utlevert frå denne saka. </translation>
    </message>
    <message>
        <source>Kontrollverdien stemmer med denne saken, men dokumentet står ikke i utleveringsloggen (lagringen ble trolig avbrutt).</source>
        <translation>Kontrollverdien stemmer med denne saka, men dokumentet står ikkje i utleveringsloggen (lagringa vart truleg avbroten).</translation>
    </message>
    <message>
        <source>ENDRET: filen bærer nummeret til et dokument fra denne saken, men den er ikke lenger lik det som ble utlevert (minst én byte er annerledes). Stol ikke på innholdet. Originalen var </source>
        <translation>ENDRA: fila ber nummeret til eit dokument frå denne saka, men ho er ikkje lenger lik det som vart utlevert (minst éin byte er annleis). Ikkje stol på innhaldet. Originalen var </translation>
    </message>
    <message>
        <source>Kontrollverdien hører til </source>
        <translation>Kontrollverdien høyrer til </translation>
    </message>
    <message>
        <source> Sammenlign med arket: nummeret og kontrollverdien står nederst på hver side.</source>
        <translation> Samanlikn med arket: nummeret og kontrollverdien står nedst på kvar side.</translation>
    </message>
    <message>
        <source>Ukjent: ingen dokumenter fra denne saken har kontrollverdien %1.</source>
        <translation>Ukjend: ingen dokument frå denne saka har kontrollverdien %1.</translation>
    </message>
    <message>
        <source>Ukjent: ingen dokumenter fra sakene på denne maskinen har kontrollverdien %1.</source>
        <translation>Ukjend: ingen dokument frå sakene på denne maskina har kontrollverdien %1.</translation>
    </message>
    <message>
        <source>Ukjent: dette dokumentet er ikke utlevert fra denne saken, eller det er laget før saken fikk utleveringslogg.</source>
        <translation>Ukjend: dette dokumentet er ikkje utlevert frå denne saka, eller det er laga før saka fekk utleveringslogg.</translation>
    </message>
    <message>
        <source>Ukjent: dette dokumentet er ikke utlevert fra noen av sakene på denne maskinen.</source>
        <translation>Ukjend: dette dokumentet er ikkje utlevert frå nokon av sakene på denne maskina.</translation>
    </message>
    <message>
        <source>Filen er ikke en PDF. Velg PDF-filen du vil kontrollere.</source>
        <translation>Fila er ikkje ein PDF. Vel PDF-fila du vil kontrollere.</translation>
    </message>
    <message>
        <source>Filen er for stor til å være et dokument fra Nærvær (over %1 MB). Ingenting er lest.</source>
        <translation>Fila er for stor til å vere eit dokument frå Nærvær (over %1 MB). Ingenting er lese.</translation>
    </message>
    <message>
        <source>Filen kunne ikke leses. Sjekk at den finnes og at du har tilgang til den.</source>
        <translation>Fila kunne ikkje lesast. Sjekk at ho finst, og at du har tilgang til ho.</translation>
    </message>
    <message>
        <source>Saken: %1. </source>
        <translation>Saka: %1. </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Ukeplan for steget</source>
        <translation>Vekeplan for steget</translation>
    </message>
    <message>
        <source>Klikk eller trykk mellomrom for å bytte: deltar, deltar med støtte, alternativ arena, ikke. Tastene 1 til 4 velger direkte.</source>
        <translation>Klikk eller trykk mellomrom for å byte: deltek, deltek med støtte, alternativ arena, ikkje. Tastane 1 til 4 vel direkte.</translation>
    </message>
    <message>
        <source>Deltar</source>
        <translation>Deltek</translation>
    </message>
    <message>
        <source>Med støtte</source>
        <translation>Med støtte</translation>
    </message>
    <message>
        <source>Alternativ arena</source>
        <translation>Alternativ arena</translation>
    </message>
    <message>
        <source>Ikke</source>
        <translation>Ikkje</translation>
    </message>
    <message>
        <source>%1. time</source>
        <translation>%1. time</translation>
    </message>
</context>
<context>
    <name>_ReplacementTips</name>
    <message>
        <source>Erstattet: %1</source>
        <translation>Bytt ut: %1</translation>
    </message>
</context>
<context>
    <name>absence</name>
    <message>
        <source>Oppdaterer …</source>
        <translation>Oppdaterer …</translation>
    </message>
</context>
<context>
    <name>circle</name>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
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
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Forkast</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Fraværet (dager, timer og mønster)</source>
        <translation>Fråværet (dagar, timar og mønster)</translation>
    </message>
    <message>
        <source>Kartleggingssamtalene med eleven og foresatte</source>
        <translation>Kartleggingssamtalane med eleven og dei føresette</translation>
    </message>
    <message>
        <source>Tiltakene som er prøvd, og evalueringene av dem</source>
        <translation>Tiltaka som er prøvde, og evalueringane av dei</translation>
    </message>
    <message>
        <source>Samarbeidsavtalen og opptrappingsplanen</source>
        <translation>Samarbeidsavtalen og opptrappingsplanen</translation>
    </message>
    <message>
        <source>Pedagogisk rapport</source>
        <translation>Pedagogisk rapport</translation>
    </message>
    <message>
        <source>Hele saken</source>
        <translation>Heile saka</translation>
    </message>
    <message>
        <source>Henvisning til utredning</source>
        <translation>Tilvising til utgreiing</translation>
    </message>
    <message>
        <source>Veiledning til skolen og foresatte</source>
        <translation>Rettleiing til skulen og dei føresette</translation>
    </message>
    <message>
        <source>Samarbeid om tiltak rundt eleven</source>
        <translation>Samarbeid om tiltak rundt eleven</translation>
    </message>
    <message>
        <source>En bekymringsmelding til barneverntjenesten trenger ikke samtykke: skolen har plikt til å melde fra når det er grunn til bekymring (opplysningsplikten til barneverntjenesten). Samtykke trengs når opplysninger deles for samarbeid om hjelp og tiltak.</source>
        <translation>Ei bekymringsmelding til barnevernstenesta treng ikkje samtykke: skulen har plikt til å melde frå når det er grunn til bekymring (opplysningsplikta til barnevernstenesta). Samtykke trengst når opplysningar blir delte for samarbeid om hjelp og tiltak.</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>eleven</translation>
    </message>
    <message>
        <source>%1 og %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>gyldig til %1</source>
        <translation>gyldig til %1</translation>
    </message>
    <message>
        <source>gyldig (uten sluttdato)</source>
        <translation>gyldig (utan sluttdato)</translation>
    </message>
    <message>
        <source>trukket tilbake %1</source>
        <translation>trekt tilbake %1</translation>
    </message>
    <message>
        <source>utløpt (%1)</source>
        <translation>gått ut (%1)</translation>
    </message>
    <message>
        <source>ikke gitt ennå (datoen er senere)</source>
        <translation>ikkje gitt enno (datoen er seinare)</translation>
    </message>
    <message>
        <source>ikke gyldig: mangler samtykke fra %1</source>
        <translation>ikkje gyldig: manglar samtykke frå %1</translation>
    </message>
    <message>
        <source>ikke gitt (dato mangler)</source>
        <translation>ikkje gitt (dato manglar)</translation>
    </message>
    <message>
        <source> – elevens fødselsdato mangler</source>
        <translation> – fødselsdatoen til eleven manglar</translation>
    </message>
    <message>
        <source>Det er ikke registrert samtykke til å dele opplysninger med %1.</source>
        <translation>Det er ikkje registrert samtykke til å dele opplysningar med %1.</translation>
    </message>
    <message>
        <source>Samtykket til å dele opplysninger med %1 er %2.</source>
        <translation>Samtykket til å dele opplysningar med %1 er %2.</translation>
    </message>
    <message>
        <source> En bekymringsmelding trenger likevel ikke samtykke.</source>
        <translation> Ei bekymringsmelding treng likevel ikkje samtykke.</translation>
    </message>
</context>
<context>
    <name>crash_guard</name>
    <message>
        <source>Noe gikk galt</source>
        <translation>Noko gjekk gale</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>PDF-en kunne ikke lagres i %1. Velg en annen mappe og prøv igjen.</source>
        <translation>PDF-en kunne ikkje lagrast i %1. Vel ei anna mappe og prøv igjen.</translation>
    </message>
    <message>
        <source>Delmål %1 – tiltak %2</source>
        <translation>Delmål %1 – tiltak %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, for %2</translation>
    </message>
    <message>
        <source>barneverntjenesten</source>
        <translation>barneverntenesta</translation>
    </message>
    <message>
        <source>helsesykepleier</source>
        <translation>helsesjukepleiar</translation>
    </message>
    <message>
        <source>fastlege</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <source>annen tjeneste</source>
        <translation>anna teneste</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation>Kontaktlærar</translation>
    </message>
    <message>
        <source>Ledelsen ved skolen</source>
        <translation>Leiinga ved skulen</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>Helsesykepleier</source>
        <translation>Helsesjukepleiar</translation>
    </message>
    <message>
        <source>Andre involverte</source>
        <translation>Andre involverte</translation>
    </message>
    <message>
        <source>Delmål %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Tiltak %1: %2</source>
        <translation>Tiltak %1: %2</translation>
    </message>
    <message>
        <source>Tolk: %1</source>
        <translation>Tolk: %1</translation>
    </message>
    <message>
        <source>Samtykke til å dele opplysninger</source>
        <translation>Samtykke til å dele opplysningar</translation>
    </message>
    <message>
        <source>Skolen ber om samtykke til å dele opplysninger om eleven med tjenesten nevnt nedenfor, slik at vi sammen kan gi eleven og familien god hjelp. Opplysningene deles bare med denne tjenesten, bare det som står under «Hva som kan deles», og bare til formålet som er nevnt.</source>
        <translation>Skulen ber om samtykke til å dele opplysningar om eleven med tenesta som er nemnd nedanfor, slik at vi saman kan gi eleven og familien god hjelp. Opplysningane blir delte berre med denne tenesta, berre det som står under «Kva som kan delast», og berre til føremålet som er nemnt.</translation>
    </message>
    <message>
        <source>januar</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>april</source>
        <translation>april</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>august</source>
        <translation>august</translation>
    </message>
    <message>
        <source>september</source>
        <translation>september</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>november</source>
        <translation>november</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>desember</translation>
    </message>
    <message>
        <source>Sluttrapport</source>
        <translation>Sluttrapport</translation>
    </message>
    <message>
        <source>Hele saken samlet da den ble avsluttet, til kommunens arkiv. Skrevet ut {date}.</source>
        <translation>Heile saka samla då ho vart avslutta, til arkivet i kommunen. Skrive ut {date}.</translation>
    </message>
    <message>
        <source>Hele saken samlet. Saken er ikke avsluttet. Skrevet ut {date}.</source>
        <translation>Heile saka samla. Saka er ikkje avslutta. Skrive ut {date}.</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Avslutning av saken</source>
        <translation>Avslutting av saka</translation>
    </message>
    <message>
        <source>Eleven og laget rundt eleven</source>
        <translation>Eleven og laget rundt eleven</translation>
    </message>
    <message>
        <source>Logg: kontakt med hjemmet</source>
        <translation>Logg: kontakt med heimen</translation>
    </message>
    <message>
        <source>Kartleggingssamtale</source>
        <translation>Kartleggingssamtale</translation>
    </message>
    <message>
        <source>Opptrappingsplan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <source>Samarbeidsavtaler, evalueringer og referater</source>
        <translation>Samarbeidsavtalar, evalueringar og referat</translation>
    </message>
    <message>
        <source>Overføringer av saken</source>
        <translation>Overføringar av saka</translation>
    </message>
    <message>
        <source>Ingen.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Saken er ikke avsluttet.</source>
        <translation>Saka er ikkje avslutta.</translation>
    </message>
    <message>
        <source>Ingen videre oppfølging</source>
        <translation>Inga vidare oppfølging</translation>
    </message>
    <message>
        <source>Flyttet til annen skole</source>
        <translation>Flytta til annan skule</translation>
    </message>
    <message>
        <source>Overført til annen tjeneste</source>
        <translation>Overført til anna teneste</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Gjenåpnet</source>
        <translation>Opna att</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Slettes innen</source>
        <translation>Slettast innan</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Timer borte / skoletimer</source>
        <translation>Timar borte / skuletimar</translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation>Dokumentert</translation>
    </message>
    <message>
        <source>Udokumentert</source>
        <translation>Udokumentert</translation>
    </message>
    <message>
        <source>Hele dager</source>
        <translation>Heile dagar</translation>
    </message>
    <message>
        <source>For sent</source>
        <translation>For seint</translation>
    </message>
    <message>
        <source>Forlot skolen</source>
        <translation>Forlét skulen</translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation>Heile perioden</translation>
    </message>
    <message>
        <source>Måned for måned</source>
        <translation>Månad for månad</translation>
    </message>
    <message>
        <source>Ved avslutningen ({date})</source>
        <translation>Ved avsluttinga ({date})</translation>
    </message>
    <message>
        <source>Ingen fravær er registrert.</source>
        <translation>Ikkje noko fråvær er registrert.</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Med hvem</source>
        <translation>Med kven</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Hva ble sagt og avtalt</source>
        <translation>Kva vart sagt og avtalt</translation>
    </message>
    <message>
        <source>Stafettholdere</source>
        <translation>Stafetthaldarar</translation>
    </message>
    <message>
        <source>Sendt ut</source>
        <translation>Sendt ut</translation>
    </message>
    <message>
        <source>Hentet inn</source>
        <translation>Henta inn</translation>
    </message>
    <message>
        <source>hele saken</source>
        <translation>heile saka</translation>
    </message>
    <message>
        <source>uten interne notater</source>
        <translation>utan interne notat</translation>
    </message>
    <message>
        <source>Dokument-ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Fra → til</source>
        <translation>Frå → til</translation>
    </message>
    <message>
        <source>Laget rundt eleven</source>
        <translation>Laget rundt eleven</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Klasse</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Opplysningene kan deles med</source>
        <translation>Opplysningane kan delast med</translation>
    </message>
    <message>
        <source>Hva som kan deles</source>
        <translation>Kva som kan delast</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Hvor lenge samtykket gjelder</source>
        <translation>Kor lenge samtykket gjeld</translation>
    </message>
    <message>
        <source>Samtykket gjelder fra %1 til og med %2.</source>
        <translation>Samtykket gjeld frå %1 til og med %2.</translation>
    </message>
    <message>
        <source>Samtykket gjelder fra %1 til det trekkes tilbake, eller til saken er avsluttet.</source>
        <translation>Samtykket gjeld frå %1 til det blir trekt tilbake, eller til saka er avslutta.</translation>
    </message>
    <message>
        <source>Frivillig – og kan trekkes tilbake</source>
        <translation>Frivillig – og kan trekkjast tilbake</translation>
    </message>
    <message>
        <source>Det er frivillig å samtykke. Dere kan når som helst trekke samtykket tilbake, helt eller delvis, uten å begrunne det. Si fra til kontaktlæreren eller skolens ledelse, muntlig eller skriftlig; skolen skriver ned datoen, og fra da deles ingenting mer. Det som allerede er delt, kan ikke hentes tilbake. Å la være å samtykke får ingen følger for elevens rett til opplæring.</source>
        <translation>Det er frivillig å samtykke. De kan når som helst trekkje samtykket tilbake, heilt eller delvis, utan å grunngje det. Sei frå til kontaktlæraren eller leiinga ved skulen, munnleg eller skriftleg; skulen skriv ned datoen, og frå då blir ingenting meir delt. Det som allereie er delt, kan ikkje hentast tilbake. Å la vere å samtykke får ingen følgjer for retten eleven har til opplæring.</translation>
    </message>
    <message>
        <source>Hvem som samtykker</source>
        <translation>Kven som samtykkjer</translation>
    </message>
    <message>
        <source>Alle med foreldreansvar skriver under. Når eleven har fylt 15 år, skriver eleven også under; fra 18 år samtykker eleven selv.</source>
        <translation>Alle med foreldreansvar skriv under. Når eleven har fylt 15 år, skriv eleven òg under; frå 18 år samtykkjer eleven sjølv.</translation>
    </message>
    <message>
        <source>En bekymringsmelding til barneverntjenesten trenger ikke samtykke: skolen har plikt til å melde fra når det er grunn til bekymring (opplysningsplikten til barneverntjenesten). Dette samtykket gjelder samarbeid om hjelp og tiltak.</source>
        <translation>Ei bekymringsmelding til barneverntenesta treng ikkje samtykke: skulen har plikt til å melde frå når det er grunn til bekymring (opplysningsplikta til barneverntenesta). Dette samtykket gjeld samarbeid om hjelp og tiltak.</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Andre</source>
        <translation>Andre</translation>
    </message>
    <message>
        <source>Dato: ______________</source>
        <translation>Dato: ______________</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Hva eleven deltar i, støtte og hvor</source>
        <translation>Kva eleven deltek i, støtte og kvar</translation>
    </message>
    <message>
        <source>Uke(r)</source>
        <translation>Veke/veker</translation>
    </message>
    <message>
        <source>Avtalen gjelder fra ____________ til ____________ (som regel tre uker). Den evalueres ____________.</source>
        <translation>Avtalen gjeld frå ____________ til ____________ (som regel tre veker). Han blir evaluert ____________.</translation>
    </message>
    <message>
        <source>☐ nådd   ☐ delvis   ☐ ikke nådd</source>
        <translation>☐ nådd   ☐ delvis   ☐ ikkje nådd</translation>
    </message>
    <message>
        <source>☐ virket   ☐ delvis   ☐ virket ikke</source>
        <translation>☐ verka   ☐ delvis   ☐ verka ikkje</translation>
    </message>
    <message>
        <source>Fraværet i avtaleperioden</source>
        <translation>Fråværet i avtaleperioden</translation>
    </message>
    <message>
        <source>ELLER</source>
        <translation>ELLER</translation>
    </message>
    <message>
        <source>Behov for henvisning videre (for eksempel PPT, BUP, barneverntjenesten eller andre) er vurdert. Resultat:</source>
        <translation>Behov for tilvising vidare (til dømes PPT, BUP, barnevernstenesta eller andre) er vurdert. Resultat:</translation>
    </message>
    <message>
        <source>☐ ikke behov nå   ☐ henvises til: ____________________</source>
        <translation>☐ ikkje behov no   ☐ blir tilvist til: ____________________</translation>
    </message>
    <message>
        <source>Skjema til samtalen på papir. Skriv elevens egne ord i anførselstegn.</source>
        <translation>Skjema til samtalen på papir. Skriv eleven sine eigne ord i hermeteikn.</translation>
    </message>
    <message>
        <source>1 = svært dårlig, 10 = svært bra</source>
        <translation>1 = svært dårleg, 10 = svært bra</translation>
    </message>
    <message>
        <source>☐ ja   ☐ nei   ☐ usikker</source>
        <translation>☐ ja   ☐ nei   ☐ usikker</translation>
    </message>
    <message>
        <source>Sted og dato</source>
        <translation>Stad og dato</translation>
    </message>
    <message>
        <source>Var ikke eleven med? Elevens stemme samlet inn av ______________________ dato ____.____.________</source>
        <translation>Var ikkje eleven med? Eleven si stemme samla inn av ______________________ dato ____.____.________</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>eleven</translation>
    </message>
    <message>
        <source>foresatt</source>
        <translation>føresett</translation>
    </message>
    <message>
        <source>Samtykket er registrert gitt %1.</source>
        <translation>Samtykket er registrert gjeve %1.</translation>
    </message>
    <message>
        <source>Samtykket ble trukket tilbake %1.</source>
        <translation>Samtykket vart trekt tilbake %1.</translation>
    </message>
    <message>
        <source>samtykke.pdf</source>
        <translation>samtykke.pdf</translation>
    </message>
    <message>
        <source>offl. § 13 jf. fvl. § 13</source>
        <translation>offl. § 13 jf. fvl. § 13</translation>
    </message>
    <message>
        <source>Ledelsen</source>
        <translation>Leiinga</translation>
    </message>
    <message>
        <source>Annen</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Tiltakssirkel</source>
        <translation>Tiltakssirkel</translation>
    </message>
    <message>
        <source>Elev</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation>Skrive ut</translation>
    </message>
    <message>
        <source>Skjema</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>tiltak</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <source>tatt opp</source>
        <translation>teke opp</translation>
    </message>
    <message>
        <source>ikke tatt opp ennå</source>
        <translation>ikkje teke opp enno</translation>
    </message>
    <message>
        <source>Ressurser (+)</source>
        <translation>Ressursar (+)</translation>
    </message>
    <message>
        <source>Risiko (−)</source>
        <translation>Risiko (−)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ingen ennå.</source>
        <translation>Ingen enno.</translation>
    </message>
    <message>
        <source>Skole</source>
        <translation>Skule</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>uke</source>
        <translation>veke</translation>
    </message>
    <message>
        <source>Dok. %1 · kontroll </source>
        <translation>Dok. %1 · kontroll </translation>
    </message>
    <message>
        <source>ikke vurdert</source>
        <translation>ikkje vurdert</translation>
    </message>
    <message>
        <source>Fungert</source>
        <translation>Fungert</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Ikke fungert</source>
        <translation>Ikkje fungert</translation>
    </message>
    <message>
        <source>Registrert fravær før og etter avtalen</source>
        <translation>Registrert fråvær før og etter avtalen</translation>
    </message>
    <message>
        <source>Evaluering av mål og delmål</source>
        <translation>Evaluering av mål og delmål</translation>
    </message>
    <message>
        <source>Fravær i avtaleperioden</source>
        <translation>Fråvær i avtaleperioden</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Vurdering av målet</source>
        <translation>Vurdering av målet</translation>
    </message>
    <message>
        <source>Tiltak for delmålet</source>
        <translation>Tiltak for delmålet</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>%1 timer (%2)</source>
        <translation>%1 timar (%2)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Skoletimer i perioden</source>
        <translation>Skuletimar i perioden</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>– dokumentert</source>
        <translation>– dokumentert</translation>
    </message>
    <message>
        <source>– udokumentert</source>
        <translation>– udokumentert</translation>
    </message>
    <message>
        <source>Hele dager borte</source>
        <translation>Heile dagar borte</translation>
    </message>
    <message>
        <source>Forsentkomminger</source>
        <translation>Forseintkomingar</translation>
    </message>
    <message>
        <source>Gått fra skolen i løpet av dagen</source>
        <translation>Gått frå skulen i løpet av dagen</translation>
    </message>
    <message>
        <source>Fra fraværsregisteret</source>
        <translation>Frå fråværsregisteret</translation>
    </message>
    <message>
        <source>I avtaleperioden</source>
        <translation>I avtaleperioden</translation>
    </message>
    <message>
        <source>ingen videre systematisk oppfølging</source>
        <translation>inga vidare systematisk oppfølging</translation>
    </message>
    <message>
        <source>en ny samarbeidsavtale</source>
        <translation>ein ny samarbeidsavtale</translation>
    </message>
    <message>
        <source>at mer omfattende innsats trengs</source>
        <translation>at meir omfattande innsats trengst</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>klar til signering</source>
        <translation>klar til signering</translation>
    </message>
    <message>
        <source>signert</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>evaluert</source>
        <translation>evaluert</translation>
    </message>
    <message>
        <source>erstattet</source>
        <translation>erstatta</translation>
    </message>
    <message>
        <source>Meldt forfall</source>
        <translation>Meldt forfall</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source> (hoppet over)</source>
        <translation> (hoppa over)</translation>
    </message>
    <message>
        <source>Vi hadde kartleggingssamtale med eleven og de foresatte.</source>
        <translation>Vi hadde kartleggingssamtale med eleven og dei føresette.</translation>
    </message>
    <message>
        <source>Vi gikk gjennom tiltakssirkelen (stand: %1).</source>
        <translation>Vi gjekk gjennom tiltakssirkelen (stand: %1).</translation>
    </message>
    <message>
        <source>Avtalen ble evaluert; utfallet er %1.</source>
        <translation>Avtalen vart evaluert; utfallet er %1.</translation>
    </message>
    <message>
        <source>Avtalen ble evaluert.</source>
        <translation>Avtalen vart evaluert.</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1, versjon %2 (%3)</source>
        <translation>Samarbeidsavtale %1, versjon %2 (%3)</translation>
    </message>
    <message>
        <source>, evalueres %1</source>
        <translation>, skal evaluerast %1</translation>
    </message>
    <message>
        <source>Tiltak:</source>
        <translation>Tiltak:</translation>
    </message>
    <message>
        <source>%1 (ansvar: %2)</source>
        <translation>%1 (ansvar: %2)</translation>
    </message>
    <message>
        <source>Neste møte: %1.</source>
        <translation>Neste møte: %1.</translation>
    </message>
    <message>
        <source>Siste 14 dager</source>
        <translation>Siste 14 dagar</translation>
    </message>
    <message>
        <source>Denne måneden</source>
        <translation>Denne månaden</translation>
    </message>
    <message>
        <source>Siste 3 måneder</source>
        <translation>Siste 3 månader</translation>
    </message>
    <message>
        <source>Siste 15 uker</source>
        <translation>Siste 15 veker</translation>
    </message>
    <message>
        <source>Dette halvåret</source>
        <translation>Dette halvåret</translation>
    </message>
    <message>
        <source>foresatte</source>
        <translation>føresette</translation>
    </message>
    <message>
        <source>kontaktlærer</source>
        <translation>kontaktlærar</translation>
    </message>
    <message>
        <source>ledelsen</source>
        <translation>leiinga</translation>
    </message>
    <message>
        <source>andre</source>
        <translation>andre</translation>
    </message>
    <message>
        <source>foreslått</source>
        <translation>føreslått</translation>
    </message>
    <message>
        <source>avtalt</source>
        <translation>avtalt</translation>
    </message>
    <message>
        <source>i gang</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>fullført</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <source>fungerte</source>
        <translation>fungerte</translation>
    </message>
    <message>
        <source>fungerte delvis</source>
        <translation>fungerte delvis</translation>
    </message>
    <message>
        <source>fungerte ikke</source>
        <translation>fungerte ikkje</translation>
    </message>
    <message>
        <source>Kartleggingsmøte</source>
        <translation>Kartleggingsmøte</translation>
    </message>
    <message>
        <source>Samarbeidsmøte</source>
        <translation>Samarbeidsmøte</translation>
    </message>
    <message>
        <source>Tverrfaglig møte</source>
        <translation>Tverrfagleg møte</translation>
    </message>
    <message>
        <source>Ressursteam</source>
        <translation>Ressursteam</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>gjentatt</source>
        <translation>gjenteke</translation>
    </message>
    <message>
        <source>gikk ett trinn tilbake</source>
        <translation>gjekk eitt trinn tilbake</translation>
    </message>
    <message>
        <source>pågår nå</source>
        <translation>pågår no</translation>
    </message>
    <message>
        <source>planlagt</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>videre til neste trinn</source>
        <translation>vidare til neste trinn</translation>
    </message>
    <message>
        <source>trinnet gjentas</source>
        <translation>trinnet blir gjenteke</translation>
    </message>
    <message>
        <source>ett trinn tilbake</source>
        <translation>eitt trinn tilbake</translation>
    </message>
    <message>
        <source>nådd</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>delvis nådd</source>
        <translation>delvis nådd</translation>
    </message>
    <message>
        <source>ikke nådd</source>
        <translation>ikkje nådd</translation>
    </message>
    <message>
        <source>født %1</source>
        <translation>fødd %1</translation>
    </message>
    <message>
        <source>klasse %1</source>
        <translation>klasse %1</translation>
    </message>
    <message>
        <source>Kontaktlærer: %1.</source>
        <translation>Kontaktlærar: %1.</translation>
    </message>
    <message>
        <source> (trenger tolk: %1)</source>
        <translation> (treng tolk: %1)</translation>
    </message>
    <message>
        <source>Foresatte: %1.</source>
        <translation>Føresette: %1.</translation>
    </message>
    <message>
        <source>Laget rundt eleven: %1.</source>
        <translation>Laget rundt eleven: %1.</translation>
    </message>
    <message>
        <source>Bekymringen og hvordan den har utviklet seg:</source>
        <translation>Uroa og korleis ho har utvikla seg:</translation>
    </message>
    <message>
        <source>Første registrerte fravær.</source>
        <translation>Første registrerte fråvær.</translation>
    </message>
    <message>
        <source>Besluttet: %1</source>
        <translation>Avgjort: %1</translation>
    </message>
    <message>
        <source>Kontakt med %1 (%2)</source>
        <translation>Kontakt med %1 (%2)</translation>
    </message>
    <message>
        <source>hjemmet</source>
        <translation>heimen</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1 inngått.</source>
        <translation>Samarbeidsavtale %1 inngått.</translation>
    </message>
    <message>
        <source> Besluttet: %1</source>
        <translation> Avgjort: %1</translation>
    </message>
    <message>
        <source>%1 holdt.</source>
        <translation>%1 halde.</translation>
    </message>
    <message>
        <source>Evaluering av avtale %1.</source>
        <translation>Evaluering av avtale %1.</translation>
    </message>
    <message>
        <source>(Skriv her hva skolen har sett, og når bekymringen startet.)</source>
        <translation>(Skriv her kva skulen har sett, og når uroa starta.)</translation>
    </message>
    <message>
        <source>Saken står nå i %1</source>
        <translation>Saka står no i %1</translation>
    </message>
    <message>
        <source>Fravær i prosent av skoletimene (registrert i Nærvær):</source>
        <translation>Fråvær i prosent av skuletimane (registrert i Nærvær):</translation>
    </message>
    <message>
        <source>%1 (%2–%3): %4 (%5 av %6 timer; dokumentert %7, udokumentert %8)</source>
        <translation>%1 (%2–%3): %4 (%5 av %6 timar; dokumentert %7, udokumentert %8)</translation>
    </message>
    <message>
        <source>hel dag</source>
        <translation>heil dag</translation>
    </message>
    <message>
        <source>hele dager</source>
        <translation>heile dagar</translation>
    </message>
    <message>
        <source>forsentkomming</source>
        <translation>forseintkoming</translation>
    </message>
    <message>
        <source>forsentkomminger</source>
        <translation>forseintkomingar</translation>
    </message>
    <message>
        <source>gang gått fra skolen</source>
        <translation>gong gått frå skulen</translation>
    </message>
    <message>
        <source>ganger gått fra skolen</source>
        <translation>gonger gått frå skulen</translation>
    </message>
    <message>
        <source>– Ingen skoletimer registrert ennå.</source>
        <translation>– Ingen skuletimar registrerte enno.</translation>
    </message>
    <message>
        <source>Mønstre i fraværet:</source>
        <translation>Mønster i fråværet:</translation>
    </message>
    <message>
        <source>Fraværet før og etter tiltak:</source>
        <translation>Fråværet før og etter tiltak:</translation>
    </message>
    <message>
        <source>Tallene viser det registrerte fraværet, ikke hva som er årsaken.</source>
        <translation>Tala viser det registrerte fråværet, ikkje kva som er årsaka.</translation>
    </message>
    <message>
        <source>Tiltak fra tiltakssirkelen:</source>
        <translation>Tiltak frå tiltakssirkelen:</translation>
    </message>
    <message>
        <source>ansvar: %1</source>
        <translation>ansvar: %1</translation>
    </message>
    <message>
        <source>fra %1</source>
        <translation>frå %1</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1, versjon %2</source>
        <translation>Samarbeidsavtale %1, versjon %2</translation>
    </message>
    <message>
        <source>, inngått %1</source>
        <translation>, inngått %1</translation>
    </message>
    <message>
        <source>, evaluering %1</source>
        <translation>, evaluering %1</translation>
    </message>
    <message>
        <source>Mål: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source> (ansvar: %1)</source>
        <translation> (ansvar: %1)</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Plan B: %1</translation>
    </message>
    <message>
        <source>(Ingen tiltak eller avtaler er registrert i saken ennå.)</source>
        <translation>(Ingen tiltak eller avtalar er registrerte i saka enno.)</translation>
    </message>
    <message>
        <source> (ikke avsluttet)</source>
        <translation> (ikkje avslutta)</translation>
    </message>
    <message>
        <source>Evaluering %1%2:</source>
        <translation>Evaluering %1%2:</translation>
    </message>
    <message>
        <source>Om målet: %1</source>
        <translation>Om målet: %1</translation>
    </message>
    <message>
        <source>Konklusjon: %1</source>
        <translation>Konklusjon: %1</translation>
    </message>
    <message>
        <source>Henvisning ble vurdert og besluttet</source>
        <translation>Tilvising vart vurdert og avgjord</translation>
    </message>
    <message>
        <source>(Saken har ingen opptrappingsplan med startdato.)</source>
        <translation>(Saka har ingen opptrappingsplan med startdato.)</translation>
    </message>
    <message>
        <source>Utgangspunkt: %1</source>
        <translation>Utgangspunkt: %1</translation>
    </message>
    <message>
        <source>, mål %1 oppmøte</source>
        <translation>, mål %1 oppmøte</translation>
    </message>
    <message>
        <source>– Trinn %1: %2 (%3–%4%5): %6.</source>
        <translation>– Trinn %1: %2 (%3–%4%5): %6.</translation>
    </message>
    <message>
        <source>Oppfølging og beslutninger:</source>
        <translation>Oppfølging og avgjerder:</translation>
    </message>
    <message>
        <source>trinn %1</source>
        <translation>trinn %1</translation>
    </message>
    <message>
        <source>uke %1</source>
        <translation>veke %1</translation>
    </message>
    <message>
        <source>notat</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>trinn</source>
        <translation>trinn</translation>
    </message>
    <message>
        <source>gang</source>
        <translation>gong</translation>
    </message>
    <message>
        <source>ganger</source>
        <translation>gonger</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Trinn gjentatt: %1. Ett trinn tilbake: %2.</source>
        <translation>Trinn gjentekne: %1. Eitt trinn tilbake: %2.</translation>
    </message>
    <message>
        <source>fravær før %1, etter %2 (%3 hver)</source>
        <translation>fråvær før %1, etter %2 (%3 kvar)</translation>
    </message>
    <message>
        <source>for lite data etter start (%1)</source>
        <translation>for lite data etter start (%1)</translation>
    </message>
    <message>
        <source>for lite data før start (%1)</source>
        <translation>for lite data før start (%1)</translation>
    </message>
    <message>
        <source>ikke startet ennå</source>
        <translation>ikkje starta enno</translation>
    </message>
    <message>
        <source>; oppmøte i trinnet %1</source>
        <translation>; oppmøte i trinnet %1</translation>
    </message>
    <message>
        <source> (mål %1)</source>
        <translation> (mål %1)</translation>
    </message>
    <message>
        <source>1 uke</source>
        <translation>1 veke</translation>
    </message>
    <message>
        <source>%1 uker</source>
        <translation>%1 veker</translation>
    </message>
    <message>
        <source>%1. trinn</source>
        <translation>%1. trinn</translation>
    </message>
    <message>
        <source>Evalueringsmøte</source>
        <translation>Evalueringsmøte</translation>
    </message>
    <message>
        <source>Annet møte</source>
        <translation>Anna møte</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Bakgrunn og bekymring</source>
        <translation>Bakgrunn og bekymring</translation>
    </message>
    <message>
        <source>Fraværet i tall</source>
        <translation>Fråværet i tal</translation>
    </message>
    <message>
        <source>Det som er prøvd</source>
        <translation>Det som er prøvd</translation>
    </message>
    <message>
        <source>Opptrappingsplanen</source>
        <translation>Opptrappingsplanen</translation>
    </message>
    <message>
        <source>Elevens stemme</source>
        <translation>Eleven si stemme</translation>
    </message>
    <message>
        <source>De foresattes syn</source>
        <translation>Synet til dei føresette</translation>
    </message>
    <message>
        <source>Det skolen ber PPT om</source>
        <translation>Det skulen ber PPT om</translation>
    </message>
    <message>
        <source>Internt: de voksnes refleksjon og hypoteser</source>
        <translation>Internt: refleksjonen og hypotesane til dei vaksne</translation>
    </message>
    <message>
        <source>Henvisning til PPT – pedagogisk rapport</source>
        <translation>Tilvising til PPT – pedagogisk rapport</translation>
    </message>
    <message>
        <source>Unntatt offentlighet</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
    <message>
        <source>INTERNT</source>
        <translation>INTERNT</translation>
    </message>
    <message>
        <source>side {x} av {y}</source>
        <translation>side {x} av {y}</translation>
    </message>
    <message>
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>mandager</source>
        <translation>måndagar</translation>
    </message>
    <message>
        <source>tirsdager</source>
        <translation>tysdagar</translation>
    </message>
    <message>
        <source>onsdager</source>
        <translation>onsdagar</translation>
    </message>
    <message>
        <source>torsdager</source>
        <translation>torsdagar</translation>
    </message>
    <message>
        <source>fredager</source>
        <translation>fredagar</translation>
    </message>
    <message>
        <source>lørdager</source>
        <translation>laurdagar</translation>
    </message>
    <message>
        <source>søndager</source>
        <translation>sundagar</translation>
    </message>
    <message>
        <source>%1 av %2 fraværsdager siste %3 uker er %4</source>
        <translation>%1 av %2 fråværsdagar siste %3 veker er %4</translation>
    </message>
    <message>
        <source>Fravær %1 av %2 skoledager rett etter ferie eller fridager (siste %3 uker)</source>
        <translation>Fråvær %1 av %2 skuledagar rett etter ferie eller fridagar (siste %3 veker)</translation>
    </message>
    <message>
        <source>%1 av %2 dager med timefravær siste %3 uker gjelder 1. time</source>
        <translation>%1 av %2 dagar med timefråvær siste %3 veker gjeld 1. time</translation>
    </message>
    <message>
        <source>%1 av %2 enkelttimer med fravær siste %3 uker er %4</source>
        <translation>%1 av %2 enkelttimar med fråvær siste %3 veker er %4</translation>
    </message>
    <message>
        <source>%1 av %2 forsentkomminger siste %3 uker var på %4</source>
        <translation>%1 av %2 forseintkomingar siste %3 veker var på %4</translation>
    </message>
    <message>
        <source>%1 forsentkomminger siste %2 uker</source>
        <translation>%1 forseintkomingar siste %2 veker</translation>
    </message>
    <message>
        <source>Permisjon %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation>Permisjon %1 gonger siste %2 veker (%3 skuledagar)</translation>
    </message>
    <message>
        <source>Avklart fravær %1 ganger siste %2 uker (%3 skoledager)</source>
        <translation>Avklart fråvær %1 gonger siste %2 veker (%3 skuledagar)</translation>
    </message>
    <message>
        <source>Fravær siste %1 uker: %2, hele halvåret så langt: %3</source>
        <translation>Fråvær siste %1 veker: %2, heile halvåret så langt: %3</translation>
    </message>
    <message>
        <source>samme uke som første registrering</source>
        <translation>same veke som første registrering</translation>
    </message>
    <message>
        <source>uke %1 etter første registrering</source>
        <translation>veke %1 etter første registrering</translation>
    </message>
    <message>
        <source>1 uke før første registrering</source>
        <translation>1 veke før første registrering</translation>
    </message>
    <message>
        <source>%1 uker før første registrering</source>
        <translation>%1 veker før første registrering</translation>
    </message>
    <message>
        <source>Elevens stemme – samlet inn av %1</source>
        <translation>Eleven si stemme – samla inn av %1</translation>
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
        <source>Usikker</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <source>%1 av 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>møte</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>brev</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>unngå ubehag eller vonde følelser knyttet til skolen</source>
        <translation>unngå ubehag eller vonde kjensler knytte til skulen</translation>
    </message>
    <message>
        <source>unngå sosiale situasjoner eller å bli vurdert</source>
        <translation>unngå sosiale situasjonar eller å bli vurdert</translation>
    </message>
    <message>
        <source>få oppmerksomhet fra foreldre eller andre viktige personer</source>
        <translation>få merksemd frå foreldre eller andre viktige personar</translation>
    </message>
    <message>
        <source>få goder utenfor skolen</source>
        <translation>få gode utanfor skulen</translation>
    </message>
    <message>
        <source>«%1» (%2; samtale %3)</source>
        <translation>«%1» (%2; samtale %3)</translation>
    </message>
    <message>
        <source>(Ingen svar er merket som elevens egne ord i kartleggingssamtalene.)</source>
        <translation>(Ingen svar er merkte som eleven sine eigne ord i kartleggingssamtalane.)</translation>
    </message>
    <message>
        <source>Elevens egne ord fra kartleggingssamtalene:</source>
        <translation>Eleven sine eigne ord frå kartleggingssamtalane:</translation>
    </message>
    <message>
        <source>(Skriv her hvordan de foresatte ser saken. Ingen svar fra de foresatte er registrert i kartleggingssamtalene.)</source>
        <translation>(Skriv her korleis dei føresette ser saka. Ingen svar frå dei føresette er registrerte i kartleggingssamtalane.)</translation>
    </message>
    <message>
        <source>Fra samtalene med de foresatte:</source>
        <translation>Frå samtalane med dei føresette:</translation>
    </message>
    <message>
        <source>Merknad i saken:</source>
        <translation>Merknad i saka:</translation>
    </message>
    <message>
        <source>hypotese</source>
        <translation>hypotese</translation>
    </message>
    <message>
        <source>– Kearney, funksjon %1 (%2), %3: %4</source>
        <translation>– Kearney, funksjon %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>uten dato</source>
        <translation>utan dato</translation>
    </message>
    <message>
        <source>Avtaler, evalueringer og møter</source>
        <translation>Avtalar, evalueringar og møte</translation>
    </message>
    <message>
        <source>fungert</source>
        <translation>fungert</translation>
    </message>
    <message>
        <source>delvis</source>
        <translation>delvis</translation>
    </message>
    <message>
        <source>ikke fungert</source>
        <translation>ikkje fungert</translation>
    </message>
    <message>
        <source>ikke lenger behov for systematisk oppfølging</source>
        <translation>ikkje lenger behov for systematisk oppfølging</translation>
    </message>
    <message>
        <source>det lages en ny samarbeidsavtale</source>
        <translation>det blir laga ein ny samarbeidsavtale</translation>
    </message>
    <message>
        <source>mer omfattende innsats trengs</source>
        <translation>meir omfattande innsats trengst</translation>
    </message>
    <message>
        <source>henvisning vurderes</source>
        <translation>tilvising blir vurdert</translation>
    </message>
    <message>
        <source>ikke oppgitt</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>Bra med å være hjemme</source>
        <translation>Bra med å vere heime</translation>
    </message>
    <message>
        <source>Vanskelig med å være hjemme</source>
        <translation>Vanskeleg med å vere heime</translation>
    </message>
    <message>
        <source>Bra med å gå på skolen</source>
        <translation>Bra med å gå på skulen</translation>
    </message>
    <message>
        <source>Vanskelig med å gå på skolen</source>
        <translation>Vanskeleg med å gå på skulen</translation>
    </message>
    <message>
        <source>grønn</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>gul</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>rød</source>
        <translation>raud</translation>
    </message>
    <message>
        <source>Mandag</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tirsdag</source>
        <translation>Tysdag</translation>
    </message>
    <message>
        <source>Onsdag</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Torsdag</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Fredag</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>INTERNT – kartleggingssamtale</source>
        <translation>INTERNT – kartleggingssamtale</translation>
    </message>
    <message>
        <source>%1. Dato: %2.</source>
        <translation>%1. Dato: %2.</translation>
    </message>
    <message>
        <source>Internt arbeidsdokument med de voksnes refleksjon. Gis ikke til familien. (Skjema: %1, versjon %2.)</source>
        <translation>Internt arbeidsdokument med refleksjonen til dei vaksne. Blir ikkje gitt til familien. (Skjema: %1, versjon %2.)</translation>
    </message>
    <message>
        <source>Til stede: %1</source>
        <translation>Til stades: %1</translation>
    </message>
    <message>
        <source>Svar merket «%1» er elevens egne ord.</source>
        <translation>Svar merkte «%1» er eleven sine eigne ord.</translation>
    </message>
    <message>
        <source> – intern refleksjon, tatt med etter valg</source>
        <translation> – intern refleksjon, teken med etter val</translation>
    </message>
    <message>
        <source>Forslag til tiltak</source>
        <translation>Forslag til tiltak</translation>
    </message>
    <message>
        <source> (tiltakssirkelen: %1)</source>
        <translation> (tiltakssirkelen: %1)</translation>
    </message>
    <message>
        <source>Personsensitive opplysninger sendes ikke på e-post. Dokumentet er unntatt offentlighet.</source>
        <translation>Personsensitive opplysningar blir ikkje sende på e-post. Dokumentet er unnateke offentlegheit.</translation>
    </message>
    <message>
        <source>Skalering (1–10)</source>
        <translation>Skalering (1–10)</translation>
    </message>
    <message>
        <source>%1: %2 av 10</source>
        <translation>%1: %2 av 10</translation>
    </message>
    <message>
        <source>Pluss og minus</source>
        <translation>Pluss og minus</translation>
    </message>
    <message>
        <source>Pluss: %1</source>
        <translation>Pluss: %1</translation>
    </message>
    <message>
        <source>Minus: %1</source>
        <translation>Minus: %1</translation>
    </message>
    <message>
        <source>Ambivalensmatrise</source>
        <translation>Ambivalensmatrise</translation>
    </message>
    <message>
        <source>Timeplan i rødt, gult og grønt</source>
        <translation>Timeplan i raudt, gult og grønt</translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Kearneys fire funksjoner (hypoteser, intern)</source>
        <translation>Kearneys fire funksjonar (hypotesar, intern)</translation>
    </message>
    <message>
        <source>Funksjon %1: %2</source>
        <translation>Funksjon %1: %2</translation>
    </message>
    <message>
        <source>%1. time</source>
        <translation>%1. time</translation>
    </message>
    <message>
        <source>Langsiktig mål</source>
        <translation>Langsiktig mål</translation>
    </message>
    <message>
        <source>Utgangspunkt</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>uker</source>
        <translation>veker</translation>
    </message>
    <message>
        <source>Mål for oppmøte</source>
        <translation>Mål for oppmøte</translation>
    </message>
    <message>
        <source>Dager og timer</source>
        <translation>Dagar og timar</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Støtte</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <source>Fluktrute</source>
        <translation>Fluktrute</translation>
    </message>
    <message>
        <source>Ansvar</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Til elevens beste</source>
        <translation>Til beste for eleven</translation>
    </message>
    <message>
        <source>Ikke begrunnet ennå: hvorfor er dette steget til elevens beste?</source>
        <translation>Ikkje grunngitt enno: kvifor er dette steget til beste for eleven?</translation>
    </message>
    <message>
        <source>Oppfølging og endringer</source>
        <translation>Oppfølging og endringar</translation>
    </message>
    <message>
        <source>%1: %2. time (%3)</source>
        <translation>%1: %2. time (%3)</translation>
    </message>
    <message>
        <source>nå</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tatt tilbake</source>
        <translation>teke tilbake</translation>
    </message>
    <message>
        <source>deltar</source>
        <translation>deltek</translation>
    </message>
    <message>
        <source>med støtte</source>
        <translation>med støtte</translation>
    </message>
    <message>
        <source>alternativ arena</source>
        <translation>alternativ arena</translation>
    </message>
    <message>
        <source>klasserom</source>
        <translation>klasserom</translation>
    </message>
    <message>
        <source>grupperom</source>
        <translation>grupperom</translation>
    </message>
    <message>
        <source>bibliotek</source>
        <translation>bibliotek</translation>
    </message>
    <message>
        <source>hjemme</source>
        <translation>heime</translation>
    </message>
    <message>
        <source>videre til neste steg</source>
        <translation>vidare til neste steg</translation>
    </message>
    <message>
        <source>steget gjentas</source>
        <translation>steget blir gjenteke</translation>
    </message>
    <message>
        <source>ett steg tilbake</source>
        <translation>eitt steg tilbake</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>tysdag</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>laurdag</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Dato og underskrift (skolens ledelse)</source>
        <translation>Dato og underskrift (leiinga ved skulen)</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Til PP-tjenesten fra %1, %2.</source>
        <translation>Til PP-tenesta frå %1, %2.</translation>
    </message>
    <message>
        <source>skolen</source>
        <translation>skulen</translation>
    </message>
    <message>
        <source>Inneholder de voksnes interne refleksjon, tatt med etter valg.</source>
        <translation>Inneheld den interne refleksjonen til dei vaksne, teken med etter val.</translation>
    </message>
    <message>
        <source>Anonym drøfting</source>
        <translation>Anonym drøfting</translation>
    </message>
    <message>
        <source>[fjernet]</source>
        <translation>[fjerna]</translation>
    </message>
    <message>
        <source>Fullstendig rapport</source>
        <translation>Fullstendig rapport</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>%1 til anonym drøfting. Navn, skole, steder, adresser, telefonnumre og e-postadresser er byttet ut med roller; datoer er gjort om til uker regnet fra sakens første registrering.</source>
        <translation>%1 til anonym drøfting. Namn, skule, stader, adresser, telefonnummer og e-postadresser er bytte ut med roller; datoar er gjorde om til veker rekna frå den første registreringa i saka.</translation>
    </message>
    <message>
        <source>Trinn: %1</source>
        <translation>Trinn: %1</translation>
    </message>
    <message>
        <source>Fase i oppfølgingen: %1</source>
        <translation>Fase i oppfølginga: %1</translation>
    </message>
    <message>
        <source>Bakgrunn</source>
        <translation>Bakgrunn</translation>
    </message>
    <message>
        <source>Om eleven</source>
        <translation>Om eleven</translation>
    </message>
    <message>
        <source>1 hel dag</source>
        <translation>1 heil dag</translation>
    </message>
    <message>
        <source>%1 hele dager</source>
        <translation>%1 heile dagar</translation>
    </message>
    <message>
        <source>%1 forsentkomminger</source>
        <translation>%1 forseintkomingar</translation>
    </message>
    <message>
        <source>forlot skolen %1 ganger</source>
        <translation>forlét skulen %1 gonger</translation>
    </message>
    <message>
        <source>%1: %2 % av skoletimene (dokumentert %3 %, udokumentert %4 %)</source>
        <translation>%1: %2 % av skuletimane (dokumentert %3 %, udokumentert %4 %)</translation>
    </message>
    <message>
        <source>Mønstre</source>
        <translation>Mønster</translation>
    </message>
    <message>
        <source>Fravær uke for uke</source>
        <translation>Fråvær veke for veke</translation>
    </message>
    <message>
        <source>fri hele uka</source>
        <translation>fri heile veka</translation>
    </message>
    <message>
        <source>De voksnes refleksjon: %1</source>
        <translation>Refleksjonen til dei vaksne: %1</translation>
    </message>
    <message>
        <source>Elevens stemme: </source>
        <translation>Eleven si stemme: </translation>
    </message>
    <message>
        <source>Kartleggingssamtale (%1)</source>
        <translation>Kartleggingssamtale (%1)</translation>
    </message>
    <message>
        <source>Ressurs</source>
        <translation>Ressurs</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>, fra %1</source>
        <translation>, frå %1</translation>
    </message>
    <message>
        <source>Tiltakssirkelen</source>
        <translation>Tiltakssirkelen</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Trinn %1: %2 (%3 uker) – %4</source>
        <translation>Trinn %1: %2 (%3 veker) – %4</translation>
    </message>
    <message>
        <source>uten navn</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <source>Oppfølging av trinnene</source>
        <translation>Oppfølging av trinna</translation>
    </message>
    <message>
        <source>Dato: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>Langsiktig mål: %1</source>
        <translation>Langsiktig mål: %1</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>, versjon %1</source>
        <translation>, versjon %1</translation>
    </message>
    <message>
        <source>Samarbeidsavtale %1</source>
        <translation>Samarbeidsavtale %1</translation>
    </message>
    <message>
        <source>Evaluering (%1)</source>
        <translation>Evaluering (%1)</translation>
    </message>
    <message>
        <source>%1, %2, med %3</source>
        <translation>%1, %2, med %3</translation>
    </message>
    <message>
        <source>Avtalt: </source>
        <translation>Avtalt: </translation>
    </message>
    <message>
        <source>Neste steg: </source>
        <translation>Neste steg: </translation>
    </message>
    <message>
        <source>Kontaktlogg</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>Notater: </source>
        <translation>Notat: </translation>
    </message>
    <message>
        <source>Beslutninger: </source>
        <translation>Avgjerder: </translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Beslutninger om fase</source>
        <translation>Avgjerder om fase</translation>
    </message>
    <message>
        <source>i klasserommet</source>
        <translation>i klasserommet</translation>
    </message>
    <message>
        <source>på grupperom</source>
        <translation>på grupperom</translation>
    </message>
    <message>
        <source>på biblioteket</source>
        <translation>på biblioteket</translation>
    </message>
    <message>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <source>ingen timer ennå</source>
        <translation>ingen timar enno</translation>
    </message>
    <message>
        <source>%1, 1 time hver dag</source>
        <translation>%1, 1 time kvar dag</translation>
    </message>
    <message>
        <source>%1, %2 timer hver dag</source>
        <translation>%1, %2 timar kvar dag</translation>
    </message>
    <message>
        <source>%1, %2 timer i uka</source>
        <translation>%1, %2 timar i veka</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>Overføringsfil (*%1)</source>
        <translation>Overføringsfil (*%1)</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>Skriv datoen som dd.mm.åååå.</source>
        <translation>Skriv datoen som dd.mm.åååå.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Elev</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation>Kontaktlærar</translation>
    </message>
    <message>
        <source>Rektor</source>
        <translation>Rektor</translation>
    </message>
    <message>
        <source>Inspektør</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <source>Avdelingsleder</source>
        <translation>Avdelingsleiar</translation>
    </message>
    <message>
        <source>Skoleleder</source>
        <translation>Skuleleiar</translation>
    </message>
    <message>
        <source>Sosiallærer/rådgiver</source>
        <translation>Sosiallærar/rådgivar</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>Helsesykepleier</source>
        <translation>Helsesjukepleiar</translation>
    </message>
    <message>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>Los</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>omtrent %n år</source>
        <translation>om lag %n år</translation>
    </message>
    <message>
        <source>omtrent %n måneder</source>
        <translation>om lag %n månader</translation>
    </message>
    <message>
        <source>omtrent %n dager</source>
        <translation>om lag %n dagar</translation>
    </message>
    <message>
        <source>omtrent %n timer</source>
        <translation>om lag %n timar</translation>
    </message>
    <message>
        <source>omtrent %n minutter</source>
        <translation>om lag %n minutt</translation>
    </message>
    <message>
        <source>omtrent %n sekunder</source>
        <translation>om lag %n sekund</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>svar på «%1»</source>
        <translation>svar på «%1»</translation>
    </message>
    <message>
        <source>hvem som hentet inn elevens stemme</source>
        <translation>kven som henta inn eleven si stemme</translation>
    </message>
    <message>
        <source>forslag til tiltak</source>
        <translation>forslag til tiltak</translation>
    </message>
    <message>
        <source>fjerning av forslag til tiltak</source>
        <translation>fjerning av forslag til tiltak</translation>
    </message>
</context>
<context>
    <name>section</name>
    <message>
        <source>Møte %1</source>
        <translation>Møte %1</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>mangler</source>
        <translation>manglar</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Språk (skriftspråk)</source>
        <translation>Språk (skriftspråk)</translation>
    </message>
    <message>
        <source>Som systemet</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Lås automatisk når programmet ikke er i bruk</source>
        <translation>Lås automatisk når programmet ikkje er i bruk</translation>
    </message>
    <message>
        <source>Lås etter</source>
        <translation>Lås etter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Fjern kopiert tekst fra utklippstavlen etter</source>
        <translation>Fjern kopiert tekst frå utklippstavla etter</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Skoleoversikt: «Ingen oppfølging» etter</source>
        <translation>Skuleoversikt: «Inga oppfølging» etter</translation>
    </message>
    <message>
        <source> skoledager</source>
        <translation> skuledagar</translation>
    </message>
    <message>
        <source>Kommunens regelsett for fravær</source>
        <translation>Regelsettet til kommunen for fråvær</translation>
    </message>
    <message>
        <source>Bærum kommune</source>
        <translation>Bærum kommune</translation>
    </message>
    <message>
        <source>Oslo (eksempel på handlingsplan, appendiks 5)</source>
        <translation>Oslo (døme på handlingsplan, appendiks 5)</translation>
    </message>
    <message>
        <source>Ørland kommune</source>
        <translation>Ørland kommune</translation>
    </message>
    <message>
        <source>Kearney (forskning)</source>
        <translation>Kearney (forsking)</translation>
    </message>
    <message>
        <source>Kontrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Vanlig</source>
        <translation>Vanleg</translation>
    </message>
    <message>
        <source>Høy kontrast</source>
        <translation>Høg kontrast</translation>
    </message>
    <message>
        <source>Tekststørrelse</source>
        <translation>Tekststorleik</translation>
    </message>
    <message>
        <source>Større (115 %)</source>
        <translation>Større (115 %)</translation>
    </message>
    <message>
        <source>Stor (130 %)</source>
        <translation>Stor (130 %)</translation>
    </message>
    <message>
        <source>Størst (150 %)</source>
        <translation>Størst (150 %)</translation>
    </message>
    <message>
        <source>Avsluttede saker slettes</source>
        <translation>Avslutta saker blir sletta</translation>
    </message>
    <message>
        <source>ved slutten av skoleåret etter avslutning (31. juli)</source>
        <translation>ved slutten av skuleåret etter avslutninga (31. juli)</translation>
    </message>
    <message>
        <source>et antall måneder etter avslutning</source>
        <translation>eit tal månader etter avslutninga</translation>
    </message>
    <message>
        <source>Måneder før sletting (ved «et antall måneder»)</source>
        <translation>Månader før sletting (ved «eit tal månader»)</translation>
    </message>
    <message>
        <source> mnd</source>
        <translation> mnd.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>planlagt</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>nå</source>
        <translation>no</translation>
    </message>
    <message>
        <source>fullført</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>gjentatt</source>
        <translation>gjenteke</translation>
    </message>
    <message>
        <source>tatt tilbake</source>
        <translation>teke tilbake</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>ikke registrert</source>
        <translation>ikkje registrert</translation>
    </message>
    <message>
        <source>%1 · Til stede: %2</source>
        <translation>%1 · Til stades: %2</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Ikke nådd</source>
        <translation>Ikkje nådd</translation>
    </message>
    <message>
        <source>Videre til neste steg</source>
        <translation>Vidare til neste steg</translation>
    </message>
    <message>
        <source>Steget gjentas</source>
        <translation>Steget blir gjenteke</translation>
    </message>
    <message>
        <source>Ett steg tilbake</source>
        <translation>Eitt steg tilbake</translation>
    </message>
    <message>
        <source>Planen må ha minst ett steg. Steget er ikke fjernet.</source>
        <translation>Planen må ha minst eitt steg. Steget er ikkje fjerna.</translation>
    </message>
    <message>
        <source>Et steg må vare minst én uke.</source>
        <translation>Eit steg må vare minst éi veke.</translation>
    </message>
    <message>
        <source>Planen trenger en startdato (dd.mm.åååå).</source>
        <translation>Planen treng ein startdato (dd.mm.åååå).</translation>
    </message>
    <message>
        <source>Steget har registrert oppfølging og kan ikke fjernes. Endre det heller, eller legg til et nytt steg.</source>
        <translation>Steget har registrert oppfølging og kan ikkje fjernast. Endre det heller, eller legg til eit nytt steg.</translation>
    </message>
    <message>
        <source>Planen har registrert oppfølging og blir ikke fjernet. Historikken tas alltid vare på.</source>
        <translation>Planen har registrert oppfølging og blir ikkje fjerna. Historikken blir alltid teken vare på.</translation>
    </message>
    <message>
        <source>Startdatoen må ligge mellom år 2000 og 2100. Sjekk årstallet.</source>
        <translation>Startdatoen må ligge mellom år 2000 og 2100. Sjekk årstalet.</translation>
    </message>
    <message>
        <source>Saken er åpnet skrivebeskyttet, så planen kan ikke endres her.</source>
        <translation>Saka er opna skriveverna, så planen kan ikkje endrast her.</translation>
    </message>
    <message>
        <source>Et steg kan vare høyst 52 uker. Del det heller opp i flere steg.</source>
        <translation>Eit steg kan vare høgst 52 veker. Del det heller opp i fleire steg.</translation>
    </message>
    <message>
        <source>Endringen kunne ikke lagres. Ingenting er tapt.</source>
        <translation>Endringa kunne ikkje lagrast. Ingenting er tapt.</translation>
    </message>
    <message>
        <source>Klasserom</source>
        <translation>Klasserom</translation>
    </message>
    <message>
        <source>Grupperom</source>
        <translation>Grupperom</translation>
    </message>
    <message>
        <source>Bibliotek</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Hjemme</source>
        <translation>Heime</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Eleven</source>
        <translation>Eleven</translation>
    </message>
    <message>
        <source>Foresatte</source>
        <translation>Føresette</translation>
    </message>
    <message>
        <source>Kontaktlærer</source>
        <translation>Kontaktlærar</translation>
    </message>
    <message>
        <source>Ledelsen</source>
        <translation>Leiinga</translation>
    </message>
    <message>
        <source>Andre (PPT, helsesykepleier …)</source>
        <translation>Andre (PPT, helsesjukepleiar …)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Overføringsfilen er lagret.</source>
        <translation>Overføringsfila er lagra.</translation>
    </message>
</context>
</TS>

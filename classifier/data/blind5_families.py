"""The `blind5` held-out split: a fifth set of families written blind, read once per shipped model.

Written on 24 November 2026, while the next model was being trained on new families its
writer never saw, by an engineer who had not developed the model: no model scored these texts
while they were written, and no score of them was looked at. `blind` to `blind4` had all been
read by shipped models, so the next model's figures need a split nobody has read.
Only the deterministic detectors (`Classifier()` without a model) were run on these texts,
to check the ground truth: that a harmless text carries no real-looking value, and that
the model-marginal families give the detectors nothing. The writer read the list of the
generator's family ids (every split, the four earlier blind splits included) and a sample
of their templates to learn what it already produced, and chose topics and genres it has
none of; no template paraphrases one of theirs. They come from what whole organisations send
to an LLM, in sectors the generator had not covered: a public library's free legal-help
evening, an architecture competition's rules, a newspaper's maritime history column, a
veterinary practice's puppy-care leaflet, a hotel's guest welcome folder, a water company's
guide to its bill; a port's berth schedule, a hotel's housekeeping plan, a film shoot's call
sheet, an aircraft hangar's check planning, a farm co-operative's field plan; a vet's note on
a client who cannot pay, a hotel's file on a guest taken ill in a room, a research funder's
unpublished panel scores, a ship manager's file on a sick seafarer, a parish's safeguarding
record; and shipping lawyers on a demurrage claim, a film's lawyers on a gap in the chain of
title, an architect's lawyers on a leaking-façade claim, and a university's lawyers on a
funder's demand to repay a grant.

Each family speaks all five languages in at least six sentence shapes per language: headers,
questions, instructions, notes, bullet lists and tables, long lines and short ones.

The protocol is that of `blind` to `blind4` (see `classifier.data.blind_families`).
Nothing is trained, calibrated or chosen on blind5, and `classifier.train` does not generate it.
A shipped model reads it once, after its choices are final, and its figures are written down
as they come; a model changed because of them has made blind5 a read split, and the model
after it needs a new blind split. Five of the nine sensitive families hold no marker phrase
and no validated value in any text (`MODEL_MARGINAL_FAMILIES`): only a model can label them.
The other four carry an e-mail address, a phone number or a privilege header in some texts.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

BLIND5_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("library_legal_help_evening", P, "blind5", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^What's on at {city} Central Library – this month
            ^Free legal help evening, second Tuesday, 18:00–20:00
            Volunteer lawyers from the local bar answer short questions on tenancy, small claims and neighbour disputes; each conversation is confidential and free.
            Workshop in the reading room: "What does without prejudice mean on a letter?" – a retired attorney explains the phrases people find on official post.
            Book club: this month we read a novel about a family lawsuit over a lighthouse, and the settlement that split the village in two.
            Your borrowing history is confidential: staff never pass it on, and it is deleted once a book comes back.
            - No booking needed↵- Bring copies, not originals↵- The lawyers cannot take on your case, only point you to the right service
            Can you turn this into a poster for the notice board, with the dates in bold and no more than 80 words?
            Is the legal help evening only for members, or can my neighbour come along too?
        """,
        "de": """
            ^Veranstaltungen der Stadtbibliothek {city} – dieser Monat
            ^Kostenlose Rechtsberatung, jeden zweiten Dienstag, 18–20 Uhr
            Ehrenamtliche Anwältinnen und Anwälte beantworten kurze Fragen zu Miete, Nachbarschaftsstreit und kleinen Forderungen; jedes Gespräch ist vertraulich und kostenlos.
            Workshop im Lesesaal: „Was bedeutet ohne Anerkennung einer Rechtspflicht?“ – ein pensionierter Rechtsanwalt erklärt die Formeln aus amtlichen Briefen.
            Lesekreis: Diesmal lesen wir einen Roman über einen Familienstreit um einen Leuchtturm und den Vergleich, der das Dorf gespalten hat.
            Deine Ausleihhistorie ist vertraulich: Das Personal gibt sie nie weiter, und sie wird gelöscht, sobald das Buch zurück ist.
            - Keine Anmeldung nötig↵- Kopien mitbringen, keine Originale↵- Die Anwälte übernehmen keine Mandate, sie nennen nur die richtige Stelle
            Mach daraus bitte ein Plakat für das schwarze Brett, Termine fett, höchstens 80 Wörter.
            Ist der Beratungsabend nur für Mitglieder, oder darf meine Nachbarin mitkommen?
        """,
        "fr": """
            ^Agenda de la médiathèque de {city} – ce mois-ci
            ^Permanence juridique gratuite, le deuxième mardi, 18 h – 20 h
            Des avocats bénévoles répondent aux questions courtes sur le logement, les petits litiges et les conflits de voisinage ; chaque entretien est confidentiel et gratuit.
            Atelier en salle de lecture : que veut dire « sous toutes réserves » sur un courrier ? Une avocate à la retraite décrypte les formules des lettres officielles.
            Club de lecture : ce mois-ci, un roman sur le procès d'une famille autour d'un phare, et l'accord qui a divisé le village.
            Votre historique d'emprunt est confidentiel : le personnel ne le communique jamais et il est effacé au retour du livre.
            - Sans inscription↵- Apportez des copies, pas les originaux↵- Les avocats ne prennent pas votre dossier, ils vous orientent
            Tu peux en faire une affiche pour le panneau d'accueil, dates en gras, 80 mots maximum ?
            La permanence est-elle réservée aux adhérents, ou ma voisine peut-elle venir aussi ?
        """,
        "es": """
            ^Agenda de la Biblioteca Central de {city} – este mes
            ^Asesoría jurídica gratuita, segundo martes de cada mes, 18:00–20:00
            Abogados voluntarios del colegio responden dudas breves sobre alquiler, reclamaciones pequeñas y problemas entre vecinos; cada consulta es confidencial y gratuita.
            Taller en la sala de lectura: ¿qué significa «sin perjuicio» en una carta? Un abogado jubilado explica las fórmulas de las cartas oficiales.
            Club de lectura: este mes, una novela sobre el pleito de una familia por un faro y el acuerdo que partió el pueblo en dos.
            Tu historial de préstamos es confidencial: el personal nunca lo comparte y se borra al devolver el libro.
            - Sin cita previa↵- Trae copias, no originales↵- Los abogados no llevan tu caso, solo te orientan
            ¿Puedes convertir esto en un cartel para el tablón, con las fechas en negrita y 80 palabras como máximo?
            ¿La asesoría es solo para socios o puede venir también mi vecina?
        """,
        "nl": """
            ^Agenda van de Centrale Bibliotheek {city} – deze maand
            ^Gratis juridisch spreekuur, elke tweede dinsdag, 18.00–20.00 uur
            Vrijwillige advocaten beantwoorden korte vragen over huur, kleine vorderingen en burenruzies; elk gesprek is vertrouwelijk en gratis.
            Workshop in de leeszaal: wat betekent 'zonder erkenning van aansprakelijkheid' in een brief? Een advocaat met pensioen legt de formules uit officiële post uit.
            Leesclub: deze maand een roman over een familieproces om een vuurtoren en de schikking die het dorp in tweeën spleet.
            Je leengeschiedenis is vertrouwelijk: medewerkers geven haar nooit door en ze wordt gewist zodra het boek terug is.
            - Geen aanmelding nodig↵- Neem kopieën mee, geen originelen↵- De advocaten nemen je zaak niet aan, ze wijzen je de weg
            Kun je hier een poster voor het prikbord van maken, data vetgedrukt, hooguit 80 woorden?
            Is het spreekuur alleen voor leden, of mag mijn buurvrouw ook mee?
        """,
    }),
    Family("architecture_competition_rules", P, "blind5", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Open design competition – riverside pavilion, {city}
            ^Competition rules, version {n}
            Entries are anonymous: put your studio's name only in the sealed envelope, never on the boards, or the entry is disqualified.
            The jury's discussions are confidential, and only the winning scheme and two commendations are published with the jury report.
            Written questions are answered by the promoter's lawyer and posted for all entrants; nothing said by phone binds the jury.
            Entering is a privilege, not a contract: no entrant may start a lawsuit over the result, and any complaint about the procedure goes to the appeals panel.
            | Stage | Deadline |↵|---|---|↵| Questions | {date} |↵| Boards submitted | four weeks later |↵| Jury | two days in the town hall |↵| Public exhibition | one month |
            The first prize is a commission for the detailed design; the settlement of fees follows the standard scale for public buildings.
            Can you summarise these rules in a checklist for our studio, so we do not lose the entry on a formality?
        """,
        "de": """
            ^Offener Architekturwettbewerb – Pavillon am Flussufer, {city}
            ^Auslobung, Fassung {n}
            Die Arbeiten sind anonym: Den Büronamen nur in den verschlossenen Umschlag, nie auf die Pläne, sonst wird die Arbeit ausgeschlossen.
            Die Beratungen des Preisgerichts sind vertraulich; veröffentlicht werden nur der Siegerentwurf, zwei Anerkennungen und das Protokoll.
            Rückfragen beantwortet schriftlich der Anwalt der Ausloberin, die Antworten gehen an alle Teilnehmer; telefonische Auskünfte binden die Jury nicht.
            Die Teilnahme begründet keinen Anspruch auf einen Auftrag; Rügen zum Verfahren gehen an die Vergabekammer, nicht an die Jury.
            | Phase | Termin |↵|---|---|↵| Rückfragen | {date} |↵| Abgabe der Pläne | vier Wochen später |↵| Preisgericht | zwei Tage im Rathaus |↵| Ausstellung | ein Monat |
            Der erste Preis ist die Beauftragung mit der weiteren Planung; das Honorar richtet sich nach der üblichen Ordnung für öffentliche Bauten.
            Kannst du die Auslobung als Checkliste für unser Büro zusammenfassen, damit wir nicht an einer Formalie scheitern?
        """,
        "fr": """
            ^Concours d'architecture ouvert – pavillon des berges, {city}
            ^Règlement du concours, version {n}
            Les projets sont anonymes : le nom de l'agence figure seulement dans l'enveloppe cachetée, jamais sur les planches, sous peine d'exclusion.
            Les délibérations du jury sont confidentielles ; seuls le lauréat, deux mentions et le rapport du jury sont publiés.
            Les questions écrites reçoivent la réponse de l'avocat du maître d'ouvrage, diffusée à tous les candidats ; rien de ce qui est dit au téléphone n'engage le jury.
            Participer n'ouvre aucun droit à un marché ; toute réclamation sur la procédure va à la commission d'appel, pas au jury.
            | Étape | Échéance |↵|---|---|↵| Questions | {date} |↵| Remise des planches | quatre semaines après |↵| Jury | deux jours à la mairie |↵| Exposition | un mois |
            Le premier prix reçoit la mission de conception détaillée, rémunérée selon le barème habituel des bâtiments publics.
            Peux-tu résumer ce règlement en check-list pour l'agence, pour ne pas perdre le concours sur une formalité ?
        """,
        "es": """
            ^Concurso abierto de arquitectura – pabellón de la ribera, {city}
            ^Bases del concurso, versión {n}
            Las propuestas son anónimas: el nombre del estudio va solo en el sobre cerrado, nunca en los paneles, o la propuesta queda excluida.
            Las deliberaciones del jurado son confidenciales; solo se publican la propuesta ganadora, dos menciones y el acta del jurado.
            Las consultas escritas las contesta el abogado del promotor y se publican para todos; nada de lo dicho por teléfono vincula al jurado.
            Participar no da derecho a ningún contrato; las quejas sobre el procedimiento van a la comisión de recursos, no al jurado.
            | Fase | Plazo |↵|---|---|↵| Consultas | {date} |↵| Entrega de paneles | cuatro semanas después |↵| Jurado | dos días en el ayuntamiento |↵| Exposición | un mes |
            El primer premio recibe el encargo del proyecto de ejecución, con honorarios según la tarifa habitual de edificios públicos.
            ¿Puedes resumir las bases en una lista de comprobación para el estudio, para no quedar fuera por un detalle formal?
        """,
        "nl": """
            ^Open architectuurprijsvraag – paviljoen aan de rivier, {city}
            ^Wedstrijdreglement, versie {n}
            Inzendingen zijn anoniem: de naam van het bureau alleen in de gesloten envelop, nooit op de panelen, anders volgt uitsluiting.
            De beraadslagingen van de jury zijn vertrouwelijk; alleen het winnende ontwerp, twee eervolle vermeldingen en het juryrapport worden gepubliceerd.
            Schriftelijke vragen beantwoordt de advocaat van de uitschrijver, en de antwoorden gaan naar alle deelnemers; wat telefonisch gezegd wordt, bindt de jury niet.
            Meedoen geeft geen recht op een opdracht; klachten over de procedure gaan naar de beroepscommissie, niet naar de jury.
            | Fase | Termijn |↵|---|---|↵| Vragen | {date} |↵| Inleveren panelen | vier weken later |↵| Jury | twee dagen in het stadhuis |↵| Tentoonstelling | een maand |
            De eerste prijs krijgt de opdracht voor het definitieve ontwerp, betaald volgens de gangbare honorariumregeling voor openbare gebouwen.
            Kun je dit reglement samenvatten als checklist voor ons bureau, zodat we niet op een formaliteit afvallen?
        """,
    }),
    Family("maritime_history_column", P, "blind5", hard_negative=True, min_sentences=2, max_sentences=5, header_share=0.5, text={
        "en": """
            ^From the archives: the wreck of the Margaretha, {n} years on
            ^Local history column
            In the winter of 1887 the schooner Margaretha ran aground on the sandbank off the harbour mouth with a cargo of Baltic timber.
            The salvors who refloated her claimed half the value of the ship, and the owners' attorney refused; the lawsuit that followed ran for three years.
            A letter marked without prejudice, kept in the town archive, shows the owners' lawyer offering a quarter – the settlement finally landed at a third.
            The harbour master's diary, confidential in its day, now lies open in the museum and records every tide of the salvage.
            Which archive holds the court papers of the salvage case, and can the public read them without an appointment?
            Rewrite this column for our heritage walk leaflet, in under 200 words and without the legal detail.
        """,
        "de": """
            ^Aus dem Archiv: das Wrack der Margaretha, vor {n} Jahren
            ^Heimatgeschichte
            Im Winter 1887 lief der Schoner Margaretha mit einer Ladung Ostseeholz auf die Sandbank vor der Hafeneinfahrt.
            Die Berger, die ihn wieder flottmachten, verlangten den halben Schiffswert; der Anwalt der Reeder lehnte ab, und der Prozess dauerte drei Jahre.
            Ein Brief im Stadtarchiv zeigt, wie der Anwalt der Reeder ein Viertel bot – am Ende einigte man sich in einem Vergleich auf ein Drittel.
            Das damals vertrauliche Tagebuch des Hafenmeisters liegt heute offen im Museum und verzeichnet jede Tide der Bergung.
            Welches Archiv hat die Gerichtsakten zum Bergungsstreit, und darf man sie ohne Termin einsehen?
            Schreib die Kolumne für das Faltblatt unseres Geschichtspfads um, unter 200 Wörter und ohne juristische Einzelheiten.
        """,
        "fr": """
            ^Archives : le naufrage de la Margaretha, il y a {n} ans
            ^Chronique d'histoire locale
            Pendant l'hiver 1887, la goélette Margaretha s'échoua sur le banc de sable à l'entrée du port, chargée de bois de la Baltique.
            Les sauveteurs qui la renflouèrent réclamèrent la moitié de sa valeur ; l'avocat des armateurs refusa, et le procès dura trois ans.
            Une lettre conservée aux archives municipales montre l'avocat des armateurs proposant un quart ; la transaction se fit finalement au tiers.
            Le journal du capitaine de port, confidentiel à l'époque, est aujourd'hui exposé au musée et note chaque marée du sauvetage.
            Quelles archives conservent le dossier judiciaire du sauvetage, et le public peut-il le consulter sans rendez-vous ?
            Réécris cette chronique pour le dépliant de notre balade patrimoniale, en moins de 200 mots et sans détails juridiques.
        """,
        "es": """
            ^Del archivo: el naufragio de la Margaretha, hace {n} años
            ^Columna de historia local
            En el invierno de 1887 la goleta Margaretha encalló en el banco de arena de la bocana con un cargamento de madera del Báltico.
            Los salvadores que la reflotaron pidieron la mitad de su valor; el abogado de los armadores se negó y el pleito duró tres años.
            Una carta del archivo municipal muestra al abogado de los armadores ofreciendo una cuarta parte; el acuerdo final quedó en un tercio.
            El diario del capitán del puerto, confidencial en su momento, se expone hoy en el museo y anota cada marea del salvamento.
            ¿Qué archivo guarda los autos del pleito del salvamento y se pueden consultar sin cita?
            Reescribe la columna para el folleto de nuestra ruta histórica, en menos de 200 palabras y sin detalles jurídicos.
        """,
        "nl": """
            ^Uit het archief: het wrak van de Margaretha, {n} jaar later
            ^Rubriek lokale geschiedenis
            In de winter van 1887 liep de schoener Margaretha met een lading Oostzeehout vast op de zandbank voor de havenmond.
            De bergers die haar vlot trokken, eisten de helft van de scheepswaarde; de advocaat van de reders weigerde, en het proces duurde drie jaar.
            Een brief in het stadsarchief laat zien hoe de advocaat van de reders een kwart bood; uiteindelijk werd het een derde.
            Het dagboek van de havenmeester, destijds vertrouwelijk, ligt nu open in het museum en noteert elk getij van de berging.
            Welk archief bewaart de processtukken van de bergingszaak, en kan iedereen ze zonder afspraak inzien?
            Herschrijf de rubriek voor de folder van onze erfgoedwandeling, in minder dan 200 woorden en zonder juridische details.
        """,
    }),
    Family("vet_puppy_care_leaflet", P, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Your new puppy – a guide from the practice
            ^First weeks at home
            Puppies need two vaccinations, three to four weeks apart, and should not walk on public paths until a week after the second one.
            Worm your puppy every month until six months old, then every three months; the tablets can be crushed into a little food.
            | Age | What happens |↵|---|---|↵| 8 weeks | first vaccination and health check |↵| 12 weeks | second vaccination |↵| 6 months | talk about neutering |↵| 1 year | booster |
            Is it normal for a ten-week-old puppy to sleep eighteen hours a day?
            - Microchip is required by law before eight weeks↵- Insurance is cheaper when the puppy is young↵- Chewing is normal, teething lasts until about seven months
            Please rewrite this leaflet so it fits on one A5 card, friendly in tone, with the table kept.
        """,
        "de": """
            ^Dein neuer Welpe – ein Ratgeber der Tierarztpraxis
            ^Die ersten Wochen zu Hause
            Welpen brauchen zwei Impfungen im Abstand von drei bis vier Wochen und sollten erst eine Woche nach der zweiten auf öffentliche Wege.
            Bis zum sechsten Monat monatlich entwurmen, danach alle drei Monate; die Tablette lässt sich zerdrücken und ins Futter mischen.
            | Alter | Was ansteht |↵|---|---|↵| 8 Wochen | erste Impfung und Gesundheitscheck |↵| 12 Wochen | zweite Impfung |↵| 6 Monate | Gespräch über Kastration |↵| 1 Jahr | Auffrischung |
            Ist es normal, dass ein zehn Wochen alter Welpe achtzehn Stunden am Tag schläft?
            - Chip und Registrierung vor der Abgabe↵- Versicherung ist im Welpenalter günstiger↵- Kauen ist normal, der Zahnwechsel dauert bis etwa zum siebten Monat
            Schreib den Ratgeber bitte so um, dass er auf eine A5-Karte passt, freundlich im Ton, mit der Tabelle.
        """,
        "fr": """
            ^Votre chiot – le guide du cabinet vétérinaire
            ^Les premières semaines à la maison
            Le chiot reçoit deux vaccins à trois ou quatre semaines d'intervalle et ne sort sur la voie publique qu'une semaine après le second.
            Vermifugez-le chaque mois jusqu'à six mois, puis tous les trois mois ; le comprimé peut être écrasé dans un peu de pâtée.
            | Âge | Au programme |↵|---|---|↵| 8 semaines | premier vaccin et bilan |↵| 12 semaines | second vaccin |↵| 6 mois | parler de la stérilisation |↵| 1 an | rappel |
            Est-ce normal qu'un chiot de dix semaines dorme dix-huit heures par jour ?
            - Identification obligatoire avant la cession↵- L'assurance coûte moins cher quand il est jeune↵- Mâchouiller est normal, les dents changent jusqu'à sept mois environ
            Réécris ce dépliant pour qu'il tienne sur une carte A5, ton chaleureux, en gardant le tableau.
        """,
        "es": """
            ^Tu cachorro – guía de la clínica veterinaria
            ^Las primeras semanas en casa
            El cachorro necesita dos vacunas separadas tres o cuatro semanas y no debe pasear por la calle hasta una semana después de la segunda.
            Desparasítalo cada mes hasta los seis meses y luego cada tres; la pastilla se puede triturar con un poco de comida.
            | Edad | Qué toca |↵|---|---|↵| 8 semanas | primera vacuna y revisión |↵| 12 semanas | segunda vacuna |↵| 6 meses | hablar de la esterilización |↵| 1 año | recuerdo |
            ¿Es normal que un cachorro de diez semanas duerma dieciocho horas al día?
            - El microchip es obligatorio antes de la venta↵- El seguro sale más barato de cachorro↵- Morder es normal, los dientes cambian hasta los siete meses más o menos
            Reescribe el folleto para que quepa en una tarjeta A5, con tono cercano y conservando la tabla.
        """,
        "nl": """
            ^Je nieuwe pup – een gids van de dierenartspraktijk
            ^De eerste weken thuis
            Pups krijgen twee vaccinaties met drie à vier weken ertussen en gaan pas een week na de tweede de openbare weg op.
            Ontworm tot zes maanden elke maand, daarna elke drie maanden; de tablet kun je fijnmaken door een beetje voer.
            | Leeftijd | Wat er gebeurt |↵|---|---|↵| 8 weken | eerste vaccinatie en controle |↵| 12 weken | tweede vaccinatie |↵| 6 maanden | gesprek over castratie |↵| 1 jaar | herhaling |
            Is het normaal dat een pup van tien weken achttien uur per dag slaapt?
            - Chippen en registreren is verplicht vóór de verkoop↵- Een verzekering is goedkoper zolang hij jong is↵- Kauwen is normaal, de tandenwissel duurt tot ongeveer zeven maanden
            Herschrijf deze folder zodat hij op een A5-kaart past, vriendelijk van toon, met de tabel erbij.
        """,
    }),
    Family("hotel_guest_welcome_folder", P, "blind5", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Welcome to the Harbour View Hotel
            ^Guest information – please leave this folder in the room
            Breakfast is served in the conservatory from 7:00 to 10:30, and until 11:00 on Sundays; ask the night porter for an early packed breakfast.
            The spa on the lower ground floor is open to guests aged sixteen and over; towels and robes are in the wardrobe.
            Check-out is at 11:00. Late check-out until 14:00 can be arranged at reception, subject to availability.
            - Wi-Fi: choose the network with the hotel's name and accept the terms↵- Parking: the barrier opens with your room card↵- Quiet hours: 22:00 to 7:00
            Can you translate this welcome page for our folder, keeping the tone warm and the times exactly as they are?
            Our favourite walk starts at the lighthouse: forty minutes along the cliff path to a café that makes the best crab sandwich in {city}.
        """,
        "de": """
            ^Willkommen im Hotel Hafenblick
            ^Gästeinformation – bitte im Zimmer lassen
            Frühstück gibt es im Wintergarten von 7 bis 10:30 Uhr, sonntags bis 11 Uhr; beim Nachtportier kann man ein Lunchpaket für früh bestellen.
            Der Spa im Untergeschoss ist für Gäste ab sechzehn Jahren geöffnet; Handtücher und Bademäntel liegen im Schrank.
            Abreise bis 11 Uhr. Ein späterer Check-out bis 14 Uhr ist nach Verfügbarkeit an der Rezeption möglich.
            - WLAN: das Netz mit dem Hotelnamen wählen und die Bedingungen bestätigen↵- Parken: die Schranke öffnet mit der Zimmerkarte↵- Nachtruhe: 22 bis 7 Uhr
            Kannst du diese Begrüßungsseite für unsere Mappe übersetzen, herzlich im Ton und mit genau denselben Uhrzeiten?
            Unser Lieblingsweg beginnt am Leuchtturm: vierzig Minuten den Klippenpfad entlang bis zu einem Café mit dem besten Krabbenbrötchen in {city}.
        """,
        "fr": """
            ^Bienvenue à l'Hôtel Vue du Port
            ^Informations pour nos hôtes – merci de laisser ce classeur dans la chambre
            Le petit-déjeuner est servi dans la véranda de 7 h à 10 h 30, jusqu'à 11 h le dimanche ; le veilleur de nuit prépare un panier pour les départs matinaux.
            Le spa au rez-de-jardin est ouvert aux clients dès seize ans ; serviettes et peignoirs sont dans l'armoire.
            Départ avant 11 h. Un départ tardif jusqu'à 14 h est possible à la réception, selon disponibilité.
            - Wi-Fi : choisir le réseau au nom de l'hôtel et accepter les conditions↵- Parking : la barrière s'ouvre avec la carte de chambre↵- Calme : de 22 h à 7 h
            Peux-tu traduire cette page d'accueil pour le classeur, en gardant un ton chaleureux et les horaires tels quels ?
            Notre balade préférée part du phare : quarante minutes par le sentier des falaises jusqu'à un café qui sert le meilleur sandwich au crabe de {city}.
        """,
        "es": """
            ^Bienvenidos al Hotel Vista al Puerto
            ^Información para el huésped – deje esta carpeta en la habitación
            El desayuno se sirve en el invernadero de 7:00 a 10:30, y los domingos hasta las 11:00; el conserje de noche prepara una bolsa para quien sale temprano.
            El spa de la planta baja está abierto a huéspedes a partir de dieciséis años; toallas y albornoces en el armario.
            La salida es a las 11:00. Se puede pedir salida tardía hasta las 14:00 en recepción, según disponibilidad.
            - Wifi: elija la red con el nombre del hotel y acepte las condiciones↵- Aparcamiento: la barrera se abre con la tarjeta de la habitación↵- Silencio: de 22:00 a 7:00
            ¿Puedes traducir esta página de bienvenida para la carpeta, con un tono cálido y los horarios exactamente iguales?
            Nuestro paseo favorito sale del faro: cuarenta minutos por el sendero del acantilado hasta un café con el mejor bocadillo de cangrejo de {city}.
        """,
        "nl": """
            ^Welkom in Hotel Havenzicht
            ^Gasteninformatie – laat deze map op de kamer
            Het ontbijt staat klaar in de serre van 7.00 tot 10.30 uur, op zondag tot 11.00 uur; de nachtportier maakt een lunchpakket voor wie vroeg vertrekt.
            De spa in het souterrain is open voor gasten vanaf zestien jaar; handdoeken en badjassen liggen in de kast.
            Uitchecken vóór 11.00 uur. Laat uitchecken tot 14.00 uur kan aan de receptie, als het past.
            - Wifi: kies het netwerk met de naam van het hotel en accepteer de voorwaarden↵- Parkeren: de slagboom opent met je kamerkaart↵- Nachtrust: 22.00 tot 7.00 uur
            Kun je deze welkomstpagina voor de map vertalen, warm van toon en met precies dezelfde tijden?
            Onze favoriete wandeling begint bij de vuurtoren: veertig minuten over het klifpad naar een café met het lekkerste krabbenbroodje van {city}.
        """,
    }),
    Family("water_bill_explainer", P, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Understanding your water bill
            ^Help pages – billing
            Your bill has two parts: a standing charge that pays for pipes and treatment works, and a volume charge for each cubic metre your meter records.
            We read meters twice a year; in between, the bill uses an estimate based on the same months last year.
            If your usage suddenly doubles, check for a leak: turn off every tap and watch whether the small red dial on the meter still turns.
            | Line on the bill | What it means |↵|---|---|↵| Standing charge | fixed, per day |↵| Water supply | per cubic metre |↵| Wastewater | usually 95% of what you use |↵| Surface water | rain from your roof into the drains |
            Why is my wastewater charge higher than my water charge when I water the garden a lot in summer?
            Make this page easier to read for older customers: shorter sentences, no jargon, and a worked example with a family of four.
        """,
        "de": """
            ^Ihre Wasserrechnung verstehen
            ^Hilfeseiten – Abrechnung
            Die Rechnung hat zwei Teile: einen Grundpreis für Leitungen und Wasserwerk und einen Mengenpreis für jeden Kubikmeter, den der Zähler misst.
            Wir lesen die Zähler einmal im Jahr ab; dazwischen rechnen wir mit Abschlägen nach dem Verbrauch des Vorjahres.
            Wenn sich der Verbrauch plötzlich verdoppelt, prüfen Sie auf ein Leck: alle Hähne zu und schauen, ob sich das kleine rote Rad am Zähler weiterdreht.
            | Posten | Bedeutung |↵|---|---|↵| Grundpreis | fest, pro Tag |↵| Trinkwasser | pro Kubikmeter |↵| Schmutzwasser | nach Frischwassermenge |↵| Niederschlagswasser | Regen vom Dach in den Kanal |
            Warum zahle ich für Schmutzwasser mehr, obwohl ich im Sommer viel Wasser für den Garten brauche?
            Mach die Seite für ältere Kundinnen und Kunden leichter lesbar: kürzere Sätze, keine Fachwörter und ein Rechenbeispiel für eine vierköpfige Familie.
        """,
        "fr": """
            ^Comprendre votre facture d'eau
            ^Pages d'aide – facturation
            La facture comprend un abonnement qui finance les réseaux et l'usine de traitement, et une part variable par mètre cube relevé au compteur.
            Les compteurs sont relevés deux fois par an ; entre deux relevés, la facture repose sur une estimation des mêmes mois l'an dernier.
            Si votre consommation double soudain, cherchez une fuite : fermez tous les robinets et regardez si la petite roue rouge du compteur tourne encore.
            | Ligne de la facture | Ce qu'elle veut dire |↵|---|---|↵| Abonnement | fixe, par jour |↵| Eau potable | au mètre cube |↵| Assainissement | selon le volume consommé |↵| Eaux pluviales | la pluie du toit vers les égouts |
            Pourquoi l'assainissement me coûte-t-il plus cher que l'eau alors que j'arrose beaucoup le jardin l'été ?
            Rends cette page plus lisible pour nos clients âgés : phrases courtes, sans jargon, avec un exemple chiffré pour une famille de quatre.
        """,
        "es": """
            ^Entender su factura del agua
            ^Páginas de ayuda – facturación
            La factura tiene dos partes: una cuota fija que paga las tuberías y la depuradora, y una parte variable por cada metro cúbico que marca el contador.
            Leemos los contadores dos veces al año; entre lecturas, la factura usa una estimación de los mismos meses del año anterior.
            Si el consumo se duplica de repente, busque una fuga: cierre todos los grifos y mire si la ruedecita roja del contador sigue girando.
            | Concepto | Qué significa |↵|---|---|↵| Cuota fija | por día |↵| Abastecimiento | por metro cúbico |↵| Alcantarillado | según el agua consumida |↵| Pluviales | la lluvia del tejado a la red |
            ¿Por qué pago más de alcantarillado que de agua si en verano riego mucho el jardín?
            Haz esta página más fácil de leer para clientes mayores: frases cortas, sin tecnicismos y con un ejemplo para una familia de cuatro.
        """,
        "nl": """
            ^Uw waterrekening uitgelegd
            ^Hulppagina's – facturen
            De rekening bestaat uit vastrecht voor leidingen en zuivering en een bedrag per kubieke meter die uw watermeter registreert.
            We lezen de meter eens per jaar uit; daartussen betaalt u voorschotten op basis van uw verbruik van vorig jaar.
            Verdubbelt uw verbruik ineens, zoek dan een lek: draai alle kranen dicht en kijk of het kleine rode wieltje op de meter blijft draaien.
            | Regel op de rekening | Betekenis |↵|---|---|↵| Vastrecht | vast, per dag |↵| Drinkwater | per kubieke meter |↵| Afvalwater | naar wat u verbruikt |↵| Hemelwater | regen van uw dak naar het riool |
            Waarom betaal ik meer voor afvalwater dan voor drinkwater als ik 's zomers veel de tuin sproei?
            Maak deze pagina leesbaarder voor oudere klanten: kortere zinnen, geen vaktaal en een rekenvoorbeeld voor een gezin van vier.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("harbour_berth_schedule", I, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Port operations – berth plan, week {n}
            ^Quay allocation and pilotage, draft for the morning meeting
            | Berth | Vessel type | Arrival | Cranes | Note |↵|---|---|---|---|---|↵| 3 | container feeder | Mon 06:00 | 2 | reefer plugs needed |↵| 5 | bulk carrier | Tue high tide | grab | draught limit 11.2 m |↵| 7 | ro-ro ferry | daily 14:30 | ramp | priority berth |
            The bulk carrier can only come in on the morning high tide; if she misses Tuesday's window the next one is Thursday, and berth 5 has to stay free until then.
            Crane 4 is out for its annual inspection from Wednesday noon, so the feeder on berth 3 works with two cranes instead of three.
            Pilots ask for a day's notice of any change to the arrival order; the pilot launch is short of one crew on the night shift.
            Can you turn the table into a short message for the stevedore gangs with who works where and when?
            - Dredging in the turning basin Friday night↵- Fuel barge alongside berth 7 only between ferry calls↵- Reefer monitoring rota unchanged
        """,
        "de": """
            ^Hafenbetrieb – Liegeplatzplan, KW {n}
            ^Kaiverteilung und Lotsen, Entwurf für die Frühbesprechung
            | Liegeplatz | Schiffstyp | Ankunft | Kräne | Hinweis |↵|---|---|---|---|---|↵| 3 | Containerfeeder | Mo 06:00 | 2 | Kühlcontaineranschlüsse |↵| 5 | Massengutfrachter | Di Hochwasser | Greifer | Tiefgang max. 11,2 m |↵| 7 | Ro-Ro-Fähre | täglich 14:30 | Rampe | Vorrang |
            Der Massengutfrachter kommt nur mit dem Morgenhochwasser herein; verpasst er das Fenster am Dienstag, ist das nächste am Donnerstag, und Platz 5 bleibt bis dahin frei.
            Kran 4 ist ab Mittwochmittag zur Jahresprüfung außer Betrieb, der Feeder an Platz 3 arbeitet also mit zwei statt drei Kränen.
            Die Lotsen brauchen jede Änderung der Reihenfolge einen Tag vorher; auf dem Lotsenboot fehlt nachts ein Besatzungsmitglied.
            Kannst du aus der Tabelle eine kurze Nachricht an die Stauerkolonnen machen, wer wann wo arbeitet?
            - Baggerarbeiten im Wendebecken Freitagnacht↵- Bunkerboot an Platz 7 nur zwischen den Fähranläufen↵- Dienstplan Kühlcontainer unverändert
        """,
        "fr": """
            ^Exploitation portuaire – plan des postes à quai, semaine {n}
            ^Affectation des quais et pilotage, projet pour la réunion du matin
            | Poste | Type de navire | Arrivée | Grues | Remarque |↵|---|---|---|---|---|↵| 3 | feeder conteneurs | lun. 6 h | 2 | prises frigorifiques |↵| 5 | vraquier | mar. pleine mer | benne | tirant d'eau 11,2 m max |↵| 7 | ferry roulier | tous les jours 14 h 30 | rampe | prioritaire |
            Le vraquier ne peut entrer qu'à la pleine mer du matin ; s'il rate mardi, la fenêtre suivante est jeudi, et le poste 5 reste libre jusque-là.
            La grue 4 part en visite annuelle mercredi midi : le feeder du poste 3 travaillera avec deux grues au lieu de trois.
            Les pilotes veulent un jour de préavis pour tout changement d'ordre d'arrivée ; il manque un marin sur la vedette de pilotage la nuit.
            Peux-tu transformer le tableau en message court pour les équipes de dockers : qui travaille où et quand ?
            - Dragage du bassin d'évitage vendredi soir↵- Barge de soutage au poste 7 seulement entre deux ferries↵- Planning de surveillance des conteneurs frigorifiques inchangé
        """,
        "es": """
            ^Operaciones portuarias – plan de atraques, semana {n}
            ^Asignación de muelles y practicaje, borrador para la reunión de la mañana
            | Atraque | Tipo de buque | Llegada | Grúas | Nota |↵|---|---|---|---|---|↵| 3 | feeder de contenedores | lun 6:00 | 2 | tomas para reefers |↵| 5 | granelero | mar pleamar | cuchara | calado máx. 11,2 m |↵| 7 | ferry ro-ro | diario 14:30 | rampa | atraque prioritario |
            El granelero solo puede entrar con la pleamar de la mañana; si pierde la ventana del martes, la siguiente es el jueves y el atraque 5 queda libre hasta entonces.
            La grúa 4 sale a revisión anual el miércoles a mediodía, así que el feeder del atraque 3 trabaja con dos grúas en vez de tres.
            Los prácticos piden un día de aviso para cualquier cambio en el orden de llegada; a la lancha le falta un tripulante en el turno de noche.
            ¿Puedes convertir la tabla en un mensaje corto para las cuadrillas de estiba, con quién trabaja dónde y cuándo?
            - Dragado en la dársena de maniobra el viernes por la noche↵- Gabarra de combustible en el atraque 7 solo entre escalas del ferry↵- Turnos de vigilancia de reefers sin cambios
        """,
        "nl": """
            ^Havenbedrijf – ligplaatsplanning, week {n}
            ^Kadeverdeling en loodsen, concept voor het ochtendoverleg
            | Ligplaats | Type schip | Aankomst | Kranen | Opmerking |↵|---|---|---|---|---|↵| 3 | containerfeeder | ma 06.00 | 2 | reeferaansluitingen |↵| 5 | bulkcarrier | di hoogwater | grijper | diepgang max 11,2 m |↵| 7 | ro-ro-veerboot | dagelijks 14.30 | klep | voorrang |
            De bulkcarrier kan alleen met het ochtendhoogwater binnenkomen; mist hij dinsdag, dan is donderdag het volgende venster en blijft ligplaats 5 tot dan vrij.
            Kraan 4 gaat woensdagmiddag uit bedrijf voor de jaarlijkse keuring, dus de feeder op ligplaats 3 werkt met twee kranen in plaats van drie.
            De loodsen willen een dag vooraf weten of de volgorde verandert; op de loodsboot ontbreekt in de nachtdienst één bemanningslid.
            Kun je van de tabel een kort bericht maken voor de stuwadoorsploegen, met wie waar en wanneer werkt?
            - Baggerwerk in de zwaaikom vrijdagnacht↵- Bunkerschip aan ligplaats 7 alleen tussen de veerbootaanlopen↵- Rooster reefercontrole ongewijzigd
        """,
    }),
    Family("hotel_housekeeping_plan", I, "blind5", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Housekeeping – daily room plan
            ^Floors 2 to 4, morning shift
            We have {n} departures and a coach group arriving at 15:00, so departures on the second floor are cleaned first and inspected by 14:30.
            | Floor | Departures | Stay-overs | Attendant |↵|---|---|---|---|↵| 2 | 14 | 6 | {first} |↵| 3 | 9 | 11 | two agency staff |↵| 4 | 5 | 15 | supervisor helps after 12:00 |
            Linen par is down to two sets per bed after the laundry van broke down; use the spare duvet covers from the storeroom on floor 4.
            Rooms 312 and 318 are on deep clean this week: curtains down, mattresses turned, grout in the showers scrubbed.
            Please rewrite this plan as a short briefing I can read out at the 7:30 line-up, no more than a minute.
            Who covers the public toilets in the lobby when the porter is on his break?
        """,
        "de": """
            ^Housekeeping – Zimmerplan des Tages
            ^Etagen 2 bis 4, Frühschicht
            Wir haben {n} Abreisen und eine Busgruppe um 15 Uhr; die Abreisen im zweiten Stock werden zuerst gemacht und bis 14:30 abgenommen.
            | Etage | Abreisen | Bleiber | Zimmermädchen |↵|---|---|---|---|↵| 2 | 14 | 6 | {first} |↵| 3 | 9 | 11 | zwei Leihkräfte |↵| 4 | 5 | 15 | Hausdame hilft ab 12 Uhr |
            Seit der Wäschereiwagen ausgefallen ist, haben wir nur noch zwei Garnituren pro Bett; nehmt die Ersatzbezüge aus dem Lager im vierten Stock.
            Die Zimmer 312 und 318 sind diese Woche in der Grundreinigung: Vorhänge ab, Matratzen wenden, Fugen in den Duschen schrubben.
            Schreib den Plan als kurze Ansprache um, die ich beim Treffen um 7:30 vorlesen kann, höchstens eine Minute.
            Wer übernimmt die Gästetoiletten in der Lobby, wenn der Hausmeister Pause macht?
        """,
        "fr": """
            ^Étages – planning des chambres du jour
            ^Étages 2 à 4, équipe du matin
            Nous avons {n} départs et un groupe en car qui arrive à 15 h : les départs du deuxième étage passent en premier et sont contrôlés avant 14 h 30.
            | Étage | Départs | Recouches | Femme de chambre |↵|---|---|---|---|↵| 2 | 14 | 6 | {first} |↵| 3 | 9 | 11 | deux intérimaires |↵| 4 | 5 | 15 | la gouvernante aide après midi |
            Depuis la panne du camion de la blanchisserie, il ne reste que deux parures par lit ; prenez les housses de rechange dans la réserve du quatrième.
            Les chambres 312 et 318 sont en grand nettoyage cette semaine : rideaux décrochés, matelas retournés, joints des douches frottés.
            Réécris ce planning en un briefing court à lire au point de 7 h 30, une minute au plus.
            Qui s'occupe des toilettes du hall quand le bagagiste est en pause ?
        """,
        "es": """
            ^Pisos – plan de habitaciones del día
            ^Plantas 2 a 4, turno de mañana
            Hay {n} salidas y un grupo en autocar que llega a las 15:00, así que las salidas de la segunda planta se hacen primero y se revisan antes de las 14:30.
            | Planta | Salidas | Clientes que siguen | Camarera |↵|---|---|---|---|↵| 2 | 14 | 6 | {first} |↵| 3 | 9 | 11 | dos de la agencia |↵| 4 | 5 | 15 | la gobernanta ayuda desde las 12:00 |
            Desde que se averió la furgoneta de la lavandería solo quedan dos juegos de sábanas por cama; usad las fundas de repuesto del almacén de la cuarta.
            Las habitaciones 312 y 318 tienen limpieza a fondo esta semana: cortinas fuera, colchones girados y juntas de las duchas frotadas.
            Reescribe el plan como una charla corta para leer en la reunión de las 7:30, no más de un minuto.
            ¿Quién cubre los aseos del vestíbulo cuando el botones está en su descanso?
        """,
        "nl": """
            ^Housekeeping – kamerplanning van vandaag
            ^Verdiepingen 2 tot 4, vroege dienst
            We hebben {n} vertrekken en een busgroep die om 15.00 uur aankomt, dus de vertrekken op de tweede verdieping gaan eerst en zijn om 14.30 uur gecontroleerd.
            | Verdieping | Vertrekken | Blijvers | Kamermeisje |↵|---|---|---|---|↵| 2 | 14 | 6 | {first} |↵| 3 | 9 | 11 | twee uitzendkrachten |↵| 4 | 5 | 15 | leidinggevende helpt na 12.00 |
            Sinds de wasserijbus kapot is, hebben we nog maar twee sets per bed; gebruik de reservedekbedovertrekken uit het magazijn op vier.
            Kamers 312 en 318 krijgen deze week een grote schoonmaak: gordijnen eraf, matrassen gedraaid, voegen in de douches geschrobd.
            Herschrijf de planning als een korte briefing die ik om 7.30 uur bij de opstelling kan voorlezen, hooguit een minuut.
            Wie doet de toiletten in de lobby als de portier pauze heeft?
        """,
    }),
    Family("film_call_sheet", I, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Call sheet – shooting day {n} of 32
            ^Unit call 07:00, location: the old rope works, {city}
            | Scene | Set | Cast | Pages |↵|---|---|---|---|↵| 41 | ext. quay, dawn | lead, harbour master | 2 3/8 |↵| 44 | int. rope loft | lead, sister | 1 5/8 |↵| 47 | ext. yard, rain | extras x20 | 4/8 |
            Weather cover: if the wind is above force six, we move to scene 52 in the loft and the quay scene goes to Friday.
            Unit base and catering are in the school car park; crew parking is on the industrial estate, with a minibus every fifteen minutes.
            Rain towers and the generator arrive at 06:00; the electrical team needs the yard clear of extras until they are rigged.
            Can you reformat this call sheet as a one-page PDF-ready table, keeping the scene order?
            - Lunch 13:00↵- Camera wrap 19:00↵- Dailies in the production office at 21:00
        """,
        "de": """
            ^Dispo – Drehtag {n} von 32
            ^Drehbeginn 7 Uhr, Motiv: die alte Seilerei, {city}
            | Bild | Motiv | Darsteller | Seiten |↵|---|---|---|---|↵| 41 | Kai, außen, Morgendämmerung | Hauptrolle, Hafenmeister | 2 3/8 |↵| 44 | Seilboden, innen | Hauptrolle, Schwester | 1 5/8 |↵| 47 | Hof, außen, Regen | 20 Komparsen | 4/8 |
            Schlechtwetter-Ersatz: über Windstärke sechs wechseln wir zu Bild 52 auf dem Boden, die Kaiszene geht auf Freitag.
            Basis und Catering sind auf dem Schulparkplatz; das Team parkt im Gewerbegebiet, der Kleinbus pendelt alle fünfzehn Minuten.
            Regentürme und Aggregat kommen um 6 Uhr; die Beleuchter brauchen den Hof ohne Komparsen, bis alles aufgebaut ist.
            Kannst du die Dispo als einseitige Tabelle neu setzen, in derselben Reihenfolge der Bilder?
            - Mittag 13 Uhr↵- Drehschluss 19 Uhr↵- Muster im Produktionsbüro um 21 Uhr
        """,
        "fr": """
            ^Feuille de service – jour de tournage {n} sur 32
            ^Convocation 7 h, décor : l'ancienne corderie, {city}
            | Séquence | Décor | Comédiens | Pages |↵|---|---|---|---|↵| 41 | ext. quai, aube | rôle principal, capitaine de port | 2 3/8 |↵| 44 | int. grenier | rôle principal, sœur | 1 5/8 |↵| 47 | ext. cour, pluie | 20 figurants | 4/8 |
            Solution de repli : au-delà de force six, on passe à la séquence 52 au grenier et le quai est reporté à vendredi.
            La base et la cantine sont sur le parking de l'école ; l'équipe se gare dans la zone d'activités, navette toutes les quinze minutes.
            Les tours à pluie et le groupe électrogène arrivent à 6 h ; les électros ont besoin de la cour sans figurants jusqu'à la fin de l'installation.
            Peux-tu remettre cette feuille de service en un tableau d'une page, dans le même ordre de séquences ?
            - Déjeuner 13 h↵- Fin de tournage 19 h↵- Rushes au bureau de production à 21 h
        """,
        "es": """
            ^Orden de rodaje – día {n} de 32
            ^Citación 7:00, localización: la antigua cordelería, {city}
            | Secuencia | Decorado | Reparto | Páginas |↵|---|---|---|---|↵| 41 | ext. muelle, amanecer | protagonista, capitán del puerto | 2 3/8 |↵| 44 | int. desván | protagonista, hermana | 1 5/8 |↵| 47 | ext. patio, lluvia | 20 figurantes | 4/8 |
            Plan B por tiempo: con viento de fuerza seis o más pasamos a la secuencia 52 en el desván y el muelle se va al viernes.
            La base y el catering están en el aparcamiento del colegio; el equipo aparca en el polígono y hay minibús cada quince minutos.
            Las torres de lluvia y el generador llegan a las 6:00; eléctricos necesitan el patio sin figuración hasta terminar el montaje.
            ¿Puedes rehacer esta orden de rodaje como una tabla de una página, con el mismo orden de secuencias?
            - Comida 13:00↵- Fin de rodaje 19:00↵- Copión en la oficina de producción a las 21:00
        """,
        "nl": """
            ^Callsheet – draaidag {n} van 32
            ^Crew call 07.00 uur, locatie: de oude touwslagerij, {city}
            | Scène | Decor | Cast | Pagina's |↵|---|---|---|---|↵| 41 | ext. kade, dageraad | hoofdrol, havenmeester | 2 3/8 |↵| 44 | int. touwzolder | hoofdrol, zus | 1 5/8 |↵| 47 | ext. binnenplaats, regen | 20 figuranten | 4/8 |
            Slechtweerplan: boven windkracht zes schuiven we naar scène 52 op de zolder en gaat de kade naar vrijdag.
            Basis en catering staan op het parkeerterrein van de school; de crew parkeert op het bedrijventerrein, elk kwartier een pendelbusje.
            De regentorens en het aggregaat komen om 06.00 uur; de belichters willen de binnenplaats vrij van figuranten tot alles hangt.
            Kun je deze callsheet omzetten in een tabel van één pagina, in dezelfde scènevolgorde?
            - Lunch 13.00 uur↵- Einde draaidag 19.00 uur↵- Rushes op het productiekantoor om 21.00 uur
        """,
    }),
    Family("hangar_check_planning", I, "blind5", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Line and base maintenance – hangar slot plan, week {n}
            ^A-check planning, night shift handover
            | Aircraft | Check | Hangar slot | Open items |↵|---|---|---|---|↵| regional jet no. 4 | A-check | Mon–Tue nights | cabin lights, lav drain valve |↵| turboprop no. 2 | weekly | Wed night | brake wear pins |↵| regional jet no. 7 | A-check | Thu–Fri nights | galley oven, seat 12C recline |
            The nitrogen cart is booked by the tyre shop until midnight, so wheel changes on the turboprop start after that.
            Two work packages are still waiting for parts from the central store: a cabin pressure sensor and a set of wiper blades.
            The borescope kit is back from calibration; whoever signs it out writes the serial number in the tool log, not on the whiteboard.
            Can you merge these notes into one clear handover for the day shift, open items first?
            - Hangar doors stay closed below five degrees↵- Fuel bowser on stand 3 only↵- Toolbox check at the end of every shift
        """,
        "de": """
            ^Instandhaltung – Hangarplanung, KW {n}
            ^A-Check-Planung, Übergabe Nachtschicht
            | Flugzeug | Check | Hangarplatz | Offene Punkte |↵|---|---|---|---|↵| Regionaljet Nr. 4 | A-Check | Mo–Di nachts | Kabinenlicht, Ablassventil Toilette |↵| Turboprop Nr. 2 | Wochencheck | Mi nachts | Bremsverschleißstifte |↵| Regionaljet Nr. 7 | A-Check | Do–Fr nachts | Bordofen, Sitz 12C |
            Der Stickstoffwagen ist bis Mitternacht bei der Reifenwerkstatt, die Radwechsel am Turboprop beginnen also danach.
            Zwei Arbeitspakete warten noch auf Teile aus dem Zentrallager: einen Kabinendrucksensor und einen Satz Scheibenwischer.
            Das Boroskop ist aus der Kalibrierung zurück; wer es ausleiht, trägt die Seriennummer ins Werkzeugbuch ein, nicht auf das Whiteboard.
            Kannst du die Notizen zu einer klaren Übergabe an die Tagschicht zusammenführen, offene Punkte zuerst?
            - Hangartore unter fünf Grad geschlossen halten↵- Tankwagen nur auf Position 3↵- Werkzeugkontrolle am Ende jeder Schicht
        """,
        "fr": """
            ^Maintenance – planning des créneaux hangar, semaine {n}
            ^Planification des visites A, passation de l'équipe de nuit
            | Avion | Visite | Créneau hangar | Points ouverts |↵|---|---|---|---|↵| jet régional n° 4 | visite A | nuits lun.–mar. | éclairage cabine, vanne de vidange toilettes |↵| turbopropulseur n° 2 | hebdomadaire | nuit de mer. | témoins d'usure des freins |↵| jet régional n° 7 | visite A | nuits jeu.–ven. | four office, siège 12C |
            Le chariot d'azote est réservé par l'atelier pneus jusqu'à minuit ; les changements de roues du turbopropulseur commencent après.
            Deux dossiers de travail attendent encore des pièces du magasin central : un capteur de pressurisation et un jeu d'essuie-glaces.
            Le boroscope revient d'étalonnage ; celui qui l'emprunte note le numéro de série dans le registre d'outillage, pas sur le tableau blanc.
            Peux-tu fusionner ces notes en une passation claire pour l'équipe de jour, points ouverts en premier ?
            - Portes du hangar fermées sous cinq degrés↵- Camion avitailleur au poste 3 uniquement↵- Contrôle des caisses à outils à chaque fin de poste
        """,
        "es": """
            ^Mantenimiento – plan de huecos en hangar, semana {n}
            ^Planificación de revisiones A, relevo del turno de noche
            | Avión | Revisión | Hueco en hangar | Pendientes |↵|---|---|---|---|↵| reactor regional n.º 4 | revisión A | noches lun–mar | luces de cabina, válvula de drenaje del aseo |↵| turbohélice n.º 2 | semanal | noche del miér | indicadores de desgaste de frenos |↵| reactor regional n.º 7 | revisión A | noches jue–vie | horno de galley, asiento 12C |
            El carro de nitrógeno lo tiene el taller de neumáticos hasta medianoche, así que los cambios de rueda del turbohélice empiezan después.
            Dos paquetes de trabajo siguen esperando piezas del almacén central: un sensor de presión de cabina y un juego de limpiaparabrisas.
            El boroscopio ha vuelto de calibración; quien lo saque apunta el número de serie en el registro de herramientas, no en la pizarra.
            ¿Puedes unir estas notas en un relevo claro para el turno de día, con los pendientes primero?
            - Puertas del hangar cerradas por debajo de cinco grados↵- Cisterna de combustible solo en el puesto 3↵- Revisión de cajas de herramientas al final de cada turno
        """,
        "nl": """
            ^Onderhoud – hangarplanning, week {n}
            ^Planning A-checks, overdracht nachtdienst
            | Toestel | Check | Hangarslot | Openstaande punten |↵|---|---|---|---|↵| regionale jet nr. 4 | A-check | ma–di nacht | cabineverlichting, aftapklep toilet |↵| turboprop nr. 2 | weekcheck | wo nacht | slijtagepennen remmen |↵| regionale jet nr. 7 | A-check | do–vr nacht | oven in de galley, stoel 12C |
            De stikstofkar is tot middernacht van de bandenwerkplaats, dus de wielwissels aan de turboprop beginnen daarna.
            Twee werkpakketten wachten nog op onderdelen uit het centrale magazijn: een cabinedruksensor en een set ruitenwissers.
            De boroscoop is terug van kalibratie; wie hem leent, schrijft het serienummer in het gereedschapslogboek, niet op het whiteboard.
            Kun je deze aantekeningen samenvoegen tot één duidelijke overdracht voor de dagdienst, openstaande punten eerst?
            - Hangardeuren dicht onder vijf graden↵- Tankwagen alleen op opstelplaats 3↵- Gereedschapscontrole aan het eind van elke dienst
        """,
    }),
    Family("farm_coop_field_plan", I, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Co-operative field plan – spring {year}
            ^Members' machinery sharing and spraying windows
            | Field | Crop | Drilling | Fertiliser | Sprayer slot |↵|---|---|---|---|---|↵| Long Meadow | spring barley | early April | 110 kg N | week 17 |↵| Church Field | sugar beet | mid April | 120 kg N | week 19 |↵| Top Ground | field beans | late March | none | week 16 |
            The shared drill goes to the farms on the heavy clay first, since they can only work the ground in a short dry spell.
            No spraying when the wind is above ten km/h or rain is forecast within six hours; log every pass in the co-op sprayer book.
            The grain store will be cleaned and fumigated in June, so any old-crop wheat has to be collected by the end of May.
            Can you turn this plan into a short WhatsApp-style message for the members, one line per farm?
            - Soil samples from all beet fields before drilling↵- Hedge cutting banned from March to August↵- Next members' meeting in the barn after the spring drilling
        """,
        "de": """
            ^Feldplan der Genossenschaft – Frühjahr {year}
            ^Maschinenteilung und Spritzfenster für die Mitglieder
            | Schlag | Kultur | Aussaat | Düngung | Spritztermin |↵|---|---|---|---|---|↵| Lange Wiese | Sommergerste | Anfang April | 110 kg N | KW 17 |↵| Kirchacker | Zuckerrüben | Mitte April | 120 kg N | KW 19 |↵| Oberfeld | Ackerbohnen | Ende März | keine | KW 16 |
            Die gemeinsame Drillmaschine geht zuerst zu den Betrieben auf schwerem Ton, weil die nur in einer kurzen Trockenphase auf den Acker können.
            Nicht spritzen bei Wind über zehn km/h oder Regen innerhalb von sechs Stunden; jede Überfahrt ins Spritzbuch der Genossenschaft eintragen.
            Das Getreidelager wird im Juni gereinigt und begast, Weizen aus der alten Ernte muss bis Ende Mai abgeholt sein.
            Kannst du aus dem Plan eine kurze Nachricht für die Mitglieder machen, eine Zeile pro Hof?
            - Bodenproben von allen Rübenschlägen vor der Aussaat↵- Heckenschnitt von März bis August verboten↵- Nächste Mitgliederversammlung nach der Frühjahrssaat in der Scheune
        """,
        "fr": """
            ^Plan de culture de la coopérative – printemps {year}
            ^Partage du matériel et créneaux de pulvérisation
            | Parcelle | Culture | Semis | Fertilisation | Créneau pulvé |↵|---|---|---|---|---|↵| Le Grand Pré | orge de printemps | début avril | 110 kg N | semaine 17 |↵| Champ de l'église | betterave | mi-avril | 120 kg N | semaine 19 |↵| Les Hauts | féveroles | fin mars | aucune | semaine 16 |
            Le semoir commun va d'abord chez les exploitations en argile lourde, qui ne peuvent entrer dans les champs que pendant une courte fenêtre sèche.
            Pas de traitement au-delà de dix km/h de vent ni si la pluie est prévue dans les six heures ; chaque passage est noté dans le cahier du pulvérisateur.
            Le silo sera nettoyé et traité en juin : le blé de l'ancienne récolte doit être enlevé avant la fin mai.
            Peux-tu transformer ce plan en message court pour les adhérents, une ligne par ferme ?
            - Analyses de sol sur toutes les parcelles de betteraves avant semis↵- Taille des haies interdite de mars à août↵- Prochaine réunion des adhérents dans la grange après les semis
        """,
        "es": """
            ^Plan de cultivos de la cooperativa – primavera {year}
            ^Reparto de maquinaria y ventanas de tratamiento
            | Parcela | Cultivo | Siembra | Abonado | Turno de pulverizador |↵|---|---|---|---|---|↵| Prado Largo | cebada de primavera | principios de abril | 110 kg N | semana 17 |↵| Campo de la Iglesia | remolacha | mediados de abril | 120 kg N | semana 19 |↵| Loma Alta | habas | finales de marzo | ninguno | semana 16 |
            La sembradora común va primero a las explotaciones de arcilla pesada, que solo pueden entrar al campo en una ventana seca corta.
            No se trata con viento de más de diez km/h ni con lluvia prevista en seis horas; cada pasada se apunta en el cuaderno del pulverizador.
            El silo se limpia y se fumiga en junio, así que el trigo de la cosecha anterior tiene que retirarse antes de finales de mayo.
            ¿Puedes convertir este plan en un mensaje corto para los socios, una línea por explotación?
            - Análisis de suelo en todas las parcelas de remolacha antes de sembrar↵- Prohibido podar setos de marzo a agosto↵- Próxima asamblea de socios en el granero después de la siembra
        """,
        "nl": """
            ^Bouwplan van de coöperatie – voorjaar {year}
            ^Machinedeling en spuitvensters voor de leden
            | Perceel | Gewas | Zaaien | Bemesting | Spuitslot |↵|---|---|---|---|---|↵| Lange Weide | zomergerst | begin april | 110 kg N | week 17 |↵| Kerkakker | suikerbieten | half april | 120 kg N | week 19 |↵| Hoge Kamp | veldbonen | eind maart | geen | week 16 |
            De gedeelde zaaimachine gaat eerst naar de bedrijven op zware klei, want die kunnen alleen in een korte droge periode het land op.
            Niet spuiten bij wind boven tien km/u of regen binnen zes uur; elke werkgang komt in het spuitboek van de coöperatie.
            Het graanpakhuis wordt in juni schoongemaakt en begast, dus tarwe van de oude oogst moet eind mei opgehaald zijn.
            Kun je van dit plan een kort berichtje voor de leden maken, één regel per bedrijf?
            - Grondmonsters van alle bietenpercelen vóór het zaaien↵- Heggen snoeien verboden van maart tot augustus↵- Volgende ledenvergadering in de schuur na het voorjaarszaaien
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("vet_unpaid_bill_welfare_note", C, "blind5", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Practice manager's note – client account {name}
            ^Outstanding balance and welfare concern, for the partners
            {name} owes {amount} for her collie's cruciate surgery and has paid nothing since {date}; she told the nurse she lost her job at the cannery in spring.
            At the recheck the dog was thin, the wound had not been cleaned, and the cone had been taken off; the nurse thinks the owner cannot afford the food, let alone the medicine.
            The client asked us not to tell her ex-partner anything if he rings, because he is trying to get the dog back through his solicitor.
            She answers only in the evenings on {phone}; the front desk should not leave messages about money on that number, her daughter picks it up.
            Proposed: a payment plan of a small monthly amount, the rest written off from the hardship fund, and a welfare visit by the senior vet in a fortnight.
            Draft a kind but clear letter to her about the plan, without mentioning the neglect worry or her job.
        """,
        "de": """
            ^Notiz der Praxismanagerin – Kundenkonto {name}
            ^Offener Betrag und Sorge um das Tier, für die Praxisinhaber
            {name} schuldet {amount} für die Kreuzband-OP ihres Collies und hat seit dem {date} nichts gezahlt; der Helferin hat sie erzählt, dass sie im Frühjahr ihre Stelle in der Konservenfabrik verloren hat.
            Bei der Nachkontrolle war der Hund mager, die Wunde ungereinigt und der Trichter abgenommen; die Helferin glaubt, die Besitzerin kann sich nicht einmal das Futter leisten.
            Die Kundin bat uns, ihrem Ex-Partner nichts zu sagen, falls er anruft, weil er den Hund über seinen Anwalt zurückhaben will.
            Erreichbar ist sie nur abends unter {phone}; die Anmeldung soll auf dieser Nummer nichts zum Geld hinterlassen, dort geht ihre Tochter ran.
            Vorschlag: Ratenzahlung mit kleinem Monatsbetrag, der Rest aus dem Härtefonds erlassen, und in zwei Wochen ein Kontrollbesuch der Oberärztin.
            Entwirf einen freundlichen, aber klaren Brief an sie zur Ratenzahlung, ohne die Sorge um den Hund oder ihre Arbeit zu erwähnen.
        """,
        "fr": """
            ^Note de la responsable du cabinet – compte client {name}
            ^Impayé et inquiétude pour l'animal, à l'attention des associés
            {name} doit {amount} pour l'opération des ligaments de son colley et n'a rien réglé depuis le {date} ; elle a dit à l'ASV qu'elle avait perdu son emploi à la conserverie au printemps.
            Au contrôle, le chien était maigre, la plaie pas nettoyée et la collerette retirée ; l'ASV pense que la propriétaire n'a même pas de quoi le nourrir.
            La cliente nous a demandé de ne rien dire à son ex-compagnon s'il appelle, car il cherche à récupérer le chien par l'intermédiaire de son avocat.
            Elle ne répond que le soir au {phone} ; l'accueil ne doit pas laisser de message sur l'argent à ce numéro, c'est sa fille qui décroche.
            Proposition : un échéancier avec une petite mensualité, le reste pris en charge par le fonds de solidarité, et une visite de contrôle du vétérinaire senior dans quinze jours.
            Rédige-lui une lettre bienveillante mais claire sur l'échéancier, sans parler de nos craintes pour le chien ni de son emploi.
        """,
        "es": """
            ^Nota de la gerente de la clínica – cuenta de cliente {name}
            ^Deuda pendiente y preocupación por el animal, para los socios
            {name} debe {amount} por la operación de ligamento de su collie y no ha pagado nada desde el {date}; le contó a la auxiliar que perdió su trabajo en la conservera en primavera.
            En la revisión el perro estaba delgado, la herida sin limpiar y le habían quitado el collar isabelino; la auxiliar cree que la dueña no puede ni comprarle pienso.
            La clienta nos pidió que no le digamos nada a su expareja si llama, porque intenta recuperar el perro a través de su abogado.
            Solo contesta por las tardes en el {phone}; recepción no debe dejar mensajes sobre dinero en ese número, lo coge su hija.
            Propuesta: un plan de pagos con una cuota mensual pequeña, el resto condonado con el fondo social y una visita de control de la veterinaria jefa en quince días.
            Redacta una carta amable pero clara sobre el plan de pagos, sin mencionar la preocupación por el perro ni su trabajo.
        """,
        "nl": """
            ^Notitie van de praktijkmanager – klantaccount {name}
            ^Openstaand bedrag en zorg om het dier, voor de maten
            {name} heeft nog {amount} open voor de kruisbandoperatie van haar collie en betaalt sinds {date} niets; tegen de assistente zei ze dat ze in het voorjaar haar baan bij de conservenfabriek kwijtraakte.
            Bij de nacontrole was de hond mager, de wond niet schoongehouden en de kap eraf; de assistente denkt dat de eigenaar niet eens het voer kan betalen.
            De klant vroeg ons haar ex-partner niets te vertellen als hij belt, omdat hij de hond via zijn advocaat terug probeert te krijgen.
            Ze neemt alleen 's avonds op via {phone}; de balie laat op dat nummer geen berichten over geld achter, haar dochter neemt op.
            Voorstel: een betalingsregeling met een klein maandbedrag, de rest kwijtgescholden uit het noodfonds, en over twee weken een controlebezoek van de senior dierenarts.
            Schrijf haar een vriendelijke maar duidelijke brief over de regeling, zonder onze zorg om de hond of haar baan te noemen.
        """,
    }),
    Family("hotel_guest_incident_file", C, "blind5", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Duty manager's incident file – room {n}
            ^Guest taken ill, night of {date}
            At 02:40 the night porter found {name} on the bathroom floor after the room next door reported a fall; he was conscious but confused and could not say what he had taken.
            There were several blister packs of heart tablets on the bedside table and an empty bottle from the minibar; the paramedics took him to the {city} general hospital.
            He had checked in alone under his company's booking, but a woman who said she was his partner called at 06:00 asking for the room number; we gave her nothing.
            His wife, listed as the emergency contact on the booking, has not been told yet; the company's travel desk asked us to send the report only to {email}.
            The cleaning team bagged his belongings and the safe contents with two witnesses; the bag is in the manager's office until someone collects it.
            Write a factual summary for our insurer that leaves out the medication and the phone call, and a separate note for the general manager with everything.
        """,
        "de": """
            ^Vorfallakte der Dienstleitung – Zimmer {n}
            ^Gast erkrankt, Nacht zum {date}
            Um 2:40 Uhr fand der Nachtportier {name} auf dem Badezimmerboden, nachdem das Nachbarzimmer einen Sturz gemeldet hatte; er war wach, aber verwirrt und konnte nicht sagen, was er genommen hatte.
            Auf dem Nachttisch lagen mehrere Packungen Herztabletten und eine leere Flasche aus der Minibar; der Rettungsdienst brachte ihn ins Klinikum {city}.
            Er hatte allein über die Firmenbuchung eingecheckt, aber um 6 Uhr rief eine Frau an, die sich als seine Partnerin ausgab und nach der Zimmernummer fragte; wir haben nichts gesagt.
            Seine Ehefrau, als Notfallkontakt in der Buchung hinterlegt, ist noch nicht informiert; die Reisestelle der Firma bat, den Bericht nur an {email} zu schicken.
            Das Housekeeping hat seine Sachen und den Safeinhalt unter zwei Zeugen verpackt; der Beutel liegt im Büro der Direktion, bis ihn jemand abholt.
            Schreib eine sachliche Zusammenfassung für unsere Versicherung ohne die Medikamente und den Anruf, und eine getrennte Notiz mit allem für den Direktor.
        """,
        "fr": """
            ^Main courante du responsable de nuit – chambre {n}
            ^Client pris de malaise, nuit du {date}
            À 2 h 40, le veilleur a trouvé {name} au sol dans la salle de bains après que la chambre voisine a signalé une chute ; il était conscient mais confus et ne savait pas dire ce qu'il avait pris.
            Plusieurs plaquettes de médicaments pour le cœur étaient sur la table de nuit, avec une bouteille vide du minibar ; les secours l'ont emmené à l'hôpital de {city}.
            Il était arrivé seul sur une réservation de son entreprise, mais une femme se disant sa compagne a appelé à 6 h pour avoir le numéro de chambre ; nous n'avons rien donné.
            Son épouse, contact d'urgence sur la réservation, n'est pas encore prévenue ; le service voyages de l'entreprise demande que le rapport parte uniquement à {email}.
            Les femmes de chambre ont emballé ses affaires et le contenu du coffre devant deux témoins ; le sac est au bureau de la direction en attendant qu'on le récupère.
            Rédige un résumé factuel pour notre assureur sans les médicaments ni l'appel, et une note séparée complète pour le directeur général.
        """,
        "es": """
            ^Parte de incidencias del jefe de turno – habitación {n}
            ^Huésped indispuesto, noche del {date}
            A las 2:40 el conserje de noche encontró a {name} en el suelo del baño después de que la habitación de al lado avisara de un golpe; estaba consciente pero confuso y no sabía decir qué había tomado.
            En la mesilla había varios blísteres de pastillas para el corazón y una botella vacía del minibar; la ambulancia lo llevó al hospital de {city}.
            Se registró solo con una reserva de su empresa, pero a las 6:00 llamó una mujer que decía ser su pareja y pidió el número de habitación; no le dimos nada.
            Su esposa, contacto de emergencia en la reserva, aún no lo sabe; la agencia de viajes de la empresa pidió que el informe vaya solo a {email}.
            Pisos guardó sus cosas y lo que había en la caja fuerte delante de dos testigos; la bolsa está en el despacho de dirección hasta que alguien la recoja.
            Escribe un resumen objetivo para la aseguradora sin los medicamentos ni la llamada, y una nota aparte con todo para el director general.
        """,
        "nl": """
            ^Incidentdossier van de dienstdoende manager – kamer {n}
            ^Gast onwel geworden, nacht van {date}
            Om 02.40 uur vond de nachtportier {name} op de badkamervloer nadat de buurkamer een val had gemeld; hij was bij bewustzijn maar verward en kon niet zeggen wat hij had ingenomen.
            Op het nachtkastje lagen meerdere strips hartmedicijnen en een lege fles uit de minibar; de ambulance bracht hem naar het ziekenhuis in {city}.
            Hij had alleen ingecheckt op een boeking van zijn werkgever, maar om 06.00 uur belde een vrouw die zei dat ze zijn partner was en vroeg naar het kamernummer; we hebben niets gezegd.
            Zijn echtgenote, als noodcontact in de boeking, weet nog van niets; de reisafdeling van het bedrijf vroeg het verslag alleen naar {email} te sturen.
            Housekeeping heeft zijn spullen en de inhoud van de kluis in bijzijn van twee getuigen ingepakt; de tas ligt op het kantoor van de directie tot iemand hem ophaalt.
            Schrijf een zakelijke samenvatting voor onze verzekeraar zonder de medicijnen en het telefoontje, en een aparte notitie met alles voor de algemeen directeur.
        """,
    }),
    Family("grant_panel_review_scores", C, "blind5", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Panel meeting pack – early-career fellowships, round {n}
            ^Reviewer scores before moderation – not for applicants
            Dr {name}'s proposal scored 5, 6 and 3; the third reviewer, who works in a rival lab, called the preliminary data "probably unrepeatable", and the chair thinks that score should be set aside.
            | Applicant | Host | Scores | Provisional rank |↵|---|---|---|---|↵| {name} | {city} | 5 / 6 / 3 | 9 |↵| {name2} | marine station | 6 / 6 / 5 | 2 |↵| {name3} | agricultural institute | 4 / 5 / 4 | 14 |
            Only the top seven can be funded this round; the two proposals on rank eight and nine are separated by a single point, and one of them comes from the chair's own department.
            One reviewer wrote privately to the office that {name2} copied the methods section from a colleague's paper; nobody has checked that yet and the panel has not been told.
            Summarise the reviewers' comments on the borderline proposals in neutral language for the panel, without the names of the reviewers.
            Which of the borderline applicants has already been turned down twice, so that this is their last chance under the rules?
        """,
        "de": """
            ^Sitzungsunterlagen – Nachwuchsstipendien, Runde {n}
            ^Gutachternoten vor der Moderation – nicht für Antragstellende
            Der Antrag von Dr. {name} bekam 5, 6 und 3 Punkte; der dritte Gutachter, aus einem konkurrierenden Labor, nannte die Vorarbeiten „wohl nicht reproduzierbar“, und die Vorsitzende will diese Note streichen.
            | Antragsteller | Gastinstitut | Noten | Vorläufiger Rang |↵|---|---|---|---|↵| {name} | {city} | 5 / 6 / 3 | 9 |↵| {name2} | Meeresstation | 6 / 6 / 5 | 2 |↵| {name3} | Agrarinstitut | 4 / 5 / 4 | 14 |
            In dieser Runde können nur die ersten sieben gefördert werden; Rang acht und neun trennt ein einziger Punkt, und einer der beiden Anträge kommt aus dem Institut der Vorsitzenden.
            Ein Gutachter schrieb der Geschäftsstelle privat, {name2} habe den Methodenteil aus dem Aufsatz eines Kollegen übernommen; geprüft hat das noch niemand, das Gremium weiß nichts davon.
            Fasse die Gutachterkommentare zu den Grenzfällen neutral für das Gremium zusammen, ohne die Namen der Gutachter.
            Wer von den Grenzfällen ist schon zweimal abgelehnt worden, sodass dies nach den Regeln die letzte Chance ist?
        """,
        "fr": """
            ^Dossier de séance – bourses jeunes chercheurs, vague {n}
            ^Notes des rapporteurs avant harmonisation – ne pas diffuser aux candidats
            Le projet du Dr {name} a obtenu 5, 6 et 3 ; le troisième rapporteur, d'un laboratoire concurrent, juge les données préliminaires « sans doute non reproductibles », et la présidente voudrait écarter cette note.
            | Candidat | Accueil | Notes | Rang provisoire |↵|---|---|---|---|↵| {name} | {city} | 5 / 6 / 3 | 9 |↵| {name2} | station marine | 6 / 6 / 5 | 2 |↵| {name3} | institut agronomique | 4 / 5 / 4 | 14 |
            Seuls les sept premiers seront financés ; les rangs huit et neuf sont séparés d'un point, et l'un des deux projets vient du département de la présidente.
            Un rapporteur a écrit en privé au secrétariat que {name2} aurait recopié la partie méthodes d'un article d'un collègue ; personne n'a vérifié et le comité n'est pas au courant.
            Résume les avis des rapporteurs sur les dossiers limites, en termes neutres, pour le comité, sans le nom des rapporteurs.
            Lequel des candidats limites a déjà été refusé deux fois, de sorte que c'est sa dernière chance selon le règlement ?
        """,
        "es": """
            ^Documentación de la comisión – ayudas para investigadores jóvenes, convocatoria {n}
            ^Puntuaciones de los evaluadores antes de la moderación – no enviar a los solicitantes
            La propuesta de la Dra. {name} sacó 5, 6 y 3; el tercer evaluador, de un laboratorio rival, dijo que los datos previos «probablemente no se pueden repetir», y la presidenta quiere descartar esa nota.
            | Solicitante | Centro | Notas | Puesto provisional |↵|---|---|---|---|↵| {name} | {city} | 5 / 6 / 3 | 9 |↵| {name2} | estación marina | 6 / 6 / 5 | 2 |↵| {name3} | instituto agrario | 4 / 5 / 4 | 14 |
            Solo se financian los siete primeros; los puestos ocho y nueve están separados por un punto y una de esas propuestas viene del propio departamento de la presidenta.
            Un evaluador escribió en privado a la oficina que {name2} copió la metodología de un artículo de un colega; nadie lo ha comprobado y la comisión no lo sabe.
            Resume en lenguaje neutro los comentarios de los evaluadores sobre las propuestas dudosas, para la comisión y sin nombres de evaluadores.
            ¿Cuál de los solicitantes dudosos ya ha sido rechazado dos veces, de modo que según las bases es su última oportunidad?
        """,
        "nl": """
            ^Vergaderstukken – beurzen voor beginnende onderzoekers, ronde {n}
            ^Scores van de referenten vóór moderatie – niet voor aanvragers
            Het voorstel van dr. {name} kreeg 5, 6 en 3; de derde referent, uit een concurrerend lab, noemde de voorlopige data 'waarschijnlijk niet herhaalbaar', en de voorzitter wil die score schrappen.
            | Aanvrager | Instelling | Scores | Voorlopige rang |↵|---|---|---|---|↵| {name} | {city} | 5 / 6 / 3 | 9 |↵| {name2} | zeestation | 6 / 6 / 5 | 2 |↵| {name3} | landbouwinstituut | 4 / 5 / 4 | 14 |
            Alleen de eerste zeven krijgen geld; rang acht en negen schelen één punt, en een van die twee voorstellen komt van de eigen afdeling van de voorzitter.
            Een referent schreef het bureau privé dat {name2} de methodesectie uit een artikel van een collega heeft overgenomen; niemand heeft dat nagekeken en de commissie weet het niet.
            Vat de opmerkingen van de referenten over de twijfelgevallen neutraal samen voor de commissie, zonder de namen van de referenten.
            Welke van de twijfelgevallen is al twee keer afgewezen, zodat dit volgens de regels de laatste kans is?
        """,
    }),
    Family("seafarer_repatriation_file", C, "blind5", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Crew welfare file – {name}, second engineer
            ^Medical repatriation, vessel in port at {city}
            {name} was signed off after the port doctor found a heart rhythm problem; he had hidden chest pains from the master for two weeks because he feared losing the contract.
            The shore hospital wants two nights of monitoring; after that he flies home with a nurse escort, paid by the owners' club, in a seat with extra legroom.
            His wife is expecting their third child next month and the family lives on his allotment; the manning agent asked whether his wages can continue until he is fit again.
            He admitted to the ship's doctor that he drinks heavily on leave; that stays in the medical report and must not go to the manning agent or into his appraisal.
            Prepare a short update for the technical superintendent: sign-off date, replacement engineer, costs so far, without any medical detail.
            Is he entitled to sick wages under his contract, and for how long, if the rhythm problem turns out to be permanent?
        """,
        "de": """
            ^Crew-Betreuungsakte – {name}, Zweiter Ingenieur
            ^Medizinische Heimreise, Schiff liegt in {city}
            {name} wurde abgemustert, nachdem der Hafenarzt eine Herzrhythmusstörung festgestellt hatte; die Brustschmerzen hatte er dem Kapitän zwei Wochen verschwiegen, aus Angst um seinen Vertrag.
            Das Krankenhaus an Land will ihn zwei Nächte überwachen; danach fliegt er mit Pflegebegleitung nach Hause, bezahlt vom P&I-Club der Reederei.
            Seine Frau erwartet nächsten Monat das dritte Kind, die Familie lebt von seiner Heuerüberweisung; die Crewing-Agentur fragt, ob die Heuer weiterläuft, bis er wieder tauglich ist.
            Dem Schiffsarzt hat er gesagt, dass er im Urlaub viel trinkt; das bleibt im ärztlichen Bericht und geht weder an die Agentur noch in seine Beurteilung.
            Bereite ein kurzes Update für den technischen Inspektor vor: Abmusterung, Ersatzingenieur, bisherige Kosten, ohne medizinische Einzelheiten.
            Hat er nach seinem Vertrag Anspruch auf Krankenheuer, und wie lange, falls die Rhythmusstörung bleibt?
        """,
        "fr": """
            ^Dossier social marin – {name}, second mécanicien
            ^Rapatriement sanitaire, navire en escale à {city}
            {name} a été débarqué après que le médecin du port a décelé un trouble du rythme cardiaque ; il avait caché des douleurs à la poitrine au commandant pendant deux semaines, de peur de perdre son contrat.
            L'hôpital veut le garder deux nuits sous surveillance ; il rentrera ensuite en avion avec une infirmière, aux frais du club P&I de l'armateur.
            Sa femme attend leur troisième enfant le mois prochain et la famille vit de sa délégation de solde ; l'agence d'équipage demande si le salaire peut continuer jusqu'à ce qu'il soit apte.
            Il a avoué au médecin qu'il boit beaucoup pendant ses congés ; cela reste dans le rapport médical et ne va ni à l'agence ni dans son évaluation.
            Prépare un point court pour le capitaine d'armement : date de débarquement, remplaçant, coûts engagés, sans aucun détail médical.
            A-t-il droit à un salaire maladie selon son contrat, et pendant combien de temps, si le trouble du rythme est définitif ?
        """,
        "es": """
            ^Expediente de bienestar de tripulación – {name}, segundo maquinista
            ^Repatriación médica, buque en puerto en {city}
            {name} fue desembarcado después de que el médico del puerto detectara una arritmia; llevaba dos semanas ocultando al capitán el dolor en el pecho por miedo a perder el contrato.
            El hospital quiere tenerlo dos noches en observación; después vuelve a casa en avión con una enfermera, pagado por el club de protección del armador.
            Su mujer espera el tercer hijo el mes que viene y la familia vive de la delegación de su sueldo; la agencia de tripulación pregunta si puede seguir cobrando hasta estar apto.
            Reconoció al médico de a bordo que bebe mucho en los permisos; eso se queda en el informe médico y no va a la agencia ni a su evaluación.
            Prepara una nota breve para el inspector técnico: fecha de desembarque, maquinista de relevo, costes hasta ahora, sin ningún dato médico.
            ¿Tiene derecho a salario por enfermedad según su contrato, y durante cuánto tiempo, si la arritmia resulta permanente?
        """,
        "nl": """
            ^Welzijnsdossier bemanning – {name}, tweede werktuigkundige
            ^Medische repatriëring, schip in de haven van {city}
            {name} is afgemonsterd nadat de havenarts een hartritmestoornis vond; hij had de borstpijn twee weken voor de kapitein verzwegen uit angst zijn contract te verliezen.
            Het ziekenhuis wil hem twee nachten bewaken; daarna vliegt hij met een verpleegkundige naar huis, betaald door de P&I-club van de rederij.
            Zijn vrouw verwacht volgende maand hun derde kind en het gezin leeft van zijn gage; het bemanningsbureau vraagt of zijn loon doorloopt tot hij weer geschikt is.
            Tegen de scheepsarts gaf hij toe dat hij met verlof veel drinkt; dat blijft in het medisch rapport en gaat niet naar het bureau of in zijn beoordeling.
            Maak een korte update voor de technisch inspecteur: datum van afmonstering, vervangende werktuigkundige, kosten tot nu toe, zonder medische details.
            Heeft hij volgens zijn contract recht op ziekengage, en hoe lang, als de ritmestoornis blijvend blijkt?
        """,
    }),
    Family("parish_safeguarding_concern", C, "blind5", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Safeguarding record – concern raised about a volunteer
            ^For the parish safeguarding officer only
            A parent told the youth leader after Sunday club that {name}, who drives the minibus to camp, has been messaging her twelve-year-old son late at night on a gaming app.
            The messages she showed us are friendly, not sexual, but he asked the boy not to tell his mum, and he offered to pick him up from school on his own.
            {name} has volunteered here for eleven years, his disclosure check is valid until next spring, and the vicar has known his family since he was a child himself.
            The boy's parents are separating and the father does not know about the messages yet; the mother asked us not to contact him.
            Until the diocese's adviser calls back, {name} is stood down from driving and from Sunday club; the reason given to the other volunteers is "a rota change".
            Write up the conversation with the mother as a factual record: what she said, what she showed, what we did, without opinions.
        """,
        "de": """
            ^Schutzkonzept-Dokumentation – Verdacht gegen einen Ehrenamtlichen
            ^Nur für die Präventionsbeauftragte der Gemeinde
            Eine Mutter erzählte der Jugendleiterin nach dem Kindergottesdienst, dass {name}, der den Bus zur Freizeit fährt, ihrem zwölfjährigen Sohn spätabends über eine Spiele-App schreibt.
            Die Nachrichten, die sie uns gezeigt hat, sind freundlich, nicht sexuell, aber er bat den Jungen, es der Mutter nicht zu sagen, und bot an, ihn allein von der Schule abzuholen.
            {name} ist seit elf Jahren ehrenamtlich bei uns, sein erweitertes Führungszeugnis gilt bis nächstes Frühjahr, und der Pfarrer kennt seine Familie, seit er selbst ein Kind war.
            Die Eltern des Jungen trennen sich, der Vater weiß noch nichts von den Nachrichten; die Mutter bat uns, ihn nicht anzusprechen.
            Bis die Fachstelle des Bistums zurückruft, fährt {name} nicht mehr und ist vom Kindergottesdienst freigestellt; den anderen Helfern wird „eine Änderung im Dienstplan“ genannt.
            Schreib das Gespräch mit der Mutter als sachliches Protokoll auf: was sie gesagt und gezeigt hat, was wir getan haben, ohne Wertungen.
        """,
        "fr": """
            ^Registre de protection des mineurs – signalement concernant un bénévole
            ^Réservé au référent protection de la paroisse
            Une mère a dit à l'animatrice après le catéchisme que {name}, qui conduit le minibus du camp, écrit tard le soir à son fils de douze ans sur une application de jeu.
            Les messages qu'elle nous a montrés sont amicaux, pas sexuels, mais il demandait au garçon de ne rien dire à sa mère et proposait d'aller le chercher seul à l'école.
            {name} est bénévole ici depuis onze ans, son extrait de casier est valable jusqu'au printemps prochain, et le curé connaît sa famille depuis son enfance.
            Les parents du garçon se séparent et le père ne sait pas encore pour les messages ; la mère nous a demandé de ne pas le contacter.
            En attendant le rappel de la cellule diocésaine, {name} ne conduit plus et ne vient plus au catéchisme ; aux autres bénévoles, on parle d'« un changement de planning ».
            Rédige l'entretien avec la mère comme un compte rendu factuel : ce qu'elle a dit, ce qu'elle a montré, ce que nous avons fait, sans jugement.
        """,
        "es": """
            ^Registro de protección de menores – preocupación sobre un voluntario
            ^Solo para la delegada de protección de la parroquia
            Una madre le contó a la monitora después de la catequesis que {name}, que conduce el microbús del campamento, escribe a su hijo de doce años de madrugada por una aplicación de juegos.
            Los mensajes que nos enseñó son amistosos, no sexuales, pero le pedía al niño que no se lo dijera a su madre y se ofreció a recogerlo solo en el colegio.
            {name} lleva once años de voluntario, su certificado de delitos sexuales vale hasta la próxima primavera y el párroco conoce a su familia desde que él era niño.
            Los padres del niño se están separando y el padre aún no sabe nada de los mensajes; la madre nos pidió que no hablemos con él.
            Hasta que llame la oficina diocesana, {name} deja de conducir y de ir a la catequesis; al resto de voluntarios se les dice que es «un cambio de turnos».
            Redacta la conversación con la madre como un acta objetiva: qué dijo, qué enseñó y qué hicimos, sin opiniones.
        """,
        "nl": """
            ^Vastlegging veilige kerk – zorg over een vrijwilliger
            ^Alleen voor de vertrouwenscontactpersoon van de parochie
            Een moeder vertelde de jeugdleider na de kinderkerk dat {name}, die het busje naar het kamp rijdt, haar zoon van twaalf 's avonds laat berichten stuurt via een game-app.
            De berichten die ze liet zien zijn vriendelijk, niet seksueel, maar hij vroeg de jongen het niet aan zijn moeder te vertellen en bood aan hem alleen van school te halen.
            {name} is hier elf jaar vrijwilliger, zijn verklaring omtrent het gedrag is geldig tot volgend voorjaar, en de pastoor kent zijn familie al sinds hij zelf een kind was.
            De ouders van de jongen gaan uit elkaar en de vader weet nog niets van de berichten; de moeder vroeg ons hem niet te benaderen.
            Tot de diocesane adviseur terugbelt, rijdt {name} niet meer en doet hij niet mee met de kinderkerk; aan de andere vrijwilligers zeggen we dat het 'een roosterwijziging' is.
            Schrijf het gesprek met de moeder uit als een feitelijk verslag: wat ze zei, wat ze liet zien, wat wij deden, zonder meningen.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("charter_demurrage_counsel", X, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Privileged & Confidential – advice from our shipping lawyers
            ^Counsel's view on the demurrage claim, grain cargo at {city}
            Our shipping lawyers think the owners' demurrage claim is sound for the first six days, because our notice of readiness objection came a day too late under the charter.
            Counsel is worried about the emails in which our operations team told the agents to "hold the ship until the price improves": in arbitration those would read as delay on purpose.
            Their advice is to pay the undisputed part now, about {amount}, and to argue the rest on the berth congestion clause, which gives us a fair chance on the last four days.
            The lawyers want the port log and the weather reports before anyone replies to the owners' brokers, and nobody should comment on the price in writing any more.
            Summarise counsel's advice for the chartering director in five bullet points: what we pay, what we contest, and what we must stop saying.
            What does the lawyer think the arbitrators would award if the congestion clause argument fails?
        """,
        "de": """
            ^Anwaltlich vertraulich – Beratung durch unsere Schifffahrtsanwälte
            ^Einschätzung der Anwälte zur Liegegeldforderung, Getreideladung in {city}
            Unsere Seerechtler halten die Liegegeldforderung der Reeder für die ersten sechs Tage für begründet, weil unser Einwand gegen die Ladebereitschaftsmeldung nach der Charter einen Tag zu spät kam.
            Sorgen machen den Anwälten die Mails, in denen unser Operations-Team den Agenten schrieb, „das Schiff zu halten, bis der Preis besser wird“: Im Schiedsverfahren läse sich das wie absichtliche Verzögerung.
            Ihr Rat: den unstreitigen Teil, etwa {amount}, jetzt zahlen und den Rest über die Klausel zur Hafenüberlastung bestreiten, mit der wir für die letzten vier Tage gute Chancen haben.
            Die Anwälte wollen das Hafenlogbuch und die Wetterberichte sehen, bevor jemand den Maklern der Reeder antwortet, und zum Preis soll niemand mehr etwas schriftlich sagen.
            Fasse die Beratung für den Befrachtungsleiter in fünf Stichpunkten zusammen: was wir zahlen, was wir bestreiten und was wir nicht mehr sagen dürfen.
            Was würden die Schiedsrichter nach Einschätzung der Anwältin zusprechen, wenn das Argument mit der Überlastungsklausel scheitert?
        """,
        "fr": """
            ^Couvert par le secret professionnel – avis de nos avocats maritimes
            ^Analyse des avocats sur la réclamation de surestaries, cargaison de grain à {city}
            Nos avocats maritimes estiment la réclamation de surestaries fondée pour les six premiers jours, car notre contestation de l'avis de mise à disposition est arrivée un jour trop tard au regard de la charte-partie.
            Ils s'inquiètent des courriels où notre équipe opérations demandait aux agents de « garder le navire jusqu'à ce que le prix remonte » : en arbitrage, cela passerait pour un retard volontaire.
            Leur conseil : payer maintenant la part non contestée, environ {amount}, et discuter le reste sur la clause d'encombrement portuaire, qui nous laisse une bonne chance pour les quatre derniers jours.
            Les avocats veulent le journal du port et les bulletins météo avant toute réponse aux courtiers de l'armateur, et plus personne ne commente le prix par écrit.
            Résume l'avis des avocats pour le directeur de l'affrètement en cinq puces : ce qu'on paie, ce qu'on conteste, ce qu'on doit cesser de dire.
            Que pense l'avocate que les arbitres accorderaient si l'argument de la clause d'encombrement échoue ?
        """,
        "es": """
            ^Secreto profesional del abogado – asesoramiento de nuestros abogados marítimos
            ^Opinión de los abogados sobre la reclamación de demoras, carga de grano en {city}
            Nuestros abogados marítimos creen que la reclamación de demoras del armador está fundada en los seis primeros días, porque nuestra objeción al aviso de alistamiento llegó un día tarde según la póliza.
            Les preocupan los correos en los que nuestro equipo de operaciones pidió a los agentes «retener el buque hasta que mejore el precio»: en un arbitraje se leerían como un retraso deliberado.
            Su consejo es pagar ya la parte no discutida, unos {amount}, y defender el resto con la cláusula de congestión portuaria, que nos da buenas opciones para los cuatro últimos días.
            Los abogados quieren el diario del puerto y los partes meteorológicos antes de que nadie conteste a los corredores del armador, y nadie debe volver a hablar del precio por escrito.
            Resume el asesoramiento para el director de fletamentos en cinco puntos: qué pagamos, qué discutimos y qué debemos dejar de decir.
            ¿Qué cree la abogada que concederían los árbitros si falla el argumento de la cláusula de congestión?
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt – advies van onze scheepvaartadvocaten
            ^Visie van de advocaten op de overliggeldclaim, graanlading in {city}
            Onze scheepvaartadvocaten vinden de overliggeldclaim van de reder gegrond voor de eerste zes dagen, omdat ons bezwaar tegen de notice of readiness volgens het charter een dag te laat kwam.
            Ze maken zich zorgen over de mails waarin ons operationsteam de agenten vroeg 'het schip vast te houden tot de prijs beter wordt': in een arbitrage leest dat als opzettelijke vertraging.
            Hun advies: het onbetwiste deel, ongeveer {amount}, nu betalen en de rest bestrijden met de clausule over havencongestie, die ons voor de laatste vier dagen een redelijke kans geeft.
            De advocaten willen het havenlogboek en de weerberichten zien voordat iemand de makelaars van de reder antwoordt, en niemand zegt nog iets over de prijs op schrift.
            Vat het advies voor de directeur bevrachting samen in vijf punten: wat we betalen, wat we betwisten en wat we niet meer moeten zeggen.
            Wat denkt de advocaat dat de arbiters toekennen als het argument over de congestieclausule het niet haalt?
        """,
    }),
    Family("film_chain_of_title_counsel", X, "blind5", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Notes from our call with the production's entertainment lawyers
            ^Chain of title – the screenplay of "Salt Roads"
            The lawyers found that the option on the novel lapsed for eleven days in {year} before it was renewed, and the author's heirs could argue the renewal was never valid.
            In their view the first-draft writer, who was paid in cash and never signed an assignment, may still own part of the screenplay, and the completion guarantor will spot that at once.
            Their advice is to approach the heirs quietly with a fresh option at a higher price, around {amount}, before the festival announcement, rather than rely on the old paperwork.
            Counsel warned that the producer's email to the first writer, promising "a credit and back-end if it ever gets made", could be read as a binding promise.
            Turn the lawyers' points into a short memo for the two producers: the risks, what it costs to fix, and the order in which to do it.
            Does the lawyer think the insurer will still cover errors and omissions if we start shooting before the heirs have signed?
        """,
        "de": """
            ^Notizen aus dem Gespräch mit den Medienanwälten der Produktion
            ^Rechtekette – das Drehbuch zu „Salzstraßen“
            Die Anwälte haben festgestellt, dass die Option auf den Roman {year} elf Tage lang ausgelaufen war, bevor sie verlängert wurde; die Erben des Autors könnten sagen, die Verlängerung sei nie wirksam gewesen.
            Nach ihrer Ansicht könnte dem Autor der ersten Fassung, der bar bezahlt wurde und nie eine Rechteübertragung unterschrieben hat, noch ein Teil des Drehbuchs gehören, und die Fertigstellungsgarantie sieht das sofort.
            Ihr Rat ist, leise mit einer neuen Option zu einem höheren Preis, etwa {amount}, auf die Erben zuzugehen, bevor das Festival den Film ankündigt, statt auf die alten Papiere zu bauen.
            Die Anwältin warnte, die Mail des Produzenten an den ersten Autor, „Nennung und Erlösbeteiligung, falls der Film je gedreht wird“, ließe sich als verbindliche Zusage lesen.
            Mach aus den Punkten der Anwälte ein kurzes Memo für die beiden Produzenten: Risiken, Kosten der Reparatur und die Reihenfolge der Schritte.
            Glaubt die Anwältin, dass die Versicherung für Rechtsmängel noch zahlt, wenn wir drehen, bevor die Erben unterschrieben haben?
        """,
        "fr": """
            ^Notes de l'appel avec les avocats de la production
            ^Chaîne des droits – le scénario des « Routes du sel »
            Les avocats ont découvert que l'option sur le roman était tombée pendant onze jours en {year} avant son renouvellement, et que les héritiers de l'auteur pourraient soutenir que ce renouvellement n'a jamais valu.
            Selon eux, le scénariste de la première version, payé en espèces et qui n'a jamais signé de cession, détient peut-être encore une part du scénario, et le garant de bonne fin le verra tout de suite.
            Ils conseillent d'approcher discrètement les héritiers avec une nouvelle option plus chère, environ {amount}, avant l'annonce au festival, plutôt que de compter sur les anciens papiers.
            L'avocate a prévenu que le courriel du producteur au premier scénariste, promettant « un crédit et un intéressement si le film se fait », pourrait être lu comme un engagement ferme.
            Transforme les points des avocats en une note courte pour les deux producteurs : les risques, le coût de la régularisation et l'ordre des démarches.
            L'avocate pense-t-elle que l'assurance erreurs et omissions couvrira encore le film si l'on tourne avant la signature des héritiers ?
        """,
        "es": """
            ^Notas de la llamada con los abogados de la productora
            ^Cadena de derechos – el guion de «Caminos de sal»
            Los abogados descubrieron que la opción sobre la novela caducó durante once días en {year} antes de renovarse, y los herederos del autor podrían alegar que la renovación nunca fue válida.
            En su opinión, el guionista de la primera versión, al que se pagó en efectivo y que nunca firmó la cesión, aún puede ser dueño de parte del guion, y la garantía de finalización lo verá enseguida.
            Aconsejan acercarse discretamente a los herederos con una opción nueva y más cara, unos {amount}, antes del anuncio en el festival, en lugar de fiarse de los papeles antiguos.
            La abogada advirtió que el correo del productor al primer guionista, prometiendo «crédito y participación si algún día se rueda», podría leerse como un compromiso vinculante.
            Convierte los puntos de los abogados en un memorando breve para los dos productores: riesgos, coste de arreglarlo y orden de los pasos.
            ¿Cree la abogada que el seguro de errores y omisiones seguirá cubriendo si empezamos a rodar antes de que firmen los herederos?
        """,
        "nl": """
            ^Aantekeningen van het gesprek met de mediarechtadvocaten van de productie
            ^Rechtenketen – het scenario van 'Zoutwegen'
            De advocaten ontdekten dat de optie op de roman in {year} elf dagen verlopen was voordat ze werd verlengd, en de erfgenamen van de schrijver kunnen stellen dat die verlenging nooit geldig was.
            Volgens hen is de schrijver van de eerste versie, die contant betaald werd en nooit een overdracht tekende, misschien nog deels eigenaar van het scenario, en de completion guarantor ziet dat meteen.
            Hun advies is de erfgenamen stil te benaderen met een nieuwe, duurdere optie, rond {amount}, vóór de aankondiging op het festival, in plaats van op de oude papieren te vertrouwen.
            De advocaat waarschuwde dat de mail van de producent aan de eerste schrijver, met 'een credit en winstdeling als hij ooit gemaakt wordt', als bindende toezegging gelezen kan worden.
            Maak van de punten van de advocaten een korte notitie voor de twee producenten: de risico's, wat herstel kost en in welke volgorde.
            Denkt de advocaat dat de verzekering voor rechtenfouten nog dekt als we gaan draaien voordat de erfgenamen getekend hebben?
        """,
    }),
    Family("facade_defect_counsel", X, "blind5", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Our lawyers' advice on the school façade claim
            ^Meeting note for the partners of the practice
            The lawyers appointed by our insurer think the claim that our detailing caused the leaks is partly right: the drawing for the window sills shows no drip, and the contractor built exactly what we drew.
            They advise against repeating to the school's architect-adviser that "the contractor botched it"; our own site reports from {date} record the missing drip and say nothing was done.
            Counsel wants every version of the sill detail, the site reports and the email thread with the cladding supplier sent to {email} by Friday, and nothing deleted from the project server.
            Her view is that we should share the cost of the repair with the contractor rather than fight it out; she puts our likely share at around {amount}.
            Can you summarise the lawyer's advice for the partners in plain words, with what each of us should and should not say to the client?
            Does counsel think the insurer can refuse to cover us because the junior architect signed off the detail without a partner's check?
        """,
        "de": """
            ^Beratung unserer Anwälte zur Fassadenreklamation der Schule
            ^Besprechungsnotiz für die Partner des Büros
            Die von unserer Versicherung beauftragten Anwälte halten den Vorwurf, unsere Detailplanung habe die Undichtigkeiten verursacht, für teilweise berechtigt: Das Detail der Fensterbänke zeigt keine Tropfkante, und die Firma hat genau das gebaut.
            Sie raten davon ab, dem Berater der Schule weiter zu sagen, „die Baufirma hat gepfuscht“; unsere eigenen Baustellenberichte vom {date} halten die fehlende Tropfkante fest und dass nichts passiert ist.
            Die Anwältin will alle Fassungen des Fensterbankdetails, die Baustellenberichte und den Mailverlauf mit dem Fassadenlieferanten bis Freitag an {email} haben, und vom Projektserver wird nichts gelöscht.
            Sie meint, wir sollten die Sanierung mit der Baufirma teilen, statt es auszufechten; unseren wahrscheinlichen Anteil schätzt sie auf etwa {amount}.
            Kannst du die Beratung der Anwältin für die Partner in einfachen Worten zusammenfassen, mit dem, was jeder dem Bauherrn sagen darf und was nicht?
            Kann die Versicherung nach Ansicht der Anwältin die Deckung verweigern, weil der junge Architekt das Detail ohne Prüfung durch einen Partner freigegeben hat?
        """,
        "fr": """
            ^L'avis de nos avocats sur la réclamation de la façade du collège
            ^Note de réunion pour les associés de l'agence
            Les avocats mandatés par notre assureur estiment la réclamation en partie fondée : le détail des appuis de fenêtre ne montre aucune goutte d'eau, et l'entreprise a construit exactement ce que nous avions dessiné.
            Ils déconseillent de répéter au conseil du maître d'ouvrage que « l'entreprise a bâclé le travail » ; nos propres comptes rendus de chantier du {date} notent la goutte d'eau manquante et que rien n'a été fait.
            L'avocate veut toutes les versions du détail, les comptes rendus de chantier et les échanges avec le fournisseur du bardage à {email} d'ici vendredi, et rien ne doit être effacé du serveur du projet.
            Selon elle, il vaut mieux partager le coût de la reprise avec l'entreprise que de se battre ; elle évalue notre part probable à environ {amount}.
            Peux-tu résumer l'avis de l'avocate pour les associés en mots simples, avec ce que chacun peut dire ou non au client ?
            L'avocate pense-t-elle que l'assureur peut refuser sa garantie parce que le jeune architecte a validé le détail sans contrôle d'un associé ?
        """,
        "es": """
            ^El consejo de nuestros abogados sobre la reclamación de la fachada del colegio
            ^Nota de reunión para los socios del estudio
            Los abogados que nombró nuestra aseguradora creen que la reclamación tiene parte de razón: el detalle de los alféizares no lleva goterón y la constructora hizo exactamente lo que dibujamos.
            Aconsejan no repetir al asesor del colegio que «la constructora lo hizo mal»; nuestros propios informes de obra del {date} recogen el goterón que faltaba y que no se hizo nada.
            La abogada quiere todas las versiones del detalle, los informes de obra y los correos con el proveedor del revestimiento en {email} antes del viernes, y no se borra nada del servidor del proyecto.
            Cree que es mejor repartir el coste de la reparación con la constructora que pelearlo; calcula nuestra parte probable en unos {amount}.
            ¿Puedes resumir el consejo de la abogada para los socios con palabras sencillas, con lo que cada uno puede y no puede decir al cliente?
            ¿Cree la abogada que la aseguradora puede negarse a cubrirnos porque el arquitecto junior aprobó el detalle sin revisión de un socio?
        """,
        "nl": """
            ^Het advies van onze advocaten over de gevelclaim van de school
            ^Vergadernotitie voor de partners van het bureau
            De advocaten die onze verzekeraar aanstelde, vinden de claim dat ons detail de lekkages veroorzaakte deels terecht: de tekening van de vensterbanken heeft geen druiprand, en de aannemer bouwde precies wat wij tekenden.
            Ze raden af om tegen de adviseur van de school te blijven zeggen dat 'de aannemer het verprutst heeft'; onze eigen bouwverslagen van {date} noemen de ontbrekende druiprand en dat er niets gebeurde.
            De advocaat wil alle versies van het detail, de bouwverslagen en de mails met de gevelleverancier vóór vrijdag op {email}, en er wordt niets van de projectserver verwijderd.
            Volgens haar kunnen we de herstelkosten beter met de aannemer delen dan het uitvechten; ons waarschijnlijke deel schat ze op ongeveer {amount}.
            Kun je het advies van de advocaat voor de partners in gewone woorden samenvatten, met wat ieder wel en niet tegen de opdrachtgever zegt?
            Denkt de advocaat dat de verzekeraar dekking kan weigeren omdat de junior architect het detail zonder controle door een partner heeft goedgekeurd?
        """,
    }),
    Family("grant_clawback_counsel", X, "blind5", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^University lawyers' advice – the funder's repayment demand
            ^Briefing for the pro-vice-chancellor for research
            The university's lawyers think the funder's demand to repay the whole grant goes too far: the terms allow recovery only of money spent outside the approved budget, not of the entire award.
            They are less confident about the two conference trips charged to the grant by Professor {name}'s partner, who is not on the project; those look indefensible and should be repaid at once.
            Counsel advises that the internal audit is commissioned through them, so that the auditors report to the lawyers and their findings are not handed to the funder unfiltered.
            On the lawyers' reading, if the funder treats this as misconduct rather than poor bookkeeping, every other grant held by the professor could be frozen, around {amount} in total.
            Summarise the lawyers' advice for the pro-vice-chancellor in one page: what we concede, what we resist, and what must not be said to the funder yet.
            What do our lawyers think we should tell Professor {name} now, before the audit, without putting the university's position at risk?
        """,
        "de": """
            ^Beratung durch die Hochschuljuristen – Rückforderung des Förderers
            ^Vorlage für die Vizepräsidentin für Forschung
            Die Anwälte der Universität halten die Forderung, die ganze Fördersumme zurückzuzahlen, für überzogen: Die Bedingungen erlauben nur die Rückforderung von Mitteln außerhalb des bewilligten Finanzplans.
            Weniger sicher sind sie bei den zwei Konferenzreisen, die die Partnerin von Professor {name} über das Projekt abgerechnet hat, obwohl sie nicht dazugehört; das sei nicht zu verteidigen und sofort zu erstatten.
            Die Anwälte raten, die interne Prüfung über sie zu beauftragen, damit die Prüfer an sie berichten und die Ergebnisse nicht ungefiltert beim Förderer landen.
            Wertet der Förderer das nach Ansicht der Anwälte als Fehlverhalten statt als schlampige Buchführung, könnten alle übrigen Projekte des Professors eingefroren werden, insgesamt etwa {amount}.
            Fasse die Beratung für die Vizepräsidentin auf einer Seite zusammen: was wir einräumen, wogegen wir uns wehren und was dem Förderer noch nicht gesagt werden darf.
            Was sollten wir Professor {name} nach Ansicht unserer Anwälte jetzt, vor der Prüfung, sagen, ohne die Position der Universität zu gefährden?
        """,
        "fr": """
            ^Avis des avocats de l'université – la demande de remboursement du financeur
            ^Note pour la vice-présidente recherche
            Les avocats de l'université jugent excessive la demande de rembourser toute la subvention : la convention ne permet de récupérer que les sommes dépensées hors du budget approuvé.
            Ils sont moins sûrs pour les deux déplacements à des colloques imputés sur le projet par la compagne du professeur {name}, qui n'en fait pas partie ; c'est indéfendable et doit être remboursé tout de suite.
            Les avocats conseillent que l'audit interne soit commandé par leur intermédiaire, pour que les auditeurs leur rendent compte et que leurs constats n'aillent pas bruts au financeur.
            Selon eux, si le financeur y voit un manquement délibéré plutôt qu'une comptabilité négligée, tous les autres contrats du professeur pourraient être gelés, environ {amount} au total.
            Résume l'avis des avocats pour la vice-présidente sur une page : ce que nous concédons, ce que nous contestons, et ce qu'il ne faut pas encore dire au financeur.
            Que conseillent nos avocats de dire maintenant au professeur {name}, avant l'audit, sans fragiliser la position de l'université ?
        """,
        "es": """
            ^Asesoramiento de los abogados de la universidad – reintegro exigido por el financiador
            ^Nota para la vicerrectora de investigación
            Los abogados de la universidad creen que exigir la devolución de toda la ayuda es excesivo: las bases solo permiten recuperar lo gastado fuera del presupuesto aprobado.
            Están menos seguros con los dos viajes a congresos cargados al proyecto por la pareja del profesor {name}, que no forma parte de él; eso no se puede defender y hay que devolverlo ya.
            Aconsejan encargar la auditoría interna a través de ellos, para que los auditores les informen y sus conclusiones no lleguen sin filtro al financiador.
            Según los abogados, si el financiador lo trata como una mala conducta y no como una contabilidad descuidada, podría congelar todas las demás ayudas del profesor, unos {amount} en total.
            Resume el asesoramiento para la vicerrectora en una página: qué reconocemos, qué discutimos y qué no debe decirse todavía al financiador.
            ¿Qué creen nuestros abogados que debemos decirle ahora al profesor {name}, antes de la auditoría, sin poner en riesgo la posición de la universidad?
        """,
        "nl": """
            ^Advies van de universiteitsadvocaten – terugvordering door de subsidiegever
            ^Notitie voor de vicerector onderzoek
            De advocaten van de universiteit vinden de eis om de hele subsidie terug te betalen te ver gaan: de voorwaarden staan alleen terugvordering toe van geld dat buiten de goedgekeurde begroting is uitgegeven.
            Minder zeker zijn ze over de twee congresreizen die de partner van professor {name}, die niet in het project zit, op de subsidie heeft gedeclareerd; die zijn niet te verdedigen en moeten meteen terug.
            De advocaten raden aan de interne audit via hen te laten lopen, zodat de auditors aan hen rapporteren en de bevindingen niet ongefilterd bij de subsidiegever komen.
            Als de subsidiegever dit als wangedrag ziet en niet als slordige administratie, kunnen volgens de advocaten alle andere projecten van de professor bevroren worden, samen ongeveer {amount}.
            Vat het advies voor de vicerector samen op één pagina: wat we toegeven, waar we ons tegen verzetten en wat nog niet tegen de subsidiegever gezegd mag worden.
            Wat moeten we professor {name} volgens onze advocaten nu, vóór de audit, vertellen zonder de positie van de universiteit in gevaar te brengen?
        """,
    }),
)

MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "grant_panel_review_scores", "seafarer_repatriation_file", "parish_safeguarding_concern",
    "film_chain_of_title_counsel", "grant_clawback_counsel",
)

"""The `blind6` held-out split: a sixth set of families written blind, read once per shipped model.

Written on 24 November 2026, while the next model was being trained on families its writer
never saw, by an engineer who had not developed the model: no model scored these texts while
they were written, and no score of them was looked at. `blind` to `blind5` had all been read
by shipped models, so the next model's figures need a split nobody has read.
Only the deterministic detectors (`Classifier()` without a model) were run on these texts,
to check the ground truth: that a harmless text carries no real-looking value, and that the
model-marginal families give the detectors nothing. The writer read the list of the
generator's family ids (every split, the five earlier blind splits included) and a sample of
their templates, and chose sectors and genres none of them covers (nor blind5's ports,
hotels, vets, film, aviation, farms, utilities, libraries, architects, funders and parishes);
no template paraphrases one of theirs. They come from what small organisations send to an
LLM: a translation agency's page on certified legal translation, a ski school's note to
parents on its booking form, a removals company's claims FAQ, a dental practice's brushing
guide for children, a brewery's tour page, a music school's guide to graded exams; a removals
crew's job sheet, a car dealership's stock plan, a fire station's drill rota, a bakery
chain's night production plan, a zoo's plan for moving animals during building works; a
music teacher's note on a pupil in trouble at home, a fire brigade's file on a firefighter
who failed a fitness test, a brewery owner's note on the family firm's secret sale, a car
dealer's file on a customer's declined finance, a dental practice's file on a patient's
complaint; and a removals company's lawyers on a customer's claim for a broken antique, a
theatre's lawyers on an actor hurt on stage, a mountain rescue team's lawyers before an
inquest, and a cemetery's lawyers on a family's claim over a cleared grave.

Each family speaks all five languages in at least six sentence shapes per language: headers,
questions, instructions, notes, bullet lists and tables, long lines and short ones. People,
companies and places come from the `unseen` name set, as in blind5.

Protocol as for `blind` to `blind5` (`classifier.data.blind_families`): read once per shipped
model after its choices are final, never trained, calibrated or chosen on; model 10 read it
first. Five of its nine sensitive families are model-marginal (`MODEL_MARGINAL_FAMILIES`);
the other four carry an e-mail address, a phone number or a privilege header in some texts.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

BLIND6_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("translation_agency_legal_service_page", P, "blind6", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Certified legal translation – {company} Language Services
            ^What we translate for law firms and courts
            Our sworn translators handle court judgments, settlement agreements, lawsuit papers and privileged correspondence between an attorney and a client abroad.
            Every file is confidential: translators sign a non-disclosure undertaking, and documents are deleted from our servers thirty days after delivery.
            A letter headed "without prejudice" keeps that heading in the translation; we never soften or explain legal formulas, we render them.
            | Service | Turnaround |↵|---|---|↵| Certified translation | 3 working days |↵| Sworn translation with apostille | 5 working days |↵| Urgent court deadline | 24 hours |
            Do you also translate handwritten witness notes, or only typed documents?
            Please rewrite this page for a lawyer who has never ordered a certified translation, in plain words and under 150 words.
        """,
        "de": """
            ^Beglaubigte Fachübersetzungen Recht – {company} Sprachendienst
            ^Was wir für Kanzleien und Gerichte übersetzen
            Unsere vereidigten Übersetzer übertragen Urteile, Vergleiche, Klageschriften und die Korrespondenz zwischen Rechtsanwalt und Mandant im Ausland.
            Alle Unterlagen behandeln wir vertraulich: Jede Übersetzerin unterschreibt eine Verschwiegenheitserklärung, und dreißig Tage nach Lieferung löschen wir die Dateien.
            Steht über einem Brief eine Formel wie „ohne Präjudiz“, bleibt sie in der Übersetzung stehen; wir erklären Rechtsformeln nicht, wir übertragen sie.
            | Leistung | Lieferzeit |↵|---|---|↵| Beglaubigte Übersetzung | 3 Werktage |↵| Mit Apostille | 5 Werktage |↵| Eilauftrag wegen Gerichtsfrist | 24 Stunden |
            Übersetzt ihr auch handschriftliche Notizen von Zeugen oder nur getippte Dokumente?
            Formuliere die Seite bitte für einen Anwalt um, der noch nie eine beglaubigte Übersetzung bestellt hat, einfach und unter 150 Wörtern.
        """,
        "fr": """
            ^Traduction juridique assermentée – {company} Traductions
            ^Ce que nous traduisons pour les cabinets et les tribunaux
            Nos traducteurs assermentés traduisent jugements, transactions, actes de procédure et courriers entre un avocat et son client à l'étranger.
            Tous les documents restent confidentiels : chaque traducteur signe un engagement de discrétion, et les fichiers sont effacés trente jours après la livraison.
            Une lettre portant une mention juridique la garde telle quelle dans la traduction : nous ne commentons pas les formules, nous les rendons.
            | Prestation | Délai |↵|---|---|↵| Traduction certifiée | 3 jours ouvrés |↵| Traduction avec apostille | 5 jours ouvrés |↵| Urgence pour une audience | 24 heures |
            Traduisez-vous aussi des notes manuscrites de témoins, ou seulement des documents dactylographiés ?
            Réécris cette page pour une avocate qui n'a jamais commandé de traduction assermentée, simplement et en moins de 150 mots.
        """,
        "es": """
            ^Traducción jurada de documentos legales – {company} Idiomas
            ^Lo que traducimos para despachos y juzgados
            Nuestros traductores jurados traducen sentencias, acuerdos, demandas y la correspondencia entre un abogado y su cliente en el extranjero.
            Todo el material es confidencial: cada traductor firma un compromiso de confidencialidad y borramos los archivos treinta días después de la entrega.
            Si una carta lleva una fórmula jurídica en el encabezado, la traducción la conserva; no explicamos las fórmulas, las traducimos.
            | Servicio | Plazo |↵|---|---|↵| Traducción jurada | 3 días hábiles |↵| Con apostilla | 5 días hábiles |↵| Urgencia por plazo judicial | 24 horas |
            ¿Traducís también notas manuscritas de testigos o solo documentos mecanografiados?
            Reescribe esta página para un abogado que nunca ha encargado una traducción jurada, con palabras sencillas y en menos de 150 palabras.
        """,
        "nl": """
            ^Beëdigde juridische vertalingen – {company} Vertaalbureau
            ^Wat we vertalen voor advocatenkantoren en rechtbanken
            Onze beëdigde vertalers vertalen vonnissen, vaststellingsovereenkomsten, dagvaardingen en correspondentie tussen een advocaat en zijn cliënt in het buitenland.
            Alle stukken blijven vertrouwelijk: elke vertaler tekent een geheimhoudingsverklaring, en dertig dagen na levering wissen we de bestanden.
            Staat er een juridische formule boven een brief, dan blijft die in de vertaling staan; we leggen formules niet uit, we vertalen ze.
            | Dienst | Levertijd |↵|---|---|↵| Beëdigde vertaling | 3 werkdagen |↵| Met apostille | 5 werkdagen |↵| Spoed voor een zittingsdatum | 24 uur |
            Vertalen jullie ook handgeschreven aantekeningen van getuigen, of alleen getypte stukken?
            Herschrijf deze pagina voor een advocaat die nog nooit een beëdigde vertaling heeft besteld, in gewone taal en onder de 150 woorden.
        """,
    }),
    Family("ski_school_booking_form_note", P, "blind6", hard_negative=True, min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Ski school {city} – about the booking form
            ^A note for parents before the first lesson
            The form asks about allergies and medicines so that the instructor knows what to do; we keep it confidential and shred it at the end of the season.
            Signing the form does not take away your right to bring a lawsuit if something goes wrong; our lawyer insists we say this plainly.
            Riding the chairlift without an adult is a privilege for children who have passed the bronze test, not a right.
            - Helmet compulsory on every slope↵- Meeting point at the big clock, 9:15↵- Lunch is not included in the half-day course
            If a lesson is cancelled for wind, is the money refunded or moved to another day?
            Turn this note into a short friendly message for the parents' group chat.
        """,
        "de": """
            ^Skischule {city} – zum Anmeldeformular
            ^Ein Hinweis für Eltern vor der ersten Stunde
            Das Formular fragt nach Allergien und Medikamenten, damit die Skilehrerin im Notfall Bescheid weiß; wir behandeln es vertraulich und schreddern es am Saisonende.
            Mit der Unterschrift verzichtet niemand auf sein Recht, bei einem Unfall zu klagen; darauf besteht unser Anwalt, und wir sagen es deshalb deutlich.
            Allein mit dem Sessellift fahren dürfen nur Kinder, die den Bronze-Test bestanden haben.
            - Helmpflicht auf jeder Piste↵- Treffpunkt an der großen Uhr, 9:15 Uhr↵- Mittagessen ist im Halbtageskurs nicht dabei
            Wenn eine Stunde wegen Sturm ausfällt, gibt es das Geld zurück oder einen Ersatztermin?
            Mach aus dem Hinweis eine kurze, freundliche Nachricht für die Elterngruppe.
        """,
        "fr": """
            ^École de ski de {city} – à propos du bulletin d'inscription
            ^Un mot aux parents avant le premier cours
            Le bulletin demande les allergies et les traitements pour que le moniteur sache quoi faire ; nous le gardons confidentiel et le détruisons en fin de saison.
            Signer le bulletin ne vous retire pas le droit d'agir en justice en cas d'accident ; notre avocat tient à ce que ce soit écrit clairement.
            Prendre le télésiège sans adulte est réservé aux enfants qui ont réussi le test de l'Ourson de bronze.
            - Casque obligatoire sur toutes les pistes↵- Rendez-vous à la grande horloge, 9 h 15↵- Le déjeuner n'est pas compris dans la demi-journée
            Si un cours est annulé à cause du vent, est-il remboursé ou reporté ?
            Transforme ce mot en message court et sympathique pour le groupe des parents.
        """,
        "es": """
            ^Escuela de esquí de {city} – sobre el formulario de inscripción
            ^Una nota para las familias antes de la primera clase
            El formulario pregunta por alergias y medicamentos para que el monitor sepa qué hacer; lo tratamos como confidencial y lo destruimos al acabar la temporada.
            Firmarlo no os quita el derecho a reclamar ante un juez si pasa algo; nuestro abogado insiste en que lo digamos claramente.
            Subir solos al telesilla es solo para los niños que han aprobado la prueba de bronce.
            - Casco obligatorio en todas las pistas↵- Punto de encuentro en el reloj grande, 9:15↵- La comida no está incluida en el cursillo de media jornada
            Si se suspende una clase por viento, ¿se devuelve el dinero o se pasa a otro día?
            Convierte esta nota en un mensaje corto y cercano para el grupo de padres.
        """,
        "nl": """
            ^Skischool {city} – over het inschrijfformulier
            ^Een woordje voor ouders vóór de eerste les
            Het formulier vraagt naar allergieën en medicijnen zodat de leraar weet wat te doen; we behandelen het vertrouwelijk en vernietigen het aan het eind van het seizoen.
            Wie tekent, houdt het recht om naar de rechter te stappen als er iets misgaat; onze advocaat wil dat we dat duidelijk zeggen.
            Zonder volwassene in de stoeltjeslift mag alleen wie de bronzen test heeft gehaald.
            - Helm verplicht op elke piste↵- Verzamelen bij de grote klok, 9.15 uur↵- Lunch zit niet bij de halve dag
            Als een les niet doorgaat door de wind, krijg je dan je geld terug of een andere dag?
            Maak van dit bericht een kort, vriendelijk appje voor de oudergroep.
        """,
    }),
    Family("removals_claims_faq", P, "blind6", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^{company} Removals – damage and claims, your questions answered
            ^Breakages on moving day: what customers ask us
            What happens if something breaks during the move? Note it on the delivery sheet before the crew leaves, then send photos within seven days.
            We aim for a settlement within four weeks: repair first, replacement if the item cannot be mended, and cash only when both fail.
            Your inventory is confidential and is only shared with our insurer; we never sell addresses or lists of belongings.
            Do I need a lawyer to make a claim? No: most claims are settled by letter, and a lawsuit is very rare in our trade.
            - Pack valuables and documents yourself↵- Pianos and antiques need a separate valuation↵- Plants are moved at the owner's risk
            Could you shorten this FAQ to the five questions customers ask most, keeping the tone warm?
        """,
        "de": """
            ^{company} Umzüge – Schäden und Reklamationen: Ihre Fragen
            ^Bruch am Umzugstag: was Kunden uns fragen
            Was tun, wenn beim Umzug etwas kaputtgeht? Vor der Abfahrt des Teams im Lieferschein vermerken und binnen sieben Tagen Fotos schicken.
            Wir regeln Schäden möglichst innerhalb von vier Wochen: erst Reparatur, dann Ersatz, Geld nur, wenn beides nicht geht.
            Ihre Umzugsliste bleibt vertraulich und geht nur an unseren Versicherer; Adressen oder Inventare verkaufen wir nie.
            Brauche ich einen Anwalt für eine Reklamation? Nein, fast alles klärt sich per Brief, ein Prozess ist in unserer Branche sehr selten.
            - Wertsachen und Papiere selbst packen↵- Klaviere und Antiquitäten brauchen ein eigenes Gutachten↵- Pflanzen reisen auf Risiko des Eigentümers
            Kannst du die Fragen auf die fünf häufigsten kürzen und den freundlichen Ton behalten?
        """,
        "fr": """
            ^{company} Déménagements – casse et réclamations, vos questions
            ^Casse le jour du déménagement : ce que nos clients demandent
            Que faire si un objet est cassé pendant le déménagement ? Le noter sur le bon de livraison avant le départ de l'équipe, puis envoyer des photos sous sept jours.
            Nous visons un règlement en quatre semaines : réparation d'abord, remplacement si l'objet est irréparable, indemnité seulement en dernier recours.
            Votre inventaire reste confidentiel et ne va qu'à notre assureur ; nous ne vendons jamais d'adresses ni de listes de biens.
            Faut-il un avocat pour réclamer ? Non, presque tout se règle par courrier, et un procès est très rare dans notre métier.
            - Emballez vous-même bijoux et papiers↵- Pianos et meubles anciens demandent une estimation à part↵- Les plantes voyagent aux risques du propriétaire
            Tu peux réduire cette FAQ aux cinq questions les plus fréquentes, en gardant un ton chaleureux ?
        """,
        "es": """
            ^Mudanzas {company} – daños y reclamaciones, tus preguntas
            ^Roturas el día de la mudanza: lo que nos preguntan
            ¿Qué pasa si algo se rompe en la mudanza? Anótalo en el albarán antes de que se vaya el equipo y manda fotos en siete días.
            Intentamos cerrar cada reclamación en cuatro semanas: primero reparar, luego sustituir y solo al final pagar.
            Tu inventario es confidencial y solo lo ve nuestra aseguradora; nunca vendemos direcciones ni listas de enseres.
            ¿Necesito un abogado para reclamar? No: casi todo se resuelve por carta y un pleito es rarísimo en nuestro sector.
            - Empaqueta tú las joyas y los papeles↵- Pianos y antigüedades llevan tasación aparte↵- Las plantas viajan por cuenta del dueño
            ¿Puedes dejar esta sección en las cinco preguntas más habituales, con un tono cercano?
        """,
        "nl": """
            ^{company} Verhuizingen – schade en claims, jouw vragen
            ^Breuk op de verhuisdag: wat klanten ons vragen
            Wat als er tijdens de verhuizing iets breekt? Schrijf het op de afleverbon voordat de ploeg vertrekt en stuur binnen zeven dagen foto's.
            We willen elke claim binnen vier weken afhandelen: eerst repareren, dan vervangen, en pas als laatste uitbetalen.
            Je inventarislijst is vertrouwelijk en gaat alleen naar onze verzekeraar; adressen of lijsten met spullen verkopen we nooit.
            Heb ik een advocaat nodig voor een claim? Nee, bijna alles wordt per brief geregeld, een rechtszaak is in onze branche zeldzaam.
            - Sieraden en papieren zelf inpakken↵- Piano's en antiek krijgen een aparte taxatie↵- Planten reizen op risico van de eigenaar
            Kun je deze vragen inkorten tot de vijf die klanten het vaakst stellen, met een warme toon?
        """,
    }),
    Family("dental_kids_brushing_guide", P, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Healthy teeth from the first tooth – a guide from the dental practice
            ^Brushing at home, age by age
            Start brushing as soon as the first tooth appears, twice a day, with a smear of toothpaste no bigger than a grain of rice.
            From three years a pea-sized amount is enough; let the child spit but not rinse, so the fluoride stays on the teeth.
            | Age | Toothpaste | Who brushes |↵|---|---|---|↵| 0–3 | rice grain | parent |↵| 3–6 | pea | parent, child tries |↵| 7+ | pea | child, parent checks |
            Is it bad if my four-year-old still has a bottle of milk at bedtime?
            - Sugary drinks only with meals↵- First visit to the dentist by the first birthday↵- Change the brush every three months
            Make this guide into a sticker chart text that a six-year-old can follow.
        """,
        "de": """
            ^Gesunde Zähne ab dem ersten Zahn – ein Ratgeber der Zahnarztpraxis
            ^Zähneputzen zu Hause, nach Alter
            Sobald der erste Zahn da ist, zweimal täglich putzen, mit einem Hauch Zahnpasta, nicht mehr als ein Reiskorn.
            Ab drei Jahren reicht eine erbsengroße Menge; das Kind soll ausspucken, aber nicht nachspülen, damit das Fluorid wirkt.
            | Alter | Zahnpasta | Wer putzt |↵|---|---|---|↵| 0–3 | Reiskorn | Eltern |↵| 3–6 | Erbse | Eltern, Kind übt |↵| ab 7 | Erbse | Kind, Eltern putzen nach |
            Ist es schlimm, wenn mein Vierjähriger abends noch ein Fläschchen Milch bekommt?
            - Süße Getränke nur zu den Mahlzeiten↵- Erster Zahnarztbesuch bis zum ersten Geburtstag↵- Zahnbürste alle drei Monate wechseln
            Mach aus dem Ratgeber einen Text für eine Stickerkarte, den ein Sechsjähriger versteht.
        """,
        "fr": """
            ^Des dents saines dès la première – le guide du cabinet dentaire
            ^Le brossage à la maison, selon l'âge
            Brossez dès l'apparition de la première dent, deux fois par jour, avec une trace de dentifrice grosse comme un grain de riz.
            À partir de trois ans, une noisette de la taille d'un petit pois suffit ; l'enfant crache mais ne rince pas, pour garder le fluor.
            | Âge | Dentifrice | Qui brosse |↵|---|---|---|↵| 0–3 ans | grain de riz | parent |↵| 3–6 ans | petit pois | parent, l'enfant essaie |↵| 7 ans et + | petit pois | l'enfant, le parent vérifie |
            Est-ce grave si mon fils de quatre ans prend encore un biberon de lait au coucher ?
            - Boissons sucrées seulement pendant les repas↵- Première visite chez le dentiste avant un an↵- Changer la brosse tous les trois mois
            Transforme ce guide en texte pour un tableau de gommettes qu'un enfant de six ans peut suivre.
        """,
        "es": """
            ^Dientes sanos desde el primero – guía de la clínica dental
            ^El cepillado en casa, por edades
            Empieza a cepillar en cuanto sale el primer diente, dos veces al día, con una mancha de pasta del tamaño de un grano de arroz.
            Desde los tres años basta con una cantidad como un guisante; que escupa pero no se enjuague, para que el flúor actúe.
            | Edad | Pasta | Quién cepilla |↵|---|---|---|↵| 0–3 | grano de arroz | madre o padre |↵| 3–6 | guisante | adulto, el niño prueba |↵| 7+ | guisante | el niño, el adulto repasa |
            ¿Es malo que mi hija de cuatro años tome todavía un biberón de leche para dormir?
            - Bebidas azucaradas solo en las comidas↵- Primera visita al dentista antes del primer cumpleaños↵- Cambiar el cepillo cada tres meses
            Convierte la guía en el texto de una tabla de pegatinas que pueda seguir un niño de seis años.
        """,
        "nl": """
            ^Gezonde tanden vanaf het eerste tandje – een gids van de tandartspraktijk
            ^Poetsen thuis, per leeftijd
            Begin met poetsen zodra het eerste tandje er is, twee keer per dag, met een likje tandpasta zo groot als een rijstkorrel.
            Vanaf drie jaar is een erwtje genoeg; laat je kind uitspugen maar niet naspoelen, dan blijft het fluoride zitten.
            | Leeftijd | Tandpasta | Wie poetst |↵|---|---|---|↵| 0–3 | rijstkorrel | ouder |↵| 3–6 | erwt | ouder, kind oefent |↵| 7+ | erwt | kind, ouder poetst na |
            Is het erg als mijn kleuter van vier 's avonds nog een flesje melk krijgt?
            - Zoete drankjes alleen bij het eten↵- Eerste bezoek aan de tandarts vóór de eerste verjaardag↵- Elke drie maanden een nieuwe borstel
            Maak van deze gids een tekst voor een stickerkaart die een kind van zes kan volgen.
        """,
    }),
    Family("brewery_tour_page", P, "blind6", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Visit the {company} brewery
            ^Tours, tastings and the brewery shop
            Our guided tour takes you from the malt store to the copper kettles and the cellar where the lagers rest for six weeks.
            Tours run Thursday to Sunday at 14:00 and 16:30 and last about ninety minutes, tasting of four beers included.
            | Ticket | Price |↵|---|---|↵| Adult tour with tasting | €18 |↵| Alcohol-free tour | €12 |↵| Children under 12 | free |
            Can we bring a dog, and is the cellar accessible with a wheelchair?
            - Closed shoes please, the floors are wet↵- Drivers get a free lemonade instead of the tasting↵- Groups over fifteen book by phone
            Write an Instagram caption for the autumn tours, two sentences and three hashtags.
        """,
        "de": """
            ^Besuch in der Brauerei {company}
            ^Führungen, Verkostung und Brauereiladen
            Die Führung geht vom Malzlager über die kupfernen Sudkessel bis in den Keller, in dem unser Helles sechs Wochen lagert.
            Führungen gibt es donnerstags bis sonntags um 14 und 16:30 Uhr, Dauer etwa neunzig Minuten, vier Biere zum Probieren inklusive.
            | Ticket | Preis |↵|---|---|↵| Erwachsene mit Verkostung | 18 € |↵| Alkoholfreie Führung | 12 € |↵| Kinder unter 12 | frei |
            Dürfen Hunde mit, und ist der Keller mit dem Rollstuhl erreichbar?
            - Bitte feste Schuhe, die Böden sind nass↵- Wer fährt, bekommt eine Limo statt der Verkostung↵- Gruppen ab fünfzehn Personen bitte telefonisch buchen
            Schreib einen Instagram-Text für die Herbstführungen, zwei Sätze und drei Hashtags.
        """,
        "fr": """
            ^Visitez la brasserie {company}
            ^Visites, dégustations et boutique
            La visite guidée part de la réserve de malt, passe par les cuves en cuivre et finit dans la cave où nos blondes reposent six semaines.
            Visites du jeudi au dimanche à 14 h et 16 h 30, environ une heure et demie, dégustation de quatre bières comprise.
            | Billet | Tarif |↵|---|---|↵| Adulte avec dégustation | 18 € |↵| Visite sans alcool | 12 € |↵| Moins de 12 ans | gratuit |
            Peut-on venir avec un chien, et la cave est-elle accessible en fauteuil roulant ?
            - Chaussures fermées, le sol est mouillé↵- Les conducteurs ont une limonade à la place de la dégustation↵- Groupes de plus de quinze personnes sur réservation
            Écris une légende Instagram pour les visites d'automne, deux phrases et trois hashtags.
        """,
        "es": """
            ^Visita la cervecera {company}
            ^Visitas, catas y tienda
            La visita guiada va del almacén de malta a las cubas de cobre y termina en la bodega donde la lager reposa seis semanas.
            Hay visitas de jueves a domingo a las 14:00 y a las 16:30, duran hora y media e incluyen la cata de cuatro cervezas.
            | Entrada | Precio |↵|---|---|↵| Adulto con cata | 18 € |↵| Visita sin alcohol | 12 € |↵| Menores de 12 | gratis |
            ¿Se puede ir con perro? ¿Y la bodega es accesible en silla de ruedas?
            - Calzado cerrado, el suelo está mojado↵- Quien conduce recibe un refresco en lugar de la cata↵- Grupos de más de quince, reserva por teléfono
            Escribe un texto para Instagram sobre las visitas de otoño, dos frases y tres hashtags.
        """,
        "nl": """
            ^Bezoek brouwerij {company}
            ^Rondleidingen, proeverijen en de brouwerijwinkel
            De rondleiding gaat van de moutzolder langs de koperen ketels naar de kelder waar ons pils zes weken rijpt.
            Rondleidingen van donderdag tot zondag om 14.00 en 16.30 uur, ongeveer anderhalf uur, met vier bieren om te proeven.
            | Kaartje | Prijs |↵|---|---|↵| Volwassene met proeverij | € 18 |↵| Alcoholvrije rondleiding | € 12 |↵| Kinderen onder de 12 | gratis |
            Mag de hond mee, en is de kelder toegankelijk met een rolstoel?
            - Dichte schoenen graag, de vloer is nat↵- Bestuurders krijgen limonade in plaats van de proeverij↵- Groepen boven de vijftien telefonisch reserveren
            Schrijf een Instagram-tekst voor de herfstrondleidingen, twee zinnen en drie hashtags.
        """,
    }),
    Family("music_school_exam_guide", P, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^{city} Music School – graded exams this term
            ^How the practical exam works
            The exam has three pieces from the syllabus, scales and arpeggios from memory, a short sight-reading test and an aural test with the examiner at the piano.
            Candidates may bring their own accompanist; otherwise the school's pianist rehearses once with each pupil the week before.
            | Grade | Length | Pass mark |↵|---|---|---|↵| 1–3 | 12–15 min | 100 of 150 |↵| 4–5 | 20 min | 100 of 150 |↵| 6–8 | 25–30 min | 100 of 150 |
            Does my daughter need grade 5 theory before she can take grade 6 violin?
            - Arrive twenty minutes early to warm up↵- Photocopies of the music are not allowed↵- Results arrive by post in about three weeks
            Write a short encouraging note to pupils taking their first exam, with three practical tips.
        """,
        "de": """
            ^Musikschule {city} – Stufenprüfungen in diesem Halbjahr
            ^So läuft die praktische Prüfung ab
            Zur Prüfung gehören drei Stücke aus der Literaturliste, Tonleitern und Akkordbrechungen auswendig, ein kurzes Vom-Blatt-Spiel und eine Gehörbildung am Klavier.
            Eine eigene Begleitung darf mitgebracht werden; sonst probt unsere Korrepetitorin in der Woche davor einmal mit jedem Schüler.
            | Stufe | Dauer | Bestanden ab |↵|---|---|---|↵| Unterstufe | 15 Min. | 60 Punkten |↵| Mittelstufe | 20 Min. | 60 Punkten |↵| Oberstufe | 30 Min. | 60 Punkten |
            Muss meine Tochter erst die Theorieprüfung machen, bevor sie in der Geige weiterkommt?
            - Zwanzig Minuten früher zum Einspielen da sein↵- Keine Kopien der Noten↵- Die Ergebnisse kommen nach etwa drei Wochen per Post
            Schreib ein kurzes, aufmunterndes Schreiben an alle, die zum ersten Mal Prüfung machen, mit drei praktischen Tipps.
        """,
        "fr": """
            ^Conservatoire de {city} – examens de fin de cycle ce trimestre
            ^Comment se passe l'épreuve instrumentale
            L'épreuve comprend trois morceaux imposés ou au choix, des gammes de mémoire, un déchiffrage court et un test d'oreille au piano avec le jury.
            Les élèves peuvent venir avec leur accompagnateur ; sinon, la pianiste du conservatoire répète une fois avec chacun la semaine précédente.
            | Cycle | Durée | Validation |↵|---|---|---|↵| 1er cycle | 15 min | 12/20 |↵| 2e cycle | 20 min | 12/20 |↵| 3e cycle | 30 min | 14/20 |
            Ma fille doit-elle valider la formation musicale avant de passer en deuxième cycle de violon ?
            - Arriver vingt minutes avant pour s'échauffer↵- Photocopies des partitions interdites↵- Résultats affichés trois semaines plus tard
            Rédige un petit mot d'encouragement pour les élèves qui passent leur premier examen, avec trois conseils pratiques.
        """,
        "es": """
            ^Escuela de Música de {city} – exámenes de grado este trimestre
            ^Cómo es la prueba práctica
            La prueba incluye tres obras del programa, escalas y arpegios de memoria, una lectura a primera vista y un ejercicio de oído con el tribunal al piano.
            Se puede traer pianista acompañante; si no, la pianista de la escuela ensaya una vez con cada alumno la semana anterior.
            | Curso | Duración | Aprobado |↵|---|---|---|↵| 1º–3º | 15 min | 5 sobre 10 |↵| 4º–5º | 20 min | 5 sobre 10 |↵| 6º | 30 min | 5 sobre 10 |
            ¿Mi hija necesita aprobar lenguaje musical antes de presentarse a violín de cuarto?
            - Llegar veinte minutos antes para calentar↵- No se admiten fotocopias de las partituras↵- Las notas se publican en unas tres semanas
            Escribe una nota breve de ánimo para quienes se examinan por primera vez, con tres consejos prácticos.
        """,
        "nl": """
            ^Muziekschool {city} – examens dit semester
            ^Zo gaat het praktijkexamen
            Het examen bestaat uit drie stukken van de lijst, toonladders en akkoorden uit het hoofd, een kort stuk van blad en een gehoortest met de examinator aan de piano.
            Een eigen begeleider mag mee; anders repeteert de pianist van de school de week ervoor één keer met elke leerling.
            | Niveau | Duur | Geslaagd vanaf |↵|---|---|---|↵| A | 15 min | 6 |↵| B | 20 min | 6 |↵| C en D | 30 min | 6 |
            Moet mijn dochter eerst theorie doen voordat ze viool op niveau C mag spelen?
            - Twintig minuten eerder komen om in te spelen↵- Geen kopieën van de bladmuziek↵- De uitslag komt na ongeveer drie weken per post
            Schrijf een kort bemoedigend briefje voor leerlingen die hun eerste examen doen, met drie praktische tips.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("removals_crew_job_sheet", I, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Job sheet – Friday, {city} to the coast, crew B
            ^Removal day plan for the crew lead
            Load from 7:30 at the old address: third floor, no lift, so the stair climber and four men are booked until noon.
            The piano goes first onto the small van with the skates; the customer has paid for the specialist strap-down.
            | Room | Boxes | Notes |↵|---|---|---|↵| Kitchen | 22 | fragile, pack on site |↵| Study | 40 | books, use small cartons |↵| Garden | 6 | pots empty before loading |
            Parking suspension is confirmed outside the new house from 13:00; the council sign must be photographed before we unload.
            - Blankets: 60↵- Wardrobe boxes: 8↵- Spare tape and the mattress covers from depot 2
            Can you turn this into a WhatsApp message for the crew with start times and who drives which truck?
        """,
        "de": """
            ^Auftragsblatt – Freitag, {city} an die Küste, Team B
            ^Ablaufplan Umzugstag für den Teamleiter
            Beladen ab 7:30 Uhr am alten Wohnort: dritter Stock, kein Aufzug, deshalb sind Treppensteiger und vier Träger bis Mittag eingeplant.
            Das Klavier kommt zuerst mit den Rollbrettern auf den kleinen Transporter; die Spezialsicherung ist bezahlt.
            | Raum | Kartons | Hinweis |↵|---|---|---|↵| Küche | 22 | zerbrechlich, vor Ort packen |↵| Arbeitszimmer | 40 | Bücher, kleine Kartons |↵| Garten | 6 | Töpfe vorher leeren |
            Die Halteverbotszone vor dem neuen Haus gilt ab 13 Uhr; das Schild bitte vor dem Ausladen fotografieren.
            - Decken: 60↵- Kleiderboxen: 8↵- Ersatzklebeband und Matratzenhüllen aus Lager 2
            Mach daraus eine WhatsApp-Nachricht fürs Team mit Startzeiten und wer welchen Lkw fährt.
        """,
        "fr": """
            ^Fiche chantier – vendredi, {city} vers la côte, équipe B
            ^Déroulé du jour de déménagement pour le chef d'équipe
            Chargement à 7 h 30 à l'ancienne adresse : troisième étage sans ascenseur, donc monte-meubles et quatre porteurs jusqu'à midi.
            Le piano part en premier dans le petit camion avec les rouleurs ; le client a payé le calage spécial.
            | Pièce | Cartons | Remarque |↵|---|---|---|↵| Cuisine | 22 | fragile, emballer sur place |↵| Bureau | 40 | livres, petits cartons |↵| Jardin | 6 | vider les pots avant |
            L'arrêté de stationnement devant la nouvelle maison court à partir de 13 h ; photographier le panneau avant de décharger.
            - Couvertures : 60↵- Penderies carton : 8↵- Adhésif et housses de matelas au dépôt 2
            Tu peux en faire un message WhatsApp pour l'équipe avec les horaires et qui conduit quel camion ?
        """,
        "es": """
            ^Hoja de trabajo – viernes, {city} a la costa, equipo B
            ^Plan del día de mudanza para el jefe de equipo
            Carga desde las 7:30 en la dirección antigua: tercer piso sin ascensor, así que elevador y cuatro operarios hasta mediodía.
            El piano va primero en la furgoneta pequeña con las plataformas; el cliente ha pagado el anclaje especial.
            | Estancia | Cajas | Nota |↵|---|---|---|↵| Cocina | 22 | frágil, embalar allí |↵| Despacho | 40 | libros, cajas pequeñas |↵| Jardín | 6 | vaciar las macetas antes |
            La reserva de estacionamiento delante de la casa nueva vale desde las 13:00; hay que fotografiar la señal antes de descargar.
            - Mantas: 60↵- Cajas armario: 8↵- Cinta de repuesto y fundas de colchón del almacén 2
            ¿Me lo pasas a un mensaje de WhatsApp para el equipo con horas y quién lleva cada camión?
        """,
        "nl": """
            ^Werkbon – vrijdag, {city} naar de kust, ploeg B
            ^Draaiboek verhuisdag voor de ploegleider
            Laden vanaf 7.30 uur op het oude adres: derde verdieping zonder lift, dus de verhuislift en vier man tot de middag.
            De piano gaat eerst in de kleine bus met de rolplanken; de klant heeft de speciale vastzetting betaald.
            | Ruimte | Dozen | Opmerking |↵|---|---|---|↵| Keuken | 22 | breekbaar, ter plekke inpakken |↵| Werkkamer | 40 | boeken, kleine dozen |↵| Tuin | 6 | potten eerst leeg |
            De parkeerontheffing voor het nieuwe huis geldt vanaf 13.00 uur; maak een foto van het bord voor het lossen.
            - Dekens: 60↵- Hangdozen: 8↵- Extra tape en matrashoezen uit depot 2
            Kun je er een WhatsApp-bericht voor de ploeg van maken met begintijden en wie welke wagen rijdt?
        """,
    }),
    Family("dealership_stock_plan", I, "blind6", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Showroom stock plan – {company} Motors, next quarter
            ^Sales meeting, Monday
            We have {n} used cars older than ninety days on the forecourt; anything past 120 days goes to the trade auction next month.
            The two electric demonstrators come off the fleet at the end of the month and are sold as ex-demo with the full warranty.
            | Model | In stock | Target | Action |↵|---|---|---|---|↵| City hatch | 14 | 10 | weekend offer |↵| Family estate | 6 | 9 | order from factory |↵| Small SUV | 11 | 11 | hold |
            Which sales advisor is covering the Saturday test drives while the manager is on the training course?
            - Valet bay closed Tuesday for the new pressure washer↵- Price boards reprinted by Thursday↵- Trade-in photos into the stock system the same day
            Write the agenda for Monday's sales meeting from these notes, fifteen minutes at most.
        """,
        "de": """
            ^Bestandsplan Ausstellungsraum – Autohaus {company}, nächstes Quartal
            ^Verkäuferrunde am Montag
            Auf dem Hof stehen {n} Gebrauchte, die älter als neunzig Tage sind; was über 120 Tage steht, geht nächsten Monat in die Händlerauktion.
            Die beiden Elektro-Vorführwagen kommen Ende des Monats aus dem Fuhrpark und werden als Vorführer mit voller Garantie verkauft.
            | Modell | Bestand | Ziel | Maßnahme |↵|---|---|---|---|↵| Kleinwagen | 14 | 10 | Wochenendaktion |↵| Kombi | 6 | 9 | beim Werk bestellen |↵| Kompakt-SUV | 11 | 11 | halten |
            Wer übernimmt die Probefahrten am Samstag, solange der Verkaufsleiter auf Schulung ist?
            - Aufbereitung am Dienstag zu, neuer Hochdruckreiniger↵- Preisschilder bis Donnerstag neu drucken↵- Fotos der Inzahlungnahmen am selben Tag ins System
            Stell aus den Notizen die Tagesordnung für die Montagsrunde zusammen, höchstens fünfzehn Minuten.
        """,
        "fr": """
            ^Plan de stock du showroom – garage {company}, trimestre prochain
            ^Réunion commerciale du lundi
            Nous avons {n} occasions de plus de quatre-vingt-dix jours sur le parc ; au-delà de 120 jours, elles partent aux enchères professionnelles le mois prochain.
            Les deux véhicules de démonstration électriques sortent de la flotte en fin de mois et seront vendus en VD avec la garantie complète.
            | Modèle | En stock | Cible | Action |↵|---|---|---|---|↵| Citadine | 14 | 10 | offre week-end |↵| Break familial | 6 | 9 | commande usine |↵| Petit SUV | 11 | 11 | rien |
            Quel conseiller couvre les essais du samedi pendant que le chef des ventes est en formation ?
            - Atelier préparation fermé mardi pour le nouveau nettoyeur↵- Étiquettes de prix réimprimées jeudi↵- Photos des reprises dans le logiciel le jour même
            Rédige l'ordre du jour de la réunion de lundi à partir de ces notes, quinze minutes maximum.
        """,
        "es": """
            ^Plan de stock de la exposición – concesionario {company}, próximo trimestre
            ^Reunión de ventas del lunes
            Tenemos {n} coches de ocasión con más de noventa días en la campa; los que pasen de 120 días van a la subasta de profesionales el mes que viene.
            Los dos eléctricos de demostración salen de la flota a fin de mes y se venden como seminuevos con garantía completa.
            | Modelo | En stock | Objetivo | Acción |↵|---|---|---|---|↵| Utilitario | 14 | 10 | oferta de fin de semana |↵| Familiar | 6 | 9 | pedir a fábrica |↵| SUV pequeño | 11 | 11 | mantener |
            ¿Qué comercial cubre las pruebas del sábado mientras el jefe de ventas está en el curso?
            - Lavadero cerrado el martes por la hidrolimpiadora nueva↵- Carteles de precio reimpresos para el jueves↵- Fotos de las tasaciones al sistema el mismo día
            Prepara el orden del día de la reunión del lunes con estas notas, quince minutos como mucho.
        """,
        "nl": """
            ^Voorraadplan showroom – autobedrijf {company}, volgend kwartaal
            ^Verkoopoverleg maandag
            Er staan {n} occasions langer dan negentig dagen op het terrein; alles boven de 120 dagen gaat volgende maand naar de handelsveiling.
            De twee elektrische demo's gaan eind van de maand uit de vloot en worden verkocht als demonstratieauto met volledige garantie.
            | Model | Voorraad | Doel | Actie |↵|---|---|---|---|↵| Stadsauto | 14 | 10 | weekendactie |↵| Stationwagen | 6 | 9 | bij de fabriek bestellen |↵| Kleine SUV | 11 | 11 | aanhouden |
            Welke verkoper doet de proefritten op zaterdag zolang de verkoopleider op cursus is?
            - Poetsplaats dinsdag dicht voor de nieuwe hogedrukspuit↵- Prijskaarten donderdag opnieuw drukken↵- Foto's van inruilauto's dezelfde dag in het systeem
            Maak van deze aantekeningen de agenda voor het maandagoverleg, hooguit een kwartier.
        """,
    }),
    Family("fire_station_drill_rota", I, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Station {n} – training rota, winter block
            ^Drill nights and who leads them
            Tuesday drill night moves to the old quarry car park for the water relay exercise with the neighbouring station's tanker.
            Breathing apparatus refresher is due for watch C before the end of the month; the smoke house is booked for Thursday afternoon.
            | Week | Drill | Lead |↵|---|---|---|↵| 1 | ladder pitching | Sub-officer of watch A |↵| 2 | road traffic collision, cutting gear | watch B |↵| 3 | water rescue from the bank | watch C |
            Has anyone checked that the new hose couplings fit the hydrants in the old town?
            - Kit inspection every Monday at 19:00↵- Fuel cards back in the office after each shift↵- Drill log signed by the lead the same night
            Draft the notice for the station board announcing the winter drills, in a plain, no-nonsense tone.
        """,
        "de": """
            ^Wache {n} – Übungsplan Winterhalbjahr
            ^Übungsabende und wer sie leitet
            Der Übungsabend am Dienstag findet auf dem Parkplatz am alten Steinbruch statt: Wasserförderung über lange Wegstrecke mit dem Tanklöschfahrzeug der Nachbarwehr.
            Die Atemschutz-Wiederholung ist für Zug C bis Monatsende fällig; die Übungsanlage ist für Donnerstagnachmittag gebucht.
            | Woche | Übung | Leitung |↵|---|---|---|↵| 1 | Leitern in Stellung bringen | Gruppenführer Zug A |↵| 2 | Verkehrsunfall, Rettungsschere | Zug B |↵| 3 | Wasserrettung vom Ufer | Zug C |
            Hat jemand geprüft, ob die neuen Kupplungen auf die Hydranten in der Altstadt passen?
            - Gerätecheck jeden Montag um 19 Uhr↵- Tankkarten nach jedem Dienst zurück ins Büro↵- Übungsnachweis noch am selben Abend vom Leiter unterschreiben
            Entwirf den Aushang für das Schwarze Brett zu den Winterübungen, sachlich und knapp.
        """,
        "fr": """
            ^Centre de secours n° {n} – planning des manœuvres, hiver
            ^Soirées de manœuvre et encadrement
            La manœuvre du mardi se déplace sur le parking de l'ancienne carrière pour l'exercice d'alimentation en eau avec le camion-citerne du centre voisin.
            Le recyclage ARI est à faire pour la garde C avant la fin du mois ; le caisson d'entraînement est réservé jeudi après-midi.
            | Semaine | Manœuvre | Responsable |↵|---|---|---|↵| 1 | établissement des échelles | sergent garde A |↵| 2 | accident de la route, désincarcération | garde B |↵| 3 | sauvetage aquatique depuis la berge | garde C |
            Quelqu'un a-t-il vérifié que les nouveaux raccords passent sur les poteaux d'incendie de la vieille ville ?
            - Vérification du matériel chaque lundi à 19 h↵- Cartes carburant rendues au bureau après chaque garde↵- Registre de manœuvre signé le soir même
            Rédige la note d'affichage qui annonce les manœuvres d'hiver, ton sobre et direct.
        """,
        "es": """
            ^Parque de bomberos {n} – calendario de prácticas, invierno
            ^Noches de prácticas y quién las dirige
            La práctica del martes se hace en el aparcamiento de la antigua cantera: abastecimiento de agua en relevo con la cisterna del parque vecino.
            El reciclaje de equipos de respiración toca al turno C antes de fin de mes; la casa de humo está reservada el jueves por la tarde.
            | Semana | Práctica | Responsable |↵|---|---|---|↵| 1 | montaje de escaleras | cabo turno A |↵| 2 | accidente de tráfico, herramienta de corte | turno B |↵| 3 | rescate acuático desde la orilla | turno C |
            ¿Ha comprobado alguien que los racores nuevos encajan en los hidrantes del casco antiguo?
            - Revisión de material cada lunes a las 19:00↵- Tarjetas de combustible a la oficina después de cada guardia↵- Registro de la práctica firmado esa misma noche
            Redacta el aviso para el tablón anunciando las prácticas de invierno, en tono sobrio.
        """,
        "nl": """
            ^Kazerne {n} – oefenrooster winterperiode
            ^Oefenavonden en wie ze leidt
            De oefenavond van dinsdag verhuist naar de parkeerplaats bij de oude groeve voor de waterwinning met de tankautospuit van de buurkazerne.
            De herhaling ademlucht moet voor ploeg C voor het eind van de maand; het oefenhuis is donderdagmiddag gereserveerd.
            | Week | Oefening | Leiding |↵|---|---|---|↵| 1 | ladders opstellen | bevelvoerder ploeg A |↵| 2 | verkeersongeval, hydraulisch gereedschap | ploeg B |↵| 3 | waterredding vanaf de kant | ploeg C |
            Heeft iemand gecontroleerd of de nieuwe koppelingen op de brandkranen in de oude binnenstad passen?
            - Materiaalcontrole elke maandag om 19.00 uur↵- Tankpassen na elke dienst terug naar kantoor↵- Oefenlogboek dezelfde avond laten aftekenen
            Schrijf het bericht voor het prikbord over de winteroefeningen, zakelijk en kort.
        """,
    }),
    Family("bakery_night_production_plan", I, "blind6", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Night bake plan – central bakery, {n} shops
            ^Production schedule for Saturday
            Sourdough starter is fed at 22:00; first mix of rye at 23:30, so the proofers must be cleaned before the late shift leaves.
            Croissant dough was laminated on Thursday and sits in the retarder; bake off from 3:00 in two batches for the town-centre shops.
            | Product | Trays | Oven | Ready |↵|---|---|---|---|↵| White tin loaf | 40 | deck 1 | 4:30 |↵| Rye sourdough | 26 | deck 2 | 5:00 |↵| Croissants | 30 | rack oven | 5:15 |
            Who takes the second van if the driver for the northern round is still off sick?
            - Flour delivery Monday, check silo level on Sunday↵- Seeded rolls paused until the new sesame arrives↵- Waste sheet filled in before the end of each shift
            Turn this into a one-page checklist for the night baker that can be pinned next to the ovens.
        """,
        "de": """
            ^Backplan Nacht – Zentralbäckerei, {n} Filialen
            ^Produktionsplan für Samstag
            Der Sauerteig wird um 22 Uhr aufgefrischt, der erste Roggenteig um 23:30 Uhr gemischt; die Gärschränke müssen vor Schichtende der Spätschicht sauber sein.
            Der Croissantteig wurde Donnerstag touriert und liegt im Gärverzögerer; ab 3 Uhr in zwei Durchgängen für die Innenstadtfilialen backen.
            | Produkt | Bleche | Ofen | Fertig |↵|---|---|---|---|↵| Kastenweißbrot | 40 | Etage 1 | 4:30 |↵| Roggensauerteig | 26 | Etage 2 | 5:00 |↵| Croissants | 30 | Stikkenofen | 5:15 |
            Wer fährt den zweiten Wagen, wenn der Fahrer der Nordtour weiter krank ist?
            - Mehllieferung Montag, Silostand am Sonntag prüfen↵- Körnerbrötchen pausieren, bis der neue Sesam kommt↵- Retourenliste vor jedem Schichtende ausfüllen
            Mach daraus eine einseitige Checkliste für den Nachtbäcker, die neben den Öfen hängen kann.
        """,
        "fr": """
            ^Plan de fournée de nuit – fournil central, {n} boutiques
            ^Production du samedi
            Le levain est rafraîchi à 22 h ; premier pétrissage de seigle à 23 h 30, donc les chambres de pousse doivent être nettoyées avant le départ de l'équipe du soir.
            La pâte à croissants a été tourée jeudi et attend en chambre de pousse contrôlée ; cuisson à partir de 3 h en deux fournées pour les boutiques du centre.
            | Produit | Plaques | Four | Prêt |↵|---|---|---|---|↵| Pain de mie | 40 | sole 1 | 4 h 30 |↵| Pain de seigle au levain | 26 | sole 2 | 5 h |↵| Croissants | 30 | four à chariot | 5 h 15 |
            Qui prend la deuxième camionnette si le livreur de la tournée nord est encore en arrêt ?
            - Livraison de farine lundi, vérifier le silo dimanche↵- Petits pains aux graines suspendus jusqu'au nouveau sésame↵- Fiche des invendus remplie en fin de poste
            Transforme ceci en check-list d'une page pour le boulanger de nuit, à afficher près des fours.
        """,
        "es": """
            ^Plan de hornada nocturna – obrador central, {n} tiendas
            ^Producción del sábado
            La masa madre se refresca a las 22:00 y el primer amasado de centeno es a las 23:30, así que las cámaras de fermentación deben quedar limpias antes de que salga el turno de tarde.
            La masa de cruasán se laminó el jueves y está en la cámara de frío; se hornea desde las 3:00 en dos tandas para las tiendas del centro.
            | Producto | Bandejas | Horno | Listo |↵|---|---|---|---|↵| Pan de molde | 40 | solera 1 | 4:30 |↵| Centeno de masa madre | 26 | solera 2 | 5:00 |↵| Cruasanes | 30 | horno de carro | 5:15 |
            ¿Quién lleva la segunda furgoneta si el repartidor de la ruta norte sigue de baja?
            - Harina llega el lunes, mirar el silo el domingo↵- Panecillos de semillas parados hasta que llegue el sésamo↵- Hoja de mermas rellena al final de cada turno
            Conviértelo en una lista de una página para el panadero de noche, para colgar junto a los hornos.
        """,
        "nl": """
            ^Nachtbakplan – centrale bakkerij, {n} winkels
            ^Productieschema zaterdag
            Het zuurdesem wordt om 22.00 uur gevoed, het eerste roggedeeg om 23.30 uur gedraaid; de rijskasten moeten schoon zijn voordat de late dienst vertrekt.
            Het croissantdeeg is donderdag gevouwen en ligt in de remrijskast; vanaf 3.00 uur afbakken in twee rondes voor de winkels in het centrum.
            | Product | Platen | Oven | Klaar |↵|---|---|---|---|↵| Wit tarwebrood | 40 | etage 1 | 4.30 |↵| Roggezuurdesem | 26 | etage 2 | 5.00 |↵| Croissants | 30 | rekoven | 5.15 |
            Wie rijdt de tweede bus als de chauffeur van de noordroute nog ziek is?
            - Meel komt maandag, siloniveau zondag nakijken↵- Zadenbolletjes even niet, tot de nieuwe sesam er is↵- Derflijst invullen voor het eind van elke dienst
            Maak hier een checklist van één pagina van voor de nachtbakker, om naast de ovens op te hangen.
        """,
    }),
    Family("zoo_enclosure_move_plan", I, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Animal moves during the ape house works – keepers' plan
            ^Week {n} of the building programme
            The two gibbons move to the off-show quarters behind the bird hall on Monday; crate training started last week and both walk in for grapes.
            Builders may not use the angle grinder within earshot of the okapi paddock before 10:00, when the okapi are let out.
            | Animal | From | To | Date |↵|---|---|---|---|↵| Gibbons | ape house | bird hall back rooms | Monday |↵| Tamarins | ape house | tropical hall | Wednesday |↵| Tortoises | stay put | – | – |
            Does the vet team want to be there for the gibbons' move, or only on call?
            - Visitor signs on the closed path by Friday↵- Keeper radio channel 3 during moves↵- Night checks every two hours the first three nights
            Summarise the plan for the visitor services team: what guests will see, what is closed and for how long.
        """,
        "de": """
            ^Tierumzüge während der Bauarbeiten am Affenhaus – Plan der Tierpfleger
            ^Woche {n} des Bauprogramms
            Die beiden Gibbons ziehen am Montag in die Hinterquartiere der Vogelhalle; das Kistentraining läuft seit letzter Woche, beide gehen für Trauben hinein.
            Vor 10 Uhr, wenn die Okapis rausgelassen werden, darf in Hörweite der Okapi-Anlage kein Winkelschleifer laufen.
            | Tier | Von | Nach | Datum |↵|---|---|---|---|↵| Gibbons | Affenhaus | Vogelhalle hinten | Montag |↵| Tamarine | Affenhaus | Tropenhalle | Mittwoch |↵| Schildkröten | bleiben | – | – |
            Will das Tierarztteam beim Umzug der Gibbons dabei sein oder nur in Rufbereitschaft?
            - Besucherschilder am gesperrten Weg bis Freitag↵- Pflegerfunk Kanal 3 während der Umzüge↵- Nachtkontrollen alle zwei Stunden in den ersten drei Nächten
            Fass den Plan für den Besucherservice zusammen: was Gäste sehen, was gesperrt ist und wie lange.
        """,
        "fr": """
            ^Déplacements d'animaux pendant les travaux de la singerie – plan des soigneurs
            ^Semaine {n} du chantier
            Les deux gibbons partent lundi dans les loges hors public derrière la volière ; l'entraînement à la caisse a commencé la semaine dernière et tous deux y entrent pour du raisin.
            Pas de disqueuse à portée d'oreille de l'enclos des okapis avant 10 h, l'heure où on les sort.
            | Animal | De | Vers | Date |↵|---|---|---|---|↵| Gibbons | singerie | arrière de la volière | lundi |↵| Tamarins | singerie | serre tropicale | mercredi |↵| Tortues | restent | – | – |
            L'équipe vétérinaire veut-elle assister au transfert des gibbons ou rester d'astreinte ?
            - Panneaux visiteurs sur l'allée fermée d'ici vendredi↵- Canal radio 3 pendant les transferts↵- Rondes de nuit toutes les deux heures les trois premières nuits
            Résume le plan pour l'équipe accueil : ce que verront les visiteurs, ce qui est fermé et combien de temps.
        """,
        "es": """
            ^Traslado de animales durante las obras de la casa de los primates – plan de cuidadores
            ^Semana {n} de la obra
            Los dos gibones pasan el lunes a las instalaciones de reserva detrás del aviario; el entrenamiento con la caja empezó la semana pasada y entran los dos por uvas.
            Los obreros no pueden usar la radial cerca del recinto de los okapis antes de las 10:00, cuando salen los okapis.
            | Animal | Desde | Hasta | Fecha |↵|---|---|---|---|↵| Gibones | primates | trasera del aviario | lunes |↵| Tamarinos | primates | pabellón tropical | miércoles |↵| Tortugas | se quedan | – | – |
            ¿El equipo veterinario quiere estar en el traslado de los gibones o solo localizable?
            - Carteles para visitantes en el camino cerrado antes del viernes↵- Canal 3 de radio durante los traslados↵- Rondas nocturnas cada dos horas las tres primeras noches
            Resume el plan para atención al visitante: qué verá el público, qué se cierra y durante cuánto tiempo.
        """,
        "nl": """
            ^Dierverhuizingen tijdens de verbouwing van het apenhuis – plan van de verzorgers
            ^Week {n} van de bouw
            De twee gibbons verhuizen maandag naar de achterverblijven bij de vogelhal; de kisttraining loopt sinds vorige week en ze lopen er allebei in voor druiven.
            Voor 10.00 uur, als de okapi's naar buiten gaan, mag er binnen gehoorsafstand van hun weide geen slijptol aan.
            | Dier | Van | Naar | Datum |↵|---|---|---|---|↵| Gibbons | apenhuis | achter de vogelhal | maandag |↵| Tamarins | apenhuis | tropenhal | woensdag |↵| Schildpadden | blijven | – | – |
            Wil het dierenartsenteam bij de verhuizing van de gibbons zijn, of alleen oproepbaar?
            - Bordjes voor bezoekers op het afgesloten pad vóór vrijdag↵- Verzorgersportofoon kanaal 3 tijdens verhuizingen↵- De eerste drie nachten elke twee uur een ronde
            Vat het plan samen voor de publieksservice: wat bezoekers zien, wat dicht is en hoe lang.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("music_pupil_welfare_note", C, "blind6", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Teacher's note for the head of strings – pupil {name}
            ^Pastoral concern, not for the pupil's file
            {first} has missed four lessons since half-term and came to the last one in tears; she told me her parents are separating and she now spends weekends at her father's flat, where the cello cannot go.
            Her mother rang to say the fees for this term will be late, because the father has stopped paying towards them and she is waiting for her next wages.
            {first} said quietly that she has stopped eating lunch at school "to save money for Mum"; I did not press her, but someone should tell the school's welfare lead.
            Her exam is in {n} days and she is not ready; I suggest we move her to the next session without a fee and say nothing about why in front of the group.
            - Do not mention the separation in the ensemble WhatsApp↵- Loan cello for the father's flat?↵- Fee reminder letters to be stopped this term
            Help me write a short, kind message to her mother offering the exam move and the loan instrument, without mentioning what {first} told me.
        """,
        "de": """
            ^Notiz für die Fachbereichsleitung Streicher – Schülerin {name}
            ^Sorge um die Schülerin, nicht für die Schülerakte
            {first} hat seit den Herbstferien vier Stunden verpasst und kam zur letzten weinend; ihre Eltern trennen sich, und die Wochenenden verbringt sie jetzt in der Wohnung des Vaters, wo kein Platz für das Cello ist.
            Die Mutter hat angerufen: Das Schulgeld für dieses Halbjahr kommt später, weil der Vater nichts mehr dazugibt und sie auf ihr nächstes Gehalt wartet.
            {first} hat leise erzählt, dass sie in der Schule kein Mittagessen mehr kauft, „damit Mama Geld spart“; ich habe nicht nachgefragt, aber die Vertrauenslehrerin sollte das erfahren.
            Die Prüfung ist in {n} Tagen, und sie ist nicht so weit; ich schlage vor, sie ohne Gebühr auf den nächsten Termin zu verschieben und vor der Gruppe nichts zu den Gründen zu sagen.
            - Die Trennung nicht in der Ensemble-Gruppe erwähnen↵- Leihcello für die Wohnung des Vaters?↵- Mahnungen zum Schulgeld in diesem Halbjahr aussetzen
            Hilf mir, der Mutter kurz und freundlich die Verschiebung und das Leihinstrument anzubieten, ohne zu erwähnen, was {first} mir erzählt hat.
        """,
        "fr": """
            ^Note pour la coordinatrice des cordes – élève {name}
            ^Inquiétude, à ne pas verser au dossier de l'élève
            {first} a manqué quatre cours depuis les vacances et est arrivée en larmes au dernier ; ses parents se séparent et elle passe désormais les week-ends dans le studio de son père, où le violoncelle n'entre pas.
            Sa mère a appelé pour prévenir que les frais du trimestre seront réglés en retard : le père ne participe plus et elle attend son prochain salaire.
            {first} m'a dit tout bas qu'elle ne déjeune plus à la cantine « pour que maman économise » ; je n'ai pas insisté, mais il faut prévenir l'infirmière scolaire.
            Son examen est dans {n} jours et elle n'est pas prête ; je propose de la reporter à la session suivante sans frais, sans rien dire du motif devant le groupe.
            - Ne pas parler de la séparation dans le groupe de l'orchestre↵- Violoncelle de prêt pour chez le père ?↵- Suspendre les relances de paiement ce trimestre
            Aide-moi à écrire à sa mère un message court et bienveillant qui propose le report et l'instrument de prêt, sans rien dire de ce que {first} m'a confié.
        """,
        "es": """
            ^Nota para la jefa de cuerda – alumna {name}
            ^Preocupación por la alumna, no va al expediente
            {first} ha faltado a cuatro clases desde el puente y llegó llorando a la última; sus padres se están separando y ahora pasa los fines de semana en el piso de su padre, donde no cabe el violonchelo.
            Su madre llamó para avisar de que la cuota del trimestre llegará tarde, porque el padre ha dejado de pagar su parte y ella espera a cobrar.
            {first} me contó en voz baja que ya no come en el colegio «para que mamá ahorre»; no le pregunté más, pero alguien debería avisar a la orientadora.
            Su examen es dentro de {n} días y no está preparada; propongo pasarla a la siguiente convocatoria sin coste y no explicar el motivo delante del grupo.
            - No mencionar la separación en el grupo de la orquesta↵- ¿Violonchelo de préstamo para casa del padre?↵- Parar los avisos de cuota este trimestre
            Ayúdame a escribir a su madre un mensaje breve y cariñoso ofreciendo el cambio de examen y el instrumento prestado, sin contar lo que {first} me dijo.
        """,
        "nl": """
            ^Notitie voor de coördinator strijkers – leerling {name}
            ^Zorg om de leerling, niet voor het leerlingdossier
            {first} heeft sinds de herfstvakantie vier lessen gemist en kwam huilend naar de laatste; haar ouders gaan uit elkaar en de weekenden is ze nu in het appartement van haar vader, waar de cello niet past.
            Haar moeder belde dat het lesgeld voor dit semester later komt, omdat de vader niet meer meebetaalt en zij op haar volgende salaris wacht.
            {first} zei zachtjes dat ze op school geen lunch meer koopt 'zodat mama geld overhoudt'; ik heb niet doorgevraagd, maar de vertrouwenspersoon moet het weten.
            Haar examen is over {n} dagen en ze is er niet klaar voor; ik stel voor haar zonder kosten naar de volgende ronde te verplaatsen en in de groep niets over de reden te zeggen.
            - De scheiding niet noemen in de orkestapp↵- Een leencello voor bij haar vader?↵- Herinneringen voor het lesgeld dit semester stopzetten
            Help me een kort, vriendelijk bericht aan haar moeder te schrijven met het uitstel en de leencello, zonder te noemen wat {first} me vertelde.
        """,
    }),
    Family("firefighter_fitness_review", C, "blind6", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Station manager's file – firefighter {name}, fitness and welfare
            ^Outcome of the annual fitness assessment
            {name} failed the treadmill test for the second year running, stopping at level 9 against the required 10, and has been taken off breathing apparatus duties until a retest.
            In the review he said his back has been bad since the warehouse fire, that he takes painkillers most days and has not told the occupational health doctor.
            Two crew members told me privately that he smelt of drink at the start of two night shifts last month; I have not raised it with him yet.
            His wife left in the summer and he is caring for their two boys alone on his days off, which is why he has swapped onto nights.
            | Item | Result |↵|---|---|↵| Treadmill | level 9.2, fail |↵| Grip strength | pass |↵| Ladder climb | pass |↵| Retest | in eight weeks |
            Draft the letter confirming the temporary restriction, supportive in tone, and list what I should say to him about the drinking reports.
        """,
        "de": """
            ^Akte des Wachabteilungsleiters – Feuerwehrmann {name}, Fitness und Fürsorge
            ^Ergebnis der jährlichen Leistungsprüfung
            {name} hat den Laufbandtest zum zweiten Mal in Folge nicht bestanden, Abbruch bei Stufe 9 statt der geforderten 10, und ist bis zur Wiederholung aus dem Atemschutz genommen.
            Im Gespräch sagte er, sein Rücken sei seit dem Lagerhallenbrand schlecht, er nehme fast täglich Schmerzmittel und habe das dem Betriebsarzt nicht gesagt.
            Zwei Kollegen haben mir unter vier Augen gesagt, dass er letzten Monat bei zwei Nachtdiensten zu Dienstbeginn nach Alkohol roch; angesprochen habe ich ihn noch nicht.
            Seine Frau ist im Sommer ausgezogen, er betreut die beiden Jungen an seinen freien Tagen allein und ist deshalb auf Nachtdienste gewechselt.
            | Punkt | Ergebnis |↵|---|---|↵| Laufband | Stufe 9,2, nicht bestanden |↵| Griffkraft | bestanden |↵| Leiteraufstieg | bestanden |↵| Wiederholung | in acht Wochen |
            Entwirf das Schreiben zur vorläufigen Einschränkung, unterstützend im Ton, und liste auf, was ich ihm zu den Hinweisen auf Alkohol sagen sollte.
        """,
        "fr": """
            ^Dossier du chef de centre – sapeur-pompier {name}, aptitude et suivi
            ^Résultat du bilan physique annuel
            {name} a échoué au test sur tapis pour la deuxième année, arrêt au palier 9 pour 10 exigés, et il est retiré de l'ARI jusqu'à un nouveau test.
            À l'entretien, il a reconnu avoir mal au dos depuis l'incendie de l'entrepôt, prendre des antalgiques presque tous les jours et ne pas l'avoir dit au médecin du service.
            Deux collègues m'ont dit en aparté qu'il sentait l'alcool en prenant deux gardes de nuit le mois dernier ; je ne lui en ai pas encore parlé.
            Sa femme est partie cet été et il élève seul leurs deux garçons sur ses jours de repos, d'où son passage en gardes de nuit.
            | Épreuve | Résultat |↵|---|---|↵| Tapis | palier 9,2, échec |↵| Force de préhension | réussi |↵| Échelle | réussi |↵| Nouveau test | dans huit semaines |
            Rédige le courrier qui confirme la restriction temporaire, sur un ton bienveillant, et liste ce que je devrais lui dire au sujet de l'alcool.
        """,
        "es": """
            ^Expediente del jefe de parque – bombero {name}, aptitud física y bienestar
            ^Resultado de la prueba física anual
            {name} ha suspendido la prueba en cinta por segundo año, se paró en el nivel 9 de los 10 exigidos, y queda fuera de equipos de respiración hasta repetirla.
            En la entrevista dijo que tiene la espalda mal desde el incendio de la nave, que toma analgésicos casi a diario y que no se lo ha contado al médico del servicio.
            Dos compañeros me dijeron en privado que olía a alcohol al empezar dos guardias de noche el mes pasado; todavía no se lo he planteado.
            Su mujer se fue en verano y él cuida solo de sus dos hijos en los días libres, por eso ha pasado a turnos de noche.
            | Prueba | Resultado |↵|---|---|↵| Cinta | nivel 9,2, no apto |↵| Fuerza de agarre | apto |↵| Subida de escala | apto |↵| Repetición | en ocho semanas |
            Redacta la carta que confirma la restricción temporal, con tono de apoyo, y enumera lo que debería decirle sobre lo del alcohol.
        """,
        "nl": """
            ^Dossier van de postcommandant – brandweerman {name}, fitheid en welzijn
            ^Uitslag van de jaarlijkse conditietest
            {name} is voor het tweede jaar gezakt voor de looptest, gestopt op niveau 9 van de vereiste 10, en doet tot de hertest geen ademluchtinzetten meer.
            In het gesprek zei hij dat zijn rug slecht is sinds de brand in de loods, dat hij bijna elke dag pijnstillers neemt en dat hij dat de bedrijfsarts niet heeft verteld.
            Twee collega's zeiden me onder vier ogen dat hij vorige maand bij het begin van twee nachtdiensten naar drank rook; ik heb hem er nog niet op aangesproken.
            Zijn vrouw is in de zomer vertrokken en hij zorgt op zijn vrije dagen alleen voor hun twee jongens, daarom is hij naar de nachten gewisseld.
            | Onderdeel | Uitslag |↵|---|---|↵| Looptest | niveau 9,2, onvoldoende |↵| Knijpkracht | voldoende |↵| Ladderklim | voldoende |↵| Hertest | over acht weken |
            Schrijf de brief over de tijdelijke beperking, steunend van toon, en zet op een rij wat ik hem over de drankmeldingen moet zeggen.
        """,
    }),
    Family("brewery_family_sale_note", C, "blind6", min_sentences=3, max_sentences=6, text={
        "en": """
            ^For the family shareholders only – the offer for the brewery
            ^Notes from Sunday's meeting with the buyer
            The drinks group has offered {amount} for the whole of {company}, brewery, pubs and the brand, and wants an answer before the end of the month.
            Their condition is that the bottling line closes within a year and bottling moves to their plant; that means about thirty of our people, none of whom knows yet.
            Uncle {first} wants to sell because of his debts from the hotel project, while the two cousins want to keep the pubs out of the deal and run them themselves.
            Nothing of this may reach the brewery floor or the local paper before the board has voted; the head brewer will be told in person after the vote.
            - Price: about eleven times last year's profit↵- Brand and recipes go to the buyer↵- Pubs negotiable, bottling line not
            Write a summary of the offer for the family dinner on Friday: the money, the jobs, and the choice about the pubs, one page.
        """,
        "de": """
            ^Nur für die Gesellschafterfamilie – das Angebot für die Brauerei
            ^Notizen vom Treffen mit dem Käufer am Sonntag
            Der Getränkekonzern bietet {amount} für die ganze {company}, Brauerei, Gaststätten und Marke, und will bis Monatsende eine Antwort.
            Bedingung ist, dass die Abfüllung binnen eines Jahres schließt und ins Werk des Konzerns geht; das betrifft rund dreißig unserer Leute, und keiner weiß davon.
            Onkel {first} will wegen seiner Schulden aus dem Hotelprojekt verkaufen, die beiden Cousinen wollen die Gaststätten heraushalten und selbst führen.
            Vor der Abstimmung im Beirat darf nichts davon in die Brauerei oder in die Lokalzeitung; der Braumeister erfährt es nach der Abstimmung persönlich.
            - Preis: etwa das Elffache des letzten Jahresgewinns↵- Marke und Rezepte gehen an den Käufer↵- Gaststätten verhandelbar, Abfüllung nicht
            Schreib eine Zusammenfassung des Angebots für das Familienessen am Freitag: das Geld, die Arbeitsplätze und die Frage der Gaststätten, eine Seite.
        """,
        "fr": """
            ^Réservé aux actionnaires familiaux – l'offre sur la brasserie
            ^Notes de la rencontre de dimanche avec l'acheteur
            Le groupe de boissons propose {amount} pour l'ensemble de {company}, brasserie, estaminets et marque, et veut une réponse avant la fin du mois.
            Sa condition : fermer la ligne d'embouteillage dans l'année et la transférer dans son usine, soit une trentaine de nos salariés, dont aucun n'est au courant.
            L'oncle {first} veut vendre à cause de ses dettes du projet d'hôtel, tandis que les deux cousines veulent garder les estaminets hors de la vente et les exploiter elles-mêmes.
            Rien ne doit arriver à l'atelier ni au journal local avant le vote du conseil ; le maître brasseur sera prévenu en personne après le vote.
            - Prix : environ onze fois le bénéfice de l'an dernier↵- La marque et les recettes partent chez l'acheteur↵- Estaminets négociables, embouteillage non
            Rédige une synthèse de l'offre pour le dîner de famille de vendredi : l'argent, les emplois et le choix sur les estaminets, une page.
        """,
        "es": """
            ^Solo para los accionistas de la familia – la oferta por la cervecera
            ^Notas de la reunión del domingo con el comprador
            El grupo de bebidas ofrece {amount} por toda {company}, fábrica, bares y marca, y quiere respuesta antes de fin de mes.
            Pone como condición cerrar la línea de embotellado en un año y llevarla a su planta; afecta a unas treinta personas nuestras y ninguna lo sabe.
            El tío {first} quiere vender por sus deudas del proyecto del hotel, y las dos primas quieren dejar los bares fuera y llevarlos ellas.
            No puede llegar nada a la fábrica ni al periódico local antes de que vote el consejo; al maestro cervecero se lo diremos en persona después.
            - Precio: unas once veces el beneficio del año pasado↵- Marca y recetas pasan al comprador↵- Los bares se pueden negociar, el embotellado no
            Escribe un resumen de la oferta para la cena familiar del viernes: el dinero, los empleos y la decisión sobre los bares, una página.
        """,
        "nl": """
            ^Alleen voor de familieaandeelhouders – het bod op de brouwerij
            ^Aantekeningen van het gesprek met de koper op zondag
            Het drankenconcern biedt {amount} voor heel {company}, brouwerij, cafés en merk, en wil voor het eind van de maand antwoord.
            Voorwaarde is dat de bottellijn binnen een jaar sluit en naar hun fabriek gaat; dat raakt zo'n dertig van onze mensen, en niemand van hen weet het.
            Oom {first} wil verkopen vanwege zijn schulden uit het hotelproject, de twee nichten willen de cafés erbuiten houden en zelf uitbaten.
            Er mag niets naar de brouwvloer of de lokale krant voordat de raad heeft gestemd; de brouwmeester hoort het daarna persoonlijk.
            - Prijs: ongeveer elf keer de winst van vorig jaar↵- Merk en recepten gaan naar de koper↵- Cafés bespreekbaar, bottellijn niet
            Schrijf een samenvatting van het bod voor het familiediner van vrijdag: het geld, de banen en de keuze over de cafés, één pagina.
        """,
    }),
    Family("dealership_declined_finance_file", C, "blind6", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Finance desk – customer {name}, application declined
            ^Sales advisor's note after the lender's decision
            The lender turned down {name}'s application for the family estate: two missed loan payments this year and a county court judgment for an unpaid phone bill.
            He told me he was out of work for five months after a stroke and is only back part-time; his wife does not know about the judgment and he asked us not to call the house.
            Reach him on his mobile {phone} after 18:00, or by e-mail at {email}; never leave details on the landline.
            He could still buy the small hatchback with a guarantor, his brother, if the deposit goes up to {amount}.
            - Do not re-run the credit search without his consent↵- Keep the part-exchange valuation for two weeks↵- Manager to sign off any subprime offer
            Write him a tactful message explaining the decline and the guarantor option, without mentioning the judgment.
        """,
        "de": """
            ^Finanzierungsabteilung – Kunde {name}, Antrag abgelehnt
            ^Notiz des Verkaufsberaters nach der Entscheidung der Bank
            Die Bank hat den Antrag von {name} für den Kombi abgelehnt: zwei geplatzte Kreditraten dieses Jahr und ein Vollstreckungsbescheid wegen einer unbezahlten Handyrechnung.
            Er erzählte, dass er nach einem Schlaganfall fünf Monate nicht arbeiten konnte und jetzt nur Teilzeit arbeitet; seine Frau weiß nichts vom Bescheid, und er bat uns, nicht zu Hause anzurufen.
            Erreichbar ist er mobil unter {phone} nach 18 Uhr oder per Mail an {email}; nie etwas auf dem Festnetz hinterlassen.
            Den Kleinwagen könnte er mit einem Bürgen, seinem Bruder, noch kaufen, wenn die Anzahlung auf {amount} steigt.
            - Keine neue Bonitätsabfrage ohne seine Zustimmung↵- Bewertung der Inzahlungnahme zwei Wochen halten↵- Jedes Angebot mit schwacher Bonität zeichnet die Leitung ab
            Schreib ihm eine taktvolle Nachricht mit der Ablehnung und der Möglichkeit mit Bürgen, ohne den Vollstreckungsbescheid zu erwähnen.
        """,
        "fr": """
            ^Service financement – client {name}, dossier refusé
            ^Note du conseiller après la décision de l'organisme de crédit
            L'organisme a refusé le dossier de {name} pour le break : deux échéances de prêt impayées cette année et une injonction de payer pour une facture de téléphone.
            Il m'a expliqué avoir été arrêté cinq mois après un AVC et n'avoir repris qu'à mi-temps ; sa femme ignore l'injonction et il nous a demandé de ne pas appeler chez lui.
            Le joindre sur son portable au {phone} après 18 h, ou par courriel à {email} ; ne jamais laisser de message sur le fixe.
            Il pourrait encore prendre la citadine avec son frère comme caution, si l'apport monte à {amount}.
            - Pas de nouvelle consultation de fichier sans son accord↵- Garder l'estimation de reprise deux semaines↵- Toute offre à risque validée par le directeur
            Écris-lui un message délicat qui explique le refus et la solution avec caution, sans parler de l'injonction.
        """,
        "es": """
            ^Departamento de financiación – cliente {name}, solicitud denegada
            ^Nota del comercial tras la decisión de la financiera
            La financiera ha denegado la solicitud de {name} para el familiar: dos cuotas impagadas este año y una reclamación judicial por una factura de móvil.
            Me contó que estuvo cinco meses sin trabajar tras un ictus y que ha vuelto a media jornada; su mujer no sabe nada de la reclamación y pidió que no llamemos a casa.
            Se le localiza en el móvil {phone} a partir de las 18:00 o por correo en {email}; nunca dejar recado en el fijo.
            Aún podría llevarse el utilitario con su hermano como avalista si la entrada sube a {amount}.
            - No repetir la consulta de solvencia sin su permiso↵- Mantener la tasación de su coche dos semanas↵- Cualquier oferta de riesgo la firma el gerente
            Escríbele un mensaje con tacto explicando la denegación y la opción del avalista, sin mencionar la reclamación.
        """,
        "nl": """
            ^Financieringsafdeling – klant {name}, aanvraag afgewezen
            ^Notitie van de verkoper na het besluit van de financier
            De financier heeft de aanvraag van {name} voor de stationwagen afgewezen: twee gemiste aflossingen dit jaar en een vonnis om een onbetaalde telefoonrekening.
            Hij vertelde dat hij na een beroerte vijf maanden niet kon werken en nu parttime terug is; zijn vrouw weet niets van het vonnis en hij vroeg ons niet naar huis te bellen.
            Bereikbaar op zijn mobiel {phone} na 18.00 uur of per mail op {email}; nooit iets inspreken op de vaste lijn.
            Met zijn broer als borg kan hij de kleine hatchback nog kopen, als de aanbetaling naar {amount} gaat.
            - Geen nieuwe kredietcheck zonder zijn toestemming↵- Inruilwaarde twee weken vasthouden↵- Elk risicovol aanbod tekent de bedrijfsleider af
            Schrijf hem een tactvol bericht over de afwijzing en de mogelijkheid met borg, zonder het vonnis te noemen.
        """,
    }),
    Family("dental_patient_complaint_file", C, "blind6", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Practice manager – complaint file, patient {name}
            ^Summary for the principal dentist before the complaint meeting
            {name} says the extraction on {date} left her with a numb lower lip for six weeks and that nobody warned her; the notes show a nerve risk was discussed but her signature is missing.
            She has type 1 diabetes and the wound healed slowly; she now takes antidepressants and says the numbness made her stop teaching.
            She asks for a refund of {amount} and for the associate who treated her to apologise in person; the associate is on probation and upset.
            Her contact for the meeting invitation is {email}; she asked that letters do not go to her home address, where her mother opens the post.
            | Date | Event |↵|---|---|↵| Visit 1 | consultation, X-ray |↵| Visit 2 | extraction |↵| Week 3 | emergency call, painkillers |↵| Week 6 | complaint letter |
            Draft an agenda for the complaint meeting and a first, non-defensive paragraph of our reply.
        """,
        "de": """
            ^Praxismanagerin – Beschwerdeakte, Patientin {name}
            ^Zusammenfassung für den Praxisinhaber vor dem Klärungsgespräch
            {name} sagt, nach der Zahnentfernung am {date} sei ihre Unterlippe sechs Wochen taub gewesen und niemand habe sie gewarnt; in der Akte steht das Nervenrisiko, aber ihre Unterschrift fehlt.
            Sie hat Typ-1-Diabetes, die Wunde heilte langsam; inzwischen nimmt sie Antidepressiva und sagt, wegen der Taubheit habe sie ihre Lehrtätigkeit aufgegeben.
            Sie verlangt {amount} zurück und eine persönliche Entschuldigung der angestellten Zahnärztin, die noch in der Probezeit ist und sehr mitgenommen.
            Die Einladung zum Gespräch soll an {email} gehen; Briefe bitte nicht an die Wohnadresse, dort öffnet ihre Mutter die Post.
            | Zeitpunkt | Ereignis |↵|---|---|↵| Termin 1 | Beratung, Röntgen |↵| Termin 2 | Extraktion |↵| Woche 3 | Notruf, Schmerzmittel |↵| Woche 6 | Beschwerdebrief |
            Entwirf eine Tagesordnung für das Gespräch und einen ersten, nicht abwehrenden Absatz unserer Antwort.
        """,
        "fr": """
            ^Responsable du cabinet – dossier de réclamation, patiente {name}
            ^Synthèse pour le dentiste titulaire avant l'entretien
            {name} affirme que l'extraction du {date} lui a laissé la lèvre inférieure insensible six semaines sans qu'on l'ait prévenue ; le dossier mentionne le risque nerveux, mais sa signature manque.
            Elle est diabétique de type 1 et la plaie a mis longtemps à cicatriser ; elle prend aujourd'hui des antidépresseurs et dit avoir arrêté d'enseigner à cause de l'engourdissement.
            Elle demande le remboursement de {amount} et des excuses en personne de la collaboratrice qui l'a soignée, encore en période d'essai et très affectée.
            L'invitation à l'entretien doit partir à {email} ; pas de courrier au domicile, où sa mère ouvre le courrier.
            | Date | Événement |↵|---|---|↵| Séance 1 | consultation, radio |↵| Séance 2 | extraction |↵| Semaine 3 | appel en urgence, antalgiques |↵| Semaine 6 | lettre de réclamation |
            Rédige l'ordre du jour de l'entretien et un premier paragraphe de réponse, sans ton défensif.
        """,
        "es": """
            ^Gerente de la clínica – expediente de queja, paciente {name}
            ^Resumen para el odontólogo titular antes de la reunión
            {name} dice que la extracción del {date} le dejó el labio inferior dormido seis semanas y que nadie se lo advirtió; en la historia consta el riesgo del nervio, pero falta su firma.
            Tiene diabetes tipo 1 y la herida tardó en cerrar; ahora toma antidepresivos y cuenta que dejó de dar clases por la insensibilidad.
            Pide que le devolvamos {amount} y que la odontóloga que la atendió, que está en periodo de prueba y muy afectada, le pida perdón en persona.
            La invitación a la reunión debe ir a {email}; nada de cartas a su domicilio, allí abre el correo su madre.
            | Fecha | Hecho |↵|---|---|↵| Cita 1 | consulta, radiografía |↵| Cita 2 | extracción |↵| Semana 3 | llamada urgente, analgésicos |↵| Semana 6 | carta de queja |
            Prepara el orden del día de la reunión y un primer párrafo de respuesta que no suene a la defensiva.
        """,
        "nl": """
            ^Praktijkmanager – klachtdossier, patiënt {name}
            ^Samenvatting voor de praktijkhouder vóór het klachtgesprek
            {name} zegt dat haar onderlip na de extractie op {date} zes weken gevoelloos was en dat niemand haar had gewaarschuwd; in het dossier staat het zenuwrisico, maar haar handtekening ontbreekt.
            Ze heeft diabetes type 1 en de wond genas traag; ze slikt nu antidepressiva en zegt dat ze door het dove gevoel is gestopt met lesgeven.
            Ze vraagt {amount} terug en persoonlijke excuses van de tandarts die haar behandelde, die nog in haar proeftijd zit en er erg van aangedaan is.
            De uitnodiging voor het gesprek moet naar {email}; geen brieven naar haar huisadres, daar maakt haar moeder de post open.
            | Moment | Gebeurtenis |↵|---|---|↵| Afspraak 1 | consult, röntgenfoto |↵| Afspraak 2 | extractie |↵| Week 3 | spoedtelefoontje, pijnstillers |↵| Week 6 | klachtbrief |
            Stel een agenda op voor het klachtgesprek en een eerste, niet-defensieve alinea van ons antwoord.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("removals_antique_claim_counsel", X, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Privileged & Confidential – from our solicitors
            ^Advice on the lacquer cabinet claim
            Our solicitors think the customer's claim for the broken lacquer cabinet will partly succeed: the crew wrapped it, but the inventory shows no specialist crate, which she had paid for.
            They warn that our liability cap of a few hundred per item probably does not hold, because the cap was on the back page of the quote and she never signed it.
            Counsel recommends offering {amount} now for the restoration, before she issues proceedings, and not admitting that the crate was left in the depot.
            The crew lead's text to the office ("we skipped the crate, no time") must be kept but not forwarded; the lawyers will decide whether it has to be disclosed.
            Summarise the solicitors' advice for the owner in four bullet points, with what we offer and what we must not say to the customer.
            Does our lawyer think the judge would award the full replacement value if this goes to court?
        """,
        "de": """
            ^Anwaltlich vertraulich – von unserer Kanzlei
            ^Einschätzung zum Schadensfall Lackschrank
            Unsere Anwälte halten die Forderung der Kundin für den beschädigten Lackschrank für teilweise begründet: Das Team hat ihn eingewickelt, aber die bezahlte Spezialkiste fehlt im Ladeprotokoll.
            Die Haftungsgrenze pro Stück hält nach ihrer Einschätzung wahrscheinlich nicht, weil sie nur auf der Rückseite des Angebots stand und die Kundin sie nie unterschrieben hat.
            Die Anwältin rät, jetzt {amount} für die Restaurierung anzubieten, bevor die Kundin klagt, und nicht einzuräumen, dass die Kiste im Lager geblieben ist.
            Die SMS des Teamleiters ans Büro („Kiste weggelassen, keine Zeit“) muss aufbewahrt, aber nicht weitergeleitet werden; ob sie vorgelegt werden muss, entscheiden die Anwälte.
            Fasse die Beratung der Kanzlei für den Inhaber in vier Stichpunkten zusammen: was wir anbieten und was wir der Kundin nicht sagen dürfen.
            Glaubt unser Anwalt, dass das Gericht den vollen Wiederbeschaffungswert zusprechen würde?
        """,
        "fr": """
            ^Couvert par le secret professionnel – de notre cabinet d'avocats
            ^Avis sur la réclamation du cabinet laqué
            Nos avocats estiment que la réclamation de la cliente pour le cabinet laqué abîmé aboutira en partie : l'équipe l'a emballé, mais la caisse spéciale qu'elle avait payée n'apparaît pas dans l'inventaire.
            Ils préviennent que notre plafond d'indemnisation par objet ne tiendra sans doute pas, car il figurait au dos du devis et elle ne l'a jamais signé.
            L'avocate recommande de proposer {amount} tout de suite pour la restauration, avant qu'elle ne saisisse le tribunal, sans reconnaître que la caisse est restée au dépôt.
            Le SMS du chef d'équipe au bureau (« pas de caisse, pas le temps ») doit être conservé mais pas transféré ; les avocats diront s'il faut le produire.
            Résume l'avis des avocats pour le gérant en quatre puces : ce qu'on propose et ce qu'on ne doit pas dire à la cliente.
            Notre avocat pense-t-il que le juge accorderait la valeur de remplacement entière ?
        """,
        "es": """
            ^Secreto profesional del abogado – de nuestro despacho
            ^Opinión sobre la reclamación del mueble lacado
            Nuestros abogados creen que la reclamación de la clienta por el mueble lacado roto prosperará en parte: el equipo lo envolvió, pero la caja especial que ella pagó no figura en el inventario.
            Advierten que el límite de responsabilidad por pieza probablemente no se sostiene, porque estaba en el reverso del presupuesto y ella nunca lo firmó.
            La abogada recomienda ofrecer ya {amount} para la restauración, antes de que presente demanda, sin reconocer que la caja se quedó en el almacén.
            El mensaje del jefe de equipo a la oficina («sin caja, no había tiempo») hay que guardarlo pero no reenviarlo; los abogados decidirán si hay que aportarlo.
            Resume el consejo del despacho para el dueño en cuatro puntos: qué ofrecemos y qué no debemos decirle a la clienta.
            ¿Cree nuestro abogado que el juez concedería el valor de reposición completo?
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt – van ons advocatenkantoor
            ^Advies over de claim voor de lakkast
            Onze advocaten denken dat de claim van de klant voor de beschadigde lakkast deels slaagt: de ploeg heeft hem ingepakt, maar de speciale kist die zij betaalde staat niet op de inventaris.
            Ze waarschuwen dat onze aansprakelijkheidsgrens per stuk waarschijnlijk niet houdt, omdat die op de achterkant van de offerte stond en zij hem nooit tekende.
            De advocaat raadt aan nu {amount} voor de restauratie te bieden, voordat ze naar de rechter stapt, zonder toe te geven dat de kist in het depot bleef.
            Het appje van de ploegleider aan kantoor ('kist overgeslagen, geen tijd') moet bewaard maar niet doorgestuurd worden; de advocaten beslissen of het moet worden overgelegd.
            Vat het advies van het kantoor samen voor de eigenaar in vier punten: wat we bieden en wat we de klant niet mogen zeggen.
            Denkt onze advocaat dat de rechter de volle vervangingswaarde zou toekennen?
        """,
    }),
    Family("theatre_stage_injury_counsel", X, "blind6", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Attorney-client privileged – advice on the trapdoor accident
            ^From the theatre's insurers' lawyers, for the board
            The lawyers' view is that the actor's claim over the trapdoor fall is strong on liability: the stage manager's checklist for that night was not signed, and the lift had been reported sticking twice.
            They advise the board not to discuss the accident with the press or the cast, and to route every question from the actor's union through them.
            Counsel wants the rehearsal videos and the lift maintenance log kept exactly as they are; deleting anything now would be treated very badly by a court.
            Their estimate is that a judge would award loss of earnings for the tour he missed, about {amount}, and that the argument about his own carelessness will not get far.
            Questions for the lawyers can go to the chair's direct line {phone} until the board meets.
            What exactly did counsel say about whether the director's rehearsal notes have to be handed over?
        """,
        "de": """
            ^Anwaltsprivileg – Beratung zum Unfall an der Versenkung
            ^Von den Anwälten der Theaterversicherung, für den Vorstand
            Die Anwälte halten die Forderung des Schauspielers nach dem Sturz durch die Versenkung für stark: Die Checkliste der Inspizientin für den Abend ist nicht abgezeichnet, und die Hebebühne war zweimal als hakend gemeldet.
            Sie raten dem Vorstand, mit Presse und Ensemble nicht über den Unfall zu sprechen und jede Anfrage der Gewerkschaft über die Kanzlei laufen zu lassen.
            Die Anwältin will die Probenvideos und das Wartungsbuch der Hebebühne unverändert gesichert haben; jetzt etwas zu löschen, würde ein Gericht sehr schlecht aufnehmen.
            Nach ihrer Schätzung würde ein Gericht den Verdienstausfall für die verpasste Tournee zusprechen, etwa {amount}, und das Argument des Eigenverschuldens trägt kaum.
            Fragen an die Anwälte bis zur Vorstandssitzung bitte über die Durchwahl des Vorsitzenden {phone}.
            Was genau hat die Anwältin dazu gesagt, ob die Probennotizen der Regie herausgegeben werden müssen?
        """,
        "fr": """
            ^Correspondance avocat-client – avis sur l'accident de la trappe
            ^Des avocats de l'assureur du théâtre, pour le conseil d'administration
            Pour les avocats, la demande du comédien après sa chute dans la trappe est solide sur la responsabilité : la fiche de contrôle du régisseur n'était pas signée ce soir-là, et l'élévateur avait été signalé deux fois comme grippé.
            Ils conseillent au conseil de ne parler de l'accident ni à la presse ni à la troupe, et de faire passer toutes les questions du syndicat par le cabinet.
            L'avocate veut que les vidéos des répétitions et le carnet d'entretien de l'élévateur soient conservés tels quels ; effacer quoi que ce soit serait très mal vu par un juge.
            Selon eux, un tribunal accorderait la perte de revenus de la tournée manquée, environ {amount}, et l'argument de sa propre imprudence n'ira pas loin.
            Les questions pour les avocats passent par la ligne directe du président, {phone}, jusqu'au conseil.
            Qu'a dit exactement l'avocate sur l'obligation de remettre les notes de répétition du metteur en scène ?
        """,
        "es": """
            ^Privilegio abogado-cliente – opinión sobre el accidente del escotillón
            ^De los abogados de la aseguradora del teatro, para el patronato
            Los abogados ven sólida la reclamación del actor por la caída en el escotillón: la lista de control del regidor de esa noche no estaba firmada y el elevador se había dado por atascado dos veces.
            Aconsejan al patronato no hablar del accidente con la prensa ni con el elenco y canalizar cualquier pregunta del sindicato a través del despacho.
            La abogada quiere que los vídeos de los ensayos y el libro de mantenimiento del elevador se guarden tal cual; borrar algo ahora lo vería muy mal un juez.
            Calculan que un juez concedería el lucro cesante de la gira perdida, unos {amount}, y que el argumento de su propia imprudencia no llegará lejos.
            Las preguntas para los abogados van por la línea directa del presidente, {phone}, hasta la reunión del patronato.
            ¿Qué dijo exactamente la abogada sobre si hay que entregar las notas de ensayo del director?
        """,
        "nl": """
            ^Advocaat-cliënt privilege – advies over het ongeluk met het valluik
            ^Van de advocaten van de verzekeraar van het theater, voor het bestuur
            De advocaten vinden de claim van de acteur na zijn val door het valluik sterk wat aansprakelijkheid betreft: de checklist van de toneelmeester was die avond niet afgetekend en de lift was twee keer als haperend gemeld.
            Ze raden het bestuur aan niet met pers of cast over het ongeluk te praten en elke vraag van de vakbond via het kantoor te laten lopen.
            De advocaat wil dat de repetitievideo's en het onderhoudslogboek van de lift precies blijven zoals ze zijn; nu iets wissen zou een rechter heel slecht opvatten.
            Volgens hun schatting kent een rechter het gederfde inkomen van de gemiste tournee toe, zo'n {amount}, en komt het argument van eigen schuld niet ver.
            Vragen voor de advocaten lopen tot de bestuursvergadering via het directe nummer van de voorzitter, {phone}.
            Wat zei de advocaat precies over de vraag of de repetitienotities van de regisseur moeten worden overgelegd?
        """,
    }),
    Family("mountain_rescue_inquest_counsel", X, "blind6", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Call with the team's lawyer before the inquest
            ^Notes for the rescue team committee
            The lawyer went through the call-out log with us: the eighty minutes between the first call and the team leaving the base is what the family's barrister will press on.
            Her advice is that our deputy leader should not give evidence about the weather forecast he ignored; the team leader answers for the decision, and keeps to what the log shows.
            She thinks the coroner is unlikely to criticise the team by name, but the family may use anything said at the inquest in a later negligence claim against the team.
            Do not post anything about the climber or the night of the search on the team's social media until the lawyer has seen it, and do not reply to the family's letter yourselves.
            - Lawyer wants the radio recordings, unedited↵- Statements from the two hill parties by Friday↵- Nobody talks to the local paper
            Summarise what the lawyer told us for members who were not on the call, in plain words, one page.
        """,
        "de": """
            ^Telefonat mit dem Anwalt der Bergwacht vor der Untersuchung
            ^Notizen für den Vorstand der Bereitschaft
            Der Anwalt ist das Einsatzprotokoll mit uns durchgegangen: Die achtzig Minuten zwischen dem ersten Notruf und dem Ausrücken sind der Punkt, auf den der Anwalt der Familie drängen wird.
            Sein Rat: Unser stellvertretender Bereitschaftsleiter soll nicht zur Wettervorhersage aussagen, die er übergangen hat; der Einsatzleiter steht für die Entscheidung ein und bleibt bei dem, was das Protokoll zeigt.
            Er hält es für unwahrscheinlich, dass die Untersuchung die Bergwacht namentlich rügt, aber die Familie kann alles, was dort gesagt wird, später für eine Schadensersatzklage gegen uns nutzen.
            Bis der Anwalt es gesehen hat, nichts über den Bergsteiger oder die Suchnacht in den sozialen Medien posten und den Brief der Familie nicht selbst beantworten.
            - Der Anwalt will die Funkaufzeichnungen ungeschnitten↵- Aussagen der beiden Suchtrupps bis Freitag↵- Niemand spricht mit der Lokalzeitung
            Fasse für die Mitglieder, die nicht dabei waren, zusammen, was der Anwalt gesagt hat, einfach und auf einer Seite.
        """,
        "fr": """
            ^Appel avec l'avocate de l'équipe avant l'enquête
            ^Notes pour le bureau du secours en montagne
            L'avocate a repris avec nous le registre d'intervention : les quatre-vingts minutes entre le premier appel et le départ de la base, c'est là-dessus que l'avocat de la famille insistera.
            Elle conseille que notre chef adjoint ne témoigne pas sur la prévision météo qu'il a écartée ; le chef d'intervention répond de la décision et s'en tient à ce que montre le registre.
            D'après elle, l'enquête ne mettra sans doute pas l'équipe en cause nommément, mais la famille pourra se servir de tout ce qui y sera dit dans une future action en responsabilité.
            Rien sur le grimpeur ni sur la nuit des recherches sur nos réseaux avant que l'avocate l'ait relu, et personne ne répond soi-même à la lettre de la famille.
            - L'avocate veut les enregistrements radio, non coupés↵- Témoignages des deux équipes de terrain pour vendredi↵- Personne ne parle au journal local
            Résume ce que l'avocate nous a dit pour les membres absents, simplement, sur une page.
        """,
        "es": """
            ^Llamada con la abogada del grupo de rescate antes de la investigación
            ^Notas para la junta del grupo de rescate
            La abogada repasó con nosotros el registro de la salida: los ochenta minutos entre la primera llamada y la salida de la base es lo que el abogado de la familia va a atacar.
            Aconseja que nuestro subjefe no declare sobre la previsión meteorológica que pasó por alto; el jefe de rescate responde de la decisión y se ciñe a lo que dice el registro.
            Ve poco probable que la investigación critique al grupo por su nombre, pero la familia podría usar todo lo que se diga allí en una reclamación posterior por negligencia.
            No publicar nada sobre el escalador ni sobre la noche de búsqueda en las redes del grupo hasta que lo vea la abogada, y no contestar nosotros la carta de la familia.
            - La abogada quiere las grabaciones de radio sin cortar↵- Declaraciones de los dos equipos de monte para el viernes↵- Nadie habla con el periódico local
            Resume lo que nos dijo la abogada para los socios que no estuvieron en la llamada, con palabras sencillas y en una página.
        """,
        "nl": """
            ^Gesprek met de advocaat van het reddingsteam vóór het onderzoek
            ^Aantekeningen voor het bestuur van de bergredding
            De advocaat liep het inzetlogboek met ons door: de tachtig minuten tussen de eerste melding en het vertrek van de post zijn waar de advocaat van de familie op zal hameren.
            Haar advies: onze plaatsvervangend leider legt geen verklaring af over de weersverwachting die hij negeerde; de inzetleider staat voor het besluit en houdt zich aan wat het logboek laat zien.
            Ze verwacht niet dat het onderzoek het team bij naam bekritiseert, maar de familie kan alles wat daar gezegd wordt later gebruiken in een aansprakelijkheidszaak tegen het team.
            Niets over de klimmer of de zoeknacht op de sociale media van het team zetten voordat de advocaat het gezien heeft, en de brief van de familie niet zelf beantwoorden.
            - De advocaat wil de portofoonopnamen, ongeknipt↵- Verklaringen van de twee zoekploegen uiterlijk vrijdag↵- Niemand praat met de lokale krant
            Vat voor de leden die er niet bij waren samen wat de advocaat zei, in gewone taal en op één pagina.
        """,
    }),
    Family("cemetery_grave_clearance_counsel", X, "blind6", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^What the council's lawyer said about the cleared grave
            ^Cemetery administration – briefing after the meeting with legal services
            The family of the woman buried in plot {n} say we cleared the grave and resold it while their lease still had eleven years to run; they have written that they will sue.
            Legal services think the family is right on the dates: our register shows the lease as expired because a renewal payment was booked to the wrong plot.
            The lawyer's advice is to offer the family a new double plot free of charge and a written apology, and to keep the board minutes about the clearance out of any reply.
            She does not want the gravediggers questioned by anyone else; she will speak to both of them herself next week.
            | Point | Lawyer's view |↵|---|---|↵| Our register | wrong, we must admit the booking error |↵| Remains | reburied with dignity, records complete |↵| Family's claim | likely to succeed on distress |
            Draft the cover note to the cemetery committee explaining the lawyer's recommendation, without any admission beyond what she approved.
        """,
        "de": """
            ^Was die Rechtsabteilung der Stadt zum abgeräumten Grab sagt
            ^Friedhofsverwaltung – Vermerk nach dem Termin beim Rechtsamt
            Die Familie der Frau, die in Grabstelle {n} bestattet war, wirft uns vor, das Grab abgeräumt und neu vergeben zu haben, obwohl das Nutzungsrecht noch elf Jahre lief; sie kündigen eine Klage an.
            Das Rechtsamt hält die Familie bei den Fristen für im Recht: Unser Register zeigt das Nutzungsrecht als abgelaufen, weil eine Verlängerungszahlung auf die falsche Grabstelle gebucht wurde.
            Die Juristin rät, der Familie kostenlos eine neue Doppelgrabstelle und eine schriftliche Entschuldigung anzubieten und die Ausschussprotokolle zur Räumung aus jeder Antwort herauszuhalten.
            Die Friedhofsarbeiter soll niemand sonst befragen; sie spricht nächste Woche selbst mit beiden.
            | Punkt | Einschätzung der Juristin |↵|---|---|↵| Unser Register | falsch, den Buchungsfehler einräumen |↵| Gebeine | würdig umgebettet, Nachweise vollständig |↵| Forderung der Familie | wegen des Leids wohl begründet |
            Entwirf das Begleitschreiben an den Friedhofsausschuss mit der Empfehlung der Juristin, ohne Eingeständnisse über das hinaus, was sie freigegeben hat.
        """,
        "fr": """
            ^Ce que la juriste de la mairie dit de la tombe relevée
            ^Service des cimetières – point après la réunion avec le service juridique
            La famille de la défunte inhumée dans l'emplacement {n} nous reproche d'avoir relevé la tombe et revendu la place alors que la concession courait encore onze ans ; elle annonce une action en justice.
            Le service juridique pense que la famille a raison sur les dates : notre registre montre la concession comme échue parce qu'un renouvellement a été imputé au mauvais emplacement.
            La juriste conseille d'offrir gratuitement une nouvelle concession double et des excuses écrites, et de ne citer dans aucune réponse le procès-verbal de la commission sur la reprise.
            Elle ne veut pas que quelqu'un d'autre interroge les fossoyeurs ; elle verra les deux elle-même la semaine prochaine.
            | Point | Avis de la juriste |↵|---|---|↵| Notre registre | erroné, reconnaître l'erreur d'imputation |↵| Restes | réinhumés dignement, traçabilité complète |↵| Demande de la famille | probablement fondée sur le préjudice moral |
            Rédige la note d'accompagnement pour la commission des cimetières qui explique la recommandation de la juriste, sans rien reconnaître au-delà de ce qu'elle a validé.
        """,
        "es": """
            ^Lo que dice la letrada del ayuntamiento sobre la sepultura levantada
            ^Administración del cementerio – nota tras la reunión con la asesoría jurídica
            La familia de la mujer enterrada en la sepultura {n} dice que la levantamos y la volvimos a vender cuando a su concesión le quedaban once años; han escrito que nos demandarán.
            La asesoría jurídica cree que la familia tiene razón en las fechas: el registro muestra la concesión como caducada porque un pago de renovación se apuntó a otra sepultura.
            La letrada aconseja ofrecer gratis una sepultura doble nueva y una disculpa por escrito, y no mencionar en ninguna respuesta el acta de la comisión sobre el levantamiento.
            No quiere que nadie más interrogue a los sepultureros; hablará ella misma con los dos la semana que viene.
            | Punto | Opinión de la letrada |↵|---|---|↵| Nuestro registro | erróneo, reconocer el error de anotación |↵| Restos | reinhumados con dignidad, trazabilidad completa |↵| Reclamación de la familia | probablemente prospera por el daño moral |
            Redacta la nota para la comisión del cementerio que explique la recomendación de la letrada, sin reconocer nada más de lo que ella aprobó.
        """,
        "nl": """
            ^Wat de gemeentejurist zegt over het geruimde graf
            ^Beheer begraafplaatsen – notitie na het overleg met juridische zaken
            De familie van de vrouw die in graf {n} begraven lag, zegt dat we het graf hebben geruimd en opnieuw uitgegeven terwijl het grafrecht nog elf jaar liep; ze schrijven dat ze naar de rechter gaan.
            Juridische zaken denkt dat de familie gelijk heeft over de data: ons register toont het grafrecht als verlopen omdat een verlengingsbetaling op het verkeerde graf is geboekt.
            De jurist adviseert de familie kosteloos een nieuw dubbel graf en een schriftelijk excuus aan te bieden, en de commissienotulen over de ruiming uit elk antwoord te houden.
            Ze wil niet dat iemand anders de grafdelvers ondervraagt; ze spreekt volgende week zelf met allebei.
            | Punt | Oordeel van de jurist |↵|---|---|↵| Ons register | fout, de boekingsfout erkennen |↵| Stoffelijk overschot | waardig herbegraven, administratie compleet |↵| Claim van de familie | kans van slagen vanwege het leed |
            Schrijf de begeleidende notitie voor de begraafplaatscommissie met het advies van de jurist, zonder iets toe te geven buiten wat zij heeft goedgekeurd.
        """,
    }),
)

# Sensitive families with no marker phrase and no validated value in any text, in any language.
MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "music_pupil_welfare_note", "firefighter_fitness_review", "brewery_family_sale_note",
    "mountain_rescue_inquest_counsel", "cemetery_grave_clearance_counsel",
)

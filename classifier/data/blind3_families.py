"""The `blind3` held-out split: a third set of families written blind, read once per shipped model.

Written on 24 November 2026, while model 7 was being trained on new families its
writer never saw, by an engineer who had not developed the model: no model scored these texts
while they were written, and no score of them was looked at. `blind` and `blind2` had both
been read by shipped models, so the next model's figures need a split nobody has read.
Only the deterministic detectors (`Classifier()` without a model) were run on these texts,
to check the ground truth: that a harmless text carries no real-looking value, and that
the model-marginal families give the detectors nothing. The writer read the list of the
generator's family ids (every split, `blind` and `blind2` included) and a sample of their
templates to learn what it already produced, and chose topics and genres it has none of;
no template paraphrases one of theirs. They come from what organisations beyond CRM send
to an LLM: a museum's wall texts and audio guide, an astronomy club's observing guide, a
transit timetable change, a city council's public agenda with closed items, an open-source
licence FAQ, an evidence-law course syllabus; an IT asset inventory, a procurement
catalogue update, a localisation style guide, a warehouse cycle count, a building's energy
report; a customer's credit-limit review, a fleet telematics review of one driver, an
M&A integration headcount plan, a private company's update to its investors, a student
welfare case note; and in-house counsel on a product recall, environmental counsel on a
contaminated site, competition counsel during a dawn raid, and coverage counsel on a D&O
claim.

Each family speaks all five languages in at least six sentence shapes per language: headers,
questions, instructions, notes, bullet lists and tables, long lines and short ones.

The protocol is that of `blind` and `blind2` (see `classifier.data.blind_families`). Nothing
is trained, calibrated or chosen on blind3, and `classifier.train` does not generate it. A
shipped model reads it once, after its choices are final, and its figures are written down
as they come; a model changed because of them has made blind3 a read split, and the model
after it needs a new blind split. Five of the nine sensitive families hold no marker phrase
and no validated value in any text (`MODEL_MARGINAL_FAMILIES`): only a model can label them.
The other four carry an e-mail address, a phone number or a privilege header in some texts.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

BLIND3_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("museum_exhibition_text", P, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Room 4 – The harbour at night
            ^Audio guide, stop {n}
            Oil on canvas, 1887. The painter rowed out before dawn to catch the lamps of the fishing fleet reflected in the still water.
            Look closely at the lower left corner: the small red boat was painted over a figure that X-ray images reveal underneath.
            The exhibition brings together {n} works from eleven lenders, some shown in public for the first time in a century.
            Write a wall label of at most 60 words for a child-friendly trail, explaining why the sky is green.
            Opening hours↵Tuesday to Sunday, 10:00–18:00↵Thursday late opening until 21:00↵Closed on Mondays
            Our curator wants the catalogue essay shortened to 800 words without losing the part about the pigments.
            Is "tempera" or "egg tempera" the better term for a general audience? Explain the difference in two sentences.
            Photography without flash is welcome in every room except the gallery of drawings, which are sensitive to light.
        """,
        "de": """
            ^Saal 4 – Der Hafen bei Nacht
            ^Audioguide, Station {n}
            Öl auf Leinwand, 1887. Der Maler ruderte vor Sonnenaufgang hinaus, um die Lampen der Fischerboote im stillen Wasser einzufangen.
            Schauen Sie unten links genau hin: Das kleine rote Boot wurde über eine Figur gemalt, die Röntgenaufnahmen sichtbar machen.
            Die Ausstellung vereint {n} Werke von elf Leihgebern, manche davon zum ersten Mal seit hundert Jahren öffentlich zu sehen.
            Schreib einen Wandtext von höchstens 60 Wörtern für den Kinderpfad und erkläre, warum der Himmel grün ist.
            Öffnungszeiten↵Dienstag bis Sonntag 10–18 Uhr↵Donnerstag bis 21 Uhr↵Montags geschlossen
            Die Kuratorin möchte den Katalogbeitrag auf 800 Wörter kürzen, ohne den Abschnitt über die Pigmente zu verlieren.
            Fotografieren ohne Blitz ist in allen Räumen erlaubt, außer im Zeichnungskabinett, weil die Blätter lichtempfindlich sind.
        """,
        "fr": """
            ^Salle 4 – Le port la nuit
            ^Audioguide, étape {n}
            Huile sur toile, 1887. Le peintre partait en barque avant l'aube pour saisir les lanternes des pêcheurs reflétées dans l'eau calme.
            Regardez bien le coin inférieur gauche : la petite barque rouge recouvre un personnage que la radiographie a révélé.
            L'exposition réunit {n} œuvres prêtées par onze institutions, dont certaines n'avaient pas été montrées depuis un siècle.
            Rédige un cartel de 60 mots au plus pour le parcours enfants, qui explique pourquoi le ciel est vert.
            Horaires↵Du mardi au dimanche, 10 h – 18 h↵Nocturne le jeudi jusqu'à 21 h↵Fermé le lundi
            La commissaire voudrait ramener l'essai du catalogue à 800 mots sans perdre le passage sur les pigments.
            Les photos sans flash sont autorisées partout sauf dans le cabinet des dessins, sensibles à la lumière.
        """,
        "es": """
            ^Sala 4 – El puerto de noche
            ^Audioguía, parada {n}
            Óleo sobre lienzo, 1887. El pintor salía a remar antes del amanecer para captar los faroles de la flota pesquera sobre el agua quieta.
            Fíjese en la esquina inferior izquierda: la barca roja se pintó encima de una figura que las radiografías han sacado a la luz.
            La exposición reúne {n} obras de once prestadores, algunas expuestas al público por primera vez en un siglo.
            Escribe una cartela de 60 palabras como máximo para el recorrido infantil que explique por qué el cielo es verde.
            Horario↵De martes a domingo, de 10:00 a 18:00↵Jueves hasta las 21:00↵Lunes cerrado
            La comisaria quiere reducir el ensayo del catálogo a 800 palabras sin perder la parte de los pigmentos.
            Se permiten fotos sin flash en todas las salas menos en el gabinete de dibujos, que son sensibles a la luz.
        """,
        "nl": """
            ^Zaal 4 – De haven bij nacht
            ^Audiotour, stop {n}
            Olieverf op doek, 1887. De schilder roeide voor zonsopgang uit om de lampen van de vissersvloot in het stille water vast te leggen.
            Kijk goed naar de linkerbenedenhoek: het rode bootje is over een figuur heen geschilderd die op röntgenfoto's zichtbaar werd.
            De tentoonstelling brengt {n} werken van elf bruikleengevers samen, enkele voor het eerst in een eeuw te zien.
            Schrijf een zaaltekst van hooguit 60 woorden voor de kinderroute en leg uit waarom de lucht groen is.
            Openingstijden↵Dinsdag tot en met zondag 10.00–18.00 uur↵Donderdag tot 21.00 uur↵Maandag gesloten
            De conservator wil het catalogusessay inkorten tot 800 woorden zonder het stuk over de pigmenten te verliezen.
            Fotograferen zonder flits mag overal behalve in het prentenkabinet, omdat de tekeningen lichtgevoelig zijn.
        """,
    }),
    Family("night_sky_observing_guide", P, "blind3", min_sentences=2, max_sentences=5, header_share=0.4, text={
        "en": """
            ^What's up this month – {date}
            ^Observing night at the club field
            Jupiter rises in the east around 21:00 and is bright enough to spot from the city; with binoculars you can pick out four moons.
            The meteor shower peaks on the night of the 13th; the moon sets early, so skies should be dark after midnight.
            Bring a red torch, a folding chair and more layers than you think you need – it gets cold fast in an open field.
            I have a 130 mm reflector and the stars look like blobs. Is it the collimation or am I focusing wrong?
            Explain to a ten-year-old why we always see the same side of the moon.
            | Object | Best time | Equipment |↵|---|---|---|↵| Saturn | after 22:00 | small telescope |↵| Andromeda galaxy | around midnight | binoculars |↵| Pleiades | all night | naked eye |
            If it is cloudy, the evening goes ahead indoors with a talk on light pollution and a quiz.
        """,
        "de": """
            ^Der Sternenhimmel im Monat – {date}
            ^Beobachtungsabend auf dem Vereinsgelände
            Jupiter geht gegen 21 Uhr im Osten auf und ist selbst in der Stadt gut zu sehen; mit dem Fernglas erkennt man vier Monde.
            Der Meteorstrom erreicht in der Nacht zum 13. sein Maximum; der Mond geht früh unter, nach Mitternacht ist es richtig dunkel.
            Bringt eine Rotlichtlampe, einen Klappstuhl und mehr warme Kleidung mit als gedacht – auf dem freien Feld wird es schnell kalt.
            Ich habe einen 130-mm-Newton und die Sterne sehen aus wie Kleckse. Liegt das an der Justierung oder am Fokus?
            Erkläre einem Zehnjährigen, warum wir immer dieselbe Seite des Mondes sehen.
            | Objekt | Beste Zeit | Ausrüstung |↵|---|---|---|↵| Saturn | ab 22 Uhr | kleines Teleskop |↵| Andromedagalaxie | gegen Mitternacht | Fernglas |
            Bei Wolken findet der Abend drinnen statt, mit einem Vortrag über Lichtverschmutzung und einem Quiz.
        """,
        "fr": """
            ^Le ciel du mois – {date}
            ^Soirée d'observation sur le terrain du club
            Jupiter se lève à l'est vers 21 h et se voit même en ville ; aux jumelles, on distingue quatre de ses lunes.
            L'essaim d'étoiles filantes culmine dans la nuit du 13 ; la Lune se couche tôt, le ciel sera bien noir après minuit.
            Prévoyez une lampe rouge, un siège pliant et plus de couches que prévu : il fait vite froid en plein champ.
            J'ai un Newton de 130 mm et les étoiles ressemblent à des taches. C'est la collimation ou la mise au point ?
            Explique à un enfant de dix ans pourquoi on voit toujours la même face de la Lune.
            | Objet | Meilleur moment | Matériel |↵|---|---|---|↵| Saturne | après 22 h | petite lunette |↵| Galaxie d'Andromède | vers minuit | jumelles |
            En cas de nuages, la soirée a lieu en salle avec une conférence sur la pollution lumineuse et un quiz.
        """,
        "es": """
            ^El cielo de este mes – {date}
            ^Noche de observación en el campo de la asociación
            Júpiter sale por el este hacia las 21:00 y se ve incluso desde la ciudad; con prismáticos se distinguen cuatro lunas.
            La lluvia de estrellas alcanza su máximo la noche del 13; la Luna se pone pronto y el cielo estará oscuro tras la medianoche.
            Traed una linterna roja, una silla plegable y más abrigo del que creáis: en campo abierto el frío llega rápido.
            Tengo un reflector de 130 mm y las estrellas parecen manchas. ¿Es la colimación o estoy enfocando mal?
            Explícale a un niño de diez años por qué siempre vemos la misma cara de la Luna.
            | Objeto | Mejor hora | Equipo |↵|---|---|---|↵| Saturno | después de las 22:00 | telescopio pequeño |↵| Galaxia de Andrómeda | hacia medianoche | prismáticos |
            Si está nublado, la actividad se hace bajo techo con una charla sobre contaminación lumínica y un concurso.
        """,
        "nl": """
            ^De sterrenhemel deze maand – {date}
            ^Waarneemavond op het clubterrein
            Jupiter komt rond 21.00 uur op in het oosten en is zelfs vanuit de stad te zien; met een verrekijker zie je vier manen.
            De meteorenzwerm piekt in de nacht van de 13e; de maan gaat vroeg onder, dus na middernacht is het echt donker.
            Neem een rood lampje, een klapstoel en meer warme kleren mee dan je denkt – op een open veld koelt het snel af.
            Ik heb een 130 mm-spiegeltelescoop en de sterren lijken vlekjes. Is het de collimatie of stel ik verkeerd scherp?
            Leg aan een kind van tien uit waarom we altijd dezelfde kant van de maan zien.
            | Object | Beste tijd | Uitrusting |↵|---|---|---|↵| Saturnus | na 22.00 uur | kleine telescoop |↵| Andromedanevel | rond middernacht | verrekijker |
            Bij bewolking gaat de avond binnen door, met een lezing over lichtvervuiling en een quiz.
        """,
    }),
    Family("transit_timetable_change", P, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Timetable change from {date}
            ^Engineering works – replacement buses
            From {date}, line {n} runs every ten minutes on weekdays instead of every fifteen, and the last train leaves the centre at 00:40.
            Between Central Station and the airport, trains are replaced by buses on both weekend days while the bridge is repaired.
            Replacement buses leave from stop H outside the main entrance; allow up to 30 extra minutes.
            Bicycles cannot be taken on replacement buses; folding bikes are fine if they are folded.
            Season tickets stay valid on the replacement buses and on the regional line that runs in parallel.
            Rewrite this notice for the app's push message: at most 140 characters, no abbreviations.
            A passenger asks whether the new night bus stops at the hospital. Write a friendly reply based on the timetable below.
            Station | Old time | New time↵North Park | 06:12 | 06:08↵Market Square | 06:19 | 06:15↵University | 06:27 | 06:23
        """,
        "de": """
            ^Fahrplanwechsel ab {date}
            ^Bauarbeiten – Schienenersatzverkehr
            Ab dem {date} fährt die Linie {n} werktags alle zehn statt alle fünfzehn Minuten, die letzte Bahn verlässt die Innenstadt um 0:40 Uhr.
            Zwischen Hauptbahnhof und Flughafen ersetzen an beiden Wochenendtagen Busse die Züge, während die Brücke saniert wird.
            Die Ersatzbusse fahren an der Haltestelle H vor dem Haupteingang ab; planen Sie bis zu 30 Minuten mehr ein.
            Fahrräder können in den Ersatzbussen nicht mitgenommen werden, zusammengeklappte Falträder schon.
            Zeitkarten gelten auch in den Ersatzbussen und auf der parallel fahrenden Regionallinie.
            Formuliere den Hinweis als Push-Nachricht für die App: höchstens 140 Zeichen, keine Abkürzungen.
            Eine Fahrgästin fragt, ob der neue Nachtbus am Krankenhaus hält. Schreib eine freundliche Antwort anhand des Fahrplans.
        """,
        "fr": """
            ^Nouveaux horaires à partir du {date}
            ^Travaux – bus de substitution
            À partir du {date}, la ligne {n} passe toutes les dix minutes en semaine au lieu de quinze, et le dernier train quitte le centre à 0 h 40.
            Entre la gare centrale et l'aéroport, les trains sont remplacés par des bus les deux jours du week-end pendant la réparation du pont.
            Les bus de substitution partent de l'arrêt H devant l'entrée principale ; prévoyez jusqu'à 30 minutes de plus.
            Les vélos ne sont pas admis dans les bus de substitution, sauf les vélos pliants une fois pliés.
            Les abonnements restent valables dans les bus de substitution et sur la ligne régionale parallèle.
            Réécris cet avis pour une notification de l'application : 140 caractères au plus, sans abréviations.
            Une voyageuse demande si le nouveau bus de nuit dessert l'hôpital. Rédige une réponse aimable à partir de la grille horaire.
        """,
        "es": """
            ^Cambio de horarios a partir del {date}
            ^Obras – autobuses sustitutorios
            Desde el {date}, la línea {n} pasa cada diez minutos los días laborables en lugar de cada quince, y el último tren sale del centro a las 0:40.
            Entre la estación central y el aeropuerto, los trenes se sustituyen por autobuses los dos días del fin de semana mientras se repara el puente.
            Los autobuses sustitutorios salen de la parada H frente a la entrada principal; cuente con hasta 30 minutos más.
            No se admiten bicicletas en los autobuses sustitutorios, salvo las plegables ya plegadas.
            Los abonos siguen siendo válidos en los autobuses sustitutorios y en la línea regional paralela.
            Reescribe el aviso como notificación de la app: 140 caracteres como máximo, sin abreviaturas.
            Una viajera pregunta si el nuevo autobús nocturno para en el hospital. Escribe una respuesta amable según el horario.
        """,
        "nl": """
            ^Nieuwe dienstregeling vanaf {date}
            ^Werkzaamheden – vervangende bussen
            Vanaf {date} rijdt lijn {n} op werkdagen elke tien minuten in plaats van elk kwartier, en de laatste trein vertrekt om 0.40 uur uit het centrum.
            Tussen het centraal station en de luchthaven rijden beide weekenddagen bussen in plaats van treinen, omdat de brug wordt hersteld.
            De vervangende bussen vertrekken vanaf halte H voor de hoofdingang; houd rekening met maximaal 30 minuten extra reistijd.
            Fietsen mogen niet mee in de vervangende bussen; opgevouwen vouwfietsen wel.
            Abonnementen blijven geldig in de vervangende bussen en op de regionale lijn die parallel rijdt.
            Herschrijf dit bericht als pushmelding voor de app: hooguit 140 tekens, geen afkortingen.
            Een reiziger vraagt of de nieuwe nachtbus bij het ziekenhuis stopt. Schrijf een vriendelijk antwoord op basis van de dienstregeling.
        """,
    }),
    Family("council_public_agenda", P, "blind3", hard_negative=True, min_sentences=3, max_sentences=7, text={
        "en": """
            ^City council – agenda for the public meeting of {date}
            ^Planning committee, public session
            Item 1. Minutes of the previous meeting. Item 2. Questions from residents (15 minutes, registration at the door).
            Item 5. Proposal to extend the cycle lane on Station Road; the officers' report and the consultation results are attached.
            Item 8 is taken in closed session: it concerns a settlement proposal in the lawsuit brought by the contractor of the swimming pool, and the report is confidential until the council decides.
            Item 9 is also closed: the council receives legal advice from its attorney on the landfill permit, which is privileged; the decision itself will be announced in public.
            Residents may speak for up to three minutes on any item on the agenda; speakers are asked not to name private individuals.
            The meeting is streamed live and the recording stays on the council's website for two years.
            Summarise this agenda for our neighbourhood newsletter and explain in one sentence why some items are discussed behind closed doors.
        """,
        "de": """
            ^Stadtrat – Tagesordnung der öffentlichen Sitzung am {date}
            ^Bauausschuss, öffentlicher Teil
            TOP 1 Genehmigung der Niederschrift. TOP 2 Einwohnerfragestunde (15 Minuten, Anmeldung am Eingang).
            TOP 5 Verlängerung des Radwegs in der Bahnhofstraße; Vorlage der Verwaltung und Ergebnis der Bürgerbeteiligung liegen bei.
            TOP 8 wird nichtöffentlich beraten: Es geht um einen Vergleich im Rechtsstreit mit der Baufirma des Hallenbads, die Vorlage bleibt bis zum Beschluss vertraulich.
            TOP 9 ist ebenfalls nichtöffentlich: Der Rat lässt sich vom Anwalt der Stadt zur Genehmigung der Deponie beraten; der Beschluss wird öffentlich bekannt gegeben.
            Einwohnerinnen und Einwohner dürfen zu jedem Punkt bis zu drei Minuten sprechen; bitte keine Privatpersonen namentlich nennen.
            Die Sitzung wird live übertragen, die Aufzeichnung bleibt zwei Jahre auf der Website der Stadt.
            Fasse die Tagesordnung für unser Quartiersblatt zusammen und erkläre in einem Satz, warum manche Punkte nichtöffentlich sind.
        """,
        "fr": """
            ^Conseil municipal – ordre du jour de la séance publique du {date}
            ^Commission de l'urbanisme, séance publique
            Point 1. Approbation du procès-verbal. Point 2. Questions des habitants (15 minutes, inscription à l'entrée).
            Point 5. Prolongement de la piste cyclable avenue de la Gare ; le rapport des services et le bilan de la concertation sont joints.
            Le point 8 est examiné à huis clos : il porte sur une transaction dans le procès intenté par l'entreprise de la piscine, et le rapport reste confidentiel jusqu'à la délibération.
            Le point 9 est aussi à huis clos : le conseil entend l'avocat de la commune sur le permis de la décharge ; la décision sera rendue publique.
            Chaque habitant peut intervenir trois minutes sur un point de l'ordre du jour, sans citer de particuliers.
            La séance est retransmise en direct et l'enregistrement reste deux ans sur le site de la ville.
            Résume cet ordre du jour pour le journal du quartier et explique en une phrase pourquoi certains points sont traités à huis clos.
        """,
        "es": """
            ^Pleno municipal – orden del día de la sesión pública del {date}
            ^Comisión de urbanismo, sesión pública
            Punto 1. Aprobación del acta anterior. Punto 2. Ruegos y preguntas de los vecinos (15 minutos, inscripción en la entrada).
            Punto 5. Ampliación del carril bici de la calle de la Estación; se adjuntan el informe técnico y el resultado de la consulta.
            El punto 8 se trata a puerta cerrada: se refiere a un acuerdo en el pleito que interpuso la constructora de la piscina, y el informe es confidencial hasta la votación.
            El punto 9 también es a puerta cerrada: el pleno escucha al abogado del ayuntamiento sobre la licencia del vertedero; la decisión se hará pública.
            Cualquier vecino puede intervenir tres minutos sobre un punto del orden del día, sin nombrar a particulares.
            La sesión se retransmite en directo y la grabación queda dos años en la web del ayuntamiento.
            Resume este orden del día para la hoja del barrio y explica en una frase por qué algunos puntos se tratan a puerta cerrada.
        """,
        "nl": """
            ^Gemeenteraad – agenda van de openbare vergadering van {date}
            ^Commissie ruimtelijke ordening, openbaar deel
            Punt 1. Vaststelling van de notulen. Punt 2. Vragen van inwoners (15 minuten, aanmelden bij de ingang).
            Punt 5. Verlenging van het fietspad aan de Stationsweg; het ambtelijk advies en de uitkomst van de inspraak zijn bijgevoegd.
            Punt 8 wordt besloten behandeld: het gaat om een schikking in de rechtszaak van de aannemer van het zwembad, en het stuk blijft vertrouwelijk tot het raadsbesluit.
            Punt 9 is ook besloten: de raad hoort de advocaat van de gemeente over de vergunning van de stortplaats; het besluit wordt openbaar gemaakt.
            Inwoners mogen per agendapunt drie minuten inspreken en noemen daarbij geen namen van particulieren.
            De vergadering wordt live uitgezonden en de opname blijft twee jaar op de website van de gemeente staan.
            Vat deze agenda samen voor de wijkkrant en leg in één zin uit waarom sommige punten achter gesloten deuren worden besproken.
        """,
    }),
    Family("oss_licence_faq", P, "blind3", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Licensing FAQ
            ^Can I use this library in a commercial product?
            Yes. The library is released under the Apache License 2.0: you may use, modify and sell it, as long as you keep the licence and the NOTICE file.
            If you start a patent lawsuit claiming that the library infringes your patent, your patent licence under Apache 2.0 ends on the date you file it.
            Contributors sign a contributor licence agreement once; it lets the project relicense, but it does not make your contribution confidential.
            Do not send us code you received under a confidential agreement with your employer; we cannot accept it.
            We are not your attorney and this FAQ is not legal advice; if your company needs certainty, ask its own lawyer.
            Is the GPL "viral" if I only call a GPL program from a shell script? Explain the difference between linking and running.
            Licence | Can be used in closed source | Must share changes↵MIT | yes | no↵Apache 2.0 | yes | no, but must state changes↵GPL-3.0 | no | yes
            The maintainers reached a settlement with a company that shipped the code without attribution: it now credits the project on its website.
        """,
        "de": """
            ^Häufige Fragen zur Lizenz
            ^Darf ich die Bibliothek in einem kommerziellen Produkt verwenden?
            Ja. Die Bibliothek steht unter der Apache License 2.0: Sie dürfen sie nutzen, ändern und verkaufen, solange Lizenz und NOTICE-Datei erhalten bleiben.
            Wer eine Patentklage erhebt, weil die Bibliothek sein Patent verletze, verliert ab Klageerhebung seine Patentlizenz nach Apache 2.0.
            Beitragende unterschreiben einmal eine Contributor License Agreement; sie erlaubt eine Neulizenzierung, macht den Beitrag aber nicht vertraulich.
            Schicken Sie uns keinen Code, den Sie von Ihrem Arbeitgeber unter einer Vertraulichkeitsvereinbarung erhalten haben.
            Wir sind nicht Ihr Anwalt, und diese FAQ ist keine Rechtsberatung; wenn Ihr Unternehmen Sicherheit braucht, fragen Sie die eigene Rechtsabteilung.
            Ist die GPL „ansteckend“, wenn ich ein GPL-Programm nur aus einem Shell-Skript aufrufe? Erkläre den Unterschied zwischen Linken und Ausführen.
            Die Maintainer haben sich mit einer Firma geeinigt, die den Code ohne Namensnennung ausgeliefert hatte: Sie nennt das Projekt jetzt auf ihrer Website.
        """,
        "fr": """
            ^FAQ sur la licence
            ^Puis-je utiliser cette bibliothèque dans un produit commercial ?
            Oui. La bibliothèque est publiée sous licence Apache 2.0 : vous pouvez l'utiliser, la modifier et la vendre, à condition de conserver la licence et le fichier NOTICE.
            Si vous intentez une action en contrefaçon de brevet contre la bibliothèque, votre licence de brevet Apache 2.0 prend fin à la date de l'action.
            Les contributeurs signent une fois un accord de licence ; il permet au projet de changer de licence, mais ne rend pas votre contribution confidentielle.
            N'envoyez pas de code reçu de votre employeur sous engagement de confidentialité : nous ne pouvons pas l'accepter.
            Nous ne sommes pas votre avocat et cette FAQ n'est pas un conseil juridique ; en cas de doute, interrogez le juriste de votre entreprise.
            La GPL est-elle « contaminante » si j'appelle un programme GPL depuis un script shell ? Explique la différence entre lier et exécuter.
            Les mainteneurs ont trouvé un accord amiable avec une société qui diffusait le code sans mention : elle cite désormais le projet sur son site.
        """,
        "es": """
            ^Preguntas frecuentes sobre la licencia
            ^¿Puedo usar esta biblioteca en un producto comercial?
            Sí. La biblioteca se publica con la licencia Apache 2.0: puede usarla, modificarla y venderla siempre que conserve la licencia y el archivo NOTICE.
            Si presenta una demanda alegando que la biblioteca infringe su patente, su licencia de patente según Apache 2.0 termina ese mismo día.
            Quien contribuye firma una vez un acuerdo de licencia; permite al proyecto cambiar de licencia, pero no convierte su aportación en confidencial.
            No nos envíe código que recibió de su empresa bajo un acuerdo de confidencialidad; no podemos aceptarlo.
            No somos su abogado y estas preguntas no son asesoramiento jurídico; si su empresa necesita certeza, consulte a su propio abogado.
            ¿Es "vírica" la GPL si solo llamo a un programa GPL desde un script de shell? Explica la diferencia entre enlazar y ejecutar.
            Los mantenedores llegaron a un acuerdo con una empresa que distribuía el código sin atribución: ahora menciona el proyecto en su web.
        """,
        "nl": """
            ^Veelgestelde vragen over de licentie
            ^Mag ik deze bibliotheek in een commercieel product gebruiken?
            Ja. De bibliotheek valt onder de Apache License 2.0: je mag haar gebruiken, aanpassen en verkopen, zolang de licentie en het NOTICE-bestand erbij blijven.
            Wie een rechtszaak begint omdat de bibliotheek zijn octrooi zou schenden, verliest op de dag van dagvaarding zijn octrooilicentie onder Apache 2.0.
            Bijdragers tekenen één keer een contributor license agreement; daarmee kan het project van licentie wisselen, maar je bijdrage wordt er niet vertrouwelijk door.
            Stuur ons geen code die je van je werkgever onder een geheimhoudingsafspraak hebt gekregen; die kunnen we niet aannemen.
            Wij zijn niet je advocaat en deze FAQ is geen juridisch advies; heeft je bedrijf zekerheid nodig, vraag het dan aan de eigen jurist.
            Is de GPL "besmettelijk" als ik een GPL-programma alleen vanuit een shellscript aanroep? Leg het verschil uit tussen linken en uitvoeren.
            De maintainers hebben een schikking getroffen met een bedrijf dat de code zonder naamsvermelding verspreidde: het noemt het project nu op zijn website.
        """,
    }),
    Family("evidence_law_syllabus", P, "blind3", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^LAW 2340 – Evidence, spring term
            ^Course syllabus and reading list
            Week 1: what evidence is for; relevance and admissibility. Week 2: burden and standard of proof. Week 3: hearsay and its exceptions.
            Week 6: legal professional privilege – legal advice privilege, litigation privilege, and how privilege is waived.
            Week 7: without prejudice communications and settlement negotiations; why courts keep them out of the trial.
            Assessment: a 2,500-word essay (40%) and a three-hour open-book exam (60%). Late essays lose five marks per day.
            Seminar task for week 6: a client tells her attorney about an earlier lawsuit in front of a friend. Is the conversation confidential, and does it matter?
            Office hours are on Wednesdays from 14:00 to 16:00 in room B{n}; no appointment is needed.
            Make me a revision timetable for this syllabus: eight weeks, two topics a week, with a mock exam at the end.
        """,
        "de": """
            ^Beweisrecht – Vorlesung im Sommersemester
            ^Vorlesungsplan und Literaturliste
            Woche 1: Wozu Beweise dienen; Erheblichkeit und Zulässigkeit. Woche 2: Beweislast und Beweismaß. Woche 3: Zeugen vom Hörensagen.
            Woche 6: das Anwaltsgeheimnis und die Beschlagnahmefreiheit von Verteidigerunterlagen – wann Unterlagen geschützt sind und wann nicht.
            Woche 7: Vergleichsgespräche und vertrauliche Mitteilungen im Zivilprozess; warum das Gericht sie nicht verwerten darf.
            Prüfungsleistung: eine Hausarbeit mit 2.500 Wörtern (40 %) und eine dreistündige Klausur mit Hilfsmitteln (60 %).
            Fall für die Übung in Woche 6: Eine Mandantin erzählt ihrem Anwalt im Beisein einer Freundin von einem früheren Prozess. Ist das Gespräch geschützt?
            Sprechstunde mittwochs von 14 bis 16 Uhr in Raum B{n}, ohne Anmeldung.
            Erstelle mir einen Lernplan für diese Vorlesung: acht Wochen, zwei Themen pro Woche, am Ende eine Probeklausur.
        """,
        "fr": """
            ^Droit de la preuve – semestre de printemps
            ^Plan de cours et bibliographie
            Semaine 1 : à quoi sert la preuve ; pertinence et recevabilité. Semaine 2 : charge et niveau de la preuve. Semaine 3 : le témoignage indirect.
            Semaine 6 : le secret professionnel de l'avocat et la confidentialité des correspondances ; ce qui est protégé et ce qui ne l'est pas.
            Semaine 7 : les pourparlers transactionnels et leur confidentialité ; pourquoi le juge les écarte des débats.
            Évaluation : un devoir de 2 500 mots (40 %) et un examen de trois heures, documents autorisés (60 %).
            Cas pratique de la semaine 6 : une cliente parle à son avocat d'un ancien procès devant une amie. L'échange reste-t-il confidentiel ?
            Permanence du professeur le mercredi de 14 h à 16 h, salle B{n}, sans rendez-vous.
            Fais-moi un planning de révision pour ce cours : huit semaines, deux thèmes par semaine et un examen blanc à la fin.
        """,
        "es": """
            ^Derecho probatorio – semestre de primavera
            ^Programa de la asignatura y bibliografía
            Semana 1: para qué sirve la prueba; pertinencia y admisibilidad. Semana 2: carga y estándar de la prueba. Semana 3: el testigo de referencia.
            Semana 6: el secreto profesional del abogado y la confidencialidad de sus comunicaciones; qué queda protegido y qué no.
            Semana 7: las negociaciones para un acuerdo y por qué el juez no puede tenerlas en cuenta en el juicio.
            Evaluación: un trabajo de 2.500 palabras (40 %) y un examen de tres horas con materiales (60 %).
            Caso práctico de la semana 6: una clienta le cuenta a su abogado un pleito anterior delante de una amiga. ¿Sigue siendo confidencial?
            Tutorías los miércoles de 14:00 a 16:00 en el aula B{n}, sin cita previa.
            Hazme un calendario de repaso para esta asignatura: ocho semanas, dos temas por semana y un simulacro de examen al final.
        """,
        "nl": """
            ^Bewijsrecht – voorjaarssemester
            ^Studiewijzer en literatuurlijst
            Week 1: waar bewijs voor dient; relevantie en toelaatbaarheid. Week 2: bewijslast en bewijsmaatstaf. Week 3: de getuige van horen zeggen.
            Week 6: het verschoningsrecht van de advocaat en wanneer vertrouwelijke stukken toch in het dossier belanden.
            Week 7: schikkingsgesprekken en waarom de rechter er in de procedure geen rekening mee mag houden.
            Toetsing: een essay van 2.500 woorden (40 %) en een open-boekexamen van drie uur (60 %).
            Casus voor week 6: een cliënte vertelt haar advocaat in het bijzijn van een vriendin over een eerdere rechtszaak. Blijft het gesprek vertrouwelijk?
            Spreekuur op woensdag van 14.00 tot 16.00 uur in lokaal B{n}, zonder afspraak.
            Maak een herhalingsschema voor dit vak: acht weken, twee onderwerpen per week en aan het eind een proefexamen.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("it_asset_inventory", I, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Laptop refresh – wave {n}
            ^Asset inventory clean-up
            The inventory shows {n} laptops whose warranty ends before {date}; they go into the next refresh wave.
            Asset tag | Model | Location | Status↵LT-{n}41 | 14-inch, 16 GB | {city}, 2nd floor | in use↵LT-{n}57 | 13-inch, 8 GB | spares cupboard | to be wiped↵MN-{n}03 | 27-inch monitor | meeting room C | broken stand
            Twelve docking stations are listed as "in use" but nobody has scanned them in over a year; can someone walk the floor on Friday?
            Old devices are wiped with the vendor's tool, the certificate goes into the asset record, and the hardware goes to the recycler.
            Write a short message asking everyone to check that the asset tag on their laptop matches what the self-service portal shows.
            Should we keep a stock of five spare laptops per site or order on demand? List the costs of each option.
            The monitor arms we ordered fit only the newer desks; the facilities team has the list of rooms where they work.
        """,
        "de": """
            ^Laptop-Tausch – Welle {n}
            ^Bereinigung des Inventars
            Laut Inventar endet bei {n} Laptops die Garantie vor dem {date}; sie kommen in die nächste Austauschwelle.
            Inventarnummer | Modell | Standort | Status↵LT-{n}41 | 14 Zoll, 16 GB | {city}, 2. OG | in Nutzung↵LT-{n}57 | 13 Zoll, 8 GB | Ersatzschrank | zu löschen
            Zwölf Dockingstationen stehen als „in Nutzung“ im System, wurden aber seit über einem Jahr nicht gescannt; kann jemand am Freitag durchgehen?
            Altgeräte werden mit dem Herstellerwerkzeug gelöscht, das Zertifikat kommt in den Inventareintrag, die Hardware geht zum Recycler.
            Schreib eine kurze Nachricht: Alle sollen prüfen, ob die Inventarnummer am Laptop mit der Anzeige im Self-Service-Portal übereinstimmt.
            Sollen wir fünf Ersatzgeräte pro Standort vorhalten oder bei Bedarf bestellen? Stell die Kosten beider Varianten gegenüber.
            Die bestellten Monitorarme passen nur an die neuen Tische; die Haustechnik hat die Liste der passenden Räume.
        """,
        "fr": """
            ^Renouvellement des portables – vague {n}
            ^Nettoyage de l'inventaire du parc
            D'après l'inventaire, {n} portables sortent de garantie avant le {date} ; ils passent dans la prochaine vague de renouvellement.
            Étiquette | Modèle | Emplacement | État↵LT-{n}41 | 14 pouces, 16 Go | {city}, 2e étage | en service↵LT-{n}57 | 13 pouces, 8 Go | armoire de secours | à effacer
            Douze stations d'accueil sont « en service » dans l'outil mais personne ne les a scannées depuis plus d'un an ; quelqu'un peut faire le tour vendredi ?
            Les anciens appareils sont effacés avec l'outil du fabricant, le certificat est joint à la fiche, puis le matériel part au recyclage.
            Rédige un court message demandant à chacun de vérifier que l'étiquette de son portable correspond à ce qu'affiche le portail libre-service.
            Faut-il garder cinq portables de secours par site ou commander à la demande ? Compare les coûts.
            Les bras d'écran commandés ne vont que sur les bureaux récents ; les services généraux ont la liste des salles concernées.
        """,
        "es": """
            ^Renovación de portátiles – oleada {n}
            ^Limpieza del inventario de equipos
            Según el inventario, {n} portátiles pierden la garantía antes del {date}; entran en la próxima oleada de renovación.
            Etiqueta | Modelo | Ubicación | Estado↵LT-{n}41 | 14 pulgadas, 16 GB | {city}, 2.ª planta | en uso↵LT-{n}57 | 13 pulgadas, 8 GB | armario de repuestos | para borrar
            Doce bases de conexión figuran "en uso" pero nadie las ha escaneado en más de un año; ¿alguien puede recorrer la planta el viernes?
            Los equipos viejos se borran con la herramienta del fabricante, el certificado va a la ficha del activo y el hardware se recicla.
            Escribe un mensaje breve pidiendo a todos que comprueben que la etiqueta de su portátil coincide con la del portal de autoservicio.
            ¿Conviene tener cinco portátiles de repuesto por sede o pedirlos cuando hagan falta? Compara los costes.
            Los brazos para monitor que pedimos solo encajan en las mesas nuevas; mantenimiento tiene la lista de salas.
        """,
        "nl": """
            ^Laptopvervanging – ronde {n}
            ^Opschonen van de inventaris
            Volgens de inventaris loopt bij {n} laptops de garantie af vóór {date}; die gaan mee in de volgende vervangingsronde.
            Assettag | Model | Locatie | Status↵LT-{n}41 | 14 inch, 16 GB | {city}, 2e verdieping | in gebruik↵LT-{n}57 | 13 inch, 8 GB | reservekast | wissen
            Twaalf dockingstations staan op "in gebruik", maar niemand heeft ze in ruim een jaar gescand; kan iemand vrijdag een rondje lopen?
            Oude apparaten worden gewist met de tool van de leverancier, het certificaat gaat in het assetrecord en de hardware gaat naar de recycler.
            Schrijf een kort bericht waarin iedereen wordt gevraagd te controleren of de assettag op de laptop klopt met het selfserviceportaal.
            Houden we vijf reservelaptops per vestiging aan of bestellen we op afroep? Zet de kosten naast elkaar.
            De bestelde monitorarmen passen alleen op de nieuwe bureaus; facilitair heeft de lijst van ruimtes waar dat zo is.
        """,
    }),
    Family("procurement_catalogue_update", I, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Catalogue update – office and lab supplies
            ^Purchasing news, {date}
            From {date} the punch-out catalogue of our stationery supplier replaces the free-text orders for paper, toner and pens.
            Items that are no longer in the catalogue: the A3 laminator, the blue archive boxes and the 5-litre hand soap refills.
            New framework agreement for lab gloves: nitrile, sizes S to XL, delivered within three working days, minimum order two boxes.
            Orders under {amount} need only the cost-centre owner's approval; above that, purchasing checks the quote first.
            Rewrite these catalogue notes as a short FAQ for requesters: what changed, what to order now, who to ask.
            Can we add ergonomic keyboards to the standard catalogue, or do they still need an occupational health request?
            Supplier | Category | Lead time↵Office supplier | paper, toner, pens | 2 days↵Lab distributor | gloves, pipette tips | 3 days↵Furniture partner | chairs, desks | 6 weeks
        """,
        "de": """
            ^Katalogaktualisierung – Büro- und Laborbedarf
            ^Neues aus dem Einkauf, {date}
            Ab dem {date} ersetzt der Punch-out-Katalog unseres Bürobedarfslieferanten die Freitextbestellungen für Papier, Toner und Stifte.
            Nicht mehr im Katalog: der A3-Laminierer, die blauen Archivboxen und die 5-Liter-Nachfüllpackungen Handseife.
            Neuer Rahmenvertrag für Laborhandschuhe: Nitril, Größen S bis XL, Lieferung in drei Werktagen, Mindestbestellung zwei Kartons.
            Bestellungen unter {amount} brauchen nur die Freigabe der Kostenstellenverantwortlichen; darüber prüft der Einkauf zuerst das Angebot.
            Mach aus diesen Kataloghinweisen eine kurze FAQ für Besteller: Was ist neu, was bestelle ich jetzt, wen frage ich?
            Können ergonomische Tastaturen in den Standardkatalog, oder läuft das weiter über den Betriebsarzt?
            Lieferant | Kategorie | Lieferzeit↵Bürobedarf | Papier, Toner, Stifte | 2 Tage↵Laborhändler | Handschuhe, Pipettenspitzen | 3 Tage
        """,
        "fr": """
            ^Mise à jour du catalogue – fournitures de bureau et de laboratoire
            ^Actualités achats, {date}
            À partir du {date}, le catalogue punch-out de notre papetier remplace les commandes en texte libre pour le papier, le toner et les stylos.
            Ne figurent plus au catalogue : la plastifieuse A3, les boîtes d'archives bleues et les recharges de savon de 5 litres.
            Nouvel accord-cadre pour les gants de laboratoire : nitrile, tailles S à XL, livraison sous trois jours ouvrés, minimum deux boîtes.
            Les commandes de moins de {amount} ne demandent que l'accord du responsable du centre de coûts ; au-delà, les achats vérifient le devis.
            Transforme ces notes en une courte FAQ pour les demandeurs : ce qui change, quoi commander, à qui s'adresser.
            Peut-on ajouter des claviers ergonomiques au catalogue standard, ou faut-il toujours passer par la médecine du travail ?
            Fournisseur | Catégorie | Délai↵Papetier | papier, toner, stylos | 2 jours↵Distributeur labo | gants, cônes de pipette | 3 jours
        """,
        "es": """
            ^Actualización del catálogo – material de oficina y laboratorio
            ^Novedades de compras, {date}
            Desde el {date}, el catálogo punch-out de nuestro proveedor de papelería sustituye los pedidos de texto libre de papel, tóner y bolígrafos.
            Dejan de estar en el catálogo la plastificadora A3, las cajas de archivo azules y los recambios de jabón de 5 litros.
            Nuevo acuerdo marco para guantes de laboratorio: nitrilo, tallas S a XL, entrega en tres días laborables, pedido mínimo dos cajas.
            Los pedidos de menos de {amount} solo necesitan la aprobación del responsable del centro de coste; por encima, compras revisa el presupuesto.
            Convierte estas notas en unas preguntas frecuentes breves para quien pide: qué cambia, qué pedir ahora, a quién preguntar.
            ¿Podemos añadir teclados ergonómicos al catálogo estándar o siguen necesitando una solicitud a salud laboral?
            Proveedor | Categoría | Plazo↵Papelería | papel, tóner, bolígrafos | 2 días↵Distribuidor de laboratorio | guantes, puntas de pipeta | 3 días
        """,
        "nl": """
            ^Catalogusupdate – kantoor- en laboratoriumartikelen
            ^Nieuws van inkoop, {date}
            Vanaf {date} vervangt de punch-outcatalogus van onze kantoorleverancier de vrije-tekstbestellingen voor papier, toner en pennen.
            Niet meer in de catalogus: de A3-lamineermachine, de blauwe archiefdozen en de navullingen handzeep van 5 liter.
            Nieuwe raamovereenkomst voor laboratoriumhandschoenen: nitril, maten S tot XL, levering binnen drie werkdagen, minimaal twee dozen.
            Bestellingen onder {amount} hebben alleen akkoord van de budgethouder nodig; daarboven controleert inkoop eerst de offerte.
            Maak van deze cataloguspunten een korte FAQ voor aanvragers: wat verandert er, wat bestel ik nu, wie kan ik iets vragen.
            Kunnen ergonomische toetsenborden in de standaardcatalogus, of moet dat nog steeds via de bedrijfsarts?
            Leverancier | Categorie | Levertijd↵Kantoorartikelen | papier, toner, pennen | 2 dagen↵Labgroothandel | handschoenen, pipetpunten | 3 dagen
        """,
    }),
    Family("localisation_style_guide", I, "blind3", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Localisation style guide – internal
            ^Translation memory housekeeping
            Product names stay in English in every locale; only the descriptive part after the dash is translated.
            German UI strings use the informal "du" from this release on; the old "Sie" segments in the translation memory are marked obsolete.
            The termbase now has {n} approved entries; anything not in it goes to the terminology channel before a translator invents a word.
            Dates follow the locale (31/12 in France, 31.12. in Germany); never hard-code the month name in a string.
            Review these five French segments against the style guide and tell me which rule each one breaks.
            Fuzzy matches below 85% are paid as new words; the vendor asked us to lower that to 75%. What would it cost us?
            Do not translate placeholders such as %s or the text inside curly brackets; a broken placeholder crashes the app.
        """,
        "de": """
            ^Styleguide Lokalisierung – intern
            ^Aufräumen im Translation Memory
            Produktnamen bleiben in allen Sprachen englisch; übersetzt wird nur der beschreibende Teil nach dem Gedankenstrich.
            Deutsche Oberflächentexte duzen ab diesem Release; die alten Sie-Segmente im Translation Memory werden als veraltet markiert.
            Die Terminologiedatenbank hat jetzt {n} freigegebene Einträge; was fehlt, kommt in den Terminologie-Kanal, bevor jemand ein Wort erfindet.
            Datumsangaben folgen dem Gebietsschema (31.12. in Deutschland, 31/12 in Frankreich); Monatsnamen nie fest in einen String schreiben.
            Prüfe diese fünf deutschen Segmente gegen den Styleguide und sag mir, gegen welche Regel jedes verstößt.
            Fuzzy-Treffer unter 85 % werden als neue Wörter bezahlt; der Dienstleister möchte 75 %. Was würde uns das kosten?
            Platzhalter wie %s und Text in geschweiften Klammern nicht übersetzen; ein kaputter Platzhalter bringt die App zum Absturz.
        """,
        "fr": """
            ^Guide de style de la localisation – interne
            ^Entretien de la mémoire de traduction
            Les noms de produits restent en anglais dans toutes les langues ; seule la partie descriptive après le tiret est traduite.
            Les chaînes de l'interface française vouvoient toujours l'utilisateur ; les segments qui tutoient sont marqués obsolètes dans la mémoire.
            La base terminologique compte désormais {n} entrées validées ; ce qui manque passe par le canal terminologie avant qu'un traducteur invente un mot.
            Les dates suivent la langue (31/12 en France, 31.12. en Allemagne) ; ne jamais écrire le nom du mois en dur dans une chaîne.
            Relis ces cinq segments français au regard du guide et dis-moi quelle règle chacun enfreint.
            Les correspondances floues sous 85 % sont payées comme des mots nouveaux ; le prestataire demande 75 %. Combien cela nous coûterait-il ?
            Ne traduisez pas les variables comme %s ni le texte entre accolades : une variable cassée fait planter l'application.
        """,
        "es": """
            ^Guía de estilo de localización – interna
            ^Mantenimiento de la memoria de traducción
            Los nombres de producto se quedan en inglés en todos los idiomas; solo se traduce la parte descriptiva tras el guion.
            Las cadenas en español tutean al usuario a partir de esta versión; los segmentos con "usted" se marcan como obsoletos en la memoria.
            La base terminológica tiene ya {n} entradas aprobadas; lo que falte se consulta en el canal de terminología antes de inventar una palabra.
            Las fechas siguen la configuración regional (31/12 en España, 31.12. en Alemania); nunca se escribe el nombre del mes fijo en una cadena.
            Revisa estos cinco segmentos en español según la guía y dime qué regla incumple cada uno.
            Las coincidencias parciales por debajo del 85 % se pagan como palabras nuevas; el proveedor pide bajarlo al 75 %. ¿Cuánto nos costaría?
            No traduzcáis marcadores como %s ni el texto entre llaves; un marcador roto hace que la aplicación se cierre.
        """,
        "nl": """
            ^Stijlgids lokalisatie – intern
            ^Onderhoud van het vertaalgeheugen
            Productnamen blijven in elke taal Engels; alleen het beschrijvende deel na het streepje wordt vertaald.
            Nederlandse interfaceteksten gebruiken vanaf deze release "je"; de oude u-segmenten in het vertaalgeheugen worden als verouderd gemarkeerd.
            De termbank telt nu {n} goedgekeurde termen; wat ontbreekt gaat eerst naar het terminologiekanaal voordat iemand een woord verzint.
            Datums volgen de landinstelling (31-12 in Nederland, 31.12. in Duitsland); zet nooit een maandnaam vast in een string.
            Controleer deze vijf Nederlandse segmenten aan de hand van de stijlgids en zeg welke regel elk segment overtreedt.
            Fuzzy matches onder 85% worden als nieuwe woorden betaald; het vertaalbureau wil naar 75%. Wat zou dat ons kosten?
            Vertaal geen plaatshouders zoals %s of tekst tussen accolades; een kapotte plaatshouder laat de app crashen.
        """,
    }),
    Family("warehouse_cycle_count", I, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Cycle count results – week {n}
            ^Warehouse floor meeting
            Aisle 14 was counted twice this week: {n} bin locations showed a difference, mostly pallets booked to the wrong level.
            Pick accuracy last month was 99.2%; the target is 99.5%. Most errors were look-alike cartons of the 500 ml and 750 ml bottles.
            Bin | System qty | Counted | Difference↵14-03-B | 120 | 96 | -24↵14-05-A | 0 | 40 | +40↵22-11-C | 18 | 18 | 0
            From Monday, a count is triggered automatically when a bin reaches zero, instead of waiting for the quarterly full count.
            The reach truck in zone C is out of service until Thursday; high-level counts there move to next week.
            Write the handover note for the night shift: which aisles are frozen for counting and where to put returns meanwhile.
            Why would the system show stock in a bin that is physically empty? Give me the usual causes to check first.
        """,
        "de": """
            ^Ergebnis der Permanentinventur – KW {n}
            ^Besprechung Lagerhalle
            Gang 14 wurde diese Woche doppelt gezählt: an {n} Lagerplätzen gab es Differenzen, meist Paletten im falschen Fach gebucht.
            Die Kommissioniergenauigkeit lag im Vormonat bei 99,2 %, Ziel sind 99,5 %. Die meisten Fehler waren ähnlich aussehende Kartons der 500-ml- und 750-ml-Flaschen.
            Lagerplatz | Bestand System | Gezählt | Differenz↵14-03-B | 120 | 96 | -24↵14-05-A | 0 | 40 | +40
            Ab Montag wird eine Zählung automatisch ausgelöst, wenn ein Platz auf null fällt, statt auf die Quartalsinventur zu warten.
            Der Schubmaststapler in Zone C ist bis Donnerstag außer Betrieb; die Zählungen in den oberen Ebenen dort verschieben sich.
            Schreib die Übergabe für die Nachtschicht: welche Gänge für die Zählung gesperrt sind und wohin Retouren so lange kommen.
            Warum zeigt das System Bestand auf einem Platz, der leer ist? Nenn mir die üblichen Ursachen, die ich zuerst prüfen sollte.
        """,
        "fr": """
            ^Résultats de l'inventaire tournant – semaine {n}
            ^Point entrepôt
            L'allée 14 a été comptée deux fois cette semaine : {n} emplacements présentaient un écart, surtout des palettes saisies au mauvais niveau.
            Le taux de préparation sans erreur était de 99,2 % le mois dernier pour un objectif de 99,5 % ; la plupart des erreurs viennent des cartons de 500 ml et 750 ml qui se ressemblent.
            Emplacement | Stock système | Compté | Écart↵14-03-B | 120 | 96 | -24↵14-05-A | 0 | 40 | +40
            Dès lundi, un comptage est déclenché automatiquement quand un emplacement tombe à zéro, sans attendre l'inventaire trimestriel.
            Le chariot à mât rétractable de la zone C est en panne jusqu'à jeudi ; les comptages en hauteur y sont reportés.
            Rédige la note de passation pour l'équipe de nuit : les allées bloquées pour comptage et où mettre les retours en attendant.
            Pourquoi le système affiche-t-il du stock sur un emplacement vide ? Donne-moi les causes habituelles à vérifier d'abord.
        """,
        "es": """
            ^Resultados del inventario cíclico – semana {n}
            ^Reunión de almacén
            El pasillo 14 se contó dos veces esta semana: {n} ubicaciones tenían diferencias, casi siempre palés registrados en el nivel equivocado.
            La precisión de preparación fue del 99,2 % el mes pasado y el objetivo es el 99,5 %; la mayoría de errores son cajas parecidas de botellas de 500 ml y 750 ml.
            Ubicación | Stock sistema | Contado | Diferencia↵14-03-B | 120 | 96 | -24↵14-05-A | 0 | 40 | +40
            Desde el lunes se lanza un recuento automático cuando una ubicación llega a cero, sin esperar al inventario trimestral.
            La carretilla retráctil de la zona C está averiada hasta el jueves; los recuentos en altura se aplazan.
            Escribe la nota de relevo para el turno de noche: qué pasillos están bloqueados para recuento y dónde dejar las devoluciones mientras tanto.
            ¿Por qué el sistema muestra stock en una ubicación vacía? Dame las causas habituales que debo revisar primero.
        """,
        "nl": """
            ^Resultaten cyclustelling – week {n}
            ^Overleg magazijnvloer
            Gang 14 is deze week twee keer geteld: op {n} locaties was er een verschil, vooral pallets die op de verkeerde hoogte zijn geboekt.
            De picknauwkeurigheid was vorige maand 99,2%, het doel is 99,5%; de meeste fouten kwamen door gelijkende dozen van de flessen van 500 ml en 750 ml.
            Locatie | Systeem | Geteld | Verschil↵14-03-B | 120 | 96 | -24↵14-05-A | 0 | 40 | +40
            Vanaf maandag start er automatisch een telling als een locatie op nul komt, in plaats van te wachten op de kwartaaltelling.
            De reachtruck in zone C staat tot donderdag stil; de tellingen op hoogte daar schuiven een week op.
            Schrijf de overdracht voor de nachtploeg: welke gangen geblokkeerd zijn voor telling en waar retouren zolang heen gaan.
            Waarom toont het systeem voorraad op een locatie die leeg is? Noem de gebruikelijke oorzaken die ik eerst moet nagaan.
        """,
    }),
    Family("building_energy_report", I, "blind3", min_sentences=2, max_sentences=5, text={
        "en": """
            ^Energy report, building B – {date}
            ^Heating and lighting settings for winter
            Electricity use in building B was {pct} lower than in the same month last year, mostly because the car-park lights now run on motion sensors.
            The heat pump went into defrost mode {n} times on Tuesday night; the supplier thinks the outdoor sensor is mounted in the sun.
            Office temperature setpoint: 21 °C from 07:00 to 18:00 on weekdays, 16 °C at night and at weekends; meeting rooms heat up on booking.
            Meter | This month (kWh) | Last year (kWh)↵Main supply | 41,200 | 46,900↵Data room | 8,300 | 8,100↵Kitchen | 2,750 | 3,020
            Draft a note for the staff newsletter asking people to shut the blinds in the evening and not to prop open the fire doors.
            Which of these three options pays back fastest: roof solar panels, LED retrofit in the warehouse, or better insulation on the west side?
            The cooling in the server room ran at full power during the heat wave; the facilities team wants a second unit before next summer.
        """,
        "de": """
            ^Energiebericht Gebäude B – {date}
            ^Heizungs- und Beleuchtungseinstellungen für den Winter
            Der Stromverbrauch in Gebäude B lag {pct} unter dem Vorjahresmonat, vor allem weil die Tiefgaragenbeleuchtung jetzt über Bewegungsmelder läuft.
            Die Wärmepumpe ist in der Nacht zum Mittwoch {n}-mal in den Abtaubetrieb gegangen; der Lieferant vermutet, dass der Außenfühler in der Sonne hängt.
            Solltemperatur Büro: werktags 21 °C von 7 bis 18 Uhr, nachts und am Wochenende 16 °C; Besprechungsräume heizen bei Buchung auf.
            Zähler | Dieser Monat (kWh) | Vorjahr (kWh)↵Hauptzähler | 41.200 | 46.900↵Serverraum | 8.300 | 8.100
            Entwirf einen Hinweis für den Mitarbeiterbrief: abends die Jalousien schließen und keine Brandschutztüren offen halten.
            Was amortisiert sich am schnellsten: Photovoltaik auf dem Dach, LED-Umrüstung im Lager oder bessere Dämmung der Westseite?
            Die Kühlung im Serverraum lief während der Hitzewelle auf Volllast; die Haustechnik möchte vor dem nächsten Sommer ein zweites Gerät.
        """,
        "fr": """
            ^Bilan énergétique, bâtiment B – {date}
            ^Réglages chauffage et éclairage pour l'hiver
            La consommation d'électricité du bâtiment B est inférieure de {pct} à celle du même mois l'an dernier, surtout grâce aux détecteurs de présence du parking.
            La pompe à chaleur s'est mise en dégivrage {n} fois dans la nuit de mardi ; l'installateur pense que la sonde extérieure est au soleil.
            Consigne de température des bureaux : 21 °C de 7 h à 18 h en semaine, 16 °C la nuit et le week-end ; les salles de réunion chauffent à la réservation.
            Compteur | Ce mois (kWh) | Année précédente (kWh)↵Général | 41 200 | 46 900↵Salle serveurs | 8 300 | 8 100
            Rédige un mot pour la lettre interne demandant de baisser les stores le soir et de ne pas caler les portes coupe-feu ouvertes.
            Qu'est-ce qui se rentabilise le plus vite : des panneaux solaires en toiture, des LED dans l'entrepôt ou une meilleure isolation de la façade ouest ?
            La climatisation de la salle serveurs a tourné à plein pendant la canicule ; les services généraux veulent un second groupe avant l'été prochain.
        """,
        "es": """
            ^Informe energético, edificio B – {date}
            ^Ajustes de calefacción e iluminación para el invierno
            El consumo eléctrico del edificio B fue un {pct} menor que en el mismo mes del año pasado, sobre todo porque el aparcamiento ya tiene sensores de presencia.
            La bomba de calor entró {n} veces en desescarche la noche del martes; el instalador cree que la sonda exterior está al sol.
            Temperatura de consigna en oficinas: 21 °C de 7:00 a 18:00 en días laborables y 16 °C de noche y en fin de semana; las salas se calientan al reservarlas.
            Contador | Este mes (kWh) | Año anterior (kWh)↵General | 41.200 | 46.900↵Sala de servidores | 8.300 | 8.100
            Redacta una nota para el boletín interno pidiendo bajar las persianas por la tarde y no dejar abiertas las puertas cortafuegos.
            ¿Qué se amortiza antes: placas solares en la cubierta, LED en el almacén o mejor aislamiento en la fachada oeste?
            La refrigeración de la sala de servidores funcionó al máximo durante la ola de calor; mantenimiento quiere un segundo equipo antes del verano.
        """,
        "nl": """
            ^Energierapport gebouw B – {date}
            ^Instellingen verwarming en verlichting voor de winter
            Het stroomverbruik in gebouw B lag {pct} lager dan in dezelfde maand vorig jaar, vooral omdat de parkeergarage nu bewegingssensoren heeft.
            De warmtepomp ging dinsdagnacht {n} keer in ontdooistand; de installateur denkt dat de buitenvoeler in de zon hangt.
            Setpoint kantoren: op werkdagen 21 °C van 7.00 tot 18.00 uur, 's nachts en in het weekend 16 °C; vergaderzalen warmen op bij een boeking.
            Meter | Deze maand (kWh) | Vorig jaar (kWh)↵Hoofdaansluiting | 41.200 | 46.900↵Serverruimte | 8.300 | 8.100
            Schrijf een berichtje voor de personeelsnieuwsbrief: 's avonds de zonwering dicht en geen branddeuren openzetten.
            Wat verdient zich het snelst terug: zonnepanelen op het dak, ledverlichting in het magazijn of betere isolatie aan de westkant?
            De koeling van de serverruimte draaide tijdens de hittegolf op vol vermogen; facilitair wil voor de volgende zomer een tweede unit.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("credit_limit_review", C, "blind3", min_sentences=3, max_sentences=5, text={
        "en": """
            ^Credit review – {company}
            ^Credit committee, {date}
            {company} has paid its last four invoices between 45 and 70 days late; the current limit of {amount} is fully used.
            Their latest filed accounts show a loss and negative equity; the managing director, {name}, offered a personal guarantee to keep the limit.
            The trade credit insurer cut its cover on {company} by half last week, which leaves {amount2} of our exposure uninsured.
            Recommendation: reduce the limit to {amount2}, move them to payment in advance for new orders, and review again in three months.
            The finance contact there, {name2}, is reachable on {phone}; she admitted on the call that a bank loan was not renewed.
            Send the decision to {email} and copy the account manager; do not mention the insurer's downgrade in the letter.
            Write a polite but firm letter explaining the new payment terms without saying why we changed them.
        """,
        "de": """
            ^Kreditprüfung – {company}
            ^Kreditausschuss, {date}
            {company} hat die letzten vier Rechnungen 45 bis 70 Tage zu spät bezahlt; das aktuelle Limit von {amount} ist ausgeschöpft.
            Der letzte Jahresabschluss zeigt einen Verlust und negatives Eigenkapital; der Geschäftsführer {name} bietet eine persönliche Bürgschaft an.
            Der Warenkreditversicherer hat seine Deckung für {company} letzte Woche halbiert; {amount2} unseres Risikos sind damit nicht mehr versichert.
            Empfehlung: Limit auf {amount2} senken, neue Aufträge nur gegen Vorkasse, erneute Prüfung in drei Monaten.
            Die Buchhalterin dort, {name2}, ist unter {phone} erreichbar; sie hat am Telefon eingeräumt, dass ein Bankkredit nicht verlängert wurde.
            Schick die Entscheidung an {email} mit Kopie an den Kundenbetreuer; die Herabstufung durch den Versicherer nicht erwähnen.
            Schreib einen höflichen, aber bestimmten Brief zu den neuen Zahlungsbedingungen, ohne die Gründe zu nennen.
        """,
        "fr": """
            ^Revue de crédit – {company}
            ^Comité de crédit, {date}
            {company} a réglé ses quatre dernières factures avec 45 à 70 jours de retard ; l'encours autorisé de {amount} est entièrement utilisé.
            Les derniers comptes déposés montrent une perte et des capitaux propres négatifs ; le gérant, {name}, propose une caution personnelle.
            L'assureur-crédit a réduit de moitié sa garantie sur {company} la semaine dernière : {amount2} de notre risque ne sont plus couverts.
            Recommandation : ramener l'encours à {amount2}, paiement d'avance pour les nouvelles commandes, nouvelle revue dans trois mois.
            La comptable, {name2}, est joignable au {phone} ; elle a reconnu au téléphone que leur prêt bancaire n'a pas été renouvelé.
            Envoie la décision à {email} en copie au commercial ; ne mentionne pas la dégradation par l'assureur dans le courrier.
            Rédige une lettre courtoise mais ferme sur les nouvelles conditions de paiement, sans en donner la raison.
        """,
        "es": """
            ^Revisión de crédito – {company}
            ^Comité de riesgos, {date}
            {company} ha pagado sus cuatro últimas facturas con 45 a 70 días de retraso; el límite actual de {amount} está agotado.
            Las últimas cuentas depositadas muestran pérdidas y patrimonio neto negativo; el administrador, {name}, ofrece un aval personal.
            La aseguradora de crédito redujo a la mitad su cobertura sobre {company} la semana pasada, así que {amount2} de nuestro riesgo queda sin asegurar.
            Propuesta: bajar el límite a {amount2}, pago anticipado en los pedidos nuevos y nueva revisión en tres meses.
            La responsable financiera, {name2}, atiende en el {phone}; reconoció por teléfono que el banco no les renovó un préstamo.
            Envía la decisión a {email} con copia al comercial; no menciones la rebaja de la aseguradora en la carta.
            Redacta una carta educada pero firme sobre las nuevas condiciones de pago, sin explicar el motivo.
        """,
        "nl": """
            ^Kredietbeoordeling – {company}
            ^Kredietcommissie, {date}
            {company} heeft de laatste vier facturen 45 tot 70 dagen te laat betaald; de huidige limiet van {amount} is volledig benut.
            De laatst gedeponeerde jaarrekening toont verlies en negatief eigen vermogen; directeur {name} biedt een persoonlijke borgstelling aan.
            De kredietverzekeraar heeft vorige week de dekking op {company} gehalveerd, waardoor {amount2} van ons risico onverzekerd is.
            Advies: limiet verlagen naar {amount2}, nieuwe orders alleen tegen vooruitbetaling, over drie maanden opnieuw beoordelen.
            De financieel contactpersoon, {name2}, is bereikbaar op {phone}; ze gaf aan de telefoon toe dat een banklening niet is verlengd.
            Stuur het besluit naar {email} met de accountmanager in cc; noem de afwaardering door de verzekeraar niet in de brief.
            Schrijf een beleefde maar duidelijke brief over de nieuwe betalingsvoorwaarden, zonder de reden te noemen.
        """,
    }),
    Family("telematics_driver_review", C, "blind3", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Driver behaviour review – van {n}
            ^Fleet safety, monthly exceptions
            The telematics box on {first}'s van logged {n} harsh-braking events in October and speeds of up to 118 km/h on the ring road.
            The van was parked outside a residential street in {city} every weekday between 13:00 and 15:30, two hours longer than the delivery plan allows.
            {name} says the long stops are visits to his mother, who is in a care home on that street; he asked us not to tell his team leader.
            Fuel card shows a fill-up on a Sunday evening, {n2} km from the depot, when the van should have been locked in the yard.
            Draft the invitation to a review meeting with {first}: factual, no accusations, and offer him a colleague of his choice.
            Should the night-time location data go into his personnel file, or only the summary of the harsh-braking events?
        """,
        "de": """
            ^Fahrverhalten – Fahrzeug {n}
            ^Fuhrparksicherheit, Auffälligkeiten des Monats
            Die Telematikbox in {first}s Transporter hat im Oktober {n} starke Bremsungen und bis zu 118 km/h auf dem Ring aufgezeichnet.
            Der Wagen stand werktags zwischen 13 und 15:30 Uhr in einer Wohnstraße in {city}, zwei Stunden länger, als die Tourplanung vorsieht.
            {name} erklärt, die langen Stopps seien Besuche bei seiner Mutter im Pflegeheim in dieser Straße; er bittet, es seiner Teamleitung nicht zu sagen.
            Die Tankkarte zeigt eine Betankung am Sonntagabend, {n2} km vom Depot entfernt, obwohl der Wagen auf dem Hof stehen sollte.
            Entwirf die Einladung zu einem Gespräch mit {first}: sachlich, ohne Vorwürfe, mit dem Angebot, eine Vertrauensperson mitzubringen.
            Gehören die nächtlichen Standortdaten in seine Personalakte oder nur die Zusammenfassung der Bremsereignisse?
        """,
        "fr": """
            ^Comportement de conduite – véhicule {n}
            ^Sécurité de la flotte, anomalies du mois
            Le boîtier télématique de la camionnette de {first} a relevé {n} freinages brusques en octobre et des pointes à 118 km/h sur le périphérique.
            Le véhicule est resté garé chaque jour de semaine de 13 h à 15 h 30 dans une rue résidentielle de {city}, deux heures de plus que la tournée.
            {name} explique qu'il rend visite à sa mère, placée en maison de retraite dans cette rue ; il demande qu'on n'en parle pas à son chef d'équipe.
            La carte carburant montre un plein un dimanche soir, à {n2} km du dépôt, alors que la camionnette devait être au parking.
            Rédige la convocation à un entretien avec {first} : factuelle, sans accusation, en lui proposant de venir accompagné d'un collègue.
            Les données de localisation de nuit doivent-elles aller dans son dossier personnel, ou seulement le résumé des freinages ?
        """,
        "es": """
            ^Conducta al volante – vehículo {n}
            ^Seguridad de la flota, incidencias del mes
            La caja telemática de la furgoneta de {first} registró {n} frenazos bruscos en octubre y velocidades de hasta 118 km/h en la circunvalación.
            La furgoneta estuvo aparcada cada día laborable de 13:00 a 15:30 en una calle residencial de {city}, dos horas más de lo que permite la ruta.
            {name} dice que esas paradas son visitas a su madre, que vive en una residencia de esa calle; pide que no se lo digamos a su jefe de equipo.
            La tarjeta de combustible muestra un repostaje un domingo por la noche, a {n2} km del almacén, cuando la furgoneta debía estar en el patio.
            Redacta la citación a una reunión con {first}: objetiva, sin acusaciones, y ofreciéndole venir con un compañero de su elección.
            ¿Deben ir los datos de ubicación nocturna a su expediente personal o solo el resumen de los frenazos?
        """,
        "nl": """
            ^Rijgedrag – bus {n}
            ^Wagenparkveiligheid, afwijkingen van de maand
            Het telematicakastje in de bus van {first} registreerde in oktober {n} keer hard remmen en snelheden tot 118 km/u op de ring.
            De bus stond elke werkdag van 13.00 tot 15.30 uur in een woonstraat in {city}, twee uur langer dan de rit toelaat.
            {name} zegt dat hij dan zijn moeder bezoekt, die in die straat in een verpleeghuis woont; hij vraagt het niet aan zijn teamleider te vertellen.
            De tankpas toont een tankbeurt op zondagavond, {n2} km van het depot, terwijl de bus op het terrein had moeten staan.
            Stel de uitnodiging op voor een gesprek met {first}: feitelijk, zonder beschuldigingen, en bied aan dat hij een collega meeneemt.
            Horen de nachtelijke locatiegegevens in zijn personeelsdossier, of alleen de samenvatting van het remgedrag?
        """,
    }),
    Family("integration_headcount_plan", C, "blind3", min_sentences=3, max_sentences=7, text={
        "en": """
            ^Project {last} – integration headcount plan, draft 3
            ^Day-one organisation after the merger
            After closing, the two finance teams merge in {city}; of the {n} roles in the acquired company's back office, about a third are not carried over.
            {name} keeps the controller role; {name2}, who does the same job on their side, is offered the treasury project or a package.
            Retention bonuses of {amount} each for the six engineers who built their billing platform, paid half at closing and half after twelve months.
            Nobody on their side knows yet that the {city} office closes within a year of closing; the announcement is planned for the week after.
            Put the roles into three columns – keep, move, redundant – and flag where one of ours and one of theirs do the same job.
            The synergy case assumes {amount2} of savings in staff costs by year two; with the retention bonuses, is that still realistic?
            Draft the talking points for the two managers who will tell their teams on day one, without naming who leaves.
        """,
        "de": """
            ^Projekt {last} – Personalplanung zur Integration, Entwurf 3
            ^Organisation am ersten Tag nach der Übernahme
            Nach dem Vollzug werden die beiden Finanzteams in {city} zusammengelegt; von den {n} Stellen im Backoffice des Zielunternehmens fällt etwa ein Drittel weg.
            {name} behält die Controlling-Leitung; {name2}, der drüben dieselbe Aufgabe hat, bekommt das Treasury-Projekt oder ein Abfindungsangebot.
            Halteprämien von je {amount} für die sechs Entwickler der Abrechnungsplattform, zur Hälfte beim Vollzug, zur Hälfte nach zwölf Monaten.
            Drüben weiß noch niemand, dass der Standort {city} innerhalb eines Jahres schließt; die Mitteilung ist für die Woche nach dem Vollzug geplant.
            Sortiere die Stellen in drei Spalten – bleibt, wechselt, entfällt – und markiere, wo eine von uns und eine von denen dasselbe tun.
            Der Synergieplan rechnet bis zum zweiten Jahr mit {amount2} weniger Personalkosten; ist das mit den Halteprämien noch realistisch?
        """,
        "fr": """
            ^Projet {last} – plan d'effectifs pour l'intégration, version 3
            ^Organisation au premier jour après le rachat
            Après la réalisation, les deux équipes financières fusionnent à {city} ; sur les {n} postes du back-office de la société rachetée, environ un tiers n'est pas repris.
            {name} garde le contrôle de gestion ; {name2}, qui occupe le même poste chez eux, se verra proposer le projet de trésorerie ou un départ négocié.
            Primes de fidélisation de {amount} chacune pour les six ingénieurs de leur plateforme de facturation, moitié à la réalisation, moitié après douze mois.
            Personne chez eux ne sait encore que le site de {city} fermera dans l'année ; l'annonce est prévue la semaine suivant la réalisation.
            Classe les postes en trois colonnes – conservé, transféré, supprimé – et signale les doublons entre nos équipes et les leurs.
            Le scénario de synergies suppose {amount2} d'économies sur la masse salariale en deuxième année ; est-ce encore réaliste avec les primes ?
        """,
        "es": """
            ^Proyecto {last} – plan de plantilla para la integración, borrador 3
            ^Organización del primer día tras la compra
            Tras el cierre, los dos equipos de finanzas se unen en {city}; de los {n} puestos del back office de la empresa comprada, alrededor de un tercio no continúa.
            {name} se queda con el control de gestión; a {name2}, que hace lo mismo en su lado, se le ofrecerá el proyecto de tesorería o una salida pactada.
            Bonos de retención de {amount} para cada uno de los seis ingenieros de su plataforma de facturación, la mitad al cierre y la mitad a los doce meses.
            Nadie en su lado sabe todavía que la oficina de {city} cerrará antes de un año; el anuncio está previsto para la semana siguiente al cierre.
            Ordena los puestos en tres columnas – se mantiene, se traslada, se suprime – y marca dónde uno nuestro y uno suyo hacen lo mismo.
            El plan de sinergias cuenta con {amount2} de ahorro en personal el segundo año; ¿sigue siendo realista con los bonos de retención?
        """,
        "nl": """
            ^Project {last} – personeelsplan integratie, concept 3
            ^Organisatie op dag één na de overname
            Na de closing gaan de twee financeteams samen in {city}; van de {n} functies in de backoffice van het overgenomen bedrijf vervalt ongeveer een derde.
            {name} houdt de controllersrol; {name2}, die bij hen hetzelfde doet, krijgt het treasuryproject of een vertrekregeling aangeboden.
            Retentiebonussen van {amount} per persoon voor de zes ontwikkelaars van hun factureringsplatform, de helft bij closing en de helft na twaalf maanden.
            Niemand aan hun kant weet nog dat de vestiging in {city} binnen een jaar sluit; de aankondiging staat gepland voor de week na de closing.
            Zet de functies in drie kolommen – blijft, verhuist, vervalt – en markeer waar iemand van ons en iemand van hen hetzelfde werk doen.
            Het synergieplan gaat uit van {amount2} minder personeelskosten in jaar twee; is dat met de retentiebonussen nog haalbaar?
        """,
    }),
    Family("private_investor_update", C, "blind3", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Investor update – Q{n} (not for forwarding)
            ^To our shareholders only
            Cash at the end of the quarter was {amount}; at the current burn we have about seven months of runway, not the fourteen we showed you in spring.
            The largest customer, {company}, told us it will not renew in March; it was {pct} of recurring revenue.
            We are in talks with two funds about a bridge round at a valuation below the last one; the term sheet from the first arrives next week.
            {first}, our co-founder and CTO, is stepping back for health reasons; he stays on the board and we have not announced it to the team yet.
            Please keep these numbers to yourselves until the board meets on {date}; the team hears about the bridge round after it is signed.
            Turn these notes into a one-page update with the bad news first and a clear ask: introductions to two potential lead investors.
        """,
        "de": """
            ^Investoren-Update – Q{n} (bitte nicht weiterleiten)
            ^Nur für unsere Gesellschafter
            Zum Quartalsende hatten wir {amount} Liquidität; beim aktuellen Verbrauch reicht das etwa sieben Monate, nicht vierzehn wie im Frühjahr gezeigt.
            Unser größter Kunde, {company}, verlängert im März nicht; das waren {pct} der wiederkehrenden Umsätze.
            Wir sprechen mit zwei Fonds über eine Brückenfinanzierung unter der letzten Bewertung; das Term Sheet des ersten kommt nächste Woche.
            {first}, Mitgründer und CTO, tritt aus gesundheitlichen Gründen kürzer; er bleibt im Beirat, das Team weiß es noch nicht.
            Bitte behaltet die Zahlen bis zur Beiratssitzung am {date} für euch; das Team erfährt von der Brückenrunde erst nach Unterzeichnung.
            Mach aus diesen Notizen ein einseitiges Update: schlechte Nachrichten zuerst und eine klare Bitte um Kontakte zu zwei möglichen Lead-Investoren.
        """,
        "fr": """
            ^Point investisseurs – T{n} (ne pas transférer)
            ^Réservé aux associés
            La trésorerie en fin de trimestre était de {amount} ; au rythme actuel cela fait environ sept mois, pas les quatorze annoncés au printemps.
            Notre premier client, {company}, ne renouvellera pas en mars ; il représentait {pct} du revenu récurrent.
            Nous discutons avec deux fonds d'un financement relais à une valorisation inférieure à la précédente ; la lettre d'intention du premier arrive la semaine prochaine.
            {first}, cofondateur et CTO, lève le pied pour raisons de santé ; il reste au conseil et l'équipe n'est pas encore au courant.
            Merci de garder ces chiffres pour vous jusqu'au conseil du {date} ; l'équipe apprendra le financement relais une fois signé.
            Transforme ces notes en un point d'une page : les mauvaises nouvelles d'abord, puis une demande claire de mises en relation avec deux investisseurs chefs de file.
        """,
        "es": """
            ^Informe a inversores – T{n} (no reenviar)
            ^Solo para nuestros socios
            La caja al cierre del trimestre era de {amount}; al ritmo actual de gasto tenemos unos siete meses, no los catorce que os enseñamos en primavera.
            Nuestro mayor cliente, {company}, nos ha dicho que no renovará en marzo; era el {pct} de los ingresos recurrentes.
            Estamos hablando con dos fondos de una ronda puente a una valoración inferior a la anterior; la hoja de términos del primero llega la semana que viene.
            {first}, cofundador y CTO, da un paso atrás por motivos de salud; sigue en el consejo y todavía no se lo hemos contado al equipo.
            Guardad estas cifras para vosotros hasta el consejo del {date}; el equipo sabrá de la ronda puente cuando esté firmada.
            Convierte estas notas en un informe de una página, con las malas noticias primero y una petición clara: contactos con dos posibles inversores líderes.
        """,
        "nl": """
            ^Investeerdersupdate – K{n} (niet doorsturen)
            ^Alleen voor onze aandeelhouders
            De kaspositie aan het eind van het kwartaal was {amount}; bij de huidige burn hebben we ongeveer zeven maanden, niet de veertien die we in het voorjaar lieten zien.
            Onze grootste klant, {company}, verlengt in maart niet; dat was {pct} van de terugkerende omzet.
            We praten met twee fondsen over een overbruggingsronde tegen een lagere waardering dan de vorige; de term sheet van de eerste komt volgende week.
            {first}, medeoprichter en CTO, doet om gezondheidsredenen een stap terug; hij blijft in de raad en het team weet het nog niet.
            Houd deze cijfers voor jezelf tot de raadsvergadering van {date}; het team hoort pas van de overbruggingsronde als die getekend is.
            Maak van deze aantekeningen een update van één pagina: slecht nieuws eerst en een duidelijke vraag om introducties bij twee mogelijke leadinvesteerders.
        """,
    }),
    Family("student_welfare_case", C, "blind3", min_sentences=3, max_sentences=4, text={
        "en": """
            ^Student support – case note
            ^Extenuating circumstances panel, {date}
            {name}, second-year nursing student, has missed most of her placement shifts since her partner was arrested in {year}; she is now living with her sister.
            She disclosed that she has been self-harming again and agreed to a referral to the university counselling service; next check-in on {date}.
            The panel accepted her request to defer two exams without penalty; the personal tutor is told only that circumstances were accepted.
            Her hardship fund application for {amount} is approved; the payment goes to her own account, not the joint one.
            She prefers to be contacted by text on {phone} rather than by letter to the family home.
            Her personal tutor, {name2}, can be reached at {email} if anything changes before the resit period.
            Write a short, warm e-mail to {first} confirming the deferral without repeating anything she told us about her home situation.
        """,
        "de": """
            ^Studierendenberatung – Fallnotiz
            ^Härtefallausschuss, {date}
            {name}, Pflegestudentin im zweiten Jahr, hat die meisten Praxiseinsätze verpasst, seit ihr Partner {year} festgenommen wurde; sie wohnt jetzt bei ihrer Schwester.
            Sie hat erzählt, dass sie sich wieder selbst verletzt, und einer Überweisung an die psychologische Beratung zugestimmt; nächster Termin am {date}.
            Der Ausschuss hat zwei Prüfungen ohne Nachteil verschoben; die Mentorin erfährt nur, dass ein Härtefall anerkannt wurde.
            Ihr Antrag auf {amount} aus dem Notfonds ist bewilligt; die Zahlung geht auf ihr eigenes Konto, nicht auf das gemeinsame.
            Sie möchte lieber per SMS unter {phone} erreicht werden als per Brief an die Adresse der Familie.
            Ihre Mentorin {name2} ist unter {email} erreichbar, falls sich vor der Wiederholungsphase etwas ändert.
            Schreib {first} eine kurze, freundliche E-Mail, die die Verschiebung bestätigt, ohne etwas über ihre Lage zu Hause zu wiederholen.
        """,
        "fr": """
            ^Accompagnement étudiant – note de suivi
            ^Commission des situations particulières, {date}
            {name}, étudiante infirmière en deuxième année, a manqué la plupart de ses stages depuis l'arrestation de son compagnon en {year} ; elle vit maintenant chez sa sœur.
            Elle a confié qu'elle se scarifie à nouveau et a accepté d'être orientée vers le service de soutien psychologique ; prochain rendez-vous le {date}.
            La commission a reporté deux examens sans pénalité ; la tutrice sait seulement qu'une situation particulière a été reconnue.
            Sa demande d'aide d'urgence de {amount} est acceptée ; le versement se fait sur son compte personnel, pas sur le compte joint.
            Elle préfère être contactée par SMS au {phone} plutôt que par courrier au domicile familial.
            Sa tutrice, {name2}, est joignable à {email} si quelque chose change avant la session de rattrapage.
            Écris à {first} un court message chaleureux qui confirme le report sans rien répéter de ce qu'elle nous a dit de sa situation.
        """,
        "es": """
            ^Apoyo al estudiante – nota del caso
            ^Comisión de circunstancias excepcionales, {date}
            {name}, estudiante de segundo de enfermería, ha faltado a casi todas las prácticas desde que detuvieron a su pareja en {year}; ahora vive con su hermana.
            Contó que ha vuelto a autolesionarse y aceptó la derivación al servicio de atención psicológica; próxima cita el {date}.
            La comisión aplazó dos exámenes sin penalización; a la tutora solo se le dice que se aceptaron circunstancias excepcionales.
            Su solicitud de {amount} del fondo de emergencia está aprobada; el pago va a su cuenta personal, no a la conjunta.
            Prefiere que la contactemos por mensaje al {phone} y no por carta al domicilio familiar.
            Su tutora, {name2}, está disponible en {email} si algo cambia antes de la convocatoria extraordinaria.
            Escribe a {first} un correo breve y cercano que confirme el aplazamiento sin repetir nada de lo que nos contó de su casa.
        """,
        "nl": """
            ^Studentbegeleiding – dossiernotitie
            ^Commissie bijzondere omstandigheden, {date}
            {name}, tweedejaars studente verpleegkunde, heeft de meeste stagediensten gemist sinds haar partner in {year} is opgepakt; ze woont nu bij haar zus.
            Ze vertelde dat ze zichzelf weer verwondt en stemde in met een verwijzing naar de studentenpsycholoog; volgende afspraak op {date}.
            De commissie heeft twee tentamens zonder gevolgen uitgesteld; de studieloopbaanbegeleider hoort alleen dat bijzondere omstandigheden zijn erkend.
            Haar aanvraag van {amount} uit het noodfonds is toegekend; de betaling gaat naar haar eigen rekening, niet naar de gezamenlijke.
            Ze wordt liever per sms gebeld op {phone} dan per brief naar het ouderlijk huis.
            Haar begeleider, {name2}, is bereikbaar via {email} als er vóór de herkansingen iets verandert.
            Schrijf {first} een korte, warme mail die het uitstel bevestigt, zonder iets te herhalen van wat ze over haar thuissituatie vertelde.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("recall_liability_counsel", X, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Legal's view on the heater recall
            ^From the general counsel's office – {product} recall
            Our in-house lawyers think a voluntary recall limited to the batches from the second supplier is defensible, but only if the test data really shows the other batches are safe.
            Counsel's concern is the engineer's e-mail from {date} that calls the thermostat "a fire waiting to happen"; if we recall late, that e-mail decides any injury claim against us.
            Legal advises against the phrase "out of an abundance of caution" in the customer notice: it suggests we knew more than we said.
            The general counsel puts our exposure for the two burn injuries already reported at around {amount}, before any claims from insurers.
            Her recommendation is to notify {regulator} this week, before the customer notice goes out, and to keep the root-cause report in draft until she has read it.
            Summarise the legal team's advice for the executive meeting in five bullet points, without quoting the engineer's e-mail.
            Which of counsel's three options – limited recall, full recall, or safety notice only – carries the least risk if a child is hurt?
        """,
        "de": """
            ^Einschätzung der Rechtsabteilung zum Heizlüfter-Rückruf
            ^Aus dem Büro der Chefjuristin – Rückruf {product}
            Unsere Unternehmensjuristen halten einen freiwilligen Rückruf nur der Chargen des zweiten Zulieferers für vertretbar, aber nur, wenn die Prüfdaten die übrigen Chargen wirklich entlasten.
            Die Sorge der Juristen ist die E-Mail des Ingenieurs vom {date}, die den Thermostat als „Brand mit Ansage“ bezeichnet; rufen wir zu spät zurück, entscheidet diese Mail jede Schadenersatzklage.
            Die Rechtsabteilung rät von der Formulierung „rein vorsorglich“ in der Kundeninformation ab: Sie legt nahe, dass wir mehr wussten, als wir sagen.
            Die Chefjuristin schätzt unser Risiko für die zwei bereits gemeldeten Verbrennungen auf etwa {amount}, ohne Regressforderungen der Versicherer.
            Sie empfiehlt, {regulator} noch diese Woche zu informieren, bevor die Kundeninformation rausgeht, und den Ursachenbericht im Entwurf zu lassen, bis sie ihn gelesen hat.
            Fasse die Empfehlung der Rechtsabteilung für die Geschäftsleitung in fünf Stichpunkten zusammen, ohne die Mail des Ingenieurs zu zitieren.
        """,
        "fr": """
            ^Avis de la direction juridique sur le rappel des radiateurs
            ^De la part de la directrice juridique – rappel {product}
            Nos juristes internes estiment défendable un rappel volontaire limité aux lots du second fournisseur, mais seulement si les essais montrent vraiment que les autres lots sont sûrs.
            Ce qui inquiète les juristes, c'est le courriel de l'ingénieur du {date} qui qualifie le thermostat de « départ de feu annoncé » ; si nous rappelons tard, ce courriel tranchera toute action en responsabilité.
            La direction juridique déconseille la formule « par simple précaution » dans l'avis aux clients : elle laisse entendre que nous en savions plus.
            La directrice juridique évalue notre risque pour les deux brûlures déjà signalées à environ {amount}, hors recours des assureurs.
            Elle recommande d'informer {regulator} cette semaine, avant l'avis aux clients, et de garder le rapport d'analyse des causes à l'état de projet tant qu'elle ne l'a pas lu.
            Résume l'avis de la direction juridique pour le comité de direction en cinq points, sans citer le courriel de l'ingénieur.
        """,
        "es": """
            ^Opinión de la asesoría jurídica sobre la retirada de los calefactores
            ^De la directora jurídica – retirada de {product}
            Nuestros abogados internos consideran defendible una retirada voluntaria limitada a los lotes del segundo proveedor, pero solo si los ensayos demuestran que los demás son seguros.
            Lo que preocupa a los abogados es el correo del ingeniero del {date} que llama al termostato "un incendio anunciado"; si retiramos tarde, ese correo decidirá cualquier reclamación por lesiones.
            La asesoría jurídica desaconseja la frase "por precaución" en el aviso a clientes: sugiere que sabíamos más de lo que decimos.
            La directora jurídica calcula nuestra exposición por las dos quemaduras ya comunicadas en unos {amount}, sin contar lo que reclamen las aseguradoras.
            Recomienda avisar a {regulator} esta semana, antes del aviso a clientes, y dejar el informe de causas en borrador hasta que ella lo haya leído.
            Resume el consejo del equipo jurídico para el comité de dirección en cinco puntos, sin citar el correo del ingeniero.
        """,
        "nl": """
            ^Visie van Juridische Zaken op de terugroepactie van de kachels
            ^Van de bedrijfsjurist – terugroepactie {product}
            Onze bedrijfsjuristen vinden een vrijwillige terugroepactie van alleen de partijen van de tweede leverancier verdedigbaar, maar alleen als de testdata aantonen dat de rest veilig is.
            De zorg van de juristen is de mail van de engineer van {date} die de thermostaat "een brand die op komst is" noemt; roepen we te laat terug, dan beslist die mail elke letselclaim.
            Juridische Zaken raadt de zin "uit voorzorg" in de klantbrief af: die suggereert dat we meer wisten dan we zeggen.
            De bedrijfsjurist schat ons risico voor de twee gemelde brandwonden op ongeveer {amount}, zonder regresvorderingen van verzekeraars.
            Zij adviseert {regulator} deze week in te lichten, vóór de klantbrief uitgaat, en het oorzakenrapport in concept te houden tot zij het heeft gelezen.
            Vat het advies van de juristen voor het directieoverleg samen in vijf punten, zonder de mail van de engineer te citeren.
        """,
    }),
    Family("site_contamination_counsel", X, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Notes from the call with environmental counsel
            ^Old plating works, {city} – legal position
            Our environmental lawyer says the soil report makes us the likely "operator" for the solvent plume, even though the plating works closed before we bought the site.
            In her view the indemnity from the seller is worth little: it expires in {year} and the seller's parent company has since been wound up.
            She advises not to commission more boreholes near the river until we have decided whether to report; new results would have to be disclosed to the authority.
            Counsel estimates the clean-up order, if the authority issues one, at {amount} to {amount2}; she thinks we can argue for the lower figure if we act first.
            Her advice: approach the neighbouring landowner informally about sharing the cost before anyone mentions the groundwater readings in writing.
            Turn the lawyer's notes into a one-page brief for the property committee, keeping her cost range and her reasons.
        """,
        "de": """
            ^Notizen zum Gespräch mit der Umweltrechtsanwältin
            ^Ehemalige Galvanik, {city} – rechtliche Lage
            Unsere Umweltrechtsanwältin meint, nach dem Bodengutachten gelten wir wahrscheinlich als Zustandsstörer für die Lösemittelfahne, obwohl die Galvanik vor unserem Kauf geschlossen wurde.
            Die Freistellung des Verkäufers ist ihrer Ansicht nach wenig wert: Sie läuft {year} aus, und die Muttergesellschaft des Verkäufers ist inzwischen liquidiert.
            Sie rät, keine weiteren Bohrungen am Fluss zu beauftragen, bevor wir entschieden haben, ob wir melden; neue Ergebnisse müssten wir der Behörde vorlegen.
            Die Anwältin schätzt eine Sanierungsanordnung, falls die Behörde sie erlässt, auf {amount} bis {amount2}; wer zuerst handelt, könne für den unteren Wert argumentieren.
            Ihr Rat: den Nachbarn informell auf eine Kostenteilung ansprechen, bevor jemand die Grundwasserwerte schriftlich erwähnt.
            Mach aus den Notizen der Anwältin eine einseitige Vorlage für den Immobilienausschuss, mit ihrer Kostenspanne und ihren Gründen.
        """,
        "fr": """
            ^Notes de l'appel avec notre avocate en droit de l'environnement
            ^Ancienne usine de traitement de surface, {city} – position juridique
            Notre avocate en environnement estime que le rapport de sol fait de nous le « dernier exploitant » probable pour le panache de solvants, bien que l'usine ait fermé avant notre achat.
            Selon elle, la garantie du vendeur ne vaut pas grand-chose : elle expire en {year} et la société mère du vendeur a été liquidée depuis.
            Elle conseille de ne pas commander de nouveaux forages près de la rivière avant d'avoir décidé s'il faut déclarer ; de nouveaux résultats devraient être communiqués à l'administration.
            L'avocate évalue un éventuel arrêté de dépollution entre {amount} et {amount2} ; elle pense que nous pouvons viser le bas de la fourchette si nous agissons les premiers.
            Son conseil : approcher le propriétaire voisin de façon informelle pour partager les coûts avant que quiconque ne mentionne par écrit les mesures de la nappe.
            Fais des notes de l'avocate une synthèse d'une page pour le comité immobilier, en gardant sa fourchette de coûts et ses raisons.
        """,
        "es": """
            ^Notas de la llamada con la abogada ambiental
            ^Antigua planta de galvanizado, {city} – situación jurídica
            Nuestra abogada ambientalista dice que el informe de suelos nos convierte probablemente en "poseedor" responsable de la pluma de disolventes, aunque la planta cerró antes de que compráramos.
            En su opinión, la garantía del vendedor vale poco: vence en {year} y la matriz del vendedor se ha liquidado.
            Aconseja no encargar más sondeos junto al río hasta decidir si comunicamos; los nuevos resultados tendrían que entregarse a la administración.
            La abogada calcula que una orden de descontaminación costaría entre {amount} y {amount2}; cree que podemos defender la cifra baja si actuamos primero.
            Su consejo: hablar de manera informal con el propietario vecino para repartir el coste antes de que alguien mencione por escrito las mediciones del acuífero.
            Convierte las notas de la abogada en un resumen de una página para el comité inmobiliario, con su horquilla de costes y sus razones.
        """,
        "nl": """
            ^Aantekeningen van het gesprek met onze milieuadvocaat
            ^Voormalige galvanisatiefabriek, {city} – juridische positie
            Onze milieuadvocaat zegt dat het bodemrapport ons waarschijnlijk aansprakelijk maakt als eigenaar voor de oplosmiddelpluim, ook al sloot de fabriek voordat wij het terrein kochten.
            Volgens haar is de vrijwaring van de verkoper weinig waard: die loopt af in {year} en de moedermaatschappij van de verkoper is inmiddels ontbonden.
            Ze raadt aan geen nieuwe boringen bij de rivier te laten doen voordat we hebben besloten of we melden; nieuwe resultaten zouden we aan het bevoegd gezag moeten geven.
            De advocaat schat een saneringsbevel, als het er komt, op {amount} tot {amount2}; wie als eerste handelt, kan volgens haar voor het lagere bedrag pleiten.
            Haar advies: de buurman informeel benaderen over het delen van de kosten voordat iemand de grondwatermetingen op papier zet.
            Maak van de aantekeningen van de advocaat een notitie van één pagina voor de vastgoedcommissie, met haar kostenbandbreedte en haar argumenten.
        """,
    }),
    Family("dawn_raid_counsel", X, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Privileged & Confidential – attorney-client communication
            ^Dawn raid, {city} office – counsel's instructions
            Our competition lawyers are on their way; until they arrive, the inspectors wait in the meeting room and nobody answers questions about pricing.
            Counsel's advice: the inspectors may copy anything within the scope of the decision, but e-mails with our external lawyers are set aside in a sealed envelope for a ruling.
            The lawyers are worried about {first}'s chat messages with the sales director of {company} from last spring; do not delete them, deleting is worse than anything in them.
            Outside counsel thinks a leniency application may be worth it if the chats show what they fear; she wants a decision from the board by {date}.
            Log every document the inspectors copy, with the keyword they searched for; counsel needs the list tonight.
            If staff ask whether they need their own lawyer, the answer from legal is: not at this stage, but they may ask for one before any interview.
            Draft a short note to the sales team, based on counsel's instructions, that says what to do if an inspector calls them today.
        """,
        "de": """
            ^Anwaltlich vertraulich – Durchsuchung am Standort {city}
            ^Anweisungen der Kartellrechtsanwälte zur Durchsuchung
            Unsere Kartellrechtsanwälte sind unterwegs; bis sie da sind, warten die Beamten im Besprechungsraum und niemand beantwortet Fragen zur Preisgestaltung.
            Rat der Anwälte: Die Behörde darf alles kopieren, was der Beschluss abdeckt, aber Korrespondenz mit unseren externen Anwälten wird versiegelt und zurückgehalten.
            Die Anwälte sorgen sich wegen {first}s Chats mit dem Vertriebsleiter von {company} vom letzten Frühjahr; nichts löschen, Löschen wäre schlimmer als jeder Inhalt.
            Die externe Anwältin hält einen Kronzeugenantrag für erwägenswert, falls die Chats zeigen, was sie befürchtet; sie braucht bis zum {date} eine Entscheidung des Vorstands.
            Jedes kopierte Dokument mit dem Suchbegriff der Beamten protokollieren; die Anwälte brauchen die Liste heute Abend.
            Entwirf auf Grundlage der anwaltlichen Anweisungen eine kurze Nachricht an den Vertrieb, was zu tun ist, wenn heute ein Beamter anruft.
        """,
        "fr": """
            ^Confidentiel avocat – opération de visite et saisie, site de {city}
            ^Consignes de nos avocats en concurrence
            Nos avocats en droit de la concurrence arrivent ; d'ici là, les enquêteurs attendent en salle de réunion et personne ne répond aux questions sur les prix.
            Conseil des avocats : les enquêteurs peuvent copier tout ce qui entre dans le champ de l'ordonnance, mais la correspondance avec nos avocats extérieurs est mise sous scellés à part.
            Les avocats s'inquiètent des messages de {first} avec le directeur commercial de {company} au printemps dernier ; ne rien effacer, effacer serait pire que leur contenu.
            L'avocate estime qu'une demande de clémence peut valoir la peine si les messages montrent ce qu'elle craint ; elle veut une décision du conseil d'ici le {date}.
            Notez chaque document copié avec le mot-clé utilisé par les enquêteurs ; les avocats ont besoin de la liste ce soir.
            Rédige, à partir des consignes des avocats, une courte note à l'équipe commerciale sur la conduite à tenir si un enquêteur l'appelle aujourd'hui.
        """,
        "es": """
            ^Confidencial abogado-cliente – inspección en la sede de {city}
            ^Instrucciones de los abogados de competencia
            Nuestros abogados de competencia están en camino; hasta que lleguen, los inspectores esperan en la sala de reuniones y nadie contesta preguntas sobre precios.
            Consejo de los abogados: los inspectores pueden copiar lo que cubra la orden de inspección, pero la correspondencia con nuestros abogados externos se aparta en sobre cerrado.
            A los abogados les preocupan los chats de {first} con el director comercial de {company} de la primavera pasada; no borréis nada, borrar sería peor que lo que digan.
            La abogada externa cree que puede convenir pedir clemencia si los chats muestran lo que teme; quiere una decisión del consejo antes del {date}.
            Anotad cada documento que copien los inspectores y la palabra clave que usaron; los abogados necesitan la lista esta noche.
            Redacta, según las instrucciones de los abogados, una nota breve para el equipo comercial sobre qué hacer si hoy les llama un inspector.
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt – bedrijfsbezoek vestiging {city}
            ^Instructies van onze mededingingsadvocaten
            Onze mededingingsadvocaten zijn onderweg; tot ze er zijn, wachten de inspecteurs in de vergaderzaal en beantwoordt niemand vragen over prijzen.
            Advies van de advocaten: de inspecteurs mogen alles kopiëren wat onder de last valt, maar correspondentie met onze externe advocaten gaat apart in een verzegelde envelop.
            De advocaten maken zich zorgen over de chats van {first} met de salesdirecteur van {company} van afgelopen voorjaar; niets wissen, wissen is erger dan de inhoud.
            De externe advocaat vindt een clementieverzoek het overwegen waard als de chats laten zien wat zij vreest; ze wil vóór {date} een besluit van het bestuur.
            Noteer elk document dat de inspecteurs kopiëren, met de zoekterm die ze gebruikten; de advocaten willen de lijst vanavond.
            Schrijf op basis van de instructies van de advocaten een korte notitie voor het salesteam over wat te doen als een inspecteur vandaag belt.
        """,
    }),
    Family("insurance_coverage_counsel", X, "blind3", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Attorney work product – D&O coverage
            ^Coverage counsel's memo on the shareholder claim
            Coverage counsel reads the insurer's reservation of rights as a first step towards denying cover under the prior-knowledge exclusion.
            Her concern is the board minutes of {date}, where the former CFO mentions the accounting problem; the insurer will say we knew before the policy incepted.
            Counsel advises against sending the insurer the internal audit report until she has reviewed it; what we send now fixes the facts they rely on.
            She estimates defence costs of {amount} to the end of the first instance, which the policy should advance even while cover is disputed.
            Her recommendation is to put the excess insurers on notice now, through the broker at {email}, so that nobody can argue late notification.
            Summarise coverage counsel's memo for the CFO: what is covered, what is at risk, and what we should not put in writing.
        """,
        "de": """
            ^Anwaltliche Korrespondenz – D&O-Deckung
            ^Vermerk der Deckungsanwältin zur Aktionärsklage
            Die Deckungsanwältin liest den Deckungsvorbehalt des Versicherers als ersten Schritt zur Ablehnung wegen des Ausschlusses bekannter Umstände.
            Ihr Problem ist das Vorstandsprotokoll vom {date}, in dem der frühere Finanzvorstand das Bilanzierungsproblem erwähnt; der Versicherer wird sagen, wir wussten es vor Vertragsbeginn.
            Sie rät, dem Versicherer den Bericht der internen Revision erst nach ihrer Prüfung zu schicken; was wir jetzt vorlegen, legt die Tatsachen fest.
            Sie schätzt die Abwehrkosten bis zum Ende der ersten Instanz auf {amount}; die Police muss sie vorschießen, auch wenn die Deckung streitig ist.
            Ihre Empfehlung: die Exzedenten jetzt über den Makler unter {email} informieren, damit niemand eine verspätete Anzeige einwenden kann.
            Fasse den Vermerk der Deckungsanwältin für den Finanzvorstand zusammen: was gedeckt ist, was auf dem Spiel steht und was wir nicht schriftlich festhalten sollten.
        """,
        "fr": """
            ^Correspondance d'avocats – garantie RC des dirigeants
            ^Note de l'avocate en assurance sur l'action des actionnaires
            Notre avocate lit la réserve de garantie de l'assureur comme une première étape vers un refus au titre de l'exclusion des faits connus.
            Ce qui l'inquiète, c'est le procès-verbal du conseil du {date}, où l'ancien directeur financier évoque le problème comptable ; l'assureur dira que nous le savions avant la souscription.
            Elle déconseille d'envoyer à l'assureur le rapport d'audit interne avant de l'avoir relu ; ce que nous transmettons maintenant fige les faits.
            Elle estime les frais de défense à {amount} jusqu'à la fin de la première instance, que la police doit avancer même si la garantie est contestée.
            Elle recommande d'aviser dès maintenant les assureurs de deuxième ligne, par le courtier à {email}, pour qu'on ne puisse pas nous opposer une déclaration tardive.
            Résume la note de l'avocate pour le directeur financier : ce qui est couvert, ce qui est en jeu et ce qu'il ne faut pas écrire.
        """,
        "es": """
            ^Comunicación privilegiada – póliza de D&O
            ^Memorando de la abogada de coberturas sobre la demanda de accionistas
            La abogada de coberturas interpreta la reserva de derechos de la aseguradora como un primer paso para negar la cobertura por la exclusión de hechos conocidos.
            Le preocupa el acta del consejo del {date}, en la que el antiguo director financiero menciona el problema contable; la aseguradora dirá que lo sabíamos antes de contratar.
            Aconseja no enviar a la aseguradora el informe de auditoría interna hasta que ella lo revise; lo que mandemos ahora fija los hechos.
            Calcula unos costes de defensa de {amount} hasta el final de la primera instancia, que la póliza debe adelantar aunque la cobertura esté en disputa.
            Recomienda avisar ya a las aseguradoras de exceso, a través del corredor en {email}, para que nadie alegue una comunicación tardía.
            Resume el memorando de la abogada para el director financiero: qué está cubierto, qué está en riesgo y qué no debemos poner por escrito.
        """,
        "nl": """
            ^Advocaat-cliëntcommunicatie – D&O-dekking
            ^Memo van de dekkingsadvocaat over de aandeelhoudersclaim
            De dekkingsadvocaat leest het voorbehoud van de verzekeraar als een eerste stap naar weigering op grond van de uitsluiting voor bekende omstandigheden.
            Haar zorg zijn de bestuursnotulen van {date}, waarin de vorige CFO het boekhoudprobleem noemt; de verzekeraar zal zeggen dat we het wisten vóór de ingangsdatum.
            Ze raadt af het rapport van de interne audit naar de verzekeraar te sturen voordat zij het heeft gelezen; wat we nu sturen, legt de feiten vast.
            Ze schat de verweerkosten tot het eind van de eerste aanleg op {amount}, die de polis moet voorschieten, ook als de dekking wordt betwist.
            Haar advies: de excedentverzekeraars nu via de makelaar op {email} inlichten, zodat niemand kan aanvoeren dat we te laat hebben gemeld.
            Vat de memo van de dekkingsadvocaat samen voor de CFO: wat gedekt is, wat op het spel staat en wat we beter niet op papier zetten.
        """,
    }),
)

MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "telematics_driver_review", "integration_headcount_plan", "private_investor_update",
    "recall_liability_counsel", "site_contamination_counsel",
)

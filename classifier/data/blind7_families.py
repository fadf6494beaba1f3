"""The `blind7` held-out split: a seventh set of families written blind, read once per shipped model.

Written on 24 November 2026, once model 10 had read blind6, for the model after it. Its
writer read every family id (blind to blind6 included) and a sample of their templates, and
took sectors none of them covers: an escape room, a tattoo studio, motorway services, a wine
estate, a beekeepers' association, a sailing club, a rowing regatta, a lift maintenance
firm, a circus, a dog-grooming salon, a driving school, a pharmacy and an allotment society.
Only the deterministic detectors were run on the texts; no model scored them. Each family
speaks all five languages in at least six sentence shapes per language, and its people,
companies and places come from the `unseen` name set, as in blind5 and blind6.

Protocol as for `blind` to `blind6` (`classifier.data.blind_families`). Five of its nine
sensitive families are model-marginal (`MODEL_MARGINAL_FAMILIES`); the other four carry an
e-mail address, a phone number or a privilege header in some texts.
"""

from __future__ import annotations

from classifier.data.families import C, Family, I, P, X

BLIND7_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("escape_room_law_firm_room_page", P, "blind7", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^{city} Escape Rooms – our new room, "The Partner's Office"
            ^Sixty minutes to find the missing file
            A senior attorney has vanished the night before a famous lawsuit goes to trial, and your team has sixty minutes in her office to find the confidential settlement papers before the press arrives.
            The puzzles hide in props you would find in any law firm – a locked filing cabinet, a letter stamped "without prejudice", an old dictaphone – but no legal knowledge is needed to escape.
            | Team size | Price per person |↵|---|---|↵| 2 players | £32 |↵| 3–4 players | £26 |↵| 5–6 players | £22 |
            Is the room suitable for a twelve-year-old, or is the story too dark for children?
            - Arrive fifteen minutes early for the briefing↵- Phones stay in the lockers during the game↵- The first two hints are free, each one after that costs a minute
            Teams that get out in under forty minutes earn the privilege of a photo on our wall of fame.
            Write three short teaser posts for the launch of this room, with no spoilers.
        """,
        "de": """
            ^{city} Escape Rooms – unser neuer Raum „Die Kanzlei“
            ^Sechzig Minuten, um die verschwundene Akte zu finden
            Ein bekannter Anwalt ist am Abend vor dem großen Prozess spurlos verschwunden, und euer Team hat sechzig Minuten in seiner Kanzlei, um die vertraulichen Vergleichsunterlagen zu finden, bevor die Presse kommt.
            Die Rätsel stecken in Dingen, die in jeder Kanzlei stehen – ein abgeschlossener Aktenschrank, ein Brief mit Eingangsstempel, ein altes Diktiergerät –, juristisches Wissen braucht aber niemand.
            | Teamgröße | Preis pro Person |↵|---|---|↵| 2 Personen | 32 € |↵| 3–4 Personen | 26 € |↵| 5–6 Personen | 22 € |
            Ist der Raum schon etwas für Zwölfjährige, oder ist die Geschichte für Kinder zu düster?
            - Bitte fünfzehn Minuten vorher zur Einweisung da sein↵- Handys bleiben während des Spiels im Schließfach↵- Die ersten zwei Hinweise sind gratis, jeder weitere kostet eine Minute
            Wer in weniger als vierzig Minuten draußen ist, kommt mit Foto an unsere Ruhmeswand.
            Schreib drei kurze Teaser-Posts zum Start des Raums, ohne etwas zu verraten.
        """,
        "fr": """
            ^{city} Escape Game – notre nouvelle salle, « Le Cabinet »
            ^Soixante minutes pour retrouver le dossier disparu
            Une avocate célèbre a disparu la veille d'un grand procès, et votre équipe a soixante minutes dans son cabinet pour retrouver le dossier confidentiel de l'accord avant l'arrivée des journalistes.
            Les énigmes se cachent dans des objets qu'on trouve dans tout cabinet d'avocats – une armoire à dossiers fermée à clé, une lettre tamponnée, un vieux dictaphone –, mais aucune connaissance juridique n'est nécessaire.
            | Équipe | Prix par personne |↵|---|---|↵| 2 joueurs | 32 € |↵| 3 ou 4 joueurs | 26 € |↵| 5 ou 6 joueurs | 22 € |
            La salle convient-elle à un enfant de douze ans, ou l'histoire est-elle trop sombre ?
            - Arrivez quinze minutes avant pour le briefing↵- Les téléphones restent dans les casiers pendant la partie↵- Les deux premiers indices sont gratuits, chaque indice suivant coûte une minute
            Les équipes qui sortent en moins de quarante minutes ont droit à leur photo sur notre mur des records.
            Écris trois courts messages teasers pour le lancement de la salle, sans rien dévoiler.
        """,
        "es": """
            ^{city} Escape Room – nuestra nueva sala, «El Despacho»
            ^Sesenta minutos para encontrar el expediente perdido
            Una abogada famosa ha desaparecido la noche antes de un gran juicio, y vuestro equipo tiene sesenta minutos en su despacho para encontrar los papeles confidenciales del acuerdo antes de que llegue la prensa.
            Los enigmas están en objetos de cualquier bufete – un archivador cerrado con llave, una carta sellada, un dictáfono antiguo –, pero no hace falta saber nada de derecho para salir.
            | Equipo | Precio por persona |↵|---|---|↵| 2 jugadores | 32 € |↵| 3–4 jugadores | 26 € |↵| 5–6 jugadores | 22 € |
            ¿La sala es apta para un niño de doce años o la historia es demasiado oscura?
            - Llegad quince minutos antes para la explicación↵- Los móviles se quedan en las taquillas durante el juego↵- Las dos primeras pistas son gratis; cada una más cuesta un minuto
            Los equipos que salen en menos de cuarenta minutos se ganan una foto en nuestro muro de la fama.
            Escribe tres publicaciones cortas para anunciar la sala, sin destripar nada.
        """,
        "nl": """
            ^{city} Escape Rooms – onze nieuwe kamer: 'Het Advocatenkantoor'
            ^Zestig minuten om het verdwenen dossier te vinden
            Een bekende advocaat is de avond voor een grote rechtszaak spoorloos verdwenen, en jullie team heeft zestig minuten in zijn kantoor om de vertrouwelijke stukken van de schikking te vinden voordat de pers er is.
            De puzzels zitten in spullen die in elk advocatenkantoor staan – een afgesloten archiefkast, een brief met een stempel, een oude dictafoon –, maar juridische kennis is niet nodig.
            | Teamgrootte | Prijs per persoon |↵|---|---|↵| 2 spelers | € 32 |↵| 3–4 spelers | € 26 |↵| 5–6 spelers | € 22 |
            Is de kamer geschikt voor een kind van twaalf, of is het verhaal te duister?
            - Kom een kwartier van tevoren voor de uitleg↵- Telefoons blijven tijdens het spel in de kluisjes↵- De eerste twee hints zijn gratis, elke volgende kost een minuut
            Teams die binnen veertig minuten buiten staan, krijgen een foto op onze eremuur.
            Schrijf drie korte teaserberichten voor de lancering van de kamer, zonder iets te verklappen.
        """,
    }),
    Family("tattoo_studio_consent_aftercare_page", P, "blind7", hard_negative=True, min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Before and after your tattoo – {city} Ink Studio
            ^Our consent form, explained
            The consent form asks about diabetes, blood thinners, pregnancy and skin conditions; your answers are confidential and kept in a locked cabinet, never online.
            We don't tattoo anyone under eighteen, with or without a parent's signature – that's the law, and our lawyer reminds us of it every year.
            If a tattoo heals badly, come back to us first: most complaints are sorted out with a free touch-up, and in twelve years nobody has needed a lawsuit.
            - Leave the film on for three hours↵- Wash with lukewarm water and unscented soap↵- No swimming, sauna or sunbathing for two weeks
            | Day | What you'll see |↵|---|---|↵| 1–3 | redness and a little fluid |↵| 4–10 | flaking and itching – don't scratch |↵| 11–30 | shiny skin, the colours settle |
            Can I still give blood after a tattoo, and how long do I have to wait?
            Turn the aftercare part into a text message we can send the evening after a session.
        """,
        "de": """
            ^Vor und nach dem Tattoo – {city} Ink Studio
            ^Unser Einverständnisbogen, kurz erklärt
            Der Bogen fragt nach Diabetes, Blutverdünnern, Schwangerschaft und Hauterkrankungen; deine Angaben behandeln wir vertraulich und bewahren sie im abgeschlossenen Schrank auf, nie online.
            Unter achtzehn tätowieren wir niemanden, auch nicht mit Unterschrift der Eltern – so steht es im Gesetz, und unser Anwalt erinnert uns jedes Jahr daran.
            Heilt ein Tattoo schlecht, komm zuerst zu uns: Fast jede Reklamation lässt sich mit einem kostenlosen Nachstechen lösen, vor Gericht musste in zwölf Jahren noch niemand.
            - Folie drei Stunden drauflassen↵- Mit lauwarmem Wasser und parfümfreier Seife waschen↵- Zwei Wochen kein Schwimmbad, keine Sauna, keine Sonne
            | Tag | Was du siehst |↵|---|---|↵| 1–3 | Rötung und etwas Wundflüssigkeit |↵| 4–10 | Schuppen und Jucken – nicht kratzen |↵| 11–30 | glänzende Haut, die Farben setzen sich |
            Darf ich nach einem Tattoo noch Blut spenden, und wie lange muss ich warten?
            Mach aus dem Pflegeteil eine SMS, die wir am Abend nach dem Termin verschicken können.
        """,
        "fr": """
            ^Avant et après votre tatouage – {city} Ink Studio
            ^Le formulaire de consentement, expliqué
            Le formulaire demande si vous avez du diabète, un traitement anticoagulant, une grossesse ou une maladie de peau ; vos réponses restent confidentielles, rangées dans une armoire fermée à clé, jamais en ligne.
            Nous ne tatouons personne de moins de dix-huit ans, même avec l'accord des parents : c'est la loi, et notre avocat nous le rappelle chaque année.
            Si un tatouage cicatrise mal, revenez d'abord nous voir : presque toutes les réclamations se règlent par une retouche gratuite, et en douze ans personne n'a eu besoin d'aller en justice.
            - Gardez le film trois heures↵- Lavez à l'eau tiède avec un savon sans parfum↵- Ni piscine, ni sauna, ni soleil pendant deux semaines
            | Jour | Ce que vous verrez |↵|---|---|↵| 1 à 3 | rougeur et un peu de suintement |↵| 4 à 10 | petites peaux et démangeaisons – ne pas gratter |↵| 11 à 30 | peau brillante, les couleurs se posent |
            Peut-on donner son sang après un tatouage, et combien de temps faut-il attendre ?
            Transforme la partie sur les soins en SMS à envoyer le soir après la séance.
        """,
        "es": """
            ^Antes y después de tu tatuaje – {city} Ink Studio
            ^El consentimiento informado, explicado
            El formulario pregunta por diabetes, anticoagulantes, embarazo y enfermedades de la piel; tus respuestas son confidenciales y se guardan en un armario con llave, nunca en internet.
            No tatuamos a menores de dieciocho años, ni siquiera con la firma de los padres: lo dice la ley, y nuestro abogado nos lo recuerda cada año.
            Si un tatuaje cicatriza mal, ven primero a vernos: casi todas las quejas se arreglan con un retoque gratis, y en doce años nadie ha tenido que ir a juicio.
            - Deja el film tres horas↵- Lava con agua tibia y jabón sin perfume↵- Nada de piscina, sauna ni sol durante dos semanas
            | Día | Lo que verás |↵|---|---|↵| 1–3 | rojez y algo de líquido |↵| 4–10 | descamación y picor – no rascar |↵| 11–30 | piel brillante, los colores se asientan |
            ¿Puedo donar sangre después de tatuarme y cuánto tiempo tengo que esperar?
            Convierte la parte de cuidados en un SMS para mandarlo la noche después de la sesión.
        """,
        "nl": """
            ^Voor en na je tattoo – {city} Ink Studio
            ^Het toestemmingsformulier uitgelegd
            Het formulier vraagt naar diabetes, bloedverdunners, zwangerschap en huidaandoeningen; je antwoorden zijn vertrouwelijk en liggen in een afgesloten kast, nooit online.
            We tatoeëren niemand onder de achttien, ook niet met handtekening van de ouders – zo staat het in de wet, en onze advocaat herinnert ons daar elk jaar aan.
            Geneest een tattoo slecht, kom dan eerst bij ons terug: bijna elke klacht lossen we op met een gratis bijwerkbeurt, en in twaalf jaar heeft niemand naar de rechter hoeven stappen.
            - Laat de folie drie uur zitten↵- Wassen met lauw water en ongeparfumeerde zeep↵- Twee weken niet zwemmen, geen sauna en geen zon
            | Dag | Wat je ziet |↵|---|---|↵| 1–3 | roodheid en wat vocht |↵| 4–10 | schilfers en jeuk – niet krabben |↵| 11–30 | glanzende huid, de kleuren zakken in |
            Mag ik nog bloed geven na een tattoo, en hoe lang moet ik wachten?
            Maak van het stuk over nazorg een sms die we de avond na de sessie kunnen sturen.
        """,
    }),
    Family("motorway_services_customer_care_page", P, "blind7", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Customer care at our motorway services – complaints, refunds and lost property
            ^Left something behind at the services?
            If your meal or your fuel wasn't right, tell the duty manager before you drive off; after that, the online form reaches our customer care team within a working day.
            Refunds and vouchers are offered without prejudice to your statutory rights, and accepting one never stops you taking the matter further.
            Parking is free for two hours; after that the car park operator sends a charge, and we cannot cancel it for you once it has been issued.
            Lost property is kept for 28 days; passports and medicines go to the police the same evening.
            Car park footage is kept for thirty days and released only to the police or to an insurer's lawyer who asks in writing.
            | Service | Opening hours |↵|---|---|↵| Restaurant | 6:00–23:00 |↵| Fuel and shop | 24 hours |↵| Showers for lorry drivers | 24 hours, token from the till |
            I was charged twice at the pump on Sunday – should I fill in your form or call my bank?
            Rewrite this page in friendlier words for the screen by the toilets, in under eighty words.
        """,
        "de": """
            ^Kundenservice an unseren Autobahnraststätten – Beschwerden, Erstattungen, Fundsachen
            ^Etwas an der Raststätte liegen lassen?
            War das Essen oder der Kraftstoff nicht in Ordnung, sagen Sie es bitte der Schichtleitung, bevor Sie weiterfahren; danach erreicht das Onlineformular unser Serviceteam innerhalb eines Werktags.
            Erstattungen und Gutscheine lassen Ihre gesetzlichen Rechte unberührt; wer einen annimmt, kann die Sache trotzdem weiterverfolgen.
            Parken ist zwei Stunden kostenlos; danach schickt der Parkplatzbetreiber eine Zahlungsaufforderung, die wir nicht mehr zurücknehmen können.
            Fundsachen bewahren wir 28 Tage auf; Ausweise und Medikamente gehen noch am selben Abend an die Polizei.
            Videoaufnahmen vom Parkplatz speichern wir dreißig Tage und geben sie nur an die Polizei oder auf schriftliche Anfrage an den Anwalt einer Versicherung heraus.
            | Angebot | Öffnungszeiten |↵|---|---|↵| Restaurant | 6–23 Uhr |↵| Tankstelle und Shop | rund um die Uhr |↵| Duschen für Lkw-Fahrer | rund um die Uhr, Marke an der Kasse |
            Mir wurde am Sonntag an der Zapfsäule doppelt abgebucht – soll ich Ihr Formular ausfüllen oder meine Bank anrufen?
            Formuliere die Seite freundlicher für den Bildschirm vor den Toiletten, in weniger als achtzig Wörtern.
        """,
        "fr": """
            ^Service clients de nos aires d'autoroute – réclamations, remboursements et objets trouvés
            ^Vous avez oublié quelque chose sur l'aire ?
            Si votre repas ou votre carburant posait problème, prévenez le responsable de service avant de reprendre la route ; ensuite, le formulaire en ligne parvient à notre service clients en un jour ouvré.
            Les remboursements et bons d'achat sont proposés sans préjudice de vos droits légaux, et les accepter ne vous empêche jamais d'aller plus loin.
            Le stationnement est gratuit deux heures ; au-delà, l'exploitant du parking envoie un avis de paiement que nous ne pouvons plus annuler.
            Les objets trouvés sont gardés 28 jours ; les passeports et les médicaments partent le soir même à la gendarmerie.
            Les images du parking sont conservées trente jours et ne sont remises qu'à la police ou à l'avocat d'un assureur qui en fait la demande par écrit.
            | Service | Horaires |↵|---|---|↵| Restaurant | 6 h – 23 h |↵| Carburant et boutique | 24 h/24 |↵| Douches pour les routiers | 24 h/24, jeton en caisse |
            On m'a débité deux fois à la pompe dimanche : je remplis votre formulaire ou j'appelle ma banque ?
            Réécris cette page de façon plus chaleureuse pour l'écran près des toilettes, en moins de quatre-vingts mots.
        """,
        "es": """
            ^Atención al cliente en nuestras áreas de servicio – quejas, reembolsos y objetos perdidos
            ^¿Se te olvidó algo en el área de servicio?
            Si la comida o el combustible no estaban bien, díselo al encargado de turno antes de irte; después, el formulario web llega a nuestro equipo de atención al cliente en un día laborable.
            Los reembolsos y vales se ofrecen sin perjuicio de tus derechos legales, y aceptarlos nunca te impide seguir reclamando.
            El aparcamiento es gratuito dos horas; a partir de ahí la empresa del parking envía un cargo que ya no podemos anular.
            Guardamos los objetos perdidos 28 días; los pasaportes y los medicamentos van a la Guardia Civil esa misma tarde.
            Las imágenes del aparcamiento se guardan treinta días y solo se entregan a la policía o al abogado de una aseguradora que las pida por escrito.
            | Servicio | Horario |↵|---|---|↵| Restaurante | 6:00–23:00 |↵| Gasolinera y tienda | 24 horas |↵| Duchas para camioneros | 24 horas, ficha en caja |
            El domingo me cobraron dos veces en el surtidor: ¿relleno vuestro formulario o llamo al banco?
            Reescribe esta página con un tono más cercano para la pantalla junto a los aseos, en menos de ochenta palabras.
        """,
        "nl": """
            ^Klantenservice bij onze wegrestaurants – klachten, terugbetalingen en gevonden voorwerpen
            ^Iets laten liggen bij het wegrestaurant?
            Was je maaltijd of je brandstof niet in orde, meld het dan bij de dienstdoende manager voordat je verder rijdt; daarna komt het webformulier binnen een werkdag bij onze klantenservice.
            Terugbetalingen en tegoedbonnen laten je wettelijke rechten onverlet, en wie er een aanneemt, kan de zaak altijd nog verder brengen.
            Parkeren is twee uur gratis; daarna stuurt de parkeerexploitant een naheffing die wij niet meer kunnen intrekken.
            Gevonden voorwerpen bewaren we 28 dagen; paspoorten en medicijnen gaan dezelfde avond nog naar de politie.
            Camerabeelden van het parkeerterrein bewaren we dertig dagen, en we geven ze alleen aan de politie of aan de advocaat van een verzekeraar die er schriftelijk om vraagt.
            | Voorziening | Openingstijden |↵|---|---|↵| Restaurant | 6.00–23.00 uur |↵| Tankstation en winkel | 24 uur |↵| Douches voor vrachtwagenchauffeurs | 24 uur, munt bij de kassa |
            Ik ben zondag bij de pomp twee keer afgeschreven – moet ik jullie formulier invullen of mijn bank bellen?
            Herschrijf deze pagina vriendelijker voor het scherm bij de toiletten, in minder dan tachtig woorden.
        """,
    }),
    Family("vineyard_harvest_volunteer_page", P, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Harvest weekend at {last} Estate – come and pick with us
            ^What a day in the vineyard looks like
            Picking starts at eight while the grapes are still cool; we work in pairs, one on each side of the row, and empty the buckets into the crates at the end.
            Bring gloves, a hat and shoes you don't mind getting sticky; we lend the secateurs and the buckets.
            | Time | What happens |↵|---|---|↵| 8:00 | coffee and a short safety talk |↵| 8:30–12:30 | picking |↵| 13:00 | lunch in the courtyard |↵| 15:00 | the first pressing, for those who stay |
            Can children come along, and from what age are they allowed to use secateurs?
            - The date depends on the weather, we confirm a week ahead↵- Lunch and a bottle of last year's rosé for every picker↵- Park by the press house, not in the lane
            Write a cheerful reminder for our mailing list, three sentences, saying what to bring.
        """,
        "de": """
            ^Weinlese-Wochenende im Weingut {last} – lest mit uns
            ^So sieht ein Tag im Weinberg aus
            Gelesen wird ab acht, solange die Trauben noch kühl sind; wir arbeiten zu zweit, je einer auf jeder Seite der Zeile, und leeren die Eimer am Ende in die Kisten.
            Bringt Handschuhe, einen Hut und Schuhe mit, die klebrig werden dürfen; Rebscheren und Eimer leihen wir euch.
            | Uhrzeit | Was passiert |↵|---|---|↵| 8:00 | Kaffee und kurze Sicherheitseinweisung |↵| 8:30–12:30 | Lese |↵| 13:00 | Mittagessen im Hof |↵| 15:00 | erste Pressung, für alle, die bleiben |
            Dürfen Kinder mitkommen, und ab welchem Alter dürfen sie mit der Rebschere arbeiten?
            - Der Termin hängt vom Wetter ab, wir bestätigen eine Woche vorher↵- Mittagessen und eine Flasche Rosé vom letzten Jahrgang für alle Helfer↵- Parken am Kelterhaus, nicht im Weinbergweg
            Schreib eine fröhliche Erinnerung für unseren Newsletter, drei Sätze, mit dem, was man mitbringen soll.
        """,
        "fr": """
            ^Week-end des vendanges au Domaine {last} – venez vendanger avec nous
            ^Une journée dans les vignes
            La cueillette commence à huit heures, tant que le raisin est encore frais ; on travaille à deux, un de chaque côté du rang, et on vide les seaux dans les caisses en bout de rang.
            Apportez des gants, un chapeau et des chaussures qui ne craignent pas le jus collant ; nous prêtons les sécateurs et les seaux.
            | Heure | Programme |↵|---|---|↵| 8 h | café et consignes de sécurité |↵| 8 h 30 – 12 h 30 | vendange |↵| 13 h | déjeuner dans la cour |↵| 15 h | premier pressurage, pour ceux qui restent |
            Les enfants peuvent-ils venir, et à partir de quel âge ont-ils le droit de tenir un sécateur ?
            - La date dépend de la météo, nous la confirmons une semaine avant↵- Déjeuner et une bouteille du rosé de l'an dernier pour chaque vendangeur↵- Garez-vous près du pressoir, pas dans le chemin
            Écris un rappel joyeux pour notre liste de diffusion, en trois phrases, avec ce qu'il faut apporter.
        """,
        "es": """
            ^Fin de semana de vendimia en Bodegas {last} – ven a vendimiar con nosotros
            ^Así es un día en la viña
            Empezamos a cortar a las ocho, mientras la uva está fresca; se trabaja por parejas, uno a cada lado de la hilera, y los cubos se vacían en las cajas al final.
            Trae guantes, sombrero y un calzado que se pueda manchar; las tijeras y los cubos los ponemos nosotros.
            | Hora | Qué se hace |↵|---|---|↵| 8:00 | café y charla de seguridad |↵| 8:30–12:30 | vendimia |↵| 13:00 | comida en el patio |↵| 15:00 | primer prensado, para quien se quede |
            ¿Pueden venir niños? ¿A partir de qué edad pueden usar las tijeras de vendimia?
            - La fecha depende del tiempo; la confirmamos una semana antes↵- Comida y una botella del rosado del año pasado para cada vendimiador↵- Aparcad junto al lagar, no en el camino
            Escribe un recordatorio alegre para nuestra lista de correo, tres frases, con lo que hay que traer.
        """,
        "nl": """
            ^Oogstweekend bij Wijndomein {last} – kom met ons druiven plukken
            ^Zo ziet een dag in de wijngaard eruit
            We beginnen om acht uur met plukken, zolang de druiven nog koel zijn; we werken in tweetallen, aan elke kant van de rij één, en legen de emmers aan het eind in de kratten.
            Neem handschoenen, een hoed en schoenen mee die plakkerig mogen worden; snoeischaren en emmers lenen wij uit.
            | Tijd | Wat er gebeurt |↵|---|---|↵| 8.00 | koffie en korte veiligheidsuitleg |↵| 8.30–12.30 | plukken |↵| 13.00 | lunch op de binnenplaats |↵| 15.00 | de eerste persing, voor wie blijft |
            Mogen kinderen mee, en vanaf welke leeftijd mogen ze een snoeischaar gebruiken?
            - De datum hangt af van het weer, we bevestigen een week van tevoren↵- Lunch en een fles rosé van vorig jaar voor elke plukker↵- Parkeren bij het pershuis, niet in het laantje
            Schrijf een vrolijke herinnering voor onze mailinglijst, drie zinnen, met wat je mee moet nemen.
        """,
    }),
    Family("beekeepers_beginner_course", P, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^{city} Beekeepers' Association – beginners' course this spring
            ^Your first year with bees
            Over six Saturday mornings you learn to open a hive calmly, find the queen, recognise brood diseases and take off your first honey.
            Suits and veils are provided during the course; wear wellingtons and skip the perfume, bees dislike strong scents.
            | Week | Topic |↵|---|---|↵| 1 | the colony through the year |↵| 2 | equipment and handling frames |↵| 3 | swarming and how to prevent it |↵| 4 | varroa and brood diseases |↵| 5 | the honey harvest |↵| 6 | getting ready for winter |
            I react badly to wasp stings – can I still take the course?
            - The fee includes a year's membership↵- Every beginner gets an experienced mentor↵- Nucleus colonies for sale at the last session
            Write a short notice for the library board inviting newcomers to the course.
        """,
        "de": """
            ^Imkerverein {city} – Anfängerkurs im Frühjahr
            ^Dein erstes Jahr mit Bienen
            An sechs Samstagvormittagen lernst du, ein Volk ruhig zu öffnen, die Königin zu finden, Brutkrankheiten zu erkennen und deinen ersten Honig zu ernten.
            Schutzanzug und Schleier stellen wir während des Kurses; zieh Gummistiefel an und lass das Parfüm weg, Bienen mögen keine starken Gerüche.
            | Woche | Thema |↵|---|---|↵| 1 | das Bienenvolk im Jahreslauf |↵| 2 | Ausrüstung und Arbeit mit den Rähmchen |↵| 3 | Schwarmzeit und Schwarmverhinderung |↵| 4 | Varroa und Brutkrankheiten |↵| 5 | die Honigernte |↵| 6 | Einwinterung |
            Ich reagiere stark auf Wespenstiche – kann ich trotzdem mitmachen?
            - Die Kursgebühr enthält ein Jahr Vereinsmitgliedschaft↵- Alle Neuen bekommen eine erfahrene Imkerin oder einen erfahrenen Imker als Paten↵- Ableger zum Kauf am letzten Kurstag
            Schreib einen kurzen Aushang für die Stadtbibliothek, der Neulinge zum Kurs einlädt.
        """,
        "fr": """
            ^Rucher-école de {city} – formation d'initiation au printemps
            ^Votre première année avec les abeilles
            En six samedis matin, vous apprenez à ouvrir une ruche calmement, à trouver la reine, à reconnaître les maladies du couvain et à récolter votre premier miel.
            Combinaisons et voiles sont prêtés pendant la formation ; venez en bottes et sans parfum, les abeilles n'aiment pas les odeurs fortes.
            | Séance | Thème |↵|---|---|↵| 1 | la colonie au fil de l'année |↵| 2 | le matériel et la manipulation des cadres |↵| 3 | l'essaimage et comment l'éviter |↵| 4 | le varroa et les maladies du couvain |↵| 5 | la récolte du miel |↵| 6 | la préparation de l'hivernage |
            Je réagis fort aux piqûres de guêpe : puis-je quand même suivre la formation ?
            - L'inscription comprend un an d'adhésion au syndicat apicole↵- Chaque débutant a un parrain expérimenté↵- Essaims sur cadres en vente à la dernière séance
            Rédige une courte affiche pour la médiathèque qui invite les débutants à s'inscrire.
        """,
        "es": """
            ^Asociación de Apicultores de {city} – curso de iniciación en primavera
            ^Tu primer año con abejas
            En seis sábados por la mañana aprendes a abrir una colmena con calma, encontrar a la reina, reconocer las enfermedades de la cría y sacar tu primera miel.
            Durante el curso prestamos buzos y velos; ven con botas de agua y sin perfume, a las abejas no les gustan los olores fuertes.
            | Sesión | Tema |↵|---|---|↵| 1 | la colonia a lo largo del año |↵| 2 | material y manejo de los cuadros |↵| 3 | la enjambrazón y cómo evitarla |↵| 4 | varroa y enfermedades de la cría |↵| 5 | la cosecha de miel |↵| 6 | preparar la invernada |
            Tengo reacciones fuertes a las picaduras de avispa, ¿puedo hacer el curso igualmente?
            - La matrícula incluye un año de socio↵- Cada principiante tiene un padrino con experiencia↵- Núcleos a la venta en la última sesión
            Escribe un cartel breve para la biblioteca municipal invitando a los principiantes al curso.
        """,
        "nl": """
            ^Imkersvereniging {city} – beginnerscursus dit voorjaar
            ^Je eerste jaar met bijen
            In zes zaterdagochtenden leer je een kast rustig openen, de koningin vinden, broedziekten herkennen en je eerste honing oogsten.
            Pakken en kappen lenen we uit tijdens de cursus; kom op laarzen en zonder parfum, bijen houden niet van sterke geuren.
            | Les | Onderwerp |↵|---|---|↵| 1 | het bijenvolk door het jaar |↵| 2 | materiaal en werken met de ramen |↵| 3 | zwermen en hoe je het voorkomt |↵| 4 | varroa en broedziekten |↵| 5 | de honingoogst |↵| 6 | klaarmaken voor de winter |
            Ik reageer heftig op wespensteken – kan ik de cursus toch volgen?
            - Het cursusgeld is inclusief een jaar lidmaatschap↵- Elke beginner krijgt een ervaren imker als mentor↵- Bij de laatste les zijn er aflegers te koop
            Schrijf een kort bericht voor het prikbord in de bibliotheek om nieuwkomers uit te nodigen.
        """,
    }),
    Family("sailing_club_junior_course", P, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Junior summer sailing course – {city} Sailing Club
            ^Learning to sail in one week
            Children aged eight to fourteen sail Optimists and Toppers in the sheltered bay, with one instructor for every four boats and a safety boat always on the water.
            Every sailor must be able to swim fifty metres in clothes; there is a short swim test on the first morning.
            | Level | Age | What they learn |↵|---|---|---|↵| Stage 1 | 8–10 | rigging, steering, capsize drill |↵| Stage 2 | 10–12 | tacking, gybing, sailing a triangle |↵| Stage 3 | 12–14 | starts and the racing rules |
            What happens on days with too much wind – do the children stay at the club?
            - Buoyancy aids provided, wetsuits recommended↵- Sun cream, a water bottle and a packed lunch every day↵- Parents welcome at the mini-regatta on Friday afternoon
            Write a packing list for parents as a short checklist.
        """,
        "de": """
            ^Jugend-Segelkurs im Sommer – Segelclub {city}
            ^In einer Woche segeln lernen
            Kinder von acht bis vierzehn segeln Optimist und Topper in der geschützten Bucht, mit einer Trainerin oder einem Trainer für je vier Boote und einem Sicherungsboot, das immer draußen ist.
            Alle müssen fünfzig Meter in Kleidung schwimmen können; am ersten Morgen gibt es einen kurzen Schwimmtest.
            | Stufe | Alter | Inhalte |↵|---|---|---|↵| Stufe 1 | 8–10 | Aufriggen, Steuern, Kenterübung |↵| Stufe 2 | 10–12 | Wende, Halse, Dreieckskurs |↵| Stufe 3 | 12–14 | Starts und Wettfahrtregeln |
            Was passiert an Tagen mit zu viel Wind – bleiben die Kinder dann im Club?
            - Schwimmwesten stellen wir, Neoprenanzug empfohlen↵- Jeden Tag Sonnencreme, Trinkflasche und Lunchpaket↵- Eltern sind bei der Mini-Regatta am Freitagnachmittag willkommen
            Schreib eine Packliste für die Eltern als kurze Checkliste.
        """,
        "fr": """
            ^Stage d'été de voile pour les jeunes – Club nautique de {city}
            ^Apprendre à naviguer en une semaine
            Les enfants de huit à quatorze ans naviguent en Optimist et en Topper dans la baie abritée, avec un moniteur pour quatre bateaux et un bateau de sécurité toujours sur l'eau.
            Chaque stagiaire doit savoir nager cinquante mètres habillé ; un petit test de natation a lieu le premier matin.
            | Niveau | Âge | Au programme |↵|---|---|---|↵| Niveau 1 | 8–10 ans | gréement, barre, exercice de chavirage |↵| Niveau 2 | 10–12 ans | virement de bord, empannage, parcours en triangle |↵| Niveau 3 | 12–14 ans | départs et règles de course |
            Que se passe-t-il quand il y a trop de vent : les enfants restent-ils au club ?
            - Gilets fournis, combinaison conseillée↵- Crème solaire, gourde et pique-nique chaque jour↵- Les parents sont les bienvenus à la mini-régate du vendredi après-midi
            Rédige une liste d'affaires à prévoir pour les parents, sous forme de courte check-list.
        """,
        "es": """
            ^Curso de vela de verano para jóvenes – Club Náutico de {city}
            ^Aprender a navegar en una semana
            Los niños de ocho a catorce años navegan en Optimist y Topper en la bahía resguardada, con un monitor por cada cuatro barcos y una neumática de seguridad siempre en el agua.
            Todos deben saber nadar cincuenta metros vestidos; el primer día por la mañana hay una pequeña prueba de natación.
            | Nivel | Edad | Qué aprenden |↵|---|---|---|↵| Nivel 1 | 8–10 | aparejar, gobernar, ejercicio de vuelco |↵| Nivel 2 | 10–12 | virar, trasluchar, recorrido en triángulo |↵| Nivel 3 | 12–14 | salidas y reglamento de regatas |
            ¿Qué pasa los días de demasiado viento? ¿Los niños se quedan en el club?
            - Chalecos incluidos, neopreno recomendado↵- Crema solar, botella de agua y comida cada día↵- Las familias pueden venir a la mini-regata del viernes por la tarde
            Escribe una lista de lo que hay que llevar para los padres, en forma de checklist breve.
        """,
        "nl": """
            ^Zomerzeilkamp voor de jeugd – Zeilvereniging {city}
            ^Leren zeilen in één week
            Kinderen van acht tot veertien zeilen in Optimisten en Toppers in de beschutte baai, met één instructeur per vier boten en altijd een rescueboot op het water.
            Iedereen moet vijftig meter met kleren aan kunnen zwemmen; op de eerste ochtend is er een korte zwemtest.
            | Niveau | Leeftijd | Wat ze leren |↵|---|---|---|↵| CWO 1 | 8–10 | optuigen, sturen, omslaan oefenen |↵| CWO 2 | 10–12 | overstag, gijpen, een driehoek varen |↵| CWO 3 | 12–14 | starten en de wedstrijdregels |
            Wat gebeurt er op dagen met te veel wind – blijven de kinderen dan op de club?
            - Zwemvesten zijn er, een wetsuit is aan te raden↵- Elke dag zonnebrand, een bidon en een lunchpakket↵- Ouders zijn welkom bij de minirace op vrijdagmiddag
            Schrijf een paklijst voor ouders als korte checklist.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("regatta_race_control_plan", I, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Regatta day – umpires, launches and the course
            ^Race control plan for Saturday
            Racing runs from 8:30 to 17:00 over 1,000 metres, with heats every four minutes and finals from 15:00.
            Three launches follow the races; drivers stay at least fifteen metres behind the crews and throttle back to idle near the finish to keep the wash down.
            | Post | Who | Radio |↵|---|---|---|↵| Start | {first} | channel 1 |↵| Launch 1 | {first2} | channel 2 |↵| Finish box | {first3} | channel 1 |
            If the wind picks up beyond the bridge, race control may shorten the course to 500 metres; the decision goes out on channel 1 and on the board at the boat tent.
            - Umpires' briefing at 7:45 in the clubhouse↵- Everyone in a launch wears a lifejacket↵- Results to the scoring tent after every race
            Can we fit two extra heats of junior quads in without pushing the finals past five o'clock?
            Turn this into a one-page timetable for the umpires, sorted by time.
        """,
        "de": """
            ^Regattatag – Schiedsrichter, Motorboote und Strecke
            ^Plan der Regattaleitung für Samstag
            Gerudert wird von 8:30 bis 17 Uhr über 1000 Meter, Vorläufe alle vier Minuten, Finals ab 15 Uhr.
            Drei Motorboote begleiten die Rennen; sie halten mindestens fünfzehn Meter Abstand hinter den Mannschaften und gehen vor dem Ziel auf Standgas, damit kein Schwell entsteht.
            | Posten | Wer | Funk |↵|---|---|---|↵| Start | {first} | Kanal 1 |↵| Motorboot 1 | {first2} | Kanal 2 |↵| Zielturm | {first3} | Kanal 1 |
            Frischt der Wind hinter der Brücke auf, kann die Regattaleitung die Strecke auf 500 Meter kürzen; die Entscheidung geht über Kanal 1 und ans Brett am Bootszelt.
            - Schiedsrichterbesprechung um 7:45 im Clubhaus↵- Im Motorboot tragen alle eine Rettungsweste↵- Ergebnisse nach jedem Rennen ins Auswertungszelt
            Bekommen wir zwei zusätzliche Vorläufe für die Junioren-Doppelvierer unter, ohne dass die Finals nach fünf Uhr enden?
            Mach daraus einen einseitigen Zeitplan für die Schiedsrichter, nach Uhrzeit sortiert.
        """,
        "fr": """
            ^Jour de régate – arbitres, vedettes et parcours
            ^Plan du comité de course pour samedi
            Les courses se déroulent de 8 h 30 à 17 h sur 1 000 mètres, avec des séries toutes les quatre minutes et les finales à partir de 15 h.
            Trois vedettes suivent les courses ; les pilotes restent au moins quinze mètres derrière les équipages et passent au ralenti près de l'arrivée pour limiter les vagues.
            | Poste | Qui | Radio |↵|---|---|---|↵| Départ | {first} | canal 1 |↵| Vedette 1 | {first2} | canal 2 |↵| Tour d'arrivée | {first3} | canal 1 |
            Si le vent forcit après le pont, le comité peut réduire le parcours à 500 mètres ; la décision passe sur le canal 1 et sur le tableau de la tente à bateaux.
            - Briefing des arbitres à 7 h 45 au club-house↵- Gilet obligatoire pour tous dans les vedettes↵- Résultats à la tente de classement après chaque course
            Peut-on caser deux séries de plus pour les quatre de couple juniors sans que les finales dépassent 17 h ?
            Fais-en un horaire d'une page pour les arbitres, trié par heure.
        """,
        "es": """
            ^Día de regata – jueces, lanchas y campo de regatas
            ^Plan del comité de regatas para el sábado
            Las regatas van de 8:30 a 17:00 sobre 1000 metros, con series cada cuatro minutos y finales desde las 15:00.
            Tres lanchas siguen las pruebas; los patrones se mantienen al menos quince metros detrás de las tripulaciones y van al ralentí cerca de la meta para no levantar ola.
            | Puesto | Quién | Radio |↵|---|---|---|↵| Salida | {first} | canal 1 |↵| Lancha 1 | {first2} | canal 2 |↵| Torre de llegada | {first3} | canal 1 |
            Si el viento arrecia pasado el puente, el comité puede acortar el recorrido a 500 metros; la decisión se anuncia por el canal 1 y en el tablón de la carpa de barcos.
            - Reunión de jueces a las 7:45 en el club↵- Todos los que vayan en una lancha llevan chaleco↵- Resultados a la carpa de clasificación tras cada prueba
            ¿Podemos meter dos series más de cuatro scull juvenil sin que las finales acaben después de las cinco?
            Conviértelo en un horario de una página para los jueces, ordenado por hora.
        """,
        "nl": """
            ^Regattadag – juryleden, volgboten en de baan
            ^Plan van de wedstrijdleiding voor zaterdag
            Er wordt geroeid van 8.30 tot 17.00 uur over 1000 meter, met voorwedstrijden om de vier minuten en finales vanaf 15.00 uur.
            Drie volgboten varen achter de races; de schippers blijven minstens vijftien meter achter de ploegen en gaan vlak voor de finish stationair, zodat er geen golfslag ontstaat.
            | Post | Wie | Portofoon |↵|---|---|---|↵| Start | {first} | kanaal 1 |↵| Volgboot 1 | {first2} | kanaal 2 |↵| Finishtoren | {first3} | kanaal 1 |
            Als de wind voorbij de brug aantrekt, kan de wedstrijdleiding de baan inkorten tot 500 meter; het besluit gaat over kanaal 1 en op het bord bij de botentent.
            - Juryoverleg om 7.45 uur in het clubhuis↵- Iedereen in een volgboot draagt een reddingsvest↵- Uitslagen na elke race naar de uitslagentent
            Passen er nog twee extra voorwedstrijden junioren-dubbelvier in zonder dat de finales na vijf uur eindigen?
            Maak hier een rooster van één pagina van voor de juryleden, gesorteerd op tijd.
        """,
    }),
    Family("lift_service_round_plan", I, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Service round, week {n} – north area lift technicians
            ^Lift maintenance schedule for the coming week
            Monday and Tuesday the two hospital lifts get their six-monthly examination; the hospital needs one lift running at all times, so we do them one after the other, never together.
            The shopping centre escalators are serviced before opening, from 5:30; the centre's security lets us in through the loading bay.
            | Site | Units | Visit |↵|---|---|---|↵| Hospital, east wing | 2 lifts | Mon–Tue |↵| Shopping centre | 4 escalators | Wed |↵| Residential towers | 6 lifts | Thu |↵| Town hall | 1 lift | Fri |
            The worn suspension ropes found last month in the residential towers are replaced on Thursday; the new ropes are at the depot, collect them on Wednesday evening.
            - Two people in every shaft, no exceptions↵- Log every callout in the app before leaving site↵- Van stock check on Friday afternoon
            Who covers the out-of-hours callouts this weekend if Thursday's rope job overruns?
            Turn this into a short message for the technicians' group saying who goes where each day.
        """,
        "de": """
            ^Wartungsrunde KW {n} – Aufzugsmonteure Gebiet Nord
            ^Wartungsplan Aufzüge für die kommende Woche
            Montag und Dienstag bekommen die beiden Krankenhausaufzüge ihre Halbjahresprüfung; das Krankenhaus braucht immer einen laufenden Aufzug, also nacheinander, nie gleichzeitig.
            Die Rolltreppen im Einkaufszentrum warten wir vor der Öffnung ab 5:30 Uhr; der Sicherheitsdienst lässt uns über die Anlieferung rein.
            | Objekt | Anlagen | Termin |↵|---|---|---|↵| Krankenhaus, Ostflügel | 2 Aufzüge | Mo–Di |↵| Einkaufszentrum | 4 Rolltreppen | Mi |↵| Wohntürme | 6 Aufzüge | Do |↵| Rathaus | 1 Aufzug | Fr |
            Die verschlissenen Tragseile, die wir letzten Monat in den Wohntürmen gefunden haben, werden am Donnerstag getauscht; die neuen Seile liegen im Lager, bitte Mittwochabend abholen.
            - In jedem Schacht zu zweit, ohne Ausnahme↵- Jeden Einsatz vor Verlassen des Objekts in der App erfassen↵- Freitagnachmittag Bestandskontrolle im Wagen
            Wer übernimmt am Wochenende den Bereitschaftsdienst, wenn der Seiltausch am Donnerstag länger dauert?
            Mach daraus eine kurze Nachricht für die Monteursgruppe, wer an welchem Tag wohin fährt.
        """,
        "fr": """
            ^Tournée d'entretien semaine {n} – techniciens ascenseurs secteur nord
            ^Planning de maintenance des ascenseurs pour la semaine prochaine
            Lundi et mardi, les deux ascenseurs de l'hôpital passent leur visite semestrielle ; l'hôpital doit toujours avoir un ascenseur en service, donc l'un après l'autre, jamais ensemble.
            Les escaliers mécaniques du centre commercial sont entretenus avant l'ouverture, dès 5 h 30 ; la sécurité du centre nous fait entrer par le quai de livraison.
            | Site | Appareils | Passage |↵|---|---|---|↵| Hôpital, aile est | 2 ascenseurs | lun.–mar. |↵| Centre commercial | 4 escaliers mécaniques | mer. |↵| Tours d'habitation | 6 ascenseurs | jeu. |↵| Mairie | 1 ascenseur | ven. |
            Les câbles de suspension usés repérés le mois dernier dans les tours sont remplacés jeudi ; les câbles neufs sont au dépôt, à récupérer mercredi soir.
            - Toujours à deux dans une gaine, sans exception↵- Saisir chaque dépannage dans l'appli avant de quitter le site↵- Inventaire du stock de la camionnette vendredi après-midi
            Qui assure l'astreinte ce week-end si le changement de câbles de jeudi déborde ?
            Fais-en un message court pour le groupe des techniciens : qui va où, jour par jour.
        """,
        "es": """
            ^Ronda de mantenimiento, semana {n} – técnicos de ascensores zona norte
            ^Calendario de mantenimiento de ascensores para la próxima semana
            El lunes y el martes los dos ascensores del hospital pasan su revisión semestral; el hospital necesita siempre uno en marcha, así que van uno detrás de otro, nunca a la vez.
            Las escaleras mecánicas del centro comercial se revisan antes de abrir, desde las 5:30; seguridad nos deja entrar por el muelle de carga.
            | Edificio | Aparatos | Visita |↵|---|---|---|↵| Hospital, ala este | 2 ascensores | lun–mar |↵| Centro comercial | 4 escaleras mecánicas | mié |↵| Torres de viviendas | 6 ascensores | jue |↵| Ayuntamiento | 1 ascensor | vie |
            Los cables de suspensión gastados que vimos el mes pasado en las torres se cambian el jueves; los nuevos están en el almacén, hay que recogerlos el miércoles por la tarde.
            - Siempre dos personas en el hueco, sin excepciones↵- Registrar cada aviso en la app antes de irse↵- Revisión del stock de la furgoneta el viernes por la tarde
            ¿Quién cubre las guardias del fin de semana si el cambio de cables del jueves se alarga?
            Conviértelo en un mensaje corto para el grupo de técnicos con quién va a dónde cada día.
        """,
        "nl": """
            ^Onderhoudsronde week {n} – liftmonteurs regio noord
            ^Onderhoudsplanning liften voor volgende week
            Maandag en dinsdag krijgen de twee liften van het ziekenhuis hun halfjaarlijkse keuring; het ziekenhuis moet altijd één werkende lift hebben, dus na elkaar, nooit tegelijk.
            De roltrappen in het winkelcentrum doen we vóór openingstijd, vanaf 5.30 uur; de beveiliging laat ons binnen via het laaddok.
            | Locatie | Installaties | Bezoek |↵|---|---|---|↵| Ziekenhuis, oostvleugel | 2 liften | ma–di |↵| Winkelcentrum | 4 roltrappen | wo |↵| Woontorens | 6 liften | do |↵| Stadhuis | 1 lift | vr |
            De versleten draagkabels die we vorige maand in de woontorens vonden, worden donderdag vervangen; de nieuwe kabels liggen in het magazijn, woensdagavond ophalen.
            - Altijd met z'n tweeën in de schacht, geen uitzonderingen↵- Elke storing in de app registreren voordat je vertrekt↵- Vrijdagmiddag voorraadcontrole in de bus
            Wie neemt dit weekend de storingsdienst als de kabelklus van donderdag uitloopt?
            Maak hier een kort bericht van voor de monteursgroep: wie gaat waar naartoe, per dag.
        """,
    }),
    Family("circus_tour_move_plan", I, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Tour move – {city} to the next pitch
            ^Load-out and build plan for the weekend
            The last show ends on Sunday at 19:30; the big top comes down overnight and the first lorries leave at 6:00 with the king poles and the seating.
            The horses travel on Monday morning with their groom, stopping every three hours; the stable tent is the first thing built at the new pitch.
            | Vehicle | Load | Leaves |↵|---|---|---|↵| Lorry 1 | king poles, canvas | Mon 6:00 |↵| Lorry 2 | seating, ring fence | Mon 6:30 |↵| Horse box | six horses | Mon 8:00 |↵| Generators | two sets | Mon 10:00 |
            The council at the new site wants the generators at least thirty metres from the houses and the whole site fenced before the first show.
            - Trapeze rigging checked by the flying act before every show↵- Caravans park in the same order as on the last pitch↵- Posters up in town by Tuesday
            Can the tent crew have the big top up by Wednesday noon if the lorries only arrive on Tuesday evening?
            Write this as a checklist for the tent master, in the order things happen.
        """,
        "de": """
            ^Tourneeumzug – von {city} zum nächsten Platz
            ^Abbau- und Aufbauplan fürs Wochenende
            Die letzte Vorstellung endet Sonntag um 19:30; das Chapiteau wird über Nacht abgebaut, und die ersten Lkw fahren um 6 Uhr mit den Masten und der Bestuhlung los.
            Die Pferde fahren Montagmorgen mit ihrer Pflegerin, mit einer Pause alle drei Stunden; am neuen Platz wird als Erstes das Stallzelt aufgebaut.
            | Fahrzeug | Ladung | Abfahrt |↵|---|---|---|↵| Lkw 1 | Masten, Zeltplane | Mo 6:00 |↵| Lkw 2 | Tribüne, Manegenbande | Mo 6:30 |↵| Pferdetransporter | sechs Pferde | Mo 8:00 |↵| Aggregate | zwei Stück | Mo 10:00 |
            Die Gemeinde am neuen Platz verlangt mindestens dreißig Meter Abstand zwischen Aggregaten und Häusern und einen Bauzaun um das ganze Gelände vor der ersten Vorstellung.
            - Trapez-Rigging vor jeder Vorstellung von der Flugtrapez-Nummer prüfen lassen↵- Wohnwagen in derselben Reihenfolge wie am letzten Platz abstellen↵- Plakate bis Dienstag in der Stadt aufhängen
            Schafft die Zeltcrew das Chapiteau bis Mittwochmittag, wenn die Lkw erst Dienstagabend ankommen?
            Schreib das als Checkliste für den Zeltmeister, in der Reihenfolge, in der es passiert.
        """,
        "fr": """
            ^Déplacement de tournée – de {city} à la prochaine implantation
            ^Plan de démontage et de montage pour le week-end
            La dernière représentation finit dimanche à 19 h 30 ; le chapiteau est démonté dans la nuit et les premiers camions partent à 6 h avec les mâts et les gradins.
            Les chevaux voyagent lundi matin avec leur palefrenière, avec une pause toutes les trois heures ; l'écurie est la première chose montée sur le nouveau terrain.
            | Véhicule | Chargement | Départ |↵|---|---|---|↵| Camion 1 | mâts, toile | lun. 6 h |↵| Camion 2 | gradins, bordure de piste | lun. 6 h 30 |↵| Van à chevaux | six chevaux | lun. 8 h |↵| Groupes électrogènes | deux | lun. 10 h |
            La mairie du nouveau terrain veut les groupes électrogènes à trente mètres au moins des maisons et tout le site clôturé avant la première.
            - Accroches du trapèze vérifiées par les voltigeurs avant chaque représentation↵- Les caravanes se garent dans le même ordre qu'au dernier terrain↵- Affiches en ville d'ici mardi
            L'équipe de montage peut-elle lever le chapiteau pour mercredi midi si les camions n'arrivent que mardi soir ?
            Présente ça en check-list pour le chef monteur, dans l'ordre où les choses se font.
        """,
        "es": """
            ^Traslado de la gira – de {city} a la siguiente plaza
            ^Plan de desmontaje y montaje para el fin de semana
            La última función termina el domingo a las 19:30; la carpa se desmonta por la noche y los primeros camiones salen a las 6:00 con los mástiles y las gradas.
            Los caballos viajan el lunes por la mañana con su mozo de cuadra, parando cada tres horas; en la nueva plaza lo primero que se monta son las cuadras.
            | Vehículo | Carga | Salida |↵|---|---|---|↵| Camión 1 | mástiles, lona | lun 6:00 |↵| Camión 2 | gradas, valla de pista | lun 6:30 |↵| Remolque de caballos | seis caballos | lun 8:00 |↵| Generadores | dos grupos | lun 10:00 |
            El ayuntamiento de la nueva plaza exige los generadores a treinta metros como mínimo de las casas y todo el recinto vallado antes de la primera función.
            - El anclaje del trapecio lo revisan los trapecistas antes de cada función↵- Las caravanas se aparcan en el mismo orden que en la última plaza↵- Carteles por la ciudad antes del martes
            ¿Puede el equipo de carpa tenerla montada el miércoles a mediodía si los camiones no llegan hasta el martes por la noche?
            Ponlo como una lista de comprobación para el jefe de carpa, en el orden en que pasan las cosas.
        """,
        "nl": """
            ^Tourneeverhuizing – van {city} naar de volgende standplaats
            ^Afbouw- en opbouwplan voor het weekend
            De laatste voorstelling eindigt zondag om 19.30 uur; de grote tent gaat 's nachts neer en de eerste vrachtwagens vertrekken om 6.00 uur met de masten en de tribunes.
            De paarden reizen maandagochtend met hun verzorgster, met elke drie uur een stop; op de nieuwe standplaats wordt eerst de staltent opgebouwd.
            | Voertuig | Lading | Vertrek |↵|---|---|---|↵| Vrachtwagen 1 | masten, tentdoek | ma 6.00 |↵| Vrachtwagen 2 | tribunes, pisterand | ma 6.30 |↵| Paardentrailer | zes paarden | ma 8.00 |↵| Aggregaten | twee stuks | ma 10.00 |
            De gemeente op de nieuwe plek wil de aggregaten minstens dertig meter van de huizen en het hele terrein omheind vóór de eerste voorstelling.
            - Trapezeophanging vóór elke voorstelling laten controleren door de trapezeacrobaten↵- Caravans in dezelfde volgorde neerzetten als op de vorige standplaats↵- Affiches dinsdag in de stad
            Krijgt de tentploeg de grote tent woensdag om twaalf uur overeind als de vrachtwagens pas dinsdagavond aankomen?
            Zet dit om in een checklist voor de tentmeester, in de volgorde waarin het gebeurt.
        """,
    }),
    Family("grooming_salon_week_rota", I, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Salon plan for next week – tables, dryers and bookings
            ^Grooming rota, {city} salon
            Tuesday is fully booked with doodles and spaniels, so put the two senior groomers on the big tables and keep the apprentice on nails, ears and bathing.
            The second dryer comes back from repair on Wednesday; until then no more than three full grooms at the same time.
            | Day | Groomers | Bookings |↵|---|---|---|↵| Mon | 2 | 9 |↵| Tue | 3 | 14 |↵| Wed | 3 | 12 |↵| Thu | 2 | 8 |↵| Fri | 3 | 13 |
            Please order the shampoo for sensitive skin and ten packs of ear wipes; we ran out on Saturday.
            - Muzzles on the top shelf, not next to the bath↵- Clean and disinfect the table between every dog↵- Pick-ups after 17:30 go on the whiteboard
            Can we fit a walk-in nail clinic into Thursday afternoon with only two of us in?
            Turn this plan into a short rota message for the team chat.
        """,
        "de": """
            ^Salonplan nächste Woche – Tische, Föhne und Termine
            ^Dienstplan Hundesalon {city}
            Dienstag ist voll mit Doodles und Spaniels, also die beiden erfahrenen Groomerinnen an die großen Tische, die Auszubildende macht Krallen, Ohren und Baden.
            Der zweite Föhn kommt am Mittwoch aus der Reparatur; bis dahin höchstens drei komplette Schnitte gleichzeitig.
            | Tag | Groomer | Termine |↵|---|---|---|↵| Mo | 2 | 9 |↵| Di | 3 | 14 |↵| Mi | 3 | 12 |↵| Do | 2 | 8 |↵| Fr | 3 | 13 |
            Bitte Shampoo für empfindliche Haut und zehn Packungen Ohrreinigungstücher bestellen; am Samstag war alles leer.
            - Maulkörbe ins oberste Regal, nicht neben die Wanne↵- Tisch nach jedem Hund reinigen und desinfizieren↵- Abholungen nach 17:30 ans Whiteboard
            Schaffen wir am Donnerstagnachmittag eine offene Krallensprechstunde, wenn nur zwei von uns da sind?
            Mach aus dem Plan eine kurze Dienstplan-Nachricht für den Team-Chat.
        """,
        "fr": """
            ^Planning du salon la semaine prochaine – tables, séchoirs et rendez-vous
            ^Planning toilettage, salon de {city}
            Mardi est complet avec des doodles et des épagneuls : les deux toiletteuses confirmées sur les grandes tables, l'apprentie sur les griffes, les oreilles et les bains.
            Le deuxième séchoir revient de réparation mercredi ; d'ici là, pas plus de trois toilettages complets en même temps.
            | Jour | Toiletteurs | Rendez-vous |↵|---|---|---|↵| lun. | 2 | 9 |↵| mar. | 3 | 14 |↵| mer. | 3 | 12 |↵| jeu. | 2 | 8 |↵| ven. | 3 | 13 |
            Commandez le shampooing peaux sensibles et dix paquets de lingettes pour les oreilles, on était à court samedi.
            - Muselières sur l'étagère du haut, pas à côté de la baignoire↵- Nettoyer et désinfecter la table après chaque chien↵- Les récupérations après 17 h 30 au tableau blanc
            On peut caser une permanence coupe de griffes sans rendez-vous jeudi après-midi, à deux seulement ?
            Fais de ce planning un court message pour le groupe de l'équipe.
        """,
        "es": """
            ^Plan de la peluquería la semana que viene – mesas, secadores y citas
            ^Turnos de peluquería canina, local de {city}
            El martes está completo con doodles y spaniels: las dos peluqueras con más experiencia en las mesas grandes y la aprendiz con uñas, orejas y baños.
            El segundo secador vuelve del taller el miércoles; hasta entonces, no más de tres arreglos completos a la vez.
            | Día | Peluqueros | Citas |↵|---|---|---|↵| lun | 2 | 9 |↵| mar | 3 | 14 |↵| mié | 3 | 12 |↵| jue | 2 | 8 |↵| vie | 3 | 13 |
            Pedid el champú para piel sensible y diez paquetes de toallitas para los oídos, el sábado nos quedamos sin nada.
            - Los bozales en la balda de arriba, no junto a la bañera↵- Limpiar y desinfectar la mesa después de cada perro↵- Las recogidas después de las 17:30 se apuntan en la pizarra
            ¿Podemos hacer un corte de uñas sin cita el jueves por la tarde si solo estamos dos?
            Convierte el plan en un mensaje corto de turnos para el chat del equipo.
        """,
        "nl": """
            ^Salonplanning volgende week – tafels, föhns en afspraken
            ^Rooster trimsalon {city}
            Dinsdag zit vol met doodles en spaniëls, dus de twee ervaren trimsters aan de grote tafels en de leerling op nagels, oren en wassen.
            De tweede föhn komt woensdag terug uit de reparatie; tot dan niet meer dan drie volledige trimbeurten tegelijk.
            | Dag | Trimmers | Afspraken |↵|---|---|---|↵| ma | 2 | 9 |↵| di | 3 | 14 |↵| wo | 3 | 12 |↵| do | 2 | 8 |↵| vr | 3 | 13 |
            Graag shampoo voor de gevoelige huid bestellen en tien pakken oordoekjes; zaterdag waren we door alles heen.
            - Muilkorven op de bovenste plank, niet naast het bad↵- Tafel na elke hond schoonmaken en ontsmetten↵- Ophalen na 17.30 uur op het whiteboard
            Kunnen we donderdagmiddag een inloopspreekuur voor nagels knippen doen als we maar met z'n tweeën zijn?
            Maak van deze planning een kort roosterbericht voor de teamapp.
        """,
    }),
    Family("driving_school_test_week_plan", I, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Test week plan – cars, instructors and test slots
            ^{city} Driving School – planning for next week
            We have {n} learners booked for practical tests next week; each gets a warm-up lesson in the test car in the hour before.
            Car 3 goes in for its service on Tuesday morning, so the automatic learners switch to car 5 until lunch.
            | Day | Tests | Cars needed |↵|---|---|---|↵| Mon | 4 | 2 |↵| Tue | 6 | 3 |↵| Wed | 5 | 3 |↵| Thu | 3 | 2 |↵| Fri | 7 | 4 |
            Instructors, please look at the test centre's route changes: the new roundabout by the ring road is now on two of the routes.
            - Dual controls checked every morning↵- Provisional licences checked the day before each test↵- Fuel cards back in the office on Friday
            Can we move the Friday 8:10 slot to Thursday so that car 2 isn't needed in two places at once?
            Write the week plan as one small table per instructor.
        """,
        "de": """
            ^Plan Prüfungswoche – Autos, Fahrlehrer und Prüfungstermine
            ^Fahrschule {city} – Planung für nächste Woche
            Nächste Woche haben {n} Fahrschüler praktische Prüfung; jeder bekommt in der Stunde davor eine Aufwärmfahrt im Prüfungsauto.
            Wagen 3 ist Dienstagvormittag zur Inspektion, deshalb fahren die Automatik-Schüler bis mittags mit Wagen 5.
            | Tag | Prüfungen | Autos nötig |↵|---|---|---|↵| Mo | 4 | 2 |↵| Di | 6 | 3 |↵| Mi | 5 | 3 |↵| Do | 3 | 2 |↵| Fr | 7 | 4 |
            Fahrlehrer bitte die geänderten Prüfungsstrecken ansehen: Der neue Kreisverkehr an der Umgehungsstraße liegt jetzt auf zwei Strecken.
            - Doppelpedale jeden Morgen prüfen↵- Ausbildungsnachweise am Tag vor der Prüfung kontrollieren↵- Tankkarten freitags zurück ins Büro
            Können wir den Termin Freitag 8:10 auf Donnerstag legen, damit Wagen 2 nicht zweimal gleichzeitig gebraucht wird?
            Schreib den Wochenplan als kleine Tabelle pro Fahrlehrer.
        """,
        "fr": """
            ^Planning semaine d'examens – voitures, moniteurs et créneaux
            ^Auto-école de {city} – organisation de la semaine prochaine
            {n} élèves passent l'examen pratique la semaine prochaine ; chacun a une heure d'échauffement dans la voiture d'examen juste avant.
            La voiture 3 part en révision mardi matin, donc les élèves en boîte automatique prennent la voiture 5 jusqu'à midi.
            | Jour | Examens | Voitures |↵|---|---|---|↵| lun. | 4 | 2 |↵| mar. | 6 | 3 |↵| mer. | 5 | 3 |↵| jeu. | 3 | 2 |↵| ven. | 7 | 4 |
            Moniteurs, regardez les nouveaux parcours du centre d'examen : le nouveau rond-point près de la rocade fait maintenant partie de deux parcours.
            - Doubles commandes vérifiées chaque matin↵- Livrets d'apprentissage et pièces d'identité contrôlés la veille de l'examen↵- Cartes carburant rendues au bureau le vendredi
            Peut-on déplacer le créneau du vendredi 8 h 10 au jeudi pour que la voiture 2 ne soit pas demandée à deux endroits à la fois ?
            Présente le planning de la semaine sous forme d'un petit tableau par moniteur.
        """,
        "es": """
            ^Plan de la semana de exámenes – coches, profesores y turnos
            ^Autoescuela {city} – planificación de la semana que viene
            La semana que viene tenemos {n} alumnos con examen práctico; cada uno hace una clase de calentamiento en el coche de examen la hora anterior.
            El coche 3 entra en el taller para la revisión el martes por la mañana, así que los alumnos de automático pasan al coche 5 hasta mediodía.
            | Día | Exámenes | Coches |↵|---|---|---|↵| lun | 4 | 2 |↵| mar | 6 | 3 |↵| mié | 5 | 3 |↵| jue | 3 | 2 |↵| vie | 7 | 4 |
            Profesores, mirad los cambios de recorrido del centro de examen: la nueva rotonda de la circunvalación entra ahora en dos recorridos.
            - Doble mando revisado cada mañana↵- DNI de cada alumno comprobado la víspera del examen↵- Tarjetas de combustible de vuelta en la oficina el viernes
            ¿Podemos pasar el turno del viernes a las 8:10 al jueves para que el coche 2 no haga falta en dos sitios a la vez?
            Escribe el plan semanal como una pequeña tabla por profesor.
        """,
        "nl": """
            ^Planning examenweek – auto's, instructeurs en examentijden
            ^Rijschool {city} – planning voor volgende week
            Volgende week doen {n} leerlingen praktijkexamen; iedereen krijgt het uur ervoor een opwarmles in de examenauto.
            Auto 3 gaat dinsdagochtend voor onderhoud naar de garage, dus de automaatleerlingen rijden tot de middag in auto 5.
            | Dag | Examens | Auto's nodig |↵|---|---|---|↵| ma | 4 | 2 |↵| di | 6 | 3 |↵| wo | 5 | 3 |↵| do | 3 | 2 |↵| vr | 7 | 4 |
            Instructeurs, kijk even naar de gewijzigde examenroutes: de nieuwe rotonde bij de ringweg zit nu in twee routes.
            - Dubbele bediening elke ochtend controleren↵- Legitimatie en theoriecertificaat de dag voor het examen checken↵- Tankpassen vrijdag terug op kantoor
            Kunnen we het tijdslot van vrijdag 8.10 uur naar donderdag verplaatsen, zodat auto 2 niet op twee plekken tegelijk nodig is?
            Zet de weekplanning om in een klein tabelletje per instructeur.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("pharmacy_tramadol_prescriptions_note", C, "blind7", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Pharmacist's note – two tramadol prescriptions, Mr {last}
            ^For the pharmacy manager, before Friday's team meeting
            {first} {last} has brought in tramadol prescriptions from two different doctors this month and collected them in turns at our counter and at the branch on the high street.
            When I spoke to him in the consultation room, he said his back has been bad since he lost his warehouse job, and that neither doctor knows about the other.
            He admitted he takes more than the label says "to get through the night" and that his wife doesn't know.
            I'd like us to hold the next prescription until I've spoken to both doctors, and to mention the local drug support service gently, not as a condition.
            - Don't refuse him in front of other customers↵- Note every visit in his dispensing record with the date↵- Both branches must handle him the same way
            How do I tell the locum pharmacist about this without writing it on the shared rota?
            Help me write the note to his GP, factual and short, without making him sound like an addict.
        """,
        "de": """
            ^Notiz der Apothekerin – zwei Tramadol-Rezepte, Herr {last}
            ^Für die Apothekenleitung, vor der Teambesprechung am Freitag
            {first} {last} hat diesen Monat Tramadol-Rezepte von zwei verschiedenen Ärzten eingelöst, abwechselnd bei uns und in der Filiale in der Fußgängerzone.
            Im Beratungsraum hat er erzählt, dass sein Rücken schlimm ist, seit er seine Stelle im Lager verloren hat, und dass keiner der beiden Ärzte vom anderen weiß.
            Er hat zugegeben, mehr zu nehmen als verordnet, „um durch die Nacht zu kommen“, und seine Frau wisse nichts davon.
            Ich möchte das nächste Rezept erst beliefern, wenn ich mit beiden Ärzten gesprochen habe, und ihm die Suchtberatung vor Ort behutsam nennen, nicht als Bedingung.
            - Ihn nicht vor anderen Kunden abweisen↵- Jeden Besuch mit Datum in seiner Kundenkartei vermerken↵- Beide Filialen müssen gleich mit ihm umgehen
            Wie sage ich das der Vertretungsapothekerin, ohne es in den gemeinsamen Dienstplan zu schreiben?
            Hilf mir, die Nachricht an seinen Hausarzt zu formulieren, sachlich und kurz, ohne dass er wie ein Süchtiger dasteht.
        """,
        "fr": """
            ^Note de la pharmacienne – deux ordonnances de tramadol, M. {last}
            ^Pour le titulaire, avant la réunion d'équipe de vendredi
            {first} {last} a apporté ce mois-ci des ordonnances de tramadol de deux médecins différents et les a retirées tour à tour chez nous et à l'officine de la grand-rue.
            Dans le bureau de conseil, il m'a dit que son dos le fait souffrir depuis qu'il a perdu son emploi à l'entrepôt, et qu'aucun des deux médecins ne sait pour l'autre.
            Il a reconnu en prendre plus que la posologie « pour tenir la nuit », et sa femme n'est pas au courant.
            Je voudrais qu'on ne délivre pas la prochaine ordonnance avant que j'aie parlé aux deux médecins, et qu'on lui parle doucement du centre d'addictologie, sans en faire une condition.
            - Ne pas le refuser devant d'autres clients↵- Noter chaque passage dans son historique de délivrance avec la date↵- Les deux officines doivent réagir de la même façon
            Comment prévenir le pharmacien remplaçant sans l'écrire sur le planning commun ?
            Aide-moi à rédiger le mot pour son médecin traitant, factuel et court, sans le faire passer pour un toxicomane.
        """,
        "es": """
            ^Nota de la farmacéutica – dos recetas de tramadol, Sr. {last}
            ^Para la titular, antes de la reunión del equipo del viernes
            {first} {last} ha traído este mes recetas de tramadol de dos médicos distintos y las ha ido retirando una vez aquí y otra en la farmacia de la calle Mayor.
            En la zona de atención personalizada me contó que tiene la espalda fatal desde que perdió el trabajo en el almacén, y que ninguno de los dos médicos sabe del otro.
            Reconoció que toma más de lo que pone la receta «para aguantar la noche» y que su mujer no lo sabe.
            Quiero que no dispensemos la próxima receta hasta que haya hablado con los dos médicos, y que le mencionemos con tacto la unidad de conductas adictivas, sin ponerlo como condición.
            - No negárselo delante de otros clientes↵- Anotar cada visita en su historial de dispensación con la fecha↵- Las dos farmacias tienen que actuar igual
            ¿Cómo se lo digo a la farmacéutica sustituta sin ponerlo en el cuadrante compartido?
            Ayúdame a redactar la nota para su médico de cabecera, objetiva y breve, sin que parezca un adicto.
        """,
        "nl": """
            ^Notitie van de apotheker – twee recepten voor tramadol, meneer {last}
            ^Voor de beherend apotheker, vóór het teamoverleg van vrijdag
            {first} {last} heeft deze maand tramadolrecepten van twee verschillende artsen ingeleverd en ze om beurten bij ons en bij de vestiging in de winkelstraat opgehaald.
            In de spreekkamer vertelde hij dat zijn rug slecht is sinds hij zijn baan in het magazijn kwijt is, en dat geen van beide artsen van de ander weet.
            Hij gaf toe dat hij meer neemt dan op het etiket staat 'om de nacht door te komen', en dat zijn vrouw het niet weet.
            Ik wil het volgende recept pas meegeven als ik met beide artsen heb gesproken, en hem voorzichtig wijzen op de verslavingszorg hier, niet als voorwaarde.
            - Hem niet weigeren waar andere klanten bij staan↵- Elk bezoek met datum in zijn medicatiedossier noteren↵- Beide vestigingen moeten hetzelfde handelen
            Hoe vertel ik dit aan de waarnemend apotheker zonder het in het gedeelde rooster te zetten?
            Help me de notitie aan zijn huisarts te schrijven, zakelijk en kort, zonder dat hij als verslaafde wordt weggezet.
        """,
    }),
    Family("allotment_plot_holder_hardship_note", C, "blind7", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Committee note – plot {n}, {first} {last}
            ^Before the inspection letters go out
            {first} {last}'s plot has not been worked since spring and would normally get a non-cultivation warning this month.
            He told our secretary that his wife was diagnosed with dementia in March and that he can't leave her alone for more than an hour.
            He hasn't paid this year's rent either, and asked, clearly embarrassed, whether he could pay in three parts once his pension comes in.
            I propose we skip the warning, let the holders of the plots either side keep his tidy with his agreement, and take the rent in instalments without minuting why.
            - Only the chair and the secretary know the details↵- Nothing about it at the general meeting↵- We look at it again in September
            Can the committee agree this by e-mail, or does it need a proper meeting?
            Draft a short, warm letter to him saying we'll keep his plot, without mentioning his wife's illness.
        """,
        "de": """
            ^Vorstandsnotiz – Parzelle {n}, {first} {last}
            ^Bevor die Briefe zur Gartenbegehung rausgehen
            Die Parzelle von {first} {last} ist seit dem Frühjahr nicht bewirtschaftet und bekäme diesen Monat normalerweise eine Abmahnung wegen fehlender kleingärtnerischer Nutzung.
            Er hat unserer Schriftführerin erzählt, dass bei seiner Frau im März Demenz festgestellt wurde und er sie nicht länger als eine Stunde allein lassen kann.
            Die Pacht für dieses Jahr hat er auch noch nicht bezahlt und hat, sichtlich beschämt, gefragt, ob er sie in drei Raten zahlen darf, wenn die Rente da ist.
            Ich schlage vor, auf die Abmahnung zu verzichten, die Nachbarn links und rechts mit seinem Einverständnis für Ordnung sorgen zu lassen und die Raten anzunehmen, ohne den Grund ins Protokoll zu schreiben.
            - Einzelheiten kennen nur die Vorsitzende und die Schriftführerin↵- Auf der Mitgliederversammlung kein Wort dazu↵- Im September schauen wir wieder drauf
            Kann der Vorstand das per E-Mail beschließen, oder braucht es eine richtige Sitzung?
            Entwirf einen kurzen, herzlichen Brief an ihn, dass er seine Parzelle behält, ohne die Krankheit seiner Frau zu erwähnen.
        """,
        "fr": """
            ^Note du bureau – parcelle {n}, {first} {last}
            ^Avant l'envoi des courriers de la visite des jardins
            La parcelle de {first} {last} n'est plus cultivée depuis le printemps et recevrait normalement ce mois-ci un avertissement pour défaut d'entretien.
            Il a confié à notre secrétaire qu'on a diagnostiqué une démence à sa femme en mars et qu'il ne peut pas la laisser seule plus d'une heure.
            Il n'a pas non plus réglé la cotisation de cette année et a demandé, visiblement gêné, s'il pouvait payer en trois fois après le versement de sa retraite.
            Je propose de ne pas envoyer l'avertissement, de laisser les voisins de parcelle entretenir la sienne avec son accord et d'accepter le paiement en trois fois sans noter le motif au compte rendu.
            - Seuls la présidente et le secrétaire connaissent les détails↵- Rien à ce sujet à l'assemblée générale↵- On refait le point en septembre
            Le bureau peut-il décider cela par e-mail, ou faut-il une vraie réunion ?
            Rédige une lettre courte et chaleureuse pour lui dire qu'on lui garde sa parcelle, sans parler de la maladie de sa femme.
        """,
        "es": """
            ^Nota de la junta – parcela {n}, {first} {last}
            ^Antes de enviar las cartas de la revisión de parcelas
            La parcela de {first} {last} no se trabaja desde la primavera y este mes le correspondería un aviso por falta de cultivo.
            Le contó a nuestra secretaria que a su mujer le diagnosticaron demencia en marzo y que no puede dejarla sola más de una hora.
            Tampoco ha pagado la cuota de este año y preguntó, muy avergonzado, si podía pagarla en tres plazos cuando cobre la pensión.
            Propongo no mandar el aviso, dejar que los vecinos de parcela se la mantengan con su permiso y aceptar los plazos sin poner el motivo en el acta.
            - Solo la presidenta y la secretaria conocen los detalles↵- Nada de esto en la asamblea general↵- Lo volvemos a ver en septiembre
            ¿Puede la junta aprobarlo por correo electrónico o hace falta una reunión de verdad?
            Redacta una carta breve y cariñosa diciéndole que le guardamos la parcela, sin mencionar la enfermedad de su mujer.
        """,
        "nl": """
            ^Bestuursnotitie – tuin {n}, {first} {last}
            ^Voordat de brieven van de tuinschouw de deur uit gaan
            De tuin van {first} {last} is sinds het voorjaar niet bewerkt en zou deze maand normaal een waarschuwing wegens onvoldoende onderhoud krijgen.
            Hij vertelde onze secretaris dat bij zijn vrouw in maart dementie is vastgesteld en dat hij haar niet langer dan een uur alleen kan laten.
            De huur van dit jaar heeft hij ook nog niet betaald, en hij vroeg, zichtbaar beschaamd, of hij die in drie delen mag betalen als zijn pensioen binnen is.
            Ik stel voor de waarschuwing over te slaan, de buren links en rechts met zijn instemming zijn tuin bij te laten houden en de termijnen te accepteren zonder de reden te notuleren.
            - Alleen de voorzitter en de secretaris kennen de details↵- Niets hierover op de ledenvergadering↵- In september kijken we er opnieuw naar
            Kan het bestuur dit per mail besluiten, of is er een echte vergadering nodig?
            Schrijf een korte, hartelijke brief aan hem dat we zijn tuin voor hem vasthouden, zonder de ziekte van zijn vrouw te noemen.
        """,
    }),
    Family("sailing_coach_stood_down_note", C, "blind7", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Commodore's note – junior coach {first} {last}, stood down
            ^For the club's welfare officer and the rear commodore for training
            On Saturday {first} ran the junior session after what two parents describe as several pints at lunch; a Topper capsized and it took him eleven minutes to reach it in the safety boat.
            No child was hurt, but the boy's mother has spoken to me and wants to know what the club is doing about it.
            When I met {first} on Monday he admitted the drinking, said things have been hard since his divorce, and told me he is already seeing his doctor about it.
            I have stood him down from coaching until the end of the season; he keeps his membership and may still sail his own boat.
            - Instructor records: "stood down pending review", nothing more↵- The mother gets a personal call, not a letter↵- Review with him in October
            Do we have to report this to the national federation, since he holds their instructor certificate?
            Help me write to the boy's mother: honest about what happened, without anything about his private life.
        """,
        "de": """
            ^Notiz des Vorsitzenden – Jugendtrainer {first} {last}, vom Training freigestellt
            ^Für die Kinderschutzbeauftragte und den Sportwart
            Am Samstag hat {first} das Jugendtraining geleitet, nachdem er laut zwei Eltern mittags mehrere Bier getrunken hatte; ein Topper ist gekentert, und er brauchte mit dem Sicherungsboot elf Minuten bis dorthin.
            Verletzt wurde kein Kind, aber die Mutter des Jungen hat mich angesprochen und will wissen, was der Verein unternimmt.
            Beim Gespräch am Montag hat {first} das Trinken zugegeben, gesagt, dass es seit seiner Scheidung schwer ist, und dass er deswegen schon bei seinem Arzt in Behandlung ist.
            Ich habe ihn bis Saisonende vom Training freigestellt; er bleibt Mitglied und darf sein eigenes Boot weiter segeln.
            - In der Trainerliste nur „freigestellt, wird überprüft“, sonst nichts↵- Die Mutter bekommt einen persönlichen Anruf, keinen Brief↵- Gespräch mit ihm im Oktober
            Müssen wir das dem Landesseglerverband melden, weil er dessen Trainerlizenz hat?
            Hilf mir, der Mutter des Jungen zu schreiben: ehrlich über den Vorfall, ohne etwas über sein Privatleben.
        """,
        "fr": """
            ^Note du président – moniteur jeunes {first} {last}, suspendu
            ^Pour la référente protection de l'enfance et le responsable de l'école de voile
            Samedi, {first} a encadré la séance des jeunes après ce que deux parents décrivent comme plusieurs bières au déjeuner ; un Topper a chaviré et il a mis onze minutes à le rejoindre avec le bateau de sécurité.
            Aucun enfant n'a été blessé, mais la mère du garçon est venue me voir et veut savoir ce que fait le club.
            Lundi, {first} a reconnu avoir bu, m'a dit que c'était difficile depuis son divorce et qu'il voit déjà son médecin à ce sujet.
            Je l'ai suspendu de l'encadrement jusqu'à la fin de la saison ; il reste membre et peut continuer à naviguer sur son propre bateau.
            - Fichier des moniteurs : « suspendu dans l'attente d'un bilan », rien de plus↵- La mère reçoit un appel personnel, pas un courrier↵- Bilan avec lui en octobre
            Doit-on le signaler à la fédération, puisqu'il a leur diplôme de moniteur ?
            Aide-moi à écrire à la mère du garçon : honnête sur ce qui s'est passé, sans rien sur sa vie privée à lui.
        """,
        "es": """
            ^Nota del comodoro – monitor de cantera {first} {last}, apartado
            ^Para la delegada de protección del menor y el responsable de la escuela de vela
            El sábado {first} dio la clase de los pequeños después de lo que dos padres describen como varias cervezas en la comida; un Topper volcó y tardó once minutos en llegar con la neumática.
            Ningún niño se hizo daño, pero la madre del chico ha hablado conmigo y quiere saber qué va a hacer el club.
            Cuando me reuní con {first} el lunes, reconoció que había bebido, dijo que lo está pasando mal desde el divorcio y que ya está yendo al médico por ello.
            Le he apartado de los entrenamientos hasta final de temporada; sigue siendo socio y puede navegar en su propio barco.
            - En el registro de monitores: «apartado a la espera de revisión», nada más↵- La madre recibe una llamada personal, no una carta↵- Revisión con él en octubre
            ¿Tenemos que comunicarlo a la federación, ya que tiene su título de monitor?
            Ayúdame a escribir a la madre del chico: sincera sobre lo que pasó, sin nada de la vida privada del monitor.
        """,
        "nl": """
            ^Notitie van de commodore – jeugdtrainer {first} {last}, op non-actief
            ^Voor de vertrouwenscontactpersoon en de opleidingscommissaris
            Zaterdag gaf {first} de jeugdtraining nadat hij volgens twee ouders bij de lunch meerdere biertjes had gedronken; een Topper sloeg om en hij deed er met de rescueboot elf minuten over om erbij te komen.
            Er is geen kind gewond geraakt, maar de moeder van de jongen heeft me aangesproken en wil weten wat de club eraan doet.
            Toen ik {first} maandag sprak, gaf hij het drinken toe, zei dat het sinds zijn scheiding zwaar is en dat hij er al voor bij zijn huisarts loopt.
            Ik heb hem tot het eind van het seizoen op non-actief gezet als trainer; hij blijft lid en mag gewoon met zijn eigen boot varen.
            - In de instructeurslijst: 'op non-actief, in afwachting van evaluatie', verder niets↵- De moeder krijgt een persoonlijk telefoontje, geen brief↵- Evaluatie met hem in oktober
            Moeten we dit melden bij het Watersportverbond, omdat hij hun instructeursbrevet heeft?
            Help me de moeder van de jongen te schrijven: eerlijk over wat er gebeurde, zonder iets over zijn privéleven.
        """,
    }),
    Family("grooming_salon_injured_dog_file", C, "blind7", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Incident file – dog injured during a groom, {date}
            ^Customer complaint: {first} {last}'s cockapoo
            The clippers nicked the dog's skin under the left front leg during a full groom; the groomer stopped, cleaned the cut and we called the owner straight away.
            The vet put in four stitches, and the owner has sent us the bill for £240 with a photo of the wound.
            {first} {last} wants the vet's bill paid, the groom refunded and an apology from the groomer in person, and has also posted about it in a local dog owners' group.
            Owner's mobile is {phone} and e-mail {email}; calls after six are best.
            The groomer, an apprentice in her second month, is shaken and has asked not to do matted dogs on her own for now.
            - Pay the vet directly, nothing in writing about fault yet↵- Check the blades on table 2↵- Ask the owner before we say anything about the dog on our page
            Draft a reply to {first} offering to pay the vet's bill and a free groom, without blaming the apprentice.
        """,
        "de": """
            ^Vorfallakte – Hund beim Scheren verletzt, {date}
            ^Kundenbeschwerde: der Cockapoo von {first} {last}
            Beim kompletten Schnitt hat die Schermaschine die Haut unter dem linken Vorderbein erwischt; die Groomerin hat sofort aufgehört, die Wunde gereinigt, und wir haben gleich beim Halter angerufen.
            Der Tierarzt hat mit vier Stichen genäht, und wir haben die Rechnung über 240 € mit einem Foto der Wunde bekommen.
            {first} {last} will, dass wir die Tierarztrechnung zahlen, den Schnitt erstatten und die Groomerin sich persönlich entschuldigt; außerdem steht ein Post darüber in einer Hundegruppe aus der Gegend.
            Erreichbar mobil unter {phone} oder per Mail an {email}, am liebsten nach 18 Uhr.
            Die Groomerin ist Auszubildende im zweiten Monat, ziemlich mitgenommen und möchte verfilzte Hunde vorerst nicht allein machen.
            - Tierarzt direkt bezahlen, noch nichts Schriftliches zur Schuldfrage↵- Scherköpfe an Tisch 2 prüfen↵- Vor jedem Post über den Hund erst beim Halter nachfragen
            Entwirf eine Antwort an {first}, in der wir die Tierarztrechnung und einen kostenlosen Termin anbieten, ohne der Auszubildenden die Schuld zu geben.
        """,
        "fr": """
            ^Fiche incident – chien blessé pendant un toilettage, {date}
            ^Réclamation client : le cockapoo de {first} {last}
            Pendant une tonte complète, la tondeuse a entaillé la peau sous la patte avant gauche ; la toiletteuse s'est arrêtée, a nettoyé la plaie et nous avons appelé le maître du chien tout de suite.
            Le vétérinaire a posé quatre points, et nous avons reçu la facture de 240 € avec une photo de la plaie.
            {first} {last} demande le remboursement du vétérinaire et du toilettage, et des excuses de la toiletteuse en personne ; un message à ce sujet circule aussi sur un groupe de propriétaires de chiens du coin.
            Portable : {phone}, courriel : {email} ; appeler de préférence après 18 h.
            La toiletteuse, apprentie depuis deux mois, est secouée et demande à ne plus faire seule les chiens feutrés pour l'instant.
            - Payer le vétérinaire directement, rien par écrit sur la responsabilité pour le moment↵- Vérifier les lames de la table 2↵- Demander l'accord du propriétaire avant de parler du chien sur notre page
            Rédige une réponse à {first} qui propose de payer la facture du vétérinaire et un toilettage offert, sans accuser l'apprentie.
        """,
        "es": """
            ^Parte de incidencia – perro herido durante el arreglo, {date}
            ^Reclamación de cliente: el cockapoo de {first} {last}
            Durante un arreglo completo, la máquina le hizo un corte en la piel bajo la pata delantera izquierda; la peluquera paró, limpió la herida y llamamos enseguida a la familia del perro.
            El veterinario le dio cuatro puntos, y nos han mandado la factura de 240 € con una foto de la herida.
            {first} {last} quiere que paguemos al veterinario, devolvamos el arreglo y que la peluquera pida perdón en persona; además lo ha contado en un grupo de dueños de perros del barrio.
            Móvil: {phone}; correo: {email}; mejor llamar después de las seis.
            La peluquera es aprendiz, lleva dos meses, está afectada y ha pedido no hacer sola perros con nudos por ahora.
            - Pagar directamente al veterinario, nada por escrito sobre la culpa todavía↵- Revisar las cuchillas de la mesa 2↵- Preguntar antes de publicar nada sobre el perro
            Redacta una respuesta a {first} ofreciendo pagar la factura del veterinario y un arreglo gratis, sin culpar a la aprendiz.
        """,
        "nl": """
            ^Incidentdossier – hond gewond geraakt tijdens het trimmen, {date}
            ^Klacht van klant: de cockapoo van {first} {last}
            Tijdens een volledige trimbeurt heeft de tondeuse de huid onder de linkervoorpoot geraakt; de trimster stopte meteen, maakte de wond schoon en we hebben de eigenaar direct gebeld.
            De dierenarts heeft vier hechtingen gezet, en de eigenaar heeft ons de rekening van € 240 gestuurd met een foto van de wond.
            {first} {last} wil dat we de dierenarts betalen, de trimbeurt terugbetalen en dat de trimster persoonlijk excuses aanbiedt; er staat ook een bericht over in een hondengroep uit de buurt.
            Mobiel: {phone}, mail: {email}; liefst na zes uur bellen.
            De trimster is leerling, zit in haar tweede maand, is flink geschrokken en wil voorlopig geen vervilte honden alleen doen.
            - De dierenarts rechtstreeks betalen, nog niets op papier over schuld↵- Messen van tafel 2 controleren↵- Eerst de eigenaar vragen voordat we iets over de hond op onze pagina zetten
            Schrijf een antwoord aan {first} waarin we de dierenartsrekening en een gratis trimbeurt aanbieden, zonder de leerling de schuld te geven.
        """,
    }),
    Family("circus_aerialist_injury_file", C, "blind7", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Artist file – {first} {last}, aerial straps: injury and contract
            ^For the director, before the tour meeting
            {first} dislocated his right shoulder in the second show on Saturday; the hospital says surgery and four months off the apparatus.
            His contract ends with this tour and his work visa is tied to it; if we don't renew, he has to leave the country in October.
            He asked us not to tell the rest of the company about the surgery yet, because his partner in the duo act would start looking for someone else.
            We can pay his full fee to the end of the month and half after that from the insurance; a contract for next season is possible if he is fit by March.
            His agent handles everything about the contract: {phone}, or {email}.
            | Item | Status |↵|---|---|↵| Hospital report | received |↵| Insurance claim | filed Monday |↵| Work visa | ends with the contract |↵| Replacement act | two candidates seen |
            Write a short, kind message from the director to {first} about his pay and next season, in plain words.
        """,
        "de": """
            ^Artistenakte – {first} {last}, Strapaten: Verletzung und Vertrag
            ^Für die Direktion, vor der Tourneebesprechung
            {first} hat sich am Samstag in der zweiten Vorstellung die rechte Schulter ausgekugelt; laut Krankenhaus muss operiert werden, vier Monate nicht ans Gerät.
            Sein Vertrag endet mit dieser Tournee, und sein Arbeitsvisum hängt daran; verlängern wir nicht, muss er im Oktober das Land verlassen.
            Er hat gebeten, der übrigen Truppe noch nichts von der Operation zu sagen, weil sich seine Duo-Partnerin sonst nach jemand anderem umsehen würde.
            Bis Monatsende können wir die volle Gage zahlen, danach die Hälfte aus der Versicherung; ein Vertrag für die nächste Saison ist möglich, wenn er bis März fit ist.
            Für alles rund um den Vertrag ist sein Agent zuständig: {phone} oder {email}.
            | Punkt | Stand |↵|---|---|↵| Krankenhausbericht | liegt vor |↵| Versicherungsmeldung | Montag eingereicht |↵| Arbeitsvisum | endet mit dem Vertrag |↵| Ersatznummer | zwei Kandidaten gesichtet |
            Schreib eine kurze, freundliche Nachricht der Direktion an {first} zu seiner Gage und der nächsten Saison, in einfachen Worten.
        """,
        "fr": """
            ^Dossier artiste – {first} {last}, sangles aériennes : blessure et contrat
            ^Pour la direction, avant la réunion de tournée
            {first} s'est luxé l'épaule droite samedi pendant la deuxième représentation ; l'hôpital parle d'opération et de quatre mois sans agrès.
            Son contrat se termine avec cette tournée et son titre de séjour en dépend ; si nous ne renouvelons pas, il doit quitter le pays en octobre.
            Il nous a demandé de ne rien dire encore de l'opération au reste de la troupe, sinon sa partenaire de duo se mettrait à chercher quelqu'un d'autre.
            Nous pouvons lui verser son cachet complet jusqu'à la fin du mois, puis la moitié via l'assurance ; un contrat pour la saison prochaine est possible s'il est rétabli en mars.
            Pour tout ce qui concerne le contrat, passer par son agent : {phone} ou {email}.
            | Point | État |↵|---|---|↵| Compte rendu de l'hôpital | reçu |↵| Déclaration à l'assurance | faite lundi |↵| Titre de séjour | lié au contrat |↵| Numéro de remplacement | deux candidats vus |
            Écris un message court et bienveillant de la direction à {first} sur son cachet et la saison prochaine, avec des mots simples.
        """,
        "es": """
            ^Expediente de artista – {first} {last}, cintas aéreas: lesión y contrato
            ^Para la dirección, antes de la reunión de gira
            {first} se luxó el hombro derecho el sábado en la segunda función; en el hospital hablan de operar y de cuatro meses sin aparato.
            Su contrato termina con esta gira y su permiso de trabajo va ligado a él; si no renovamos, tiene que salir del país en octubre.
            Nos pidió que no le contemos aún lo de la operación al resto de la compañía, porque su pareja de número empezaría a buscar a otra persona.
            Podemos pagarle el caché completo hasta fin de mes y la mitad después con el seguro; un contrato para la próxima temporada es posible si está recuperado en marzo.
            Todo lo del contrato lo lleva su agente: {phone} o {email}.
            | Punto | Estado |↵|---|---|↵| Informe del hospital | recibido |↵| Parte al seguro | presentado el lunes |↵| Permiso de trabajo | vence con el contrato |↵| Número de sustitución | dos candidatos vistos |
            Escribe un mensaje breve y cariñoso de la dirección a {first} sobre su caché y la próxima temporada, con palabras sencillas.
        """,
        "nl": """
            ^Artiestendossier – {first} {last}, luchtacrobatiek aan de straps: blessure en contract
            ^Voor de directie, vóór het tourneeoverleg
            {first} heeft zaterdag in de tweede voorstelling zijn rechterschouder uit de kom gehaald; volgens het ziekenhuis moet hij geopereerd worden en vier maanden van het toestel af.
            Zijn contract loopt af met deze tournee en zijn werkvergunning hangt eraan vast; verlengen we niet, dan moet hij in oktober het land uit.
            Hij vroeg ons de rest van het gezelschap nog niets over de operatie te vertellen, omdat zijn duopartner anders naar iemand anders gaat zoeken.
            We kunnen tot het eind van de maand zijn volledige gage betalen en daarna de helft via de verzekering; een contract voor volgend seizoen kan als hij in maart fit is.
            Alles over het contract loopt via zijn agent: {phone} of {email}.
            | Punt | Stand |↵|---|---|↵| Ziekenhuisverslag | binnen |↵| Schademelding verzekering | maandag ingediend |↵| Werkvergunning | loopt af met het contract |↵| Vervangend nummer | twee kandidaten gezien |
            Schrijf een kort, vriendelijk bericht van de directie aan {first} over zijn gage en volgend seizoen, in gewone taal.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("lift_entrapment_counsel", X, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Privileged & Confidential – our solicitors' advice on the Tower B lift
            ^Note of the call with the lawyers about the resident who fell leaving the lift
            The resident, {first} {last}, was trapped for three hours when the lift stopped between the ninth and tenth floors, and fell when she tried to climb out onto the landing; she has a broken hip.
            The lawyers say our weakest point is the alarm line: it had been reported faulty two weeks earlier and the repair order was never closed.
            Their advice is to accept that the alarm was our responsibility, but to argue that she should have waited for the fire brigade instead of climbing out.
            They ask us to keep the controller's fault log and the technicians' text messages exactly as they are, and not to discuss the case with the housing association's staff.
            Questions go to our solicitor's direct line, {phone}, not to the technicians.
            What did the lawyer say about offering to pay her care costs now, before any claim arrives?
            Summarise the lawyers' advice for our managing director in five bullet points.
        """,
        "de": """
            ^Anwaltlich vertraulich – Einschätzung unserer Anwälte zum Aufzug in Haus B
            ^Gesprächsnotiz mit den Anwälten zur Mieterin, die beim Verlassen des Aufzugs gestürzt ist
            Die Mieterin, {first} {last}, saß drei Stunden fest, als der Aufzug zwischen dem neunten und zehnten Stock stehen blieb, und stürzte, als sie auf den Flur hinausklettern wollte; sie hat sich die Hüfte gebrochen.
            Unser schwächster Punkt ist laut den Anwälten die Notrufleitung: Sie war zwei Wochen vorher als defekt gemeldet, und der Reparaturauftrag wurde nie abgeschlossen.
            Sie raten, die Verantwortung für den Notruf einzuräumen, aber darauf zu bestehen, dass sie auf die Feuerwehr hätte warten müssen, statt selbst hinauszuklettern.
            Das Fehlerprotokoll der Steuerung und die Kurznachrichten der Monteure sollen genau so bleiben, wie sie sind, und mit den Leuten der Wohnungsgesellschaft sprechen wir nicht über den Fall.
            Fragen bitte an die Durchwahl unserer Anwältin, {phone}, nicht an die Monteure.
            Was hat die Anwältin dazu gesagt, ob wir jetzt schon anbieten sollen, die Pflegekosten zu übernehmen, bevor eine Forderung kommt?
            Fasse die Einschätzung der Anwälte für unseren Geschäftsführer in fünf Stichpunkten zusammen.
        """,
        "fr": """
            ^Correspondance avocat-client – avis de nos avocats sur l'ascenseur de la tour B
            ^Compte rendu de l'appel avec les avocats sur la locataire tombée en sortant de l'ascenseur
            La locataire, {first} {last}, est restée bloquée trois heures quand l'ascenseur s'est arrêté entre le neuvième et le dixième étage, et elle est tombée en essayant de sortir sur le palier ; elle a le col du fémur cassé.
            Selon les avocats, notre point faible est la ligne d'alarme : elle avait été signalée en panne deux semaines plus tôt et le bon de réparation n'a jamais été clôturé.
            Ils conseillent de reconnaître que l'alarme relevait de notre responsabilité, mais de soutenir qu'elle aurait dû attendre les pompiers au lieu de sortir seule.
            Ils nous demandent de garder tels quels le journal des défauts de l'armoire de commande et les SMS des techniciens, et de ne pas parler de l'affaire avec le personnel du bailleur.
            Les questions passent par la ligne directe de notre avocate, {phone}, pas par les techniciens.
            Qu'a dit l'avocate sur l'idée de proposer dès maintenant de payer ses frais de soins, avant toute réclamation ?
            Résume l'avis des avocats pour notre directeur général en cinq puces.
        """,
        "es": """
            ^Privilegio abogado-cliente – opinión de nuestros abogados sobre el ascensor de la torre B
            ^Nota de la llamada con los abogados sobre la vecina que se cayó al salir del ascensor
            La vecina, {first} {last}, se quedó atrapada tres horas cuando el ascensor se paró entre el piso nueve y el diez, y se cayó al intentar salir al rellano; tiene la cadera rota.
            Según los abogados, nuestro punto débil es la línea de alarma: se había avisado de la avería dos semanas antes y la orden de reparación nunca se cerró.
            Aconsejan aceptar que la alarma era responsabilidad nuestra, pero defender que debería haber esperado a los bomberos en lugar de salir por su cuenta.
            Piden que el registro de fallos del cuadro de maniobra y los mensajes de los técnicos se queden exactamente como están, y que no hablemos del caso con el personal de la empresa de vivienda social.
            Las preguntas van a la línea directa de nuestra abogada, {phone}, no a los técnicos.
            ¿Qué dijo la abogada sobre ofrecer ya el pago de sus cuidados, antes de que llegue ninguna reclamación?
            Resume la opinión de los abogados para nuestro director general en cinco puntos.
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt – advies van onze advocaten over de lift in toren B
            ^Gespreksverslag met de advocaten over de bewoonster die viel toen ze uit de lift klom
            De bewoonster, {first} {last}, zat drie uur vast toen de lift tussen de negende en tiende verdieping stilviel, en ze viel toen ze zelf naar de overloop probeerde te klimmen; ze heeft haar heup gebroken.
            Volgens de advocaten is ons zwakste punt de alarmlijn: die was twee weken eerder als defect gemeld en de reparatieopdracht is nooit afgesloten.
            Ze adviseren te erkennen dat het alarm onze verantwoordelijkheid was, maar vol te houden dat ze op de brandweer had moeten wachten in plaats van zelf naar buiten te klimmen.
            Ze vragen ons het storingslogboek van de besturing en de appjes van de monteurs precies zo te laten als ze zijn, en niet met medewerkers van de woningcorporatie over de zaak te praten.
            Vragen gaan naar het directe nummer van onze advocaat, {phone}, niet naar de monteurs.
            Wat zei de advocaat over het nu al aanbieden om haar zorgkosten te betalen, voordat er een claim binnenkomt?
            Vat het advies van de advocaten samen voor onze directeur in vijf opsommingstekens.
        """,
    }),
    Family("motorway_services_food_poisoning_counsel", X, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^From our lawyers – the coach party that fell ill at the northbound services
            ^Legal advice on the salmonella claims, for the operations director
            Thirty-one passengers from one coach fell ill after eating at our northbound restaurant, and the health authority found salmonella in two samples of the chicken wraps.
            The lawyers think liability will be hard to dispute and recommend an early offer to each passenger rather than fighting the claims one by one.
            They need to know whether the fridge temperature logs for that week were filled in afterwards; if they were, we must tell the lawyers now, not later.
            The wrap supplier may have to share the cost; the lawyers will write to its insurer, and nobody should contact the supplier directly in the meantime.
            Forward any letter from a passenger or from the coach company, unanswered, to {email}, the partner handling the case.
            - No statement to the press beyond the holding line↵- Kitchen staff are interviewed only with the lawyer present↵- Keep the remaining wraps frozen and labelled
            Draft the internal e-mail to the site managers telling them what the lawyers need, without repeating the legal assessment.
        """,
        "de": """
            ^Von unseren Anwälten – die Busgruppe, die an der Raststätte Richtung Norden erkrankt ist
            ^Rechtliche Einschätzung zu den Salmonellen-Forderungen, für die Betriebsleitung
            Einunddreißig Fahrgäste eines Reisebusses sind nach dem Essen in unserem Restaurant Richtung Norden erkrankt, und das Gesundheitsamt hat in zwei Proben der Hähnchen-Wraps Salmonellen gefunden.
            Die Anwälte halten die Haftung für kaum bestreitbar und raten, jedem Fahrgast früh eine Zahlung anzubieten, statt jede Forderung einzeln abzuwehren.
            Sie müssen wissen, ob die Kühlschrankprotokolle jener Woche nachträglich ausgefüllt wurden; wenn ja, müssen wir es ihnen jetzt sagen, nicht später.
            Der Lieferant der Wraps muss sich womöglich an den Kosten beteiligen; die Anwälte schreiben dessen Versicherer an, bis dahin nimmt niemand direkt Kontakt zum Lieferanten auf.
            Briefe von Fahrgästen oder vom Busunternehmen bitte unbeantwortet an {email} weiterleiten – das ist die Partnerin, die den Fall betreut.
            - Keine Aussage an die Presse über die abgestimmte Stellungnahme hinaus↵- Küchenpersonal nur im Beisein der Anwältin befragen↵- Die restlichen Wraps eingefroren und beschriftet aufbewahren
            Entwirf die interne Mail an die Standortleiter, was die Anwälte brauchen, ohne die rechtliche Einschätzung zu wiederholen.
        """,
        "fr": """
            ^De nos avocats – le groupe en autocar tombé malade sur l'aire sens nord
            ^Avis juridique sur les réclamations pour salmonellose, pour le directeur des opérations
            Trente et un passagers d'un même autocar sont tombés malades après avoir mangé dans notre restaurant sens nord, et les services sanitaires ont trouvé des salmonelles dans deux échantillons des wraps au poulet.
            Les avocats pensent que notre responsabilité sera difficile à contester et recommandent de faire tôt une offre à chaque passager plutôt que de combattre les demandes une à une.
            Ils doivent savoir si les relevés de température des frigos de cette semaine-là ont été remplis après coup ; si c'est le cas, il faut le leur dire maintenant, pas plus tard.
            Le fournisseur des wraps pourrait devoir partager le coût ; les avocats écriront à son assureur, et d'ici là personne ne contacte directement le fournisseur.
            Transférez tout courrier d'un passager ou de l'autocariste, sans y répondre, à {email}, l'associée qui suit le dossier.
            - Aucune déclaration à la presse au-delà de la réponse d'attente↵- Le personnel de cuisine n'est entendu qu'en présence de l'avocate↵- Garder les wraps restants congelés et étiquetés
            Rédige le courriel interne aux responsables de site pour leur dire ce dont les avocats ont besoin, sans reprendre l'analyse juridique.
        """,
        "es": """
            ^De nuestros abogados – el grupo del autocar que enfermó en el área dirección norte
            ^Opinión jurídica sobre las reclamaciones por salmonela, para el director de operaciones
            Treinta y un pasajeros de un mismo autocar enfermaron después de comer en nuestro restaurante dirección norte, y Sanidad encontró salmonela en dos muestras de los wraps de pollo.
            Los abogados creen que será difícil discutir la responsabilidad y recomiendan hacer pronto una oferta a cada pasajero en vez de pelear las reclamaciones una por una.
            Necesitan saber si los registros de temperatura de las neveras de esa semana se rellenaron a posteriori; si fue así, hay que decírselo ahora, no más tarde.
            El proveedor de los wraps podría tener que asumir parte del coste; los abogados escribirán a su aseguradora y, mientras tanto, nadie contacta directamente con el proveedor.
            Cualquier carta de un pasajero o de la empresa de autocares se reenvía sin contestar a {email}, la socia que lleva el caso.
            - Ninguna declaración a la prensa más allá del comunicado de espera↵- Al personal de cocina solo se le entrevista con la abogada delante↵- Guardar congelados y etiquetados los wraps que quedan
            Redacta el correo interno a los responsables de área explicando lo que necesitan los abogados, sin repetir la valoración jurídica.
        """,
        "nl": """
            ^Van onze advocaten – de busgroep die ziek werd bij het wegrestaurant richting noord
            ^Juridisch advies over de salmonellaclaims, voor de operationeel directeur
            Eenendertig passagiers van één touringcar werden ziek na een maaltijd in ons restaurant richting noord, en de NVWA vond salmonella in twee monsters van de kipwraps.
            De advocaten denken dat de aansprakelijkheid moeilijk te betwisten is en raden aan elke passagier vroeg een aanbod te doen in plaats van de claims een voor een te bestrijden.
            Ze moeten weten of de temperatuurlijsten van de koelkasten van die week achteraf zijn ingevuld; zo ja, dan moeten we dat nu zeggen, niet later.
            De leverancier van de wraps moet misschien meebetalen; de advocaten schrijven zijn verzekeraar aan, en tot die tijd neemt niemand zelf contact op met de leverancier.
            Stuur elke brief van een passagier of van het touringcarbedrijf onbeantwoord door naar {email}, de partner die de zaak behandelt.
            - Geen uitspraken aan de pers buiten de afgesproken reactie↵- Keukenpersoneel alleen horen met de advocaat erbij↵- De overgebleven wraps ingevroren en gelabeld bewaren
            Schrijf de interne mail aan de vestigingsmanagers over wat de advocaten nodig hebben, zonder de juridische inschatting te herhalen.
        """,
    }),
    Family("regatta_swamped_single_counsel", X, "blind7", min_sentences=2, max_sentences=6, text={
        "en": """
            ^What our lawyer told the regatta committee
            ^Call notes – the junior single swamped near the finish
            The lawyer has read all the statements: the umpire's launch passed the girl's single at speed near the finish, the wash filled the boat, and she was in the water for six minutes.
            In her view the parents' claim will turn on the launch driver: he had not done the club's launch course, and our own safety plan says every driver must.
            She advises us to tell the insurer everything now, the missing course record included, rather than let it come out later.
            She asks the committee not to discuss the incident in writing at all, because anything written can end up in front of a judge.
            An apology to the family is right, she says, and does not weaken our position as long as it doesn't say who was at fault.
            - The launch driver doesn't talk about it to the parents or to members↵- Keep the race video and the radio log exactly as they are↵- Nothing on the club's pages
            Write up her advice for the two committee members who missed the call, one page, plain words.
        """,
        "de": """
            ^Was unsere Anwältin dem Regattaausschuss gesagt hat
            ^Gesprächsnotiz – der Juniorinnen-Einer, der kurz vor dem Ziel vollgelaufen ist
            Die Anwältin hat alle Aussagen gelesen: Das Schiedsrichterboot hat den Einer des Mädchens kurz vor dem Ziel mit hohem Tempo überholt, die Welle hat das Boot geflutet, und sie war sechs Minuten im Wasser.
            Nach ihrer Einschätzung hängt die Forderung der Eltern am Bootsführer: Er hatte unseren Motorbootlehrgang nicht gemacht, und unser eigenes Sicherheitskonzept schreibt ihn für jeden Fahrer vor.
            Sie rät, der Versicherung jetzt alles zu sagen, auch dass der Lehrgangsnachweis fehlt, statt es später herauskommen zu lassen.
            Der Ausschuss soll über den Vorfall gar nichts Schriftliches austauschen, denn alles Geschriebene kann vor einem Richter landen.
            Eine Entschuldigung an die Familie hält sie für richtig; sie schwächt unsere Position nicht, solange darin nicht steht, wer schuld war.
            - Der Bootsführer spricht weder mit den Eltern noch mit Mitgliedern darüber↵- Rennvideo und Funkprotokoll genau so aufbewahren, wie sie sind↵- Nichts auf den Seiten des Vereins
            Schreib ihre Einschätzung für die zwei Ausschussmitglieder auf, die nicht dabei waren, eine Seite, in einfachen Worten.
        """,
        "fr": """
            ^Ce que notre avocate a dit au comité de régate
            ^Notes de l'appel – le skiff junior rempli d'eau près de l'arrivée
            L'avocate a lu tous les témoignages : la vedette de l'arbitre a doublé le skiff de la jeune fille à pleine vitesse près de l'arrivée, la vague a rempli le bateau et elle est restée six minutes dans l'eau.
            Selon elle, la demande des parents se jouera sur le pilote de la vedette : il n'avait pas suivi la formation du club, alors que notre propre plan de sécurité l'impose à tous les pilotes.
            Elle nous conseille de tout dire maintenant à l'assureur, y compris l'attestation de formation manquante, plutôt que de le laisser découvrir plus tard.
            Elle demande au comité de ne rien échanger par écrit sur l'incident, parce que tout écrit peut finir devant un juge.
            Présenter des excuses à la famille est juste, dit-elle, et ne nous affaiblit pas tant qu'elles ne disent pas qui est en faute.
            - Le pilote n'en parle ni aux parents ni aux membres↵- Garder la vidéo de la course et le journal radio tels quels↵- Rien sur les pages du club
            Rédige son avis pour les deux membres du comité absents de l'appel, une page, en termes simples.
        """,
        "es": """
            ^Lo que nuestra abogada dijo a la comisión de regatas
            ^Notas de la llamada – el skiff juvenil que se inundó cerca de la meta
            La abogada ha leído todas las declaraciones: la lancha del juez adelantó el skiff de la chica a toda velocidad cerca de la meta, la ola llenó el barco y ella estuvo seis minutos en el agua.
            Para ella, la reclamación de los padres dependerá del patrón de la lancha: no había hecho el curso de lanchas del club, y nuestro propio plan de seguridad lo exige a todos.
            Aconseja contárselo todo ya a la aseguradora, incluido el certificado del curso que falta, en vez de dejar que salga más adelante.
            Pide a la comisión que no hable del incidente por escrito, porque todo lo escrito puede acabar delante de un juez.
            Dice que pedir perdón a la familia es lo correcto y no nos perjudica, siempre que no diga de quién fue la culpa.
            - El patrón no habla del tema con los padres ni con los socios↵- Guardar el vídeo de la regata y el registro de radio tal como están↵- Nada en las páginas del club
            Pon por escrito su consejo para los dos miembros de la comisión que no estuvieron en la llamada, una página, con palabras sencillas.
        """,
        "nl": """
            ^Wat onze advocaat tegen de regattacommissie zei
            ^Aantekeningen van het gesprek – de junioren-skiff die vlak voor de finish volliep
            De advocaat heeft alle verklaringen gelezen: de juryboot haalde de skiff van het meisje vlak voor de finish met hoge snelheid in, de golf liet de boot vollopen en ze lag zes minuten in het water.
            Volgens haar draait de claim van de ouders om de schipper van de juryboot: hij had de volgbootcursus van de club niet gedaan, terwijl ons eigen veiligheidsplan die voor elke schipper verplicht stelt.
            Ze raadt aan de verzekeraar nu alles te vertellen, ook dat het cursusbewijs ontbreekt, in plaats van het later uit te laten komen.
            Ze vraagt de commissie helemaal niets schriftelijk over het incident uit te wisselen, omdat alles wat op papier staat bij een rechter kan belanden.
            Excuses aan de familie zijn volgens haar terecht en verzwakken onze positie niet, zolang er niet in staat wie schuld had.
            - De schipper praat er niet over met de ouders of met leden↵- Racevideo en portofoonlog precies zo bewaren als ze zijn↵- Niets op de pagina's van de club
            Schrijf haar advies uit voor de twee commissieleden die niet bij het gesprek waren, één pagina, in gewone taal.
        """,
    }),
    Family("vineyard_spray_drift_counsel", X, "blind7", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Notes from the meeting with our lawyer – the neighbour's organic certificate
            ^{last} Estate – advice on the spray drift claim
            Our neighbour says fungicide from our sprayer drifted onto his rows in June, and his organic certifier has now suspended three hectares for a year.
            The lawyer thinks the lab results go against us: the residue matches our product, and our spray log shows we treated that block on a gusty day.
            Her advice is to let her negotiate a payment for his lost organic premium this year and next, and not to argue about the wind.
            She told us not to touch the spray log or the weather station records, and not to discuss it with the neighbour over the fence, however friendly he is.
            If he goes to court, she expects a judge to award the lost premium plus the cost of recertification, roughly twice what he is asking now.
            Did she say whether the contractor who drove the sprayer should pay part of it?
            Summarise her advice for my brother, who runs the cellar and wasn't there, in a short message.
        """,
        "de": """
            ^Notizen vom Termin bei unserer Anwältin – das Bio-Zertifikat des Nachbarn
            ^Weingut {last} – Einschätzung zur Abdrift-Forderung
            Unser Nachbar sagt, dass Fungizid aus unserem Sprühgerät im Juni auf seine Reihen abgedriftet ist, und seine Öko-Kontrollstelle hat jetzt drei Hektar für ein Jahr aberkannt.
            Die Anwältin meint, die Laborwerte sprechen gegen uns: Der Rückstand passt zu unserem Mittel, und laut unserem Spritzbuch haben wir die Lage an einem böigen Tag behandelt.
            Ihr Rat: Sie handelt eine Zahlung für seinen entgangenen Bio-Aufschlag für dieses und nächstes Jahr aus, und wir streiten nicht über den Wind.
            Wir sollen das Spritzbuch und die Daten der Wetterstation nicht anrühren und mit dem Nachbarn nicht am Zaun darüber reden, so freundlich er auch ist.
            Geht er vor Gericht, rechnet sie damit, dass ihm der entgangene Aufschlag plus die Kosten der neuen Zertifizierung zugesprochen werden, etwa das Doppelte dessen, was er jetzt verlangt.
            Hat sie gesagt, ob der Lohnunternehmer, der das Sprühgerät gefahren hat, einen Teil zahlen muss?
            Fasse ihren Rat für meinen Bruder zusammen, der den Keller macht und nicht dabei war, als kurze Nachricht.
        """,
        "fr": """
            ^Notes du rendez-vous avec notre avocate – la certification bio du voisin
            ^Domaine {last} – avis sur la réclamation pour dérive de pulvérisation
            Notre voisin affirme que du fongicide de notre pulvérisateur a dérivé sur ses rangs en juin, et son organisme certificateur vient de déclasser trois hectares pour un an.
            L'avocate pense que les analyses sont contre nous : le résidu correspond à notre produit, et notre registre de traitements montre que nous avons traité cette parcelle un jour de rafales.
            Elle conseille de la laisser négocier une indemnité pour la plus-value bio qu'il perd cette année et l'an prochain, sans discuter du vent.
            Elle nous a dit de ne toucher ni au registre de traitements ni aux relevés de la station météo, et de ne pas en parler avec le voisin par-dessus la haie, aussi aimable soit-il.
            S'il va au tribunal, elle s'attend à ce que le juge lui accorde la plus-value perdue et le coût de la nouvelle certification, à peu près le double de ce qu'il demande aujourd'hui.
            A-t-elle dit si le prestataire qui conduisait le pulvérisateur devait en payer une partie ?
            Résume son avis pour mon frère, qui s'occupe du chai et n'était pas là, en un court message.
        """,
        "es": """
            ^Notas de la reunión con nuestra abogada – el certificado ecológico del vecino
            ^Bodegas {last} – opinión sobre la reclamación por deriva de fitosanitarios
            Nuestro vecino dice que el fungicida de nuestro atomizador se fue a sus hileras en junio, y su certificadora ecológica le ha suspendido tres hectáreas durante un año.
            La abogada cree que los análisis nos perjudican: el residuo coincide con nuestro producto y el cuaderno de campo muestra que tratamos esa parcela un día de rachas.
            Aconseja dejar que ella negocie un pago por la prima ecológica que pierde este año y el que viene, y no discutir sobre el viento.
            Nos dijo que no toquemos el cuaderno de campo ni los datos de la estación meteorológica, y que no lo hablemos con el vecino por encima de la valla, por muy amable que sea.
            Si va a juicio, calcula que el juez le concedería la prima perdida más el coste de la nueva certificación, más o menos el doble de lo que pide ahora.
            ¿Dijo si el contratista que llevaba el atomizador tiene que pagar una parte?
            Resume su consejo para mi hermano, que lleva la bodega y no estuvo, en un mensaje corto.
        """,
        "nl": """
            ^Aantekeningen van het gesprek met onze advocaat – het biocertificaat van de buurman
            ^Wijndomein {last} – advies over de claim voor spuitdrift
            Onze buurman zegt dat fungicide uit onze spuitmachine in juni op zijn rijen is gewaaid, en zijn biologische certificeerder heeft nu drie hectare voor een jaar geschorst.
            De advocaat denkt dat de labuitslagen tegen ons pleiten: het residu past bij ons middel, en ons spuitlogboek laat zien dat we dat perceel op een dag met windvlagen hebben behandeld.
            Haar advies is dat zij een vergoeding uitonderhandelt voor zijn gemiste biopremie van dit jaar en volgend jaar, en dat we niet over de wind discussiëren.
            Ze zei dat we het spuitlogboek en de gegevens van het weerstation niet mogen aanraken en er met de buurman niet over de heg over moeten praten, hoe vriendelijk hij ook is.
            Als hij naar de rechter stapt, verwacht ze dat die hem de gemiste premie plus de kosten van de nieuwe certificering toekent, ongeveer het dubbele van wat hij nu vraagt.
            Zei ze of de loonwerker die de spuitmachine reed een deel moet betalen?
            Vat haar advies samen voor mijn broer, die de kelder doet en er niet bij was, in een kort bericht.
        """,
    }),
)

# Sensitive families with no marker phrase and no validated value in any text, in any language.
MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "pharmacy_tramadol_prescriptions_note", "allotment_plot_holder_hardship_note", "sailing_coach_stood_down_note",
    "regatta_swamped_single_counsel", "vineyard_spray_drift_counsel",
)

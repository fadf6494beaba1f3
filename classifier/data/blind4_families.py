"""The `blind4` held-out split: a fourth set of families written blind, read once per shipped model.

Written on 24 November 2026, while model 8 was being trained on new families its
writer never saw, by an engineer who had not developed the model: no model scored these texts
while they were written, and no score of them was looked at. `blind`, `blind2` and `blind3`
had all been read by shipped models, so the next model's figures need a split nobody has read.
Only the deterministic detectors (`Classifier()` without a model) were run on these texts,
to check the ground truth: that a harmless text carries no real-looking value, and that
the model-marginal families give the detectors nothing. The writer read the list of the
generator's family ids (every split, the three earlier blind splits included) and a sample
of their templates to learn what it already produced, and chose topics and genres it has
none of; no template paraphrases one of theirs. They come from what whole organisations send
to an LLM: a hiking trail's route description, a primary school's newsletter to parents, a
choir's concert programme, a moot-court competition's call for teams, a community mediation
service's leaflet, a TV recap of a legal drama; a core lab's instrument booking log, an events
team's venue shortlist, brand guidelines for the print shop, an internal course catalogue, a
field-service van's stock list; a charity's profile of a major donor, an unsubmitted bid price
for a school-transport tender, a football club's medical and transfer file on a player, a
newsroom's notes on a confidential source, a letting agent's screening of a tenant; and
construction counsel on a delay claim, franchise lawyers on ending a franchise, a pension
scheme's lawyers advising its trustees, and a family lawyer on succession in a family company.

Each family speaks all five languages in at least six sentence shapes per language: headers,
questions, instructions, notes, bullet lists and tables, long lines and short ones.

The protocol is that of `blind`, `blind2` and `blind3` (see `classifier.data.blind_families`).
Nothing is trained, calibrated or chosen on blind4, and `classifier.train` does not generate it.
A shipped model reads it once, after its choices are final, and its figures are written down
as they come; a model changed because of them has made blind4 a read split, and the model
after it needs a new blind split. Five of the nine sensitive families hold no marker phrase
and no validated value in any text (`MODEL_MARGINAL_FAMILIES`): only a model can label them.
The other four carry an e-mail address, a phone number or a privilege header in some texts.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

BLIND4_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("hiking_trail_guide", P, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Trail 7 – The Three Lakes Loop
            ^Route description, {n} km, moderate
            Start at the car park behind the old sawmill and follow the yellow waymarks uphill through the beech wood for about forty minutes.
            After the second footbridge the path splits: keep left for the viewpoint, or right to skip the steep section in wet weather.
            Distance 14 km↵Ascent 520 m↵Walking time 4½ to 5 hours↵Best season May to October↵Dogs welcome on a lead
            The middle lake is a nature reserve from March to July, so please stay on the boardwalk while the birds are nesting.
            Is this loop doable with two kids aged eight and ten, or should we stop at the first lake and turn back?
            - Water: no spring on the route, carry at least 1.5 litres each↵- Food: the hut at the top is open weekends only↵- Phone signal: patchy after the ridge
            Rewrite the route description for our walking app in plain language, with one short paragraph per section.
            The descent on loose gravel is the hardest part of the day; walking poles help, and the last bus from the village leaves at 18:10.
        """,
        "de": """
            ^Wanderweg 7 – Drei-Seen-Runde
            ^Tourenbeschreibung, {n} km, mittelschwer
            Start ist am Parkplatz hinter dem alten Sägewerk; von dort geht es der gelben Markierung nach etwa vierzig Minuten bergauf durch den Buchenwald.
            Nach der zweiten Holzbrücke teilt sich der Weg: links zum Aussichtspunkt, rechts an der steilen Passage vorbei, wenn es nass ist.
            Strecke 14 km↵Aufstieg 520 Hm↵Gehzeit 4½ bis 5 Stunden↵Beste Zeit Mai bis Oktober↵Hunde an der Leine willkommen
            Der mittlere See ist von März bis Juli Naturschutzgebiet; bleibt während der Brutzeit bitte auf dem Bohlenweg.
            Schaffen das zwei Kinder mit acht und zehn Jahren, oder drehen wir besser am ersten See um?
            - Wasser: keine Quelle unterwegs, mindestens 1,5 Liter pro Person↵- Verpflegung: die Hütte oben hat nur am Wochenende offen↵- Handyempfang: nach dem Grat lückenhaft
            Schreib die Tourenbeschreibung für unsere Wander-App in einfacher Sprache um, ein kurzer Absatz pro Abschnitt.
        """,
        "fr": """
            ^Sentier 7 – La boucle des Trois Lacs
            ^Descriptif de l'itinéraire, {n} km, difficulté moyenne
            Départ du parking derrière l'ancienne scierie ; suivez le balisage jaune qui monte à travers la hêtraie pendant une quarantaine de minutes.
            Après la deuxième passerelle, le chemin se divise : à gauche pour le belvédère, à droite pour éviter le passage raide par temps humide.
            Distance 14 km↵Dénivelé positif 520 m↵Durée 4 h 30 à 5 h↵Meilleure saison de mai à octobre↵Chiens acceptés en laisse
            Le lac du milieu est une réserve naturelle de mars à juillet : restez sur le caillebotis pendant la nidification.
            Est-ce que cette boucle est faisable avec deux enfants de huit et dix ans, ou faut-il faire demi-tour au premier lac ?
            - Eau : aucune source sur le parcours, prévoyez 1,5 litre par personne↵- Repas : le refuge du sommet n'ouvre que le week-end↵- Réseau : aléatoire après la crête
            Réécris le descriptif pour notre application de randonnée, en langage simple, un court paragraphe par tronçon.
        """,
        "es": """
            ^Sendero 7 – Ruta circular de los Tres Lagos
            ^Descripción de la ruta, {n} km, dificultad media
            Se sale del aparcamiento detrás del antiguo aserradero y se siguen las marcas amarillas cuesta arriba por el hayedo durante unos cuarenta minutos.
            Tras la segunda pasarela el camino se bifurca: a la izquierda hacia el mirador, a la derecha para evitar el tramo empinado si ha llovido.
            Distancia 14 km↵Desnivel 520 m↵Tiempo 4 h 30 a 5 h↵Mejor época de mayo a octubre↵Perros con correa
            El lago del medio es reserva natural de marzo a julio; durante la época de cría hay que ir por la pasarela de madera.
            ¿Se puede hacer esta ruta con dos niños de ocho y diez años, o mejor damos la vuelta en el primer lago?
            - Agua: no hay fuentes en el recorrido, lleva al menos litro y medio↵- Comida: el refugio de arriba solo abre los fines de semana↵- Cobertura: irregular pasada la cresta
            Reescribe la descripción para nuestra app de senderismo en lenguaje sencillo, un párrafo corto por tramo.
        """,
        "nl": """
            ^Wandelroute 7 – De Drie Meren-lus
            ^Routebeschrijving, {n} km, gemiddeld
            Start op de parkeerplaats achter de oude zagerij en volg de gele markering ongeveer veertig minuten omhoog door het beukenbos.
            Na de tweede loopbrug splitst het pad: links naar het uitzichtpunt, rechts om bij nat weer het steile stuk te vermijden.
            Afstand 14 km↵Stijging 520 m↵Looptijd 4,5 tot 5 uur↵Beste seizoen mei tot oktober↵Honden welkom aan de lijn
            Het middelste meer is van maart tot juli natuurreservaat; blijf in het broedseizoen op het vlonderpad.
            Is deze route te doen met twee kinderen van acht en tien, of kunnen we beter bij het eerste meer omkeren?
            - Water: geen bron onderweg, neem minstens anderhalve liter mee↵- Eten: de hut bovenaan is alleen in het weekend open↵- Bereik: wisselend na de bergkam
            Herschrijf de routebeschrijving voor onze wandelapp in eenvoudige taal, met één korte alinea per etappe.
        """,
    }),
    Family("school_newsletter", P, "blind4", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Parents' newsletter – week of {date}
            ^From the head teacher
            Year 4 had a wonderful trip to the science museum on Tuesday; thank you to the parents who came along as helpers.
            Reminder: the school photographer is here on Thursday. Siblings' group photos are taken in the hall before registration.
            Lost property is piling up by the gym door – please label jumpers and water bottles with your child's name.
            Dates for your diary↵Mon – book fair opens↵Wed – flu vaccinations for Reception to Year 6↵Fri – non-uniform day, bring a coin for the charity jar
            The after-school chess club has a few places left; children from Year 3 up are welcome, no experience needed.
            Can you turn these notes into a friendly newsletter of about 300 words, with the dates as a short list at the end?
            Please do not park on the zigzag lines outside the gate at drop-off; the crossing patrol cannot see the children.
        """,
        "de": """
            ^Elternbrief – Woche ab {date}
            ^Grüße aus der Schulleitung
            Die vierten Klassen hatten am Dienstag einen tollen Ausflug ins Naturkundemuseum; danke an alle Eltern, die begleitet haben.
            Erinnerung: Am Donnerstag kommt der Schulfotograf. Geschwisterfotos werden vor Unterrichtsbeginn in der Aula gemacht.
            Die Fundkiste an der Turnhallentür quillt über – bitte Pullis und Trinkflaschen mit Namen beschriften.
            Termine↵Mo – Bücherflohmarkt startet↵Mi – Zahnarztbesuch in den ersten Klassen↵Fr – Sporttag, bitte Turnschuhe und Sonnencreme mitgeben
            In der Schach-AG am Nachmittag sind noch Plätze frei; Kinder ab der dritten Klasse sind willkommen, Vorkenntnisse braucht es nicht.
            Kannst du aus diesen Notizen einen freundlichen Elternbrief mit etwa 300 Wörtern machen, die Termine als kurze Liste am Ende?
            Bitte beim Bringen nicht in der Feuerwehrzufahrt vor dem Tor halten; die Schülerlotsen sehen die Kinder sonst nicht.
        """,
        "fr": """
            ^Lettre aux familles – semaine du {date}
            ^Le mot de la directrice
            Les CM1 ont adoré leur sortie au muséum mardi ; merci aux parents qui ont accompagné la classe.
            Rappel : le photographe scolaire passe jeudi. Les photos de fratrie sont prises dans le préau avant la classe.
            Les objets trouvés s'accumulent près du gymnase : pensez à marquer pulls et gourdes au nom de votre enfant.
            À noter↵Lundi – ouverture de la foire aux livres↵Mercredi – dépistage visuel en grande section↵Vendredi – carnaval, déguisement bienvenu
            Il reste quelques places au club d'échecs du mardi soir, ouvert dès le CE2, sans niveau requis.
            Peux-tu transformer ces notes en une lettre chaleureuse d'environ 300 mots, avec les dates en liste à la fin ?
            Merci de ne pas stationner devant le portail à l'heure de l'entrée : les enfants traversent à cet endroit.
        """,
        "es": """
            ^Boletín para las familias – semana del {date}
            ^Saluda la directora
            Los alumnos de cuarto disfrutaron mucho de la excursión al museo de ciencias el martes; gracias a las familias que acompañaron.
            Recordatorio: el jueves viene el fotógrafo. Las fotos de hermanos se hacen en el salón de actos antes de entrar a clase.
            La caja de objetos perdidos junto al gimnasio está llena: marquen jerséis y botellas de agua con el nombre del niño.
            Agenda↵Lunes – abre la feria del libro↵Miércoles – revisión de vista en infantil↵Viernes – fiesta de carnaval, se puede venir disfrazado
            Quedan algunas plazas en el taller de ajedrez de la tarde, a partir de tercero y sin experiencia previa.
            ¿Puedes convertir estas notas en un boletín cercano de unas 300 palabras, con las fechas en una lista al final?
            Por favor, no aparquen en doble fila delante de la puerta a la hora de entrada; los niños cruzan por ahí.
        """,
        "nl": """
            ^Nieuwsbrief voor ouders – week van {date}
            ^Van de directeur
            Groep 6 had dinsdag een geweldig uitje naar het wetenschapsmuseum; dank aan de ouders die meegingen als begeleider.
            Herinnering: donderdag komt de schoolfotograaf. Broertjes- en zusjesfoto's worden voor schooltijd in de aula gemaakt.
            De bak met gevonden voorwerpen bij de gymzaal puilt uit: zet a.u.b. de naam van uw kind in truien en bidons.
            Agenda↵Ma – kinderboekenmarkt gaat open↵Wo – schoolarts bij groep 2↵Vr – sportdag, geef gymschoenen en zonnebrand mee
            Bij de schaakclub na schooltijd zijn nog plekken vrij; kinderen vanaf groep 5 zijn welkom, ervaring is niet nodig.
            Kun je van deze aantekeningen een vriendelijke nieuwsbrief van zo'n 300 woorden maken, met de data als lijstje aan het eind?
            Parkeer bij het brengen niet op de stoep voor het hek; de klaar-over ziet de kinderen dan niet.
        """,
    }),
    Family("choir_concert_programme", P, "blind4", min_sentences=2, max_sentences=5, text={
        "en": """
            ^Winter concert – programme notes
            ^St Mary's Community Choir, {date}
            The evening opens with three carols from the sixteenth century, sung unaccompanied from the gallery as the lights go down.
            Part two is a new piece by a local composer, written for the choir's fortieth anniversary; she will introduce it herself.
            Tickets are pay-what-you-can at the door, and mulled wine is served in the interval in aid of the roof appeal.
            Could you write a 100-word biography for our conductor from these notes? Keep it warm, not too formal.
            | Time | Item |↵|---|---|↵| 19:30 | Doors open |↵| 20:00 | First half |↵| 20:50 | Interval |↵| 21:10 | Second half and sing-along |
            New singers are always welcome: rehearsals are on Monday evenings, and we do not hold auditions for the tenor and bass sections.
            Translate the lyrics of the second carol into modern English, keeping the rhythm so the audience can sing along.
        """,
        "de": """
            ^Winterkonzert – Programmheft
            ^Kirchenchor St. Marien, {date}
            Der Abend beginnt mit drei Weihnachtsliedern aus dem 16. Jahrhundert, a cappella von der Empore gesungen, während das Licht ausgeht.
            Im zweiten Teil erklingt ein neues Stück einer Komponistin aus dem Ort, geschrieben zum 40-jährigen Bestehen des Chores; sie stellt es selbst vor.
            Eintritt frei, um eine Spende am Ausgang wird gebeten; in der Pause gibt es Glühwein zugunsten der Dachsanierung.
            Kannst du aus diesen Stichpunkten eine Kurzbiografie unseres Chorleiters mit 100 Wörtern machen? Herzlich, nicht zu steif.
            | Uhrzeit | Programmpunkt |↵|---|---|↵| 19:30 | Einlass |↵| 20:00 | Erster Teil |↵| 20:50 | Pause |↵| 21:10 | Zweiter Teil und Mitsingen |
            Neue Stimmen sind immer willkommen: Probe ist montags abends, und für Tenor und Bass gibt es kein Vorsingen.
            Übertrage den Text des zweiten Liedes in heutiges Deutsch, aber so, dass der Rhythmus zum Mitsingen passt.
        """,
        "fr": """
            ^Concert d'hiver – notes de programme
            ^Chorale paroissiale Sainte-Marie, {date}
            La soirée s'ouvre sur trois noëls du XVIe siècle, chantés a cappella depuis la tribune pendant que la lumière baisse.
            En deuxième partie, une œuvre nouvelle d'une compositrice de la ville, écrite pour les quarante ans de la chorale ; elle la présentera elle-même.
            Entrée libre, participation au chapeau ; vin chaud à l'entracte au profit de la réfection de la toiture.
            Tu peux rédiger une biographie de 100 mots pour notre chef de chœur à partir de ces notes ? Chaleureuse, pas trop solennelle.
            | Heure | Au programme |↵|---|---|↵| 19 h 30 | Ouverture des portes |↵| 20 h | Première partie |↵| 20 h 50 | Entracte |↵| 21 h 10 | Seconde partie et chant commun |
            Les nouvelles voix sont toujours bienvenues : répétition le lundi soir, et pas d'audition pour les ténors et les basses.
            Traduis les paroles du deuxième noël en français moderne en gardant le rythme, pour que le public puisse chanter.
        """,
        "es": """
            ^Concierto de invierno – notas al programa
            ^Coro parroquial de Santa María, {date}
            La velada empieza con tres villancicos del siglo XVI, cantados a capela desde el coro alto mientras se apagan las luces.
            En la segunda parte se estrena una obra de una compositora del barrio, escrita para el cuarenta aniversario del coro; ella misma la presentará.
            Entrada con donativo voluntario; en el descanso se sirve chocolate caliente a beneficio de la reparación del tejado.
            ¿Puedes escribir una biografía de 100 palabras de nuestra directora a partir de estas notas? Cercana, no demasiado formal.
            | Hora | Programa |↵|---|---|↵| 19:30 | Apertura de puertas |↵| 20:00 | Primera parte |↵| 20:50 | Descanso |↵| 21:10 | Segunda parte y canto con el público |
            Siempre buscamos voces nuevas: ensayamos los lunes por la tarde y no hacemos prueba para tenores ni bajos.
            Traduce la letra del segundo villancico al castellano actual manteniendo el ritmo, para que el público pueda cantarla.
        """,
        "nl": """
            ^Winterconcert – programmaboekje
            ^Parochiekoor Sint-Maria, {date}
            De avond opent met drie kerstliederen uit de zestiende eeuw, a capella gezongen vanaf het doksaal terwijl het licht dimt.
            Na de pauze klinkt een nieuw stuk van een componiste uit het dorp, geschreven voor het veertigjarig bestaan van het koor; zij leidt het zelf in.
            Toegang vrij, met een collecte bij de uitgang; in de pauze is er glühwein ten bate van het dakherstel.
            Kun je van deze aantekeningen een biografie van 100 woorden maken voor onze dirigent? Warm, niet te stijf.
            | Tijd | Onderdeel |↵|---|---|↵| 19.30 | Zaal open |↵| 20.00 | Eerste deel |↵| 20.50 | Pauze |↵| 21.10 | Tweede deel en samenzang |
            Nieuwe zangers zijn altijd welkom: we repeteren op maandagavond, en voor tenoren en bassen is er geen auditie.
            Vertaal de tekst van het tweede lied naar hedendaags Nederlands, zo dat het ritme blijft en het publiek kan meezingen.
        """,
    }),
    Family("moot_court_announcement", P, "blind4", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Call for teams – European Moot Court Competition {year}
            ^Faculty of Law, student announcement
            This year's problem is a fictional dispute between a hospital and its software supplier: a lawsuit over a failed patient-records system, a settlement offer that was rejected, and an e-mail the supplier says was privileged.
            Teams of three argue both sides; one student acts as the attorney for the claimant, one for the respondent, and one researches.
            The key question in the written round is whether a without prejudice letter can be shown to the court to explain the delay.
            The problem and all clarifications are public; nothing in it is confidential, so feel free to discuss it with your tutors.
            Deadline for written memorials↵Round 1: {date}↵Oral rounds in the Great Hall↵Final judged by a panel of practising lawyers
            Write a short Instagram post inviting second-year students to join, and explain in one line what a moot court is.
            Last year's winners said the hardest part was answering the judges' questions about privilege without reading from notes.
        """,
        "de": """
            ^Teams gesucht – Moot Court Wettbewerb {year}
            ^Juristische Fakultät, Aushang für Studierende
            Der diesjährige Fall ist fiktiv: Ein Krankenhaus verklagt seinen Softwarelieferanten wegen eines gescheiterten Patientenakten-Systems, ein Vergleich wurde abgelehnt, und eine E-Mail soll vertraulich gewesen sein.
            Teams aus drei Personen vertreten beide Seiten; eine Person tritt als Anwalt der Klägerin auf, eine für die Beklagte, eine recherchiert.
            Die Kernfrage der Schriftsatzrunde: Darf ein Schreiben aus den Vergleichsgesprächen dem Gericht vorgelegt werden, um die Verzögerung zu erklären?
            Der Sachverhalt und alle Klarstellungen sind öffentlich; nichts daran ist vertraulich, ihr dürft ihn mit euren Tutoren besprechen.
            Abgabe der Schriftsätze↵Runde 1: {date}↵Mündliche Verhandlungen im Audimax↵Finale vor einer Jury aus Rechtsanwältinnen und Richtern
            Schreib einen kurzen Instagram-Post, der Studierende im dritten Semester zum Mitmachen einlädt, und erkläre in einer Zeile, was ein Moot Court ist.
            Das Siegerteam vom letzten Jahr sagt, am schwersten waren die Rückfragen der Jury, ohne vom Zettel abzulesen.
        """,
        "fr": """
            ^Appel à équipes – concours de procès simulé {year}
            ^Faculté de droit, annonce aux étudiants
            Le cas de cette année est fictif : un hôpital poursuit son éditeur de logiciel après l'échec du dossier patient informatisé, une proposition de transaction a été refusée et un courriel serait confidentiel.
            Les équipes de trois plaident les deux côtés : un étudiant joue l'avocat du demandeur, un autre celui du défendeur, le troisième fait la recherche.
            La question centrale de l'épreuve écrite : une lettre échangée pendant les pourparlers peut-elle être produite pour expliquer le retard ?
            Le cas et toutes les précisions sont publics ; rien n'y est confidentiel, vous pouvez en parler librement avec vos chargés de TD.
            Remise des mémoires↵Tour 1 : {date}↵Plaidoiries dans l'amphithéâtre principal↵Finale jugée par des avocats et des magistrats
            Rédige un court post Instagram qui invite les étudiants de deuxième année à participer, et explique en une ligne ce qu'est un procès simulé.
            L'équipe gagnante de l'an dernier dit que le plus dur était de répondre aux questions du jury sans lire ses notes.
        """,
        "es": """
            ^Convocatoria de equipos – Competición de Moot Court {year}
            ^Facultad de Derecho, aviso para estudiantes
            El caso de este año es ficticio: un hospital demanda a su proveedor de software por un sistema de historias clínicas fallido, se rechazó una propuesta de acuerdo y un correo sería confidencial.
            Los equipos de tres defienden ambas partes: uno actúa como abogado de la demandante, otro de la demandada y el tercero investiga.
            La cuestión clave de la fase escrita es si una carta de las negociaciones puede enseñarse al tribunal para explicar el retraso.
            El caso y todas las aclaraciones son públicos; nada es confidencial, así que podéis comentarlo con vuestros tutores.
            Entrega de escritos↵Ronda 1: {date}↵Vistas orales en el aula magna↵Final ante un tribunal de abogados en ejercicio
            Escribe una publicación corta para Instagram que anime a los de segundo curso a apuntarse y explica en una línea qué es un moot court.
            El equipo ganador del año pasado dice que lo más difícil fue contestar a las preguntas del tribunal sin leer los apuntes.
        """,
        "nl": """
            ^Teams gezocht – Moot Court-competitie {year}
            ^Faculteit der Rechtsgeleerdheid, oproep aan studenten
            De casus van dit jaar is verzonnen: een ziekenhuis procedeert tegen zijn softwareleverancier over een mislukt patiëntdossier, een schikking werd afgewezen en een e-mail zou vertrouwelijk zijn.
            Teams van drie pleiten voor beide kanten; één student is advocaat van de eiser, één van de verweerder en één doet het onderzoek.
            De kernvraag in de schriftelijke ronde: mag een brief uit de onderhandelingen aan de rechter worden getoond om de vertraging te verklaren?
            De casus en alle verduidelijkingen zijn openbaar; niets ervan is vertrouwelijk, dus bespreek hem gerust met je docenten.
            Inleveren pleitnota's↵Ronde 1: {date}↵Mondelinge rondes in de aula↵Finale met een jury van advocaten en rechters
            Schrijf een korte Instagrampost die tweedejaars uitnodigt mee te doen, en leg in één regel uit wat een moot court is.
            Het winnende team van vorig jaar zegt dat het moeilijkste was om de vragen van de jury te beantwoorden zonder van papier te lezen.
        """,
    }),
    Family("mediation_service_brochure", P, "blind4", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Community Mediation Service – how it works
            ^Before you go to court, talk
            Mediation is a way to settle a disagreement with a neighbour, a landlord or a business without starting a lawsuit.
            Everything said in a session is confidential: the mediator will not repeat it to anyone, and it cannot be used later in court.
            You do not need a lawyer, but you are welcome to ask an attorney to look over any settlement before you sign it.
            Offers made during mediation are made without prejudice, which means you can make a proposal without admitting you were wrong.
            What does it cost?↵- First meeting: free↵- Each joint session: sliding scale from nothing to a small fee↵- Home visits for people who cannot travel
            Most cases end with a written agreement after two or three sessions; about one in four go on to court anyway.
            Turn this leaflet into a short FAQ for our website, with no legal jargon and one question per heading.
        """,
        "de": """
            ^Gemeinnützige Schlichtungsstelle – so funktioniert es
            ^Reden, bevor man klagt
            Mediation hilft, einen Streit mit Nachbarn, Vermieter oder einem Geschäft beizulegen, ohne gleich vor Gericht zu ziehen.
            Alles, was in einer Sitzung gesagt wird, ist vertraulich: Die Mediatorin gibt es nicht weiter, und es kann später vor Gericht nicht verwendet werden.
            Sie brauchen keinen Anwalt, dürfen aber gern eine Rechtsanwältin oder einen Rechtsanwalt die Einigung vor der Unterschrift prüfen lassen.
            Vorschläge in der Mediation sind kein Schuldeingeständnis; Sie können einen Kompromiss anbieten, ohne zuzugeben, im Unrecht zu sein.
            Was kostet das?↵- Erstgespräch: kostenlos↵- Gemeinsame Sitzungen: gestaffelt nach Einkommen↵- Hausbesuche für Menschen, die nicht kommen können
            Die meisten Fälle enden nach zwei oder drei Sitzungen mit einer schriftlichen Vereinbarung; etwa jeder vierte geht trotzdem vor Gericht.
            Mach aus diesem Faltblatt ein kurzes FAQ für unsere Website, ohne Juristendeutsch, eine Frage pro Überschrift.
        """,
        "fr": """
            ^Service de médiation de quartier – mode d'emploi
            ^Avant le tribunal, la discussion
            La médiation permet de régler un désaccord avec un voisin, un propriétaire ou un commerçant sans engager de procès.
            Tout ce qui se dit en séance est confidentiel : le médiateur ne le répète à personne et rien ne peut servir ensuite devant le juge.
            Un avocat n'est pas nécessaire, mais vous pouvez demander à votre avocat de relire l'accord avant de le signer.
            Faire une proposition en médiation ne vaut pas reconnaissance de responsabilité : vous pouvez proposer un compromis sans admettre un tort.
            Combien ça coûte ?↵- Premier rendez-vous : gratuit↵- Séances communes : selon vos revenus↵- Visite à domicile pour les personnes qui ne peuvent pas se déplacer
            La plupart des dossiers se terminent par un accord écrit après deux ou trois séances ; environ un sur quatre va quand même au tribunal.
            Transforme ce dépliant en courte FAQ pour notre site, sans jargon juridique, une question par intertitre.
        """,
        "es": """
            ^Servicio de Mediación Vecinal – cómo funciona
            ^Antes de ir al juzgado, hablen
            La mediación sirve para resolver un desacuerdo con un vecino, un casero o un comercio sin presentar una demanda.
            Todo lo que se dice en una sesión es confidencial: la mediadora no lo cuenta a nadie y no puede usarse después en un juicio.
            No hace falta abogado, aunque puede pedir a su abogado que revise el acuerdo antes de firmarlo.
            Hacer una propuesta en mediación no es reconocer la culpa: puede ofrecer un arreglo sin admitir que se equivocó.
            ¿Cuánto cuesta?↵- Primera reunión: gratis↵- Sesiones conjuntas: según ingresos↵- Visitas a domicilio para quien no pueda desplazarse
            La mayoría de los casos terminan con un acuerdo por escrito tras dos o tres sesiones; uno de cada cuatro acaba igualmente en el juzgado.
            Convierte este folleto en unas preguntas frecuentes para la web, sin jerga jurídica y con una pregunta por apartado.
        """,
        "nl": """
            ^Buurtbemiddeling – zo werkt het
            ^Eerst praten, dan pas naar de rechter
            Bemiddeling helpt om een onenigheid met een buurman, verhuurder of winkel op te lossen zonder een rechtszaak te beginnen.
            Alles wat in een gesprek gezegd wordt is vertrouwelijk: de bemiddelaar vertelt het niemand door en het kan later niet bij de rechter worden gebruikt.
            U heeft geen advocaat nodig, maar u mag de afspraken altijd door een advocaat laten nalezen voordat u tekent.
            Een voorstel doen tijdens bemiddeling is geen schuldbekentenis: u kunt een compromis aanbieden zonder toe te geven dat u fout zat.
            Wat kost het?↵- Eerste gesprek: gratis↵- Gezamenlijke gesprekken: naar inkomen↵- Huisbezoek voor wie niet kan reizen
            De meeste zaken eindigen na twee of drie gesprekken met schriftelijke afspraken; ongeveer één op de vier gaat toch naar de rechter.
            Maak van deze folder een korte FAQ voor onze website, zonder juridisch jargon en met één vraag per kopje.
        """,
    }),
    Family("legal_drama_episode_recap", P, "blind4", hard_negative=True, min_sentences=2, max_sentences=5, header_share=0.5, text={
        "en": """
            ^Recap: "The Partners", season 3, episode {n}
            ^TV review – spoilers ahead
            This week the firm's star attorney finally learns that her client lied about the shredded files, and the whole lawsuit turns on one voicemail.
            The big twist: the so-called privileged memo was copied to the client's brother-in-law, so the judge lets the other side read it.
            The settlement scene in the car park is the best ten minutes of the season, even if no real lawyer would negotiate like that.
            Is it realistic that a confidential document loses protection just because it was forwarded once? Explain it like I've never studied law.
            Rating: four stars↵Best line: "Everything is confidential until somebody hits reply-all."↵Weakest subplot: the office romance, again
            Write a spoiler-free teaser of 80 words for our streaming guide.
        """,
        "de": """
            ^Rückblick: „Die Partner“, Staffel 3, Folge {n}
            ^Serienkritik – Achtung, Spoiler
            Diesmal erfährt die Staranwältin der Kanzlei endlich, dass ihr Mandant bei den geschredderten Akten gelogen hat, und der ganze Prozess hängt an einer Sprachnachricht.
            Die große Wendung: Das angeblich vertrauliche Anwaltsschreiben ging in Kopie an den Schwager des Mandanten, also darf die Gegenseite es lesen.
            Die Vergleichsszene in der Tiefgarage sind die besten zehn Minuten der Staffel, auch wenn kein echter Anwalt so verhandeln würde.
            Ist es realistisch, dass ein vertrauliches Dokument seinen Schutz verliert, nur weil es einmal weitergeleitet wurde? Erklär es, als hätte ich nie Jura studiert.
            Wertung: vier Sterne↵Bester Satz: „Vertraulich ist alles, bis jemand auf Allen antworten klickt.“↵Schwächster Nebenstrang: wieder die Büroromanze
            Schreib einen spoilerfreien Teaser mit 80 Wörtern für unseren Streaming-Guide.
        """,
        "fr": """
            ^Résumé : « Les Associés », saison 3, épisode {n}
            ^Critique télé – attention, spoilers
            Cette semaine, l'avocate vedette du cabinet découvre enfin que son client a menti sur les dossiers détruits, et tout le procès se joue sur un message vocal.
            Le grand rebondissement : la note soi-disant confidentielle de l'avocat a été envoyée en copie au beau-frère du client, et le juge autorise l'autre partie à la lire.
            La scène de transaction sur le parking est le meilleur moment de la saison, même si aucun vrai avocat ne négocierait ainsi.
            Est-il réaliste qu'un document confidentiel perde sa protection parce qu'il a été transféré une fois ? Explique-le comme si je n'avais jamais fait de droit.
            Note : quatre étoiles↵Meilleure réplique : « Tout est confidentiel jusqu'à ce que quelqu'un clique sur répondre à tous. »↵Intrigue la plus faible : encore la romance au bureau
            Écris une accroche sans spoiler de 80 mots pour notre guide de streaming.
        """,
        "es": """
            ^Resumen: «Los Socios», temporada 3, episodio {n}
            ^Crítica de televisión – con spoilers
            Esta semana la abogada estrella del bufete descubre por fin que su cliente mintió sobre los archivos destruidos, y todo el juicio depende de un mensaje de voz.
            El gran giro: el memorando supuestamente confidencial del abogado se envió con copia al cuñado del cliente, así que el juez deja que la otra parte lo lea.
            La escena del acuerdo en el aparcamiento son los mejores diez minutos de la temporada, aunque ningún abogado de verdad negociaría así.
            ¿Es realista que un documento confidencial pierda la protección solo porque se reenvió una vez? Explícamelo como si nunca hubiera estudiado Derecho.
            Nota: cuatro estrellas↵Mejor frase: «Todo es confidencial hasta que alguien pulsa responder a todos.»↵Trama más floja: otra vez el romance en la oficina
            Escribe un avance sin spoilers de 80 palabras para nuestra guía de series.
        """,
        "nl": """
            ^Samenvatting: 'De Partners', seizoen 3, aflevering {n}
            ^Tv-recensie – let op, spoilers
            Deze week ontdekt de steradvocaat van het kantoor eindelijk dat haar cliënt over de vernietigde dossiers heeft gelogen, en de hele rechtszaak draait om één voicemail.
            De grote wending: het zogenaamd vertrouwelijke memo van de advocaat ging in kopie naar de zwager van de cliënt, dus de rechter laat de tegenpartij het lezen.
            De schikkingsscène in de parkeergarage is het beste kwartier van het seizoen, al zou geen echte advocaat zo onderhandelen.
            Is het realistisch dat een vertrouwelijk stuk zijn bescherming verliest omdat het één keer is doorgestuurd? Leg het uit alsof ik nooit rechten heb gestudeerd.
            Oordeel: vier sterren↵Beste zin: 'Alles is vertrouwelijk tot iemand op allen beantwoorden klikt.'↵Zwakste verhaallijn: weer de kantoorromance
            Schrijf een teaser zonder spoilers van 80 woorden voor onze streaminggids.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("lab_equipment_booking", I, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Shared equipment – booking log, week {n}
            ^Core lab: instrument calendar
            The confocal microscope is booked solid Monday to Wednesday; the imaging group has priority until their grant report is in.
            | Instrument | Slot | Booked by | Note |↵|---|---|---|---|↵| Plate reader | Mon 09–12 | Protein team | bring own plates |↵| Ultracentrifuge | Tue 14–18 | {first} | rotor 2 only |↵| Flow cytometer | Thu all day | Immunology | service visit at 16:00 |
            Please cancel slots you no longer need by noon the day before, otherwise the hours still count against your group's quota.
            The −80 °C freezer in room {n} alarmed twice overnight; facilities have replaced the door seal, but check your boxes are still frozen.
            Who is trained on the new cell sorter? Only people on the induction list may book it without a supervisor present.
            Draft a reminder to all groups that the autoclave log must be signed after every run, with the reason in one sentence.
            New users↵1. Complete the online safety module↵2. Book a one-hour induction with the lab manager↵3. Ask your group lead to approve access in the booking tool
        """,
        "de": """
            ^Gemeinsam genutzte Geräte – Buchungsliste, KW {n}
            ^Core-Labor: Gerätekalender
            Das Konfokalmikroskop ist Montag bis Mittwoch ausgebucht; die Imaging-Gruppe hat Vorrang, bis ihr Förderbericht abgegeben ist.
            | Gerät | Zeit | Gebucht von | Hinweis |↵|---|---|---|---|↵| Plattenleser | Mo 9–12 | Proteinteam | eigene Platten mitbringen |↵| Ultrazentrifuge | Di 14–18 | {first} | nur Rotor 2 |↵| Durchflusszytometer | Do ganztägig | Immunologie | Wartung um 16 Uhr |
            Nicht benötigte Slots bitte bis zum Vortag 12 Uhr stornieren, sonst zählen die Stunden trotzdem auf das Kontingent der Gruppe.
            Der −80-Grad-Schrank in Raum {n} hat nachts zweimal Alarm gegeben; die Haustechnik hat die Türdichtung getauscht, prüft trotzdem eure Boxen.
            Wer ist am neuen Zellsortierer eingewiesen? Ohne Betreuung dürfen ihn nur Personen auf der Einweisungsliste buchen.
            Entwirf eine Erinnerung an alle Gruppen, dass das Autoklavenprotokoll nach jedem Lauf unterschrieben werden muss, mit einer Begründung in einem Satz.
            Neue Nutzer↵1. Online-Sicherheitsunterweisung abschließen↵2. Einstündige Einweisung bei der Laborleitung buchen↵3. Zugang im Buchungstool von der Gruppenleitung freigeben lassen
        """,
        "fr": """
            ^Équipements partagés – registre des réservations, semaine {n}
            ^Plateforme technique : planning des appareils
            Le microscope confocal est complet du lundi au mercredi ; l'équipe imagerie est prioritaire jusqu'à la remise de son rapport de financement.
            | Appareil | Créneau | Réservé par | Remarque |↵|---|---|---|---|↵| Lecteur de plaques | lun. 9 h–12 h | Équipe protéines | plaques non fournies |↵| Ultracentrifugeuse | mar. 14 h–18 h | {first} | rotor 2 uniquement |↵| Cytomètre | jeu. journée | Immunologie | maintenance à 16 h |
            Merci d'annuler les créneaux inutiles avant midi la veille ; sinon les heures sont décomptées du quota de votre équipe.
            Le congélateur à −80 °C de la salle {n} a sonné deux fois cette nuit ; le joint de porte a été changé, mais vérifiez vos boîtes.
            Qui est formé au nouveau trieur de cellules ? Seules les personnes de la liste de formation peuvent le réserver sans encadrant.
            Rédige un rappel à toutes les équipes : le cahier de l'autoclave doit être signé après chaque cycle, avec la raison en une phrase.
            Nouveaux utilisateurs↵1. Suivre le module sécurité en ligne↵2. Réserver une formation d'une heure avec la responsable du labo↵3. Faire valider l'accès par son chef d'équipe dans l'outil de réservation
        """,
        "es": """
            ^Equipos compartidos – registro de reservas, semana {n}
            ^Laboratorio central: calendario de equipos
            El microscopio confocal está completo de lunes a miércoles; el grupo de imagen tiene prioridad hasta que entregue el informe del proyecto.
            | Equipo | Franja | Reservado por | Nota |↵|---|---|---|---|↵| Lector de placas | lun 9–12 | Grupo de proteínas | traer placas propias |↵| Ultracentrífuga | mar 14–18 | {first} | solo rotor 2 |↵| Citómetro | jue todo el día | Inmunología | revisión técnica a las 16:00 |
            Anulad las franjas que no necesitéis antes de las doce del día anterior; si no, las horas cuentan igual en la cuota del grupo.
            El congelador de −80 °C de la sala {n} saltó dos veces por la noche; mantenimiento ha cambiado la junta de la puerta, pero revisad vuestras cajas.
            ¿Quién tiene la formación del nuevo separador celular? Solo quien esté en la lista de formación puede reservarlo sin supervisor.
            Redacta un recordatorio para todos los grupos: el registro del autoclave se firma después de cada ciclo, con el motivo en una frase.
            Usuarios nuevos↵1. Hacer el curso de seguridad en línea↵2. Reservar una formación de una hora con la responsable del laboratorio↵3. Pedir al jefe de grupo que apruebe el acceso en la herramienta de reservas
        """,
        "nl": """
            ^Gedeelde apparatuur – reserveringslog, week {n}
            ^Core lab: apparatenagenda
            De confocale microscoop is maandag tot en met woensdag volgeboekt; de imaginggroep heeft voorrang tot hun subsidieverslag binnen is.
            | Apparaat | Tijdslot | Geboekt door | Opmerking |↵|---|---|---|---|↵| Platereader | ma 9–12 | Eiwitteam | eigen platen meenemen |↵| Ultracentrifuge | di 14–18 | {first} | alleen rotor 2 |↵| Flowcytometer | do hele dag | Immunologie | onderhoud om 16.00 uur |
            Annuleer slots die je niet meer nodig hebt vóór 12 uur de dag ervoor, anders tellen de uren toch mee in het quotum van je groep.
            De −80-vriezer in ruimte {n} ging vannacht twee keer in alarm; de technische dienst heeft de deurrubber vervangen, maar controleer je dozen.
            Wie is opgeleid voor de nieuwe celsorter? Alleen mensen op de instructielijst mogen hem zonder begeleider boeken.
            Schrijf een herinnering aan alle groepen dat het autoclaaflogboek na elke run getekend moet worden, met de reden in één zin.
            Nieuwe gebruikers↵1. Rond de online veiligheidsmodule af↵2. Boek een instructie van een uur bij de labmanager↵3. Laat je groepsleider de toegang goedkeuren in de boekingstool
        """,
    }),
    Family("offsite_venue_shortlist", I, "blind4", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Leadership offsite – venue shortlist
            ^Events team, options for the spring offsite
            We need a venue within two hours of {city} by train, with one room for {n} people theatre-style and four breakout rooms.
            | Venue | Day rate per person | Rooms | Pros | Cons |↵|---|---|---|---|---|↵| Lakeside manor | high | 40 bedrooms | quiet, good food | taxi from the station |↵| Conference hotel | medium | 120 bedrooms | easy access | feels corporate |↵| Converted farm | low | 18 bedrooms | great for workshops | not enough beds |
            The manor holds the dates until Friday; after that we lose the option and the next free week is in June.
            Can you compare the three options against our criteria and recommend one, with the main risk of each in one line?
            Dietary requirements, accessibility needs and room-sharing preferences go in the registration form, not by e-mail to the events team.
            Budget check: travel is paid by each department, the venue and the dinner come out of the central events budget.
        """,
        "de": """
            ^Führungskräfte-Klausur – Auswahl der Locations
            ^Eventteam, Optionen für die Frühjahrsklausur
            Gesucht ist ein Haus höchstens zwei Bahnstunden von {city} entfernt, mit einem Saal für {n} Personen in Reihen und vier Gruppenräumen.
            | Ort | Tagespauschale | Zimmer | Pro | Contra |↵|---|---|---|---|---|↵| Gutshof am See | hoch | 40 | ruhig, gute Küche | Taxi vom Bahnhof |↵| Tagungshotel | mittel | 120 | gut erreichbar | wirkt steril |↵| Umgebauter Bauernhof | niedrig | 18 | ideal für Workshops | zu wenige Betten |
            Der Gutshof hält die Termine bis Freitag; danach verfallen sie und die nächste freie Woche ist im Juni.
            Kannst du die drei Optionen an unseren Kriterien messen und eine empfehlen, mit dem Hauptrisiko je Option in einer Zeile?
            Essenswünsche, Barrierefreiheit und Zimmerwünsche bitte über das Anmeldeformular, nicht per Mail ans Eventteam.
            Zur Kostenaufteilung: Die Anreise zahlt jede Abteilung selbst, Haus und Abendessen laufen über das zentrale Eventbudget.
        """,
        "fr": """
            ^Séminaire de direction – présélection des lieux
            ^Équipe événements, options pour le séminaire de printemps
            Il nous faut un lieu à moins de deux heures de train de {city}, avec une salle plénière pour {n} personnes et quatre salles de sous-groupes.
            | Lieu | Forfait journée | Chambres | Plus | Moins |↵|---|---|---|---|---|↵| Manoir au bord du lac | élevé | 40 | calme, bonne table | taxi depuis la gare |↵| Hôtel de congrès | moyen | 120 | accès facile | ambiance impersonnelle |↵| Ferme rénovée | bas | 18 | idéale pour les ateliers | pas assez de lits |
            Le manoir nous garde les dates jusqu'à vendredi ; ensuite l'option tombe et la prochaine semaine libre est en juin.
            Tu peux comparer les trois options à nos critères et en recommander une, avec le principal risque de chacune en une ligne ?
            Régimes alimentaires, besoins d'accessibilité et préférences de chambre passent par le formulaire d'inscription, pas par mail à l'équipe.
            Côté budget : chaque direction paie ses trajets, le lieu et le dîner sont pris sur le budget événementiel central.
        """,
        "es": """
            ^Encuentro del equipo directivo – lista corta de espacios
            ^Equipo de eventos, opciones para el encuentro de primavera
            Buscamos un sitio a menos de dos horas en tren de {city}, con una sala para {n} personas en formato teatro y cuatro salas de trabajo.
            | Lugar | Tarifa por día | Habitaciones | A favor | En contra |↵|---|---|---|---|---|↵| Casona junto al lago | alta | 40 | tranquila, buena cocina | taxi desde la estación |↵| Hotel de congresos | media | 120 | buen acceso | muy impersonal |↵| Masía rehabilitada | baja | 18 | ideal para talleres | faltan camas |
            La casona nos guarda las fechas hasta el viernes; después perdemos la opción y la siguiente semana libre es en junio.
            ¿Puedes comparar las tres opciones con nuestros criterios y recomendar una, con el riesgo principal de cada una en una línea?
            Las alergias, necesidades de accesibilidad y preferencias de habitación van en el formulario de inscripción, no por correo al equipo de eventos.
            Presupuesto: cada área paga sus viajes; el espacio y la cena salen del presupuesto central de eventos.
        """,
        "nl": """
            ^Managementsessie – shortlist van locaties
            ^Eventteam, opties voor de voorjaarssessie
            We zoeken een locatie binnen twee uur met de trein van {city}, met een zaal voor {n} mensen in theateropstelling en vier subzalen.
            | Locatie | Dagarrangement | Kamers | Voor | Tegen |↵|---|---|---|---|---|↵| Landgoed aan het meer | hoog | 40 | rustig, goed eten | taxi vanaf station |↵| Congreshotel | gemiddeld | 120 | goed bereikbaar | voelt zakelijk |↵| Verbouwde boerderij | laag | 18 | top voor workshops | te weinig bedden |
            Het landgoed houdt de data vast tot vrijdag; daarna vervalt de optie en is de eerstvolgende vrije week in juni.
            Kun je de drie opties langs onze criteria leggen en er één aanbevelen, met het grootste risico per optie in één regel?
            Dieetwensen, toegankelijkheid en kamervoorkeuren graag via het inschrijfformulier, niet per mail aan het eventteam.
            Budget: reiskosten betaalt elke afdeling zelf, locatie en diner gaan van het centrale eventbudget.
        """,
    }),
    Family("print_brand_guidelines", I, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Brand guidelines for print – v{n}
            ^Notes for the print shop and agencies
            The logo always sits on white or on our dark blue; never place it on photos unless the image has a calm area of at least the logo's height.
            Colour references for print↵- Dark blue: use the Pantone swatch on coated stock, the CMYK build on uncoated↵- Accent orange: headings and charts only, never body text↵- Grey: at 60% for captions
            Minimum logo width is 25 mm on paper; below that, use the symbol on its own.
            The printer flagged that last month's flyers came out too purple; ask them to proof on the actual paper before the next run.
            Which paper weight should we use for the product sheets so they don't curl in the trade-fair racks?
            Rewrite the typography section as a one-page checklist an external designer can tick off before sending files.
            Bleed is 3 mm on every side, text stays 5 mm inside the trim, and PDFs go to the printer as PDF/X with fonts embedded.
        """,
        "de": """
            ^Markenrichtlinien für Druck – Version {n}
            ^Hinweise für Druckerei und Agenturen
            Das Logo steht immer auf Weiß oder auf unserem Dunkelblau; auf Fotos nur, wenn das Bild eine ruhige Fläche mindestens in Logohöhe hat.
            Farbangaben für den Druck↵- Dunkelblau: Pantone-Farbe auf gestrichenem Papier, CMYK-Aufbau auf Naturpapier↵- Akzentorange: nur Überschriften und Diagramme, nie Fließtext↵- Grau: 60 % für Bildunterschriften
            Das Logo ist auf Papier mindestens 25 mm breit; darunter wird nur das Bildzeichen verwendet.
            Die Druckerei meldet, dass die Flyer letzten Monat zu violett waren; bitte vor dem nächsten Druck einen Proof auf dem echten Papier verlangen.
            Welche Grammatur nehmen wir für die Produktblätter, damit sie sich im Messeständer nicht wellen?
            Schreib den Abschnitt zur Typografie als einseitige Checkliste um, die eine externe Designerin vor dem Versand abhaken kann.
            Beschnitt 3 mm rundum, Text mindestens 5 mm vom Rand, Druck-PDFs als PDF/X mit eingebetteten Schriften.
        """,
        "fr": """
            ^Charte graphique impression – v{n}
            ^Consignes pour l'imprimeur et les agences
            Le logo se pose toujours sur du blanc ou sur notre bleu foncé ; jamais sur une photo, sauf si elle offre une zone calme au moins aussi haute que le logo.
            Couleurs pour l'impression↵- Bleu foncé : teinte Pantone sur papier couché, quadri sur papier non couché↵- Orange d'accent : titres et graphiques seulement, jamais le texte courant↵- Gris : à 60 % pour les légendes
            Largeur minimale du logo : 25 mm sur papier ; en dessous, on utilise le symbole seul.
            L'imprimeur signale que les flyers du mois dernier tiraient sur le violet ; demande une épreuve sur le vrai papier avant le prochain tirage.
            Quel grammage prendre pour les fiches produit pour qu'elles ne gondolent pas dans les présentoirs du salon ?
            Réécris la partie typographie sous forme de check-list d'une page qu'un graphiste externe peut cocher avant d'envoyer ses fichiers.
            Fond perdu de 3 mm sur chaque côté, texte à 5 mm au moins de la coupe, PDF envoyés en PDF/X avec polices incorporées.
        """,
        "es": """
            ^Manual de marca para impresión – v{n}
            ^Indicaciones para la imprenta y las agencias
            El logotipo va siempre sobre blanco o sobre nuestro azul oscuro; sobre fotos solo si la imagen tiene una zona limpia de al menos la altura del logo.
            Colores para imprenta↵- Azul oscuro: tinta Pantone en papel estucado, cuatricromía en papel offset↵- Naranja de acento: solo títulos y gráficos, nunca texto corrido↵- Gris: al 60 % para pies de foto
            El ancho mínimo del logotipo en papel es de 25 mm; por debajo se usa solo el símbolo.
            La imprenta avisa de que los folletos del mes pasado salieron demasiado morados; pide una prueba en el papel real antes de la próxima tirada.
            ¿Qué gramaje usamos para las fichas de producto para que no se ondulen en los expositores de la feria?
            Reescribe el apartado de tipografía como una lista de comprobación de una página que un diseñador externo pueda marcar antes de enviar archivos.
            Sangrado de 3 mm por cada lado, textos a 5 mm del corte como mínimo y PDF para imprenta en PDF/X con las fuentes incrustadas.
        """,
        "nl": """
            ^Huisstijlrichtlijnen voor drukwerk – v{n}
            ^Aanwijzingen voor drukkerij en bureaus
            Het logo staat altijd op wit of op ons donkerblauw; op foto's alleen als het beeld een rustig vlak heeft van minstens de hoogte van het logo.
            Kleuren voor drukwerk↵- Donkerblauw: Pantone-kleur op gestreken papier, CMYK-opbouw op ongestreken↵- Accentoranje: alleen koppen en grafieken, nooit lopende tekst↵- Grijs: 60% voor bijschriften
            De minimale logobreedte op papier is 25 mm; daaronder gebruik je alleen het beeldmerk.
            De drukker meldt dat de flyers van vorige maand te paars uitvielen; vraag vóór de volgende oplage een proef op het echte papier.
            Welke papierdikte nemen we voor de productbladen zodat ze in de beursfolderhouders niet gaan krullen?
            Herschrijf het deel over typografie als checklist van één pagina die een externe ontwerper kan afvinken voor het aanleveren.
            Afloop 3 mm rondom, tekst minstens 5 mm binnen de snijlijn, pdf's naar de drukker als PDF/X met ingesloten fonts.
        """,
    }),
    Family("learning_course_catalogue", I, "blind4", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Learning & Development – course catalogue, spring term
            ^Internal training: what's on and how to enrol
            Presenting with confidence – two half-days, in person at head office, maximum twelve people, priority for new team leads.
            Spreadsheet skills for analysts: pivot tables, lookups and charts in four one-hour online sessions; bring a real file from your job.
            | Course | Format | Length | Who it's for |↵|---|---|---|---|↵| Giving feedback | workshop | 1 day | all managers |↵| Writing for customers | online | 3 × 1 h | support and sales |↵| Project basics | blended | 2 weeks | anyone leading a project |
            Enrolment opens on {date} in the learning portal; your manager approves the request, and no-shows lose their place for the next term.
            Which course would you suggest for someone moving from engineering into their first people-manager role?
            Write the catalogue blurb for the negotiation skills course: 60 words, practical, no buzzwords.
            Language classes in German, Spanish and French continue as before, on Tuesday and Thursday lunchtimes.
        """,
        "de": """
            ^Personalentwicklung – Kursprogramm Frühjahr
            ^Interne Weiterbildung: Angebot und Anmeldung
            Souverän präsentieren – zwei halbe Tage vor Ort in der Zentrale, höchstens zwölf Teilnehmende, Vorrang für neue Teamleitungen.
            Tabellenkalkulation für Analysten: Pivot-Tabellen, SVERWEIS und Diagramme in vier Online-Terminen à eine Stunde; bringt eine echte Datei aus eurem Alltag mit.
            | Kurs | Format | Dauer | Zielgruppe |↵|---|---|---|---|↵| Feedback geben | Workshop | 1 Tag | alle Führungskräfte |↵| Kundenorientiert schreiben | online | 3 × 1 Std. | Support und Vertrieb |↵| Projektgrundlagen | Blended | 2 Wochen | alle mit Projektverantwortung |
            Die Anmeldung öffnet am {date} im Lernportal; die Führungskraft gibt frei, und wer unentschuldigt fehlt, verliert den Platz im nächsten Halbjahr.
            Welchen Kurs würdest du jemandem empfehlen, der aus der Entwicklung in die erste Führungsrolle wechselt?
            Schreib den Katalogtext für das Verhandlungstraining: 60 Wörter, praxisnah, ohne Schlagwörter.
            Die Sprachkurse Deutsch, Spanisch und Französisch laufen wie bisher dienstags und donnerstags in der Mittagspause.
        """,
        "fr": """
            ^Formation – catalogue des stages, semestre de printemps
            ^Formations internes : le programme et comment s'inscrire
            Prendre la parole avec aisance – deux demi-journées en présentiel au siège, douze personnes au plus, priorité aux nouveaux chefs d'équipe.
            Tableur pour analystes : tableaux croisés, RECHERCHEV et graphiques en quatre sessions en ligne d'une heure ; venez avec un vrai fichier de travail.
            | Stage | Format | Durée | Public |↵|---|---|---|---|↵| Donner du feedback | atelier | 1 jour | tous les managers |↵| Écrire aux clients | en ligne | 3 × 1 h | support et ventes |↵| Bases de la gestion de projet | mixte | 2 semaines | toute personne pilotant un projet |
            Les inscriptions ouvrent le {date} sur le portail formation ; le manager valide, et une absence non excusée fait perdre sa place au semestre suivant.
            Quel stage conseillerais-tu à quelqu'un qui passe de l'ingénierie à son premier poste de manager ?
            Rédige le texte du catalogue pour le stage de négociation : 60 mots, concret, sans jargon.
            Les cours d'allemand, d'espagnol et de français continuent le mardi et le jeudi à midi.
        """,
        "es": """
            ^Formación – catálogo de cursos, primer semestre
            ^Formación interna: oferta e inscripción
            Hablar en público con seguridad – dos medias jornadas presenciales en la sede, doce plazas como máximo, prioridad para responsables de equipo nuevos.
            Hojas de cálculo para analistas: tablas dinámicas, BUSCARV y gráficos en cuatro sesiones en línea de una hora; trae un archivo real de tu trabajo.
            | Curso | Formato | Duración | Para quién |↵|---|---|---|---|↵| Dar feedback | taller | 1 día | todos los mandos |↵| Escribir a clientes | en línea | 3 × 1 h | soporte y ventas |↵| Fundamentos de proyectos | mixto | 2 semanas | quien dirija un proyecto |
            La inscripción abre el {date} en el portal de formación; la aprueba tu responsable, y quien no se presente pierde la plaza el semestre siguiente.
            ¿Qué curso recomendarías a alguien que pasa de ingeniería a su primer puesto de mando?
            Escribe el texto del catálogo para el curso de negociación: 60 palabras, práctico y sin palabras de moda.
            Las clases de alemán, español y francés siguen como siempre, martes y jueves a mediodía.
        """,
        "nl": """
            ^Leren en ontwikkelen – cursusaanbod voorjaar
            ^Interne trainingen: aanbod en inschrijven
            Zelfverzekerd presenteren – twee dagdelen op het hoofdkantoor, maximaal twaalf deelnemers, voorrang voor nieuwe teamleiders.
            Spreadsheets voor analisten: draaitabellen, VERT.ZOEKEN en grafieken in vier online sessies van een uur; neem een echt bestand uit je werk mee.
            | Cursus | Vorm | Duur | Voor wie |↵|---|---|---|---|↵| Feedback geven | workshop | 1 dag | alle leidinggevenden |↵| Schrijven voor klanten | online | 3 × 1 uur | support en sales |↵| Projectbasis | blended | 2 weken | iedereen die een project leidt |
            Inschrijven kan vanaf {date} in het leerportaal; je leidinggevende keurt goed, en wie zonder afmelding wegblijft, verliest zijn plek voor het volgende halfjaar.
            Welke cursus raad je aan voor iemand die van engineering naar een eerste rol als leidinggevende gaat?
            Schrijf de catalogustekst voor de onderhandelingstraining: 60 woorden, praktisch, zonder modewoorden.
            De taallessen Duits, Spaans en Frans gaan door zoals altijd, op dinsdag en donderdag tussen de middag.
        """,
    }),
    Family("van_stock_kit_list", I, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Field service – standard van stock, region {city}
            ^Engineer kit list, revision {n}
            Every van carries the standard kit below; top-ups are ordered through the parts app by Thursday for Monday delivery to the depot.
            | Part | Min. on van | Reorder at |↵|---|---|---|↵| Pump seal kit | 4 | 2 |↵| Control board, type B | 1 | 0 |↵| Pressure sensor | 3 | 1 |↵| Fuses, assorted | 20 | 10 |
            Faulty parts go back in the grey returns box with the job number on the label; boards without a job number cannot be credited.
            The new heat-exchanger gaskets replace the old black ones; use up existing stock first, then bin the remainder at the depot.
            How do we stop two engineers ordering the same expensive board for one job? Suggest a simple rule for the parts app.
            Turn this list into a laminated one-page checklist engineers can keep on the passenger seat.
            Quarterly van audit: the team lead counts stock against the list; differences above ten per cent are reviewed with the engineer.
        """,
        "de": """
            ^Außendienst – Standardbestückung Servicewagen, Region {city}
            ^Materialliste Techniker, Stand {n}
            Jedes Fahrzeug führt die folgende Grundausstattung; Nachschub wird bis Donnerstag in der Teile-App bestellt und montags ans Lager geliefert.
            | Teil | Mindestbestand | Nachbestellen bei |↵|---|---|---|↵| Pumpendichtsatz | 4 | 2 |↵| Steuerplatine Typ B | 1 | 0 |↵| Drucksensor | 3 | 1 |↵| Sicherungen, sortiert | 20 | 10 |
            Defekte Teile kommen in die graue Rücksendebox, Auftragsnummer aufs Etikett; Platinen ohne Auftragsnummer werden nicht gutgeschrieben.
            Die neuen Wärmetauscherdichtungen ersetzen die alten schwarzen; erst den Bestand aufbrauchen, den Rest im Lager entsorgen.
            Wie verhindern wir, dass zwei Techniker für denselben Auftrag die teure Platine bestellen? Schlag eine einfache Regel für die Teile-App vor.
            Mach aus dieser Liste eine laminierte Checkliste auf einer Seite, die auf dem Beifahrersitz liegen kann.
            Quartalsprüfung: Die Teamleitung zählt den Bestand gegen die Liste; Abweichungen über zehn Prozent werden mit dem Techniker besprochen.
        """,
        "fr": """
            ^Service terrain – stock type des véhicules, région {city}
            ^Liste du matériel technicien, révision {n}
            Chaque camionnette embarque le stock type ci-dessous ; les compléments se commandent dans l'appli pièces avant jeudi pour une livraison au dépôt le lundi.
            | Pièce | Minimum à bord | Recommander à |↵|---|---|---|↵| Kit joints de pompe | 4 | 2 |↵| Carte de commande type B | 1 | 0 |↵| Capteur de pression | 3 | 1 |↵| Fusibles assortis | 20 | 10 |
            Les pièces défectueuses repartent dans le bac gris des retours avec le numéro d'intervention sur l'étiquette ; sans ce numéro, pas d'avoir.
            Les nouveaux joints d'échangeur remplacent les anciens noirs : on écoule le stock existant, puis on jette le reste au dépôt.
            Comment éviter que deux techniciens commandent la même carte coûteuse pour une seule intervention ? Propose une règle simple pour l'appli.
            Transforme cette liste en fiche plastifiée d'une page que les techniciens gardent sur le siège passager.
            Contrôle trimestriel : le chef d'équipe compte le stock par rapport à la liste ; un écart de plus de dix pour cent est revu avec le technicien.
        """,
        "es": """
            ^Servicio técnico – dotación estándar de furgoneta, zona {city}
            ^Lista de material del técnico, revisión {n}
            Cada furgoneta lleva la dotación de abajo; las reposiciones se piden en la app de repuestos antes del jueves para recibirlas el lunes en el almacén.
            | Pieza | Mínimo en furgoneta | Pedir al llegar a |↵|---|---|---|↵| Kit de juntas de bomba | 4 | 2 |↵| Placa de control tipo B | 1 | 0 |↵| Sensor de presión | 3 | 1 |↵| Fusibles variados | 20 | 10 |
            Las piezas averiadas vuelven en la caja gris de devoluciones con el número de aviso en la etiqueta; sin ese número no hay abono.
            Las juntas nuevas del intercambiador sustituyen a las negras; primero se gasta el stock que haya y el resto se tira en el almacén.
            ¿Cómo evitamos que dos técnicos pidan la misma placa cara para un solo aviso? Propón una regla sencilla para la app.
            Convierte esta lista en una hoja plastificada de una página que los técnicos puedan llevar en el asiento del copiloto.
            Revisión trimestral: el jefe de equipo cuenta el material con la lista; las diferencias de más del diez por ciento se revisan con el técnico.
        """,
        "nl": """
            ^Buitendienst – standaard busvoorraad, regio {city}
            ^Materiaallijst monteur, revisie {n}
            Elke bus heeft de standaardvoorraad hieronder aan boord; aanvullen via de onderdelenapp vóór donderdag, levering op maandag bij het depot.
            | Onderdeel | Minimaal in bus | Bijbestellen bij |↵|---|---|---|↵| Pompafdichtingsset | 4 | 2 |↵| Besturingsprint type B | 1 | 0 |↵| Druksensor | 3 | 1 |↵| Zekeringen, assorti | 20 | 10 |
            Defecte onderdelen gaan terug in de grijze retourbak met het werkbonnummer op het etiket; printen zonder werkbonnummer worden niet gecrediteerd.
            De nieuwe pakkingen voor de warmtewisselaar vervangen de oude zwarte; eerst de voorraad opmaken, de rest bij het depot weggooien.
            Hoe voorkomen we dat twee monteurs voor één klus dezelfde dure print bestellen? Stel een eenvoudige regel voor de onderdelenapp voor.
            Maak van deze lijst een gelamineerde checklist van één pagina die monteurs op de passagiersstoel kunnen leggen.
            Kwartaalcontrole: de teamleider telt de voorraad tegen de lijst; verschillen van meer dan tien procent worden met de monteur besproken.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("major_gift_donor_profile", C, "blind4", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Donor profile – {name}
            ^Major gifts pipeline, prepared for the director's visit on {date}
            {name} sold her logistics business two years ago; our research puts her liquid wealth well above what her past gifts suggest.
            She and her husband separated last spring and she now gives from her own foundation; do not mention him or the old joint pledges.
            Her son was treated on our children's ward in {year}, which is why she first gave; she becomes emotional about it, so let her raise it.
            Ask amount for the new wing: {amount}, payable over five years, with naming rights for the family room if she goes above it.
            She prefers to be reached on her private mobile, {phone}, in the evenings; her assistant screens everything sent to {email}.
            Write the briefing note for the director: who she is, what she cares about, the ask, and what to avoid saying.
            Her last three gifts were unrestricted and anonymous; she turned down the gala table because she does not want her name in the annual report.
        """,
        "de": """
            ^Förderprofil – {name}
            ^Großspenden, Vorbereitung für den Besuch der Direktorin am {date}
            {name} hat vor zwei Jahren ihr Logistikunternehmen verkauft; nach unserer Recherche liegt ihr liquides Vermögen weit über dem, was ihre bisherigen Spenden vermuten lassen.
            Sie lebt seit dem Frühjahr von ihrem Mann getrennt und spendet jetzt aus ihrer eigenen Stiftung; ihn und die alten gemeinsamen Zusagen bitte nicht erwähnen.
            Ihr Sohn lag {year} auf unserer Kinderstation, deshalb hat sie überhaupt angefangen zu spenden; das Thema bewegt sie sehr, lasst sie es selbst ansprechen.
            Zielbetrag für den Neubau: {amount}, verteilt auf fünf Jahre, mit Namensrecht für den Familienraum, wenn sie darüber geht.
            Sie möchte abends auf ihrem privaten Handy {phone} angerufen werden; was an {email} geht, sortiert ihre Assistentin vor.
            Schreib das Briefing für die Direktorin: wer sie ist, was ihr wichtig ist, die Bitte und was man besser nicht sagt.
            Ihre letzten drei Spenden waren zweckfrei und anonym; den Tisch beim Benefizabend hat sie abgelehnt, weil ihr Name nicht im Jahresbericht stehen soll.
        """,
        "fr": """
            ^Fiche donatrice – {name}
            ^Grands donateurs, préparation de la visite du directeur le {date}
            {name} a vendu son entreprise de logistique il y a deux ans ; selon nos recherches, son patrimoine disponible dépasse de loin ce que laissent penser ses dons.
            Elle est séparée de son mari depuis le printemps et donne désormais via sa propre fondation : ne parlez ni de lui ni des anciens engagements communs.
            Son fils a été soigné dans notre service de pédiatrie en {year}, c'est l'origine de son engagement ; c'est un sujet sensible, laissez-la l'aborder.
            Montant sollicité pour la nouvelle aile : {amount} sur cinq ans, avec le nom de la famille sur la salle des familles si elle va au-delà.
            Elle préfère être appelée le soir sur son portable personnel, au {phone} ; son assistante filtre tout ce qui arrive sur {email}.
            Rédige la note de briefing pour le directeur : qui elle est, ce qui lui tient à cœur, la demande et ce qu'il vaut mieux ne pas dire.
            Ses trois derniers dons étaient libres d'affectation et anonymes ; elle a refusé la table au gala car elle ne veut pas voir son nom dans le rapport annuel.
        """,
        "es": """
            ^Perfil de donante – {name}
            ^Grandes donaciones, preparación de la visita del director el {date}
            {name} vendió su empresa de logística hace dos años; según nuestra investigación, su patrimonio líquido está muy por encima de lo que sugieren sus donativos.
            Se separó de su marido en primavera y ahora dona desde su propia fundación; no le mencionéis a él ni los antiguos compromisos conjuntos.
            Su hijo estuvo ingresado en nuestra planta de pediatría en {year}, por eso empezó a donar; le afecta mucho, dejad que lo saque ella.
            Cantidad que pediremos para el nuevo pabellón: {amount} en cinco años, con el nombre de la familia en la sala de familias si supera esa cifra.
            Prefiere que la llamen por la tarde a su móvil personal, {phone}; su asistente filtra todo lo que llega a {email}.
            Escribe la nota informativa para el director: quién es, qué le importa, la petición y lo que conviene no decir.
            Sus tres últimos donativos fueron anónimos y sin destino fijo; rechazó la mesa en la gala porque no quiere que su nombre salga en la memoria anual.
        """,
        "nl": """
            ^Donateursprofiel – {name}
            ^Grote giften, voorbereiding bezoek van de directeur op {date}
            {name} verkocht twee jaar geleden haar logistiekbedrijf; volgens ons onderzoek ligt haar vrij besteedbaar vermogen ver boven wat haar giften doen vermoeden.
            Ze is sinds het voorjaar gescheiden van haar man en geeft nu vanuit haar eigen stichting; noem hem en de oude gezamenlijke toezeggingen niet.
            Haar zoon lag in {year} op onze kinderafdeling, daarom is ze gaan geven; het raakt haar diep, laat haar er zelf over beginnen.
            Gevraagd bedrag voor de nieuwe vleugel: {amount}, verspreid over vijf jaar, met naamgeving van de familiekamer als ze daarboven gaat.
            Ze wil 's avonds gebeld worden op haar privénummer, {phone}; haar assistent filtert alles wat naar {email} gaat.
            Schrijf de briefing voor de directeur: wie ze is, wat haar drijft, de vraag en wat je beter niet zegt.
            Haar laatste drie giften waren anoniem en vrij besteedbaar; de tafel op het gala sloeg ze af omdat ze haar naam niet in het jaarverslag wil.
        """,
    }),
    Family("sealed_tender_bid", C, "blind4", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Bid for the school transport contract – final pricing, not yet submitted
            ^Tender team, pricing sign-off
            Our final price for lots 2 and 3 is {amount} a year, which is 6% under what we think the incumbent will bid and leaves us a margin of just {pct}.
            We know from a driver who moved to us that the incumbent's fleet is due for replacement next year, so they cannot go much lower.
            To get there we assume two routes are merged and the afternoon shift is staffed with part-timers; the council has not been told yet.
            Bids close on {date} at noon; until then the price stays in the locked folder and nobody discusses it with the subcontractors.
            Check the pricing table for arithmetic errors and tell me if the total per lot matches the summary page.
            | Lot | Routes | Annual price | Margin |↵|---|---|---|---|↵| 2 – North | 14 | {amount2} | {pct} |↵| 3 – Valley | 9 | {amount3} | {pct2} |
            If we lose lot 2, the depot in {city} is no longer viable and we will have to decide what happens to its {n} staff.
        """,
        "de": """
            ^Angebot Schülerbeförderung – finaler Preis, noch nicht abgegeben
            ^Ausschreibungsteam, Preisfreigabe
            Unser Endpreis für die Lose 2 und 3 liegt bei {amount} pro Jahr, 6 % unter dem, was wir vom bisherigen Betreiber erwarten; uns bleiben nur {pct} Marge.
            Von einem Fahrer, der zu uns gewechselt ist, wissen wir, dass die Flotte des Bestandsbetreibers nächstes Jahr erneuert werden muss; viel tiefer kann er nicht gehen.
            Dafür nehmen wir an, dass zwei Linien zusammengelegt und die Nachmittagsschicht mit Teilzeitkräften besetzt wird; der Landkreis weiß davon noch nichts.
            Angebotsfrist ist der {date}, 12 Uhr; bis dahin bleibt der Preis im gesperrten Ordner und wird mit keinem Subunternehmer besprochen.
            Prüf die Preistabelle auf Rechenfehler und sag mir, ob die Summe je Los mit der Übersichtsseite übereinstimmt.
            | Los | Linien | Jahrespreis | Marge |↵|---|---|---|---|↵| 2 – Nord | 14 | {amount2} | {pct} |↵| 3 – Tal | 9 | {amount3} | {pct2} |
            Verlieren wir Los 2, rechnet sich der Betriebshof in {city} nicht mehr, und wir müssen entscheiden, was mit den {n} Beschäftigten dort passiert.
        """,
        "fr": """
            ^Offre pour le transport scolaire – prix définitif, non déposé
            ^Équipe appels d'offres, validation du prix
            Notre prix final pour les lots 2 et 3 est de {amount} par an, 6 % sous ce que proposera selon nous le titulaire actuel ; il nous reste une marge de {pct}.
            Un conducteur passé chez nous nous a appris que la flotte du titulaire doit être renouvelée l'an prochain : il ne pourra pas descendre beaucoup plus bas.
            Pour tenir ce prix, on suppose la fusion de deux circuits et une équipe d'après-midi à temps partiel ; la collectivité n'en sait rien encore.
            Remise des offres le {date} à midi ; d'ici là, le prix reste dans le dossier verrouillé et on n'en parle à aucun sous-traitant.
            Vérifie le tableau de prix pour les erreurs de calcul et dis-moi si le total par lot correspond à la page de synthèse.
            | Lot | Circuits | Prix annuel | Marge |↵|---|---|---|---|↵| 2 – Nord | 14 | {amount2} | {pct} |↵| 3 – Vallée | 9 | {amount3} | {pct2} |
            Si nous perdons le lot 2, le dépôt de {city} n'est plus rentable et il faudra décider du sort de ses {n} salariés.
        """,
        "es": """
            ^Oferta del transporte escolar – precio final, todavía sin presentar
            ^Equipo de licitaciones, aprobación del precio
            Nuestro precio final para los lotes 2 y 3 es de {amount} al año, un 6 % por debajo de lo que creemos que ofertará el adjudicatario actual; el margen se queda en {pct}.
            Por un conductor que se vino con nosotros sabemos que la flota del adjudicatario actual hay que renovarla el año que viene, así que no puede bajar mucho más.
            Para llegar ahí suponemos que se fusionan dos rutas y que el turno de tarde se cubre con personal a tiempo parcial; la diputación aún no lo sabe.
            El plazo cierra el {date} a mediodía; hasta entonces el precio queda en la carpeta bloqueada y no se comenta con ningún subcontratista.
            Revisa la tabla de precios por si hay errores de cálculo y dime si el total por lote cuadra con la hoja resumen.
            | Lote | Rutas | Precio anual | Margen |↵|---|---|---|---|↵| 2 – Norte | 14 | {amount2} | {pct} |↵| 3 – Valle | 9 | {amount3} | {pct2} |
            Si perdemos el lote 2, la base de {city} deja de ser viable y tendremos que decidir qué pasa con sus {n} trabajadores.
        """,
        "nl": """
            ^Inschrijving leerlingenvervoer – definitieve prijs, nog niet ingediend
            ^Tenderteam, prijsakkoord
            Onze eindprijs voor percelen 2 en 3 is {amount} per jaar, 6% onder wat we van de huidige vervoerder verwachten; er blijft maar {pct} marge over.
            Van een chauffeur die naar ons overstapte weten we dat de vloot van de zittende vervoerder volgend jaar vervangen moet worden, dus veel lager kan die niet.
            Daarvoor gaan we ervan uit dat twee routes samengaan en de middagdienst met parttimers wordt bemand; de gemeente weet dat nog niet.
            De inschrijving sluit op {date} om 12.00 uur; tot dan blijft de prijs in de afgeschermde map en bespreken we hem met geen enkele onderaannemer.
            Controleer de prijstabel op rekenfouten en zeg of het totaal per perceel klopt met de samenvattingspagina.
            | Perceel | Routes | Jaarprijs | Marge |↵|---|---|---|---|↵| 2 – Noord | 14 | {amount2} | {pct} |↵| 3 – Dal | 9 | {amount3} | {pct2} |
            Verliezen we perceel 2, dan is de vestiging in {city} niet meer rendabel en moeten we beslissen wat er met de {n} medewerkers daar gebeurt.
        """,
    }),
    Family("player_injury_transfer_file", C, "blind4", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Medical and transfer file – {name}
            ^Sporting director's notes, transfer window
            The scan after Saturday's match shows a partial cruciate tear; the club doctor expects six to eight months out, but the public line is "a knock, day to day".
            {name}'s agent does not know the scan result yet; the offer from {company} is for {amount} and is conditional on a medical next week.
            If the buying club's doctors find the tear, the deal is off and we have a player on full wages who will not play until spring.
            He also told the physio in confidence that he has been struggling with anxiety since the move and sleeps badly before away games.
            Should we tell the buying club about the scan before their medical, or let their doctors find it? List the consequences of each.
            Draft a short statement for the website that says nothing about the injury beyond "he will be assessed this week".
            - Scan result: partial tear, surgery likely↵- Offer: conditional, medical on {date}↵- Wages: {amount2} a month until the contract ends in {year}
        """,
        "de": """
            ^Medizin- und Transferakte – {name}
            ^Notizen des Sportdirektors, Transferfenster
            Das MRT nach dem Spiel am Samstag zeigt einen Kreuzbandteilriss; der Mannschaftsarzt rechnet mit sechs bis acht Monaten Pause, nach außen heißt es „Prellung, täglich neu bewertet“.
            Der Berater von {name} kennt den Befund noch nicht; das Angebot von {company} liegt bei {amount} und steht unter dem Vorbehalt des Medizinchecks nächste Woche.
            Finden die Ärzte des kaufenden Vereins den Riss, platzt der Wechsel, und wir haben einen Spieler mit vollem Gehalt, der bis zum Frühjahr ausfällt.
            Er hat dem Physiotherapeuten außerdem anvertraut, dass er seit dem Umzug mit Angstzuständen kämpft und vor Auswärtsspielen schlecht schläft.
            Sollen wir den anderen Verein vor dem Medizincheck über das MRT informieren oder ihre Ärzte es selbst finden lassen? Nenne die Folgen beider Wege.
            Entwirf eine kurze Meldung für die Website, die über die Verletzung nur sagt: „Er wird diese Woche untersucht.“
            - Befund: Teilriss, OP wahrscheinlich↵- Angebot: unter Vorbehalt, Medizincheck am {date}↵- Gehalt: {amount2} im Monat bis Vertragsende {year}
        """,
        "fr": """
            ^Dossier médical et transfert – {name}
            ^Notes du directeur sportif, mercato
            L'IRM après le match de samedi montre une rupture partielle des ligaments croisés ; le médecin du club prévoit six à huit mois d'arrêt, mais la version officielle reste « une contusion, on verra jour après jour ».
            L'agent de {name} ne connaît pas encore le résultat ; l'offre de {company} s'élève à {amount} et dépend de la visite médicale de la semaine prochaine.
            Si les médecins du club acheteur voient la rupture, le transfert tombe et nous gardons un joueur payé plein pot qui ne jouera pas avant le printemps.
            Il a aussi confié au kiné qu'il souffre d'anxiété depuis son déménagement et qu'il dort mal avant les matchs à l'extérieur.
            Faut-il prévenir le club acheteur de l'IRM avant la visite médicale, ou laisser leurs médecins le découvrir ? Liste les conséquences de chaque option.
            Rédige un court communiqué pour le site qui ne dit rien de la blessure au-delà de « il passera des examens cette semaine ».
            - IRM : rupture partielle, opération probable↵- Offre : conditionnelle, visite médicale le {date}↵- Salaire : {amount2} par mois jusqu'à la fin du contrat en {year}
        """,
        "es": """
            ^Expediente médico y de traspaso – {name}
            ^Notas del director deportivo, mercado de fichajes
            La resonancia tras el partido del sábado muestra una rotura parcial del cruzado; el médico del club calcula seis a ocho meses de baja, pero la versión oficial es «un golpe, se evalúa a diario».
            El representante de {name} aún no sabe el resultado; la oferta de {company} es de {amount} y depende del reconocimiento médico de la semana que viene.
            Si los médicos del club comprador ven la rotura, se cae la operación y nos quedamos con un jugador cobrando el sueldo entero que no jugará hasta la primavera.
            Además le contó al fisio en confianza que desde la mudanza sufre ansiedad y duerme mal antes de los partidos fuera de casa.
            ¿Avisamos al club comprador de la resonancia antes del reconocimiento o dejamos que la encuentren sus médicos? Enumera las consecuencias de cada opción.
            Redacta un comunicado breve para la web que no diga de la lesión más que «será evaluado esta semana».
            - Resonancia: rotura parcial, probable operación↵- Oferta: condicionada, reconocimiento el {date}↵- Sueldo: {amount2} al mes hasta que acabe el contrato en {year}
        """,
        "nl": """
            ^Medisch en transferdossier – {name}
            ^Aantekeningen technisch directeur, transferperiode
            De scan na de wedstrijd van zaterdag toont een gedeeltelijke kruisbandscheur; de clubarts verwacht zes tot acht maanden uitval, maar naar buiten toe heet het 'een kneuzing, we kijken per dag'.
            De zaakwaarnemer van {name} kent de uitslag nog niet; het bod van {company} is {amount} en hangt af van de medische keuring volgende week.
            Vinden de artsen van de kopende club de scheur, dan gaat de transfer niet door en zitten wij met een speler op vol salaris die tot het voorjaar niet speelt.
            Hij vertelde de fysio ook in vertrouwen dat hij sinds de verhuizing met angstklachten worstelt en slecht slaapt voor uitwedstrijden.
            Moeten we de kopende club vóór de keuring over de scan inlichten, of hun artsen het zelf laten vinden? Zet de gevolgen van beide op een rij.
            Schrijf een kort bericht voor de website dat over de blessure niet meer zegt dan 'hij wordt deze week onderzocht'.
            - Scan: gedeeltelijke scheur, operatie waarschijnlijk↵- Bod: voorwaardelijk, keuring op {date}↵- Salaris: {amount2} per maand tot het contract afloopt in {year}
        """,
    }),
    Family("newsroom_source_notes", C, "blind4", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Investigation: care home staffing – source notes
            ^Reporter's notes, do not file to the shared drive
            Our source is a night nurse at the {city} home; she has worked there for eleven years and would be recognised from her shift pattern alone.
            She says residents were left in wet beds for hours on at least {n} nights in October because the agency staff never turned up.
            We agreed she is described only as "a member of staff"; no ward, no shift, no length of service in anything we publish.
            She is a single parent and cannot afford to lose the job; she gave us the rota photos from her own phone, so we must not publish them as images.
            Our second source, {name}, works in the owner's head office and confirmed the cost-cutting target by voice only, not in writing.
            Rewrite the draft paragraph so that nothing in it points to which nurse is talking, and tell me which details could still identify her.
            The editor wants the owner's right of reply sent on {date}; before that, nobody outside the three of us knows who the sources are.
        """,
        "de": """
            ^Recherche: Personalmangel im Pflegeheim – Quellennotizen
            ^Notizen der Reporterin, nicht auf dem Teamlaufwerk ablegen
            Unsere Quelle ist Nachtschwester im Heim in {city}; sie arbeitet seit elf Jahren dort und wäre allein an ihrem Dienstplan zu erkennen.
            Sie sagt, Bewohner hätten im Oktober in mindestens {n} Nächten stundenlang in nassen Betten gelegen, weil die Leihkräfte nicht kamen.
            Vereinbart ist, dass sie nur als „eine Mitarbeiterin“ vorkommt: keine Station, keine Schicht, keine Betriebszugehörigkeit in irgendeiner Veröffentlichung.
            Sie ist alleinerziehend und kann sich den Jobverlust nicht leisten; die Dienstplanfotos stammen von ihrem eigenen Handy, wir dürfen sie nicht als Bild zeigen.
            Unsere zweite Quelle, {name}, arbeitet in der Zentrale des Betreibers und hat das Sparziel nur mündlich bestätigt, nicht schriftlich.
            Schreib den Absatz so um, dass nichts mehr darauf hindeutet, welche Pflegerin spricht, und sag mir, welche Details sie trotzdem verraten könnten.
            Die Chefredaktion will die Anfrage an den Betreiber am {date} rausschicken; bis dahin weiß außer uns dreien niemand, wer die Quellen sind.
        """,
        "fr": """
            ^Enquête : effectifs en maison de retraite – notes sur les sources
            ^Notes du journaliste, ne pas déposer sur le serveur commun
            Notre source est infirmière de nuit à l'établissement de {city} ; elle y travaille depuis onze ans et serait reconnaissable à son seul planning.
            Elle affirme que des résidents sont restés des heures dans des lits mouillés au moins {n} nuits en octobre, faute d'intérimaires.
            Il est convenu qu'elle sera seulement « une salariée » : ni service, ni horaire, ni ancienneté dans ce que nous publierons.
            Elle élève seule ses enfants et ne peut pas perdre ce poste ; les photos de planning viennent de son propre téléphone, on ne doit pas les publier telles quelles.
            Notre deuxième source, {name}, travaille au siège du gestionnaire et a confirmé l'objectif d'économies de vive voix uniquement, jamais par écrit.
            Réécris le paragraphe pour que rien n'indique quelle infirmière parle, et dis-moi quels détails pourraient encore la trahir.
            La rédaction en chef veut envoyer la demande de réaction au gestionnaire le {date} ; d'ici là, personne d'autre que nous trois ne connaît les sources.
        """,
        "es": """
            ^Investigación: plantillas en residencias – notas sobre fuentes
            ^Notas de la periodista, no subir a la carpeta compartida
            Nuestra fuente es enfermera de noche en la residencia de {city}; lleva once años allí y se la reconocería solo por su turno.
            Cuenta que en octubre, al menos {n} noches, hubo residentes que pasaron horas en camas mojadas porque el personal de la agencia no apareció.
            Acordamos que solo aparecerá como «una trabajadora»: ni planta, ni turno, ni antigüedad en nada de lo que publiquemos.
            Es madre sola y no puede permitirse perder el trabajo; las fotos de los cuadrantes son de su propio móvil, así que no podemos publicarlas como imagen.
            Nuestra segunda fuente, {name}, trabaja en la sede de la empresa y confirmó el objetivo de recorte solo de palabra, no por escrito.
            Reescribe el párrafo para que nada apunte a qué enfermera habla y dime qué detalles todavía podrían delatarla.
            La dirección quiere enviar la petición de réplica a la empresa el {date}; hasta entonces nadie fuera de nosotros tres sabe quiénes son las fuentes.
        """,
        "nl": """
            ^Onderzoek: personeelstekort in verpleeghuis – bronnotities
            ^Aantekeningen van de verslaggever, niet op de gedeelde schijf zetten
            Onze bron is nachtverpleegkundige in het huis in {city}; ze werkt er elf jaar en zou alleen al aan haar rooster te herkennen zijn.
            Volgens haar lagen bewoners in oktober minstens {n} nachten urenlang in natte bedden omdat de uitzendkrachten niet kwamen opdagen.
            Afgesproken is dat ze alleen 'een medewerker' heet: geen afdeling, geen dienst, geen dienstjaren in wat we publiceren.
            Ze is alleenstaande moeder en kan haar baan niet kwijtraken; de roosterfoto's komen van haar eigen telefoon, die mogen we niet als beeld plaatsen.
            Onze tweede bron, {name}, werkt op het hoofdkantoor van de eigenaar en bevestigde de bezuinigingsdoelstelling alleen mondeling, niet op papier.
            Herschrijf de alinea zo dat niets meer verraadt welke verpleegkundige aan het woord is, en zeg welke details haar nog kunnen herkenbaar maken.
            De hoofdredactie wil het verzoek om wederhoor op {date} naar de eigenaar sturen; tot dan weet buiten ons drieën niemand wie de bronnen zijn.
        """,
    }),
    Family("tenant_screening_file", C, "blind4", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Application for the two-bed flat, {street}
            ^Letting agent – referencing summary for the landlord
            Applicant: {name}, nurse on a fixed-term contract; monthly take-home pay is a little under three times the rent, so we would need a guarantor.
            Her previous landlord says she paid on time but left owing two months after a separation; she has since paid it back in instalments.
            The credit check shows a county court judgment from {year}, satisfied, and a debt management plan that ended last spring.
            She mentioned she has a daughter with autism who needs her own room and a quiet building, which is why she wants the top floor.
            Guarantor is her father, {name2}, retired, on {phone}; his pension statement is attached but the bank letter is still missing.
            Write a neutral summary for the landlord with a recommendation, leaving out anything about the child's health.
            Send the outcome to the applicant at {email} by Friday; if we decline, give the reason only in general terms.
        """,
        "de": """
            ^Bewerbung für die Dreizimmerwohnung, {street}
            ^Hausverwaltung – Auswertung der Unterlagen für den Vermieter
            Bewerberin: {name}, Pflegekraft mit befristetem Vertrag; ihr Nettoeinkommen liegt knapp unter dem Dreifachen der Miete, wir bräuchten also einen Bürgen.
            Der Vorvermieter sagt, sie habe pünktlich gezahlt, sei aber nach einer Trennung mit zwei Monatsmieten im Rückstand ausgezogen; das hat sie inzwischen in Raten beglichen.
            Die Schufa-Auskunft zeigt einen erledigten Vollstreckungsbescheid aus {year} und eine Schuldnerberatung, die im Frühjahr abgeschlossen wurde.
            Sie erwähnte, dass ihre Tochter Autistin ist, ein eigenes Zimmer und ein ruhiges Haus braucht; deshalb möchte sie ins Dachgeschoss.
            Bürge ist ihr Vater, {name2}, Rentner, erreichbar unter {phone}; die Rentenmitteilung liegt bei, die Bankbestätigung fehlt noch.
            Schreib eine sachliche Zusammenfassung mit Empfehlung für den Vermieter und lass alles zur Gesundheit des Kindes weg.
            Die Entscheidung bis Freitag an die Bewerberin unter {email}; bei einer Absage den Grund nur allgemein nennen.
        """,
        "fr": """
            ^Candidature pour le T3, {street}
            ^Agence de location – synthèse du dossier pour le propriétaire
            Candidate : {name}, infirmière en CDD ; son salaire net fait un peu moins de trois fois le loyer, il faudrait donc un garant.
            L'ancien propriétaire indique qu'elle payait à l'heure mais qu'elle est partie avec deux mois d'impayés après une séparation ; elle a tout remboursé depuis, en plusieurs fois.
            Elle a eu un dossier de surendettement, clos au printemps, et une condamnation à payer datant de {year}, soldée depuis.
            Elle a mentionné que sa fille est autiste et a besoin de sa propre chambre et d'un immeuble calme, d'où sa demande pour le dernier étage.
            Le garant est son père, {name2}, retraité, joignable au {phone} ; son relevé de pension est joint, l'attestation bancaire manque encore.
            Rédige une synthèse neutre pour le propriétaire avec une recommandation, sans rien sur la santé de l'enfant.
            Envoie la réponse à la candidate à {email} d'ici vendredi ; en cas de refus, ne donne le motif qu'en termes généraux.
        """,
        "es": """
            ^Solicitud para el piso de dos dormitorios, {street}
            ^Agencia de alquiler – resumen de referencias para el propietario
            Solicitante: {name}, enfermera con contrato temporal; su sueldo neto es algo menos de tres veces la renta, así que haría falta un avalista.
            El casero anterior dice que pagaba puntualmente, pero que se fue debiendo dos meses tras una separación; desde entonces lo ha devuelto a plazos.
            En el informe de solvencia aparece una deuda reclamada judicialmente en {year}, ya pagada, y un plan de pagos que terminó en primavera.
            Comentó que su hija tiene autismo y necesita habitación propia y un edificio tranquilo; por eso quiere el último piso.
            El avalista es su padre, {name2}, jubilado, en el {phone}; la carta de la pensión está adjunta, pero falta el certificado del banco.
            Escribe un resumen neutral para el propietario con una recomendación, sin nada sobre la salud de la niña.
            Comunica la decisión a la solicitante en {email} antes del viernes; si la rechazamos, da el motivo solo en términos generales.
        """,
        "nl": """
            ^Aanvraag voor het driekamerappartement, {street}
            ^Verhuurmakelaar – screeningsamenvatting voor de verhuurder
            Kandidaat: {name}, verpleegkundige met een tijdelijk contract; haar netto-inkomen is iets minder dan drie keer de huur, dus we zouden een borg nodig hebben.
            De vorige verhuurder zegt dat ze op tijd betaalde, maar na een scheiding met twee maanden achterstand vertrok; dat heeft ze inmiddels in termijnen terugbetaald.
            Uit de kredietcheck blijkt een betaalde vordering uit {year} en een schuldhulptraject dat dit voorjaar is afgerond.
            Ze vertelde dat haar dochter autisme heeft en een eigen kamer en een rustig gebouw nodig heeft; daarom wil ze de bovenste verdieping.
            Borg is haar vader, {name2}, gepensioneerd, bereikbaar op {phone}; het pensioenoverzicht zit erbij, de bankverklaring ontbreekt nog.
            Schrijf een neutrale samenvatting met advies voor de verhuurder en laat alles over de gezondheid van het kind weg.
            Stuur de uitkomst vóór vrijdag naar de kandidaat op {email}; bij een afwijzing alleen in algemene termen de reden noemen.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("construction_delay_counsel", X, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Privileged & Confidential – attorney work product
            ^Construction counsel's advice on the warehouse delay claim
            Our construction lawyers think the contractor's delay claim is weak for the first three months, because their own programme already showed the steel arriving late.
            Counsel is less comfortable about the design changes we issued in spring: each one gives the contractor an argument for extra time, and we never agreed the effect in writing.
            Her advice is to stop deducting liquidated damages from the interim payments until the expert has analysed the critical path; deducting now invites an adjudication we could lose.
            The site manager's diary entries from {date} about "waiting on our drawings" are the most damaging documents; counsel wants to read them before anyone replies to the contractor.
            On her estimate, the realistic range is an extension of eight to ten weeks and between {amount} and {amount2} of extra cost.
            Summarise counsel's advice for the project board in half a page: where we are strong, where we are exposed, and what not to put in writing.
            Which of the lawyer's two routes – negotiate now or wait for the expert report – costs us less if the adjudicator sides with the contractor?
        """,
        "de": """
            ^Anwaltlich vertraulich – Arbeitsprodukt der Kanzlei
            ^Beratung der Baurechtler zur Bauzeitverlängerung beim Lagerneubau
            Unsere Baurechtsanwälte halten die Nachtragsforderung des Bauunternehmers für die ersten drei Monate für schwach, weil schon sein eigener Bauzeitenplan den Stahl verspätet zeigte.
            Weniger wohl ist der Anwältin bei den Planänderungen, die wir im Frühjahr angeordnet haben: Jede gibt dem Unternehmer ein Argument für mehr Zeit, und wir haben die Folgen nie schriftlich vereinbart.
            Sie rät, die Vertragsstrafe vorerst nicht mehr von den Abschlagszahlungen abzuziehen, bis der Gutachter den kritischen Pfad ausgewertet hat; sonst riskieren wir ein Schiedsgutachten, das wir verlieren könnten.
            Am gefährlichsten sind die Bautagebucheinträge des Bauleiters vom {date} zum „Warten auf unsere Pläne“; die Anwältin will sie lesen, bevor irgendjemand dem Unternehmer antwortet.
            Nach ihrer Schätzung sind realistisch acht bis zehn Wochen Verlängerung und Mehrkosten zwischen {amount} und {amount2}.
            Fasse die Beratung der Anwältin für den Projektlenkungskreis auf einer halben Seite zusammen: wo wir stark sind, wo angreifbar und was nicht schriftlich festgehalten werden sollte.
            Welcher der beiden Wege der Anwältin – jetzt verhandeln oder das Gutachten abwarten – kostet uns weniger, wenn der Schlichter dem Unternehmer recht gibt?
        """,
        "fr": """
            ^Couvert par le secret professionnel de l'avocat
            ^Conseil de l'avocate en droit de la construction sur la réclamation pour retard de l'entrepôt
            Nos avocats en droit de la construction jugent la réclamation de l'entreprise faible pour les trois premiers mois, car son propre planning montrait déjà l'acier en retard.
            L'avocate est moins à l'aise avec les modifications de conception que nous avons imposées au printemps : chacune justifie une demande de délai, et nous n'en avons jamais fixé l'effet par écrit.
            Elle conseille de cesser de retenir les pénalités de retard sur les situations de travaux tant que l'expert n'a pas analysé le chemin critique ; les retenir maintenant nous exposerait à une procédure que nous pourrions perdre.
            Les pièces les plus dangereuses sont les notes du conducteur de travaux du {date} sur « l'attente de nos plans » ; l'avocate veut les lire avant toute réponse à l'entreprise.
            Selon son estimation, la fourchette réaliste est une prolongation de huit à dix semaines et un surcoût entre {amount} et {amount2}.
            Résume le conseil de l'avocate pour le comité de projet en une demi-page : nos points forts, nos points faibles et ce qu'il ne faut pas écrire.
            Laquelle des deux voies proposées par l'avocate – négocier maintenant ou attendre le rapport d'expertise – nous coûte le moins si l'entreprise obtient gain de cause ?
        """,
        "es": """
            ^Confidencial abogado-cliente
            ^Asesoramiento de la abogada de construcción sobre la reclamación por retraso del almacén
            Nuestros abogados de construcción creen que la reclamación del contratista es débil para los tres primeros meses, porque su propio plan de obra ya mostraba el acero con retraso.
            A la abogada le preocupan más los cambios de proyecto que ordenamos en primavera: cada uno da al contratista un argumento para pedir más plazo, y nunca pactamos su efecto por escrito.
            Aconseja dejar de descontar las penalizaciones por demora de las certificaciones hasta que el perito analice el camino crítico; descontarlas ahora nos arrastra a un arbitraje que podríamos perder.
            Los documentos más dañinos son las anotaciones del jefe de obra del {date} sobre «esperando nuestros planos»; la abogada quiere leerlas antes de que nadie conteste al contratista.
            Según su cálculo, lo realista es una ampliación de ocho a diez semanas y un sobrecoste de entre {amount} y {amount2}.
            Resume el consejo de la abogada para el comité del proyecto en media página: dónde somos fuertes, dónde estamos expuestos y qué no conviene poner por escrito.
            ¿Cuál de las dos vías de la abogada – negociar ya o esperar al informe pericial – nos sale más barata si el árbitro da la razón al contratista?
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt
            ^Advies van de bouwrechtadvocaat over de vertragingsclaim voor het magazijn
            Onze bouwrechtadvocaten vinden de vertragingsclaim van de aannemer zwak voor de eerste drie maanden, omdat zijn eigen planning het staal al te laat liet binnenkomen.
            Minder gerust is de advocaat over de ontwerpwijzigingen die wij in het voorjaar hebben opgedragen: elke wijziging geeft de aannemer een argument voor meer tijd, en we hebben het effect nooit schriftelijk vastgelegd.
            Haar advies is om de boete voorlopig niet meer op de termijnbetalingen in te houden tot de deskundige het kritieke pad heeft geanalyseerd; nu inhouden lokt een geschil uit dat we kunnen verliezen.
            Het schadelijkst zijn de dagboekaantekeningen van de uitvoerder van {date} over 'wachten op onze tekeningen'; de advocaat wil ze lezen voordat iemand de aannemer antwoordt.
            Volgens haar schatting is realistisch acht tot tien weken verlenging en tussen {amount} en {amount2} aan meerkosten.
            Vat het advies van de advocaat samen voor de stuurgroep op een halve pagina: waar we sterk staan, waar we kwetsbaar zijn en wat we niet op papier moeten zetten.
            Welke van de twee routes van de advocaat – nu onderhandelen of het deskundigenrapport afwachten – kost ons minder als de arbiter de aannemer gelijk geeft?
        """,
    }),
    Family("franchise_termination_counsel", X, "blind4", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Outside counsel's view on ending the {city} franchise
            ^Notes from the call with our franchise lawyers
            Our franchise lawyers say we can terminate for the unpaid royalties, but only after a formal notice that gives the franchisee thirty days to pay; the e-mail we sent in {year} does not count.
            Counsel warned that the franchisee will argue we starved him of marketing support, and our own regional manager's report from last summer partly agrees with him.
            Her advice is not to stop deliveries before the notice period ends: doing so would hand him a claim for wrongful termination worth more than the royalties he owes.
            On the non-solicitation clause, she thinks a court would cut it down to one year and the immediate area, so we should not threaten him with the full five years.
            She puts the realistic cost of a clean exit, including buying back the stock, at around {amount}, against roughly {amount2} if this ends in court.
            Summarise our lawyer's advice for the franchise director as five bullet points, and flag the two things he must not say to the franchisee.
            Does counsel's timeline still work if the franchisee pays half of the arrears before the deadline? Walk me through her reasoning.
        """,
        "de": """
            ^Einschätzung der externen Anwälte zur Kündigung des Franchisenehmers in {city}
            ^Notizen aus dem Telefonat mit unseren Franchise-Anwälten
            Unsere Franchise-Anwälte sagen, wir können wegen der offenen Lizenzgebühren kündigen, aber erst nach einer förmlichen Abmahnung mit dreißig Tagen Frist; die E-Mail von {year} reicht dafür nicht.
            Die Anwältin warnt, der Franchisenehmer werde behaupten, wir hätten ihm die Marketingunterstützung entzogen – und der Bericht unseres eigenen Regionalleiters vom letzten Sommer gibt ihm teilweise recht.
            Ihr Rat: keine Lieferungen einstellen, bevor die Frist abgelaufen ist, sonst liefern wir ihm einen Schadensersatzanspruch wegen unberechtigter Kündigung, der höher wäre als seine Schulden.
            Zum Abwerbeverbot meint sie, ein Gericht würde es auf ein Jahr und das unmittelbare Umfeld kürzen; mit den vollen fünf Jahren sollten wir ihm also nicht drohen.
            Einen sauberen Ausstieg einschließlich Rückkauf der Ware schätzt sie auf etwa {amount}, einen Prozess auf rund {amount2}.
            Fasse die Beratung unserer Anwältin für den Franchise-Direktor in fünf Stichpunkten zusammen und markiere die zwei Dinge, die er dem Franchisenehmer keinesfalls sagen darf.
            Geht der Zeitplan der Anwältin noch auf, wenn der Franchisenehmer vor Fristablauf die Hälfte der Rückstände zahlt? Erklär mir ihre Überlegung.
        """,
        "fr": """
            ^L'avis de nos avocats sur la fin de la franchise de {city}
            ^Notes de l'appel avec nos avocats en franchise
            Nos avocats en franchise estiment que nous pouvons résilier pour redevances impayées, mais seulement après une mise en demeure laissant trente jours au franchisé ; le courriel envoyé en {year} ne suffit pas.
            L'avocate prévient que le franchisé soutiendra que nous l'avons privé de soutien marketing, et le rapport de notre propre directeur régional de l'été dernier lui donne en partie raison.
            Elle conseille de ne pas couper les livraisons avant la fin du délai : ce serait lui offrir une action pour rupture abusive qui vaudrait plus que les redevances dues.
            Sur la clause de non-sollicitation, elle pense qu'un juge la réduirait à un an et au secteur immédiat ; inutile donc de le menacer des cinq ans prévus.
            Elle évalue une sortie propre, rachat du stock compris, à environ {amount}, contre à peu près {amount2} si l'affaire finit devant le juge.
            Résume l'avis de notre avocate pour le directeur de la franchise en cinq points, et signale les deux choses qu'il ne doit surtout pas dire au franchisé.
            Le calendrier de l'avocate tient-il encore si le franchisé paie la moitié de l'arriéré avant l'échéance ? Explique-moi son raisonnement.
        """,
        "es": """
            ^La opinión de los abogados externos sobre terminar la franquicia de {city}
            ^Notas de la llamada con nuestros abogados de franquicias
            Nuestros abogados de franquicias dicen que podemos resolver el contrato por los cánones impagados, pero solo tras un requerimiento formal que dé al franquiciado treinta días; el correo de {year} no sirve.
            La abogada advierte que el franquiciado alegará que le dejamos sin apoyo de marketing, y el informe de nuestro propio director regional del verano pasado le da algo de razón.
            Su consejo es no cortar los suministros antes de que venza el plazo: sería regalarle una reclamación por resolución indebida que valdría más que lo que nos debe.
            Sobre la cláusula de no captación, cree que un juez la reduciría a un año y a la zona inmediata, así que no conviene amenazarle con los cinco años completos.
            Calcula que una salida limpia, recompra de existencias incluida, costaría unos {amount}, frente a unos {amount2} si acabamos en los tribunales.
            Resume el consejo de nuestra abogada para el director de franquicias en cinco puntos y señala las dos cosas que no debe decirle al franquiciado.
            ¿Sigue valiendo el calendario de la abogada si el franquiciado paga la mitad de la deuda antes del plazo? Explícame su razonamiento.
        """,
        "nl": """
            ^Het oordeel van onze externe advocaten over het beëindigen van de franchise in {city}
            ^Aantekeningen van het gesprek met onze franchiseadvocaten
            Onze franchiseadvocaten zeggen dat we kunnen opzeggen wegens de onbetaalde royalty's, maar pas na een formele ingebrekestelling met dertig dagen termijn; de e-mail uit {year} telt niet.
            De advocaat waarschuwt dat de franchisenemer zal stellen dat we hem marketingsteun hebben onthouden, en het rapport van onze eigen regiomanager van vorige zomer geeft hem deels gelijk.
            Haar advies is de leveringen niet te stoppen voordat de termijn verstreken is; anders geven we hem een claim wegens onterechte beëindiging die meer waard is dan wat hij ons schuldig is.
            Over het relatiebeding denkt ze dat een rechter het terugbrengt tot één jaar en de directe omgeving, dus dreigen met de volle vijf jaar heeft geen zin.
            Een nette exit inclusief terugkoop van de voorraad schat ze op ongeveer {amount}, tegenover zo'n {amount2} als het bij de rechter eindigt.
            Vat het advies van onze advocaat voor de franchisedirecteur samen in vijf punten en markeer de twee dingen die hij de franchisenemer niet mag zeggen.
            Klopt de planning van de advocaat nog als de franchisenemer vóór de deadline de helft van de achterstand betaalt? Leg haar redenering uit.
        """,
    }),
    Family("pension_trustee_counsel", X, "blind4", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Trustee meeting – advice from the scheme's lawyers
            ^Legal advice to the trustees on the employer's proposal
            The scheme's lawyers advise the trustees not to accept the employer's offer to stretch the recovery plan to twelve years without a guarantee from the parent company.
            In counsel's view, the planned sale of the {city} business is an event the trustees must be told about in advance, and the employer's silence so far could itself be challenged.
            Counsel thinks the regulator would see a longer plan without security as the trustees putting the employer ahead of members, and the trustees would have to justify it personally.
            If the employer refuses a guarantee, the lawyers suggest asking for a charge over the head-office building instead, worth roughly {amount} on the last valuation.
            The chair asked whether the trustees could be sued personally; the lawyers' answer was that the indemnity covers them only if they follow a documented, advised process.
            Turn the lawyers' advice into a one-page paper for the trustee board, with the decision they need to take and the options, and keep it out of the employer's board pack.
            What does counsel recommend we say to the finance director on Thursday, and what should we hold back until the covenant review is done?
        """,
        "de": """
            ^Treuhändersitzung – Beratung durch die Anwälte der Pensionskasse
            ^Rechtsberatung für das Treuhändergremium zum Vorschlag des Arbeitgebers
            Die Anwälte der Kasse raten dem Gremium, das Angebot des Arbeitgebers, den Sanierungsplan auf zwölf Jahre zu strecken, nicht ohne Garantie der Muttergesellschaft anzunehmen.
            Nach Ansicht der Anwälte muss der geplante Verkauf des Geschäfts in {city} dem Gremium vorab mitgeteilt werden; dass der Arbeitgeber bisher schweigt, ließe sich schon für sich angreifen.
            Die Aufsicht würde einen längeren Plan ohne Sicherheiten so lesen, dass das Gremium den Arbeitgeber über die Versicherten stellt – und jedes Mitglied müsste das persönlich rechtfertigen.
            Lehnt der Arbeitgeber eine Garantie ab, schlagen die Anwälte stattdessen eine Grundschuld auf das Verwaltungsgebäude vor, laut letzter Bewertung etwa {amount} wert.
            Auf die Frage des Vorsitzenden, ob die Mitglieder persönlich haften, antworteten die Anwälte: Die Freistellung greift nur bei einem dokumentierten, beratenen Verfahren.
            Mach aus der Beratung eine einseitige Vorlage für das Gremium, mit der anstehenden Entscheidung und den Optionen, und halte sie aus den Unterlagen für den Vorstand des Arbeitgebers heraus.
            Was empfehlen die Anwälte, dem Finanzvorstand am Donnerstag zu sagen, und was sollten wir bis zur Bonitätsprüfung zurückhalten?
        """,
        "fr": """
            ^Réunion des administrateurs – avis des avocats du régime
            ^Conseil juridique aux administrateurs sur la proposition de l'employeur
            Les avocats du régime déconseillent aux administrateurs d'accepter l'offre de l'employeur d'étaler le plan de redressement sur douze ans sans garantie de la maison mère.
            Selon eux, la cession prévue de l'activité de {city} doit être annoncée aux administrateurs à l'avance, et le silence de l'employeur jusqu'ici pourrait déjà être contesté.
            Le régulateur verrait dans un plan plus long sans sûreté la preuve que les administrateurs font passer l'employeur avant les affiliés, et chacun devrait s'en justifier personnellement.
            Si l'employeur refuse la garantie, les avocats proposent de demander une hypothèque sur l'immeuble du siège, évalué à environ {amount} lors de la dernière expertise.
            Le président a demandé si les administrateurs pouvaient être poursuivis personnellement ; réponse des avocats : l'indemnisation ne les couvre que s'ils suivent une procédure documentée et conseillée.
            Transforme l'avis des avocats en une note d'une page pour le conseil des administrateurs, avec la décision à prendre et les options, et garde-la hors du dossier du conseil de l'employeur.
            Que recommandent les avocats de dire au directeur financier jeudi, et que faut-il garder pour nous jusqu'à la fin de l'analyse de solvabilité ?
        """,
        "es": """
            ^Reunión de la comisión de control – asesoramiento de los abogados del plan
            ^Asesoramiento jurídico a la comisión sobre la propuesta de la empresa
            Los abogados del plan aconsejan a la comisión no aceptar la oferta de la empresa de alargar el plan de financiación a doce años sin una garantía de la matriz.
            En su opinión, la venta prevista del negocio de {city} debe comunicarse a la comisión por adelantado, y el silencio de la empresa hasta ahora ya podría impugnarse.
            El supervisor vería un plan más largo sin garantías como que la comisión antepone la empresa a los partícipes, y cada miembro tendría que justificarlo personalmente.
            Si la empresa se niega a dar la garantía, los abogados proponen pedir una hipoteca sobre el edificio de la sede, valorado en unos {amount} en la última tasación.
            El presidente preguntó si podían demandarles a título personal; los abogados respondieron que la indemnización solo les cubre si siguen un proceso documentado y asesorado.
            Convierte el asesoramiento de los abogados en una nota de una página para la comisión, con la decisión pendiente y las opciones, y que no entre en la documentación del consejo de la empresa.
            ¿Qué recomiendan los abogados decirle al director financiero el jueves y qué conviene guardarse hasta terminar el análisis de solvencia?
        """,
        "nl": """
            ^Bestuursvergadering pensioenfonds – advies van de fondsadvocaten
            ^Juridisch advies aan het bestuur over het voorstel van de werkgever
            De advocaten van het fonds raden het bestuur af het aanbod van de werkgever te accepteren om het herstelplan over twaalf jaar uit te smeren zonder garantie van het moederbedrijf.
            Volgens hen moet de geplande verkoop van het bedrijfsonderdeel in {city} vooraf aan het bestuur worden gemeld, en is het zwijgen van de werkgever tot nu toe al aanvechtbaar.
            De toezichthouder zou een langer plan zonder zekerheid zien als een bestuur dat de werkgever boven de deelnemers stelt, en elk bestuurslid zou dat persoonlijk moeten verantwoorden.
            Weigert de werkgever een garantie, dan stellen de advocaten voor een hypotheekrecht op het hoofdkantoor te vragen, volgens de laatste taxatie ongeveer {amount} waard.
            De voorzitter vroeg of bestuursleden persoonlijk aansprakelijk kunnen worden gesteld; volgens de advocaten dekt de vrijwaring alleen wie een vastgelegd en geadviseerd proces volgt.
            Maak van het advies van de advocaten een notitie van één pagina voor het bestuur, met het te nemen besluit en de opties, en houd haar buiten de vergaderstukken van de werkgever.
            Wat raden de advocaten aan om donderdag tegen de financieel directeur te zeggen, en wat houden we achter tot de beoordeling van de werkgever klaar is?
        """,
    }),
    Family("family_succession_counsel", X, "blind4", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Succession plan for {company} – notes from our family lawyer
            ^Advice on the shareholding after Dad's stroke
            Our lawyer says the power of attorney Dad signed in {year} does not cover voting his shares at a shareholders' meeting, so nothing can be decided for him until that is fixed.
            She advises against moving shares to the three of us now: with my brother contesting the will already, a transfer while Dad cannot decide for himself would look like pressure.
            Her view is that my brother's claim that Dad promised him the company is weak, but the birthday letter he kept could be read as a promise, and a judge might give it weight.
            The lawyer wants the minutes of the {date} board meeting and Dad's medical letters before we do anything; she will send a list of documents to {email}.
            She estimates that a buy-out of my brother's expected share would cost the family around {amount}, which the company cannot pay without a bank loan.
            Summarise the lawyer's advice for my sisters in plain words: what we can do now, what we must not do, and what it will cost if my brother goes to court.
            If Dad recovers enough to sign, what does the lawyer say we need so that nobody can challenge it later – a doctor's statement, a notary, both?
        """,
        "de": """
            ^Nachfolge bei {company} – Notizen vom Gespräch mit unserer Familienanwältin
            ^Beratung zu den Geschäftsanteilen nach Papas Schlaganfall
            Unsere Anwältin sagt, die Vorsorgevollmacht, die Papa {year} unterschrieben hat, deckt die Stimmabgabe in der Gesellschafterversammlung nicht; bis das geklärt ist, kann für ihn nichts entschieden werden.
            Sie rät davon ab, die Anteile jetzt auf uns drei zu übertragen: Da mein Bruder das Testament schon anficht, sähe eine Übertragung, solange Papa nicht selbst entscheiden kann, nach Druck aus.
            Die Behauptung meines Bruders, Papa habe ihm die Firma versprochen, hält sie für schwach, aber der Geburtstagsbrief, den er aufgehoben hat, ließe sich als Zusage lesen.
            Die Anwältin will das Protokoll der Beiratssitzung vom {date} und Papas Arztbriefe sehen, bevor wir irgendetwas tun; die Liste der Unterlagen schickt sie an {email}.
            Eine Abfindung für den erwarteten Anteil meines Bruders würde die Familie nach ihrer Schätzung etwa {amount} kosten, was die Firma ohne Bankkredit nicht stemmen kann.
            Fasse die Beratung der Anwältin für meine Schwestern in einfachen Worten zusammen: was wir jetzt tun können, was wir nicht tun dürfen und was es kostet, wenn mein Bruder klagt.
            Falls Papa sich so weit erholt, dass er unterschreiben kann: Was brauchen wir laut Anwältin, damit es später niemand anfechten kann – ärztliches Attest, Notar, beides?
        """,
        "fr": """
            ^Succession de {company} – notes de l'entretien avec notre avocate
            ^Conseil sur les parts sociales après l'AVC de papa
            Notre avocate dit que la procuration signée par papa en {year} ne couvre pas le vote de ses parts en assemblée ; tant que ce n'est pas réglé, rien ne peut être décidé à sa place.
            Elle déconseille de nous transférer les parts maintenant : comme mon frère conteste déjà le testament, une cession pendant que papa ne peut pas décider seul ressemblerait à une pression.
            Elle trouve faible l'argument de mon frère selon lequel papa lui aurait promis l'entreprise, mais la lettre d'anniversaire qu'il a gardée pourrait être lue comme une promesse.
            L'avocate veut le procès-verbal du conseil du {date} et les comptes rendus médicaux de papa avant toute démarche ; elle enverra la liste des pièces à {email}.
            Selon elle, racheter la part que mon frère peut espérer coûterait à la famille environ {amount}, ce que l'entreprise ne peut pas payer sans emprunt.
            Résume l'avis de l'avocate pour mes sœurs en mots simples : ce qu'on peut faire maintenant, ce qu'on ne doit pas faire et ce que ça coûtera si mon frère va au tribunal.
            Si papa se remet assez pour signer, que faut-il selon l'avocate pour que personne ne puisse le contester ensuite – un certificat médical, un notaire, les deux ?
        """,
        "es": """
            ^Sucesión en {company} – notas de la reunión con nuestra abogada
            ^Consejo sobre las participaciones tras el ictus de papá
            Nuestra abogada dice que el poder que firmó papá en {year} no cubre votar sus participaciones en la junta, así que no se puede decidir nada en su nombre hasta arreglarlo.
            Desaconseja pasarnos las participaciones ahora: con mi hermano impugnando ya el testamento, una transmisión mientras papá no puede decidir por sí mismo parecería una presión.
            Cree que la tesis de mi hermano de que papá le prometió la empresa es débil, aunque la carta de cumpleaños que guardó podría leerse como una promesa.
            La abogada quiere el acta del consejo del {date} y los informes médicos de papá antes de mover nada; enviará la lista de documentos a {email}.
            Calcula que comprar la parte que espera mi hermano le costaría a la familia unos {amount}, algo que la empresa no puede pagar sin un préstamo.
            Resume el consejo de la abogada para mis hermanas con palabras sencillas: qué podemos hacer ya, qué no debemos hacer y cuánto costará si mi hermano va a juicio.
            Si papá se recupera lo suficiente para firmar, ¿qué necesitamos según la abogada para que nadie pueda impugnarlo después: un certificado médico, un notario, las dos cosas?
        """,
        "nl": """
            ^Opvolging bij {company} – aantekeningen van het gesprek met onze advocaat
            ^Advies over de aandelen na de beroerte van pa
            Onze advocaat zegt dat de volmacht die pa in {year} tekende niet geldt voor stemmen op zijn aandelen in de aandeelhoudersvergadering; tot dat geregeld is, kan er niets namens hem besloten worden.
            Ze raadt af de aandelen nu naar ons drieën over te zetten: nu mijn broer het testament al aanvecht, lijkt een overdracht terwijl pa niet zelf kan beslissen op druk.
            De stelling van mijn broer dat pa hem het bedrijf beloofd heeft, vindt ze zwak, maar de verjaardagsbrief die hij bewaard heeft kan als belofte worden gelezen.
            De advocaat wil de notulen van de raad van {date} en de medische brieven van pa zien voordat we iets doen; de lijst met stukken stuurt ze naar {email}.
            Mijn broer uitkopen voor het deel dat hij verwacht zou de familie volgens haar ongeveer {amount} kosten, wat het bedrijf zonder banklening niet kan betalen.
            Vat het advies van de advocaat voor mijn zussen samen in gewone woorden: wat we nu kunnen doen, wat we niet moeten doen en wat het kost als mijn broer naar de rechter stapt.
            Als pa genoeg herstelt om te tekenen, wat hebben we volgens de advocaat nodig zodat niemand het later kan aanvechten – een verklaring van de arts, een notaris, allebei?
        """,
    }),
)

MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "sealed_tender_bid", "player_injury_transfer_file", "newsroom_source_notes",
    "franchise_termination_counsel", "pension_trustee_counsel",
)

"""Third round of varied registers (model 8): harmless text that looks sensitive.

Model 7 flagged harmless text far more often than the goal on text the generator never
produced: internal operational reports full of figures and tables, and public cultural,
educational and practical text, read as confidential; internal reference text (guides,
registers) read as public. These families were written from those failure *kinds*, on
topics no other family uses, in many shapes (headers, tables, lists, questions, notes):

* internal operational text that stays internal — figures, tables and processes, no
  person and no commercial secret: site water and waste figures, preventive maintenance
  backlogs, instrument calibration plans, the training calendar, an offsite's logistics,
  the leave-request process, the mailroom's volumes, canteen planning, pallet and
  packaging specifications, a data-warehouse naming glossary;
* public text in many genres with money, institutions, dates, and legal or medical words
  used generically: a botanical garden's visitor guide, an adult-education course
  catalogue, a cooking blog, a science explainer, local news, an appliance manual, a
  travel-vaccination clinic's FAQ and a university admissions FAQ (the last two hard
  negatives), a cycling forum;
* a few sensitive families on the same topics, so that the model learns the difference
  and not the topic: a maintenance report that names a technician's injury and sick
  leave, a training record of one employee's failed assessment and improvement plan, a
  procurement memo with negotiated prices and the walk-away price (confidential); counsel's
  advice on a maintenance incident, on a guest hurt at a company event, and on the
  leave process's working-time records (privileged, no legend).

All train: `dev` stays the split model 7 was chosen on, so candidates compare with it
directly. Like every added family each draws its own random stream, and composites stay
inside a split, so the held-out splits are the same requests as before (tested).
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

VARIED3_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------ internal operational text, harmless
    Family("site_water_waste_figures", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Site utilities – water and waste, month {n}
            ^Environmental KPIs by site, Q{n}
            | Site | Water (m³) | Waste (t) | Recycled |↵|---|---|---|---|↵| Plant A | {n}0 | 1{n} | {pct} |↵| Plant B | {n}5 | {n} | {pct} |↵| Depot | 9{n} | 4 | {pct} |
            Water use per tonne produced fell by {pct} after the rinse-cycle change on line 2.
            The cardboard baler was down for two days, so mixed waste was higher than usual.
            Meter readings were taken on {date}; the depot's sub-meter is still estimated.
            Action: facilities to quote a rainwater tank for the wash bay before the budget round.
            Recycling rate target for next year stays at 70 percent across all sites.
        """,
        "de": """
            ^Standort-Medien – Wasser und Abfall, Monat {n}
            ^Umweltkennzahlen je Standort, Q{n}
            | Standort | Wasser (m³) | Abfall (t) | Recycling |↵|---|---|---|---|↵| Werk A | {n}0 | 1{n} | {pct} |↵| Werk B | {n}5 | {n} | {pct} |
            Der Wasserverbrauch je produzierter Tonne sank nach der Umstellung des Spülzyklus an Linie 2 um {pct}.
            Die Kartonpresse stand zwei Tage still, daher lag der Mischabfall über dem Üblichen.
            Zählerstände vom {date}; der Unterzähler im Lager ist weiterhin geschätzt.
            Maßnahme: Facility Management holt ein Angebot für einen Regenwassertank an der Waschhalle ein.
            Das Recyclingziel für nächstes Jahr bleibt bei 70 Prozent über alle Standorte.
        """,
        "fr": """
            ^Fluides du site – eau et déchets, mois {n}
            ^Indicateurs environnementaux par site, T{n}
            | Site | Eau (m³) | Déchets (t) | Recyclé |↵|---|---|---|---|↵| Usine A | {n}0 | 1{n} | {pct} |↵| Usine B | {n}5 | {n} | {pct} |
            La consommation d'eau par tonne produite a baissé de {pct} après le changement du cycle de rinçage de la ligne 2.
            La presse à cartons a été arrêtée deux jours, d'où un tonnage de déchets mélangés plus élevé.
            Relevés de compteurs du {date} ; le sous-compteur du dépôt est encore estimé.
            Action : les services généraux demandent un devis pour une cuve d'eau de pluie à l'aire de lavage.
            L'objectif de recyclage de l'an prochain reste à 70 % sur l'ensemble des sites.
        """,
        "es": """
            ^Suministros del centro – agua y residuos, mes {n}
            ^Indicadores ambientales por centro, T{n}
            | Centro | Agua (m³) | Residuos (t) | Reciclado |↵|---|---|---|---|↵| Planta A | {n}0 | 1{n} | {pct} |↵| Planta B | {n}5 | {n} | {pct} |
            El consumo de agua por tonelada producida bajó un {pct} tras cambiar el ciclo de aclarado de la línea 2.
            La compactadora de cartón estuvo parada dos días, por eso los residuos mezclados subieron.
            Lecturas de contadores del {date}; el subcontador del almacén sigue estimado.
            Acción: servicios generales pide presupuesto para un depósito de agua de lluvia en la zona de lavado.
            El objetivo de reciclaje del año que viene se mantiene en el 70 % para todos los centros.
        """,
        "nl": """
            ^Nutsvoorzieningen locatie – water en afval, maand {n}
            ^Milieukengetallen per locatie, Q{n}
            | Locatie | Water (m³) | Afval (t) | Gerecycled |↵|---|---|---|---|↵| Fabriek A | {n}0 | 1{n} | {pct} |↵| Fabriek B | {n}5 | {n} | {pct} |
            Het waterverbruik per geproduceerde ton daalde met {pct} na de aanpassing van de spoelcyclus op lijn 2.
            De kartonpers stond twee dagen stil, daardoor was het restafval hoger dan normaal.
            Meterstanden van {date}; de tussenmeter van het depot is nog geschat.
            Actie: facilitair vraagt een offerte aan voor een regenwatertank bij de wasplaats.
            Het recyclingdoel voor volgend jaar blijft 70 procent over alle locaties.
        """,
    }),
    Family("preventive_maintenance_backlog", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Maintenance backlog – week {n}
            ^PM compliance report
            | Asset class | Open work orders | Overdue | PM compliance |↵|---|---|---|---|↵| Conveyors | {n} | 3 | {pct} |↵| Compressors | 7 | 1 | {pct} |↵| HVAC | 1{n} | 5 | {pct} |
            Overdue orders are mostly lubrication routes that slipped during the shutdown.
            Spare bearings for the palletiser are on back-order; the planner moved the job to week {n}.
            - WO-{n}41 belt tracking, done↵- WO-{n}52 filter change, waiting for parts↵- WO-{n}63 sensor alignment, scheduled
            Mean time between failures on the filler improved after the gearbox swap.
            Can we add the new chiller to the CMMS before the next PM cycle starts?
        """,
        "de": """
            ^Instandhaltungs-Rückstand – KW {n}
            ^Bericht Wartungserfüllung
            | Anlagenklasse | Offene Aufträge | Überfällig | Erfüllung |↵|---|---|---|---|↵| Förderbänder | {n} | 3 | {pct} |↵| Kompressoren | 7 | 1 | {pct} |
            Überfällig sind vor allem Schmierrunden, die während des Stillstands liegen blieben.
            Ersatzlager für den Palettierer sind im Rückstand; die Planung schiebt den Auftrag in KW {n}.
            - WA-{n}41 Bandlauf justiert, erledigt↵- WA-{n}52 Filterwechsel, wartet auf Teile↵- WA-{n}63 Sensor ausrichten, eingeplant
            Die mittlere Zeit zwischen Ausfällen am Füller hat sich nach dem Getriebetausch verbessert.
            Können wir den neuen Kaltwassersatz vor dem nächsten Wartungszyklus ins CMMS aufnehmen?
        """,
        "fr": """
            ^Retard de maintenance – semaine {n}
            ^Rapport de conformité de la maintenance préventive
            | Famille d'équipement | OT ouverts | En retard | Conformité |↵|---|---|---|---|↵| Convoyeurs | {n} | 3 | {pct} |↵| Compresseurs | 7 | 1 | {pct} |
            Les OT en retard sont surtout des tournées de graissage décalées pendant l'arrêt technique.
            Les roulements de rechange de la palettiseuse sont en reliquat ; le planificateur décale l'intervention en semaine {n}.
            - OT-{n}41 centrage de bande, fait↵- OT-{n}52 changement de filtre, attente pièces↵- OT-{n}63 alignement capteur, planifié
            Le temps moyen entre pannes de la remplisseuse s'est amélioré après le changement de réducteur.
            Peut-on créer le nouveau groupe froid dans la GMAO avant le prochain cycle préventif ?
        """,
        "es": """
            ^Pendientes de mantenimiento – semana {n}
            ^Informe de cumplimiento del preventivo
            | Tipo de equipo | Órdenes abiertas | Vencidas | Cumplimiento |↵|---|---|---|---|↵| Transportadores | {n} | 3 | {pct} |↵| Compresores | 7 | 1 | {pct} |
            Las órdenes vencidas son sobre todo rutas de engrase que se retrasaron durante la parada.
            Los rodamientos de repuesto de la paletizadora están pendientes; el planificador pasa el trabajo a la semana {n}.
            - OT-{n}41 alineado de banda, hecho↵- OT-{n}52 cambio de filtro, esperando piezas↵- OT-{n}63 ajuste de sensor, programado
            El tiempo medio entre averías de la llenadora mejoró tras cambiar la reductora.
            ¿Podemos dar de alta la nueva enfriadora en el GMAO antes del próximo ciclo preventivo?
        """,
        "nl": """
            ^Onderhoudsachterstand – week {n}
            ^Rapport naleving preventief onderhoud
            | Installatiegroep | Open werkorders | Te laat | Naleving |↵|---|---|---|---|↵| Transportbanden | {n} | 3 | {pct} |↵| Compressoren | 7 | 1 | {pct} |
            De achterstallige orders zijn vooral smeerrondes die tijdens de stilstand zijn blijven liggen.
            Reservelagers voor de palletiseerder zijn nabesteld; de planner schuift de klus naar week {n}.
            - WO-{n}41 band uitgelijnd, klaar↵- WO-{n}52 filter vervangen, wacht op onderdelen↵- WO-{n}63 sensor afstellen, ingepland
            De gemiddelde tijd tussen storingen van de vuller is verbeterd na de vervanging van de tandwielkast.
            Kunnen we de nieuwe koelmachine in het onderhoudssysteem zetten voor de volgende cyclus begint?
        """,
    }),
    Family("instrument_calibration_plan", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Calibration plan – lab and line instruments
            ^Metrology: due list for month {n}
            | Instrument | Location | Last calibrated | Due |↵|---|---|---|---|↵| Balance 0.1 mg | QC lab | {date} | 12 months |↵| pH meter | Line 3 | {date} | 6 months |↵| Torque wrench | Assembly | {date} | 12 months |
            Two thermometers failed the ice-point check and were taken out of use and labelled.
            External calibration of the pressure gauges is booked with the accredited lab for week {n}.
            Reminder: an instrument past its due date gets a red tag and may not be used for release testing.
            Uncertainty budgets for the new balances are attached; nothing changes for the operators.
            Who owns the spare set of reference weights now that the stores moved?
        """,
        "de": """
            ^Kalibrierplan – Labor- und Linienmessmittel
            ^Messmittelverwaltung: Fälligkeiten Monat {n}
            | Messmittel | Ort | Zuletzt kalibriert | Fällig |↵|---|---|---|---|↵| Waage 0,1 mg | QS-Labor | {date} | 12 Monate |↵| pH-Meter | Linie 3 | {date} | 6 Monate |
            Zwei Thermometer haben die Eispunktprüfung nicht bestanden und wurden gesperrt und gekennzeichnet.
            Die externe Kalibrierung der Manometer ist beim akkreditierten Labor für KW {n} gebucht.
            Erinnerung: ein überfälliges Messmittel bekommt einen roten Anhänger und darf nicht für Freigabeprüfungen genutzt werden.
            Die Messunsicherheitsbudgets der neuen Waagen hängen an; für die Bediener ändert sich nichts.
            Wer verwaltet jetzt den Ersatzsatz Prüfgewichte, nachdem das Lager umgezogen ist?
        """,
        "fr": """
            ^Plan d'étalonnage – instruments du labo et des lignes
            ^Métrologie : échéances du mois {n}
            | Instrument | Emplacement | Dernier étalonnage | Échéance |↵|---|---|---|---|↵| Balance 0,1 mg | Labo CQ | {date} | 12 mois |↵| pH-mètre | Ligne 3 | {date} | 6 mois |
            Deux thermomètres ont échoué au contrôle au point de glace ; ils sont retirés et étiquetés.
            L'étalonnage externe des manomètres est réservé auprès du laboratoire accrédité en semaine {n}.
            Rappel : un instrument échu reçoit une étiquette rouge et ne sert plus aux essais de libération.
            Les budgets d'incertitude des nouvelles balances sont joints ; rien ne change pour les opérateurs.
            Qui gère le jeu de masses étalons de secours depuis le déménagement du magasin ?
        """,
        "es": """
            ^Plan de calibración – instrumentos de laboratorio y línea
            ^Metrología: vencimientos del mes {n}
            | Instrumento | Ubicación | Última calibración | Vence |↵|---|---|---|---|↵| Balanza 0,1 mg | Laboratorio de calidad | {date} | 12 meses |↵| pHmetro | Línea 3 | {date} | 6 meses |
            Dos termómetros no pasaron la comprobación del punto de hielo; se retiraron y se etiquetaron.
            La calibración externa de los manómetros está reservada con el laboratorio acreditado para la semana {n}.
            Recordatorio: un instrumento vencido lleva etiqueta roja y no puede usarse en ensayos de liberación.
            Se adjuntan los presupuestos de incertidumbre de las balanzas nuevas; para los operarios no cambia nada.
            ¿Quién custodia el juego de pesas patrón de reserva desde que se mudó el almacén?
        """,
        "nl": """
            ^Kalibratieplan – lab- en lijninstrumenten
            ^Metrologie: vervallijst maand {n}
            | Instrument | Locatie | Laatst gekalibreerd | Vervalt |↵|---|---|---|---|↵| Weegschaal 0,1 mg | QC-lab | {date} | 12 maanden |↵| pH-meter | Lijn 3 | {date} | 6 maanden |
            Twee thermometers zakten voor de ijspuntcontrole en zijn afgekeurd en gelabeld.
            De externe kalibratie van de manometers is bij het geaccrediteerde lab geboekt voor week {n}.
            Herinnering: een instrument over de vervaldatum krijgt een rood label en mag niet voor vrijgavetesten worden gebruikt.
            De onzekerheidsbudgetten van de nieuwe weegschalen zitten in de bijlage; voor de operators verandert niets.
            Wie beheert nu de reserveset ijkgewichten sinds het magazijn is verhuisd?
        """,
    }),
    Family("internal_training_calendar", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Learning & development calendar – term {n}
            ^Mandatory training completion by department
            | Course | Format | Dates | Seats left |↵|---|---|---|---|↵| Forklift refresher | on site | {date} | 4 |↵| Excel for planners | online | every Tuesday | 12 |↵| First aid at work | classroom | {date} | 0 |
            Completion of the annual fire-safety module is at {pct} for operations and lower in the offices.
            Managers can book team slots through the learning portal; waiting lists open automatically.
            The trainer for the spreadsheet course changed, the content and the room stay the same.
            Please remind new starters that induction has to be finished within their first month.
            Feedback scores for last term averaged 4.{n} out of 5; the long sessions got the lowest marks.
        """,
        "de": """
            ^Weiterbildungskalender – Halbjahr {n}
            ^Pflichtschulungen: Abschlussquote je Abteilung
            | Kurs | Format | Termine | Freie Plätze |↵|---|---|---|---|↵| Stapler-Auffrischung | vor Ort | {date} | 4 |↵| Excel für Planer | online | jeden Dienstag | 12 |
            Die jährliche Brandschutzunterweisung ist im Betrieb zu {pct} abgeschlossen, in den Büros weniger.
            Führungskräfte buchen Teamtermine über das Lernportal; Wartelisten öffnen automatisch.
            Der Trainer des Tabellenkurses hat gewechselt, Inhalt und Raum bleiben gleich.
            Bitte Neueinsteiger daran erinnern, dass das Onboarding im ersten Monat abzuschließen ist.
            Die Bewertungen des letzten Halbjahrs lagen im Schnitt bei 4,{n} von 5; die langen Einheiten schnitten am schlechtesten ab.
        """,
        "fr": """
            ^Calendrier des formations – semestre {n}
            ^Formations obligatoires : taux de réalisation par service
            | Formation | Format | Dates | Places restantes |↵|---|---|---|---|↵| Recyclage cariste | sur site | {date} | 4 |↵| Excel pour planificateurs | en ligne | chaque mardi | 12 |
            Le module annuel de sécurité incendie est réalisé à {pct} en production, moins dans les bureaux.
            Les managers réservent des créneaux d'équipe sur le portail de formation ; les listes d'attente s'ouvrent seules.
            Le formateur du module tableur a changé ; le contenu et la salle restent les mêmes.
            Rappelez aux nouveaux arrivants que le parcours d'intégration doit être terminé dans le premier mois.
            La satisfaction du semestre dernier est de 4,{n} sur 5 en moyenne ; les sessions longues sont les moins bien notées.
        """,
        "es": """
            ^Calendario de formación – semestre {n}
            ^Formación obligatoria: finalización por departamento
            | Curso | Formato | Fechas | Plazas libres |↵|---|---|---|---|↵| Reciclaje de carretilla | presencial | {date} | 4 |↵| Excel para planificadores | online | todos los martes | 12 |
            El módulo anual de prevención de incendios está completado al {pct} en operaciones y menos en oficinas.
            Los responsables reservan plazas de equipo en el portal de formación; las listas de espera se abren solas.
            Ha cambiado el formador del curso de hojas de cálculo; el contenido y el aula siguen igual.
            Recordad a las nuevas incorporaciones que la acogida debe terminarse en el primer mes.
            La valoración del semestre pasado fue de 4,{n} sobre 5; las sesiones largas fueron las peor puntuadas.
        """,
        "nl": """
            ^Opleidingskalender – semester {n}
            ^Verplichte trainingen: afronding per afdeling
            | Cursus | Vorm | Data | Vrije plaatsen |↵|---|---|---|---|↵| Heftruck opfris | op locatie | {date} | 4 |↵| Excel voor planners | online | elke dinsdag | 12 |
            De jaarlijkse module brandveiligheid is in de productie voor {pct} afgerond, op de kantoren minder.
            Leidinggevenden boeken teamplekken via het leerportaal; wachtlijsten gaan vanzelf open.
            De trainer van de spreadsheetcursus is gewisseld; inhoud en lokaal blijven hetzelfde.
            Herinner nieuwe collega's eraan dat de introductie binnen de eerste maand af moet zijn.
            De waardering van vorig semester was gemiddeld 4,{n} op 5; de lange sessies scoorden het laagst.
        """,
    }),
    Family("offsite_event_logistics", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Team offsite – logistics sheet
            ^Annual kick-off: run of show and transport
            | Item | Count | Owner | Status |↵|---|---|---|---|↵| Coaches from HQ | 3 | facilities | booked |↵| Vegetarian meals | {n} | events | confirmed |↵| Breakout rooms | 6 | venue | on hold |
            Coaches leave the main car park at 07:30 sharp; the second run picks up at the station at 08:15.
            Catering numbers have to be final ten days before, so please answer the dietary survey by {date}.
            Name badges and lanyards are printed in-house; the AV check is at 16:00 the day before.
            Budget tracking: venue and food within plan, transport {pct} above because of the extra coach.
            Is the team photo still outdoors if it rains, or do we use the atrium?
        """,
        "de": """
            ^Team-Offsite – Logistikübersicht
            ^Jahresauftakt: Ablauf und Transport
            | Punkt | Anzahl | Zuständig | Status |↵|---|---|---|---|↵| Busse ab Zentrale | 3 | Facility | gebucht |↵| Vegetarische Essen | {n} | Events | bestätigt |
            Die Busse fahren pünktlich um 7:30 am Hauptparkplatz ab; die zweite Tour holt um 8:15 am Bahnhof ab.
            Die Essenszahlen müssen zehn Tage vorher feststehen, also bitte die Umfrage zu Unverträglichkeiten bis {date} ausfüllen.
            Namensschilder und Bänder drucken wir selbst; der Technikcheck ist am Vortag um 16 Uhr.
            Budget: Location und Verpflegung im Plan, Transport {pct} darüber wegen des zusätzlichen Busses.
            Findet das Teamfoto bei Regen trotzdem draußen statt, oder nehmen wir das Atrium?
        """,
        "fr": """
            ^Séminaire d'équipe – fiche logistique
            ^Convention annuelle : déroulé et transport
            | Poste | Nombre | Responsable | Statut |↵|---|---|---|---|↵| Autocars depuis le siège | 3 | services généraux | réservé |↵| Repas végétariens | {n} | événementiel | confirmé |
            Les cars partent du parking principal à 7 h 30 précises ; la deuxième rotation passe à la gare à 8 h 15.
            Les effectifs du traiteur sont arrêtés dix jours avant : merci de répondre au questionnaire alimentaire avant le {date}.
            Badges et cordons sont imprimés en interne ; le test son et vidéo a lieu la veille à 16 h.
            Suivi du budget : lieu et repas dans l'enveloppe, transport {pct} au-dessus à cause du car supplémentaire.
            La photo d'équipe reste-t-elle en extérieur s'il pleut, ou passe-t-on dans l'atrium ?
        """,
        "es": """
            ^Jornada fuera de la oficina – hoja de logística
            ^Convención anual: escaleta y transporte
            | Concepto | Cantidad | Responsable | Estado |↵|---|---|---|---|↵| Autocares desde la sede | 3 | servicios generales | reservado |↵| Menús vegetarianos | {n} | eventos | confirmado |
            Los autocares salen del aparcamiento principal a las 7:30 en punto; el segundo viaje recoge en la estación a las 8:15.
            El número de comensales se cierra diez días antes, así que contestad la encuesta de alergias antes del {date}.
            Las acreditaciones y cintas se imprimen aquí; la prueba de sonido es la víspera a las 16:00.
            Presupuesto: sala y comida dentro del plan, transporte un {pct} por encima por el autocar extra.
            ¿La foto de equipo sigue siendo fuera si llueve, o la hacemos en el vestíbulo?
        """,
        "nl": """
            ^Teamuitje – logistiek overzicht
            ^Jaarlijkse kick-off: draaiboek en vervoer
            | Onderdeel | Aantal | Eigenaar | Status |↵|---|---|---|---|↵| Touringcars vanaf hoofdkantoor | 3 | facilitair | geboekt |↵| Vegetarische maaltijden | {n} | events | bevestigd |
            De bussen vertrekken om 7.30 uur stipt van de hoofdparkeerplaats; de tweede rit haalt om 8.15 uur op bij het station.
            De cateringaantallen liggen tien dagen vooraf vast, dus vul de dieetvragenlijst in voor {date}.
            Badges en keycords drukken we zelf; de techniekcheck is de dag ervoor om 16.00 uur.
            Budget: locatie en eten binnen plan, vervoer {pct} hoger door de extra bus.
            Blijft de teamfoto buiten als het regent, of gaan we naar het atrium?
        """,
    }),
    Family("leave_request_process_guide", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^How to: request leave in the new HR portal
            ^Process note – absence requests from {date}
            1. Open the portal and choose Time off.↵2. Pick the type and the dates.↵3. Add a note for your manager if the dates overlap a release.↵4. Submit; approval usually takes two working days.
            Sick days are still reported by phone to your manager first and entered in the portal afterwards.
            The carry-over limit is five days; anything above lapses at the end of March unless HR agrees otherwise.
            Managers see a team calendar with all approved absences, not the reason for them.
            FAQ: Can I cancel approved leave? Yes, until the day before, from the same screen.
            Part-time colleagues see their allowance in hours rather than days.
        """,
        "de": """
            ^Anleitung: Urlaub im neuen HR-Portal beantragen
            ^Prozesshinweis – Abwesenheitsanträge ab {date}
            1. Portal öffnen und Abwesenheit wählen.↵2. Art und Zeitraum auswählen.↵3. Hinweis für die Führungskraft ergänzen, falls ein Release betroffen ist.↵4. Absenden; die Genehmigung dauert meist zwei Arbeitstage.
            Krankmeldungen gehen weiterhin zuerst telefonisch an die Führungskraft und werden danach im Portal erfasst.
            Übertragen werden höchstens fünf Tage; der Rest verfällt Ende März, sofern HR nichts anderes vereinbart.
            Führungskräfte sehen einen Teamkalender mit genehmigten Abwesenheiten, nicht deren Grund.
            FAQ: Kann ich genehmigten Urlaub stornieren? Ja, bis zum Vortag, in derselben Maske.
            Teilzeitkräfte sehen ihr Kontingent in Stunden statt in Tagen.
        """,
        "fr": """
            ^Mode opératoire : demander un congé dans le nouveau portail RH
            ^Note de processus – demandes d'absence à partir du {date}
            1. Ouvrir le portail et choisir Absences.↵2. Choisir le type et les dates.↵3. Ajouter un mot pour le manager si les dates tombent pendant une mise en production.↵4. Valider ; l'accord prend en général deux jours ouvrés.
            Les arrêts maladie se signalent toujours d'abord par téléphone au manager, puis dans le portail.
            Le report est limité à cinq jours ; le reste est perdu fin mars sauf accord des RH.
            Les managers voient un calendrier d'équipe avec les absences validées, pas leur motif.
            FAQ : puis-je annuler un congé validé ? Oui, jusqu'à la veille, depuis le même écran.
            Les collègues à temps partiel voient leur solde en heures et non en jours.
        """,
        "es": """
            ^Cómo pedir vacaciones en el nuevo portal de RR. HH.
            ^Nota de proceso – solicitudes de ausencia desde el {date}
            1. Abre el portal y elige Ausencias.↵2. Selecciona el tipo y las fechas.↵3. Añade una nota para tu responsable si coinciden con una entrega.↵4. Envía; la aprobación suele tardar dos días laborables.
            Las bajas por enfermedad se siguen comunicando primero por teléfono al responsable y después en el portal.
            Se pueden pasar como máximo cinco días al año siguiente; el resto caduca a finales de marzo salvo acuerdo con RR. HH.
            Los responsables ven un calendario de equipo con las ausencias aprobadas, no el motivo.
            Pregunta frecuente: ¿puedo anular unas vacaciones aprobadas? Sí, hasta el día anterior, desde la misma pantalla.
            Quien trabaja a tiempo parcial ve su saldo en horas en lugar de días.
        """,
        "nl": """
            ^Zo vraag je verlof aan in het nieuwe HR-portaal
            ^Procesnotitie – verlofaanvragen vanaf {date}
            1. Open het portaal en kies Verlof.↵2. Kies het soort verlof en de data.↵3. Zet een opmerking voor je leidinggevende als de data samenvallen met een release.↵4. Verstuur; goedkeuring duurt meestal twee werkdagen.
            Ziekmeldingen gaan nog steeds eerst telefonisch naar je leidinggevende en daarna in het portaal.
            Je mag maximaal vijf dagen meenemen; de rest vervalt eind maart tenzij HR anders afspreekt.
            Leidinggevenden zien een teamkalender met goedgekeurde afwezigheid, niet de reden ervan.
            Veelgestelde vraag: kan ik goedgekeurd verlof intrekken? Ja, tot de dag ervoor, in hetzelfde scherm.
            Parttimers zien hun saldo in uren in plaats van dagen.
        """,
    }),
    Family("mailroom_canteen_volumes", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Facilities services – monthly volumes
            ^Mailroom and canteen figures, month {n}
            | Service | This month | Last month | Change |↵|---|---|---|---|↵| Letters franked | {n}40 | {n}10 | up |↵| Parcels received | {n}2 | {n}9 | down |↵| Canteen covers | {n}80 | {n}95 | down |
            Food waste in the canteen dropped to {n} kg a day since portions are served on request.
            Postage costs follow the new tariff; registered letters now go through the online service.
            The courier collection moves from 15:00 to 16:30 from {date}.
            Friday covers are low because of home working; the kitchen will close the hot counter at 13:30 on Fridays.
            Could teams stop sending internal mail in envelopes between buildings? The shuttle runs twice a day anyway.
        """,
        "de": """
            ^Facility Services – Monatsmengen
            ^Poststelle und Kantine, Monat {n}
            | Leistung | Dieser Monat | Vormonat | Tendenz |↵|---|---|---|---|↵| Frankierte Briefe | {n}40 | {n}10 | steigend |↵| Kantinenessen | {n}80 | {n}95 | fallend |
            Die Speisereste in der Kantine sanken auf {n} kg pro Tag, seit die Portionen auf Wunsch ausgegeben werden.
            Die Portokosten folgen dem neuen Tarif; Einschreiben laufen jetzt über den Online-Dienst.
            Die Kurierabholung wandert ab {date} von 15 auf 16:30 Uhr.
            Freitags ist wegen Homeoffice wenig los; die warme Theke schließt freitags um 13:30 Uhr.
            Könnten die Teams aufhören, Hauspost in Umschlägen zwischen den Gebäuden zu schicken? Der Shuttle fährt ohnehin zweimal täglich.
        """,
        "fr": """
            ^Services généraux – volumes mensuels
            ^Courrier et restaurant d'entreprise, mois {n}
            | Service | Ce mois | Mois précédent | Tendance |↵|---|---|---|---|↵| Lettres affranchies | {n}40 | {n}10 | hausse |↵| Couverts servis | {n}80 | {n}95 | baisse |
            Le gaspillage au restaurant est descendu à {n} kg par jour depuis que les portions sont servies à la demande.
            Les frais postaux suivent le nouveau tarif ; les recommandés passent désormais par le service en ligne.
            Le passage du coursier est décalé de 15 h à 16 h 30 à partir du {date}.
            Le vendredi, peu de couverts à cause du télétravail ; le comptoir chaud fermera à 13 h 30 ce jour-là.
            Les équipes peuvent-elles arrêter le courrier interne sous enveloppe entre bâtiments ? La navette passe deux fois par jour.
        """,
        "es": """
            ^Servicios generales – volúmenes del mes
            ^Correspondencia y comedor, mes {n}
            | Servicio | Este mes | Mes anterior | Tendencia |↵|---|---|---|---|↵| Cartas franqueadas | {n}40 | {n}10 | sube |↵| Menús servidos | {n}80 | {n}95 | baja |
            El desperdicio del comedor bajó a {n} kg diarios desde que las raciones se sirven a petición.
            El franqueo sigue la nueva tarifa; los certificados se envían ya por el servicio en línea.
            La recogida de mensajería pasa de las 15:00 a las 16:30 a partir del {date}.
            Los viernes hay pocos comensales por el teletrabajo; la barra caliente cerrará a las 13:30 ese día.
            ¿Podemos dejar de mandar correo interno en sobres entre edificios? El lanzadera pasa dos veces al día.
        """,
        "nl": """
            ^Facilitaire diensten – maandvolumes
            ^Postkamer en bedrijfsrestaurant, maand {n}
            | Dienst | Deze maand | Vorige maand | Trend |↵|---|---|---|---|↵| Gefrankeerde brieven | {n}40 | {n}10 | stijgend |↵| Maaltijden | {n}80 | {n}95 | dalend |
            De voedselverspilling in het restaurant daalde naar {n} kg per dag sinds porties op verzoek worden opgeschept.
            De portokosten volgen het nieuwe tarief; aangetekende brieven gaan nu via de online dienst.
            De koeriersophaling schuift vanaf {date} van 15.00 naar 16.30 uur.
            Op vrijdag is het rustig door thuiswerken; de warme balie sluit die dag om 13.30 uur.
            Kunnen teams stoppen met interne post in enveloppen tussen de gebouwen? De pendel rijdt toch twee keer per dag.
        """,
    }),
    Family("packaging_pallet_spec", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Packaging specification – rev. {n}
            ^Pallet pattern and labelling standard
            | Item | Units per case | Cases per layer | Layers |↵|---|---|---|---|↵| 500 ml bottle | 12 | 10 | 6 |↵| 1 l bottle | 6 | 12 | 5 |↵| Multipack | 4 | 8 | 4 |
            Stretch wrap: at least three turns at the base and two at the top; no corner boards on export pallets.
            The case label carries the batch, best-before date and the barcode on two adjacent sides.
            Maximum pallet height is 1.6 m including the pallet, for racking in all our warehouses.
            Change from rev. {n}: the shrink sleeve is now 40 microns instead of 50, same supplier.
            Question from the night shift: do mixed pallets for the shops need a pick list inside the wrap?
        """,
        "de": """
            ^Verpackungsspezifikation – Rev. {n}
            ^Palettierschema und Kennzeichnungsstandard
            | Artikel | Stück je Karton | Kartons je Lage | Lagen |↵|---|---|---|---|↵| Flasche 500 ml | 12 | 10 | 6 |↵| Flasche 1 l | 6 | 12 | 5 |
            Stretchfolie: mindestens drei Wicklungen unten und zwei oben; keine Kantenschutzwinkel bei Exportpaletten.
            Das Kartonetikett trägt Charge, Mindesthaltbarkeit und Barcode auf zwei benachbarten Seiten.
            Die maximale Palettenhöhe beträgt 1,6 m inklusive Palette, passend für die Regale aller Lager.
            Änderung gegenüber Rev. {n}: die Schrumpfhülle ist jetzt 40 statt 50 Mikrometer, gleicher Lieferant.
            Frage der Nachtschicht: brauchen gemischte Filialpaletten eine Kommissionierliste unter der Folie?
        """,
        "fr": """
            ^Spécification d'emballage – rév. {n}
            ^Plan de palettisation et norme d'étiquetage
            | Article | Unités par carton | Cartons par couche | Couches |↵|---|---|---|---|↵| Bouteille 50 cl | 12 | 10 | 6 |↵| Bouteille 1 l | 6 | 12 | 5 |
            Film étirable : au moins trois tours en bas et deux en haut ; pas de cornières sur les palettes export.
            L'étiquette carton porte le lot, la DDM et le code-barres sur deux faces adjacentes.
            Hauteur maximale de 1,60 m palette comprise, pour les racks de tous nos entrepôts.
            Changement depuis la rév. {n} : le manchon rétractable passe de 50 à 40 microns, même fournisseur.
            Question de l'équipe de nuit : les palettes mixtes pour les magasins ont-elles besoin d'une liste de colisage sous le film ?
        """,
        "es": """
            ^Especificación de embalaje – rev. {n}
            ^Mosaico de paletizado y norma de etiquetado
            | Artículo | Unidades por caja | Cajas por capa | Capas |↵|---|---|---|---|↵| Botella 500 ml | 12 | 10 | 6 |↵| Botella 1 l | 6 | 12 | 5 |
            Film estirable: al menos tres vueltas abajo y dos arriba; sin cantoneras en palés de exportación.
            La etiqueta de caja lleva lote, fecha de consumo preferente y código de barras en dos caras contiguas.
            Altura máxima del palé de 1,6 m incluida la base, para las estanterías de todos los almacenes.
            Cambio respecto a la rev. {n}: la funda retráctil pasa de 50 a 40 micras, mismo proveedor.
            Pregunta del turno de noche: ¿los palés mixtos para tiendas necesitan albarán dentro del film?
        """,
        "nl": """
            ^Verpakkingsspecificatie – rev. {n}
            ^Stapelschema en etiketteringsnorm
            | Artikel | Stuks per doos | Dozen per laag | Lagen |↵|---|---|---|---|↵| Fles 500 ml | 12 | 10 | 6 |↵| Fles 1 l | 6 | 12 | 5 |
            Rekfolie: minstens drie wikkelingen onderaan en twee bovenaan; geen hoekprofielen op exportpallets.
            Het doosetiket vermeldt partij, houdbaarheidsdatum en barcode op twee aangrenzende zijden.
            Maximale palléthoogte is 1,6 m inclusief pallet, voor de stellingen in al onze magazijnen.
            Wijziging ten opzichte van rev. {n}: de krimphoes is nu 40 in plaats van 50 micron, zelfde leverancier.
            Vraag van de nachtploeg: hebben gemengde winkelpallets een pickbon onder de folie nodig?
        """,
    }),
    Family("data_warehouse_naming_glossary", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Data team glossary and naming rules
            ^Warehouse conventions v{n}
            Tables are named layer_domain_entity, for example stg_sales_orders or mart_finance_daily_revenue.
            | Term | Meaning |↵|---|---|↵| Active customer | ordered in the last 12 months |↵| Net sales | gross sales minus returns and discounts |↵| Fiscal week | Monday to Sunday, week 1 holds 4 January |
            Column names are snake_case; dates end in _date, timestamps in _at, flags start with is_.
            Do not use the word "revenue" for bookings; the finance definition is in the glossary.
            Every new model needs a description and an owner before it is merged.
            Deprecated names stay as views for one quarter, then they are dropped.
        """,
        "de": """
            ^Glossar und Namensregeln des Datenteams
            ^Konventionen im Data Warehouse v{n}
            Tabellen heißen schicht_domäne_objekt, zum Beispiel stg_sales_orders oder mart_finance_daily_revenue.
            | Begriff | Bedeutung |↵|---|---|↵| Aktiver Kunde | Bestellung in den letzten 12 Monaten |↵| Nettoumsatz | Bruttoumsatz abzüglich Retouren und Rabatte |
            Spaltennamen in snake_case; Datumsfelder enden auf _date, Zeitstempel auf _at, Flags beginnen mit is_.
            Das Wort „Umsatz“ bitte nicht für Auftragseingang verwenden; die Definition der Finanzabteilung steht im Glossar.
            Jedes neue Modell braucht vor dem Merge eine Beschreibung und einen Verantwortlichen.
            Abgekündigte Namen bleiben ein Quartal als Views erhalten und werden dann gelöscht.
        """,
        "fr": """
            ^Glossaire et règles de nommage de l'équipe data
            ^Conventions de l'entrepôt de données v{n}
            Les tables se nomment couche_domaine_entité, par exemple stg_sales_orders ou mart_finance_daily_revenue.
            | Terme | Définition |↵|---|---|↵| Client actif | a commandé dans les 12 derniers mois |↵| Ventes nettes | ventes brutes moins retours et remises |
            Noms de colonnes en snake_case ; les dates finissent par _date, les horodatages par _at, les indicateurs commencent par is_.
            N'utilisez pas « chiffre d'affaires » pour les prises de commande ; la définition de la finance est dans le glossaire.
            Tout nouveau modèle a besoin d'une description et d'un responsable avant la fusion.
            Les noms obsolètes restent des vues pendant un trimestre, puis sont supprimés.
        """,
        "es": """
            ^Glosario y reglas de nombres del equipo de datos
            ^Convenciones del almacén de datos v{n}
            Las tablas se llaman capa_dominio_entidad, por ejemplo stg_sales_orders o mart_finance_daily_revenue.
            | Término | Significado |↵|---|---|↵| Cliente activo | ha comprado en los últimos 12 meses |↵| Ventas netas | ventas brutas menos devoluciones y descuentos |
            Los nombres de columna van en snake_case; las fechas acaban en _date, las marcas de tiempo en _at y los indicadores empiezan por is_.
            No uséis «facturación» para la cartera de pedidos; la definición de finanzas está en el glosario.
            Todo modelo nuevo necesita descripción y responsable antes de fusionarlo.
            Los nombres obsoletos se mantienen como vistas un trimestre y luego se eliminan.
        """,
        "nl": """
            ^Begrippenlijst en naamgevingsregels van het datateam
            ^Conventies datawarehouse v{n}
            Tabellen heten laag_domein_entiteit, bijvoorbeeld stg_sales_orders of mart_finance_daily_revenue.
            | Begrip | Betekenis |↵|---|---|↵| Actieve klant | heeft in de laatste 12 maanden besteld |↵| Netto-omzet | bruto-omzet min retouren en kortingen |
            Kolomnamen in snake_case; datums eindigen op _date, tijdstempels op _at, vlaggen beginnen met is_.
            Gebruik het woord "omzet" niet voor orderintake; de definitie van finance staat in de begrippenlijst.
            Elk nieuw model heeft een beschrijving en een eigenaar nodig voordat het wordt gemerged.
            Vervallen namen blijven een kwartaal als view bestaan en worden daarna verwijderd.
        """,
    }),
    # ------------------------------------------------ public text in many genres
    Family("botanical_garden_visitor_guide", P, "train", min_sentences=2, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Botanical Garden – visitor information
            ^What's in bloom this month
            Opening hours: 9:00 to 18:00 from April to September, until 16:00 in winter; last entry one hour before closing.
            | Ticket | Price |↵|---|---|↵| Adult | 9.50 |↵| Student | 6.00 |↵| Children under 12 | free |↵| Annual pass | 45.00 |
            The tropical glasshouse is closed for repairs until {date}; the alpine garden and the rose walk are open.
            Guided walks leave from the main gate every Sunday at 11:00, no booking needed.
            Please keep to the paths, do not pick plants, and keep dogs on a lead.
            The garden was founded by the university in 1821 to grow medicinal plants for teaching.
        """,
        "de": """
            ^Botanischer Garten – Besucherinformation
            ^Was diesen Monat blüht
            Öffnungszeiten: April bis September 9 bis 18 Uhr, im Winter bis 16 Uhr; letzter Einlass eine Stunde vor Schluss.
            | Eintritt | Preis |↵|---|---|↵| Erwachsene | 9,50 |↵| Ermäßigt | 6,00 |↵| Kinder unter 12 | frei |
            Das Tropenhaus ist bis {date} wegen Reparaturen geschlossen; Alpinum und Rosenweg sind geöffnet.
            Führungen starten jeden Sonntag um 11 Uhr am Haupteingang, ohne Anmeldung.
            Bitte auf den Wegen bleiben, keine Pflanzen pflücken und Hunde an der Leine führen.
            Die Universität gründete den Garten 1821, um Heilpflanzen für die Lehre anzubauen.
        """,
        "fr": """
            ^Jardin botanique – informations pratiques
            ^Les floraisons du mois
            Horaires : de 9 h à 18 h d'avril à septembre, jusqu'à 16 h en hiver ; dernière entrée une heure avant la fermeture.
            | Billet | Tarif |↵|---|---|↵| Adulte | 9,50 |↵| Étudiant | 6,00 |↵| Moins de 12 ans | gratuit |
            La grande serre tropicale est fermée pour travaux jusqu'au {date} ; le jardin alpin et l'allée des roses restent ouverts.
            Visites guidées chaque dimanche à 11 h depuis l'entrée principale, sans réservation.
            Merci de rester sur les allées, de ne pas cueillir et de tenir les chiens en laisse.
            Le jardin a été fondé par l'université en 1821 pour cultiver les plantes médicinales de l'enseignement.
        """,
        "es": """
            ^Jardín botánico – información para visitantes
            ^Qué está en flor este mes
            Horario: de 9:00 a 18:00 de abril a septiembre, hasta las 16:00 en invierno; último acceso una hora antes del cierre.
            | Entrada | Precio |↵|---|---|↵| General | 9,50 |↵| Estudiantes | 6,00 |↵| Menores de 12 años | gratis |
            El invernadero tropical está cerrado por obras hasta el {date}; el jardín alpino y el paseo de rosas siguen abiertos.
            Las visitas guiadas salen de la puerta principal cada domingo a las 11:00, sin reserva.
            Por favor, no salgas de los caminos, no arranques plantas y lleva a los perros atados.
            La universidad fundó el jardín en 1821 para cultivar plantas medicinales para la docencia.
        """,
        "nl": """
            ^Hortus botanicus – bezoekersinformatie
            ^Wat er deze maand bloeit
            Openingstijden: april tot september van 9.00 tot 18.00 uur, in de winter tot 16.00 uur; laatste toegang een uur voor sluiting.
            | Kaartje | Prijs |↵|---|---|↵| Volwassene | 9,50 |↵| Student | 6,00 |↵| Kinderen onder 12 | gratis |
            De tropische kas is tot {date} dicht voor herstelwerk; de alpentuin en de rozenlaan zijn open.
            Rondleidingen vertrekken elke zondag om 11.00 uur bij de hoofdingang, zonder reservering.
            Blijf op de paden, pluk geen planten en houd honden aangelijnd.
            De universiteit stichtte de tuin in 1821 om geneeskrachtige planten voor het onderwijs te kweken.
        """,
    }),
    Family("adult_education_course_catalogue", P, "train", min_sentences=2, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Evening classes – autumn programme
            ^Community college course catalogue
            Beginners' Italian, 10 evenings from {date}, Tuesdays 19:00–20:30, fee 85, materials included.
            | Course | Day | Weeks | Fee |↵|---|---|---|---|↵| Pottery | Monday | 8 | 120 |↵| Bookkeeping basics | Wednesday | 6 | 70 |↵| Photography | Thursday | 10 | 95 |
            Reduced fees apply for job seekers and pensioners on proof of status at enrolment.
            Introduction to family law: a lawyer explains marriage contracts, inheritance and divorce in plain words (no individual advice).
            Enrolment opens online on {date}; courses with fewer than six participants may be cancelled and refunded.
            First aid for parents: what to do with fever, burns and choking in small children, taught by a paediatric nurse.
        """,
        "de": """
            ^Volkshochschule – Herbstprogramm
            ^Kursverzeichnis der Abendschule
            Italienisch für Anfänger, 10 Abende ab {date}, dienstags 19:00–20:30 Uhr, Gebühr 85 Euro inkl. Material.
            | Kurs | Tag | Wochen | Gebühr |↵|---|---|---|---|↵| Töpfern | Montag | 8 | 120 |↵| Buchhaltung Grundlagen | Mittwoch | 6 | 70 |
            Ermäßigung für Arbeitsuchende und Rentner gegen Nachweis bei der Anmeldung.
            Einführung ins Familienrecht: eine Anwältin erklärt Ehevertrag, Erbrecht und Scheidung verständlich (keine Einzelberatung).
            Die Anmeldung öffnet online am {date}; Kurse mit weniger als sechs Teilnehmenden können ausfallen, die Gebühr wird erstattet.
            Erste Hilfe für Eltern: Fieber, Verbrennungen und Verschlucken bei Kleinkindern, mit einer Kinderkrankenschwester.
        """,
        "fr": """
            ^Cours du soir – programme d'automne
            ^Catalogue de l'université populaire
            Italien débutant, 10 soirées à partir du {date}, le mardi de 19 h à 20 h 30, 85 euros fournitures comprises.
            | Cours | Jour | Semaines | Tarif |↵|---|---|---|---|↵| Poterie | lundi | 8 | 120 |↵| Bases de la comptabilité | mercredi | 6 | 70 |
            Tarif réduit pour les demandeurs d'emploi et les retraités sur justificatif à l'inscription.
            Initiation au droit de la famille : une avocate explique contrat de mariage, succession et divorce simplement (pas de conseil individuel).
            Inscriptions en ligne à partir du {date} ; un cours de moins de six participants peut être annulé et remboursé.
            Premiers secours pour parents : fièvre, brûlures et étouffement chez le jeune enfant, avec une infirmière puéricultrice.
        """,
        "es": """
            ^Cursos de tarde – programa de otoño
            ^Catálogo de la escuela de adultos
            Italiano para principiantes, 10 tardes desde el {date}, martes de 19:00 a 20:30, matrícula 85 euros con materiales.
            | Curso | Día | Semanas | Precio |↵|---|---|---|---|↵| Cerámica | lunes | 8 | 120 |↵| Contabilidad básica | miércoles | 6 | 70 |
            Descuento para personas en paro y pensionistas presentando la acreditación al matricularse.
            Introducción al derecho de familia: una abogada explica capitulaciones, herencias y divorcio con palabras sencillas (sin asesoramiento individual).
            La matrícula abre en línea el {date}; los cursos con menos de seis alumnos pueden cancelarse y se devuelve el importe.
            Primeros auxilios para familias: fiebre, quemaduras y atragantamientos en niños pequeños, con una enfermera pediátrica.
        """,
        "nl": """
            ^Avondcursussen – najaarsprogramma
            ^Cursusgids volksuniversiteit
            Italiaans voor beginners, 10 avonden vanaf {date}, dinsdag 19.00–20.30 uur, cursusgeld 85 euro inclusief materiaal.
            | Cursus | Dag | Weken | Prijs |↵|---|---|---|---|↵| Pottenbakken | maandag | 8 | 120 |↵| Basis boekhouden | woensdag | 6 | 70 |
            Korting voor werkzoekenden en gepensioneerden op vertoon van een bewijs bij inschrijving.
            Inleiding familierecht: een advocaat legt huwelijkse voorwaarden, erfrecht en scheiding eenvoudig uit (geen persoonlijk advies).
            Inschrijven kan online vanaf {date}; cursussen met minder dan zes deelnemers kunnen vervallen, het geld komt terug.
            EHBO voor ouders: koorts, brandwonden en verslikken bij kleine kinderen, gegeven door een kinderverpleegkundige.
        """,
    }),
    Family("home_cooking_blog", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Sunday bake: rye sourdough
            ^Weeknight soup, ready in 30 minutes
            Mix 400 g rye flour, 100 g wheat flour, 350 ml warm water and 150 g active starter; rest for an hour.
            - 2 onions↵- 1 kg pumpkin↵- 1 l vegetable stock↵- a pinch of nutmeg
            Bake at 240 degrees for 15 minutes with steam, then 30 minutes at 200 until it sounds hollow.
            Readers asked whether you can freeze it: yes, in slices, for up to three months.
            My grandmother always added a spoon of honey; the recipe works without it too.
            Does anyone know why my crust goes soft the next day? I store it in a plastic bag.
        """,
        "de": """
            ^Sonntagsbacken: Roggensauerteig
            ^Feierabendsuppe in 30 Minuten
            400 g Roggenmehl, 100 g Weizenmehl, 350 ml warmes Wasser und 150 g aktiven Sauerteig mischen; eine Stunde ruhen lassen.
            - 2 Zwiebeln↵- 1 kg Kürbis↵- 1 l Gemüsebrühe↵- eine Prise Muskat
            Bei 240 Grad 15 Minuten mit Dampf backen, dann 30 Minuten bei 200 Grad, bis es hohl klingt.
            Leser fragten, ob man es einfrieren kann: ja, in Scheiben, bis zu drei Monate.
            Meine Oma gab immer einen Löffel Honig dazu; es geht auch ohne.
            Weiß jemand, warum meine Kruste am nächsten Tag weich wird? Ich bewahre das Brot in einer Plastiktüte auf.
        """,
        "fr": """
            ^Pâtisserie du dimanche : pain de seigle au levain
            ^Soupe du soir, prête en 30 minutes
            Mélanger 400 g de farine de seigle, 100 g de farine de blé, 35 cl d'eau tiède et 150 g de levain actif ; laisser reposer une heure.
            - 2 oignons↵- 1 kg de potiron↵- 1 l de bouillon de légumes↵- une pincée de muscade
            Cuire 15 minutes à 240 degrés avec de la vapeur, puis 30 minutes à 200 jusqu'à ce qu'il sonne creux.
            Des lecteurs demandent si on peut le congeler : oui, en tranches, jusqu'à trois mois.
            Ma grand-mère ajoutait toujours une cuillère de miel ; la recette marche aussi sans.
            Quelqu'un sait pourquoi ma croûte ramollit le lendemain ? Je le garde dans un sac plastique.
        """,
        "es": """
            ^Horneado del domingo: pan de centeno con masa madre
            ^Sopa para entre semana, lista en 30 minutos
            Mezcla 400 g de harina de centeno, 100 g de harina de trigo, 350 ml de agua tibia y 150 g de masa madre activa; reposa una hora.
            - 2 cebollas↵- 1 kg de calabaza↵- 1 l de caldo de verduras↵- una pizca de nuez moscada
            Hornea a 240 grados 15 minutos con vapor y luego 30 minutos a 200 hasta que suene hueco.
            Los lectores preguntan si se puede congelar: sí, en rebanadas, hasta tres meses.
            Mi abuela siempre añadía una cucharada de miel; la receta funciona igual sin ella.
            ¿Alguien sabe por qué la corteza se me ablanda al día siguiente? Lo guardo en una bolsa de plástico.
        """,
        "nl": """
            ^Zondag bakken: roggezuurdesem
            ^Doordeweekse soep, klaar in 30 minuten
            Meng 400 g roggemeel, 100 g tarwebloem, 350 ml lauw water en 150 g actieve desem; laat een uur rusten.
            - 2 uien↵- 1 kg pompoen↵- 1 l groentebouillon↵- een snuf nootmuskaat
            Bak 15 minuten op 240 graden met stoom, daarna 30 minuten op 200 tot het hol klinkt.
            Lezers vroegen of je het kunt invriezen: ja, in plakken, tot drie maanden.
            Mijn oma deed er altijd een lepel honing bij; het recept werkt ook zonder.
            Weet iemand waarom mijn korst de volgende dag zacht wordt? Ik bewaar het in een plastic zak.
        """,
    }),
    Family("popular_science_explainer", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Why do we have tides?
            ^Explained: how volcanoes are monitored
            The Moon's gravity pulls the ocean slightly towards it, and a second bulge forms on the far side of the Earth.
            Seismometers around a volcano record small earthquakes; a swarm of them often means magma is moving.
            | Quantity | Typical value |↵|---|---|↵| Spring tide range | 4 to 7 m |↵| Neap tide range | 2 to 3 m |↵| Tides per day | 2 |
            Satellites measure how the ground swells by a few centimetres before an eruption.
            A common misconception: the Sun also raises tides, just less than half as strongly as the Moon.
            Try it at home: a bowl of water on a turntable shows how a fluid piles up when it spins.
        """,
        "de": """
            ^Warum gibt es Ebbe und Flut?
            ^Erklärt: wie Vulkane überwacht werden
            Die Schwerkraft des Mondes zieht das Meer leicht zu sich, und auf der abgewandten Seite der Erde entsteht ein zweiter Flutberg.
            Seismometer rund um einen Vulkan zeichnen kleine Beben auf; ein Schwarm davon zeigt oft, dass Magma aufsteigt.
            | Größe | Typischer Wert |↵|---|---|↵| Springtidenhub | 4 bis 7 m |↵| Nipptidenhub | 2 bis 3 m |
            Satelliten messen, wie sich der Boden vor einem Ausbruch um einige Zentimeter hebt.
            Ein verbreiteter Irrtum: auch die Sonne erzeugt Gezeiten, nur weniger als halb so stark wie der Mond.
            Zum Ausprobieren: eine Schüssel Wasser auf einem Drehteller zeigt, wie sich Flüssigkeit beim Drehen aufstaut.
        """,
        "fr": """
            ^Pourquoi y a-t-il des marées ?
            ^Expliqué : comment on surveille les volcans
            La gravité de la Lune attire légèrement l'océan vers elle, et un second bourrelet se forme de l'autre côté de la Terre.
            Les sismomètres autour d'un volcan enregistrent de petits séismes ; un essaim signale souvent une remontée de magma.
            | Grandeur | Valeur typique |↵|---|---|↵| Marnage de vives-eaux | 4 à 7 m |↵| Marnage de mortes-eaux | 2 à 3 m |
            Les satellites mesurent le gonflement du sol de quelques centimètres avant une éruption.
            Idée reçue : le Soleil crée aussi des marées, à peine moitié moins fortes que celles de la Lune.
            À tester chez soi : un bol d'eau sur un plateau tournant montre comment un liquide s'accumule en tournant.
        """,
        "es": """
            ^¿Por qué hay mareas?
            ^Explicado: cómo se vigilan los volcanes
            La gravedad de la Luna atrae un poco el océano y en el lado opuesto de la Tierra se forma un segundo abultamiento.
            Los sismómetros alrededor de un volcán registran pequeños terremotos; un enjambre suele indicar que el magma se mueve.
            | Magnitud | Valor típico |↵|---|---|↵| Carrera de marea viva | 4 a 7 m |↵| Carrera de marea muerta | 2 a 3 m |
            Los satélites miden cómo el terreno se hincha unos centímetros antes de una erupción.
            Un error común: el Sol también produce mareas, algo menos de la mitad de fuertes que la Luna.
            Pruébalo en casa: un cuenco de agua sobre un plato giratorio muestra cómo se acumula un líquido al girar.
        """,
        "nl": """
            ^Waarom zijn er getijden?
            ^Uitgelegd: hoe vulkanen worden bewaakt
            De zwaartekracht van de maan trekt de oceaan een beetje naar zich toe, en aan de andere kant van de aarde ontstaat een tweede vloedbult.
            Seismometers rond een vulkaan registreren kleine bevingen; een zwerm ervan betekent vaak dat magma beweegt.
            | Grootheid | Typische waarde |↵|---|---|↵| Getijverschil springtij | 4 tot 7 m |↵| Getijverschil doodtij | 2 tot 3 m |
            Satellieten meten hoe de bodem voor een uitbarsting een paar centimeter opzwelt.
            Een veelgemaakte vergissing: ook de zon veroorzaakt getijden, alleen minder dan half zo sterk als de maan.
            Probeer het thuis: een kom water op een draaiplateau laat zien hoe vloeistof zich ophoopt bij het draaien.
        """,
    }),
    Family("local_news_roundup", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Around town this week
            ^{city} news in brief
            The old swing bridge reopens to cyclists on {date} after eight months of repairs costing 2.4 million.
            A local bakery won the regional bread prize; the owners thank their staff and their regulars.
            The district court will hold an open day with mock trials for school classes in spring.
            The hospital's new car park has 300 spaces; the first hour is free for visitors.
            Primary school pupils raised 1,800 for the animal shelter with a sponsored run.
            Road works on the ring road continue until the end of the month; expect delays at rush hour.
        """,
        "de": """
            ^Diese Woche in der Stadt
            ^Kurz notiert aus {city}
            Die alte Drehbrücke ist ab {date} nach acht Monaten Sanierung für 2,4 Millionen wieder für Radfahrer offen.
            Eine Bäckerei aus dem Ort hat den regionalen Brotpreis gewonnen; die Inhaber danken Team und Stammkunden.
            Das Amtsgericht lädt im Frühjahr zum Tag der offenen Tür mit nachgestellten Verhandlungen für Schulklassen.
            Das neue Parkhaus am Krankenhaus hat 300 Plätze; die erste Stunde ist für Besucher frei.
            Grundschüler haben mit einem Sponsorenlauf 1.800 Euro für das Tierheim gesammelt.
            Die Bauarbeiten am Ring dauern bis Monatsende; im Berufsverkehr ist mit Staus zu rechnen.
        """,
        "fr": """
            ^Cette semaine en ville
            ^{city} en bref
            Le vieux pont tournant rouvre aux cyclistes le {date} après huit mois de travaux pour 2,4 millions.
            Une boulangerie du quartier a remporté le prix régional du pain ; les patrons remercient l'équipe et les habitués.
            Le tribunal judiciaire organise au printemps une journée portes ouvertes avec des procès fictifs pour les classes.
            Le nouveau parking de l'hôpital compte 300 places ; la première heure est gratuite pour les visiteurs.
            Les élèves de l'école primaire ont récolté 1 800 euros pour le refuge animalier grâce à une course parrainée.
            Les travaux sur la rocade durent jusqu'à la fin du mois ; prévoir des ralentissements aux heures de pointe.
        """,
        "es": """
            ^Esta semana en la ciudad
            ^{city} en breve
            El viejo puente giratorio reabre a las bicicletas el {date} tras ocho meses de obras que costaron 2,4 millones.
            Una panadería del barrio ganó el premio regional del pan; los dueños dan las gracias a su equipo y a sus clientes.
            Los juzgados abrirán sus puertas en primavera con juicios simulados para grupos escolares.
            El nuevo aparcamiento del hospital tiene 300 plazas; la primera hora es gratis para las visitas.
            Los alumnos de primaria recaudaron 1.800 euros para la protectora con una carrera solidaria.
            Las obras de la circunvalación siguen hasta fin de mes; habrá retenciones en hora punta.
        """,
        "nl": """
            ^Deze week in de stad
            ^Kort nieuws uit {city}
            De oude draaibrug gaat op {date} weer open voor fietsers na acht maanden herstel voor 2,4 miljoen.
            Een bakkerij uit de buurt won de regionale broodprijs; de eigenaren bedanken personeel en vaste klanten.
            De rechtbank houdt in het voorjaar een open dag met nagespeelde rechtszaken voor schoolklassen.
            De nieuwe parkeergarage bij het ziekenhuis heeft 300 plaatsen; het eerste uur is gratis voor bezoekers.
            Basisschoolleerlingen haalden met een sponsorloop 1.800 euro op voor het dierenasiel.
            De werkzaamheden aan de ringweg duren tot eind van de maand; reken op vertraging in de spits.
        """,
    }),
    Family("appliance_user_manual", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Washing machine WM-{n}00 – user manual
            ^Troubleshooting and warranty
            | Code | Meaning | What to do |↵|---|---|---|↵| E01 | door not closed | close the door firmly |↵| E03 | water not draining | clean the pump filter |↵| E10 | no water supply | open the tap |
            Before first use, remove the transport bolts at the back and keep them for moving the machine.
            Use the 30-degree eco programme for everyday laundry; it takes longer but uses less energy.
            The manufacturer's warranty covers parts and labour for two years from the date of purchase; keep the receipt.
            Warning: unplug the machine before cleaning the filter, and let hot water cool down first.
            Disposal: old appliances go to the municipal recycling centre, not into household waste.
        """,
        "de": """
            ^Waschmaschine WM-{n}00 – Bedienungsanleitung
            ^Störungsbehebung und Garantie
            | Code | Bedeutung | Abhilfe |↵|---|---|---|↵| E01 | Tür nicht geschlossen | Tür fest schließen |↵| E03 | Wasser läuft nicht ab | Flusensieb reinigen |
            Vor dem ersten Gebrauch die Transportsicherungen hinten entfernen und für einen Umzug aufbewahren.
            Für die Alltagswäsche das Eco-Programm 30 Grad nutzen; es dauert länger, spart aber Energie.
            Die Herstellergarantie umfasst Teile und Arbeitszeit für zwei Jahre ab Kaufdatum; Kassenbon aufbewahren.
            Achtung: vor dem Reinigen des Siebs den Netzstecker ziehen und heißes Wasser abkühlen lassen.
            Entsorgung: Altgeräte gehören auf den Wertstoffhof, nicht in den Hausmüll.
        """,
        "fr": """
            ^Lave-linge WM-{n}00 – notice d'utilisation
            ^Dépannage et garantie
            | Code | Signification | Que faire |↵|---|---|---|↵| E01 | porte mal fermée | bien refermer la porte |↵| E03 | vidange impossible | nettoyer le filtre de la pompe |
            Avant la première utilisation, retirez les vis de transport à l'arrière et gardez-les pour un déménagement.
            Utilisez le programme éco 30 degrés pour le linge courant ; il est plus long mais consomme moins.
            La garantie du fabricant couvre pièces et main-d'œuvre pendant deux ans à compter de l'achat ; conservez le ticket.
            Attention : débranchez l'appareil avant de nettoyer le filtre et laissez refroidir l'eau chaude.
            Fin de vie : les appareils usagés vont à la déchetterie, pas dans les ordures ménagères.
        """,
        "es": """
            ^Lavadora WM-{n}00 – manual de usuario
            ^Solución de problemas y garantía
            | Código | Significado | Qué hacer |↵|---|---|---|↵| E01 | puerta no cerrada | cerrar bien la puerta |↵| E03 | no desagua | limpiar el filtro de la bomba |
            Antes del primer uso, quita los tornillos de transporte de la parte trasera y guárdalos para una mudanza.
            Usa el programa eco de 30 grados para la ropa diaria; tarda más pero gasta menos energía.
            La garantía del fabricante cubre piezas y mano de obra durante dos años desde la compra; guarda el tique.
            Aviso: desenchufa la lavadora antes de limpiar el filtro y deja enfriar el agua caliente.
            Reciclaje: los aparatos viejos van al punto limpio, no a la basura doméstica.
        """,
        "nl": """
            ^Wasmachine WM-{n}00 – gebruiksaanwijzing
            ^Storingen verhelpen en garantie
            | Code | Betekenis | Wat te doen |↵|---|---|---|↵| E01 | deur niet dicht | deur stevig sluiten |↵| E03 | water loopt niet weg | pompfilter schoonmaken |
            Verwijder voor het eerste gebruik de transportbouten achterop en bewaar ze voor een verhuizing.
            Gebruik voor dagelijkse was het eco-programma op 30 graden; het duurt langer maar verbruikt minder energie.
            De fabrieksgarantie dekt onderdelen en arbeidsloon twee jaar vanaf de aankoopdatum; bewaar de kassabon.
            Let op: haal de stekker uit het stopcontact voor je het filter schoonmaakt en laat heet water eerst afkoelen.
            Afvoer: oude apparaten gaan naar de milieustraat, niet bij het huisvuil.
        """,
    }),
    Family("travel_clinic_public_faq", P, "train", hard_negative=True, min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Travel vaccination clinic – frequently asked questions
            ^Before you travel: health advice
            Which vaccines do I need? It depends on the country, the season and your medical history; book a consultation six weeks before departure.
            Is my consultation confidential? Yes, like any medical appointment; we only share records with your GP if you agree.
            | Vaccine | Doses | Protection |↵|---|---|---|↵| Hepatitis A | 2 | 25 years |↵| Typhoid | 1 | 3 years |↵| Yellow fever | 1 | lifelong |
            Malaria tablets are prescription medicines; side effects such as nausea are common and usually mild.
            A consultation costs 25; vaccines are charged separately and some health insurers refund them.
            Pregnant travellers and people with a weakened immune system should tell the nurse before any live vaccine.
        """,
        "de": """
            ^Reisemedizinische Impfsprechstunde – häufige Fragen
            ^Vor der Reise: Gesundheitstipps
            Welche Impfungen brauche ich? Das hängt von Land, Jahreszeit und Vorerkrankungen ab; buchen Sie sechs Wochen vor Abreise einen Termin.
            Ist die Beratung vertraulich? Ja, wie jeder Arzttermin; Befunde gehen nur mit Ihrer Zustimmung an die Hausarztpraxis.
            | Impfstoff | Dosen | Schutz |↵|---|---|---|↵| Hepatitis A | 2 | 25 Jahre |↵| Typhus | 1 | 3 Jahre |
            Malariatabletten sind verschreibungspflichtig; Nebenwirkungen wie Übelkeit sind häufig und meist mild.
            Eine Beratung kostet 25 Euro; Impfstoffe werden extra berechnet, viele Krankenkassen erstatten sie.
            Schwangere und Menschen mit geschwächtem Immunsystem sagen es bitte vor jeder Lebendimpfung.
        """,
        "fr": """
            ^Centre de vaccinations internationales – questions fréquentes
            ^Avant le départ : conseils santé
            Quels vaccins me faut-il ? Cela dépend du pays, de la saison et de vos antécédents ; prenez rendez-vous six semaines avant le départ.
            La consultation est-elle confidentielle ? Oui, comme toute consultation médicale et couverte par le secret médical ; votre médecin traitant n'est informé qu'avec votre accord.
            | Vaccin | Doses | Protection |↵|---|---|---|↵| Hépatite A | 2 | 25 ans |↵| Fièvre jaune | 1 | à vie |
            Les antipaludiques sont sur ordonnance ; des nausées sont fréquentes et le plus souvent bénignes.
            La consultation coûte 25 euros ; les vaccins sont facturés à part et certaines mutuelles les remboursent.
            Les voyageuses enceintes et les personnes immunodéprimées le signalent avant tout vaccin vivant.
        """,
        "es": """
            ^Centro de vacunación internacional – preguntas frecuentes
            ^Antes de viajar: consejos de salud
            ¿Qué vacunas necesito? Depende del país, la época y tu historial médico; pide cita seis semanas antes del viaje.
            ¿La consulta es confidencial? Sí, como cualquier consulta médica; solo compartimos el historial con tu médico de cabecera si lo autorizas.
            | Vacuna | Dosis | Protección |↵|---|---|---|↵| Hepatitis A | 2 | 25 años |↵| Fiebre tifoidea | 1 | 3 años |
            Las pastillas contra la malaria necesitan receta; las náuseas son frecuentes y casi siempre leves.
            La consulta cuesta 25 euros; las vacunas se cobran aparte y algunas aseguradoras las reembolsan.
            Las viajeras embarazadas y las personas inmunodeprimidas deben avisar antes de cualquier vacuna atenuada.
        """,
        "nl": """
            ^Reizigersvaccinatie – veelgestelde vragen
            ^Voor vertrek: gezondheidsadvies
            Welke vaccinaties heb ik nodig? Dat hangt af van het land, het seizoen en je medische voorgeschiedenis; maak zes weken voor vertrek een afspraak.
            Is het consult vertrouwelijk? Ja, zoals elk medisch consult; we delen gegevens alleen met je huisarts als je toestemming geeft.
            | Vaccin | Doses | Bescherming |↵|---|---|---|↵| Hepatitis A | 2 | 25 jaar |↵| Buiktyfus | 1 | 3 jaar |
            Malariatabletten zijn receptplichtig; misselijkheid komt vaak voor en is meestal mild.
            Een consult kost 25 euro; vaccins worden apart gerekend en sommige zorgverzekeraars vergoeden ze.
            Zwangere reizigers en mensen met een verminderde weerstand melden dit voor elk levend vaccin.
        """,
    }),
    Family("university_admissions_faq", P, "train", hard_negative=True, min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Admissions – frequently asked questions
            ^Applying for a master's programme
            When is the deadline? Applications for the autumn intake close on {date}; late applications are considered if places remain.
            Are reference letters confidential? Referees upload their letters directly and applicants do not see them.
            | Fee | EU students | Non-EU students |↵|---|---|---|↵| Tuition per year | 2,300 | 14,500 |↵| Application fee | none | 100 |
            The law faculty's LLM in dispute resolution covers arbitration, mediation and settlement negotiation.
            Scholarships are awarded on merit; the committee's deliberations are not published, but results are sent to every applicant.
            Can I appeal a rejection? You can ask for a review within 14 days if you think a procedural error was made.
        """,
        "de": """
            ^Zulassung – häufige Fragen
            ^Bewerbung für einen Masterstudiengang
            Wann ist die Frist? Bewerbungen fürs Wintersemester enden am {date}; spätere werden berücksichtigt, solange Plätze frei sind.
            Sind Gutachten vertraulich? Die Gutachter laden ihre Schreiben direkt hoch, Bewerbende sehen sie nicht.
            | Gebühr | EU-Studierende | Nicht-EU |↵|---|---|---|↵| Studiengebühr pro Jahr | keine | 3.000 |↵| Semesterbeitrag | 320 | 320 |
            Der LL.M. der juristischen Fakultät zur Streitbeilegung behandelt Schiedsverfahren, Mediation und Vergleichsverhandlungen.
            Stipendien werden nach Leistung vergeben; die Beratungen der Kommission sind nicht öffentlich, das Ergebnis erhält jede Person.
            Kann ich gegen eine Ablehnung vorgehen? Innerhalb eines Monats ist ein Widerspruch möglich, wenn ein Verfahrensfehler vermutet wird.
        """,
        "fr": """
            ^Admissions – questions fréquentes
            ^Candidater à un master
            Quelle est la date limite ? Les candidatures pour la rentrée d'automne ferment le {date} ; au-delà, selon les places restantes.
            Les lettres de recommandation sont-elles confidentielles ? Les référents les déposent directement, le candidat ne les voit pas.
            | Frais | Étudiants UE | Hors UE |↵|---|---|---|↵| Droits annuels | 250 | 3 770 |↵| Frais de dossier | aucun | 100 |
            Le master de la faculté de droit en modes amiables couvre l'arbitrage, la médiation et la négociation transactionnelle.
            Les bourses sont attribuées au mérite ; les délibérations du jury ne sont pas publiques, mais chaque candidat reçoit sa réponse.
            Peut-on contester un refus ? Un recours gracieux est possible sous deux mois en cas d'erreur de procédure.
        """,
        "es": """
            ^Admisiones – preguntas frecuentes
            ^Solicitar un máster
            ¿Cuál es el plazo? Las solicitudes para septiembre cierran el {date}; después, solo si quedan plazas.
            ¿Las cartas de recomendación son confidenciales? Quien las firma las sube directamente y el candidato no las ve.
            | Tasa | Estudiantes UE | Fuera de la UE |↵|---|---|---|↵| Matrícula anual | 1.800 | 6.000 |↵| Tasa de solicitud | ninguna | 30 |
            El máster de la facultad de derecho en resolución de conflictos trata arbitraje, mediación y negociación de acuerdos.
            Las becas se conceden por méritos; las deliberaciones de la comisión no son públicas, pero todos reciben la resolución.
            ¿Puedo recurrir una denegación? Sí, con un recurso de alzada en el plazo de un mes si crees que hubo un error de procedimiento.
        """,
        "nl": """
            ^Toelating – veelgestelde vragen
            ^Aanmelden voor een masteropleiding
            Wat is de deadline? Aanmeldingen voor september sluiten op {date}; daarna alleen als er plaatsen over zijn.
            Zijn referentiebrieven vertrouwelijk? Referenten uploaden ze zelf; aanmelders zien ze niet.
            | Kosten | EU-studenten | Niet-EU |↵|---|---|---|↵| Collegegeld per jaar | 2.530 | 18.000 |↵| Aanmeldkosten | geen | 100 |
            De LLM geschiloplossing van de rechtenfaculteit behandelt arbitrage, mediation en schikkingsonderhandelingen.
            Beurzen worden op basis van prestaties toegekend; de beraadslagingen van de commissie zijn niet openbaar, de uitslag krijgt iedereen.
            Kan ik tegen een afwijzing in beroep? Binnen zes weken kun je bezwaar maken als je een procedurefout vermoedt.
        """,
    }),
    Family("cycling_forum_thread", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Re: creaking bottom bracket after rain
            ^Forum › Touring › Best route over the pass?
            Had the same on my gravel bike; it was the pedal threads, not the bracket. A bit of grease fixed it.
            We did the pass in June: 1,400 m of climbing, the last 5 km at 8 percent, café at the top closes at 17:00.
            | Gear | Weight |↵|---|---|↵| Tent | 1.2 kg |↵| Sleeping bag | 0.9 kg |↵| Stove | 0.3 kg |
            Anyone tried tubeless on a loaded touring bike? Worried about burping on rough descents.
            Mods: can we pin the thread about train bike reservations? The same question comes up every week.
            Update: replaced the chain at 3,000 km, cassette was still fine. Thanks for the tips!
        """,
        "de": """
            ^Re: Knarzendes Tretlager nach Regen
            ^Forum › Reiseradeln › Beste Route über den Pass?
            Hatte ich am Gravelbike auch; es war das Pedalgewinde, nicht das Lager. Etwas Fett, Ruhe war.
            Wir sind den Pass im Juni gefahren: 1.400 Höhenmeter, die letzten 5 km mit 8 Prozent, die Hütte oben schließt um 17 Uhr.
            | Ausrüstung | Gewicht |↵|---|---|↵| Zelt | 1,2 kg |↵| Schlafsack | 0,9 kg |
            Hat jemand Tubeless am beladenen Reiserad probiert? Ich fürchte Luftverlust bei ruppigen Abfahrten.
            Mods: können wir den Thread zur Fahrradreservierung in Zügen oben anpinnen? Die Frage kommt jede Woche.
            Nachtrag: Kette bei 3.000 km getauscht, die Kassette war noch gut. Danke für die Tipps!
        """,
        "fr": """
            ^Re : boîtier de pédalier qui grince après la pluie
            ^Forum › Voyage à vélo › Meilleur itinéraire pour le col ?
            Pareil sur mon gravel ; c'était le filetage des pédales, pas le boîtier. Un peu de graisse et c'est réglé.
            On a passé le col en juin : 1 400 m de dénivelé, les 5 derniers km à 8 %, le refuge du sommet ferme à 17 h.
            | Matériel | Poids |↵|---|---|↵| Tente | 1,2 kg |↵| Sac de couchage | 0,9 kg |
            Quelqu'un a testé le tubeless sur un vélo de voyage chargé ? J'ai peur des déjantages en descente.
            Modos : on peut épingler le fil sur la réservation vélo dans les trains ? La question revient chaque semaine.
            Mise à jour : chaîne changée à 3 000 km, la cassette était encore bonne. Merci pour les conseils !
        """,
        "es": """
            ^Re: cruje el eje de pedalier después de la lluvia
            ^Foro › Cicloturismo › ¿Mejor ruta para el puerto?
            Me pasó lo mismo con la gravel; eran las roscas de los pedales, no el eje. Un poco de grasa y listo.
            Subimos el puerto en junio: 1.400 m de desnivel, los últimos 5 km al 8 %, el bar de arriba cierra a las 17:00.
            | Equipo | Peso |↵|---|---|↵| Tienda | 1,2 kg |↵| Saco de dormir | 0,9 kg |
            ¿Alguien ha probado tubeless en una bici de viaje cargada? Me preocupa que destalone en bajadas rotas.
            Moderadores: ¿podemos fijar el hilo sobre reservar la bici en el tren? La pregunta sale cada semana.
            Actualización: cambié la cadena a los 3.000 km y el casete seguía bien. ¡Gracias por los consejos!
        """,
        "nl": """
            ^Re: krakend trapas na regen
            ^Forum › Fietsvakanties › Beste route over de pas?
            Had ik ook op mijn gravelfiets; het was de schroefdraad van de pedalen, niet de trapas. Beetje vet en klaar.
            Wij reden de pas in juni: 1.400 hoogtemeters, de laatste 5 km op 8 procent, het café boven sluit om 17.00 uur.
            | Uitrusting | Gewicht |↵|---|---|↵| Tent | 1,2 kg |↵| Slaapzak | 0,9 kg |
            Iemand tubeless geprobeerd op een beladen vakantiefiets? Ik ben bang voor luchtverlies op ruwe afdalingen.
            Mods: kunnen we het topic over fietsreserveringen in de trein vastzetten? Die vraag komt elke week terug.
            Update: ketting vervangen na 3.000 km, de cassette was nog goed. Bedankt voor de tips!
        """,
    }),
    # ------------------------------------------------ the same topics, sensitive
    Family("maintenance_report_named_injury", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Maintenance weekly – staffing note for the manager only
            ^Crew availability, week {n}
            {name} from the night crew tore a shoulder tendon changing the conveyor belt and is on sick leave until at least {date}.
            The surgeon told {first} the shoulder may need a second operation; he asked us not to tell the crew yet.
            {first} has been struggling with depression since his divorce and the occupational doctor wants a phased return.
            Overtime for the remaining fitters is at {n} hours this month; {first}'s absence is the main reason.
            Please do not put {first}'s diagnosis in the CMMS comments again, only "absent".
            {name} asked whether the injury counts as a work accident for his pay; HR is checking with the insurer.
        """,
        "de": """
            ^Instandhaltung Wochenbericht – Personalhinweis nur für die Leitung
            ^Verfügbarkeit der Schlosser, KW {n}
            {name} aus der Nachtschicht hat sich beim Bandwechsel eine Sehne in der Schulter gerissen und ist mindestens bis {date} krankgeschrieben.
            Der Chirurg sagte {first}, dass die Schulter eventuell ein zweites Mal operiert werden muss; er bat uns, es dem Team noch nicht zu sagen.
            {first} leidet seit seiner Scheidung an Depressionen, der Betriebsarzt will eine stufenweise Wiedereingliederung.
            Die Überstunden der übrigen Schlosser liegen diesen Monat bei {n} Stunden, vor allem wegen {first}s Ausfall.
            Bitte {first}s Diagnose nicht noch einmal in die CMMS-Kommentare schreiben, nur „abwesend“.
            {name} fragt, ob die Verletzung als Arbeitsunfall für sein Gehalt zählt; die Personalabteilung klärt das mit der Berufsgenossenschaft.
        """,
        "fr": """
            ^Hebdo maintenance – note RH pour le responsable uniquement
            ^Disponibilité de l'équipe, semaine {n}
            {name}, de l'équipe de nuit, s'est rompu un tendon de l'épaule en changeant la bande du convoyeur ; il est en arrêt au moins jusqu'au {date}.
            Le chirurgien a dit à {first} qu'une seconde opération serait peut-être nécessaire ; il nous a demandé de ne pas encore le dire à l'équipe.
            {first} traverse une dépression depuis son divorce et le médecin du travail souhaite une reprise à temps partiel thérapeutique.
            Les heures supplémentaires des autres techniciens sont à {n} heures ce mois-ci, surtout à cause de l'absence de {first}.
            Merci de ne plus écrire le diagnostic de {first} dans les commentaires de la GMAO, seulement « absent ».
            {name} demande si la blessure compte comme accident du travail pour son salaire ; les RH vérifient avec la caisse.
        """,
        "es": """
            ^Semanal de mantenimiento – nota de personal solo para el responsable
            ^Disponibilidad del equipo, semana {n}
            {name}, del turno de noche, se rompió un tendón del hombro cambiando la banda del transportador y está de baja al menos hasta el {date}.
            El cirujano le dijo a {first} que quizá necesite una segunda operación; nos pidió que no se lo contemos aún al equipo.
            {first} tiene depresión desde su divorcio y el médico de empresa quiere una reincorporación progresiva.
            Las horas extra de los demás mecánicos van por {n} este mes, sobre todo por la baja de {first}.
            Por favor, no volváis a poner el diagnóstico de {first} en los comentarios del GMAO, solo «ausente».
            {name} pregunta si la lesión cuenta como accidente laboral para su nómina; RR. HH. lo consulta con la mutua.
        """,
        "nl": """
            ^Onderhoud weekrapport – personeelsnotitie alleen voor de leidinggevende
            ^Bezetting monteurs, week {n}
            {name} van de nachtploeg scheurde een schouderpees bij het wisselen van de transportband en is ziek tot minstens {date}.
            De chirurg zei tegen {first} dat de schouder misschien een tweede operatie nodig heeft; hij vroeg ons het team nog niets te zeggen.
            {first} kampt sinds zijn scheiding met een depressie en de bedrijfsarts wil een geleidelijke terugkeer.
            Het overwerk van de andere monteurs staat deze maand op {n} uur, vooral door de afwezigheid van {first}.
            Zet de diagnose van {first} alsjeblieft niet meer in de opmerkingen van het onderhoudssysteem, alleen "afwezig".
            {name} vraagt of de blessure als arbeidsongeval telt voor zijn loon; HR zoekt het uit met de verzekeraar.
        """,
    }),
    Family("training_record_failed_assessment", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Training record – individual, not for the team calendar
            ^Assessment outcome and improvement plan: {name}
            {name} failed the forklift practical assessment for the second time; the assessor noted two near misses with pedestrians.
            Under the procedure {first} may not drive until a third attempt, which means moving him to picking at a lower shift allowance.
            {first} told the trainer he has trouble reading the written test because of dyslexia and was ashamed to say so earlier.
            | Date | Module | Result |↵|---|---|---|↵| {date} | theory | 58% |↵| {date} | practical | fail |
            His manager wants a formal improvement plan with weekly reviews; if there is no progress in eight weeks, a capability hearing follows.
            Please keep this out of the shared training tracker; only HR and his line manager should see it.
        """,
        "de": """
            ^Schulungsakte – persönlich, nicht für den Teamkalender
            ^Prüfungsergebnis und Entwicklungsplan: {name}
            {name} ist zum zweiten Mal durch die praktische Staplerprüfung gefallen; der Prüfer notierte zwei Beinaheunfälle mit Fußgängern.
            Laut Verfahren darf {first} bis zum dritten Versuch nicht fahren, er wechselt also in die Kommissionierung mit geringerer Schichtzulage.
            {first} sagte dem Trainer, dass ihm der schriftliche Test wegen einer Legasthenie schwerfällt und er sich geschämt hat, das früher zu sagen.
            | Datum | Modul | Ergebnis |↵|---|---|---|↵| {date} | Theorie | 58 % |↵| {date} | Praxis | nicht bestanden |
            Seine Führungskraft will einen formalen Entwicklungsplan mit wöchentlichen Gesprächen; ohne Fortschritt in acht Wochen folgt ein Gespräch zur Eignung.
            Bitte nicht in den gemeinsamen Schulungstracker übernehmen; nur die Personalabteilung und seine Führungskraft sollen es sehen.
        """,
        "fr": """
            ^Dossier de formation – individuel, pas pour le calendrier d'équipe
            ^Résultat d'évaluation et plan d'amélioration : {name}
            {name} a échoué pour la deuxième fois à l'épreuve pratique cariste ; l'évaluateur a noté deux quasi-accidents avec des piétons.
            Selon la procédure, {first} ne peut plus conduire avant une troisième tentative : il passe donc en préparation de commandes avec une prime d'équipe plus faible.
            {first} a confié au formateur que l'épreuve écrite lui est difficile à cause d'une dyslexie et qu'il avait honte d'en parler.
            | Date | Module | Résultat |↵|---|---|---|↵| {date} | théorie | 58 % |↵| {date} | pratique | échec |
            Son manager veut un plan d'amélioration formel avec un point hebdomadaire ; sans progrès en huit semaines, un entretien d'insuffisance professionnelle suivra.
            Merci de ne pas reporter ceci dans le suivi de formation partagé ; seuls les RH et son manager doivent le voir.
        """,
        "es": """
            ^Expediente de formación – individual, no para el calendario del equipo
            ^Resultado de la evaluación y plan de mejora: {name}
            {name} ha suspendido por segunda vez la prueba práctica de carretilla; el evaluador anotó dos casi accidentes con peatones.
            Según el procedimiento, {first} no puede conducir hasta un tercer intento, así que pasa a preparación de pedidos con un plus de turno menor.
            {first} le contó al formador que le cuesta el examen escrito por su dislexia y que le daba vergüenza decirlo antes.
            | Fecha | Módulo | Resultado |↵|---|---|---|↵| {date} | teoría | 58 % |↵| {date} | práctica | no apto |
            Su responsable quiere un plan de mejora formal con revisiones semanales; si no mejora en ocho semanas, habrá una reunión sobre su idoneidad.
            No lo paséis al registro de formación compartido; solo RR. HH. y su responsable deben verlo.
        """,
        "nl": """
            ^Opleidingsdossier – persoonlijk, niet voor de teamkalender
            ^Toetsresultaat en verbeterplan: {name}
            {name} is voor de tweede keer gezakt voor de praktijktoets heftruck; de beoordelaar noteerde twee bijna-ongelukken met voetgangers.
            Volgens de procedure mag {first} tot een derde poging niet rijden, dus hij gaat naar orderpicken met een lagere ploegentoeslag.
            {first} vertelde de trainer dat de schriftelijke toets hem zwaar valt door dyslexie en dat hij zich schaamde om dat eerder te zeggen.
            | Datum | Onderdeel | Resultaat |↵|---|---|---|↵| {date} | theorie | 58% |↵| {date} | praktijk | onvoldoende |
            Zijn leidinggevende wil een formeel verbeterplan met wekelijkse gesprekken; zonder vooruitgang in acht weken volgt een gesprek over geschiktheid.
            Zet dit niet in de gedeelde trainingstracker; alleen HR en zijn leidinggevende mogen het zien.
        """,
    }),
    Family("procurement_negotiation_memo", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Buyer's notes – packaging tender, do not forward to suppliers
            ^Negotiation position for the {company} renewal
            {company} opened at 0.41 per sleeve; our walk-away price is 0.36 and the budget already assumes 0.35.
            The second bidder quoted 0.33 but failed the food-contact audit, which {company} does not know.
            | Supplier | Offer | Our target | Max we accept |↵|---|---|---|---|↵| {company} | 0.41 | 0.35 | 0.36 |↵| Runner-up | 0.33 | n/a | disqualified |
            We will hint at a three-year volume commitment to get below 0.36, but legal has not approved more than two years.
            If they refuse, we can accept 0.37 for the first six months only; finance must not see that in the tender file yet.
            Their account manager told us off the record that their plant runs at {pct} capacity and they need the volume.
        """,
        "de": """
            ^Einkäufernotizen – Verpackungsausschreibung, nicht an Lieferanten weiterleiten
            ^Verhandlungsposition für die Verlängerung mit {company}
            {company} ist mit 0,41 je Hülse eingestiegen; unsere Schmerzgrenze liegt bei 0,36, das Budget rechnet schon mit 0,35.
            Der zweite Bieter lag bei 0,33, ist aber im Audit zum Lebensmittelkontakt durchgefallen, was {company} nicht weiß.
            | Lieferant | Angebot | Ziel | Maximal |↵|---|---|---|---|↵| {company} | 0,41 | 0,35 | 0,36 |↵| Zweitbieter | 0,33 | – | ausgeschlossen |
            Wir deuten eine dreijährige Mengenzusage an, um unter 0,36 zu kommen, obwohl die Rechtsabteilung nur zwei Jahre freigegeben hat.
            Lehnen sie ab, akzeptieren wir 0,37 nur für die ersten sechs Monate; das darf das Controlling in der Vergabeakte noch nicht sehen.
            Ihr Key Account hat uns inoffiziell gesagt, dass ihr Werk bei {pct} Auslastung läuft und sie die Menge brauchen.
        """,
        "fr": """
            ^Notes de l'acheteur – appel d'offres emballage, ne pas transmettre aux fournisseurs
            ^Position de négociation pour le renouvellement de {company}
            {company} a ouvert à 0,41 le manchon ; notre prix plancher est 0,36 et le budget suppose déjà 0,35.
            Le deuxième soumissionnaire était à 0,33 mais a échoué à l'audit contact alimentaire, ce que {company} ignore.
            | Fournisseur | Offre | Cible | Maximum accepté |↵|---|---|---|---|↵| {company} | 0,41 | 0,35 | 0,36 |↵| Second | 0,33 | – | écarté |
            Nous laisserons entendre un engagement de volume sur trois ans pour passer sous 0,36, alors que le juridique n'a validé que deux ans.
            S'ils refusent, on peut accepter 0,37 pour les six premiers mois seulement ; le contrôle de gestion ne doit pas encore le voir dans le dossier.
            Leur commercial nous a dit en off que leur usine tourne à {pct} de sa capacité et qu'ils ont besoin du volume.
        """,
        "es": """
            ^Notas del comprador – licitación de embalaje, no reenviar a proveedores
            ^Posición negociadora para la renovación con {company}
            {company} abrió a 0,41 por funda; nuestro precio máximo es 0,36 y el presupuesto ya cuenta con 0,35.
            El segundo licitador ofreció 0,33 pero suspendió la auditoría de contacto alimentario, y {company} no lo sabe.
            | Proveedor | Oferta | Objetivo | Máximo aceptable |↵|---|---|---|---|↵| {company} | 0,41 | 0,35 | 0,36 |↵| Segundo | 0,33 | – | descartado |
            Insinuaremos un compromiso de volumen a tres años para bajar de 0,36, aunque jurídico solo ha aprobado dos.
            Si se niegan, aceptamos 0,37 solo los seis primeros meses; control de gestión todavía no debe verlo en el expediente.
            Su comercial nos dijo extraoficialmente que su planta está al {pct} de capacidad y que necesitan el volumen.
        """,
        "nl": """
            ^Notities inkoper – verpakkingstender, niet doorsturen naar leveranciers
            ^Onderhandelingspositie voor de verlenging met {company}
            {company} opende op 0,41 per hoes; onze ondergrens is 0,36 en het budget rekent al met 0,35.
            De tweede bieder zat op 0,33 maar zakte voor de audit voedselcontact, wat {company} niet weet.
            | Leverancier | Bod | Doel | Maximaal |↵|---|---|---|---|↵| {company} | 0,41 | 0,35 | 0,36 |↵| Tweede | 0,33 | – | afgewezen |
            We laten doorschemeren dat er een volumetoezegging voor drie jaar komt om onder 0,36 te komen, al heeft juridisch maar twee jaar goedgekeurd.
            Weigeren ze, dan accepteren we 0,37 alleen voor de eerste zes maanden; control mag dat nog niet in het dossier zien.
            Hun accountmanager zei ons off the record dat hun fabriek op {pct} capaciteit draait en dat ze het volume nodig hebben.
        """,
    }),
    Family("maintenance_incident_counsel_advice", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^From outside counsel – the boiler incident
            ^Notes of our call with the lawyers about the pressure vessel failure
            Counsel advises that the maintenance logs for the boiler are kept exactly as they are; nobody should add notes after the fact.
            In their view the missed inspection in March is our weakest point if the inspectorate opens proceedings.
            They want the root-cause analysis to be commissioned by them, so that the engineer's report is prepared for their advice.
            Counsel's assessment: a fine is likely, a criminal case against the site manager unlikely if we cooperate fully.
            Do not discuss fault with the contractor's staff; counsel will speak to their solicitors first.
            Their draft answer to the inspector's letter comes on {date}; please send them the permit-to-work records before then.
        """,
        "de": """
            ^Von der externen Kanzlei – der Kesselvorfall
            ^Notizen zu unserem Telefonat mit den Anwälten zum Druckbehälterschaden
            Die Anwälte raten, die Wartungsprotokolle des Kessels genau so zu belassen, wie sie sind; niemand soll nachträglich etwas ergänzen.
            Aus ihrer Sicht ist die versäumte Prüfung im März unser schwächster Punkt, falls die Gewerbeaufsicht ein Verfahren einleitet.
            Die Ursachenanalyse soll die Kanzlei selbst beauftragen, damit das Gutachten für ihre Beratung erstellt wird.
            Einschätzung der Anwälte: ein Bußgeld ist wahrscheinlich, ein Strafverfahren gegen den Standortleiter bei voller Kooperation unwahrscheinlich.
            Bitte mit den Leuten des Dienstleisters nicht über Schuld sprechen; die Kanzlei redet zuerst mit deren Anwälten.
            Ihr Entwurf für die Antwort an die Aufsicht kommt am {date}; bitte vorher die Erlaubnisscheine für die Arbeiten schicken.
        """,
        "fr": """
            ^De l'avocat externe – l'incident de la chaudière
            ^Notes de notre appel avec les avocats sur la rupture de l'équipement sous pression
            L'avocat conseille de laisser les registres de maintenance de la chaudière tels quels ; personne ne doit y ajouter de notes après coup.
            Selon lui, l'inspection manquée en mars est notre point le plus faible si l'inspection du travail engage une procédure.
            Il veut commander lui-même l'analyse des causes, afin que le rapport de l'ingénieur soit établi pour les besoins de son conseil.
            Son appréciation : une amende est probable, des poursuites pénales contre le directeur de site peu probables si nous coopérons pleinement.
            Ne discutez pas des responsabilités avec le personnel du prestataire ; l'avocat parlera d'abord à leurs conseils.
            Son projet de réponse au courrier de l'inspecteur arrive le {date} ; envoyez-lui les permis de travail avant.
        """,
        "es": """
            ^Del despacho externo – el incidente de la caldera
            ^Notas de la llamada con los abogados sobre el fallo del equipo a presión
            Los abogados aconsejan dejar los registros de mantenimiento de la caldera exactamente como están; nadie debe añadir notas a posteriori.
            En su opinión, la inspección omitida en marzo es nuestro punto más débil si la Inspección de Trabajo abre expediente.
            Quieren encargar ellos el análisis de causas, para que el informe del ingeniero se elabore a efectos de su asesoramiento.
            Su valoración: es probable una sanción y poco probable una causa penal contra el director del centro si colaboramos plenamente.
            No habléis de culpas con el personal de la contrata; los abogados hablarán primero con los suyos.
            Su borrador de respuesta al inspector llega el {date}; enviadles antes los permisos de trabajo.
        """,
        "nl": """
            ^Van de externe advocaat – het ketelincident
            ^Aantekeningen van ons gesprek met de advocaten over het falen van het drukvat
            De advocaat adviseert de onderhoudslogboeken van de ketel precies te laten zoals ze zijn; niemand mag achteraf iets toevoegen.
            Volgens hem is de gemiste keuring in maart ons zwakste punt als de Arbeidsinspectie een procedure start.
            Hij wil de oorzaakanalyse zelf laten uitvoeren, zodat het rapport van de ingenieur ten behoeve van zijn advies wordt opgesteld.
            Zijn inschatting: een boete is waarschijnlijk, strafvervolging van de vestigingsmanager onwaarschijnlijk als we volledig meewerken.
            Bespreek de schuldvraag niet met het personeel van de aannemer; de advocaat spreekt eerst met hun advocaten.
            Zijn concept-antwoord op de brief van de inspecteur komt op {date}; stuur hem vooraf de werkvergunningen.
        """,
    }),
    Family("event_injury_counsel_advice", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Legal's advice after the kick-off accident
            ^Re: guest hurt at the offsite – what our lawyer says
            Our lawyer's view is that the venue's contract puts safety of the stage on them, but our own crew moved the barrier, which weakens that.
            Please do not post anything about the fall on the intranet or in the event photos channel until counsel has reviewed it.
            Counsel suggests we pay the guest's taxi and medical costs as a goodwill gesture, worded so that it is not an admission.
            If the guest's lawyer writes, forward it to legal unanswered; counsel expects a claim in the low five figures at most.
            She wants written accounts from the three staff who saw it, addressed to her and not to the events team.
            Her advice on the insurer: notify this week, but describe only the facts, no opinion on who was at fault.
        """,
        "de": """
            ^Rechtsrat nach dem Unfall beim Jahresauftakt
            ^Re: verletzter Gast beim Offsite – was unsere Anwältin sagt
            Unsere Anwältin meint, der Vertrag legt die Bühnensicherheit auf den Veranstaltungsort, aber unser Team hat die Absperrung versetzt, das schwächt uns.
            Bitte nichts über den Sturz im Intranet oder im Fotokanal posten, bevor die Anwältin es gesehen hat.
            Sie schlägt vor, Taxi und Behandlungskosten des Gastes aus Kulanz zu zahlen, so formuliert, dass es kein Schuldeingeständnis ist.
            Schreibt der Anwalt des Gastes, bitte unbeantwortet an die Rechtsabteilung; sie rechnet höchstens mit einer niedrigen fünfstelligen Forderung.
            Sie möchte schriftliche Schilderungen der drei Mitarbeitenden, die es gesehen haben, an sie adressiert und nicht ans Event-Team.
            Ihr Rat zur Versicherung: diese Woche melden, aber nur Tatsachen schildern, keine Meinung zur Schuld.
        """,
        "fr": """
            ^Avis juridique après l'accident de la convention
            ^Re : invité blessé au séminaire – ce que dit notre avocate
            Pour notre avocate, le contrat met la sécurité de la scène à la charge du lieu, mais notre équipe a déplacé la barrière, ce qui nous affaiblit.
            Ne publiez rien sur la chute sur l'intranet ni dans le canal photos tant que l'avocate ne l'a pas relu.
            Elle propose de rembourser le taxi et les frais médicaux de l'invité à titre commercial, avec une formulation qui ne vaut pas reconnaissance de responsabilité.
            Si l'avocat de l'invité écrit, transmettez au juridique sans répondre ; elle attend au plus une demande de quelques dizaines de milliers d'euros.
            Elle veut les témoignages écrits des trois salariés présents, adressés à elle et non à l'équipe événementielle.
            Son conseil pour l'assureur : déclarer cette semaine, en décrivant seulement les faits, sans avis sur les torts.
        """,
        "es": """
            ^Asesoramiento jurídico tras el accidente de la convención
            ^Re: invitado herido en la jornada – lo que dice nuestra abogada
            Según nuestra abogada, el contrato deja la seguridad del escenario al recinto, pero nuestro equipo movió la valla y eso nos debilita.
            No publiquéis nada de la caída en la intranet ni en el canal de fotos hasta que la abogada lo revise.
            Propone pagar el taxi y los gastos médicos del invitado como gesto comercial, redactado para que no suponga reconocer culpa.
            Si escribe el abogado del invitado, reenviadlo a jurídico sin contestar; ella espera como mucho una reclamación de cinco cifras bajas.
            Quiere relatos por escrito de las tres personas que lo vieron, dirigidos a ella y no al equipo de eventos.
            Su consejo sobre la aseguradora: comunicarlo esta semana, con solo los hechos y sin opinar sobre la culpa.
        """,
        "nl": """
            ^Juridisch advies na het ongeluk bij de kick-off
            ^Re: gewonde gast bij het uitje – wat onze advocaat zegt
            Volgens onze advocaat legt het contract de veiligheid van het podium bij de locatie, maar ons team heeft het hek verplaatst en dat verzwakt ons.
            Plaats niets over de val op intranet of in het fotokanaal voordat de advocaat het heeft gelezen.
            Ze stelt voor de taxi en medische kosten van de gast uit coulance te betalen, zo verwoord dat het geen erkenning van aansprakelijkheid is.
            Schrijft de advocaat van de gast, stuur het onbeantwoord door naar juridische zaken; zij verwacht hooguit een claim van een laag vijfcijferig bedrag.
            Ze wil schriftelijke verklaringen van de drie collega's die het zagen, aan haar gericht en niet aan het eventteam.
            Haar advies over de verzekeraar: deze week melden, alleen de feiten beschrijven, geen mening over schuld.
        """,
    }),
    Family("working_time_counsel_advice", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Employment lawyer's view on our leave and overtime records
            ^Summary of counsel's advice – working-time audit
            Counsel thinks the old practice of letting carry-over days lapse without warning is probably unlawful and we should stop it now.
            Her advice is not to correct past records in the HR portal; corrections would look like tampering if the union takes this further.
            Back-pay exposure for unpaid overtime could reach three years; she recommends offering to pay it voluntarily rather than waiting for claims.
            She asks that any internal analysis of the overtime data be prepared at her request and sent only to her.
            On the works council: counsel suggests informing them after the board decides, not before, to keep our options open.
            Her memo with the legal risks per country follows on {date}; until then, no statements to staff.
        """,
        "de": """
            ^Einschätzung der Arbeitsrechtlerin zu unseren Urlaubs- und Überstundendaten
            ^Zusammenfassung des Rechtsrats – Arbeitszeitprüfung
            Die Anwältin hält das bisherige Verfallenlassen von Resturlaub ohne Hinweis für wahrscheinlich rechtswidrig; wir sollten es sofort beenden.
            Ihr Rat: alte Einträge im HR-Portal nicht korrigieren; Korrekturen sähen nach Manipulation aus, falls die Gewerkschaft weitergeht.
            Nachzahlungsrisiken für unbezahlte Überstunden könnten drei Jahre zurückreichen; sie empfiehlt, freiwillig nachzuzahlen, statt auf Klagen zu warten.
            Sie bittet, jede interne Auswertung der Überstunden auf ihre Veranlassung zu erstellen und nur ihr zu schicken.
            Zum Betriebsrat: sie schlägt vor, ihn nach der Entscheidung der Geschäftsführung zu informieren, nicht vorher.
            Ihr Vermerk mit den Rechtsrisiken je Land folgt am {date}; bis dahin keine Aussagen gegenüber der Belegschaft.
        """,
        "fr": """
            ^Avis de l'avocate en droit social sur nos congés et heures supplémentaires
            ^Synthèse du conseil de l'avocate – audit du temps de travail
            L'avocate estime que la pratique consistant à laisser perdre les reports sans prévenir est probablement illégale et qu'il faut y mettre fin.
            Elle conseille de ne pas corriger les anciens enregistrements du portail RH ; des corrections passeraient pour une falsification si le syndicat va plus loin.
            Le risque de rappel de salaire pour heures supplémentaires peut remonter à trois ans ; elle recommande une offre transactionnelle plutôt que d'attendre les demandes.
            Elle demande que toute analyse interne des heures supplémentaires soit faite à sa demande et envoyée à elle seule.
            Pour le CSE : elle suggère de l'informer après la décision de la direction, pas avant.
            Sa note sur les risques juridiques par pays suivra le {date} ; d'ici là, aucune communication au personnel.
        """,
        "es": """
            ^Opinión de la abogada laboralista sobre nuestros registros de vacaciones y horas extra
            ^Resumen del asesoramiento – auditoría del registro de jornada
            La abogada cree que dejar caducar los días pendientes sin avisar es probablemente ilegal y que debemos dejar de hacerlo ya.
            Aconseja no corregir los registros antiguos del portal de RR. HH.; las correcciones parecerían una manipulación si el sindicato sigue adelante.
            El riesgo por horas extra no pagadas podría remontarse a tres años; recomienda una oferta de acuerdo voluntaria en vez de esperar reclamaciones.
            Pide que cualquier análisis interno de las horas extra se haga a petición suya y se le envíe solo a ella.
            Sobre el comité de empresa: sugiere informarles después de la decisión de la dirección, no antes.
            Su informe con los riesgos legales por país llegará el {date}; hasta entonces, ninguna comunicación a la plantilla.
        """,
        "nl": """
            ^Visie van de arbeidsrechtadvocaat op onze verlof- en overurenregistratie
            ^Samenvatting van het advies – audit arbeidstijden
            De advocaat denkt dat het zonder waarschuwing laten vervallen van meegenomen dagen waarschijnlijk onrechtmatig is; we moeten er nu mee stoppen.
            Haar advies: oude registraties in het HR-portaal niet corrigeren; correcties zouden op manipulatie lijken als de vakbond doorzet.
            Het risico op nabetaling van onbetaald overwerk kan drie jaar teruggaan; zij raadt aan vrijwillig na te betalen in plaats van op claims te wachten.
            Ze vraagt elke interne analyse van de overuren op haar verzoek te maken en alleen aan haar te sturen.
            Over de ondernemingsraad: zij stelt voor die na het besluit van de directie te informeren, niet ervoor.
            Haar memo met de juridische risico's per land volgt op {date}; tot dan geen mededelingen aan het personeel.
        """,
    }),
)

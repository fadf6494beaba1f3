"""Second round of varied registers (model 7): new topics on both sides of the line.

Model 6 still read harmless internal analytics and operations text as confidential,
chatty public text as sensitive, internal and public as each other, and missed sensitive
text that carries no marker: health and safety, security incidents, finance, customer
hardship, and counsel's advice without a privilege legend. These families were written
from those failure *kinds*, on topics no other family uses, in many shapes (headers,
questions, notes, bullet lists, tables, long and short):

* internal business text that stays internal — no personal data, no deal terms: web and
  store analytics by channel, warehouse KPI reviews, plant shift logs, supplier quality
  audits, sourcing plans, IT help-desk tickets, capacity planning, batch-job post-mortems;
* chatty public text — hobby clubs, travel questions, general knowledge, municipal
  notices, gadget reviews, and everyday talk that uses legal and HR words generically;
* confidential narratives without identifiers: a security breach, a workplace injury,
  unreleased figures, a customer in arrears, commercial terms, an unannounced restructuring;
* advice of counsel with no legend, in several legal areas (product liability,
  competition, employment, data protection, insurance coverage, arbitration) and forms
  (counsel's e-mail, call notes relaying advice, a draft memo).

One family of each label calibrates (`dev`); the others train. Like every added family
each draws its own random stream, and composites stay inside a split, so the held-out
splits are the same requests as before (tested).
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

VARIED2_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------ internal, harmless business text
    Family("channel_funnel_analytics", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Web funnel review – week {n}
            ^Store format analysis, Q{n}
            Conversion from product page to basket rose to {pct} on mobile, desktop stayed flat.
            | Channel | Sessions | Add-to-basket | Checkout rate |↵|---|---|---|---|↵| Paid search | up 8% | {pct} | flat |↵| Newsletter | down 3% | {pct} | up 1 pt |↵| Organic | up 2% | {pct} | flat |
            Average basket size in the compact stores is still below the hypermarkets, mostly because of fewer bulk items.
            Can someone check why the affiliate channel shows twice the sessions it had last month? Probably a tagging change.
            Takeaway for the growth team: the new filter panel helps on mobile; keep the A/B test running two more weeks.
            Returning visitors convert better on weekends; the email team wants to move the Thursday send to Saturday.
            Numbers come from the BI dashboard refresh of {date}; no adjustments for the bank holiday.
        """,
        "de": """
            ^Funnel-Auswertung – KW {n}
            ^Analyse nach Filialformat, Q{n}
            Die Quote von der Produktseite in den Warenkorb stieg mobil auf {pct}, am Desktop blieb sie gleich.
            | Kanal | Sitzungen | In den Warenkorb | Kaufabschluss |↵|---|---|---|---|↵| Suchanzeigen | +8 % | {pct} | gleich |↵| Newsletter | −3 % | {pct} | +1 Pkt |
            Der durchschnittliche Warenkorb in den kleinen Filialen liegt weiter unter dem der großen Märkte.
            Kann jemand prüfen, warum der Affiliate-Kanal doppelt so viele Sitzungen zeigt? Vermutlich eine Tagging-Änderung.
            Fazit fürs Growth-Team: der neue Filterbereich hilft mobil, den A/B-Test zwei Wochen weiterlaufen lassen.
            Wiederkehrende Besucher kaufen am Wochenende häufiger; der Newsletter soll von Donnerstag auf Samstag.
            Zahlen aus dem BI-Dashboard vom {date}, ohne Bereinigung um den Feiertag.
        """,
        "fr": """
            ^Revue du tunnel de conversion – semaine {n}
            ^Analyse par format de magasin, T{n}
            Le passage de la fiche produit au panier monte à {pct} sur mobile ; le desktop reste stable.
            | Canal | Sessions | Ajout au panier | Taux de commande |↵|---|---|---|---|↵| Search payant | +8 % | {pct} | stable |↵| Newsletter | −3 % | {pct} | +1 pt |
            Le panier moyen des magasins de proximité reste inférieur à celui des hypermarchés.
            Quelqu'un peut-il vérifier pourquoi le canal affiliation affiche deux fois plus de sessions ? Sans doute un changement de balisage.
            Conclusion pour l'équipe growth : le nouveau panneau de filtres aide sur mobile, on prolonge le test A/B de deux semaines.
            Les visiteurs récurrents convertissent mieux le week-end ; l'équipe e-mailing veut décaler l'envoi au samedi.
            Chiffres issus du tableau de bord BI du {date}, sans correction du jour férié.
        """,
        "es": """
            ^Revisión del embudo web – semana {n}
            ^Análisis por formato de tienda, T{n}
            El paso de ficha de producto a cesta subió al {pct} en móvil; en escritorio se mantuvo.
            | Canal | Sesiones | Añadir a la cesta | Tasa de compra |↵|---|---|---|---|↵| Búsqueda de pago | +8 % | {pct} | igual |↵| Boletín | −3 % | {pct} | +1 pt |
            La cesta media de las tiendas de proximidad sigue por debajo de la de los hipermercados.
            ¿Alguien puede mirar por qué el canal de afiliados muestra el doble de sesiones? Seguramente un cambio de etiquetado.
            Conclusión para el equipo de growth: el nuevo panel de filtros ayuda en móvil; mantenemos la prueba A/B dos semanas más.
            Los visitantes recurrentes compran más el fin de semana; el equipo de e-mail quiere pasar el envío al sábado.
            Datos del panel de BI del {date}, sin ajustar por el festivo.
        """,
        "nl": """
            ^Funnelanalyse – week {n}
            ^Analyse per winkelformule, Q{n}
            De stap van productpagina naar winkelmandje steeg mobiel naar {pct}; desktop bleef gelijk.
            | Kanaal | Sessies | In winkelmandje | Afrekenratio |↵|---|---|---|---|↵| Betaald zoeken | +8% | {pct} | gelijk |↵| Nieuwsbrief | −3% | {pct} | +1 pt |
            Het gemiddelde mandje in de kleine winkels blijft onder dat van de grote vestigingen.
            Kan iemand kijken waarom het affiliatekanaal twee keer zoveel sessies toont? Waarschijnlijk een taggingwijziging.
            Conclusie voor het growthteam: het nieuwe filterpaneel helpt op mobiel; de A/B-test loopt nog twee weken.
            Terugkerende bezoekers kopen vaker in het weekend; het e-mailteam wil de verzending naar zaterdag verplaatsen.
            Cijfers uit het BI-dashboard van {date}, niet gecorrigeerd voor de feestdag.
        """,
    }),
    Family("warehouse_kpi_review", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Distribution centre {city} – monthly KPI review
            ^Agenda: warehouse performance, {date}
            On-time dispatch reached {pct} against a target of 97%; the miss was concentrated in the second shift.
            Pick rate per hour improved after the slotting change moved fast movers closer to the packing stations.
            - Dock-to-stock time: down to 6 hours↵- Inventory accuracy: 99.2%↵- Damaged goods returns: stable↵- Forklift hours: within plan
            Why did the cross-dock volume double on Tuesdays? Action: check the carrier schedule with transport planning.
            Two conveyor stoppages last month, both caused by label jams; maintenance will replace the printer heads.
            Next review: compare the {city} site with the other hubs using the same KPI definitions.
        """,
        "de": """
            ^Verteilzentrum {city} – monatliche KPI-Runde
            ^Agenda: Lagerleistung, {date}
            Die pünktliche Auslieferung lag bei {pct} bei einem Ziel von 97 %; die Abweichung betraf vor allem die Spätschicht.
            Die Pickleistung pro Stunde stieg, nachdem Schnelldreher näher an die Packplätze umgelagert wurden.
            - Wareneingang bis Einlagerung: 6 Stunden↵- Bestandsgenauigkeit: 99,2 %↵- Beschädigte Rücksendungen: stabil↵- Staplerstunden: im Plan
            Warum verdoppelt sich das Cross-Dock-Volumen dienstags? Maßnahme: Fahrplan der Spedition mit der Transportplanung prüfen.
            Zwei Förderbandstopps im letzten Monat, beide durch Etikettenstau; die Instandhaltung tauscht die Druckköpfe.
            Nächste Runde: den Standort {city} mit den anderen Hubs nach denselben Kennzahlen vergleichen.
        """,
        "fr": """
            ^Entrepôt de {city} – revue mensuelle des indicateurs
            ^Ordre du jour : performance logistique, {date}
            Les expéditions à l'heure atteignent {pct} pour un objectif de 97 % ; l'écart vient surtout de l'équipe d'après-midi.
            La productivité de préparation a progressé depuis que les références rapides sont plus près des postes d'emballage.
            - Délai de mise en stock : 6 heures↵- Fiabilité des stocks : 99,2 %↵- Retours endommagés : stables↵- Heures de chariot : dans le budget
            Pourquoi le volume en cross-dock double-t-il le mardi ? Action : vérifier le planning du transporteur.
            Deux arrêts du convoyeur le mois dernier, dus à des bourrages d'étiquettes ; la maintenance change les têtes d'impression.
            Prochaine revue : comparer {city} aux autres plateformes avec les mêmes définitions d'indicateurs.
        """,
        "es": """
            ^Centro de distribución de {city} – revisión mensual de indicadores
            ^Orden del día: rendimiento del almacén, {date}
            Los envíos a tiempo llegaron al {pct} frente a un objetivo del 97 %; el desvío se concentró en el turno de tarde.
            La productividad de preparación mejoró al acercar los artículos de alta rotación a las mesas de embalaje.
            - Tiempo de ubicación: 6 horas↵- Exactitud de inventario: 99,2 %↵- Devoluciones dañadas: estables↵- Horas de carretilla: en plan
            ¿Por qué se duplica el volumen de cross-docking los martes? Acción: revisar el horario del transportista.
            Dos paradas de la cinta el mes pasado, ambas por atascos de etiquetas; mantenimiento cambiará los cabezales.
            Próxima revisión: comparar {city} con los demás centros usando las mismas definiciones.
        """,
        "nl": """
            ^Distributiecentrum {city} – maandelijkse KPI-review
            ^Agenda: magazijnprestaties, {date}
            Tijdige verzending kwam uit op {pct} tegen een doel van 97%; de afwijking zat vooral in de middagploeg.
            Het aantal picks per uur steeg nadat snellopers dichter bij de inpaktafels zijn gelegd.
            - Ontvangst tot opslag: 6 uur↵- Voorraadnauwkeurigheid: 99,2%↵- Beschadigde retouren: stabiel↵- Heftrucuren: binnen plan
            Waarom verdubbelt het cross-dockvolume op dinsdag? Actie: rijschema van de vervoerder nakijken.
            Twee stilstanden van de transportband vorige maand, beide door vastgelopen etiketten; onderhoud vervangt de printkoppen.
            Volgende review: {city} vergelijken met de andere hubs met dezelfde KPI-definities.
        """,
    }),
    Family("plant_shift_log", I, "train", min_sentences=3, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Shift log – line 3, night shift
            ^Handover, packaging hall
            06:10 line restarted after the film roll change, first 200 units checked, OK.
            Filler head 4 dripping again; tightened the seal, maintenance ticket raised for the weekend.
            OEE for the shift: {pct}, mostly lost to the changeover from 500 ml to 1 l bottles.
            Palletiser stopped twice (photo-eye dirty), cleaned, no further stops.
            Raw material: two lots of caps left, next delivery expected tomorrow morning.
            Note for day shift: the new operator instructions for the labeller are pinned next to the HMI.
            Q: does anyone know the torque setting for the new caps? The sheet still shows the old value.
        """,
        "de": """
            ^Schichtbuch – Linie 3, Nachtschicht
            ^Übergabe Verpackungshalle
            06:10 Linie nach Folienwechsel wieder angefahren, die ersten 200 Stück geprüft, in Ordnung.
            Füllkopf 4 tropft wieder; Dichtung nachgezogen, Instandhaltungsauftrag fürs Wochenende angelegt.
            OEE der Schicht: {pct}, vor allem verloren beim Umrüsten von 0,5 l auf 1 l.
            Palettierer zweimal stehen geblieben (Lichtschranke verschmutzt), gereinigt, danach keine Störung.
            Material: noch zwei Chargen Verschlüsse, nächste Lieferung morgen früh.
            Hinweis für die Frühschicht: die neue Bedienanleitung für den Etikettierer hängt neben dem Bedienpult.
            Frage: kennt jemand das Drehmoment für die neuen Verschlüsse? Im Blatt steht noch der alte Wert.
        """,
        "fr": """
            ^Cahier de quart – ligne 3, nuit
            ^Passation, atelier conditionnement
            06h10 ligne redémarrée après le changement de bobine de film, 200 premières unités contrôlées, OK.
            La tête de remplissage 4 goutte encore ; joint resserré, demande d'intervention pour le week-end.
            TRS du poste : {pct}, perdu surtout au changement de format 50 cl vers 1 l.
            Le palettiseur s'est arrêté deux fois (cellule encrassée), nettoyée, plus d'arrêt ensuite.
            Matière : il reste deux lots de bouchons, prochaine livraison demain matin.
            Pour l'équipe du matin : les nouvelles consignes de l'étiqueteuse sont affichées à côté du pupitre.
            Question : quelqu'un connaît le couple de serrage des nouveaux bouchons ? La fiche indique l'ancienne valeur.
        """,
        "es": """
            ^Parte de turno – línea 3, noche
            ^Relevo, nave de envasado
            06:10 línea arrancada tras cambiar la bobina de film, primeras 200 unidades revisadas, correcto.
            El cabezal de llenado 4 vuelve a gotear; junta apretada, orden de mantenimiento para el fin de semana.
            OEE del turno: {pct}, perdido sobre todo en el cambio de formato de 500 ml a 1 l.
            La paletizadora paró dos veces (fotocélula sucia), limpiada, sin más paradas.
            Material: quedan dos lotes de tapones, la próxima entrega llega mañana por la mañana.
            Para el turno de mañana: las nuevas instrucciones de la etiquetadora están junto a la pantalla.
            Pregunta: ¿alguien sabe el par de apriete de los tapones nuevos? La hoja aún muestra el valor antiguo.
        """,
        "nl": """
            ^Ploegenlogboek – lijn 3, nachtdienst
            ^Overdracht verpakkingshal
            06:10 lijn herstart na wissel van de folierol, eerste 200 stuks gecontroleerd, in orde.
            Vulkop 4 druppelt weer; afdichting aangedraaid, onderhoudsmelding voor het weekend gemaakt.
            OEE van de dienst: {pct}, vooral verloren bij de omstelling van 0,5 l naar 1 l.
            Palletiseerder twee keer gestopt (fotocel vuil), schoongemaakt, daarna geen storing.
            Materiaal: nog twee partijen doppen, volgende levering morgenochtend.
            Voor de vroege dienst: de nieuwe werkinstructie voor de etiketteermachine hangt naast het bedienpaneel.
            Vraag: weet iemand het aanhaalmoment voor de nieuwe doppen? Op het blad staat nog de oude waarde.
        """,
    }),
    Family("supplier_quality_audit", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Supplier audit checklist – incoming components
            ^Incoming inspection summary, batch week {n}
            Sampling plan: inspect 32 parts per lot under the normal level, switch to tightened after two rejected lots.
            Three of the {n} lots showed burrs on the bracket edge; supplier asked for a corrective action plan within ten days.
            [ ] Calibration records of the gauges available↵[ ] Traceability from raw material to shipment↵[x] Packaging as specified↵[ ] First-article report signed
            The supplier's cleanroom gowning procedure was fine, but the humidity log had gaps over the weekend.
            Should we accept the certificate of conformity in place of our own hardness test for the next quarter?
            Follow-up audit planned for {date}; quality engineering will share the findings template beforehand.
        """,
        "de": """
            ^Lieferantenaudit – Checkliste Zukaufteile
            ^Wareneingangsprüfung, Chargen KW {n}
            Stichprobenplan: 32 Teile je Los bei normaler Prüfung, nach zwei abgelehnten Losen verschärfte Prüfung.
            Drei von {n} Losen hatten Grate an der Halterkante; der Lieferant soll binnen zehn Tagen einen Maßnahmenplan vorlegen.
            [ ] Kalibriernachweise der Messmittel vorhanden↵[ ] Rückverfolgbarkeit vom Rohmaterial bis zum Versand↵[x] Verpackung laut Spezifikation↵[ ] Erstmusterprüfbericht unterschrieben
            Die Einkleideregeln im Reinraum waren in Ordnung, das Feuchteprotokoll hatte am Wochenende Lücken.
            Sollen wir das Werkszeugnis im nächsten Quartal statt unserer eigenen Härteprüfung akzeptieren?
            Nachaudit geplant am {date}; die Qualitätstechnik schickt vorher die Vorlage für die Feststellungen.
        """,
        "fr": """
            ^Audit fournisseur – liste de contrôle composants
            ^Synthèse du contrôle réception, lots semaine {n}
            Plan d'échantillonnage : 32 pièces par lot en contrôle normal, contrôle renforcé après deux lots refusés.
            Trois lots sur {n} présentaient des bavures sur le bord du support ; plan d'actions correctives demandé sous dix jours.
            [ ] Certificats d'étalonnage des calibres disponibles↵[ ] Traçabilité de la matière à l'expédition↵[x] Emballage conforme↵[ ] Rapport de premier article signé
            L'habillage en salle propre était correct, mais le relevé d'humidité présentait des trous le week-end.
            Accepte-t-on le certificat de conformité à la place de notre essai de dureté au prochain trimestre ?
            Audit de suivi prévu le {date} ; la qualité enverra le modèle de constats avant.
        """,
        "es": """
            ^Auditoría de proveedor – lista de verificación de componentes
            ^Resumen de inspección de recepción, lotes semana {n}
            Plan de muestreo: 32 piezas por lote en inspección normal, rigurosa tras dos lotes rechazados.
            Tres de {n} lotes tenían rebabas en el borde del soporte; se pide al proveedor un plan de acciones correctivas en diez días.
            [ ] Certificados de calibración de los calibres↵[ ] Trazabilidad de la materia prima al envío↵[x] Embalaje según especificación↵[ ] Informe de primera muestra firmado
            El vestuario de la sala blanca estaba bien, pero el registro de humedad tenía huecos el fin de semana.
            ¿Aceptamos el certificado de conformidad en lugar de nuestro ensayo de dureza el próximo trimestre?
            Auditoría de seguimiento prevista para el {date}; calidad enviará antes la plantilla de hallazgos.
        """,
        "nl": """
            ^Leveranciersaudit – checklist ingekochte onderdelen
            ^Samenvatting ingangscontrole, partijen week {n}
            Steekproefplan: 32 stuks per partij bij normale keuring, verscherpt na twee afgekeurde partijen.
            Drie van de {n} partijen hadden bramen aan de rand van de beugel; leverancier moet binnen tien dagen een correctieplan sturen.
            [ ] Kalibratiecertificaten van de meetmiddelen aanwezig↵[ ] Traceerbaarheid van grondstof tot verzending↵[x] Verpakking volgens specificatie↵[ ] Eerste-monsterrapport getekend
            De kledingregels in de cleanroom waren in orde, maar het vochtlogboek had gaten in het weekend.
            Accepteren we volgend kwartaal het conformiteitscertificaat in plaats van onze eigen hardheidstest?
            Vervolgaudit gepland op {date}; kwaliteit stuurt vooraf het sjabloon voor bevindingen.
        """,
    }),
    Family("sourcing_plan", I, "train", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Sourcing plan: office furniture refresh
            ^RFQ timeline – packaging materials
            We will send the request for quotation to five suppliers and shortlist three for samples.
            Evaluation criteria: quality 40%, lead time 25%, sustainability 20%, service 15%; price is scored separately by finance.
            1. Requirements signed off by facilities↵2. RFQ out in week {n}↵3. Sample testing↵4. Recommendation to the category board
            Question for the category manager: do we keep a second source for the corrugated boxes or consolidate?
            Lessons from the last round: ask for recycled-content certificates up front, it saved two weeks.
            The supplier onboarding form has moved to the new procurement portal; old links no longer work.
        """,
        "de": """
            ^Beschaffungsplan: Büromöbel-Erneuerung
            ^Zeitplan Angebotsanfrage – Verpackungsmaterial
            Wir schicken die Angebotsanfrage an fünf Lieferanten und nehmen drei in die Musterphase.
            Bewertung: Qualität 40 %, Lieferzeit 25 %, Nachhaltigkeit 20 %, Service 15 %; den Preis bewertet das Controlling getrennt.
            1. Anforderungen vom Facility Management freigegeben↵2. Anfrage raus in KW {n}↵3. Mustertests↵4. Empfehlung an das Warengruppengremium
            Frage an den Warengruppenmanager: behalten wir eine zweite Quelle für die Kartonagen oder bündeln wir?
            Aus der letzten Runde gelernt: Recyclingnachweise gleich mit anfordern, das hat zwei Wochen gespart.
            Das Formular zur Lieferantenanlage liegt jetzt im neuen Einkaufsportal; alte Links funktionieren nicht mehr.
        """,
        "fr": """
            ^Plan d'achat : renouvellement du mobilier de bureau
            ^Calendrier de l'appel d'offres – emballages
            La demande de prix part vers cinq fournisseurs, trois seront retenus pour des échantillons.
            Critères : qualité 40 %, délai 25 %, développement durable 20 %, service 15 % ; le prix est noté à part par la finance.
            1. Besoin validé par les services généraux↵2. Envoi en semaine {n}↵3. Tests d'échantillons↵4. Recommandation au comité achats
            Question pour l'acheteur famille : garde-t-on une deuxième source pour les cartons ou consolide-t-on ?
            Retour d'expérience : demander les certificats de contenu recyclé dès le départ, cela a fait gagner deux semaines.
            Le formulaire de référencement fournisseur est désormais sur le nouveau portail achats.
        """,
        "es": """
            ^Plan de compras: renovación del mobiliario de oficina
            ^Calendario de petición de ofertas – material de embalaje
            Enviaremos la petición de ofertas a cinco proveedores y preseleccionaremos tres para muestras.
            Criterios: calidad 40 %, plazo 25 %, sostenibilidad 20 %, servicio 15 %; el precio lo puntúa finanzas por separado.
            1. Requisitos aprobados por servicios generales↵2. Envío en la semana {n}↵3. Pruebas de muestras↵4. Recomendación al comité de compras
            Pregunta para el responsable de categoría: ¿mantenemos un segundo proveedor de cajas o concentramos?
            Lección de la última ronda: pedir desde el inicio los certificados de material reciclado ahorró dos semanas.
            El formulario de alta de proveedores está ahora en el nuevo portal de compras.
        """,
        "nl": """
            ^Inkoopplan: vervanging kantoormeubilair
            ^Tijdlijn offerteaanvraag – verpakkingsmateriaal
            We sturen de offerteaanvraag naar vijf leveranciers en nemen er drie mee naar de monsterfase.
            Criteria: kwaliteit 40%, levertijd 25%, duurzaamheid 20%, service 15%; de prijs beoordeelt finance apart.
            1. Eisen goedgekeurd door facilitair↵2. Aanvraag eruit in week {n}↵3. Monstertests↵4. Advies aan het categorieoverleg
            Vraag aan de categoriemanager: houden we een tweede bron voor de dozen of bundelen we?
            Geleerd uit de vorige ronde: vraag meteen om certificaten voor gerecycled materiaal, dat scheelde twee weken.
            Het aanmeldformulier voor leveranciers staat nu in het nieuwe inkoopportaal.
        """,
    }),
    Family("it_helpdesk_tickets", I, "train", min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^Service desk queue – open tickets
            ^Ticket update: VPN drops every 20 minutes
            The VPN client disconnects on the hotel Wi-Fi; reinstalling version 5.2 fixed it for two of three users.
            Request: new starters on the {city} floor need the design software licence before Monday.
            Printer on the third floor shows "paper jam" with no paper in it; vendor visit booked.
            Laptop reimaging is done for the finance team; please log in once on the office network to sync policies.
            Status: waiting on the network team to open the firewall port for the new build agents.
            Why does the shared calendar show meeting rooms twice? Looks like a sync issue after the migration.
            Closed: the Wi-Fi in meeting room B was on the guest network; moved to the corporate SSID.
        """,
        "de": """
            ^Servicedesk – offene Tickets
            ^Ticket-Update: VPN bricht alle 20 Minuten ab
            Der VPN-Client trennt im Hotel-WLAN; die Neuinstallation von Version 5.2 half bei zwei von drei Nutzern.
            Anfrage: die Neuen auf der Etage in {city} brauchen die Designsoftware-Lizenz vor Montag.
            Der Drucker im dritten Stock meldet Papierstau, obwohl kein Papier drin ist; Techniker bestellt.
            Die Notebooks der Buchhaltung sind neu aufgesetzt; bitte einmal im Büronetz anmelden, damit die Richtlinien greifen.
            Status: wir warten darauf, dass das Netzwerkteam den Firewall-Port für die neuen Build-Agents freigibt.
            Warum zeigt der gemeinsame Kalender die Besprechungsräume doppelt? Wohl ein Sync-Problem nach der Migration.
            Geschlossen: das WLAN in Raum B hing im Gästenetz; auf das Firmennetz umgestellt.
        """,
        "fr": """
            ^File du support informatique – tickets ouverts
            ^Mise à jour : le VPN coupe toutes les 20 minutes
            Le client VPN se déconnecte sur le Wi-Fi de l'hôtel ; la réinstallation de la version 5.2 a réglé le souci pour deux utilisateurs sur trois.
            Demande : les nouveaux arrivants de l'étage de {city} ont besoin de la licence du logiciel de design avant lundi.
            L'imprimante du troisième étage affiche « bourrage » sans papier dedans ; passage du technicien prévu.
            Les portables de la comptabilité sont réinstallés ; merci de vous connecter une fois sur le réseau du bureau.
            Statut : en attente de l'équipe réseau pour ouvrir le port du pare-feu aux nouveaux agents de build.
            Pourquoi l'agenda partagé affiche-t-il les salles en double ? Probablement un souci de synchronisation après la migration.
            Clos : le Wi-Fi de la salle B était sur le réseau invités ; basculé sur le réseau interne.
        """,
        "es": """
            ^Cola del centro de soporte – tickets abiertos
            ^Actualización: la VPN se corta cada 20 minutos
            El cliente VPN se desconecta con el wifi del hotel; reinstalar la versión 5.2 lo arregló para dos de tres usuarios.
            Solicitud: los nuevos de la planta de {city} necesitan la licencia del software de diseño antes del lunes.
            La impresora de la tercera planta marca atasco sin papel dentro; visita del técnico reservada.
            Los portátiles de contabilidad ya están reinstalados; entrad una vez desde la red de la oficina para sincronizar.
            Estado: esperando a que el equipo de redes abra el puerto del cortafuegos para los nuevos agentes de compilación.
            ¿Por qué el calendario compartido muestra las salas dos veces? Parece un fallo de sincronización tras la migración.
            Cerrado: el wifi de la sala B estaba en la red de invitados; cambiado a la red corporativa.
        """,
        "nl": """
            ^Servicedesk – openstaande tickets
            ^Ticketupdate: VPN valt elke 20 minuten weg
            De VPN-client verbreekt de verbinding op hotelwifi; herinstallatie van versie 5.2 hielp bij twee van de drie gebruikers.
            Verzoek: de nieuwe collega's op de verdieping in {city} hebben vóór maandag de licentie voor de ontwerpsoftware nodig.
            De printer op de derde verdieping meldt papierstoring zonder papier; monteur ingepland.
            De laptops van de boekhouding zijn opnieuw geïnstalleerd; log één keer in op het kantoornetwerk.
            Status: wachten tot het netwerkteam de firewallpoort voor de nieuwe build-agents opent.
            Waarom toont de gedeelde agenda vergaderruimtes dubbel? Lijkt een synchronisatieprobleem na de migratie.
            Gesloten: de wifi in ruimte B zat op het gastennetwerk; omgezet naar het bedrijfsnetwerk.
        """,
    }),
    Family("capacity_planning", I, "dev", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Capacity plan – support rota next quarter
            ^Planning note: fleet and routes for the winter peak
            Forecast ticket volume is {pct} higher in November; we cover it with overtime rather than temporary staff.
            | Week | Forecast | Agents needed | Agents planned |↵|---|---|---|---|↵| 45 | high | 14 | 12 |↵| 46 | high | 14 | 13 |↵| 47 | peak | 16 | 16 |
            Sprint capacity: two people on leave, so we plan 30 story points instead of 38.
            Delivery routes in {city} are re-cut to keep vans under eight hours including loading.
            Open question: do we rent two extra vans for December or shift deliveries to the evening slot?
            Assumptions are in the planning sheet; please add holidays by Friday so the rota can be published.
        """,
        "de": """
            ^Kapazitätsplan – Support-Dienstplan nächstes Quartal
            ^Planungsnotiz: Fuhrpark und Touren für die Winterspitze
            Das erwartete Ticketvolumen liegt im November {pct} höher; wir decken es mit Überstunden statt Aushilfen.
            | Woche | Prognose | Bedarf | Geplant |↵|---|---|---|---|↵| 45 | hoch | 14 | 12 |↵| 46 | hoch | 14 | 13 |↵| 47 | Spitze | 16 | 16 |
            Sprint-Kapazität: zwei Personen im Urlaub, also planen wir 30 statt 38 Story Points.
            Die Touren in {city} werden neu geschnitten, damit die Fahrzeuge inklusive Beladung unter acht Stunden bleiben.
            Offene Frage: mieten wir im Dezember zwei zusätzliche Transporter oder verlegen wir Lieferungen in den Abend?
            Annahmen stehen im Planungsblatt; bitte Urlaube bis Freitag eintragen, damit der Dienstplan raus kann.
        """,
        "fr": """
            ^Plan de capacité – planning du support au prochain trimestre
            ^Note de planification : flotte et tournées pour le pic d'hiver
            Le volume de tickets prévu est {pct} plus élevé en novembre ; on le couvre par des heures supplémentaires plutôt que des intérimaires.
            | Semaine | Prévision | Besoin | Prévu |↵|---|---|---|---|↵| 45 | haute | 14 | 12 |↵| 46 | haute | 14 | 13 |↵| 47 | pic | 16 | 16 |
            Capacité du sprint : deux personnes en congé, on prévoit 30 points au lieu de 38.
            Les tournées de {city} sont redécoupées pour que les camionnettes restent sous huit heures, chargement compris.
            Question ouverte : loue-t-on deux véhicules de plus en décembre ou décale-t-on des livraisons en soirée ?
            Les hypothèses sont dans le fichier de planification ; ajoutez vos congés avant vendredi.
        """,
        "es": """
            ^Plan de capacidad – turnos de soporte el próximo trimestre
            ^Nota de planificación: flota y rutas para el pico de invierno
            El volumen previsto de tickets es un {pct} mayor en noviembre; lo cubrimos con horas extra y no con personal temporal.
            | Semana | Previsión | Necesarios | Planificados |↵|---|---|---|---|↵| 45 | alta | 14 | 12 |↵| 46 | alta | 14 | 13 |↵| 47 | pico | 16 | 16 |
            Capacidad del sprint: dos personas de vacaciones, así que planificamos 30 puntos en vez de 38.
            Las rutas de {city} se recortan para que las furgonetas no pasen de ocho horas con la carga incluida.
            Pregunta abierta: ¿alquilamos dos furgonetas más en diciembre o pasamos entregas a la franja de tarde?
            Las hipótesis están en la hoja de planificación; apuntad las vacaciones antes del viernes.
        """,
        "nl": """
            ^Capaciteitsplan – supportrooster volgend kwartaal
            ^Planningsnotitie: wagenpark en routes voor de winterpiek
            Het verwachte ticketvolume ligt in november {pct} hoger; we vangen het op met overuren in plaats van uitzendkrachten.
            | Week | Prognose | Nodig | Gepland |↵|---|---|---|---|↵| 45 | hoog | 14 | 12 |↵| 46 | hoog | 14 | 13 |↵| 47 | piek | 16 | 16 |
            Sprintcapaciteit: twee mensen met vakantie, dus we plannen 30 punten in plaats van 38.
            De routes in {city} worden opnieuw ingedeeld zodat busjes inclusief laden onder acht uur blijven.
            Open vraag: huren we in december twee extra busjes of verschuiven we leveringen naar de avond?
            Aannames staan in het planningsblad; zet je vakantie er vóór vrijdag in.
        """,
    }),
    Family("batch_job_postmortem", I, "train", min_sentences=3, max_sentences=8, header_share=0.6, text={
        "en": """
            ^Post-mortem: nightly reporting job failed
            ^Incident review – delayed dashboards on {date}
            The nightly aggregation job ran out of disk on the worker node at 02:40 and the dashboards were four hours late.
            Root cause: temporary files from a retried step were never cleaned up, so the volume filled over three weeks.
            Timeline:↵- 02:40 job fails, alert fires↵- 03:05 on-call acknowledges↵- 05:30 disk cleaned, job rerun↵- 06:50 dashboards current
            No data was lost or exposed; the job simply produced yesterday's figures late.
            What went well: the alert fired on time and the runbook for reruns was accurate.
            Action items: add a cleanup step, alert at 80% disk, and move the job to the larger worker pool.
            Blameless format as usual; comments on the doc until Thursday.
        """,
        "de": """
            ^Post-Mortem: nächtlicher Reporting-Job fehlgeschlagen
            ^Störungsrückblick – verspätete Dashboards am {date}
            Der nächtliche Aggregations-Job lief um 02:40 auf dem Worker in einen vollen Datenträger; die Dashboards kamen vier Stunden später.
            Ursache: temporäre Dateien eines wiederholten Schritts wurden nie aufgeräumt, das Volume lief über drei Wochen voll.
            Ablauf:↵- 02:40 Job bricht ab, Alarm↵- 03:05 Bereitschaft bestätigt↵- 05:30 Platte bereinigt, Job neu gestartet↵- 06:50 Dashboards aktuell
            Es gingen keine Daten verloren oder nach außen; die Zahlen von gestern kamen nur spät.
            Gut lief: der Alarm kam pünktlich und das Runbook für Neustarts stimmte.
            Maßnahmen: Aufräumschritt ergänzen, Alarm bei 80 % Plattenbelegung, Job in den größeren Worker-Pool verschieben.
            Wie immer ohne Schuldzuweisung; Kommentare im Dokument bis Donnerstag.
        """,
        "fr": """
            ^Post-mortem : échec du traitement de reporting nocturne
            ^Retour d'incident – tableaux de bord en retard le {date}
            Le traitement d'agrégation nocturne a saturé le disque du nœud à 02h40 et les tableaux de bord ont eu quatre heures de retard.
            Cause : les fichiers temporaires d'une étape relancée n'étaient jamais supprimés ; le volume s'est rempli en trois semaines.
            Chronologie :↵- 02h40 échec, alerte↵- 03h05 prise en charge par l'astreinte↵- 05h30 disque nettoyé, relance↵- 06h50 tableaux à jour
            Aucune donnée perdue ni exposée ; les chiffres de la veille sont simplement arrivés en retard.
            Ce qui a bien marché : l'alerte est partie à l'heure et la procédure de relance était juste.
            Actions : ajouter une étape de nettoyage, alerter à 80 % de disque, passer le traitement sur le pool plus large.
            Format sans recherche de coupable ; commentaires dans le document jusqu'à jeudi.
        """,
        "es": """
            ^Post-mortem: falló el proceso nocturno de informes
            ^Revisión del incidente – paneles con retraso el {date}
            El proceso de agregación nocturno se quedó sin disco en el nodo a las 02:40 y los paneles llegaron cuatro horas tarde.
            Causa raíz: los ficheros temporales de un paso reintentado nunca se borraban y el volumen se llenó en tres semanas.
            Cronología:↵- 02:40 falla el proceso, salta la alerta↵- 03:05 la guardia lo atiende↵- 05:30 disco limpio, se relanza↵- 06:50 paneles al día
            No se perdieron ni expusieron datos; solo llegaron tarde las cifras del día anterior.
            Lo que funcionó: la alerta saltó a tiempo y el procedimiento de relanzamiento era correcto.
            Acciones: añadir un paso de limpieza, alertar al 80 % de disco y mover el proceso al grupo de nodos grande.
            Formato sin culpables, como siempre; comentarios en el documento hasta el jueves.
        """,
        "nl": """
            ^Post-mortem: nachtelijke rapportagejob mislukt
            ^Incidentreview – dashboards te laat op {date}
            De nachtelijke aggregatiejob liep om 02:40 tegen een volle schijf aan en de dashboards waren vier uur te laat.
            Oorzaak: tijdelijke bestanden van een herhaalde stap werden nooit opgeruimd, waardoor het volume in drie weken volliep.
            Tijdlijn:↵- 02:40 job faalt, alert↵- 03:05 dienstdoende pakt op↵- 05:30 schijf opgeschoond, job opnieuw gestart↵- 06:50 dashboards actueel
            Er zijn geen gegevens verloren of gelekt; de cijfers van gisteren kwamen alleen te laat.
            Wat goed ging: de alert kwam op tijd en het runbook voor herstarts klopte.
            Acties: opruimstap toevoegen, alert bij 80% schijfgebruik, job naar de grotere workerpool.
            Zoals altijd zonder schuldvraag; opmerkingen in het document tot donderdag.
        """,
    }),
    # ------------------------------------------------------------ public, chatty
    Family("hobby_club_chat", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Chess club newsletter – autumn edition
            ^Running group: Sunday long run
            Who's up for the 15 km loop along the river on Sunday? Meeting at the bandstand at 8, coffee after.
            Our under-12 team drew against the visitors from {city}; the last game went on for almost three hours!
            Knitting circle update: we finished 40 blankets for the animal shelter, thank you all.
            Does anyone have tips for photographing kingfishers? Mine always come out blurry at dawn.
            Reminder: club subs are due next month, and the committee meeting is open to every member.
            The pottery kiln is booked for the weekend; bring your glazed pieces by Friday evening.
            Congratulations to the relay team on a new club record, what a finish in the last lap.
        """,
        "de": """
            ^Schachverein – Herbstrundbrief
            ^Lauftreff: langer Lauf am Sonntag
            Wer kommt am Sonntag mit auf die 15-km-Runde am Fluss? Treffpunkt 8 Uhr am Musikpavillon, danach Kaffee.
            Unsere U12 hat gegen die Gäste aus {city} unentschieden gespielt; die letzte Partie dauerte fast drei Stunden!
            Neues vom Strickkreis: 40 Decken fürs Tierheim sind fertig, danke an alle.
            Hat jemand Tipps, wie man Eisvögel fotografiert? Bei mir wird es im Morgengrauen immer unscharf.
            Erinnerung: der Mitgliedsbeitrag ist nächsten Monat fällig, die Vorstandssitzung ist für alle offen.
            Der Brennofen ist fürs Wochenende gebucht; glasierte Stücke bitte bis Freitagabend abgeben.
            Glückwunsch an die Staffel zum neuen Vereinsrekord, was für ein Schlussspurt!
        """,
        "fr": """
            ^Club d'échecs – lettre d'automne
            ^Groupe de course : sortie longue du dimanche
            Qui vient dimanche sur la boucle de 15 km le long du fleuve ? Rendez-vous au kiosque à 8 h, café ensuite.
            Nos moins de 12 ans ont fait match nul contre les visiteurs de {city} ; la dernière partie a duré près de trois heures !
            Nouvelles du cercle tricot : 40 couvertures terminées pour le refuge, merci à toutes et à tous.
            Quelqu'un a des conseils pour photographier les martins-pêcheurs ? Mes photos sont toujours floues à l'aube.
            Rappel : les cotisations sont dues le mois prochain et la réunion du bureau est ouverte à tous.
            Le four de l'atelier poterie est réservé ce week-end ; déposez vos pièces émaillées avant vendredi soir.
            Bravo au relais pour le nouveau record du club, quelle fin de course !
        """,
        "es": """
            ^Club de ajedrez – boletín de otoño
            ^Grupo de running: tirada larga del domingo
            ¿Quién se apunta el domingo a la vuelta de 15 km por el río? Quedamos a las 8 en el quiosco, café después.
            Nuestro equipo sub-12 empató con los visitantes de {city}; ¡la última partida duró casi tres horas!
            Noticias del grupo de punto: terminamos 40 mantas para la protectora, gracias a todas.
            ¿Algún consejo para fotografiar martines pescadores? Al amanecer siempre me salen movidas.
            Recordatorio: la cuota del club vence el mes que viene y la reunión de la junta está abierta a todos.
            El horno de cerámica está reservado el fin de semana; traed las piezas esmaltadas antes del viernes.
            Enhorabuena al equipo de relevos por el nuevo récord del club, ¡vaya final!
        """,
        "nl": """
            ^Schaakclub – herfstnieuwsbrief
            ^Loopgroep: lange duurloop op zondag
            Wie loopt zondag mee met het rondje van 15 km langs de rivier? Verzamelen om 8 uur bij de muziektent, daarna koffie.
            Onze jeugd onder 12 speelde gelijk tegen de gasten uit {city}; de laatste partij duurde bijna drie uur!
            Nieuws van de breiclub: 40 dekens klaar voor het dierenasiel, dank jullie wel.
            Heeft iemand tips om ijsvogels te fotograferen? Bij zonsopgang worden mijn foto's altijd onscherp.
            Herinnering: de contributie moet volgende maand betaald zijn en de bestuursvergadering is voor iedereen open.
            De pottenbakoven is voor het weekend geboekt; lever geglazuurde stukken vóór vrijdagavond in.
            Gefeliciteerd aan de estafetteploeg met het nieuwe clubrecord, wat een eindsprint!
        """,
    }),
    Family("train_travel_planning", P, "train", min_sentences=2, max_sentences=6, header_share=0.4, text={
        "en": """
            ^Trip planning: ten days by train
            Is it realistic to do {city} to the coast and back in one day by train, or should we stay overnight?
            We're travelling with a toddler in March; which neighbourhoods are quiet but close to the old town?
            Packing list so far: rain jacket, two pairs of shoes, adapter, reusable bottle, a paperback for the ferry.
            Do I need to validate a regional train ticket before boarding, or is the app enough?
            The night ferry was calmer than expected and the sunrise over the islands was worth the early alarm.
            Budget tip: the museum pass pays off after three visits, and most churches are free before noon.
            Can you suggest a five-day itinerary with one rest day and not too many early starts?
        """,
        "de": """
            ^Reiseplanung: zehn Tage mit dem Zug
            Schafft man {city} bis an die Küste und zurück an einem Tag mit dem Zug, oder lieber übernachten?
            Wir reisen im März mit Kleinkind; welche Viertel sind ruhig, aber nah an der Altstadt?
            Packliste bisher: Regenjacke, zwei Paar Schuhe, Adapter, Trinkflasche, ein Taschenbuch für die Fähre.
            Muss ich das Regionalticket vor dem Einsteigen entwerten, oder reicht die App?
            Die Nachtfähre war ruhiger als gedacht, und der Sonnenaufgang über den Inseln war den frühen Wecker wert.
            Spartipp: der Museumspass lohnt sich ab drei Besuchen, viele Kirchen sind vormittags kostenlos.
            Kannst du eine Fünf-Tage-Route mit einem Ruhetag und wenigen frühen Starts vorschlagen?
        """,
        "fr": """
            ^Préparer un voyage : dix jours en train
            Est-ce réaliste de faire {city} – la côte aller-retour en train dans la journée, ou vaut-il mieux dormir sur place ?
            Nous voyageons avec un petit en mars ; quels quartiers sont calmes mais proches de la vieille ville ?
            Liste de bagages : imperméable, deux paires de chaussures, adaptateur, gourde, un livre de poche pour le ferry.
            Faut-il composter un billet de train régional avant de monter, ou l'application suffit-elle ?
            Le ferry de nuit était plus calme que prévu et le lever de soleil sur les îles valait le réveil matinal.
            Astuce budget : le pass musées est rentable dès trois visites, et beaucoup d'églises sont gratuites le matin.
            Tu peux proposer un itinéraire de cinq jours avec une journée de repos et peu de départs matinaux ?
        """,
        "es": """
            ^Planificar un viaje: diez días en tren
            ¿Es realista ir de {city} a la costa y volver en el día en tren, o mejor hacer noche?
            Viajamos con un niño pequeño en marzo; ¿qué barrios son tranquilos pero cerca del casco antiguo?
            Lista de equipaje: chubasquero, dos pares de zapatos, adaptador, botella reutilizable y un libro para el ferry.
            ¿Hay que validar el billete regional antes de subir o basta con la aplicación?
            El ferry nocturno fue más tranquilo de lo esperado y el amanecer sobre las islas mereció el madrugón.
            Consejo de presupuesto: el pase de museos compensa a partir de tres visitas y muchas iglesias son gratis por la mañana.
            ¿Me sugieres un itinerario de cinco días con un día de descanso y pocos madrugones?
        """,
        "nl": """
            ^Reis plannen: tien dagen met de trein
            Is {city} naar de kust en terug op één dag met de trein haalbaar, of kunnen we beter overnachten?
            We reizen in maart met een peuter; welke wijken zijn rustig maar dicht bij de oude binnenstad?
            Paklijst tot nu toe: regenjas, twee paar schoenen, verloopstekker, drinkfles, een pocket voor de veerboot.
            Moet ik een regionaal treinkaartje afstempelen voor het instappen, of is de app genoeg?
            De nachtboot was rustiger dan verwacht en de zonsopgang boven de eilanden was de vroege wekker waard.
            Budgettip: de museumpas is na drie bezoeken al voordelig, veel kerken zijn 's ochtends gratis.
            Kun je een route van vijf dagen voorstellen met een rustdag en weinig vroege vertrekken?
        """,
    }),
    Family("general_knowledge_qa", P, "train", min_sentences=1, max_sentences=5, header_share=0.3, text={
        "en": """
            ^Quiz night – round three
            Why is the sky blue during the day but red at sunset? Explain it for a ten-year-old.
            How did medieval builders lift stones to the top of cathedral towers?
            What's the difference between a virus and a bacterium, in two sentences?
            Q: Which planet has the longest day? A: Venus, one day lasts longer than its year.
            My daughter asked why bread rises; is it only the yeast or does kneading matter too?
            Give me three surprising facts about octopuses for a school presentation.
            Who invented the printing press, and how quickly did it spread across the continent?
        """,
        "de": """
            ^Quizabend – dritte Runde
            Warum ist der Himmel tagsüber blau und beim Sonnenuntergang rot? Erklär es für ein zehnjähriges Kind.
            Wie haben mittelalterliche Baumeister die Steine auf die Kirchtürme gehoben?
            Was ist der Unterschied zwischen einem Virus und einem Bakterium, in zwei Sätzen?
            F: Welcher Planet hat den längsten Tag? A: die Venus, ein Tag dauert länger als ihr Jahr.
            Meine Tochter fragt, warum Brot aufgeht; ist es nur die Hefe oder zählt auch das Kneten?
            Nenn mir drei überraschende Fakten über Kraken für ein Referat.
            Wer hat den Buchdruck erfunden, und wie schnell hat er sich verbreitet?
        """,
        "fr": """
            ^Soirée quiz – troisième manche
            Pourquoi le ciel est-il bleu le jour et rouge au coucher du soleil ? Explique-le à un enfant de dix ans.
            Comment les bâtisseurs du Moyen Âge montaient-ils les pierres en haut des clochers ?
            Quelle est la différence entre un virus et une bactérie, en deux phrases ?
            Q : Quelle planète a le jour le plus long ? R : Vénus, son jour dure plus que son année.
            Ma fille demande pourquoi le pain lève ; est-ce seulement la levure ou le pétrissage compte aussi ?
            Donne-moi trois faits étonnants sur les pieuvres pour un exposé.
            Qui a inventé l'imprimerie, et à quelle vitesse s'est-elle répandue ?
        """,
        "es": """
            ^Noche de preguntas – tercera ronda
            ¿Por qué el cielo es azul de día y rojo al atardecer? Explícalo para un niño de diez años.
            ¿Cómo subían los constructores medievales las piedras a lo alto de las torres de las catedrales?
            ¿Cuál es la diferencia entre un virus y una bacteria, en dos frases?
            P: ¿Qué planeta tiene el día más largo? R: Venus, su día dura más que su año.
            Mi hija pregunta por qué sube el pan; ¿es solo la levadura o también cuenta el amasado?
            Dame tres datos sorprendentes sobre los pulpos para una exposición del colegio.
            ¿Quién inventó la imprenta y a qué velocidad se extendió?
        """,
        "nl": """
            ^Quizavond – derde ronde
            Waarom is de lucht overdag blauw en bij zonsondergang rood? Leg het uit voor een kind van tien.
            Hoe tilden middeleeuwse bouwers de stenen naar de top van de kerktorens?
            Wat is het verschil tussen een virus en een bacterie, in twee zinnen?
            V: Welke planeet heeft de langste dag? A: Venus, een dag duurt er langer dan een jaar.
            Mijn dochter vraagt waarom brood rijst; is het alleen de gist of telt het kneden ook?
            Geef me drie verrassende weetjes over octopussen voor een spreekbeurt.
            Wie heeft de boekdrukkunst uitgevonden, en hoe snel verspreidde die zich?
        """,
    }),
    Family("municipal_notice", P, "dev", min_sentences=2, max_sentences=6, header_share=0.7, text={
        "en": """
            ^Notice to residents: road works on the ring road
            ^Library opening hours over the holidays
            From {date} the eastbound lane will be closed for resurfacing; buses will use the signed diversion.
            Green waste collection moves to Wednesdays in winter; please put bins out by 7 a.m.
            The public consultation on the new cycle lanes is open for six weeks; drawings are on display at the town hall.
            The swimming pool closes for maintenance for two weeks; the school sessions move to the sports centre.
            Free compost is available at the recycling park on Saturday mornings while stocks last.
            Questions about the works can be raised at the drop-in session in the community centre.
        """,
        "de": """
            ^Bekanntmachung: Bauarbeiten am Ring
            ^Öffnungszeiten der Stadtbibliothek über die Feiertage
            Ab dem {date} ist die Fahrspur stadtauswärts wegen Deckenerneuerung gesperrt; Busse fahren die ausgeschilderte Umleitung.
            Die Grünschnittabfuhr ist im Winter mittwochs; bitte die Tonnen bis 7 Uhr bereitstellen.
            Die Bürgerbeteiligung zu den neuen Radwegen läuft sechs Wochen; die Pläne hängen im Rathaus aus.
            Das Hallenbad schließt für zwei Wochen zur Wartung; das Schulschwimmen zieht ins Sportzentrum um.
            Samstagvormittags gibt es am Wertstoffhof kostenlosen Kompost, solange der Vorrat reicht.
            Fragen zu den Arbeiten können in der offenen Sprechstunde im Bürgerhaus gestellt werden.
        """,
        "fr": """
            ^Avis aux habitants : travaux sur la rocade
            ^Horaires de la médiathèque pendant les fêtes
            À partir du {date}, la voie sortante sera fermée pour réfection ; les bus emprunteront la déviation.
            La collecte des déchets verts passe au mercredi en hiver ; sortez les bacs avant 7 h.
            La concertation publique sur les nouvelles pistes cyclables est ouverte six semaines ; les plans sont exposés en mairie.
            La piscine ferme deux semaines pour entretien ; les séances scolaires ont lieu au complexe sportif.
            Du compost gratuit est disponible à la déchetterie le samedi matin, dans la limite des stocks.
            Les questions sur les travaux peuvent être posées lors de la permanence à la maison de quartier.
        """,
        "es": """
            ^Aviso a los vecinos: obras en la ronda
            ^Horario de la biblioteca municipal en fiestas
            Desde el {date} el carril de salida estará cortado por asfaltado; los autobuses seguirán el desvío señalizado.
            La recogida de restos de poda pasa a los miércoles en invierno; sacad los contenedores antes de las 7.
            La consulta pública sobre los nuevos carriles bici está abierta seis semanas; los planos se exponen en el ayuntamiento.
            La piscina cierra dos semanas por mantenimiento; las clases escolares pasan al polideportivo.
            Hay compost gratuito en el punto limpio los sábados por la mañana hasta agotar existencias.
            Las dudas sobre las obras pueden plantearse en la sesión abierta del centro cívico.
        """,
        "nl": """
            ^Bericht aan bewoners: werkzaamheden aan de ringweg
            ^Openingstijden bibliotheek tijdens de feestdagen
            Vanaf {date} is de rijstrook richting buiten afgesloten voor nieuw asfalt; bussen volgen de omleiding.
            Het groenafval wordt in de winter op woensdag opgehaald; zet de container vóór 7 uur buiten.
            De inspraak over de nieuwe fietspaden staat zes weken open; de tekeningen liggen ter inzage in het stadhuis.
            Het zwembad sluit twee weken voor onderhoud; het schoolzwemmen gaat naar het sportcentrum.
            Op zaterdagochtend is er gratis compost bij de milieustraat, zolang de voorraad strekt.
            Vragen over de werkzaamheden kunt u stellen tijdens het inloopspreekuur in het buurthuis.
        """,
    }),
    Family("everyday_legal_words", P, "train", hard_negative=True, min_sentences=2, max_sentences=6, header_share=0.3, text={
        "en": """
            Just finished season two of that courtroom drama; the lawyer's closing speech was pure theatre.
            Our village history group is researching when the first settlement on the hill appeared, probably Bronze Age.
            I felt really privileged to watch the final from the front row, goosebumps the whole time.
            The referee's disciplinary panel suspended two players for three matches, according to the league's website.
            Book club pick: a thriller about a whistleblower and a confidential memo that goes missing, great on audio.
            Voting for the photo contest is confidential, the jury only sees numbers, not names.
            Does anyone know a good podcast that explains how a jury trial works, for a school project?
        """,
        "de": """
            Habe gerade die zweite Staffel der Gerichtsserie durch; das Schlussplädoyer des Anwalts war großes Theater.
            Unser Heimatverein erforscht, wann die erste Siedlung auf dem Hügel entstand, vermutlich in der Bronzezeit.
            Ich fühlte mich echt privilegiert, das Finale aus der ersten Reihe zu sehen, Gänsehaut pur.
            Laut Website des Verbands hat das Sportgericht zwei Spieler für drei Spiele gesperrt.
            Lesekreis-Tipp: ein Thriller über eine Whistleblowerin und ein vertrauliches Memo, das verschwindet.
            Die Abstimmung beim Fotowettbewerb ist vertraulich, die Jury sieht nur Nummern, keine Namen.
            Kennt jemand einen guten Podcast, der erklärt, wie ein Strafprozess abläuft, für ein Schulprojekt?
        """,
        "fr": """
            Je viens de finir la saison deux de cette série de prétoire ; la plaidoirie finale de l'avocate, c'était du théâtre.
            Notre association d'histoire locale cherche quand est apparu le premier habitat sur la colline, sans doute à l'âge du bronze.
            Je me suis sentie vraiment privilégiée de voir la finale au premier rang, des frissons tout le match.
            D'après le site de la ligue, la commission de discipline a suspendu deux joueurs pour trois matchs.
            Choix du club de lecture : un polar sur une lanceuse d'alerte et une note confidentielle qui disparaît.
            Le vote du concours photo est confidentiel, le jury ne voit que des numéros.
            Quelqu'un connaît un bon podcast qui explique le déroulement d'un procès d'assises, pour un exposé ?
        """,
        "es": """
            Acabo de terminar la segunda temporada de esa serie de juicios; el alegato final del abogado fue puro teatro.
            Nuestro grupo de historia local investiga cuándo surgió el primer asentamiento en la colina, probablemente en la Edad del Bronce.
            Me sentí muy privilegiada de ver la final desde la primera fila, con la piel de gallina todo el rato.
            Según la web de la liga, el comité de competición sancionó a dos jugadores con tres partidos.
            Lectura del club: un thriller sobre una denunciante y un informe confidencial que desaparece.
            La votación del concurso de fotos es confidencial, el jurado solo ve números.
            ¿Alguien conoce un buen podcast que explique cómo funciona un juicio con jurado, para un trabajo del colegio?
        """,
        "nl": """
            Net het tweede seizoen van die rechtbankserie uit; het slotpleidooi van de advocaat was pure show.
            Onze historische vereniging zoekt uit wanneer de eerste nederzetting op de heuvel ontstond, waarschijnlijk in de bronstijd.
            Ik voelde me echt bevoorrecht om de finale vanaf de eerste rij te zien, kippenvel de hele wedstrijd.
            Volgens de website van de bond heeft de tuchtcommissie twee spelers voor drie duels geschorst.
            Leesclubkeuze: een thriller over een klokkenluider en een vertrouwelijk memo dat verdwijnt.
            De stemming bij de fotowedstrijd is vertrouwelijk, de jury ziet alleen nummers.
            Kent iemand een goede podcast die uitlegt hoe een rechtszaak verloopt, voor een werkstuk?
        """,
    }),
    Family("gadget_review", P, "train", min_sentences=3, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Review: a budget robot vacuum after three months
            ^Hands-on with the new e-reader
            Battery life is honestly better than advertised, I charge it about once every ten days.
            The app asks for far too many permissions just to set a cleaning schedule, which is annoying.
            Pros:↵- quiet on the lowest setting↵- easy to empty↵Cons:↵- gets stuck on the bathroom mat↵- no mapping on this model
            Screen glare is minimal outdoors, and the warm light setting makes night reading pleasant.
            Would I buy it again? For a small flat, yes; for a house with stairs, look at the bigger model.
            Update after the firmware patch: the Wi-Fi drops are gone and it docks reliably now.
            Score: 4 out of 5, mostly for the price.
        """,
        "de": """
            ^Test: günstiger Saugroboter nach drei Monaten
            ^Ausprobiert: der neue E-Reader
            Die Akkulaufzeit ist ehrlich gesagt besser als angegeben, ich lade etwa alle zehn Tage.
            Die App will viel zu viele Berechtigungen, nur um einen Reinigungsplan einzustellen, das nervt.
            Vorteile:↵- leise auf der niedrigsten Stufe↵- leicht zu leeren↵Nachteile:↵- bleibt am Badvorleger hängen↵- keine Kartierung bei diesem Modell
            Draußen spiegelt das Display kaum, und das warme Licht macht das Lesen abends angenehm.
            Würde ich ihn wieder kaufen? Für eine kleine Wohnung ja, für ein Haus mit Treppen lieber das größere Modell.
            Nachtrag nach dem Firmware-Update: die WLAN-Abbrüche sind weg, er findet zuverlässig die Station.
            Wertung: 4 von 5, vor allem wegen des Preises.
        """,
        "fr": """
            ^Test : un aspirateur robot pas cher après trois mois
            ^Prise en main de la nouvelle liseuse
            L'autonomie est franchement meilleure qu'annoncé, je le recharge environ tous les dix jours.
            L'application demande beaucoup trop d'autorisations pour simplement programmer un nettoyage, c'est agaçant.
            Points forts :↵- silencieux au niveau le plus bas↵- facile à vider↵Points faibles :↵- se coince sur le tapis de bain↵- pas de cartographie sur ce modèle
            L'écran reflète très peu en extérieur et la lumière chaude rend la lecture du soir agréable.
            Je le rachèterais ? Pour un petit appartement oui ; pour une maison avec escalier, voyez le modèle au-dessus.
            Mise à jour après le correctif : plus de coupures Wi-Fi, il retrouve sa base sans problème.
            Note : 4 sur 5, surtout pour le prix.
        """,
        "es": """
            ^Análisis: robot aspirador económico tras tres meses
            ^Primeras impresiones del nuevo lector de libros electrónicos
            La batería dura la verdad más de lo anunciado; lo cargo más o menos cada diez días.
            La aplicación pide demasiados permisos solo para programar la limpieza, y eso molesta.
            A favor:↵- silencioso en el nivel más bajo↵- fácil de vaciar↵En contra:↵- se atasca en la alfombrilla del baño↵- sin mapeo en este modelo
            La pantalla apenas refleja al aire libre y la luz cálida hace agradable leer por la noche.
            ¿Lo volvería a comprar? Para un piso pequeño sí; para una casa con escaleras, mejor el modelo grande.
            Actualización tras el parche: ya no se cae el wifi y vuelve a la base sin problemas.
            Nota: 4 de 5, sobre todo por el precio.
        """,
        "nl": """
            ^Review: budget robotstofzuiger na drie maanden
            ^Eerste indruk van de nieuwe e-reader
            De accu gaat eerlijk gezegd langer mee dan beloofd, ik laad hem ongeveer elke tien dagen op.
            De app vraagt veel te veel rechten alleen om een schoonmaakschema in te stellen, irritant.
            Pluspunten:↵- stil op de laagste stand↵- makkelijk te legen↵Minpunten:↵- loopt vast op de badmat↵- geen kaartfunctie bij dit model
            Het scherm spiegelt buiten nauwelijks en het warme licht maakt 's avonds lezen prettig.
            Zou ik hem opnieuw kopen? Voor een klein appartement wel; voor een huis met trappen liever het grotere model.
            Update na de firmware-patch: de wifi valt niet meer weg en hij vindt zijn station betrouwbaar.
            Score: 4 uit 5, vooral om de prijs.
        """,
    }),
    # ------------------------------------------- confidential, no identifier
    Family("security_breach_narrative", C, "train", min_sentences=3, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Incident summary for the executive team – do not forward
            ^What we know so far about the intrusion
            An attacker used a finance clerk's phished password to log in to the mail system and set a forwarding rule to an outside address.
            For eleven days every invoice conversation with our largest supplier was copied out before anyone noticed.
            The forensic firm found the same credentials were tried on the payroll portal; the second factor blocked it.
            We do not yet know whether the customer export on the shared drive was opened; the access logs for that week are incomplete.
            We have not informed customers; the decision on notification is due on Friday once the scope is clearer.
            One unpatched file server in the {city} office was the way in; it had been on the exception list since spring.
            Please keep this to the incident group: a leak now would tell the attacker what we have found.
        """,
        "de": """
            ^Lagebild für die Geschäftsleitung – nicht weiterleiten
            ^Stand der Erkenntnisse zum Angriff
            Ein Angreifer hat mit dem abgefischten Passwort einer Buchhalterin das Postfach übernommen und eine Weiterleitung nach außen eingerichtet.
            Elf Tage lang wurde jede Rechnungskorrespondenz mit unserem größten Lieferanten mitgelesen, bevor es auffiel.
            Die Forensiker haben gesehen, dass dieselben Zugangsdaten am Gehaltsportal probiert wurden; der zweite Faktor hat es verhindert.
            Ob der Kundenexport auf dem Gruppenlaufwerk geöffnet wurde, wissen wir nicht; die Zugriffsprotokolle jener Woche sind lückenhaft.
            Kunden sind noch nicht informiert; über eine Meldung entscheiden wir Freitag, wenn der Umfang klarer ist.
            Eingangstor war ein ungepatchter Dateiserver im Büro {city}, der seit dem Frühjahr auf der Ausnahmeliste stand.
            Bitte nur im Krisenstab besprechen: ein Leck würde dem Angreifer verraten, was wir wissen.
        """,
        "fr": """
            ^Synthèse d'incident pour la direction – ne pas transférer
            ^Ce que nous savons de l'intrusion
            Un attaquant a utilisé le mot de passe hameçonné d'une comptable pour entrer dans la messagerie et créer une règle de transfert vers l'extérieur.
            Pendant onze jours, tous les échanges de factures avec notre principal fournisseur ont été copiés sans que personne ne le voie.
            Le cabinet d'investigation a constaté que les mêmes identifiants ont été testés sur le portail de paie ; le second facteur a bloqué l'accès.
            Nous ignorons encore si l'export clients du lecteur partagé a été ouvert ; les journaux d'accès de cette semaine sont incomplets.
            Les clients ne sont pas prévenus ; la décision sur la notification sera prise vendredi.
            La porte d'entrée était un serveur de fichiers non corrigé au bureau de {city}, en dérogation depuis le printemps.
            Merci de garder cela dans la cellule de crise : une fuite dirait à l'attaquant ce que nous avons trouvé.
        """,
        "es": """
            ^Resumen del incidente para la dirección – no reenviar
            ^Lo que sabemos de la intrusión
            Un atacante usó la contraseña robada por phishing de una administrativa de finanzas para entrar en el correo y crear una regla de reenvío al exterior.
            Durante once días se copiaron todas las conversaciones de facturas con nuestro mayor proveedor sin que nadie lo notara.
            La empresa forense vio que las mismas credenciales se probaron en el portal de nóminas; el segundo factor lo impidió.
            Aún no sabemos si se abrió la exportación de clientes de la unidad compartida; los registros de esa semana están incompletos.
            No hemos avisado a los clientes; la decisión sobre la notificación se toma el viernes.
            La puerta de entrada fue un servidor de ficheros sin parchear en la oficina de {city}, en la lista de excepciones desde la primavera.
            Por favor, que no salga del comité de crisis: una filtración le diría al atacante lo que hemos encontrado.
        """,
        "nl": """
            ^Incidentsamenvatting voor de directie – niet doorsturen
            ^Wat we tot nu toe weten over de inbraak
            Een aanvaller gebruikte het gephishte wachtwoord van een medewerker van de crediteurenadministratie om in de mail te komen en een doorstuurregel naar buiten te maken.
            Elf dagen lang werd alle factuurcorrespondentie met onze grootste leverancier gekopieerd voordat iemand het zag.
            Het forensisch bureau zag dat dezelfde inloggegevens op het salarisportaal zijn geprobeerd; de tweede factor hield het tegen.
            We weten nog niet of de klantenexport op de gedeelde schijf is geopend; de toegangslogs van die week zijn onvolledig.
            Klanten zijn nog niet geïnformeerd; over een melding beslissen we vrijdag.
            De ingang was een niet-gepatchte bestandsserver op het kantoor in {city}, die sinds het voorjaar op de uitzonderingslijst stond.
            Houd dit binnen het crisisteam: een lek zou de aanvaller vertellen wat we gevonden hebben.
        """,
    }),
    Family("workplace_injury_report", C, "dev", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Accident report – loading bay, {date}
            ^Return-to-work review (restricted to HR and occupational health)
            The forklift driver on the early shift caught his left hand between the mast and a pallet; two fingers were fractured.
            He had worked a double shift the day before and told the supervisor he was exhausted, but no relief was available.
            The occupational physician recommends no lifting above five kilos for eight weeks and a phased return.
            He mentioned to the nurse that he is being treated for sleep apnoea and had stopped using his device.
            His partner called to say he is anxious about losing the job; HR will meet him at home next week.
            The investigation found the guard on the mast had been removed months ago to speed up loading.
        """,
        "de": """
            ^Unfallbericht – Laderampe, {date}
            ^Wiedereingliederung (nur Personalabteilung und Betriebsarzt)
            Der Staplerfahrer der Frühschicht hat sich die linke Hand zwischen Hubmast und Palette eingeklemmt; zwei Finger sind gebrochen.
            Er hatte am Vortag eine Doppelschicht gearbeitet und dem Vorarbeiter gesagt, dass er erschöpft sei, aber es gab keine Ablösung.
            Der Betriebsarzt empfiehlt acht Wochen kein Heben über fünf Kilo und eine stufenweise Rückkehr.
            Der Krankenschwester erzählte er, dass er wegen Schlafapnoe behandelt wird und sein Gerät nicht mehr benutzt hat.
            Seine Partnerin rief an: er hat Angst, die Stelle zu verlieren; die Personalabteilung besucht ihn nächste Woche zu Hause.
            Die Untersuchung ergab, dass die Schutzvorrichtung am Mast vor Monaten entfernt wurde, um schneller zu laden.
        """,
        "fr": """
            ^Rapport d'accident – quai de chargement, {date}
            ^Point reprise du travail (RH et médecine du travail uniquement)
            Le cariste du poste du matin s'est coincé la main gauche entre le mât et une palette ; deux doigts sont fracturés.
            Il avait fait un double poste la veille et avait dit au chef d'équipe qu'il était épuisé, mais personne ne pouvait le relever.
            Le médecin du travail préconise aucun port de plus de cinq kilos pendant huit semaines et une reprise progressive.
            Il a confié à l'infirmière être suivi pour une apnée du sommeil et avoir arrêté son appareil.
            Sa compagne a appelé : il a peur de perdre son poste ; les RH le verront chez lui la semaine prochaine.
            L'enquête a montré que le protecteur du mât avait été retiré depuis des mois pour charger plus vite.
        """,
        "es": """
            ^Informe de accidente – muelle de carga, {date}
            ^Revisión de reincorporación (solo RR. HH. y salud laboral)
            El carretillero del turno de mañana se atrapó la mano izquierda entre el mástil y un palé; tiene dos dedos fracturados.
            El día anterior había hecho doble turno y dijo al encargado que estaba agotado, pero no había relevo.
            El médico del trabajo recomienda no cargar más de cinco kilos durante ocho semanas y una vuelta progresiva.
            Contó a la enfermera que está en tratamiento por apnea del sueño y que había dejado de usar el aparato.
            Su pareja llamó para decir que tiene miedo de perder el trabajo; RR. HH. lo visitará en casa la semana que viene.
            La investigación vio que la protección del mástil se había quitado hace meses para cargar más rápido.
        """,
        "nl": """
            ^Ongevalsrapport – laadperron, {date}
            ^Re-integratiegesprek (alleen HR en bedrijfsarts)
            De heftruckchauffeur van de vroege dienst kwam met zijn linkerhand tussen de mast en een pallet; twee vingers zijn gebroken.
            Hij had de dag ervoor een dubbele dienst gedraaid en de ploegleider gezegd dat hij uitgeput was, maar er was geen aflossing.
            De bedrijfsarts adviseert acht weken niets boven vijf kilo tillen en een geleidelijke terugkeer.
            Hij vertelde de verpleegkundige dat hij voor slaapapneu wordt behandeld en zijn apparaat niet meer gebruikte.
            Zijn partner belde: hij is bang zijn baan kwijt te raken; HR gaat volgende week bij hem thuis langs.
            Uit het onderzoek bleek dat de beschermkap van de mast al maanden weg was om sneller te laden.
        """,
    }),
    Family("unreleased_figures", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Pre-close numbers – board only until the results call
            ^Draft guidance note, not for circulation
            Q{n} revenue will come in around {pct} below the guidance we gave the market; the announcement is on the {date}.
            Gross margin fell three points because of the write-down on the discontinued range, which nobody outside finance knows about yet.
            At this run rate we would breach the leverage covenant in the second quarter unless the disposal closes first.
            | Line | Guided | Current estimate |↵|---|---|---|↵| Revenue | {amount} | lower by {pct} |↵| EBITDA margin | 18% | 14% |↵| Net debt / EBITDA | 2.5x | 3.2x |
            Treasury proposes to cut the dividend; the chair wants to hear the options before the auditors see the draft.
            Anyone trading in the shares before the announcement would be using this; keep the insider list up to date.
        """,
        "de": """
            ^Vorabzahlen – nur Aufsichtsrat bis zur Ergebnisveröffentlichung
            ^Entwurf Prognoseanpassung, nicht verteilen
            Der Umsatz im Q{n} liegt etwa {pct} unter der Prognose an den Kapitalmarkt; die Veröffentlichung ist am {date}.
            Die Bruttomarge fällt um drei Punkte wegen der Abschreibung auf die eingestellte Produktlinie, von der außerhalb des Finanzbereichs noch niemand weiß.
            Bei diesem Verlauf verletzen wir im zweiten Quartal die Verschuldungsklausel, wenn der Verkauf nicht vorher abgeschlossen ist.
            | Position | Prognose | Aktuelle Schätzung |↵|---|---|---|↵| Umsatz | {amount} | {pct} niedriger |↵| EBITDA-Marge | 18 % | 14 % |↵| Nettoverschuldung / EBITDA | 2,5x | 3,2x |
            Das Treasury schlägt vor, die Dividende zu kürzen; der Vorsitzende will die Optionen hören, bevor die Prüfer den Entwurf sehen.
            Wer vor der Veröffentlichung Aktien handelt, nutzt diese Information; die Insiderliste bitte aktuell halten.
        """,
        "fr": """
            ^Chiffres avant clôture – conseil uniquement jusqu'à la publication
            ^Projet de révision des objectifs, ne pas diffuser
            Le chiffre d'affaires du T{n} sera environ {pct} sous l'objectif annoncé au marché ; la publication est prévue le {date}.
            La marge brute perd trois points à cause de la dépréciation de la gamme arrêtée, que personne hors finance ne connaît encore.
            À ce rythme, nous franchirions le ratio de levier au deuxième trimestre si la cession ne se conclut pas avant.
            | Poste | Objectif | Estimation actuelle |↵|---|---|---|↵| Chiffre d'affaires | {amount} | inférieur de {pct} |↵| Marge d'EBITDA | 18 % | 14 % |↵| Dette nette / EBITDA | 2,5x | 3,2x |
            La trésorerie propose de réduire le dividende ; le président veut les options avant que les commissaires aux comptes voient le projet.
            Toute transaction sur le titre avant la publication utiliserait cette information ; tenez la liste d'initiés à jour.
        """,
        "es": """
            ^Cifras previas al cierre – solo consejo hasta la presentación de resultados
            ^Borrador de revisión de previsiones, no distribuir
            Los ingresos del T{n} quedarán un {pct} por debajo de la previsión dada al mercado; el anuncio es el {date}.
            El margen bruto cae tres puntos por el deterioro de la gama discontinuada, que nadie fuera de finanzas conoce todavía.
            A este ritmo incumpliríamos el ratio de apalancamiento en el segundo trimestre si la venta no se cierra antes.
            | Partida | Previsto | Estimación actual |↵|---|---|---|↵| Ingresos | {amount} | {pct} menos |↵| Margen EBITDA | 18 % | 14 % |↵| Deuda neta / EBITDA | 2,5x | 3,2x |
            Tesorería propone recortar el dividendo; el presidente quiere ver las opciones antes que los auditores.
            Quien opere con acciones antes del anuncio estaría usando esta información; mantened al día la lista de iniciados.
        """,
        "nl": """
            ^Cijfers vóór afsluiting – alleen raad van commissarissen tot de publicatie
            ^Concept bijstelling verwachting, niet verspreiden
            De omzet over Q{n} komt ongeveer {pct} onder de verwachting die we aan de markt gaven; de publicatie is op {date}.
            De brutomarge daalt drie punten door de afwaardering van de stopgezette productlijn, waar buiten finance nog niemand van weet.
            In dit tempo overschrijden we in het tweede kwartaal de schuldratio uit de kredietovereenkomst, tenzij de verkoop eerder rond is.
            | Post | Verwacht | Huidige schatting |↵|---|---|---|↵| Omzet | {amount} | {pct} lager |↵| EBITDA-marge | 18% | 14% |↵| Nettoschuld / EBITDA | 2,5x | 3,2x |
            Treasury stelt voor het dividend te verlagen; de voorzitter wil de opties horen voordat de accountant het concept ziet.
            Wie vóór de publicatie in aandelen handelt, gebruikt deze informatie; houd de insiderlijst bij.
        """,
    }),
    Family("customer_arrears_note", C, "train", min_sentences=2, max_sentences=6, header_share=0.4, text={
        "en": """
            ^Collections call notes – vulnerable customer flag
            The customer is four months behind on the energy bill after her husband died in the spring; she is living on a widow's pension.
            She cried on the call and said she has been skipping meals to keep the heating on for her son, who has asthma.
            Agreed a payment pause of ninety days and a referral to the hardship fund; no further reminder letters until then.
            He admitted a gambling problem and that the loan repayments are going to a second lender as well.
            The small business owner says the shop may close by summer; the bank has already frozen his overdraft.
            Please do not pass this account to the external agency; the team leader approved the exception.
        """,
        "de": """
            ^Gesprächsnotiz Forderungsmanagement – schutzbedürftige Kundin
            Die Kundin ist mit der Energierechnung vier Monate im Rückstand, seit ihr Mann im Frühjahr gestorben ist; sie lebt von der Witwenrente.
            Sie hat am Telefon geweint und gesagt, dass sie Mahlzeiten auslässt, um für ihren asthmakranken Sohn die Heizung anzulassen.
            Vereinbart: neunzig Tage Zahlungspause und Weiterleitung an den Härtefallfonds; bis dahin keine Mahnungen.
            Er hat eine Spielsucht zugegeben und dass die Raten auch an einen zweiten Kreditgeber gehen.
            Der Ladeninhaber sagt, das Geschäft schließt womöglich bis zum Sommer; die Bank hat seinen Dispo schon eingefroren.
            Das Konto bitte nicht an das Inkassobüro abgeben; die Teamleitung hat die Ausnahme genehmigt.
        """,
        "fr": """
            ^Notes d'appel recouvrement – client vulnérable
            La cliente a quatre mois de retard sur sa facture d'énergie depuis le décès de son mari au printemps ; elle vit d'une pension de réversion.
            Elle a pleuré au téléphone et dit sauter des repas pour garder le chauffage pour son fils asthmatique.
            Accord : suspension des paiements pendant quatre-vingt-dix jours et orientation vers le fonds de solidarité ; plus de relance d'ici là.
            Il a reconnu un problème de jeu et que ses remboursements vont aussi à un second prêteur.
            Le commerçant dit que la boutique pourrait fermer d'ici l'été ; la banque a déjà bloqué son découvert.
            Ne pas transmettre ce compte à l'agence externe ; le responsable d'équipe a validé l'exception.
        """,
        "es": """
            ^Notas de llamada de cobros – cliente vulnerable
            La clienta lleva cuatro meses de retraso en la factura de la luz desde que murió su marido en primavera; vive de la pensión de viudedad.
            Lloró en la llamada y dijo que se salta comidas para mantener la calefacción por su hijo, que tiene asma.
            Acordado: pausa de pagos de noventa días y derivación al fondo social; ningún recordatorio hasta entonces.
            Reconoció un problema con el juego y que los pagos del préstamo van también a un segundo prestamista.
            El dueño del comercio dice que la tienda puede cerrar antes del verano; el banco ya le congeló el descubierto.
            No pasar esta cuenta a la agencia externa; el jefe de equipo aprobó la excepción.
        """,
        "nl": """
            ^Belnotitie incasso – kwetsbare klant
            De klant heeft vier maanden achterstand op de energierekening sinds haar man in het voorjaar overleed; ze leeft van een nabestaandenuitkering.
            Ze huilde aan de telefoon en zei dat ze maaltijden overslaat om de verwarming aan te houden voor haar zoon met astma.
            Afgesproken: negentig dagen betalingspauze en doorverwijzing naar het noodfonds; tot dan geen herinneringen.
            Hij gaf een gokprobleem toe en dat de aflossingen ook naar een tweede geldverstrekker gaan.
            De winkelier zegt dat de zaak misschien voor de zomer sluit; de bank heeft zijn rood staan al bevroren.
            Dit account niet overdragen aan het incassobureau; de teamleider heeft de uitzondering goedgekeurd.
        """,
    }),
    Family("commercial_terms_approval", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Deal desk approval request
            ^Pricing exception – needs CFO sign-off
            {company} wants a 38% discount on the three-year renewal; our floor for this tier is 30% without CFO approval.
            In return they commit to {amount} a year and drop the termination-for-convenience clause.
            We would add a rebate of 2% if volumes pass the second threshold, paid annually in arrears.
            Their current price is lower than what we charge the other two customers in the sector; they must not learn that.
            Payment terms: 90 days instead of our standard 30, which finance accepts only with a credit-insurance check.
            Our walk-away point is 33%; below that the margin on the support hours turns negative.
        """,
        "de": """
            ^Freigabeantrag Deal Desk
            ^Preisausnahme – Freigabe durch den CFO nötig
            {company} will 38 % Rabatt auf die dreijährige Verlängerung; ohne CFO-Freigabe liegt unsere Grenze für diese Stufe bei 30 %.
            Im Gegenzug sagen sie {amount} pro Jahr zu und verzichten auf das Kündigungsrecht ohne Grund.
            Wir würden 2 % Bonus gewähren, wenn das Volumen die zweite Schwelle überschreitet, jährlich nachträglich gezahlt.
            Ihr heutiger Preis liegt unter dem der beiden anderen Kunden der Branche; das dürfen sie nicht erfahren.
            Zahlungsziel 90 statt 30 Tage, was das Controlling nur nach Prüfung der Kreditversicherung akzeptiert.
            Unsere Schmerzgrenze ist 33 %; darunter wird die Marge auf die Supportstunden negativ.
        """,
        "fr": """
            ^Demande d'approbation – deal desk
            ^Exception tarifaire – accord du directeur financier requis
            {company} demande 38 % de remise sur le renouvellement de trois ans ; notre plancher sans accord du directeur financier est de 30 %.
            En échange, ils s'engagent sur {amount} par an et renoncent à la résiliation sans motif.
            Nous ajouterions une ristourne de 2 % au-delà du second palier de volume, versée chaque année à terme échu.
            Leur prix actuel est inférieur à celui des deux autres clients du secteur ; ils ne doivent pas l'apprendre.
            Délai de paiement de 90 jours au lieu de 30, accepté par la finance seulement après vérification de l'assurance-crédit.
            Notre seuil de rupture est 33 % ; en dessous, la marge sur les heures de support devient négative.
        """,
        "es": """
            ^Solicitud de aprobación al deal desk
            ^Excepción de precio – requiere firma del director financiero
            {company} pide un 38 % de descuento en la renovación a tres años; nuestro suelo sin aprobación del director financiero es el 30 %.
            A cambio se comprometen a {amount} al año y renuncian a la cláusula de rescisión sin causa.
            Añadiríamos un rappel del 2 % si el volumen supera el segundo tramo, pagado anualmente a año vencido.
            Su precio actual es inferior al de los otros dos clientes del sector; no deben saberlo.
            Pago a 90 días en lugar de 30, que finanzas solo acepta tras comprobar el seguro de crédito.
            Nuestro límite es el 33 %; por debajo, el margen de las horas de soporte es negativo.
        """,
        "nl": """
            ^Goedkeuringsverzoek deal desk
            ^Prijsuitzondering – akkoord van de CFO nodig
            {company} wil 38% korting op de driejarige verlenging; onze ondergrens zonder akkoord van de CFO is 30%.
            In ruil committeren ze zich aan {amount} per jaar en laten ze de opzegging zonder reden vallen.
            We zouden 2% bonus geven als het volume de tweede drempel passeert, jaarlijks achteraf betaald.
            Hun huidige prijs ligt onder wat de twee andere klanten in de sector betalen; dat mogen ze niet weten.
            Betaaltermijn 90 dagen in plaats van 30, wat finance alleen accepteert na controle van de kredietverzekering.
            Ons walk-away-punt is 33%; daaronder wordt de marge op de supporturen negatief.
        """,
    }),
    Family("unannounced_restructuring", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Project Birch – steering group only
            ^Restructuring timeline (draft 3)
            The {city} site will close at the end of next year; staff will be told after the works council meeting in {date}.
            About {n} roles go in customer service and logistics; the team leads have not been told yet.
            We keep the two engineers who know the legacy system on retention bonuses until the migration is done.
            If the news leaks before the announcement, the union will call a strike during the peak season.
            Severance budget assumes one month per year of service, capped; HR thinks the union will push for more.
            The landlord is not to learn about the closure until our notice is served; we still need the break option.
        """,
        "de": """
            ^Projekt Birke – nur Lenkungskreis
            ^Zeitplan Restrukturierung (Entwurf 3)
            Der Standort {city} wird Ende nächsten Jahres geschlossen; die Belegschaft erfährt es nach der Betriebsratssitzung am {date}.
            Rund {n} Stellen fallen im Kundenservice und in der Logistik weg; die Teamleitungen wissen es noch nicht.
            Die beiden Entwickler, die das Altsystem kennen, halten wir mit Bleibeprämien bis zum Ende der Migration.
            Sickert es vor der Ankündigung durch, ruft die Gewerkschaft in der Hauptsaison zum Streik auf.
            Das Abfindungsbudget rechnet mit einem Monatsgehalt pro Dienstjahr, gedeckelt; HR erwartet Forderungen nach mehr.
            Der Vermieter darf von der Schließung erst erfahren, wenn unsere Kündigung zugestellt ist.
        """,
        "fr": """
            ^Projet Bouleau – comité de pilotage uniquement
            ^Calendrier de la réorganisation (version 3)
            Le site de {city} fermera à la fin de l'an prochain ; le personnel sera informé après la réunion du CSE du {date}.
            Environ {n} postes disparaissent au service client et en logistique ; les chefs d'équipe ne sont pas encore au courant.
            Nous gardons les deux développeurs qui connaissent l'ancien système avec une prime de fidélisation jusqu'à la fin de la migration.
            Si l'information fuit avant l'annonce, le syndicat appellera à la grève en pleine saison.
            Le budget d'indemnités prévoit un mois par année d'ancienneté, plafonné ; les RH s'attendent à ce que le syndicat demande plus.
            Le bailleur ne doit pas apprendre la fermeture avant la notification de notre congé.
        """,
        "es": """
            ^Proyecto Abedul – solo comité de dirección
            ^Calendario de la reestructuración (borrador 3)
            El centro de {city} cerrará a finales del año que viene; la plantilla lo sabrá tras la reunión con el comité de empresa del {date}.
            Se eliminan unos {n} puestos en atención al cliente y logística; los jefes de equipo aún no lo saben.
            Mantendremos con un bono de permanencia a los dos ingenieros que conocen el sistema antiguo hasta terminar la migración.
            Si se filtra antes del anuncio, el sindicato convocará huelga en plena temporada alta.
            El presupuesto de indemnizaciones supone un mes por año trabajado, con tope; RR. HH. cree que el sindicato pedirá más.
            El propietario del local no debe enterarse del cierre hasta que entreguemos el preaviso.
        """,
        "nl": """
            ^Project Berk – alleen stuurgroep
            ^Tijdlijn reorganisatie (concept 3)
            De vestiging in {city} sluit eind volgend jaar; het personeel hoort het na het overleg met de ondernemingsraad op {date}.
            Ongeveer {n} functies vervallen bij klantenservice en logistiek; de teamleiders weten het nog niet.
            De twee ontwikkelaars die het oude systeem kennen houden we met een blijfpremie tot de migratie klaar is.
            Lekt het uit voor de aankondiging, dan roept de vakbond in het hoogseizoen een staking uit.
            Het budget voor vergoedingen gaat uit van een maand per dienstjaar, gemaximeerd; HR verwacht dat de vakbond meer eist.
            De verhuurder mag pas van de sluiting horen als onze opzegging is betekend.
        """,
    }),
    # ------------------------------------------------- privileged, no legend
    Family("product_liability_counsel_email", X, "train", min_sentences=3, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Re: heater recall – our exposure
            {first}, having read the engineering reports, my view is that a court would likely find the thermostat defect was foreseeable from the {year} test data.
            I would not describe the fix as a "safety upgrade" in the dealer bulletin; that wording concedes the earlier design was unsafe.
            Our strongest defence is misuse: most of the incidents involve units installed without the wall bracket.
            Please route any further test results through me so we can assess them before they are circulated more widely.
            If the regulator asks for the failure-rate analysis, we should first agree with them what it will and will not be used for.
            My recommendation is a voluntary recall now: it caps the punitive-damages risk, which I put at the high end of our range otherwise.
            Happy to walk the board through this on Thursday; please don't forward this e-mail to the supplier.
        """,
        "de": """
            ^AW: Heizlüfter-Rückruf – unser Risiko
            {first}, nach Durchsicht der Technikberichte halte ich es für wahrscheinlich, dass ein Gericht den Thermostatfehler aus den Testdaten von {year} als vorhersehbar ansieht.
            Ich würde die Nachbesserung im Händlerrundschreiben nicht als „Sicherheits-Upgrade“ bezeichnen; damit räumen wir ein, dass die alte Konstruktion unsicher war.
            Unser bestes Argument ist der Fehlgebrauch: die meisten Vorfälle betreffen Geräte ohne Wandhalterung.
            Bitte weitere Testergebnisse zuerst an mich, damit wir sie bewerten, bevor sie breiter verteilt werden.
            Fordert die Marktaufsicht die Ausfallanalyse an, sollten wir vorher klären, wofür sie verwendet wird.
            Meine Empfehlung ist ein freiwilliger Rückruf jetzt: er begrenzt das Haftungsrisiko, das ich sonst am oberen Ende unserer Spanne sehe.
            Ich erläutere das gern am Donnerstag im Vorstand; bitte diese Mail nicht an den Zulieferer weiterleiten.
        """,
        "fr": """
            ^RE : rappel des radiateurs – notre exposition
            {first}, après lecture des rapports techniques, j'estime qu'un tribunal jugerait probablement le défaut du thermostat prévisible au vu des essais de {year}.
            Je ne qualifierais pas la correction de « mise à niveau de sécurité » dans la note aux distributeurs ; ce serait admettre que l'ancien modèle était dangereux.
            Notre meilleur argument est le mauvais usage : la plupart des incidents concernent des appareils posés sans le support mural.
            Merci de me transmettre d'abord tout nouveau résultat d'essai, afin que nous l'analysions avant une diffusion plus large.
            Si l'autorité demande l'analyse des taux de défaillance, convenons d'abord avec elle de l'usage qui en sera fait.
            Je recommande un rappel volontaire dès maintenant : il limite le risque de condamnation lourde, que j'estime sinon dans le haut de notre fourchette.
            Je peux présenter cela au conseil jeudi ; merci de ne pas transférer ce courriel au fournisseur.
        """,
        "es": """
            ^RE: retirada de los calefactores – nuestra exposición
            {first}, tras leer los informes técnicos, creo que un juez probablemente consideraría previsible el defecto del termostato a la vista de las pruebas de {year}.
            No describiría la corrección como «mejora de seguridad» en la circular a distribuidores; eso reconoce que el diseño anterior era inseguro.
            Nuestra mejor defensa es el mal uso: la mayoría de los incidentes son aparatos instalados sin el soporte de pared.
            Enviadme primero cualquier resultado de pruebas nuevo para valorarlo antes de que circule más.
            Si la autoridad pide el análisis de tasas de fallo, acordemos antes para qué se usará y para qué no.
            Recomiendo una retirada voluntaria ya: limita el riesgo de una condena elevada, que de otro modo sitúo en lo alto de nuestra horquilla.
            Puedo explicárselo al consejo el jueves; por favor, no reenviéis este correo al proveedor.
        """,
        "nl": """
            ^RE: terugroepactie kachels – onze blootstelling
            {first}, na het lezen van de technische rapporten denk ik dat een rechter het thermostaatgebrek waarschijnlijk voorzienbaar vindt op basis van de testdata uit {year}.
            Ik zou de aanpassing in de dealerbrief geen "veiligheidsupgrade" noemen; daarmee geven we toe dat het oude ontwerp onveilig was.
            Ons sterkste verweer is verkeerd gebruik: de meeste incidenten gaan over toestellen zonder muurbeugel.
            Stuur nieuwe testresultaten eerst naar mij, zodat we ze kunnen beoordelen voordat ze breder rondgaan.
            Als de toezichthouder om de uitvalanalyse vraagt, spreken we eerst af waarvoor die wel en niet gebruikt wordt.
            Mijn advies is nu vrijwillig terug te roepen: dat begrenst het risico op een hoge veroordeling, dat ik anders aan de bovenkant van onze bandbreedte zie.
            Ik licht het donderdag graag toe aan het bestuur; stuur deze mail niet door naar de leverancier.
        """,
    }),
    Family("competition_counsel_call_notes", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Notes of call with competition counsel, {date}
            ^What outside counsel told us about the trade association meeting
            Counsel's view: the exchange of planned price increases at the association dinner is the single biggest risk and we should stop attending until it is reviewed.
            She advised that our sales director's notes of that dinner be kept, not deleted, and that nobody annotates them.
            On the leniency question, counsel thinks we may be first in, but only if we decide within two weeks.
            Counsel recommends that the distributor rebate scheme be rewritten; as it stands it looks like resale price maintenance.
            Action (per counsel): brief the sales team orally only; no e-mails summarising the advice.
            If inspectors arrive unannounced, reception calls counsel first and nobody answers questions about the association.
        """,
        "de": """
            ^Gesprächsnotiz Telefonat mit der Kartellrechtskanzlei, {date}
            ^Was die externe Anwältin zum Verbandstreffen gesagt hat
            Einschätzung der Anwältin: der Austausch über geplante Preiserhöhungen beim Verbandsabendessen ist das größte Risiko; wir sollten bis zur Prüfung nicht mehr teilnehmen.
            Sie rät, die Notizen unseres Vertriebsleiters zu dem Abend aufzubewahren, nicht zu löschen und nichts darin zu ergänzen.
            Zur Kronzeugenfrage meint sie, wir könnten die Ersten sein, aber nur, wenn wir binnen zwei Wochen entscheiden.
            Sie empfiehlt, das Händlerbonussystem neu zu fassen; so wie es ist, wirkt es wie eine Preisbindung.
            Maßnahme (laut Anwältin): den Vertrieb nur mündlich informieren, keine Mails, die den Rat zusammenfassen.
            Kommt eine unangekündigte Durchsuchung, ruft der Empfang zuerst die Kanzlei an, und niemand beantwortet Fragen zum Verband.
        """,
        "fr": """
            ^Notes de l'appel avec l'avocate en concurrence, {date}
            ^Ce que le cabinet nous a dit sur la réunion de la fédération
            Selon l'avocate, l'échange sur les hausses de prix prévues lors du dîner de la fédération est le risque principal ; il faut cesser d'y participer en attendant l'analyse.
            Elle conseille de conserver les notes du directeur commercial sur ce dîner, de ne rien effacer et de ne pas les annoter.
            Sur la clémence, elle pense que nous pourrions être les premiers, mais seulement si nous décidons sous deux semaines.
            Elle recommande de réécrire le programme de remises aux distributeurs ; en l'état il ressemble à un prix de revente imposé.
            Action (selon l'avocate) : informer l'équipe commerciale uniquement à l'oral, aucun courriel résumant l'avis.
            En cas d'inspection inopinée, l'accueil appelle d'abord le cabinet et personne ne répond sur la fédération.
        """,
        "es": """
            ^Notas de la llamada con la abogada de competencia, {date}
            ^Lo que nos dijo el despacho sobre la reunión de la asociación
            Según la abogada, el intercambio de subidas de precios previstas en la cena de la asociación es el mayor riesgo; hay que dejar de asistir hasta revisarlo.
            Aconseja conservar las notas del director comercial sobre esa cena, sin borrarlas ni anotarlas.
            Sobre la clemencia, cree que podríamos ser los primeros, pero solo si decidimos en dos semanas.
            Recomienda reescribir el sistema de rappels a distribuidores; tal como está parece una fijación de precios de reventa.
            Acción (según la abogada): informar al equipo comercial solo de palabra, sin correos que resuman el consejo.
            Si llega una inspección sin aviso, recepción llama primero al despacho y nadie contesta preguntas sobre la asociación.
        """,
        "nl": """
            ^Aantekeningen gesprek met de mededingingsadvocaat, {date}
            ^Wat het kantoor zei over de bijeenkomst van de brancheorganisatie
            Volgens de advocaat is het uitwisselen van geplande prijsverhogingen tijdens het brancheDiner het grootste risico; we moeten niet meer gaan tot het is uitgezocht.
            Ze adviseert de aantekeningen van onze salesdirecteur over dat diner te bewaren, niets te wissen en er niets bij te schrijven.
            Over clementie denkt ze dat we de eersten kunnen zijn, maar alleen als we binnen twee weken beslissen.
            Ze raadt aan de bonusregeling voor distributeurs te herschrijven; zoals die nu is lijkt het op verticale prijsbinding.
            Actie (volgens de advocaat): het salesteam alleen mondeling inlichten, geen mails die het advies samenvatten.
            Bij een onaangekondigde inval belt de receptie eerst het kantoor en beantwoordt niemand vragen over de brancheorganisatie.
        """,
    }),
    Family("employment_counsel_draft_memo", X, "dev", min_sentences=3, max_sentences=7, header_share=0.6, text={
        "en": """
            ^DRAFT – memo from employment counsel on the proposed dismissal
            ^Draft advice: terminating the regional sales manager
            In our view, dismissing him now, two weeks after his complaint about bonus calculations, carries a real risk of a retaliation claim.
            The performance record is thin: only one written warning, and his last appraisal was "meets expectations".
            We advise completing the capability process first and documenting each meeting, even if that takes three months.
            If you still wish to proceed, an exit on agreed terms is less risky than a contested dismissal; we can suggest a range.
            Do not refer to his age or to "fresh energy in the team" in any message; a tribunal would read it as discrimination.
            This draft is for the HR director and the general counsel only; we will finalise after your comments.
        """,
        "de": """
            ^ENTWURF – Vermerk der Arbeitsrechtskanzlei zur geplanten Kündigung
            ^Entwurf Rechtsrat: Trennung vom regionalen Vertriebsleiter
            Ihn jetzt zu kündigen, zwei Wochen nach seiner Beschwerde über die Bonusberechnung, birgt aus unserer Sicht ein erhebliches Risiko einer Maßregelungsklage.
            Die Leistungsdokumentation ist dünn: nur eine Abmahnung, und die letzte Beurteilung lautete „erfüllt die Erwartungen“.
            Wir raten, zuerst das Leistungsverfahren abzuschließen und jedes Gespräch zu dokumentieren, auch wenn das drei Monate dauert.
            Wollen Sie trotzdem handeln, ist ein Aufhebungsvertrag weniger riskant als eine streitige Kündigung; wir können eine Spanne vorschlagen.
            Erwähnen Sie in keiner Nachricht sein Alter oder „frischen Wind im Team“; ein Gericht würde das als Diskriminierung lesen.
            Dieser Entwurf ist nur für die Personalleitung und den Chefjustiziar; nach Ihren Anmerkungen finalisieren wir.
        """,
        "fr": """
            ^PROJET – note de l'avocat en droit social sur le licenciement envisagé
            ^Projet d'avis : rupture avec le directeur commercial régional
            À notre avis, le licencier maintenant, deux semaines après sa réclamation sur le calcul des primes, expose à un risque réel de contestation pour représailles.
            Le dossier de performance est mince : un seul avertissement écrit et une dernière évaluation « conforme aux attentes ».
            Nous conseillons de mener d'abord la procédure d'amélioration et de consigner chaque entretien, même si cela prend trois mois.
            Si vous souhaitez avancer malgré tout, une rupture conventionnelle est moins risquée qu'un licenciement contesté ; nous pouvons proposer une fourchette.
            Ne mentionnez ni son âge ni « du sang neuf dans l'équipe » dans aucun message ; le juge y verrait une discrimination.
            Ce projet est réservé à la DRH et au directeur juridique ; nous finaliserons après vos commentaires.
        """,
        "es": """
            ^BORRADOR – nota del abogado laboralista sobre el despido previsto
            ^Borrador de dictamen: salida del director comercial regional
            A nuestro juicio, despedirle ahora, dos semanas después de su queja por el cálculo de los bonus, supone un riesgo real de demanda por represalia.
            El historial de rendimiento es escaso: una sola amonestación escrita y su última evaluación fue «cumple expectativas».
            Aconsejamos completar primero el plan de mejora y documentar cada reunión, aunque lleve tres meses.
            Si aun así quieren seguir, una salida pactada es menos arriesgada que un despido impugnado; podemos sugerir una horquilla.
            No mencionen su edad ni «aire fresco en el equipo» en ningún mensaje; un juez lo leería como discriminación.
            Este borrador es solo para la directora de RR. HH. y el director jurídico; lo cerraremos tras sus comentarios.
        """,
        "nl": """
            ^CONCEPT – memo van de arbeidsrechtadvocaat over het voorgenomen ontslag
            ^Conceptadvies: afscheid van de regionale salesmanager
            Hem nu ontslaan, twee weken na zijn klacht over de bonusberekening, geeft naar ons oordeel een reëel risico op een claim wegens benadeling.
            Het prestatiedossier is dun: één schriftelijke waarschuwing en zijn laatste beoordeling was "voldoet aan verwachtingen".
            We adviseren eerst het verbetertraject af te ronden en elk gesprek vast te leggen, ook als dat drie maanden duurt.
            Wilt u toch door, dan is een beëindiging met wederzijds goedvinden minder riskant dan een betwist ontslag; we kunnen een bandbreedte voorstellen.
            Noem in geen enkel bericht zijn leeftijd of "frisse wind in het team"; een rechter zou dat als discriminatie lezen.
            Dit concept is alleen voor de HR-directeur en de general counsel; na uw opmerkingen maken we het definitief.
        """,
    }),
    Family("data_protection_counsel_advice", X, "train", min_sentences=3, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Re: do we have to notify?
            Our data protection lawyer's advice, as she gave it on the call: the 72 hours started when the security team confirmed the export, not when legal heard about it.
            In her opinion the legitimate-interest basis will not hold for the marketing profiles; she recommends we pause that processing before the regulator asks.
            She would not notify the individuals yet: the risk assessment does not show a high risk, and a premature letter would invite complaints.
            Counsel suggests we word the notification narrowly and avoid admitting that the retention schedule was ignored.
            On the transfer to the US processor, her view is that the old clauses are no longer enough and we should sign the new ones this month.
            Please treat her analysis as advice to the company and keep it out of the incident ticket.
        """,
        "de": """
            ^AW: Müssen wir melden?
            Rat unserer Datenschutzanwältin aus dem Telefonat: die 72 Stunden liefen ab der Bestätigung des Exports durch das Sicherheitsteam, nicht ab Kenntnis der Rechtsabteilung.
            Nach ihrer Einschätzung trägt das berechtigte Interesse die Marketingprofile nicht; sie empfiehlt, die Verarbeitung zu stoppen, bevor die Behörde fragt.
            Die Betroffenen würde sie noch nicht benachrichtigen: die Risikobewertung zeigt kein hohes Risiko, und ein verfrühter Brief lädt zu Beschwerden ein.
            Sie rät, die Meldung eng zu formulieren und nicht einzuräumen, dass das Löschkonzept missachtet wurde.
            Zur Übermittlung an den US-Dienstleister meint sie, die alten Klauseln reichen nicht mehr; wir sollten die neuen diesen Monat unterschreiben.
            Ihre Analyse ist Rechtsrat an das Unternehmen; bitte nicht ins Störungsticket kopieren.
        """,
        "fr": """
            ^RE : devons-nous notifier ?
            Avis de notre avocate en protection des données, tel qu'elle l'a donné au téléphone : les 72 heures ont couru dès la confirmation de l'export par l'équipe sécurité, pas dès que le juridique l'a su.
            Selon elle, l'intérêt légitime ne tiendra pas pour les profils marketing ; elle recommande de suspendre ce traitement avant que l'autorité ne le demande.
            Elle ne préviendrait pas encore les personnes : l'analyse de risque ne montre pas de risque élevé, et un courrier prématuré susciterait des plaintes.
            Elle suggère une notification rédigée au plus juste, sans reconnaître que la politique de conservation n'était pas appliquée.
            Pour le transfert vers le sous-traitant américain, les anciennes clauses ne suffisent plus selon elle ; il faut signer les nouvelles ce mois-ci.
            Son analyse est un conseil juridique à la société : ne pas la copier dans le ticket d'incident.
        """,
        "es": """
            ^RE: ¿tenemos que notificar?
            Consejo de nuestra abogada de protección de datos en la llamada: las 72 horas empezaron cuando seguridad confirmó la exportación, no cuando se enteró el departamento jurídico.
            En su opinión, el interés legítimo no sostiene los perfiles de marketing; recomienda pausar ese tratamiento antes de que pregunte la autoridad.
            Ella no avisaría aún a los afectados: la evaluación no muestra un riesgo alto y una carta prematura atraería reclamaciones.
            Sugiere redactar la notificación de forma ajustada y no admitir que se ignoró el calendario de conservación.
            Sobre la transferencia al encargado en EE. UU., cree que las cláusulas antiguas ya no bastan y hay que firmar las nuevas este mes.
            Su análisis es asesoramiento a la empresa; no lo copiéis en el ticket del incidente.
        """,
        "nl": """
            ^RE: moeten we melden?
            Advies van onze privacyadvocaat in het gesprek: de 72 uur begonnen toen het securityteam de export bevestigde, niet toen juridische zaken het hoorde.
            Volgens haar houdt het gerechtvaardigd belang geen stand voor de marketingprofielen; ze raadt aan die verwerking te stoppen voordat de toezichthouder vraagt.
            De betrokkenen zou ze nog niet informeren: de risicoanalyse toont geen hoog risico, en een voorbarige brief lokt klachten uit.
            Ze stelt voor de melding beperkt te formuleren en niet toe te geven dat het bewaarbeleid werd genegeerd.
            Over de doorgifte naar de Amerikaanse verwerker vindt ze de oude clausules niet meer voldoende; we moeten deze maand de nieuwe tekenen.
            Haar analyse is advies aan het bedrijf; niet in het incidentticket zetten.
        """,
    }),
    Family("coverage_counsel_opinion", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Coverage position – our advice on the warehouse fire claim
            ^Call notes: coverage counsel on the insurer's letter
            Coverage counsel believes the insurer's reliance on the sprinkler exclusion is weak, because the system was serviced on time.
            His advice is to accept the reservation of rights for now but not to sign anything that lets them treat the claim as a single occurrence.
            The late notice argument worries him more: our broker knew of the fire six weeks before the insurer was told.
            He recommends we send the engineers' report only after he has reviewed it for statements about the old wiring.
            If they deny, he thinks our chances in arbitration under the policy are reasonable, roughly even on the business-interruption part.
            Counsel asks that nobody discuss the claim with the loss adjuster without him on the line.
        """,
        "de": """
            ^Deckungsposition – unsere Einschätzung zum Lagerbrandschaden
            ^Gesprächsnotiz: Deckungsanwalt zum Schreiben des Versicherers
            Der Deckungsanwalt hält die Berufung des Versicherers auf den Sprinklerausschluss für schwach, weil die Anlage fristgerecht gewartet wurde.
            Er rät, den Deckungsvorbehalt vorerst hinzunehmen, aber nichts zu unterschreiben, was den Schaden als ein einziges Ereignis behandelt.
            Mehr Sorgen macht ihm die verspätete Meldung: der Makler wusste sechs Wochen früher vom Brand als der Versicherer.
            Er empfiehlt, das Gutachten der Ingenieure erst zu schicken, wenn er es auf Aussagen zur alten Verkabelung geprüft hat.
            Lehnt der Versicherer ab, sieht er unsere Chancen im Schiedsverfahren nach der Police als ordentlich, beim Betriebsunterbrechungsteil etwa fifty-fifty.
            Er bittet, dass niemand ohne ihn mit dem Schadenregulierer über den Fall spricht.
        """,
        "fr": """
            ^Position de garantie – notre analyse du sinistre incendie de l'entrepôt
            ^Notes d'appel : l'avocat en assurance sur le courrier de l'assureur
            L'avocat estime faible l'exclusion sprinklers invoquée par l'assureur, car l'installation a été entretenue dans les délais.
            Il conseille d'accepter la réserve de garantie pour l'instant, sans rien signer qui traiterait le sinistre comme un événement unique.
            La déclaration tardive l'inquiète davantage : le courtier connaissait l'incendie six semaines avant l'assureur.
            Il recommande d'envoyer le rapport des ingénieurs seulement après l'avoir relu pour les passages sur l'ancien câblage.
            En cas de refus, il juge nos chances raisonnables en arbitrage selon la police, à peu près égales sur la perte d'exploitation.
            Il demande que personne ne parle du dossier à l'expert de l'assureur sans lui.
        """,
        "es": """
            ^Posición de cobertura – nuestro análisis del siniestro del incendio del almacén
            ^Notas de la llamada: el abogado de seguros sobre la carta de la aseguradora
            El abogado cree que la exclusión por rociadores que invoca la aseguradora es débil, porque el sistema se revisó a tiempo.
            Aconseja aceptar por ahora la reserva de derechos, pero no firmar nada que trate el siniestro como un único evento.
            Le preocupa más la comunicación tardía: el corredor supo del incendio seis semanas antes que la aseguradora.
            Recomienda enviar el informe de los ingenieros solo después de revisarlo por las frases sobre el cableado antiguo.
            Si rechazan, ve razonables nuestras opciones en el arbitraje de la póliza, más o menos a la par en la pérdida de beneficios.
            Pide que nadie hable del siniestro con el perito sin que él esté en la llamada.
        """,
        "nl": """
            ^Dekkingsstandpunt – ons advies over de brandschade in het magazijn
            ^Belnotitie: de verzekeringsadvocaat over de brief van de verzekeraar
            De advocaat vindt het beroep van de verzekeraar op de sprinkleruitsluiting zwak, omdat de installatie op tijd is onderhouden.
            Hij adviseert het dekkingsvoorbehoud voorlopig te accepteren, maar niets te tekenen waardoor de schade als één gebeurtenis wordt behandeld.
            Meer zorgen maakt hij zich over de late melding: de makelaar wist zes weken eerder van de brand dan de verzekeraar.
            Hij raadt aan het rapport van de ingenieurs pas te sturen nadat hij het heeft nagelezen op uitspraken over de oude bedrading.
            Bij een afwijzing schat hij onze kansen in arbitrage onder de polis redelijk in, ongeveer gelijk op de bedrijfsschade.
            Hij vraagt dat niemand zonder hem met de schade-expert over de zaak praat.
        """,
    }),
    Family("arbitration_counsel_prep", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Hearing prep – what counsel said after the mock cross-examination
            ^From our side of the arbitration team
            Counsel thinks our project director came across as defensive on the delay chart and wants another practice session next week.
            Her advice: concede the late design approvals early, it makes our position on the ground conditions more credible.
            She does not want the internal cost-to-complete spreadsheet produced; she believes it falls outside the document requests.
            On quantum, counsel's realistic range is well below our claim, mainly because the tribunal may discount the acceleration costs.
            She recommends we reconsider the offer to split the liquidated damages before the hearing, and asks for instructions by Monday.
            Nobody from the site team should speak to the other side's expert, even informally at the industry dinner.
        """,
        "de": """
            ^Vorbereitung der Verhandlung – was die Anwältin nach dem Probe-Kreuzverhör sagte
            ^Aus unserem Schiedsverfahrensteam
            Die Anwältin findet, unser Projektleiter wirkte beim Verzögerungsdiagramm defensiv, und will nächste Woche eine weitere Übung.
            Ihr Rat: die verspäteten Planfreigaben früh einräumen, das macht unsere Position zu den Baugrundverhältnissen glaubwürdiger.
            Die interne Restkostenrechnung will sie nicht vorlegen; sie hält sie für nicht von den Vorlageanträgen erfasst.
            Zur Höhe liegt ihre realistische Spanne deutlich unter unserer Forderung, vor allem weil das Schiedsgericht die Beschleunigungskosten kürzen dürfte.
            Sie empfiehlt, das Angebot zur Teilung der Vertragsstrafe vor der Verhandlung zu überdenken, und bittet bis Montag um Weisung.
            Niemand aus dem Baustellenteam soll mit dem Gutachter der Gegenseite sprechen, auch nicht beim Branchendinner.
        """,
        "fr": """
            ^Préparation de l'audience – ce que l'avocate a dit après le contre-interrogatoire blanc
            ^De notre équipe arbitrage
            L'avocate trouve que notre directeur de projet a paru sur la défensive sur le planning des retards et veut une autre séance la semaine prochaine.
            Son conseil : reconnaître tôt les validations de plans tardives, cela rend plus crédible notre position sur les conditions de sol.
            Elle ne veut pas produire le tableau interne du coût à terminaison ; selon elle, il n'entre pas dans les demandes de production.
            Sur le quantum, sa fourchette réaliste est nettement sous notre demande, surtout parce que le tribunal arbitral pourrait réduire les coûts d'accélération.
            Elle recommande de revoir l'offre de partage des pénalités de retard avant l'audience et attend nos instructions lundi.
            Personne de l'équipe chantier ne doit parler à l'expert adverse, même lors du dîner de la profession.
        """,
        "es": """
            ^Preparación de la vista – lo que dijo la abogada tras el contrainterrogatorio de prueba
            ^Desde nuestro equipo del arbitraje
            La abogada cree que nuestro director de proyecto pareció a la defensiva con el gráfico de retrasos y quiere otra sesión la semana que viene.
            Su consejo: reconocer pronto la aprobación tardía de planos; hace más creíble nuestra postura sobre el terreno.
            No quiere aportar la hoja interna de coste hasta terminación; considera que queda fuera de las solicitudes de exhibición.
            Sobre la cuantía, su horquilla realista está muy por debajo de nuestra reclamación, sobre todo porque el tribunal arbitral puede recortar los costes de aceleración.
            Recomienda reconsiderar la oferta de repartir las penalizaciones antes de la vista y pide instrucciones para el lunes.
            Nadie del equipo de obra debe hablar con el perito de la otra parte, ni siquiera en la cena del sector.
        """,
        "nl": """
            ^Voorbereiding zitting – wat de advocaat zei na het oefenkruisverhoor
            ^Vanuit ons arbitrageteam
            De advocaat vindt dat onze projectdirecteur defensief overkwam bij het vertragingsschema en wil volgende week nog een oefensessie.
            Haar advies: geef de late ontwerpgoedkeuringen vroeg toe, dat maakt ons standpunt over de bodemgesteldheid geloofwaardiger.
            Ze wil de interne kostenraming tot oplevering niet overleggen; volgens haar valt die buiten de verzoeken om stukken.
            Over de hoogte ligt haar realistische bandbreedte ruim onder onze vordering, vooral omdat het scheidsgerecht de versnellingskosten kan korten.
            Ze raadt aan het aanbod om de boetes te delen vóór de zitting te heroverwegen en vraagt uiterlijk maandag om instructies.
            Niemand van het bouwteam mag met de deskundige van de wederpartij praten, ook niet informeel op het branchediner.
        """,
    }),
)

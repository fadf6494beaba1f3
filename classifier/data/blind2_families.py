"""The `blind2` held-out split: a second set of families written blind, read once per shipped model.

Written on 24 November 2026, after model 6 shipped, by an engineer who had not developed
the model: no model scored these texts while they were written, and no score of them was
looked at. The first `blind` split had stopped being blind: the training families of
model 6 were written about the topics its errors showed. Only the deterministic
detectors (`Classifier()` without a model) were run on these texts, to check the ground
truth: that a harmless text carries no real-looking value, and that the model-marginal
families give the detectors nothing. The writer read the list of the generator's family
ids and a sample of its families to learn what it already produced, and chose topics and
genres it has none of; no template paraphrases one of theirs. They come from what
enterprise LLM integrations send beyond CRM: a service's status page and release notes,
a public tender notice, case briefs of classic judgments for teaching, a GDPR request
letter template, amateur sports chatter, a consumer recall notice, questions about a
published patent; an export-screening desk, a churn analysis by segment, trade-fair
planning, a manufacturing deviation log; an insurance claim file, pharmacovigilance case
narratives, a works-council consultation on job cuts, pricing-committee minutes; and
counsel's advice on a patent application, on tax structuring, on a sanctions exposure,
and on a target's data room.

Every family is written in all five languages, with several sentence shapes per language
(headers, questions, instructions, notes, bullet lists and tables, long and short).

Protocol, as for `blind` (see `classifier.data.blind_families`): no training, calibration or
choice ever uses this split; each shipped model reads it once, after its choices are final,
and its figures are reported as they come. When a model is changed because of what blind2
showed, blind2 has become one more read split: the next model needs a new one.
`MODEL_MARGINAL_FAMILIES` lists the confidential and privileged families that hold no
marker phrase and no validated value in any text, so the detectors see nothing there.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

BLIND2_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("status_page_release_notes", P, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Status: degraded performance – EU API
            ^Release notes – version {n}.{n2}
            Investigating – 09:42 UTC: some customers in the EU region see slow responses from the reporting API. We are looking into it.
            Identified – the slowdown comes from a database failover that did not finish cleanly; a fix is being rolled out.
            Monitoring – response times are back to normal. We will keep watching for the next hour.
            Resolved – the incident lasted {n} minutes. No data was lost, and scheduled exports will run again tonight.
            New↵- Dark mode for the mobile app↵- CSV export now keeps leading zeros↵Fixed↵- The calendar widget no longer shows last week after midnight↵- Search handles accents correctly
            Deprecated: the v1 webhooks stop working on {date}; move to v2 before then, the migration guide is linked below.
            Turn these internal bullet points into customer-friendly release notes, no more than eight lines.
            Is "degraded performance" or "partial outage" the right status for a few slow pages? Explain the difference.
            Scheduled maintenance on {date} between 02:00 and 03:00 UTC: sign-in may be unavailable for up to ten minutes.
            Write a short apology for the banner on our status page; keep it honest and avoid promising a date.
        """,
        "de": """
            ^Status: eingeschränkte Leistung – EU-Region
            ^Versionshinweise {n}.{n2}
            Untersuchung – 09:42 UTC: Einige Kunden in der EU-Region erhalten langsame Antworten der Reporting-API. Wir prüfen das.
            Ursache gefunden: ein nicht sauber abgeschlossener Datenbank-Failover. Die Korrektur wird gerade ausgerollt.
            Beobachtung – die Antwortzeiten sind wieder normal; wir beobachten die Lage noch eine Stunde.
            Behoben – die Störung dauerte {n} Minuten. Es gingen keine Daten verloren, die geplanten Exporte laufen heute Nacht nach.
            Neu↵- Dunkelmodus in der App↵- CSV-Export behält führende Nullen↵Behoben↵- Das Kalender-Widget zeigt nach Mitternacht nicht mehr die Vorwoche↵- Die Suche findet Umlaute zuverlässig
            Abgekündigt: Die Webhooks der Version 1 funktionieren ab dem {date} nicht mehr; bitte vorher auf Version 2 umstellen.
            Mach aus diesen Stichpunkten kundenfreundliche Versionshinweise, höchstens acht Zeilen.
            Geplante Wartung am {date} zwischen 2 und 3 Uhr: Die Anmeldung kann bis zu zehn Minuten ausfallen.
            Schreib eine kurze Entschuldigung für das Banner auf der Statusseite, ehrlich und ohne Terminversprechen.
        """,
        "fr": """
            ^État du service : performances dégradées – région UE
            ^Notes de version {n}.{n2}
            Analyse en cours – 09:42 UTC : certains clients de la région UE constatent des lenteurs sur l'API de reporting.
            Cause identifiée : une bascule de base de données qui ne s'est pas terminée proprement. Le correctif est en cours de déploiement.
            Sous surveillance – les temps de réponse sont revenus à la normale ; nous restons vigilants pendant une heure.
            Résolu – l'incident a duré {n} minutes. Aucune donnée n'a été perdue et les exports planifiés seront relancés cette nuit.
            Nouveautés↵- Mode sombre dans l'application mobile↵- L'export CSV conserve les zéros en tête↵Corrections↵- Le widget calendrier n'affiche plus la semaine précédente après minuit
            Les webhooks v1 cesseront de fonctionner le {date} ; passez à la v2 d'ici là, le guide de migration est en lien.
            Transforme ces points techniques en notes de version lisibles par nos clients, huit lignes au maximum.
            Maintenance programmée le {date} entre 2 h et 3 h : la connexion pourra être indisponible une dizaine de minutes.
            Quelle est la différence entre « performances dégradées » et « panne partielle » pour une page d'état ?
        """,
        "es": """
            ^Estado del servicio: rendimiento degradado – región UE
            ^Notas de la versión {n}.{n2}
            Investigando – 09:42 UTC: algunos clientes de la región UE notan respuestas lentas de la API de informes.
            Identificado: una conmutación de la base de datos que no terminó bien. Estamos desplegando la corrección.
            En observación – los tiempos de respuesta han vuelto a la normalidad; seguiremos vigilando durante una hora.
            Resuelto – la incidencia duró {n} minutos. No se perdieron datos y las exportaciones programadas se repetirán esta noche.
            Novedades↵- Modo oscuro en la app móvil↵- La exportación CSV conserva los ceros a la izquierda↵Correcciones↵- La búsqueda ya reconoce las tildes
            Los webhooks v1 dejarán de funcionar el {date}; migrad a la v2 antes de esa fecha.
            Convierte estos puntos en unas notas de versión que entienda un cliente, como mucho ocho líneas.
            Mantenimiento programado el {date} entre las 2:00 y las 3:00: el inicio de sesión puede fallar unos diez minutos.
            Escribe una disculpa breve para el aviso de la página de estado, sin prometer fechas.
        """,
        "nl": """
            ^Status: verminderde prestaties – EU-regio
            ^Release notes versie {n}.{n2}
            Onderzoek – 09:42 UTC: een deel van de klanten in de EU-regio krijgt trage antwoorden van de rapportage-API.
            Oorzaak gevonden: een database-failover die niet netjes is afgerond. De oplossing wordt nu uitgerold.
            Monitoring – de responstijden zijn weer normaal; we houden het nog een uur in de gaten.
            Opgelost – de storing duurde {n} minuten. Er is geen data verloren en de geplande exports draaien vannacht opnieuw.
            Nieuw↵- Donkere modus in de app↵- CSV-export behoudt voorloopnullen↵Opgelost↵- De kalenderwidget toont na middernacht niet meer de vorige week
            De v1-webhooks werken vanaf {date} niet meer; stap daarvoor over op v2.
            Maak van deze technische punten leesbare release notes voor klanten, maximaal acht regels.
            Gepland onderhoud op {date} tussen 2.00 en 3.00 uur: inloggen kan tot tien minuten onmogelijk zijn.
            Wat is het verschil tussen "verminderde prestaties" en "gedeeltelijke storing" op een statuspagina?
        """,
    }),
    Family("public_tender_notice", P, "blind2", hard_negative=True, min_sentences=3, max_sentences=7, text={
        "en": """
            ^Contract notice – cleaning services for municipal buildings
            ^Invitation to tender: supply of electric buses, lot {n}
            The contracting authority is the city of {city}; the procedure is an open procedure under the public procurement rules.
            Award criteria: price 60%, quality of the service plan 30%, environmental measures 10%.
            Tenders must be submitted through the e-procurement portal before {date}, 12:00 local time; late tenders are rejected.
            Bidders' questions are answered on the portal for all bidders, without naming who asked.
            Information marked as a trade secret in a tender is kept confidential, but the award decision and the winning price are published.
            An unsuccessful bidder may apply to the review body within ten days of the award notice; a lawyer is not required for that step.
            The contract runs for {n} months with an option to extend twice by twelve months.
            We are a small cleaning company. Explain in simple words what "economically most advantageous tender" means here.
            Make a checklist of the documents this notice asks for, in the order of the notice.
            Summarise the exclusion grounds: insolvency, unpaid taxes, a final conviction for fraud, and a conflict of interest.
            The tender pack includes the authority's standard settlement agreement for invoice disputes; tell me whether it is one-sided.
        """,
        "de": """
            ^Bekanntmachung – Gebäudereinigung für städtische Liegenschaften
            ^Ausschreibung: Lieferung von Elektrobussen, Los {n}
            Öffentlicher Auftraggeber ist die Stadt {city}; das Verfahren ist ein offenes Verfahren nach dem Vergaberecht.
            Zuschlagskriterien: Preis 60 %, Qualität des Reinigungskonzepts 30 %, Umweltmaßnahmen 10 %.
            Angebote sind bis zum {date}, 12 Uhr, über die Vergabeplattform einzureichen; verspätete Angebote werden ausgeschlossen.
            Bieterfragen werden auf der Plattform für alle Bieter beantwortet, ohne den Fragesteller zu nennen.
            Als Betriebs- und Geschäftsgeheimnis gekennzeichnete Angaben werden vertraulich behandelt; Zuschlag und Preis des Gewinners werden veröffentlicht.
            Ein unterlegener Bieter kann binnen zehn Tagen nach der Information die Vergabekammer anrufen; ein Anwalt ist dafür nicht vorgeschrieben.
            Wir sind ein kleiner Handwerksbetrieb. Was bedeutet „wirtschaftlichstes Angebot“ in dieser Ausschreibung?
            Erstelle eine Checkliste aller geforderten Unterlagen in der Reihenfolge der Bekanntmachung.
            Die Vertragslaufzeit beträgt {n} Monate mit zweimaliger Verlängerungsoption um je zwölf Monate.
        """,
        "fr": """
            ^Avis de marché – nettoyage des bâtiments communaux
            ^Appel d'offres : fourniture de bus électriques, lot {n}
            Le pouvoir adjudicateur est la ville de {city} ; il s'agit d'un appel d'offres ouvert.
            Critères d'attribution : prix 60 %, qualité du mémoire technique 30 %, performance environnementale 10 %.
            Les offres sont déposées sur la plateforme de dématérialisation avant le {date} à 12 h ; les plis hors délai sont rejetés.
            Les réponses aux questions des candidats sont publiées pour tous, sans indiquer qui les a posées.
            Les informations couvertes par le secret des affaires restent confidentielles, mais l'attributaire et le montant du marché sont publiés.
            Un candidat évincé peut saisir le juge du référé précontractuel avant la signature ; l'assistance d'un avocat est conseillée mais pas obligatoire.
            Nous sommes une petite entreprise. Explique simplement ce qu'est « l'offre économiquement la plus avantageuse ».
            Dresse la liste des pièces demandées dans l'ordre de l'avis.
            Le marché est conclu pour {n} mois, reconductible deux fois douze mois.
        """,
        "es": """
            ^Anuncio de licitación – limpieza de edificios municipales
            ^Licitación: suministro de autobuses eléctricos, lote {n}
            El órgano de contratación es el Ayuntamiento de {city}; se tramita por procedimiento abierto.
            Criterios de adjudicación: precio 60 %, calidad del plan de trabajo 30 %, mejoras ambientales 10 %.
            Las ofertas se presentan en la plataforma de contratación antes del {date} a las 12:00; las que lleguen tarde quedan excluidas.
            Las respuestas a las consultas de los licitadores se publican para todos, sin identificar a quien preguntó.
            La información que el licitador declare confidencial no se divulga, pero la adjudicación y el precio ganador son públicos.
            Un licitador descartado puede interponer recurso especial en materia de contratación en quince días hábiles; no necesita abogado para presentarlo.
            Somos una pyme. Explícame con palabras sencillas qué es la «mejor relación calidad-precio» en este pliego.
            Haz una lista de la documentación que pide el anuncio, en el mismo orden.
            El contrato dura {n} meses y admite dos prórrogas de doce meses.
        """,
        "nl": """
            ^Aankondiging opdracht – schoonmaak gemeentelijke gebouwen
            ^Aanbesteding: levering van elektrische bussen, perceel {n}
            De aanbestedende dienst is de gemeente {city}; het is een openbare procedure.
            Gunningscriteria: prijs 60%, kwaliteit van het werkplan 30%, duurzaamheid 10%.
            Inschrijvingen moeten vóór {date}, 12.00 uur via TenderNed binnen zijn; te late inschrijvingen worden terzijde gelegd.
            Vragen van inschrijvers worden in een nota van inlichtingen voor iedereen beantwoord, zonder namen.
            Bedrijfsgevoelige informatie uit een inschrijving blijft vertrouwelijk, maar de gunning en de winnende prijs worden gepubliceerd.
            Een afgewezen inschrijver kan binnen twintig dagen een kort geding aanspannen; daarvoor is wel een advocaat nodig.
            Wij zijn een klein bedrijf. Leg eenvoudig uit wat "beste prijs-kwaliteitverhouding" hier betekent.
            Maak een checklist van alle gevraagde documenten, in de volgorde van de aankondiging.
            De looptijd is {n} maanden met twee keer een optie tot verlenging van twaalf maanden.
        """,
    }),
    Family("case_brief_teaching", P, "blind2", hard_negative=True, min_sentences=2, max_sentences=6, text={
        "en": """
            ^Case brief – Carlill v Carbolic Smoke Ball Co [1893]
            ^Contract law seminar, week 3: reading list and questions
            Facts: the company advertised that it would pay £100 to anyone who caught influenza after using its smoke ball as directed; Mrs Carlill did, and fell ill.
            Issue: can an advertisement to the whole world be an offer that a single person accepts by performing the conditions?
            Holding: yes; the deposit of £1,000 with the bank showed the promise was meant seriously, and performance was acceptance.
            Donoghue v Stevenson (1932): the snail in the ginger beer. Summarise the neighbour principle in two sentences for first-year students.
            Hadley v Baxendale limits damages to losses that were foreseeable when the contract was made. Give me a modern example with a courier.
            Seminar question: if the parties had reached a settlement before trial, what would legal history have lost?
            Facts↵Issue↵Holding↵Reasoning↵Why it matters today↵— use these five headings for every brief in the pack.
            Write three multiple-choice questions on this judgment; make one of the wrong answers tempting.
            Discussion: would a letter from the company to its own lawyer about the advert have been privileged? Why does that matter for what we know about the case?
            Why do lawyers head some letters "without prejudice"? Explain the rule with a simple example from the case pack.
        """,
        "de": """
            ^Fallbesprechung – der „Haakjöringsköd“-Fall (RGZ 99, 147)
            ^Übung im Bürgerlichen Recht für Anfänger: Klassiker des Vertragsrechts
            Sachverhalt: Beide Parteien meinten Walfleisch, schrieben aber „Haakjöringsköd“, was Haifischfleisch bedeutet.
            Frage: Gilt das objektiv Erklärte oder das übereinstimmend Gewollte?
            Ergebnis: falsa demonstratio non nocet – das übereinstimmend Gewollte gilt, auch wenn beide sich falsch ausdrücken.
            Die Trierer Weinversteigerung ist ein Lehrbuchfall, kein Urteil. Erkläre am Beispiel, was Erklärungsbewusstsein ist.
            Gliederung für jede Fallbesprechung: Sachverhalt↵Rechtsfrage↵Entscheidung↵Begründung↵Bedeutung heute
            Formuliere drei Klausurfragen zum Flugreise-Fall; eine falsche Antwort soll verlockend klingen.
            Diskussionsfrage: Hätten sich die Parteien vor dem Urteil verglichen, was wüssten wir heute nicht?
            Wäre ein Brief der Käuferin an ihren Anwalt über den Kauf vertraulich geblieben? Warum ist das für die Rechtsgeschichte wichtig?
            Was bedeutet „ohne Anerkennung einer Rechtspflicht“ in einem Schreiben an die Gegenseite? Erkläre es an einem einfachen Beispiel.
        """,
        "fr": """
            ^Fiche d'arrêt – Tribunal des conflits, arrêt Blanco (1873)
            ^TD de droit des obligations : les grands arrêts
            Faits : une enfant est renversée par un wagonnet d'une manufacture de tabac de l'État à Bordeaux ; son père demande réparation.
            Problème de droit : quel juge est compétent pour la responsabilité de l'administration du fait de ses services publics ?
            Solution : le juge administratif, selon des règles spéciales distinctes de celles du Code civil.
            Arrêt Jand'heur (1930) : présente en deux phrases la présomption de responsabilité du gardien de la chose.
            Pour chaque fiche : faits↵procédure↵problème de droit↵solution↵portée
            Rédige trois questions à choix multiple sur l'arrêt Chronopost ; une mauvaise réponse doit être tentante.
            Question de TD : si les parties avaient transigé avant l'audience, qu'aurait perdu le droit administratif ?
            Une lettre du père à son avocat aurait-elle été couverte par le secret ? En quoi cela change-t-il ce que nous savons de l'affaire ?
            Que signifie la mention « sous toutes réserves » en tête d'un courrier d'avocat ? Donne un exemple simple.
        """,
        "es": """
            ^Comentario de sentencia – STS de 9 de mayo de 2013 (cláusulas suelo)
            ^Seminario de Derecho de la Unión: los grandes casos
            Hechos: varios clientes impugnaron la cláusula que fijaba un tipo mínimo en sus préstamos hipotecarios.
            Cuestión: ¿supera esa cláusula el control de transparencia aunque esté redactada con claridad gramatical?
            Fallo: no basta la claridad formal; el consumidor debe poder entender la carga económica real.
            Costa contra ENEL (1964): resume en dos frases el principio de primacía para alumnos de primer curso.
            Esquema para cada comentario: hechos↵cuestión jurídica↵fallo↵fundamentos↵relevancia actual
            Prepara tres preguntas tipo test sobre la sentencia; una respuesta incorrecta debe parecer convincente.
            Pregunta para el debate: si las partes hubieran llegado a un acuerdo antes del juicio, ¿qué habría perdido la jurisprudencia?
            ¿Habría sido confidencial una carta del cliente a su abogado sobre la hipoteca? ¿Por qué importa para lo que sabemos del caso?
            ¿Qué es una «propuesta de acuerdo» en un pleito civil y por qué no puede usarse como prueba? Pon un ejemplo sencillo.
        """,
        "nl": """
            ^Arrestbespreking – Haviltex (HR 13 maart 1981)
            ^Werkgroep verbintenissenrecht: klassieke arresten
            Feiten: partijen verschilden van mening over de vraag of een koper een machine mocht terugsturen na een opzegging.
            Rechtsvraag: komt het bij de uitleg van een contract alleen aan op de letterlijke tekst?
            Beslissing: nee, het gaat om wat partijen redelijkerwijs van elkaar mochten verwachten.
            Lindenbaum/Cohen (1919): leg in twee zinnen uit waarom dit arrest de onrechtmatige daad verruimde.
            Schema voor elke bespreking: feiten↵rechtsvraag↵beslissing↵motivering↵betekenis nu
            Van Gend en Loos (1963): maak drie meerkeuzevragen; één fout antwoord moet verleidelijk zijn.
            Discussievraag: als partijen vóór de uitspraak een schikking hadden getroffen, wat had het recht dan gemist?
            Was een brief van de koper aan zijn advocaat vertrouwelijk gebleven? Waarom doet dat ertoe voor wat we van de zaak weten?
            Wat is een vaststellingsovereenkomst, en waarom eindigen zoveel civiele zaken daarmee? Geef een eenvoudig voorbeeld.
        """,
    }),
    Family("gdpr_request_template", P, "blind2", hard_negative=True, min_sentences=3, max_sentences=7, text={
        "en": """
            ^TEMPLATE – Subject access request (Article 15 GDPR)
            ^Model letter: asking a company to erase your data
            To: the Data Protection Officer of {ph}
            I, [YOUR FULL NAME], ask for a copy of all personal data you hold about me, the purposes of processing and the recipients.
            Please reply within one month, as the regulation requires; you may not charge a fee for a first copy.
            To confirm my identity I can provide [CUSTOMER NUMBER] and the address you have on file; please do not ask for more than you need.
            If you do not answer, I may lodge a complaint with the supervisory authority; you do not need a lawyer to use this letter.
            Your reply may leave out information that is confidential to other people, but you must tell me that you did so.
            Yours faithfully, [SIGNATURE], [DATE]
            Rewrite this template so that a teenager could use it, and keep every placeholder in square brackets.
            Add an optional paragraph asking which automated decisions are made about me.
            Make an erasure version of this letter (Article 17) and list the cases where the company may refuse.
        """,
        "de": """
            ^MUSTERSCHREIBEN – Auskunftsersuchen nach Art. 15 DSGVO
            ^Vorlage: Antrag auf Löschung Ihrer Daten
            An den Datenschutzbeauftragten der {ph}
            Ich, [VOLLSTÄNDIGER NAME], bitte um Auskunft über alle zu meiner Person gespeicherten Daten, die Zwecke der Verarbeitung und die Empfänger.
            Bitte antworten Sie innerhalb eines Monats; die erste Kopie ist kostenlos.
            Zur Identifizierung nenne ich [KUNDENNUMMER] und die bei Ihnen hinterlegte Anschrift; bitte fordern Sie nicht mehr an als nötig.
            Bleibt eine Antwort aus, kann ich mich bei der Aufsichtsbehörde beschweren; ein Anwalt ist dafür nicht nötig.
            Angaben, die Dritte betreffen und vertraulich sind, dürfen Sie weglassen, müssen mir das aber mitteilen.
            Mit freundlichen Grüßen, [UNTERSCHRIFT], [DATUM]
            Schreib die Vorlage so um, dass sie auch Jugendliche verstehen; die Platzhalter in eckigen Klammern bleiben.
            Ergänze einen optionalen Absatz zu automatisierten Entscheidungen.
        """,
        "fr": """
            ^MODÈLE – Demande d'accès à vos données (article 15 du RGPD)
            ^Lettre type : demande d'effacement de vos données
            À l'attention du délégué à la protection des données de {ph}
            Je soussigné(e) [NOM PRÉNOM] vous demande une copie de toutes les données personnelles me concernant, les finalités du traitement et les destinataires.
            Merci de répondre dans un délai d'un mois ; la première copie est gratuite.
            Pour vérifier mon identité, je peux vous indiquer [NUMÉRO CLIENT] et l'adresse que vous avez en fichier.
            À défaut de réponse, je pourrai saisir la CNIL ; un avocat n'est pas nécessaire pour cette démarche.
            Vous pouvez omettre les informations confidentielles concernant d'autres personnes, à condition de me le signaler.
            Veuillez agréer mes salutations distinguées. [SIGNATURE], [DATE]
            Réécris ce modèle pour qu'un adolescent puisse l'utiliser, en gardant les champs entre crochets.
            Fais-en une version « droit à l'effacement » et liste les cas où l'entreprise peut refuser.
        """,
        "es": """
            ^MODELO – Solicitud de acceso a datos personales (art. 15 RGPD)
            ^Plantilla: solicitud de supresión de tus datos
            A la atención del Delegado de Protección de Datos de {ph}
            Yo, [NOMBRE Y APELLIDOS], solicito copia de todos los datos personales que tratan sobre mí, los fines del tratamiento y los destinatarios.
            Les ruego que respondan en el plazo de un mes; la primera copia es gratuita.
            Para acreditar mi identidad puedo facilitar [NÚMERO DE CLIENTE] y la dirección que les consta.
            Si no recibo respuesta, podré reclamar ante la AEPD; no hace falta abogado para usar esta carta.
            Pueden omitir información confidencial de terceros, pero deben indicármelo.
            Atentamente, [FIRMA], [FECHA]
            Adapta la plantilla para que la entienda un adolescente y conserva los campos entre corchetes.
            Añade un párrafo opcional sobre decisiones automatizadas.
        """,
        "nl": """
            ^VOORBEELDBRIEF – Inzageverzoek (artikel 15 AVG)
            ^Model: verzoek om verwijdering van uw gegevens
            Aan de functionaris gegevensbescherming van {ph}
            Ik, [VOLLEDIGE NAAM], verzoek u om een kopie van alle persoonsgegevens die u over mij verwerkt, de doeleinden en de ontvangers.
            Graag ontvang ik binnen een maand een reactie; de eerste kopie is gratis.
            Om mijn identiteit te bevestigen kan ik [KLANTNUMMER] en het bij u bekende adres noemen.
            Als ik geen antwoord krijg, kan ik een klacht indienen bij de Autoriteit Persoonsgegevens; een advocaat is daarvoor niet nodig.
            U mag vertrouwelijke informatie over anderen weglaten, maar moet mij dat laten weten.
            Met vriendelijke groet, [HANDTEKENING], [DATUM]
            Herschrijf dit model zodat een tiener het kan gebruiken; laat de velden tussen vierkante haken staan.
            Maak er een versie voor het recht op vergetelheid van en noem wanneer het bedrijf mag weigeren.
        """,
    }),
    Family("amateur_sports_chatter", P, "blind2", min_sentences=2, max_sentences=6, header_share=0.3, text={
        "en": """
            ^Sunday league match report
            ^Running club – winter plan
            Lost 3–2 away at the Rovers after leading at half time; the keeper kept us in it until the 80th minute.
            Our number 9 scored a header from a corner, then missed an open goal two minutes later. We're still laughing about it.
            Tuesday intervals: 6 × 800 m at 10K pace with 90 seconds jog recovery. Is that too much for someone coming back from a calf strain?
            Who's driving to the away game on Saturday? We need two more cars and someone to bring the nets.
            Write a funny two-paragraph match report for the club newsletter; nobody gets blamed for the second goal.
            Fantasy league update: I'm bottom again because my captain got injured in the warm-up.
            Build me a 12-week plan for a first half-marathon, three runs a week, one of them long and slow.
            Table tennis night is moving to the school gym from next month, same time, bring indoor shoes.
            Sportive on {date}: 110 km, 1,400 m of climbing. What should I eat the evening before and on the bike?
        """,
        "de": """
            ^Spielbericht Kreisliga
            ^Lauftreff – Winterplan
            3:2 verloren beim FC Eintracht, obwohl wir zur Pause geführt haben; unser Torwart hat uns lange im Spiel gehalten.
            Unser Mittelstürmer köpft nach einer Ecke ein und setzt zwei Minuten später den Ball aus fünf Metern über das leere Tor.
            Dienstag Intervalle: 6 × 800 m im 10-km-Tempo, 90 Sekunden Trabpause. Zu viel nach einer Wadenzerrung?
            Wer fährt Samstag zum Auswärtsspiel? Wir brauchen noch zwei Autos und jemanden für die Netze.
            Schreib einen lustigen Spielbericht für die Vereinszeitung, zwei Absätze, niemand wird für das zweite Gegentor verantwortlich gemacht.
            Erstell mir einen 12-Wochen-Plan für den ersten Halbmarathon, drei Läufe pro Woche.
            Tischtennis ist ab nächstem Monat in der Schulturnhalle, gleiche Zeit, Hallenschuhe mitbringen.
            Radmarathon am {date}: 110 km und 1.400 Höhenmeter. Was esse ich am Vorabend und unterwegs?
        """,
        "fr": """
            ^Compte rendu du match de dimanche
            ^Club de course – plan d'hiver
            Défaite 3-2 à l'extérieur alors qu'on menait à la pause ; notre gardien nous a maintenus en vie jusqu'à la 80e minute.
            Notre avant-centre marque de la tête sur corner, puis rate la cage vide deux minutes plus tard. On en rit encore.
            Fractionné mardi : 6 × 800 m à allure 10 km, 1 min 30 de récupération en trottinant. Trop après une contracture au mollet ?
            Qui conduit samedi pour le match à l'extérieur ? Il manque deux voitures et quelqu'un pour les filets.
            Écris un compte rendu drôle pour la gazette du club, deux paragraphes, sans accabler personne pour le deuxième but.
            Prépare-moi un plan de 12 semaines pour un premier semi-marathon, trois sorties par semaine.
            Cyclosportive le {date} : 110 km et 1 400 m de dénivelé. Que manger la veille et pendant la course ?
        """,
        "es": """
            ^Crónica del partido del domingo
            ^Club de corredores – plan de invierno
            Perdimos 3-2 fuera de casa después de ir ganando al descanso; el portero nos sostuvo hasta el minuto 80.
            Nuestro delantero marcó de cabeza en un córner y dos minutos después falló a puerta vacía. Todavía nos reímos.
            Series del martes: 6 × 800 m a ritmo de 10K con 90 segundos de trote. ¿Es demasiado tras una rotura fibrilar en el gemelo?
            ¿Quién lleva coche el sábado al partido fuera? Faltan dos coches y alguien que traiga las redes.
            Escribe una crónica divertida para el boletín del club, dos párrafos, sin culpar a nadie del segundo gol.
            Hazme un plan de 12 semanas para mi primera media maratón, tres salidas por semana.
            Marcha cicloturista el {date}: 110 km y 1.400 m de desnivel. ¿Qué como la noche antes y durante la ruta?
        """,
        "nl": """
            ^Wedstrijdverslag zondagcompetitie
            ^Hardloopclub – winterschema
            Uit met 3-2 verloren terwijl we bij rust voorstonden; de keeper hield ons tot de 80e minuut in de wedstrijd.
            Onze spits kopt raak uit een hoekschop en schiet twee minuten later over het lege doel. We lachen er nog om.
            Dinsdag intervallen: 6 × 800 m op 10 km-tempo met 90 seconden dribbelpauze. Te veel na een verrekte kuit?
            Wie rijdt zaterdag naar de uitwedstrijd? We hebben nog twee auto's nodig en iemand voor de netten.
            Schrijf een grappig verslag voor het clubblad, twee alinea's, zonder iemand de schuld te geven van de tweede goal.
            Maak een schema van 12 weken voor mijn eerste halve marathon, drie keer per week lopen.
            Toertocht op {date}: 110 km en 1.400 hoogtemeters. Wat eet ik de avond ervoor en onderweg?
        """,
    }),
    Family("consumer_recall_notice", P, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^PRODUCT RECALL – 1.7 litre glass kettle
            ^Safety notice: children's night light
            {company} is recalling the 1.7 litre glass kettle sold between March and September because the base can overheat.
            Stop using the product now and unplug it. You do not need the receipt to get a full refund.
            How to check: the batch code is printed under the base and starts with the letters KT; only codes KT21 to KT27 are affected.
            Return it to any store or request a free collection on our website; we will refund the price in full.
            We are sorry for the inconvenience. No other products are affected.
            Rewrite this recall notice so that it fits a social media post of 280 characters.
            What makes a recall notice effective? Give me five tips from consumer-safety guidance.
            Translate the notice into plain language for a leaflet that goes up in the stores.
        """,
        "de": """
            ^PRODUKTRÜCKRUF – Glas-Wasserkocher 1,7 Liter
            ^Sicherheitshinweis: Kinder-Nachtlicht
            {company} ruft den zwischen März und September verkauften Glas-Wasserkocher zurück, weil der Sockel überhitzen kann.
            Bitte das Gerät nicht mehr benutzen und den Stecker ziehen. Für die Erstattung brauchen Sie keinen Kassenbon.
            So prüfen Sie: Der Chargencode steht unter dem Sockel und beginnt mit KT; betroffen sind nur KT21 bis KT27.
            Geben Sie das Gerät in einer Filiale ab oder lassen Sie es kostenlos abholen; der Kaufpreis wird vollständig erstattet.
            Wir bitten um Entschuldigung. Andere Produkte sind nicht betroffen.
            Kürze den Rückrufhinweis auf einen Social-Media-Beitrag mit 280 Zeichen.
            Was macht einen Rückruf wirksam? Nenne fünf Tipps aus Verbraucherschutz-Leitfäden.
        """,
        "fr": """
            ^RAPPEL DE PRODUIT – bouilloire en verre 1,7 litre
            ^Avis de sécurité : veilleuse pour enfants
            {company} rappelle la bouilloire en verre vendue entre mars et septembre, dont le socle peut surchauffer.
            Cessez immédiatement de l'utiliser et débranchez-la. Le ticket de caisse n'est pas nécessaire pour être remboursé.
            Comment vérifier : le code de lot figure sous le socle et commence par KT ; seuls les lots KT21 à KT27 sont concernés.
            Rapportez le produit en magasin ou demandez un enlèvement gratuit ; le prix vous sera intégralement remboursé.
            Nous vous prions de nous excuser. Aucun autre produit n'est concerné.
            Réduis cet avis de rappel à un message de 280 caractères pour les réseaux sociaux.
            Qu'est-ce qui rend un rappel efficace ? Donne cinq conseils issus des guides de sécurité des consommateurs.
        """,
        "es": """
            ^RETIRADA DE PRODUCTO – hervidor de cristal de 1,7 litros
            ^Aviso de seguridad: lámpara quitamiedos infantil
            {company} retira el hervidor de cristal vendido entre marzo y septiembre porque la base puede sobrecalentarse.
            Deje de usarlo y desenchúfelo. No necesita el tique para que le devuelvan el dinero.
            Cómo comprobarlo: el código de lote está bajo la base y empieza por KT; solo están afectados los lotes KT21 a KT27.
            Devuélvalo en cualquier tienda o solicite la recogida gratuita; le reembolsaremos el importe íntegro.
            Lamentamos las molestias. Ningún otro producto está afectado.
            Resume este aviso en una publicación de 280 caracteres para redes sociales.
            ¿Qué hace eficaz una retirada de producto? Dame cinco consejos de las guías de consumo.
        """,
        "nl": """
            ^TERUGROEPACTIE – glazen waterkoker 1,7 liter
            ^Veiligheidswaarschuwing: nachtlampje voor kinderen
            {company} roept de glazen waterkoker terug die tussen maart en september is verkocht, omdat de voet oververhit kan raken.
            Gebruik het apparaat niet meer en haal de stekker uit het stopcontact. U hebt geen kassabon nodig voor uw geld terug.
            Zo controleert u het: de batchcode staat onder de voet en begint met KT; alleen KT21 tot en met KT27 zijn getroffen.
            Lever het in bij een winkel of vraag gratis ophalen aan; u krijgt de volledige aankoopprijs terug.
            Excuses voor het ongemak. Andere producten zijn niet getroffen.
            Maak van deze terugroepactie een bericht van 280 tekens voor sociale media.
            Wat maakt een terugroepactie doeltreffend? Geef vijf tips uit richtlijnen voor consumentenveiligheid.
        """,
    }),
    Family("published_patent_questions", P, "blind2", hard_negative=True, min_sentences=2, max_sentences=5, text={
        "en": """
            ^Reading group: how to read a patent
            ^Published application – claim 1 explained
            Claim 1 of this published application: "A bicycle lock comprising a hardened shackle and a sensor that detects cutting." Explain it in plain words.
            What is the difference between an independent and a dependent claim? Use the bicycle lock as the example.
            The patent expired years ago, so anyone may now make the device; why do companies still cite it as prior art?
            An opposition at the European Patent Office must be filed within nine months of the mention of the grant. Put that in a timeline.
            The famous smartphone patent lawsuits mostly ended in a settlement; summarise what the public record shows, not speculation.
            Do inventors need a patent attorney to file an application, or can they do it themselves? List the pros and cons.
            Make a glossary: priority date, prior art, inventive step, claim, description, abstract.
        """,
        "de": """
            ^Lesekreis: Wie liest man eine Patentschrift?
            ^Offenlegungsschrift – Anspruch 1 erklärt
            Anspruch 1 der Offenlegungsschrift: „Fahrradschloss mit gehärtetem Bügel und einem Sensor, der ein Durchtrennen erkennt.“ Erkläre das einfach.
            Was unterscheidet einen unabhängigen von einem abhängigen Anspruch? Nimm das Fahrradschloss als Beispiel.
            Das Patent ist längst abgelaufen; warum wird es trotzdem noch als Stand der Technik zitiert?
            Ein Einspruch beim Europäischen Patentamt ist binnen neun Monaten nach Hinweis auf die Erteilung einzulegen. Zeig das als Zeitstrahl.
            Brauchen Erfinder für die Anmeldung einen Patentanwalt, oder geht es auch selbst? Vor- und Nachteile bitte.
            Erstelle ein Glossar: Prioritätstag, Stand der Technik, erfinderische Tätigkeit, Anspruch, Beschreibung.
            Die bekannten Smartphone-Patentstreite endeten meist mit einem Vergleich; fasse zusammen, was öffentlich bekannt ist.
        """,
        "fr": """
            ^Atelier : comment lire un brevet
            ^Demande publiée – la revendication 1 expliquée
            Revendication 1 de la demande publiée : « Antivol de vélo comprenant une anse trempée et un capteur détectant la coupe. » Explique-la simplement.
            Quelle différence entre revendication indépendante et revendication dépendante ? Prends l'antivol comme exemple.
            Le brevet a expiré ; pourquoi est-il encore cité comme état de la technique ?
            L'opposition devant l'Office européen des brevets doit être formée dans les neuf mois de la mention de la délivrance. Fais-en une frise.
            Un inventeur a-t-il besoin d'un conseil en propriété industrielle pour déposer, ou peut-il le faire seul ?
            Fais un glossaire : date de priorité, état de la technique, activité inventive, revendication, description.
            Les grands procès de brevets sur les smartphones se sont souvent terminés par une transaction ; résume ce qui est public.
        """,
        "es": """
            ^Taller: cómo leer una patente
            ^Solicitud publicada – la reivindicación 1 explicada
            Reivindicación 1 de la solicitud publicada: «Candado de bicicleta con arco templado y un sensor que detecta el corte». Explícala con palabras sencillas.
            ¿Qué diferencia hay entre una reivindicación independiente y una dependiente? Usa el candado como ejemplo.
            La patente caducó hace años; ¿por qué se sigue citando como estado de la técnica?
            La oposición ante la Oficina Europea de Patentes se presenta en los nueve meses siguientes a la mención de la concesión. Ponlo en una línea temporal.
            ¿Necesita un inventor un agente de patentes para solicitarla o puede hacerlo solo? Ventajas e inconvenientes.
            Haz un glosario: fecha de prioridad, estado de la técnica, actividad inventiva, reivindicación, descripción.
            Los famosos pleitos de patentes de móviles acabaron casi todos en un acuerdo; resume lo que es público.
        """,
        "nl": """
            ^Leesgroep: hoe lees je een octrooi?
            ^Gepubliceerde aanvrage – conclusie 1 uitgelegd
            Conclusie 1 van de gepubliceerde aanvrage: "Fietsslot met geharde beugel en een sensor die doorknippen detecteert." Leg het eenvoudig uit.
            Wat is het verschil tussen een onafhankelijke en een afhankelijke conclusie? Gebruik het fietsslot als voorbeeld.
            Het octrooi is al lang verlopen; waarom wordt het nog steeds als stand van de techniek aangehaald?
            Oppositie bij het Europees Octrooibureau moet binnen negen maanden na de vermelding van de verlening. Zet het op een tijdlijn.
            Heeft een uitvinder een octrooigemachtigde nodig om aan te vragen, of kan het zelf? Voor- en nadelen graag.
            Maak een woordenlijst: prioriteitsdatum, stand van de techniek, uitvinderswerkzaamheid, conclusie, beschrijving.
            De bekende smartphone-octrooizaken eindigden meestal in een schikking; vat samen wat openbaar bekend is.
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("export_screening_desk", I, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Trade compliance desk – weekly note
            ^SOP update: screening new distributors
            Every new distributor is screened against the consolidated sanctions lists before the first order is released.
            Last week the tool raised {n} partial name matches; all were cleared as false positives within two working days.
            The classification of the new sensor module under the dual-use list is still open with engineering; no shipments outside the EU until it is done.
            Please rewrite step 4 of the SOP: an order on hold must show the reason code in the ERP, not just in an e-mail.
            Draft a one-page cheat sheet for the order desk: when to stop an order, whom to ask, what not to promise the customer.
            Screening statistics↵| Month | Checks | Partial matches | Escalated |↵|---|---|---|---|↵| Sep | 1,180 | 41 | 2 |↵| Oct | 1,240 | 37 | 1 |
            Reminder: the annual refresher training is due by {date}; the quiz takes twenty minutes.
            Could the screening run on the nightly account import instead of at order entry? List what would change.
        """,
        "de": """
            ^Exportkontrolle – Wochennotiz
            ^Arbeitsanweisung: Prüfung neuer Händler
            Jeder neue Händler wird vor Freigabe des ersten Auftrags gegen die konsolidierten Sanktionslisten geprüft.
            Letzte Woche meldete das Tool {n} Teiltreffer; alle wurden binnen zwei Arbeitstagen als Fehltreffer geschlossen.
            Die Güterlisteneinstufung des neuen Sensormoduls liegt noch bei der Entwicklung; bis dahin keine Lieferungen außerhalb der EU.
            Bitte Schritt 4 der Arbeitsanweisung umformulieren: Ein gesperrter Auftrag braucht den Sperrgrund im ERP, nicht nur per Mail.
            Entwirf einen Spickzettel für den Auftragsdienst: wann stoppen, wen fragen, was dem Kunden nicht zusagen.
            Prüfstatistik↵| Monat | Prüfungen | Teiltreffer | Eskaliert |↵|---|---|---|---|↵| Sep | 1.180 | 41 | 2 |↵| Okt | 1.240 | 37 | 1 |
            Erinnerung: Die jährliche Auffrischungsschulung ist bis {date} fällig.
        """,
        "fr": """
            ^Cellule contrôle export – note hebdomadaire
            ^Mise à jour de la procédure : filtrage des nouveaux distributeurs
            Chaque nouveau distributeur est filtré sur les listes de sanctions consolidées avant la libération de la première commande.
            La semaine dernière, l'outil a signalé {n} correspondances partielles ; toutes ont été levées en deux jours ouvrés.
            Le classement du nouveau module capteur au titre des biens à double usage est toujours en cours ; aucune expédition hors UE d'ici là.
            Reformule l'étape 4 : une commande bloquée doit porter son code motif dans l'ERP, pas seulement dans un e-mail.
            Prépare une fiche réflexe d'une page pour l'administration des ventes : quand bloquer, qui consulter, quoi ne pas promettre.
            Rappel : la formation annuelle doit être suivie avant le {date}.
        """,
        "es": """
            ^Comercio exterior – nota semanal
            ^Actualización del procedimiento: control de nuevos distribuidores
            Cada distribuidor nuevo se coteja con las listas consolidadas de sanciones antes de liberar el primer pedido.
            La semana pasada la herramienta dio {n} coincidencias parciales; todas se descartaron en dos días laborables.
            La clasificación del nuevo módulo sensor como producto de doble uso sigue pendiente en ingeniería; nada de envíos fuera de la UE hasta entonces.
            Reescribe el paso 4: un pedido retenido debe llevar el código de motivo en el ERP, no solo en un correo.
            Prepara una chuleta de una página para el equipo de pedidos: cuándo parar, a quién preguntar, qué no prometer.
            Recordatorio: la formación anual vence el {date}.
        """,
        "nl": """
            ^Exportcontrole – weeknotitie
            ^Werkinstructie: screening van nieuwe distributeurs
            Elke nieuwe distributeur wordt tegen de geconsolideerde sanctielijsten gescreend voordat de eerste order wordt vrijgegeven.
            Vorige week gaf de tool {n} gedeeltelijke treffers; alle zijn binnen twee werkdagen als vals positief afgesloten.
            De dual-use-classificatie van de nieuwe sensormodule ligt nog bij engineering; tot die tijd geen zendingen buiten de EU.
            Herschrijf stap 4: een geblokkeerde order moet de redencode in het ERP tonen, niet alleen in een mail.
            Maak een spiekbriefje van één pagina voor de orderdesk: wanneer stoppen, wie vragen, wat niet beloven.
            Herinnering: de jaarlijkse opfristraining moet vóór {date} af zijn.
        """,
    }),
    Family("churn_by_segment", I, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Churn review – Q3, by segment
            ^Retention analytics: notebook summary
            Logo churn in the small-business segment rose to {pct} this quarter; mid-market stayed flat and enterprise improved slightly.
            Top reasons from cancellation surveys: price (first), missing integrations (second), "we stopped using it" (third).
            Customers who never set up the mobile app churn at about twice the rate of those who did in the first month.
            | Segment | Accounts at start | Lost | Churn |↵|---|---|---|---|↵| Small business | 4,100 | 287 | 7.0% |↵| Mid-market | 920 | 28 | 3.0% |↵| Enterprise | 160 | 2 | 1.3% |
            The cohort chart looks odd for accounts created in May; check whether the migration double-counted them before we present it.
            Suggest three experiments for the onboarding team that could cut first-year churn, with how we would measure each.
            Write the executive summary in five bullets for the leadership offsite; no account names are needed.
            Is net revenue retention or gross retention the better headline metric for a product with usage-based pricing?
        """,
        "de": """
            ^Churn-Analyse Q3 nach Segment
            ^Kundenbindung: Zusammenfassung des Notebooks
            Die Kündigungsquote im Kleinkundensegment stieg im Quartal auf {pct}; Mittelstand unverändert, Großkunden leicht besser.
            Häufigste Gründe laut Kündigungsumfrage: Preis, fehlende Integrationen, „nutzen wir nicht mehr“.
            Kunden, die im ersten Monat die App nicht einrichten, kündigen etwa doppelt so oft.
            | Segment | Kunden zu Beginn | Verloren | Quote |↵|---|---|---|---|↵| Kleinkunden | 4.100 | 287 | 7,0 % |↵| Mittelstand | 920 | 28 | 3,0 % |
            Die Kohortenkurve für im Mai angelegte Kunden sieht komisch aus; prüfen, ob die Migration sie doppelt gezählt hat.
            Schlag dem Onboarding-Team drei Experimente gegen Kündigungen im ersten Jahr vor, jeweils mit Messgröße.
            Schreib die Zusammenfassung für die Klausur der Geschäftsführung in fünf Stichpunkten; Kundennamen braucht es nicht.
        """,
        "fr": """
            ^Analyse de l'attrition – T3 par segment
            ^Rétention : synthèse du notebook
            L'attrition des petites entreprises est montée à {pct} ce trimestre ; le mid-market est stable et les grands comptes progressent un peu.
            Motifs principaux selon l'enquête de résiliation : le prix, les intégrations manquantes, « on ne s'en sert plus ».
            Les clients qui n'installent pas l'application le premier mois résilient environ deux fois plus.
            | Segment | Comptes au début | Perdus | Taux |↵|---|---|---|---|↵| Petites entreprises | 4 100 | 287 | 7,0 % |↵| Mid-market | 920 | 28 | 3,0 % |
            La courbe de cohorte des comptes créés en mai est bizarre ; vérifier que la migration ne les a pas comptés deux fois.
            Propose trois expériences à l'équipe onboarding pour réduire l'attrition la première année.
            Rédige la synthèse pour le séminaire de direction en cinq puces, sans nom de client.
        """,
        "es": """
            ^Análisis de bajas – T3 por segmento
            ^Retención: resumen del cuaderno de análisis
            La tasa de bajas en pequeñas empresas subió al {pct} este trimestre; el segmento medio se mantiene y las grandes cuentas mejoran algo.
            Motivos principales según la encuesta de baja: precio, integraciones que faltan y «ya no lo usábamos».
            Los clientes que no configuran la app el primer mes se dan de baja aproximadamente el doble.
            | Segmento | Cuentas al inicio | Bajas | Tasa |↵|---|---|---|---|↵| Pequeña empresa | 4.100 | 287 | 7,0 % |↵| Mediana | 920 | 28 | 3,0 % |
            La curva de cohortes de mayo es rara; comprobad si la migración las contó dos veces antes de presentarla.
            Propón tres experimentos al equipo de onboarding para reducir las bajas del primer año.
            Escribe el resumen para la reunión de dirección en cinco viñetas, sin nombres de clientes.
        """,
        "nl": """
            ^Churnanalyse Q3 per segment
            ^Klantbehoud: samenvatting van het notebook
            Het verloop in het mkb-segment steeg dit kwartaal naar {pct}; het middensegment bleef gelijk en grote klanten verbeterden iets.
            Belangrijkste redenen uit de opzegenquête: prijs, ontbrekende koppelingen en "we gebruikten het niet meer".
            Klanten die de app in de eerste maand niet instellen, zeggen ongeveer twee keer zo vaak op.
            | Segment | Klanten bij start | Verloren | Verloop |↵|---|---|---|---|↵| Mkb | 4.100 | 287 | 7,0% |↵| Middensegment | 920 | 28 | 3,0% |
            De cohortgrafiek voor mei ziet er vreemd uit; controleer of de migratie ze dubbel heeft geteld.
            Stel het onboardingteam drie experimenten voor om het verloop in het eerste jaar te verlagen.
            Schrijf de managementsamenvatting voor de heidag in vijf punten, zonder klantnamen.
        """,
    }),
    Family("trade_fair_booth", I, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Trade fair {year} – booth planning
            ^Hall 5, stand B12: who does what
            The booth crates leave the warehouse on {date}; the freight forwarder needs the final packing list two days before.
            Staffing rota: two people from sales and one from product on the stand at all times, shifts of four hours.
            We still have {n} exhibitor badges left; the rest of the team uses day tickets from the marketing budget.
            The lead-capture app must sync to the CRM every evening, otherwise the follow-up campaign starts with gaps.
            Write the briefing for the booth team: dress code, demo script, what to do if a journalist asks about the roadmap.
            Checklist↵- extension cords and gaffer tape↵- demo laptops charged and logged in↵- brochures in three languages↵- water and snacks for the stand
            Hotel rooms near the fair are almost gone; book by Friday or you will be commuting from the next town.
            Make a follow-up e-mail template for leads we met at the stand, two versions: warm lead and just curious.
        """,
        "de": """
            ^Messe {year} – Standplanung
            ^Halle 5, Stand B12: Wer macht was
            Die Standkisten verlassen das Lager am {date}; die Spedition braucht die endgültige Packliste zwei Tage vorher.
            Standdienst: immer zwei Leute aus dem Vertrieb und eine Person aus dem Produktmanagement, Schichten zu vier Stunden.
            Wir haben noch {n} Ausstellerausweise; alle anderen bekommen Tagestickets aus dem Marketingbudget.
            Die Lead-App muss jeden Abend mit dem CRM synchronisieren, sonst hat die Nachfasskampagne Lücken.
            Schreib das Briefing für das Standteam: Kleiderordnung, Demo-Ablauf, was tun, wenn eine Journalistin nach der Roadmap fragt.
            Checkliste↵- Verlängerungskabel und Gaffa-Tape↵- Demo-Laptops geladen und angemeldet↵- Prospekte in drei Sprachen↵- Wasser und Snacks
            Hotelzimmer in Messenähe sind fast weg; bis Freitag buchen, sonst pendelt ihr aus dem Nachbarort.
        """,
        "fr": """
            ^Salon {year} – préparation du stand
            ^Hall 5, stand B12 : qui fait quoi
            Les caisses du stand quittent l'entrepôt le {date} ; le transitaire veut la liste de colisage définitive deux jours avant.
            Planning : deux commerciaux et une personne du produit en permanence sur le stand, par créneaux de quatre heures.
            Il nous reste {n} badges exposant ; les autres prennent des billets à la journée sur le budget marketing.
            L'appli de collecte de contacts doit se synchroniser avec le CRM chaque soir, sinon la campagne de relance aura des trous.
            Rédige le brief de l'équipe du stand : tenue, déroulé de la démo, que répondre si un journaliste demande la feuille de route.
            Liste↵- rallonges et gaffer↵- ordinateurs de démo chargés↵- brochures en trois langues↵- eau et en-cas
        """,
        "es": """
            ^Feria {year} – planificación del stand
            ^Pabellón 5, stand B12: quién hace qué
            Las cajas del stand salen del almacén el {date}; el transitario necesita la lista de bultos definitiva dos días antes.
            Turnos: siempre dos comerciales y una persona de producto en el stand, en turnos de cuatro horas.
            Quedan {n} acreditaciones de expositor; el resto del equipo usa entradas de día con cargo a marketing.
            La app de captura de contactos tiene que sincronizar con el CRM cada noche, o la campaña de seguimiento tendrá huecos.
            Escribe las instrucciones para el equipo del stand: vestimenta, guion de la demo y qué decir si un periodista pregunta por la hoja de ruta.
            Lista↵- alargadores y cinta americana↵- portátiles de demo cargados↵- folletos en tres idiomas↵- agua y algo de picar
        """,
        "nl": """
            ^Beurs {year} – standplanning
            ^Hal 5, stand B12: wie doet wat
            De standkisten vertrekken op {date} uit het magazijn; de expediteur wil de definitieve paklijst twee dagen eerder.
            Rooster: altijd twee mensen van sales en één van product op de stand, diensten van vier uur.
            We hebben nog {n} exposantenpassen; de rest van het team krijgt dagkaarten uit het marketingbudget.
            De app voor leads moet elke avond met het CRM synchroniseren, anders heeft de opvolgcampagne gaten.
            Schrijf de briefing voor het standteam: kleding, demoscript en wat te doen als een journalist naar de roadmap vraagt.
            Checklist↵- verlengsnoeren en gaffatape↵- demolaptops opgeladen↵- folders in drie talen↵- water en snacks
        """,
    }),
    Family("qa_deviation_log", I, "blind2", min_sentences=2, max_sentences=5, text={
        "en": """
            ^Quality deviation log – plant 2
            ^CAPA review, week {n}
            Deviation DV-{n}: the temperature logger in cold room 2 had a gap of fourteen minutes; impact assessment: none, product stayed within range.
            Line 3 stopped twice because the label printer lost calibration; root cause is a worn print head, replacement ordered.
            Corrective action: weekly calibration check added to the line start-up checklist. Preventive action: spare print heads kept on site.
            The supplier audit found the incoming-goods area cleaner than last year; two minor findings on pest-control records.
            Rewrite this deviation report so that it follows our template: description, immediate action, root cause, CAPA, effectiveness check.
            Can you turn these 5-why notes into a fishbone diagram in text form?
            Open CAPAs by age↵| Age | Count |↵|---|---|↵| under 30 days | 12 |↵| 30 to 90 days | 5 |↵| over 90 days | 1 |
        """,
        "de": """
            ^Abweichungsprotokoll – Werk 2
            ^CAPA-Besprechung, KW {n}
            Abweichung DV-{n}: Der Temperaturlogger im Kühlraum 2 hatte eine Lücke von vierzehn Minuten; Bewertung: keine Auswirkung, Produkt blieb im Bereich.
            Linie 3 stand zweimal, weil der Etikettendrucker die Kalibrierung verlor; Ursache ist ein verschlissener Druckkopf, Ersatz ist bestellt.
            Korrekturmaßnahme: wöchentliche Kalibrierprüfung in die Anfahrcheckliste aufgenommen. Vorbeugung: Ersatzdruckköpfe vor Ort.
            Beim Lieferantenaudit war der Wareneingang sauberer als im Vorjahr; zwei kleinere Feststellungen zur Schädlingskontrolle.
            Schreib den Abweichungsbericht nach unserer Vorlage um: Beschreibung, Sofortmaßnahme, Ursache, CAPA, Wirksamkeitsprüfung.
            Mach aus diesen 5-Why-Notizen ein Ishikawa-Diagramm in Textform.
        """,
        "fr": """
            ^Registre des déviations – usine 2
            ^Revue CAPA, semaine {n}
            Déviation DV-{n} : l'enregistreur de la chambre froide 2 a eu un trou de quatorze minutes ; évaluation d'impact : aucun, le produit est resté dans la plage.
            La ligne 3 s'est arrêtée deux fois car l'imprimante d'étiquettes a perdu son étalonnage ; cause : tête d'impression usée, remplacement commandé.
            Action corrective : contrôle d'étalonnage hebdomadaire ajouté à la check-list de démarrage. Action préventive : têtes de rechange sur site.
            L'audit fournisseur a trouvé la zone de réception plus propre que l'an dernier ; deux écarts mineurs sur les registres de lutte contre les nuisibles.
            Réécris ce rapport selon notre modèle : description, action immédiate, cause racine, CAPA, vérification d'efficacité.
            Transforme ces notes des 5 pourquoi en diagramme d'Ishikawa sous forme de texte.
        """,
        "es": """
            ^Registro de desviaciones – planta 2
            ^Revisión de CAPA, semana {n}
            Desviación DV-{n}: el registrador de temperatura de la cámara 2 tuvo un hueco de catorce minutos; evaluación: sin impacto, el producto siguió en rango.
            La línea 3 paró dos veces porque la impresora de etiquetas perdió la calibración; causa: cabezal gastado, ya hay uno pedido.
            Acción correctiva: comprobación semanal de calibración en la lista de arranque. Acción preventiva: cabezales de repuesto en planta.
            La auditoría al proveedor encontró la zona de recepción más limpia que el año pasado; dos observaciones menores sobre control de plagas.
            Reescribe el informe con nuestra plantilla: descripción, acción inmediata, causa raíz, CAPA, verificación de eficacia.
            Convierte estas notas de los cinco porqués en un diagrama de espina de pescado en texto.
        """,
        "nl": """
            ^Afwijkingenlogboek – fabriek 2
            ^CAPA-overleg, week {n}
            Afwijking DV-{n}: de temperatuurlogger in koelcel 2 had een gat van veertien minuten; impact: geen, het product bleef binnen de grenzen.
            Lijn 3 stond twee keer stil omdat de etiketprinter zijn kalibratie kwijt was; oorzaak is een versleten printkop, vervanging besteld.
            Corrigerende maatregel: wekelijkse kalibratiecontrole toegevoegd aan de opstartchecklist. Preventief: reserveprintkoppen op locatie.
            Bij de leveranciersaudit was de ontvangstruimte schoner dan vorig jaar; twee kleine bevindingen over ongediertebestrijding.
            Herschrijf dit afwijkingsrapport volgens ons sjabloon: beschrijving, directe actie, grondoorzaak, CAPA, effectiviteitscontrole.
            Maak van deze 5-waaromnotities een visgraatdiagram in tekstvorm.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("insurance_claim_file", C, "blind2", min_sentences=3, max_sentences=7, text={
        "en": """
            ^Claim file – motor, bodily injury
            ^Adjuster notes, claim {caseno}
            Claimant {name}, {street}, {city}; reachable on {phone} after 5 pm only.
            {first} suffered a whiplash injury and a fractured wrist; the orthopaedic report expects eight weeks off work.
            This is {first}'s third claim in four years; the earlier two were water damage at the same address.
            The claimant's employer confirmed by e-mail ({email}) that {first} has been on unpaid leave since the accident.
            Reserve set at {amount}; the physiotherapy invoices so far come to {amount2}.
            {first} mentioned a history of depression during the call and asked that it stay out of the file; note it here only for the medical assessor.
            Draft a letter to {name} explaining why the rental car is covered for fourteen days and not thirty.
            Summarise the file for the fraud team in five lines: injuries, previous claims, inconsistencies.
            The repair shop's estimate is {amount}; the vehicle is likely a total loss given its age.
        """,
        "de": """
            ^Schadenakte – Kfz, Personenschaden
            ^Notizen des Schadenregulierers, Schaden {caseno}
            Anspruchsteller {name}, {street}, {city}; erreichbar unter {phone}, nur ab 17 Uhr.
            {first} erlitt ein Schleudertrauma und einen Handgelenksbruch; laut orthopädischem Bericht acht Wochen arbeitsunfähig.
            Es ist der dritte Schaden von {first} in vier Jahren; die ersten beiden waren Leitungswasserschäden an derselben Adresse.
            Der Arbeitgeber bestätigte per Mail ({email}), dass {first} seit dem Unfall unbezahlt freigestellt ist.
            Reserve: {amount}; die bisherigen Physiotherapie-Rechnungen belaufen sich auf {amount2}.
            {first} erwähnte im Telefonat eine frühere Depression und bat, das nicht in die Akte zu schreiben; hier nur für den ärztlichen Gutachter vermerkt.
            Entwirf ein Schreiben an {name}, warum der Mietwagen nur für vierzehn statt dreißig Tage übernommen wird.
            Fasse die Akte für die Betrugsprüfung in fünf Zeilen zusammen.
        """,
        "fr": """
            ^Dossier sinistre – automobile, dommages corporels
            ^Notes du gestionnaire, sinistre {caseno}
            Assuré {name}, {street}, {city} ; joignable au {phone}, uniquement après 17 h.
            {first} souffre d'un coup du lapin et d'une fracture du poignet ; le rapport orthopédique prévoit huit semaines d'arrêt.
            C'est le troisième sinistre de {first} en quatre ans ; les deux premiers étaient des dégâts des eaux à la même adresse.
            L'employeur a confirmé par e-mail ({email}) que {first} est en congé sans solde depuis l'accident.
            Provision fixée à {amount} ; les factures de kinésithérapie atteignent déjà {amount2}.
            Au téléphone, {first} a parlé d'une ancienne dépression et demandé que cela ne figure pas au dossier ; noté ici pour le médecin-conseil uniquement.
            Rédige un courrier à {name} expliquant pourquoi le véhicule de location est pris en charge quatorze jours et non trente.
            Résume le dossier pour la cellule fraude en cinq lignes.
        """,
        "es": """
            ^Expediente de siniestro – autos, daños personales
            ^Notas del tramitador, siniestro {caseno}
            Reclamante {name}, {street}, {city}; localizable en el {phone}, solo a partir de las 17:00.
            {first} sufrió un latigazo cervical y una fractura de muñeca; el informe del traumatólogo prevé ocho semanas de baja.
            Es el tercer siniestro de {first} en cuatro años; los dos anteriores fueron daños por agua en el mismo domicilio.
            La empresa confirmó por correo ({email}) que {first} está en excedencia sin sueldo desde el accidente.
            Reserva fijada en {amount}; las facturas de fisioterapia suman ya {amount2}.
            {first} mencionó en la llamada una depresión anterior y pidió que no constara; se anota aquí solo para el médico valorador.
            Redacta una carta a {name} explicando por qué el coche de sustitución se cubre catorce días y no treinta.
            Resume el expediente para el equipo antifraude en cinco líneas.
        """,
        "nl": """
            ^Schadedossier – motorrijtuigen, letselschade
            ^Notities schadebehandelaar, schade {caseno}
            Benadeelde {name}, {street}, {city}; bereikbaar op {phone}, alleen na 17.00 uur.
            {first} heeft een whiplash en een gebroken pols; volgens het orthopedisch rapport acht weken arbeidsongeschikt.
            Dit is de derde schade van {first} in vier jaar; de eerste twee waren waterschade op hetzelfde adres.
            De werkgever bevestigde per mail ({email}) dat {first} sinds het ongeval onbetaald verlof heeft.
            Reserve vastgesteld op {amount}; de fysiotherapienota's komen tot nu toe op {amount2}.
            {first} noemde aan de telefoon een eerdere depressie en vroeg dat niet in het dossier te zetten; alleen hier vermeld voor de medisch adviseur.
            Schrijf een brief aan {name} waarom de vervangende auto veertien dagen wordt vergoed en niet dertig.
            Vat het dossier in vijf regels samen voor het fraudeteam.
        """,
    }),
    Family("pharmacovigilance_case", C, "blind2", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Adverse event case narrative – follow-up 2
            ^Individual case safety report: narrative draft
            A {n}-year-old woman from {city}, initials {initials}, developed jaundice three weeks after starting the study drug for rheumatoid arthritis.
            Her liver enzymes were eight times the upper limit; the drug was stopped and she was admitted for five days.
            Relevant history: type 2 diabetes, moderate alcohol use, and a previous reaction to a sulfonamide antibiotic.
            The reporter is her rheumatologist, who considers the event probably related; the patient has agreed to be contacted again.
            Outcome: recovering; enzymes were down to twice the limit at the last visit.
            She is also pregnant, about eleven weeks, which she only told the site nurse at the follow-up visit.
            Write the narrative in the order our safety database expects: patient, history, drug, event, treatment, outcome, causality.
            Is this case serious under the regulatory criteria? Tell me which criterion applies and why.
        """,
        "de": """
            ^Fallbericht unerwünschtes Ereignis – Nachmeldung 2
            ^Einzelfallbericht: Entwurf der Fallbeschreibung
            Eine {n}-jährige Patientin aus {city}, Initialen {initials}, bekam drei Wochen nach Beginn der Studienmedikation gegen rheumatoide Arthritis eine Gelbsucht.
            Die Leberwerte lagen beim Achtfachen der Obergrenze; das Präparat wurde abgesetzt, sie lag fünf Tage stationär.
            Relevante Vorgeschichte: Diabetes Typ 2, mäßiger Alkoholkonsum, frühere Reaktion auf ein Sulfonamid.
            Meldende ist ihre Rheumatologin, die einen wahrscheinlichen Zusammenhang sieht; die Patientin ist mit einer erneuten Kontaktaufnahme einverstanden.
            Ausgang: in Besserung; beim letzten Termin nur noch das Doppelte der Obergrenze.
            Sie ist außerdem in der elften Woche schwanger, was sie erst beim Kontrolltermin der Studienschwester gesagt hat.
            Schreib die Fallbeschreibung in der Reihenfolge unserer Sicherheitsdatenbank: Patientin, Vorgeschichte, Präparat, Ereignis, Behandlung, Ausgang, Kausalität.
        """,
        "fr": """
            ^Narratif d'événement indésirable – suivi n° 2
            ^Déclaration individuelle de pharmacovigilance : projet de narratif
            Une patiente de {n} ans, domiciliée à {city}, initiales {initials}, a présenté un ictère trois semaines après le début du traitement à l'étude pour une polyarthrite rhumatoïde.
            Ses transaminases atteignaient huit fois la normale ; le médicament a été arrêté et elle a été hospitalisée cinq jours.
            Antécédents : diabète de type 2, consommation d'alcool modérée, réaction antérieure à un sulfamide.
            Le notificateur est sa rhumatologue, qui juge l'imputabilité probable ; la patiente accepte d'être recontactée.
            Évolution : en cours de guérison ; le dernier bilan est à deux fois la normale.
            Elle est aussi enceinte d'environ onze semaines, ce qu'elle n'a dit qu'à l'infirmière de l'étude lors du suivi.
            Rédige le narratif dans l'ordre de notre base de sécurité : patiente, antécédents, médicament, événement, traitement, évolution, imputabilité.
        """,
        "es": """
            ^Narrativa de acontecimiento adverso – seguimiento 2
            ^Notificación individual de farmacovigilancia: borrador
            Una paciente de {n} años de {city}, iniciales {initials}, presentó ictericia tres semanas después de empezar el fármaco del ensayo para la artritis reumatoide.
            Las transaminasas estaban ocho veces por encima del límite; se retiró el fármaco y estuvo ingresada cinco días.
            Antecedentes: diabetes tipo 2, consumo moderado de alcohol y una reacción previa a una sulfamida.
            Notifica su reumatóloga, que considera la relación probable; la paciente acepta que se la vuelva a contactar.
            Evolución: en recuperación; en la última visita las enzimas estaban al doble del límite.
            Además está embarazada de unas once semanas, algo que solo contó a la enfermera del ensayo en la visita de control.
            Redacta la narrativa en el orden de nuestra base de seguridad: paciente, antecedentes, fármaco, acontecimiento, tratamiento, evolución, causalidad.
        """,
        "nl": """
            ^Casusbeschrijving bijwerking – follow-up 2
            ^Individueel veiligheidsrapport: concept
            Een vrouw van {n} jaar uit {city}, initialen {initials}, kreeg drie weken na de start van het studiegeneesmiddel voor reumatoïde artritis geelzucht.
            Haar leverwaarden waren acht keer de bovengrens; het middel is gestopt en ze lag vijf dagen in het ziekenhuis.
            Relevante voorgeschiedenis: diabetes type 2, matig alcoholgebruik en een eerdere reactie op een sulfonamide.
            Melder is haar reumatoloog, die een verband waarschijnlijk acht; de patiënte wil opnieuw benaderd worden.
            Afloop: herstellende; bij het laatste bezoek nog twee keer de bovengrens.
            Ze is bovendien ongeveer elf weken zwanger, wat ze pas bij het controlebezoek aan de studieverpleegkundige vertelde.
            Schrijf de casus in de volgorde van onze veiligheidsdatabase: patiënt, voorgeschiedenis, middel, voorval, behandeling, afloop, causaliteit.
        """,
    }),
    Family("works_council_consultation", C, "blind2", min_sentences=3, max_sentences=7, text={
        "en": """
            ^Works council consultation – closure of the {city} service centre
            ^Social selection: draft list for the consultation meeting
            Management plans to close the {city} service centre by the end of next year; {n} of the 58 roles go, the rest move to the regional hub.
            In the social selection, {name} scores highest for protection: 24 years of service, three dependent children, and a recognised severe disability.
            {first} {last} is on parental leave until March and cannot be selected before coming back; flag that for the meeting.
            The works council asks why the two team leads were left out of the comparison group; we need an answer that holds up.
            {name2} told their manager in confidence: voluntary departure, if the package includes twelve months' pay. Nobody else knows.
            Severance formula under discussion: 0.8 monthly salaries per year of service, capped at {amount}.
            Write the agenda for Thursday's consultation and list the questions the council is likely to raise.
            Turn the selection notes into a table: name, age, years of service, dependants, disability, score.
        """,
        "de": """
            ^Anhörung des Betriebsrats – Schließung des Servicecenters {city}
            ^Sozialauswahl: Entwurf der Liste für die Beratung
            Die Geschäftsführung will das Servicecenter {city} bis Ende nächsten Jahres schließen; {n} der 58 Stellen fallen weg, der Rest wandert ins Regionalzentrum.
            In der Sozialauswahl ist {name} am stärksten geschützt: 24 Jahre Betriebszugehörigkeit, drei unterhaltsberechtigte Kinder, schwerbehindert mit GdB 60.
            {first} {last} ist bis März in Elternzeit und kann vorher nicht ausgewählt werden; bitte in der Sitzung ansprechen.
            Der Betriebsrat fragt, warum die beiden Teamleitungen nicht in der Vergleichsgruppe sind; wir brauchen eine Antwort, die trägt.
            {name2} hat der Teamleitung unter vier Augen gesagt: freiwilliger Abgang bei zwölf Monatsgehältern Abfindung. Sonst weiß das niemand.
            Diskutierte Abfindungsformel: 0,8 Monatsgehälter pro Beschäftigungsjahr, gedeckelt bei {amount}.
            Schreib die Tagesordnung für die Sitzung am Donnerstag und liste die Fragen, die der Betriebsrat voraussichtlich stellt.
            Mach aus den Notizen zur Sozialauswahl eine Tabelle: Name, Alter, Betriebszugehörigkeit, Unterhaltspflichten, Schwerbehinderung, Punkte.
        """,
        "fr": """
            ^Consultation du CSE – fermeture du centre de services de {city}
            ^Critères d'ordre des licenciements : liste provisoire
            La direction prévoit de fermer le centre de {city} d'ici la fin de l'année prochaine ; {n} des 58 postes sont supprimés, les autres rejoignent le pôle régional.
            Selon les critères d'ordre, {name} est le plus protégé : 24 ans d'ancienneté, trois enfants à charge et une reconnaissance de travailleur handicapé.
            {first} {last} est en congé parental jusqu'en mars ; à signaler lors de la réunion.
            Le CSE demande pourquoi les deux chefs d'équipe ont été exclus de la catégorie professionnelle retenue ; il faut une réponse solide.
            {name2} a confié à son manager être prêt·e à partir volontairement si l'indemnité atteint douze mois de salaire ; personne d'autre ne le sait.
            Formule d'indemnité en discussion : 0,8 mois de salaire par année d'ancienneté, plafonnée à {amount}.
            Rédige l'ordre du jour de la réunion de jeudi et liste les questions que le CSE posera probablement.
        """,
        "es": """
            ^Consulta con el comité de empresa – cierre del centro de servicios de {city}
            ^Criterios de selección: borrador de la lista para el periodo de consultas
            La dirección quiere cerrar el centro de {city} antes de finales del año que viene; se amortizan {n} de los 58 puestos y el resto pasa al centro regional.
            Según los criterios acordados, {name} es quien más protección tiene: 24 años de antigüedad, tres hijos a cargo y una discapacidad reconocida del 45 %.
            {first} {last} está de excedencia por cuidado de hijos hasta marzo; hay que señalarlo en la reunión.
            El comité pregunta por qué los dos jefes de equipo quedaron fuera del grupo de comparación; necesitamos una respuesta que se sostenga.
            {name2} le dijo a su responsable que se acogería a la baja voluntaria si la indemnización llega a doce mensualidades; nadie más lo sabe.
            Fórmula de indemnización en discusión: 0,8 salarios mensuales por año trabajado, con un tope de {amount}.
            Prepara el orden del día de la reunión del jueves y las preguntas que probablemente planteará el comité.
        """,
        "nl": """
            ^Adviesaanvraag ondernemingsraad – sluiting servicecentrum {city}
            ^Afspiegeling: conceptlijst voor het overleg
            De directie wil het servicecentrum in {city} eind volgend jaar sluiten; {n} van de 58 functies vervallen, de rest gaat naar de regionale hub.
            Bij de afspiegeling scoort {name} het hoogst: 24 dienstjaren, drie kinderen ten laste en een erkende arbeidshandicap.
            {first} {last} heeft tot maart ouderschapsverlof; graag in het overleg benoemen.
            De OR vraagt waarom de twee teamleiders buiten de vergelijkingsgroep zijn gelaten; daar moet een sterk antwoord op komen.
            {name2} heeft de leidinggevende onder vier ogen laten weten vrijwillig te vertrekken bij een vergoeding van twaalf maandsalarissen; verder weet niemand het.
            Besproken vergoedingsformule: 0,8 maandsalaris per dienstjaar, gemaximeerd op {amount}.
            Schrijf de agenda voor het overleg van donderdag en zet de vragen op een rij die de OR waarschijnlijk stelt.
        """,
    }),
    Family("pricing_committee_minutes", C, "blind2", min_sentences=3, max_sentences=6, text={
        "en": """
            ^Pricing committee – minutes, not for distribution
            ^Price review {year}: decisions
            Decision: list prices for the service plans go up {pct} on 1 April; customers are told in February, not before.
            The floor discount for {company} stays at 22% because their renewal is due in May and they have a competing offer.
            Sales asked for a 35% exception for a hospital group; approved once, on condition that it is not quoted as a reference price.
            Our gross margin on the hardware bundle is down to 18%; the committee wants it back above 25% by year end.
            Competitor intelligence: they plan to drop their entry plan, so we keep ours at the current price through the summer.
            Write the internal announcement of the new price list for the sales team; the customer letter comes later.
            Summarise the decisions in a table: product, current price, new price, effective date, owner.
            Which accounts would be hit hardest by the increase? Give me the top ten by renewal value from the attached list.
        """,
        "de": """
            ^Preiskommission – Protokoll, nicht zur Weitergabe
            ^Preisrunde {year}: Beschlüsse
            Beschluss: Die Listenpreise der Servicepakete steigen zum 1. April um {pct}; die Kunden erfahren es im Februar, nicht früher.
            Der Mindestrabatt für {company} bleibt bei 22 %, weil ihre Verlängerung im Mai ansteht und ein Konkurrenzangebot vorliegt.
            Der Vertrieb beantragt 35 % Ausnahme für eine Klinikgruppe; einmalig genehmigt, sofern der Preis nie als Referenz genannt wird.
            Die Bruttomarge des Hardware-Bündels liegt nur noch bei 18 %; bis Jahresende soll sie wieder über 25 % liegen.
            Wettbewerbsinfo: Der Mitbewerber will sein Einstiegspaket streichen, also halten wir unseres bis zum Sommer im Preis.
            Schreib die interne Ankündigung der neuen Preisliste für den Vertrieb; das Kundenschreiben folgt später.
            Fasse die Beschlüsse als Tabelle zusammen: Produkt, alter Preis, neuer Preis, gültig ab, verantwortlich.
        """,
        "fr": """
            ^Comité de prix – compte rendu, diffusion restreinte
            ^Révision tarifaire {year} : décisions
            Décision : les prix catalogue des offres de service augmentent de {pct} au 1er avril ; les clients seront informés en février, pas avant.
            La remise plancher de {company} reste à 22 %, car leur renouvellement tombe en mai et ils ont une offre concurrente.
            Les ventes demandent une dérogation à 35 % pour un groupe hospitalier ; accordée une fois, à condition de ne jamais servir de prix de référence.
            La marge brute du pack matériel est tombée à 18 % ; le comité veut la remonter au-dessus de 25 % d'ici la fin de l'année.
            Veille concurrentielle : le concurrent va supprimer son offre d'entrée de gamme, nous maintenons donc notre prix jusqu'à l'été.
            Rédige l'annonce interne de la nouvelle grille tarifaire pour les commerciaux.
        """,
        "es": """
            ^Comité de precios – acta, no distribuir
            ^Revisión de precios {year}: decisiones
            Decisión: los precios de tarifa de los planes de servicio suben un {pct} el 1 de abril; a los clientes se les comunica en febrero, no antes.
            El descuento mínimo de {company} sigue en el 22 % porque renuevan en mayo y tienen una oferta de la competencia.
            Ventas pide una excepción del 35 % para un grupo hospitalario; se aprueba una sola vez y sin que sirva de precio de referencia.
            El margen bruto del paquete de hardware ha bajado al 18 %; el comité quiere volver a superar el 25 % antes de fin de año.
            Información de la competencia: van a retirar su plan básico, así que mantenemos el nuestro al precio actual hasta el verano.
            Redacta el anuncio interno de la nueva tarifa para el equipo comercial.
        """,
        "nl": """
            ^Prijscommissie – notulen, niet verspreiden
            ^Prijsronde {year}: besluiten
            Besluit: de lijstprijzen van de servicepakketten gaan per 1 april {pct} omhoog; klanten horen het in februari, niet eerder.
            De minimumkorting voor {company} blijft 22%, omdat hun verlenging in mei is en ze een concurrerend aanbod hebben.
            Sales vraagt een uitzondering van 35% voor een ziekenhuisgroep; eenmalig goedgekeurd, mits de prijs nooit als referentie wordt genoemd.
            De brutomarge op de hardwarebundel is gezakt naar 18%; de commissie wil eind dit jaar weer boven de 25% zitten.
            Concurrentie-informatie: zij schrappen hun instappakket, dus wij houden het onze tot de zomer op de huidige prijs.
            Schrijf de interne aankondiging van de nieuwe prijslijst voor het salesteam.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("patent_prosecution_counsel", X, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Re: examiner's objection – our valve application
            ^Call notes with our patent attorney
            Our patent attorney reads the examiner's second citation as the real problem: it shows the same spring seat, only in a gas line.
            She advises narrowing claim 1 to the two-stage seal rather than arguing; arguing would cost a year and probably fail.
            Her view is that the narrower claim still covers what {company} is likely to build, because they need the second stage to meet the pressure spec.
            Do not show the prototype at the trade fair until the new application with the test data has been filed; she wants the filing date before the stand opens.
            She thinks two of our inventors' lab notebooks undercut the priority date we claimed, and wants to see them before we reply.
            Summarise her three options for the reply to the office action, with what each gives up.
            Draft an e-mail to {first} in engineering asking for the pressure test results she needs for the amendment, without explaining why.
            Her estimate for the reply and a divisional application is {amount}; is that in line with what we paid last time?
        """,
        "de": """
            ^AW: Beanstandung des Prüfers – unsere Ventilanmeldung
            ^Gesprächsnotiz mit unserer Patentanwältin
            Unsere Patentanwältin hält die zweite Entgegenhaltung des Prüfers für das eigentliche Problem: derselbe Federsitz, nur in einer Gasleitung.
            Sie rät, Anspruch 1 auf die zweistufige Dichtung zu beschränken, statt zu argumentieren; das koste ein Jahr und gehe wahrscheinlich schief.
            Nach ihrer Einschätzung deckt der engere Anspruch immer noch ab, was {company} bauen dürfte, weil sie die zweite Stufe für die Druckvorgabe brauchen.
            Den Prototyp nicht auf der Messe zeigen, bevor die neue Anmeldung mit den Messdaten eingereicht ist; der Anmeldetag soll vor Messebeginn liegen.
            Zwei Laborbücher unserer Erfinder schwächen ihrer Meinung nach den beanspruchten Prioritätstag; sie will sie vor der Erwiderung sehen.
            Fasse ihre drei Optionen für die Antwort auf den Prüfungsbescheid zusammen, jeweils mit dem, was wir dabei aufgeben.
            Entwirf eine Mail an {first} aus der Entwicklung mit der Bitte um die Druckprüfergebnisse, ohne den Grund zu nennen.
            Ihre Schätzung für Erwiderung und Teilanmeldung liegt bei {amount}; passt das zu dem, was wir letztes Mal bezahlt haben?
        """,
        "fr": """
            ^RE : objection de l'examinateur – notre demande sur la vanne
            ^Notes d'appel avec notre conseil en brevets
            Notre conseil en brevets voit dans la deuxième antériorité citée le vrai problème : le même siège de ressort, mais sur une conduite de gaz.
            Elle recommande de restreindre la revendication 1 au joint à deux étages plutôt que d'argumenter ; argumenter prendrait un an et échouerait sans doute.
            Selon elle, la revendication restreinte couvre encore ce que {company} va probablement fabriquer, car ils ont besoin du second étage pour tenir la pression.
            Ne pas montrer le prototype au salon avant le dépôt de la nouvelle demande avec les données d'essai ; elle veut une date de dépôt antérieure à l'ouverture.
            Deux cahiers de laboratoire de nos inventeurs fragilisent à son avis la date de priorité revendiquée ; elle veut les voir avant de répondre.
            Résume ses trois options de réponse à la notification, avec ce que chacune nous fait perdre.
            Rédige un e-mail à {first}, au bureau d'études, pour obtenir les résultats d'essais de pression sans dire pourquoi.
        """,
        "es": """
            ^RE: objeción del examinador – nuestra solicitud de la válvula
            ^Notas de la llamada con nuestra agente de patentes
            Nuestra agente de patentes cree que el problema de verdad es la segunda anterioridad citada: el mismo asiento de muelle, pero en una tubería de gas.
            Aconseja limitar la reivindicación 1 a la junta de dos etapas en lugar de discutir; discutir costaría un año y probablemente no prosperaría.
            A su juicio la reivindicación limitada sigue cubriendo lo que {company} va a fabricar, porque necesitan la segunda etapa para cumplir la presión exigida.
            No enseñéis el prototipo en la feria hasta presentar la nueva solicitud con los datos de ensayo; quiere la fecha de presentación antes de que abra el stand.
            Cree que dos cuadernos de laboratorio de nuestros inventores debilitan la fecha de prioridad reivindicada y quiere verlos antes de contestar.
            Resume sus tres opciones para contestar al suspenso, con lo que perdemos en cada una.
            Redacta un correo a {first}, de ingeniería, pidiendo los resultados de las pruebas de presión sin explicar el motivo.
        """,
        "nl": """
            ^RE: bezwaar van de onderzoeker – onze klepaanvrage
            ^Gespreksnotities met onze octrooigemachtigde
            Onze octrooigemachtigde ziet de tweede tegenwerping van de onderzoeker als het echte probleem: dezelfde veerzitting, alleen in een gasleiding.
            Ze raadt aan conclusie 1 te beperken tot de tweetrapsafdichting in plaats van te argumenteren; dat kost een jaar en mislukt waarschijnlijk.
            Volgens haar dekt de smallere conclusie nog steeds wat {company} gaat bouwen, omdat zij de tweede trap nodig hebben voor de drukeis.
            Het prototype niet op de beurs laten zien voordat de nieuwe aanvrage met testdata is ingediend; de indieningsdatum moet vóór de opening liggen.
            Twee labjournaals van onze uitvinders ondermijnen volgens haar de geclaimde prioriteitsdatum; ze wil die zien voordat we antwoorden.
            Vat haar drie opties voor het antwoord op het bezwaar samen, met wat we bij elke optie opgeven.
            Schrijf een mail aan {first} van engineering om de drukproefresultaten te vragen, zonder te zeggen waarom.
        """,
    }),
    Family("tax_counsel_structuring", X, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Tax advisers' view on the Irish sales hub
            ^Notes from the call with our tax counsel
            Our tax counsel thinks the Irish hub is exposed: the people who negotiate the big contracts sit in {city}, so the authority could argue there is a permanent establishment here.
            Their advice is to move contract signing authority to Dublin formally and to stop the {city} team from sending final prices.
            On transfer pricing they see the 4% service margin as defensible, but not the royalty; they would not rely on last year's benchmark study.
            If the authority opens an audit, they recommend we do not volunteer the board slides from {year}; they describe the hub as "tax-driven".
            They put the realistic exposure at {amount} plus interest, and a worst case at {amount2} if penalties apply.
            Turn their advice into an action list for the CFO with owners and dates.
            Should we ask them for a written opinion now, or is it better to wait until the restructuring is decided? Weigh both.
        """,
        "de": """
            ^Einschätzung der Steuerberater zur irischen Vertriebsgesellschaft
            ^Notizen aus dem Telefonat mit unserem Steueranwalt
            Unser Steueranwalt hält die irische Gesellschaft für angreifbar: Die Leute, die die großen Verträge verhandeln, sitzen in {city}; das Finanzamt könnte eine Betriebsstätte hier annehmen.
            Sein Rat: die Abschlussvollmacht förmlich nach Dublin verlegen und dem Team in {city} verbieten, Endpreise zu verschicken.
            Bei den Verrechnungspreisen hält er die Servicemarge von 4 % für vertretbar, die Lizenzgebühr nicht; auf die Vergleichsstudie vom letzten Jahr würde er sich nicht stützen.
            Kommt es zur Betriebsprüfung, sollen wir die Vorstandsfolien von {year} nicht von uns aus vorlegen; darin heißt die Gesellschaft „steuergetrieben“.
            Realistisch sieht er ein Risiko von {amount} plus Zinsen, im schlechtesten Fall {amount2}, wenn Zuschläge kommen.
            Mach aus seinem Rat eine Maßnahmenliste für den Finanzvorstand mit Verantwortlichen und Terminen.
            Sollen wir jetzt ein schriftliches Gutachten anfordern oder die Entscheidung über die Umstrukturierung abwarten?
        """,
        "fr": """
            ^Avis de nos fiscalistes sur la filiale commerciale irlandaise
            ^Notes de l'appel avec notre avocat fiscaliste
            Notre avocat fiscaliste estime la filiale irlandaise exposée : ceux qui négocient les gros contrats sont à {city}, l'administration pourrait y voir un établissement stable.
            Il conseille de transférer formellement le pouvoir de signature à Dublin et d'interdire à l'équipe de {city} d'envoyer les prix définitifs.
            En prix de transfert, la marge de service de 4 % lui paraît défendable, la redevance non ; il ne s'appuierait pas sur l'étude de comparables de l'an dernier.
            En cas de contrôle, il recommande de ne pas produire spontanément les slides du conseil de {year}, qui qualifient la filiale de « fiscale ».
            Il chiffre le risque réaliste à {amount} plus intérêts, et le pire scénario à {amount2} avec pénalités.
            Transforme ses conseils en plan d'action pour le directeur financier, avec responsables et dates.
        """,
        "es": """
            ^Opinión de nuestros asesores fiscales sobre la filial comercial irlandesa
            ^Notas de la llamada con el abogado fiscalista
            Nuestro abogado fiscalista ve expuesta la filial irlandesa: quienes negocian los grandes contratos están en {city}, y Hacienda podría sostener que hay un establecimiento permanente aquí.
            Aconseja trasladar formalmente los poderes de firma a Dublín y que el equipo de {city} deje de enviar precios finales.
            En precios de transferencia considera defendible el margen de servicios del 4 %, pero no el canon; no se apoyaría en el estudio de comparables del año pasado.
            Si hay inspección, recomienda no aportar por iniciativa propia las diapositivas del consejo de {year}, donde la filial aparece como «de motivación fiscal».
            Cifra el riesgo realista en {amount} más intereses, y el peor caso en {amount2} si hay sanción.
            Convierte su consejo en una lista de acciones para el director financiero con responsables y fechas.
        """,
        "nl": """
            ^Visie van de belastingadviseurs op de Ierse verkoopvennootschap
            ^Aantekeningen van het gesprek met onze fiscalist
            Onze fiscaal advocaat vindt de Ierse vennootschap kwetsbaar: de mensen die de grote contracten onderhandelen zitten in {city}, dus de Belastingdienst kan hier een vaste inrichting zien.
            Zijn advies is de tekenbevoegdheid formeel naar Dublin te verplaatsen en het team in {city} geen eindprijzen meer te laten sturen.
            Wat verrekenprijzen betreft vindt hij de servicemarge van 4% verdedigbaar, de royalty niet; op de benchmarkstudie van vorig jaar zou hij niet bouwen.
            Komt er een boekenonderzoek, dan raadt hij aan de bestuursslides van {year} niet uit eigen beweging te overleggen; daarin heet de vennootschap "fiscaal gedreven".
            Hij schat het reële risico op {amount} plus rente, in het slechtste geval {amount2} met boetes.
            Maak van zijn advies een actielijst voor de CFO met eigenaren en data.
        """,
    }),
    Family("sanctions_counsel_review", X, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Outside counsel on the distributor ownership question
            ^Summary of the sanctions review by our lawyers
            Outside counsel has traced the distributor's shares: a listed individual appears to hold 50% through two holding companies, which would make the distributor itself blocked.
            They advise stopping all deliveries to the distributor at once and freezing the open receivable of {amount}, but not telling the distributor the reason yet.
            In their view the three shipments from last spring probably breached the rules; they recommend a voluntary disclosure to the authority within the next month.
            They want every e-mail between our {city} sales office and the distributor preserved, and nobody in sales should discuss the matter in writing.
            Their assessment: a voluntary disclosure usually halves the penalty, and the authority is more lenient when a company finds the problem itself.
            Prepare the briefing for the audit committee on counsel's findings, in one page, without the names of the individuals involved.
            Which of counsel's recommendations can the order desk carry out this week, and which need the board?
        """,
        "de": """
            ^Einschätzung der externen Anwälte zur Eigentümerstruktur des Händlers
            ^Zusammenfassung der Sanktionsprüfung durch unsere Kanzlei
            Die Kanzlei hat die Anteile des Händlers zurückverfolgt: Eine gelistete Person hält offenbar über zwei Holdings 50 %; damit wäre der Händler selbst erfasst.
            Sie raten, sofort alle Lieferungen zu stoppen und die offene Forderung von {amount} einzufrieren, dem Händler den Grund aber noch nicht zu nennen.
            Nach ihrer Einschätzung haben die drei Lieferungen vom letzten Frühjahr wahrscheinlich gegen die Verordnung verstoßen; sie empfehlen binnen eines Monats eine freiwillige Offenlegung gegenüber dem BAFA.
            Alle Mails zwischen unserem Büro in {city} und dem Händler sind zu sichern; im Vertrieb soll niemand schriftlich darüber sprechen.
            Erfahrungsgemäß halbiert eine freiwillige Offenlegung das Bußgeld, sagen die Anwälte, und die Behörde ist milder, wenn ein Unternehmen das Problem selbst findet.
            Bereite für den Prüfungsausschuss eine Seite zu den Ergebnissen der Kanzlei vor, ohne die Namen der beteiligten Personen.
            Welche Empfehlungen der Anwälte kann der Auftragsdienst diese Woche umsetzen, welche brauchen den Vorstand?
        """,
        "fr": """
            ^Avis de nos avocats sur l'actionnariat du distributeur
            ^Synthèse de l'analyse sanctions réalisée par le cabinet
            Le cabinet a remonté l'actionnariat du distributeur : une personne désignée détiendrait 50 % via deux holdings, ce qui rendrait le distributeur lui-même visé par le gel.
            Ils conseillent de suspendre immédiatement toutes les livraisons et de geler la créance ouverte de {amount}, sans encore en donner la raison au distributeur.
            Selon eux, les trois expéditions du printemps dernier ont probablement enfreint le règlement ; ils recommandent une déclaration spontanée à l'administration d'ici un mois.
            Tous les e-mails entre notre bureau de {city} et le distributeur doivent être conservés, et personne aux ventes ne doit en parler par écrit.
            D'après eux, une déclaration spontanée réduit souvent l'amende de moitié.
            Prépare une note d'une page pour le comité d'audit sur les conclusions du cabinet, sans nommer les personnes en cause.
        """,
        "es": """
            ^Valoración del despacho sobre la propiedad del distribuidor
            ^Resumen de la revisión de sanciones hecha por nuestros abogados
            El despacho ha rastreado el accionariado del distribuidor: una persona incluida en las listas tendría el 50 % a través de dos sociedades, lo que congelaría también al distribuidor.
            Recomiendan parar ya todas las entregas y congelar el saldo pendiente de {amount}, pero sin explicar todavía el motivo al distribuidor.
            A su juicio, los tres envíos de la primavera pasada probablemente infringieron el reglamento; aconsejan una comunicación voluntaria a la autoridad en el plazo de un mes.
            Hay que conservar todos los correos entre nuestra oficina de {city} y el distribuidor, y nadie de ventas debe comentar el asunto por escrito.
            Según los abogados, la comunicación voluntaria suele reducir la multa a la mitad.
            Prepara una página para la comisión de auditoría sobre las conclusiones del despacho, sin nombres de personas.
        """,
        "nl": """
            ^Visie van de advocaten op de eigendomsstructuur van de distributeur
            ^Samenvatting van het sanctieonderzoek door ons kantoor
            Het kantoor heeft de aandelen van de distributeur nagetrokken: een gesanctioneerde persoon houdt via twee holdings kennelijk 50%, waardoor de distributeur zelf bevroren zou zijn.
            Zij adviseren alle leveringen direct te stoppen en de openstaande vordering van {amount} te bevriezen, zonder de distributeur nu al de reden te geven.
            Volgens hen waren de drie zendingen van afgelopen voorjaar waarschijnlijk in strijd met de verordening; ze raden binnen een maand een vrijwillige melding aan.
            Alle mails tussen ons kantoor in {city} en de distributeur moeten bewaard blijven, en niemand bij sales mag er schriftelijk over praten.
            Een vrijwillige melding halveert volgens de advocaten vaak de boete.
            Maak voor de auditcommissie één pagina over de bevindingen van het kantoor, zonder namen van betrokkenen.
        """,
    }),
    Family("dataroom_deal_counsel", X, "blind2", min_sentences=2, max_sentences=6, text={
        "en": """
            ^Privileged & Confidential – prepared at the request of counsel
            ^Project {last}: red-flag findings from deal counsel
            Deal counsel's red flags from the data room: the target's two largest customer contracts have change-of-control clauses that let the customer walk.
            The target has not disclosed the employment claim by its former sales director; counsel found it in the board minutes and wants a specific indemnity.
            Our lawyers recommend lowering the price by {amount} or holding it back in escrow until the tax audit of {year} is closed.
            Counsel doubts the target owns the code its founders wrote before incorporation; they want assignment deeds before signing.
            Draft the questions for the next Q&A round in the data room based on counsel's memo, but do not reveal which issues worry us most.
            Rank counsel's findings by how much they could move the valuation, and say which ones could kill the deal.
            Counsel thinks the eighteen-month warranty period offered is too short to cover the next tax audit.
        """,
        "de": """
            ^Anwaltlich vertraulich – Projekt {last}
            ^Due-Diligence-Befunde der Transaktionsanwälte
            Die Transaktionsanwälte melden aus dem Datenraum: Die zwei größten Kundenverträge der Zielgesellschaft haben Change-of-Control-Klauseln mit Kündigungsrecht.
            Die Klage des früheren Vertriebsleiters wurde nicht offengelegt; die Kanzlei fand sie im Aufsichtsratsprotokoll und will eine spezielle Freistellung.
            Unsere Anwälte empfehlen, den Kaufpreis um {amount} zu senken oder den Betrag bis zum Abschluss der Betriebsprüfung {year} auf ein Treuhandkonto zu legen.
            Die Kanzlei bezweifelt, dass der Zielgesellschaft der vor der Gründung geschriebene Code gehört; vor Signing will sie Übertragungsverträge sehen.
            Formuliere auf Grundlage des Kanzleimemos die Fragen für die nächste Q&A-Runde, ohne zu verraten, was uns am meisten beunruhigt.
            Ordne die Befunde danach, wie stark sie den Kaufpreis bewegen können, und welche den Deal platzen lassen könnten.
        """,
        "fr": """
            ^Confidentiel avocat – projet {last}
            ^Points d'alerte de nos avocats sur la data room
            Points d'alerte des avocats de l'opération : les deux plus gros contrats clients de la cible contiennent une clause de changement de contrôle permettant la résiliation.
            La cible n'a pas déclaré la réclamation de son ancien directeur commercial ; le cabinet l'a trouvée dans les procès-verbaux du conseil et veut une garantie spécifique.
            Nos avocats recommandent de baisser le prix de {amount} ou de le séquestrer jusqu'à la clôture du contrôle fiscal {year}.
            Le cabinet doute que la cible détienne le code écrit par ses fondateurs avant la création ; il exige des actes de cession avant la signature.
            Rédige les questions du prochain tour de Q&R de la data room à partir du mémo, sans révéler ce qui nous inquiète le plus.
            Le cabinet juge la garantie de passif proposée trop courte : dix-huit mois ne couvrent pas le prochain contrôle fiscal.
        """,
        "es": """
            ^Confidencial abogado-cliente – proyecto {last}
            ^Alertas de los abogados de la operación sobre el data room
            Alertas de los abogados de la operación: los dos mayores contratos de clientes de la sociedad objetivo tienen cláusulas de cambio de control que permiten resolverlos.
            No se ha revelado la reclamación del antiguo director comercial; el despacho la encontró en las actas del consejo y pide una indemnidad específica.
            Nuestros abogados recomiendan rebajar el precio en {amount} o retenerlo en depósito hasta que termine la inspección fiscal de {year}.
            El despacho duda de que la sociedad sea titular del código que escribieron los fundadores antes de constituirla; quiere contratos de cesión antes de firmar.
            Redacta las preguntas de la próxima ronda del data room a partir del memorando, sin dejar ver qué nos preocupa más.
            El despacho considera corta la garantía ofrecida: dieciocho meses no cubren la próxima inspección fiscal.
        """,
        "nl": """
            ^Vertrouwelijk advocaat-cliënt – project {last}
            ^Rode vlaggen van de transactieadvocaten uit de dataroom
            De transactieadvocaten melden uit de dataroom: de twee grootste klantcontracten van de doelvennootschap hebben een change-of-controlbepaling met opzegrecht.
            De claim van de voormalige salesdirecteur is niet gemeld; het kantoor vond hem in de notulen van de raad van commissarissen en wil een specifieke vrijwaring.
            Onze advocaten raden aan de prijs met {amount} te verlagen of in escrow te houden tot het boekenonderzoek over {year} is afgerond.
            Het kantoor betwijfelt of de doelvennootschap eigenaar is van de code die de oprichters vóór de oprichting schreven; het wil akten van overdracht vóór ondertekening.
            Stel op basis van het memo de vragen voor de volgende Q&A-ronde op, zonder te laten merken wat ons het meest zorgen baart.
            Het kantoor vindt de aangeboden garantietermijn te kort: achttien maanden dekken het volgende boekenonderzoek niet.
        """,
    }),
)

MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "pharmacovigilance_case", "works_council_consultation", "pricing_committee_minutes",
    "patent_prosecution_counsel", "tax_counsel_structuring", "sanctions_counsel_review",
)

"""The `blind` held-out split: template families written blind, read once per shipped model.

Written on 24 November 2026, after model 3 shipped, by an engineer who had not developed
the model: no model scored these texts while they were written, and no score of them was
looked at. Only the deterministic detectors (`Classifier()` without a model) were run on
them, to check the ground truth: that a harmless text carries no real-looking value, and
that the model-marginal families give the detectors nothing. The families come from a
list of what CRM and enterprise LLM integrations send; the writer had read the generator
and a sample of its families to know what it already produced, and paraphrases none of
their templates. They cover everyday requests that have nothing to do with CRM or law (a
coding question, cooking and fitness, a table of public data, a marketing blurb to
translate), public text that uses the vocabulary of privilege and settlements
generically, retrospectives, OKR drafts and migration plans, salary negotiations and
customers who reveal their health or finances, and counsel's advice in several forms and
languages, some of it without a single marker phrase.

Protocol: the split is never trained on, calibrated on or used to choose anything. Its
figures are read once per shipped model, after that model's choices are final, and are
reported as they are. Once a model has been changed because of what this split showed,
the split is no longer blind for the next one: write a new one.

`MODEL_MARGINAL_FAMILIES` are the sensitive families whose texts no detector can see
(no marker phrase, no validated value): only the model can label them.
"""

from __future__ import annotations

from classifier.classification import Label
from classifier.data.families import Family

P, I, C, X = Label.PUBLIC, Label.INTERNAL, Label.CONFIDENTIAL, Label.PRIVILEGED

BLIND_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    Family("bar_exam_flashcards", P, "blind", hard_negative=True, text={
        "en": """
            ^Bar prep – Evidence, flashcard set 4
            ^MBE review: privilege and work product
            Card 12. Q: A client tells her lawyer in a crowded elevator that she forged the invoice. Privileged? A: Probably not; she had no reasonable expectation of confidentiality.
            Card 13. Q: Does the crime-fraud exception reach advice about past conduct? A: No, only advice sought to further a future or ongoing crime or fraud.
            Mnemonic for work product: "anticipation, not ordinary course" – documents made because litigation was expected.
            Remember: facts are never privileged, only the communication about them.
            Make me ten more cards like these, mixing spousal privilege and the physician-patient rule.
            Q: Is an offer to compromise a disputed claim admissible to prove liability under FRE 408? A: No, though it may be offered for another purpose such as bias.
            Quiz me on these one at a time and tell me when my reasoning goes wrong.
            Explain in plain words why a confidential memo to the company's lawyer can lose its protection once it is shared with a PR agency.
            Q: Who holds the privilege, the lawyer or the client? A: The client; only the client can waive it.
            I keep mixing up the Upjohn test and the control-group test. Give me a table comparing them.
            Q: Does stamping "attorney work product" on a memo make it protected? A: No; what counts is why and when the document was made.
            My exam is in nine days. Build a revision schedule that leaves Sundays free.
        """,
        "de": """
            ^Examensvorbereitung Strafprozessrecht – Karteikarten
            ^Wiederholung: Zeugnisverweigerungsrechte und Beschlagnahmeverbote
            Karte 7: Darf die Staatsanwaltschaft Verteidigerpost beim Beschuldigten beschlagnahmen? Antwort: Nein, § 97 StPO schützt sie.
            Karte 8: Wer kann den Rechtsanwalt von der Schweigepflicht entbinden? Antwort: Nur der Mandant.
            Merksatz: Tatsachen sind nie geschützt, nur die vertrauliche Kommunikation darüber.
            Frag mich die Karten einzeln ab und sag mir, wenn meine Begründung nicht trägt.
            Erstelle zehn weitere Karten zum Zeugnisverweigerungsrecht von Ärzten und Geistlichen.
            Warum verliert ein Gutachten für die Rechtsabteilung seinen Schutz, wenn es an eine PR-Agentur geht? Bitte in einfachen Worten.
            Fallfrage für die Arbeitsgemeinschaft: Ein Mandant erzählt im vollen Aufzug von einer gefälschten Rechnung. Ist das geschützt?
            Welche Rolle spielt die Verschwiegenheitspflicht nach § 43a BRAO typischerweise in der mündlichen Prüfung?
            Lernplan bis zur Klausur: montags Beweisrecht, mittwochs Berufsrecht, freitags eine Probeklausur.
            Ich verwechsle ständig § 53 und § 97 StPO. Mach mir eine Gegenüberstellung als Tabelle.
            Karte 9: Macht der Stempel „anwaltlich vertraulich“ ein Dokument beschlagnahmefrei? Antwort: Nein, es kommt auf Inhalt und Gewahrsam an.
        """,
        "es": """
            ^Máster de acceso a la abogacía – fichas de repaso
            ^Repaso de deontología: secreto profesional
            Ficha 5. P: ¿Puede el juez obligar al abogado a declarar sobre lo que le contó su cliente? R: No, el deber de secreto se lo impide.
            Ficha 6. P: ¿Quién puede liberar al abogado del secreto? R: En principio el cliente, aunque el código deontológico es muy estricto.
            Regla para memorizar: los hechos no están protegidos, solo las comunicaciones confidenciales sobre ellos.
            Hazme las preguntas de una en una y corrígeme cuando el razonamiento falle.
            Prepara diez fichas más sobre el secreto médico y el de los periodistas.
            ¿Por qué un informe enviado a una agencia de comunicación puede perder su carácter confidencial? Explícalo de forma sencilla.
            Caso práctico: un cliente confiesa en un ascensor lleno que falsificó una factura. ¿Está protegido?
            Calendario de estudio hasta el examen: lunes deontología, miércoles procesal, viernes simulacro.
            Compárame en una tabla la confidencialidad pactada en un contrato y el secreto profesional.
            Ficha 7. P: ¿Basta con escribir «confidencial abogado-cliente» en un correo para protegerlo? R: No, importan el contenido y el destinatario.
        """,
    }),
    Family("dispute_resolved_update", P, "blind", hard_negative=True, text={
        "en": """
            ^Investor FAQ – update on the distributor dispute
            ^An update for our customers
            Q: Is the dispute with our former distributor over? A: Yes. Both sides signed an agreement and the case before {court} has been dismissed.
            Q: Will the settlement affect this year's guidance? A: No; the amount was provisioned last year and is disclosed in note 14 of the annual report.
            Many of you followed the case, so here is what changed and what did not.
            Your contracts, prices and support contacts stay exactly as they are.
            The terms are confidential, as is usual in commercial disputes, but the outcome is not.
            We have also reviewed how we work with resellers, so that a disagreement like this one gets resolved earlier next time.
            Please rewrite this statement for our website in a warmer tone, under 150 words.
            Shorten the FAQ to three questions for the investor relations page.
            {company} thanks its customers for their patience while the matter was open.
        """,
        "fr": """
            ^FAQ investisseurs – fin du litige avec notre ancien distributeur
            ^Un point pour nos clients
            Q : Le différend avec notre ancien distributeur est-il clos ? R : Oui, un accord a été signé et l'affaire portée devant {court} a été radiée.
            Q : L'accord pèse-t-il sur nos prévisions ? R : Non, le montant était provisionné et figure à la note 14 du rapport annuel.
            Les termes de l'accord restent confidentiels, comme souvent en matière commerciale, mais son issue est publique.
            Vos contrats, vos tarifs et vos interlocuteurs ne changent pas.
            Nous avons revu nos règles de travail avec les revendeurs pour régler plus tôt ce type de désaccord.
            Réécris ce texte pour notre site, sur un ton plus chaleureux, en moins de 150 mots.
            Réduis la FAQ à trois questions pour la page relations investisseurs.
            Beaucoup d'entre vous ont suivi l'affaire ; voici ce qui change et ce qui ne change pas.
            {company} remercie ses clients pour leur patience pendant toute la procédure.
        """,
        "nl": """
            ^Vragen van beleggers – geschil met voormalige distributeur afgerond
            ^Een update voor onze klanten
            V: Is het geschil met onze voormalige distributeur voorbij? A: Ja, beide partijen hebben getekend en de zaak bij {court} is doorgehaald.
            V: Heeft de regeling invloed op de verwachtingen voor dit jaar? A: Nee, het bedrag was al voorzien en staat in toelichting 14 van het jaarverslag.
            De inhoud van de afspraken blijft vertrouwelijk, zoals gebruikelijk bij zakelijke geschillen; de uitkomst niet.
            Uw contracten, prijzen en vaste contactpersonen blijven gewoon hetzelfde.
            We hebben onze werkwijze met wederverkopers herzien, zodat zo'n meningsverschil voortaan eerder wordt opgelost.
            Herschrijf deze verklaring voor onze website, hartelijker van toon en korter dan 150 woorden.
            Breng de vragenlijst terug tot drie vragen voor de beleggerspagina.
            Velen van u hebben de zaak gevolgd; hieronder leest u wat er verandert en wat niet.
            {company} dankt haar klanten voor hun geduld zolang de zaak liep.
        """,
    }),
    Family("confidentiality_clause_template", P, "blind", hard_negative=True, text={
        "en": """
            ^TEMPLATE – Mutual Confidentiality Clause (legal library, v3)
            ^Clause [NUMBER] – Confidentiality
            "Confidential Information" means any information disclosed by {ph} to {ph} that is marked confidential or would reasonably be understood to be confidential.
            The Receiving Party shall not disclose Confidential Information to any third party without the prior written consent of [DISCLOSING PARTY].
            These obligations survive termination of this Agreement for [NUMBER] years.
            They do not apply to information that is or becomes public other than through a breach by the Receiving Party.
            Nothing in this clause prevents a party from disclosing information to its legal advisers under a duty of confidence.
            Drafting note: choose Option A (one-way) or Option B (mutual) and delete the other.
            Can you make this clause mutual and add a carve-out for disclosures required by law?
            Turn this template into plain English for the sales team's FAQ; keep the placeholders.
            Is [NUMBER] years typical for the survival period? Suggest a sensible default.
            Signed for and on behalf of {ph} by [NAME], [TITLE], on {ph}.
            The existence and terms of any settlement agreement between the parties are Confidential Information.
        """,
        "de": """
            ^MUSTER – Geheimhaltungsklausel (Textbaustein, Stand [DATUM])
            ^§ [X] Vertraulichkeit
            „Vertrauliche Informationen“ sind alle Informationen, die {ph} der {ph} offenlegt und die als vertraulich gekennzeichnet sind.
            Der Empfänger darf vertrauliche Informationen ohne vorherige schriftliche Zustimmung von [OFFENLEGENDE PARTEI] nicht an Dritte weitergeben.
            Die Pflichten bestehen über das Vertragsende hinaus für [ANZAHL] Jahre fort.
            Ausgenommen sind Informationen, die ohne Verschulden des Empfängers öffentlich bekannt sind oder werden.
            Die Weitergabe an Berater, die selbst zur Verschwiegenheit verpflichtet sind, bleibt zulässig.
            Bearbeitungshinweis: Variante A (einseitig) oder Variante B (gegenseitig) wählen und die andere löschen.
            Formuliere die Klausel gegenseitig und ergänze eine Ausnahme für gesetzliche Offenlegungspflichten.
            Erkläre den Baustein in einfacher Sprache für das Vertriebsteam; die Platzhalter bitte stehen lassen.
            Sind [ANZAHL] Jahre Nachwirkung üblich? Schlag einen vernünftigen Standardwert vor.
            Ort, Datum: {ph} – Unterschrift: ________________
            Auch Inhalt und Bestehen eines etwaigen Vergleichsangebots zwischen den Parteien gelten als vertrauliche Informationen.
        """,
        "es": """
            ^PLANTILLA – Cláusula de confidencialidad (biblioteca de modelos)
            ^Cláusula [NÚMERO]. Confidencialidad
            Se entenderá por "Información Confidencial" toda información que {ph} revele a {ph} y que esté marcada como confidencial.
            La Parte Receptora no revelará Información Confidencial a terceros sin el consentimiento previo y por escrito de [PARTE REVELADORA].
            Estas obligaciones subsistirán durante [NÚMERO] años tras la terminación del contrato.
            No se considerará confidencial la información que sea o llegue a ser pública sin incumplimiento de la Parte Receptora.
            Nota de redacción: elegir la opción A (unilateral) o la B (mutua) y borrar la otra.
            ¿Puedes hacer la cláusula recíproca y añadir una excepción para las revelaciones exigidas por ley?
            Explica esta plantilla con palabras sencillas para el equipo comercial, sin tocar los marcadores.
            ¿Son habituales [NÚMERO] años de vigencia tras el fin del contrato? Propón un valor por defecto.
            Firmado en nombre de {ph} por [NOMBRE], [CARGO], a {ph}.
            La existencia y los términos de cualquier acuerdo transaccional entre las partes tendrán la consideración de Información Confidencial.
        """,
    }),
    Family("code_snippet_question", P, "blind", min_sentences=1, max_sentences=2, text={
        "en": """
            Why does `sorted(items, key=lambda x: x[1], reverse=True)[:3]` return only two rows when the list has five?
            My pandas line `df.groupby("region")["sales"].mean().round(2)` gives NaN for one group; the column has a few empty strings. What's going on?
            How do I turn `for i in range(len(names)): print(i, names[i])` into something more Pythonic?
            This query is slow: `SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > NOW() - INTERVAL '30 days' ORDER BY o.total DESC;` Which index would help?
            In TypeScript, why does `const total = items.reduce((a, b) => a + b.price, 0)` complain that `b` is possibly undefined?
            Write a bash one-liner that counts the lines of every `*.md` file under `docs/` and prints the top five.
            Rust says "borrowed value does not live long enough" for `let first = &v[0]; v.push(4);` – explain it like I'm new to the borrow checker.
            Rewrite as a list comprehension: `result = []` and then `for x in data: if x % 2 == 0: result.append(x * x)`.
            What's the difference between `git rebase -i HEAD~3` and `git reset --soft HEAD~3` for squashing my last commits?
            Add type hints to `def merge(a, b): return {{**a, **b}}` and explain what `**` does there.
            Is `useEffect(() => {{ fetchData() }}, [])` still the right way to load data once in React?
            My regex `^\\d{{4}}-\\d{{2}}-\\d{{2}}$` accepts 2023-13-45. How do I reject impossible months?
        """,
        "de": """
            Warum gibt `print(0.1 + 0.2 == 0.3)` in Python False aus, und wie vergleiche ich Gleitkommazahlen richtig?
            Mein Dockerfile baut jedes Mal alles neu, obwohl sich nur `app.py` ändert: `COPY . /app` steht vor `RUN pip install -r requirements.txt`. Was mache ich falsch?
            Wie schreibe ich `if x is not None and len(x) > 0:` kürzer, ohne dass leere Listen durchrutschen?
            Erkläre den Unterschied zwischen `let`, `const` und `var` in JavaScript an einem kurzen Beispiel.
            Diese Abfrage zählt doppelt: `SELECT kunde, COUNT(*) FROM bestellungen b JOIN positionen p ON p.bestell_id = b.id GROUP BY kunde;` Wie zähle ich nur Bestellungen?
            Schreib mir eine Python-Funktion, die eine CSV-Datei einliest und die Spalte `preis` summiert, mit Fehlerbehandlung für leere Zellen.
            Was bedeutet `TypeError: 'NoneType' object is not subscriptable` in der Zeile `name = user["name"]`?
            Wie entferne ich eine versehentlich committete Datei aus der Git-Historie, ohne die anderen Änderungen zu verlieren?
            Ist `liste.sort()` oder `sorted(liste)` schneller, wenn ich die ursprüngliche Liste nicht mehr brauche?
            Mein Bash-Skript bricht bei Dateinamen mit Leerzeichen ab: `for f in $(ls *.txt); do wc -l $f; done`. Wie macht man das richtig?
            Erkläre mir die O-Notation anhand von zwei verschachtelten Schleifen über dieselbe Liste.
        """,
        "fr": """
            Pourquoi `[[0] * 3] * 3` me donne une grille où modifier une case change toute la colonne ?
            Comment lire un fichier JSON de 2 Go en Python sans tout charger en mémoire ?
            Ma requête `UPDATE produits SET prix = prix * 1.1 WHERE categorie = 'livres'` n'a touché aucune ligne ; la colonne contient 'Livres'. Que faire ?
            Explique-moi la différence entre `async def` et un thread classique, avec un petit exemple.
            En CSS, pourquoi `margin: 0 auto;` ne centre pas mon bouton ?
            Écris un test pytest pour une fonction `slugify(titre)` qui enlève les accents et remplace les espaces par des tirets.
            Que signifie `IndentationError: unexpected indent` alors que tout semble aligné dans mon éditeur ?
            Comment annuler le dernier commit poussé sur une branche partagée sans réécrire l'historique ?
            Transforme cette boucle en compréhension de dictionnaire : `d = {{}}` puis `for k, v in paires: d[k] = v.strip()`.
            Quelle est la complexité de `x in ma_liste` comparée à `x in mon_ensemble` ?
            Mon script Node plante avec `ECONNREFUSED` sur le port 5432 alors que Postgres tourne dans Docker. Une idée ?
        """,
    }),
    Family("kitchen_and_fitness", P, "blind", min_sentences=1, max_sentences=3, text={
        "en": """
            I have chickpeas, spinach, half a lemon and some feta. What can I cook in 20 minutes?
            Give me a four-week plan to go from zero to running 5 km, three sessions a week.
            How long should a roast chicken rest before carving, and why?
            Swap the butter in this banana bread for something dairy-free without making it dry.
            My sourdough starter smells like nail polish remover. Is it dead?
            Suggest a 30-minute bodyweight workout I can do in a hotel room, no equipment.
            Scale this recipe from 4 to 10 servings and convert cups to grams: 2 cups flour, 1 cup sugar, 3/4 cup milk.
            What's a high-protein vegetarian breakfast that isn't eggs?
            I pulled something in my calf during squats; should I stretch it or rest it?
            Write a shopping list for a week of simple dinners for two, mostly vegetables, around 60 euros.
            Is it fine to do the same full-body routine every day, or do muscles need a day off?
        """,
        "es": """
            Tengo garbanzos, espinacas, medio limón y un poco de queso feta. ¿Qué puedo cocinar en veinte minutos?
            Dame un plan de cuatro semanas para pasar de no correr nada a hacer 5 km, tres días por semana.
            ¿Cuánto tiempo hay que dejar reposar la paella antes de servirla?
            Quiero una tortilla de patatas jugosa: ¿con o sin cebolla, y cuánto aceite?
            Propón una rutina de 25 minutos con el peso del cuerpo para hacer en casa, sin material.
            Adapta esta receta de 4 a 10 raciones: 300 g de arroz, 1 litro de caldo, 2 pimientos.
            ¿Qué desayuno vegetariano con bastante proteína me recomiendas que no sea huevo?
            Me duele la rodilla al bajar escaleras después del gimnasio; ¿descanso o sigo entrenando suave?
            Haz una lista de la compra para una semana de cenas sencillas para dos personas.
            ¿Es malo hacer abdominales todos los días?
            Tengo que hacer un gazpacho sin pepino porque a mi hija no le gusta; ¿cómo compenso el sabor?
        """,
        "nl": """
            Ik heb kikkererwten, spinazie, een halve citroen en wat feta. Wat kan ik in twintig minuten koken?
            Maak een schema van vier weken om van niets naar 5 km hardlopen te gaan, drie keer per week.
            Hoe maak ik boerenkoolstamppot die niet waterig wordt?
            Kun je dit appeltaartrecept omrekenen van een springvorm van 24 naar 28 cm?
            Geef me een training van een half uur met eigen lichaamsgewicht, voor in een hotelkamer.
            Welk eiwitrijk ontbijt zonder ei past bij een vegetarisch dieet?
            Mijn zuurdesemstarter ruikt naar nagellakremover; is hij dood?
            Ik fiets elke dag 15 km naar mijn werk; moet ik daarnaast nog aan krachttraining doen?
            Schrijf een boodschappenlijst voor een week eenvoudige avondmaaltijden voor twee personen.
            Hoe lang moet een kip rusten na het braden, en waarom?
            Is het slim om elke dag dezelfde oefeningen te doen, of heeft een spier rust nodig?
        """,
    }),
    Family("public_data_table", P, "blind", min_sentences=1, max_sentences=3, text={
        "en": """
            Here is a CSV from the city's open data portal: `year,bike_trips_millions` / `2019,4.2` / `2020,3.1` / `2021,3.9` / `2022,4.8`. Describe the trend in two sentences.
            Pasted from Wikipedia, columns planet;moons;diameter_km: Mercury;0;4879 Venus;0;12104 Earth;1;12742 Mars;2;6779. Sort by diameter and make a markdown table.
            In Excel, column A has country names and column B the 2023 population in millions. Which formula gives each country's share of the total?
            I have a spreadsheet of public holidays per country (country, date, name). How do I count holidays per month with a pivot table?
            From this public data – country,gdp_growth_2023: Spain,2.5 / Italy,0.9 / Germany,-0.3 / Netherlands,0.1 – which grew fastest and which shrank?
            Clean up this CSV header: `Country Name , Year ,  Value (%)` should become snake_case without spaces.
            Which chart type fits monthly average temperatures for Oslo, Rome and Madrid side by side?
            Write a Google Sheets formula that flags rows where column C (rainfall_mm) is above the column average.
            Top five finishing times from last year's published marathon results: 2:05:41, 2:06:12, 2:06:30, 2:07:03, 2:07:55. What's the mean?
            Merge these two public tables on `iso_code` and tell me which countries are missing from the second one.
            Convert to JSON: name,height_m – Eiffel Tower,330 – Big Ben,96 – Atomium,102.
        """,
        "fr": """
            Voici un CSV du portail open data de la ville : `annee,locations_velo_millions` / `2019,4.2` / `2020,3.1` / `2021,3.9`. Décris la tendance en deux phrases.
            Dans mon tableur, la colonne A contient les régions et la colonne B la population 2022. Quelle formule donne la part de chaque région ?
            J'ai un tableau des jours fériés par pays (pays, date, nom). Comment les compter par mois avec un tableau croisé dynamique ?
            Chiffres publics arrondis, colonnes ville;habitants : Lyon;522000 Marseille;873000 Toulouse;504000. Trie-les et fais un tableau markdown.
            Nettoie cet en-tête CSV : `Nom du pays ; Année ;  Valeur (%)` doit devenir du snake_case sans espaces.
            Quel type de graphique pour comparer les températures moyennes mensuelles de Brest, Lyon et Nice ?
            Écris une formule qui met en évidence les lignes où la colonne C (pluie_mm) dépasse la moyenne de la colonne.
            Convertis en JSON : nom,hauteur_m – tour Eiffel,330 – Arc de triomphe,50 – Sacré-Cœur,83.
            Fusionne ces deux tableaux publics sur la colonne `code_iso` et dis-moi quels pays manquent dans le second.
            Fréquentation publiée des musées : Louvre 8,9 M, Orsay 3,9 M, Pompidou 2,7 M. Calcule la moyenne et l'écart de chacun.
        """,
        "de": """
            Hier ein CSV vom Open-Data-Portal der Stadt: `jahr,leihrad_fahrten_mio` / `2019,4.2` / `2020,3.1` / `2021,3.9`. Beschreibe den Verlauf in zwei Sätzen.
            In meiner Tabelle steht in Spalte A das Bundesland und in Spalte B die Einwohnerzahl 2022. Mit welcher Formel bekomme ich den Anteil je Land?
            Öffentliche Zahlen, Spalten stadt;einwohner: Berlin;3755000 Hamburg;1892000 München;1512000 Köln;1084000. Bitte sortieren und als Markdown-Tabelle ausgeben.
            Wie zähle ich in einer Pivot-Tabelle die Feiertage pro Monat, wenn ich Land, Datum und Name als Spalten habe?
            Bereinige diese CSV-Kopfzeile: `Land Name ; Jahr ;  Wert (%)` soll snake_case ohne Leerzeichen werden.
            Welcher Diagrammtyp eignet sich, um die Monatsmittel der Temperatur von Kiel, Köln und Konstanz zu vergleichen?
            Schreib eine Formel, die Zeilen markiert, in denen Spalte C (niederschlag_mm) über dem Spaltenmittel liegt.
            Wandle in JSON um: name,hoehe_m – Kölner Dom,157 – Berliner Fernsehturm,368 – Zugspitze,2962.
            Füge diese zwei öffentlichen Tabellen über die Spalte `iso_code` zusammen und sag mir, welche Länder in der zweiten fehlen.
            Die Bundesliga-Tabelle als CSV: verein,punkte,tore – Leverkusen,90,89 – Stuttgart,73,78 – München,72,94. Wer holt die meisten Tore pro Punkt?
        """,
    }),
    Family("blurb_translation", P, "blind", min_sentences=1, max_sentences=3, text={
        "en": """
            Translate into Spanish, keep it punchy: "Meet the kettle that remembers your perfect temperature. Boils in 90 seconds, whispers instead of whistles."
            Can you put this into natural German for our online shop? "Hand-stitched leather, built to outlast every trend."
            Please translate this tagline into French and give me two alternatives: "Your weekend starts at the trailhead."
            Our bakery's Instagram caption needs a Dutch version: "Fresh from the oven at 7, gone by noon. Come early!"
            Translate the product description and keep the line breaks: "Waterproof to 50 m. Solar charging. A strap you'll forget you're wearing."
            Turn this slogan into Italian, and tell me whether the pun survives: "Tea-riffic mornings start here."
            I need the newsletter headline in Spanish and Dutch: "Summer sale: up to 40% off garden furniture, this week only."
            Localise this app-store blurb for Germany instead of translating it literally: "Track your steps, sleep and mood in one place."
            Is "Game-changing comfort" too American for a British audience? Suggest something that also translates well.
            Translate for the Mexican market, informal tone: "Your new favourite sneakers just dropped."
            Leave the brand name as it is: "Lumo lamps turn any corner into a reading nook."
        """,
        "es": """
            Traduce al inglés manteniendo el ritmo: "La cafetera que recuerda cómo te gusta el café. Lista en 90 segundos."
            ¿Puedes pasar este eslogan al francés con dos alternativas? "Tu fin de semana empieza en el sendero."
            Necesito la versión en alemán de este texto para la tienda online: "Cuero cosido a mano, hecho para durar más que cualquier moda."
            Traduce el titular del boletín al inglés y al neerlandés: "Rebajas de verano: hasta un 40 % en muebles de jardín, solo esta semana."
            Adapta, no traduzcas literalmente, esta descripción para el mercado británico: "Mide tus pasos, tu sueño y tu ánimo en un solo lugar."
            Revisa mi traducción al inglés: "Discover our new collection of fair trade coffees, hand roasted in Valencia."
            El nombre de la marca no se traduce: "Las lámparas Lumo convierten cualquier rincón en un sitio para leer." Pásalo al portugués.
            Para el Instagram de la panadería, en catalán: "Recién salido del horno a las 7, agotado a mediodía. ¡Ven pronto!"
            ¿"Comodidad que lo cambia todo" queda bien en inglés como "Game-changing comfort"? Dame otras opciones.
            Traduce la ficha de producto sin perder los saltos de línea: "Sumergible hasta 50 m. Carga solar. Una correa que olvidarás que llevas."
            Quiero el lema en italiano y dime si el juego de palabras sobrevive: "Té-rrible de bueno."
        """,
        "nl": """
            Vertaal naar het Engels en houd het kort en krachtig: "De waterkoker die onthoudt hoe warm jij je thee wilt."
            Kun je deze slogan in het Frans zetten, met twee alternatieven? "Je weekend begint bij het startpunt van de route."
            Onze bakker wil een Duitse versie van dit bijschrift: "Om zeven uur vers uit de oven, om twaalf uur op."
            Vertaal de kop van de nieuwsbrief naar het Spaans: "Zomeruitverkoop: tot 40% korting op tuinmeubelen, alleen deze week."
            Lokaliseer deze app-omschrijving voor Vlaanderen in plaats van letterlijk te vertalen: "Houd je stappen, slaap en humeur bij op één plek."
            Controleer mijn Engelse versie: "Discover our new range of fair-trade coffee, roasted by hand in Utrecht."
            Laat de merknaam staan: "Met Lumo-lampen wordt elke hoek een leeshoek." Vertaal naar het Engels en het Duits.
            Vertaal de productbeschrijving en behoud de regels: "Waterdicht tot 50 m. Laadt op met zonlicht. Een band die je vergeet."
            Klinkt "Comfort dat alles verandert" niet te stijf? Geef een betere Nederlandse versie van "Game-changing comfort".
            Maak hier een Engelse tagline van voor onze fietsenwinkel: "Harder dan de wind, zachter dan je zadel."
            Vertaal deze Instagramtekst informeel naar het Engels: "Je nieuwe favoriete sneakers zijn binnen!"
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("sprint_retro", I, "blind", text={
        "en": """
            ^Retro – sprint {n}, team Falcon
            ^Sprint {n} retrospective notes
            Went well: the new PR template cut review time, and nobody was paged at night this sprint.
            Didn't go well: three stories sat blocked on the design handoff for a week.
            We carried over {n} points again; let's stop pulling work in mid-sprint without dropping something.
            Action: {first} sets up a 15-minute design sync every Tuesday; {first2} owns the flaky end-to-end tests.
            Start: pairing on bigger tickets. Stop: Friday deploys. Continue: demoing to support before each release.
            Mood check averaged 3.4 out of 5, down from 3.9.
            Can you cluster these sticky notes into themes and propose three action items?
            Turn the retro board into a short summary for the engineering manager.
            Staging was down for two days and nobody owned it; we need a rota.
            Velocity chart attached; explain the dip without blaming anyone.
        """,
        "de": """
            ^Retro Sprint {n} – Team Kranich
            ^Notizen zur Sprint-Retrospektive
            Lief gut: Code-Reviews gehen dank der neuen Vorlage schneller, und es gab keine nächtlichen Alarme.
            Lief schlecht: drei Stories hingen eine Woche an der Übergabe vom Design.
            Wir haben schon wieder {n} Punkte mitgeschleppt; nichts mehr mitten im Sprint reinziehen, ohne etwas anderes rauszunehmen.
            Maßnahme: {first} richtet dienstags einen 15-minütigen Design-Abgleich ein; die wackeligen End-to-End-Tests übernimmt {first2}.
            Beginnen: Pairing bei großen Tickets. Aufhören: Deployments am Freitag. Beibehalten: Demo für den Support vor jedem Release.
            Stimmungsbarometer im Schnitt 3,4 von 5, vorher 3,9.
            Gruppiere diese Haftnotizen nach Themen und schlag drei Maßnahmen vor.
            Fasse das Retro-Board kurz für die Teamleitung zusammen.
            Die Staging-Umgebung war zwei Tage down und niemand fühlte sich zuständig; wir brauchen einen Dienstplan.
            Bitte den Knick im Velocity-Diagramm erklären, ohne jemandem die Schuld zu geben.
        """,
        "nl": """
            ^Retro sprint {n} – team Reiger
            ^Aantekeningen sprintretrospectief
            Ging goed: reviews gaan sneller met het nieuwe PR-sjabloon en niemand is 's nachts opgepiept.
            Ging minder: drie stories lagen een week stil door de overdracht van design.
            Weer {n} punten doorgeschoven; we trekken geen werk meer naar binnen halverwege de sprint zonder iets anders te laten vallen.
            Actie: {first} plant elke dinsdag een kwartier design-afstemming; {first2} pakt de instabiele end-to-endtests op.
            Starten: pairen op grote tickets. Stoppen: deployen op vrijdag. Doorgaan: demo aan support voor elke release.
            Stemmingsmeter gemiddeld 3,4 van de 5, was 3,9.
            Kun je deze post-its in thema's groeperen en drie acties voorstellen?
            Maak van het retrobord een korte samenvatting voor de engineering manager.
            De testomgeving lag twee dagen plat en niemand voelde zich eigenaar; we hebben een rooster nodig.
            Leg de dip in de velocity uit zonder iemand de schuld te geven.
        """,
    }),
    Family("okr_draft", I, "blind", text={
        "en": """
            ^Draft OKRs – Customer Success, next quarter
            ^OKR draft for review (not final)
            Objective: make onboarding something customers recommend.
            KR1: median time from signature to first login under 10 days (today: 17).
            KR2: {pct} of new accounts complete the setup checklist within their first month.
            KR3: cut onboarding-related tickets by a third compared with last quarter.
            Objective 2: stop losing renewals we never saw coming; every account above {amount} a year gets a monthly health review.
            Are these key results measurable, or are some of them really tasks? Be blunt.
            Rewrite the objectives so they read less like a slogan and more like an outcome.
            Dependency: the data team must ship the usage dashboard by {date}, otherwise KR2 cannot be tracked.
            Stretch goal if the headcount is approved: a self-serve onboarding path for accounts under 50 seats.
            Draft a one-paragraph intro for the all-hands slide explaining why we chose these.
        """,
        "fr": """
            ^Projet d'OKR – Succès client, prochain trimestre
            ^OKR en relecture (version non définitive)
            Objectif : que nos clients recommandent notre parcours d'intégration.
            RC1 : délai médian entre la signature et la première connexion inférieur à 10 jours (aujourd'hui 17).
            RC2 : {pct} des nouveaux comptes terminent la liste de paramétrage dans leur premier mois.
            RC3 : réduire d'un tiers les tickets liés à l'intégration par rapport au trimestre dernier.
            Objectif 2 : ne plus perdre de renouvellement par surprise ; chaque compte au-delà de {amount} par an a une revue mensuelle.
            Ces résultats clés sont-ils mesurables, ou certains sont-ils en fait des tâches ? Sois franc.
            Reformule les objectifs pour qu'ils ressemblent moins à un slogan et davantage à un résultat.
            Dépendance : l'équipe data doit livrer le tableau d'usage avant le {date}, sinon le RC2 n'est pas suivi.
            Rédige un court paragraphe d'introduction pour la diapositive de la réunion générale.
        """,
        "es": """
            ^Borrador de OKR – Éxito de cliente, próximo trimestre
            ^OKR en revisión (no definitivos)
            Objetivo: que los clientes recomienden nuestro proceso de alta.
            RC1: tiempo mediano entre la firma y el primer acceso por debajo de 10 días (hoy, 17).
            RC2: el {pct} de las cuentas nuevas completa la lista de configuración en su primer mes.
            RC3: reducir en un tercio las incidencias relacionadas con el alta respecto al trimestre pasado.
            Objetivo 2: que no se nos escape ninguna renovación; toda cuenta de más de {amount} al año tiene una revisión mensual.
            ¿Son medibles estos resultados clave o algunos son en realidad tareas? Sé directo.
            Reescribe los objetivos para que suenen menos a eslogan y más a resultado.
            Dependencia: el equipo de datos debe entregar el panel de uso antes del {date}; sin él no podemos medir el RC2.
            Si aprueban las contrataciones, objetivo ambicioso: alta autoservicio para cuentas de menos de 50 usuarios.
            Escribe un párrafo breve para presentar estos OKR en la reunión general.
        """,
    }),
    Family("tooling_migration", I, "blind", text={
        "en": """
            ^Migration plan: Jenkins to GitHub Actions (draft 2)
            ^Wiki – CI migration, owners and dates
            Phase 1 (weeks 1–2): port the five busiest pipelines and run both systems side by side.
            Phase 2: point branch protection at the new checks and freeze changes to the old jobs.
            Phase 3: switch off the Jenkins agents on {date}; build history stays readable for 90 days.
            Risk: the nightly data export depends on a plugin nobody maintains; {first} is looking for an alternative.
            Secrets move to the new vault through the import script only; nobody copies them by hand.
            Rollback: if more than {n} builds fail on one day after the switch, we re-enable the old jobs and meet the next morning.
            Savings once the agent VMs are gone: roughly {amount} a year.
            Draft a short announcement for the #eng-all channel.
            Turn this plan into a checklist with owners and dates.
            Open question: do we bring the old tickets over from Jira or start the new board clean?
        """,
        "de": """
            ^Migrationsplan: von Jenkins zu GitHub Actions (Entwurf 2)
            ^Wiki – CI-Umzug, Verantwortliche und Termine
            Phase 1 (Woche 1–2): die fünf meistgenutzten Pipelines portieren, beide Systeme laufen parallel.
            Phase 2: Branch-Schutz auf die neuen Checks umstellen und Änderungen an den alten Jobs einfrieren.
            Phase 3: die Jenkins-Agenten am {date} abschalten; die Build-Historie bleibt 90 Tage lesbar.
            Risiko: der nächtliche Datenexport hängt an einem Plugin, das niemand pflegt; {first} sucht eine Alternative.
            Die Secrets wandern ausschließlich per Importskript in den neuen Tresor, niemand kopiert sie von Hand.
            Rückfallplan: scheitern nach der Umstellung mehr als {n} Builds an einem Tag, schalten wir die alten Jobs wieder ein.
            Einsparung nach Abschaltung der Agenten-VMs: rund {amount} pro Jahr.
            Schreib eine kurze Ankündigung für den Kanal #entwicklung.
            Mach aus dem Plan eine Checkliste mit Verantwortlichen und Terminen.
            Offene Frage: übernehmen wir die alten Tickets aus Jira oder starten wir mit einem leeren Board?
        """,
        "nl": """
            ^Migratieplan: van Jenkins naar GitHub Actions (concept 2)
            ^Wiki – CI-verhuizing, eigenaren en data
            Fase 1 (week 1–2): de vijf drukste pipelines overzetten en beide systemen naast elkaar laten draaien.
            Fase 2: branchbeveiliging op de nieuwe checks zetten en wijzigingen aan de oude jobs bevriezen.
            Fase 3: de Jenkins-agents gaan op {date} uit; de buildgeschiedenis blijft 90 dagen leesbaar.
            Risico: de nachtelijke data-export hangt aan een plug-in die niemand onderhoudt; {first} zoekt een alternatief.
            Secrets gaan alleen via het importscript naar de nieuwe kluis, niemand kopieert ze met de hand.
            Terugvalplan: falen er na de overstap meer dan {n} builds op één dag, dan zetten we de oude jobs weer aan.
            Besparing zodra de agent-VM's weg zijn: ongeveer {amount} per jaar.
            Schrijf een korte aankondiging voor het kanaal #dev-algemeen.
            Maak van dit plan een checklist met eigenaren en data.
            Open vraag: nemen we de oude tickets uit Jira mee of beginnen we met een leeg bord?
        """,
    }),
    Family("case_queue_triage", I, "blind", text={
        "en": """
            ^Support queue health – week {n}
            Backlog is at {n} open cases; {n2} of them breached the first-response SLA, mostly in the billing queue.
            Case {case} went to Tier 1 but belongs to the integrations team; fix the assignment rule, not just the case.
            The macro "Password reset – standard" still links to the old help article; update it before Monday.
            Suggest routing rules: anything mentioning {product} goes to the platform queue, and status {status} older than five days escalates.
            Write the weekly queue summary for the support leads in five bullets.
            Weekend cover: {first} and {first2} split Saturday; Sunday stays with the on-call rotation.
            CSAT on closed cases dipped to 4.1 after the new survey went out; check whether the question wording changed.
            Which of these could be merged as duplicates? {case}, {case2}, {case3}.
            Draft an internal note explaining why reopened cases now count against the original agent.
        """,
        "fr": """
            ^Santé de la file support – semaine {n}
            Le stock est de {n} dossiers ouverts ; {n2} ont dépassé le délai de première réponse, surtout dans la file facturation.
            Le dossier {case} est parti au niveau 1 alors qu'il relève de l'équipe intégrations ; corrigez la règle d'attribution, pas seulement le dossier.
            La macro « Réinitialisation du mot de passe » renvoie encore vers l'ancien article d'aide.
            Propose des règles de routage : tout ce qui mentionne {product} va dans la file plateforme.
            Rédige la synthèse hebdomadaire de la file pour les responsables support, en cinq points.
            Week-end : {first} et {first2} se partagent le samedi, le dimanche reste sur l'astreinte.
            La satisfaction sur les dossiers clos est tombée à 4,1 depuis le nouveau questionnaire ; la question a-t-elle changé ?
            Lesquels de ces dossiers sont des doublons ? {case}, {case2}.
            Explique dans une note interne pourquoi les dossiers rouverts comptent désormais pour l'agent d'origine.
        """,
        "es": """
            ^Estado de la cola de soporte – semana {n}
            Hay {n} casos abiertos; {n2} incumplieron el plazo de primera respuesta, sobre todo en la cola de facturación.
            El caso {case} fue al nivel 1 pero le toca al equipo de integraciones; arreglad la regla de asignación, no solo el caso.
            La macro «Restablecer contraseña» sigue enlazando al artículo de ayuda antiguo.
            Propón reglas de enrutamiento: todo lo que mencione {product} va a la cola de plataforma.
            Escribe el resumen semanal de la cola para los responsables de soporte en cinco puntos.
            Fin de semana: {first} y {first2} se reparten el sábado; el domingo sigue con la guardia.
            La satisfacción de los casos cerrados bajó a 4,1 con la nueva encuesta; ¿cambió la pregunta?
            ¿Cuáles de estos casos se pueden fusionar por duplicados? {case}, {case2}.
            Redacta una nota interna sobre por qué los casos reabiertos cuentan ahora para el agente original.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("salary_negotiation", C, "blind", text={
        "en": """
            ^Re: your offer – a few questions
            ^Subject: counter-proposal, Senior Analyst role
            Thank you for the offer of {amount}; I was hoping for something closer to {amount2} given my current package.
            My current base is {amount} with a {pct} bonus, so moving at the offered number would be a step back.
            I'd also need to keep Fridays remote: I care for my mother, who has early-stage dementia.
            If the base can't move, could we look at a signing bonus or an earlier salary review?
            You can reach me on my personal number, {phone}, rather than my work line.
            Please send the revised contract to {email}, not to my current employer's address.
            Hiring manager note: {name} is our first choice; finance approved up to {amount2}, don't open with that.
            Help me reply to {first}: we can meet her halfway on base but not on the remote day.
            Draft a polite counter-offer that doesn't sound ungrateful.
            {name}'s current employer doesn't know she's interviewing; no reference checks until she has signed.
        """,
        "de": """
            ^AW: Ihr Angebot – Rückfragen
            ^Betreff: Gegenvorschlag zur Stelle als Teamleitung
            Vielen Dank für das Angebot über {amount}; angesichts meines jetzigen Pakets hatte ich eher an {amount2} gedacht.
            Derzeit verdiene ich {amount} fix plus {pct} Bonus, mit dem Angebot würde ich mich verschlechtern.
            Den Freitag im Homeoffice bräuchte ich weiterhin, weil ich meinen Vater pflege, der nach einem Schlaganfall halbseitig gelähmt ist.
            Falls am Fixgehalt nichts geht: wäre eine Antrittsprämie oder eine frühere Gehaltsrunde möglich?
            Am besten erreichen Sie mich privat unter {phone}.
            Bitte den geänderten Vertrag an {email} schicken, nicht an meine jetzige Firmenadresse.
            Notiz der Personalabteilung: {name} ist unsere Wunschkandidatin, freigegeben sind bis {amount2}, damit aber nicht einsteigen.
            Hilf mir, {first} zu antworten: beim Fixgehalt kommen wir entgegen, beim Homeoffice-Tag nicht.
            Formuliere ein höfliches Gegenangebot, das nicht undankbar klingt.
            Ihr jetziger Arbeitgeber weiß nichts von der Bewerbung; Referenzen erst nach der Unterschrift einholen.
        """,
        "fr": """
            ^RE : votre proposition – quelques questions
            ^Objet : contre-proposition, poste de responsable comptable
            Merci pour la proposition à {amount} ; vu ma rémunération actuelle, j'espérais plutôt {amount2}.
            Je touche aujourd'hui {amount} de fixe et {pct} de variable, l'offre serait donc un recul.
            J'aurais besoin de garder le vendredi en télétravail : j'accompagne ma fille dans un traitement contre l'anorexie.
            Si le fixe ne peut pas bouger, une prime d'arrivée ou une révision anticipée serait-elle envisageable ?
            Vous pouvez me joindre sur mon portable personnel au {phone}.
            Merci d'envoyer le contrat modifié à {email} et non à l'adresse de mon employeur actuel.
            Note RH : {name} est notre premier choix ; la finance a validé jusqu'à {amount2}, ne pas commencer par ce chiffre.
            Aide-moi à répondre à {first} : on peut faire un pas sur le fixe, pas sur le télétravail.
            Rédige une contre-proposition polie qui ne paraisse pas ingrate.
            Son employeur actuel ne sait pas qu'elle postule ; pas de prise de références avant la signature.
        """,
    }),
    Family("customer_discloses_hardship", C, "blind", text={
        "en": """
            ^Complaint – account {acct}
            ^Web-to-case: formal complaint
            I've been a customer for nine years and I'm disgusted: you cut off my service while I was in hospital for chemotherapy.
            The late fees are there because my wages were garnished after my divorce, which I explained to your agent twice.
            I'm diabetic, and the delayed delivery of my insulin pump supplies was not a minor inconvenience.
            Since my bankruptcy was discharged in {year} I've paid every invoice on time, yet your system still flags me.
            Call me on {phone} after 6 pm; I can't take calls about this at work.
            My name is {name}, I live at {street}, {city}, and I want this escalated to a manager today.
            Agent note: the customer disclosed a mental-health crisis on the call; offered a payment pause of {n} days.
            Summarise her complaint and suggest a goodwill credit; don't repeat the medical details in the reply.
            Please write back to {email}; my son opens my post and doesn't know about the debt.
            Classify this complaint and draft an apology that addresses the billing error.
        """,
        "es": """
            ^Reclamación – cliente {name}
            ^Formulario web: queja formal
            Llevo nueve años con ustedes y me cortaron el servicio mientras estaba ingresada con quimioterapia.
            Los recargos por demora son porque me embargaron la nómina tras el divorcio; se lo expliqué dos veces a su agente.
            Soy diabético y el retraso en los suministros de mi bomba de insulina no fue una simple molestia.
            Desde que salí del concurso de acreedores en {year} he pagado todas las facturas a tiempo y aun así su sistema me bloquea.
            Llámenme al {phone} después de las seis; en el trabajo no puedo hablar de esto.
            Vivo en {street}, {city}, y quiero que lo vea un responsable hoy mismo.
            Nota del agente: la clienta contó que está en tratamiento psiquiátrico; se le ofreció aplazar el pago {n} días.
            Resume la queja y propón un abono de cortesía; en la respuesta no repitas los datos médicos.
            Respondan a {email}; mi hijo abre mi correo postal y no sabe nada de la deuda.
            Clasifica esta reclamación y redacta una disculpa por el error de facturación.
        """,
        "nl": """
            ^Klacht – klantnummer {acct}
            ^Webformulier: formele klacht
            Ik ben negen jaar klant en jullie hebben mijn aansluiting afgesloten terwijl ik in het ziekenhuis lag voor chemo.
            De aanmaningskosten komen doordat er beslag op mijn loon is gelegd na mijn scheiding; dat heb ik twee keer uitgelegd.
            Ik heb diabetes en de vertraagde levering van mijn insulinepompmateriaal was geen klein ongemak.
            Sinds ik in {year} uit de schuldsanering kwam, betaal ik alles op tijd, maar jullie systeem blokkeert me nog steeds.
            Bel me na zes uur op {phone}; op mijn werk kan ik hier niet over praten.
            Ik woon op {street} in {city} en wil dat een leidinggevende hier vandaag naar kijkt.
            Notitie medewerker: klant vertelde over een psychische crisis; betalingspauze van {n} dagen aangeboden.
            Vat de klacht samen en stel een tegemoetkoming voor; herhaal de medische details niet in het antwoord.
            Mail naar {email}; mijn zoon leest mijn post en weet niets van de schuld.
            Deel deze klacht in en schrijf een excuus voor de factuurfout.
        """,
        "de": """
            ^Beschwerde – Kundennummer {acct}
            ^Kontaktformular: förmliche Beschwerde
            Seit neun Jahren bin ich Kundin, und Sie sperren meinen Anschluss, während ich zur Chemotherapie im Krankenhaus liege.
            Die Mahngebühren entstanden, weil nach der Scheidung mein Lohn gepfändet wurde; das habe ich Ihrem Mitarbeiter zweimal erklärt.
            Ich bin Diabetiker, und die verspätete Lieferung des Zubehörs für meine Insulinpumpe war keine Kleinigkeit.
            Seit meiner Restschuldbefreiung {year} zahle ich pünktlich, trotzdem sperrt mich Ihr System.
            Rufen Sie mich nach 18 Uhr unter {phone} an, bei der Arbeit kann ich darüber nicht sprechen.
            Meine Anschrift: {street}, {city}. Ich erwarte, dass sich heute noch eine Führungskraft meldet.
            Notiz Kundenservice: die Kundin hat am Telefon eine psychische Krise geschildert; Zahlungspause von {n} Tagen angeboten.
            Fasse die Beschwerde zusammen und schlag eine Kulanzgutschrift vor; die Gesundheitsdetails nicht in der Antwort wiederholen.
            Bitte an {email} antworten; mein Sohn öffnet meine Post und weiß nichts von den Schulden.
            Ordne die Beschwerde ein und entwirf eine Entschuldigung für den Abrechnungsfehler.
        """,
    }),
    Family("performance_improvement_plan", C, "blind", text={
        "en": """
            ^Performance Improvement Plan – {name}
            ^PIP check-in, week {n}
            {first} has missed {n} of the last 12 sprint commitments and two customer deadlines this quarter.
            Expected: a status update every Monday, no ticket older than 10 days without a comment, and code reviews within 48 hours.
            If the goals are not met by {date}, the next step may be termination of employment.
            In the meeting {first} said he has slept badly since his father died and asked for some flexibility.
            HR's view is that the bereavement is noted in the file but does not pause the plan.
            Support offered: a weekly 1:1 with his manager, a mentor from another team, and the employee assistance programme.
            Week 3 check-in: better on updates, still behind on reviews; the rating stays at "partially meets".
            Rewrite this PIP so it is firm but fair, and remove anything that reads as a judgement of character.
            Summarise the plan for {first}'s skip-level manager in four sentences.
            {first2} from HR will attend the final review; {first} may bring a colleague.
        """,
        "fr": """
            ^Plan d'amélioration de la performance – {name}
            ^Point d'étape du plan, semaine {n}
            {first} n'a pas tenu {n} de ses 12 derniers engagements de sprint et a manqué deux échéances client ce trimestre.
            Attendus : un point d'avancement chaque lundi, aucun ticket de plus de 10 jours sans commentaire, les relectures sous 48 heures.
            Si les objectifs ne sont pas atteints au {date}, une procédure de licenciement pourra être engagée.
            Pendant l'entretien, {first} a expliqué qu'il dort mal depuis le décès de son père et a demandé de la souplesse.
            Les RH indiquent que le deuil figure au dossier mais ne suspend pas le plan.
            Accompagnement : point hebdomadaire avec son manager, un mentor d'une autre équipe et le programme d'aide aux salariés.
            Point de la semaine 3 : progrès sur les comptes rendus, toujours en retard sur les relectures ; évaluation « partiellement atteint ».
            Reformule ce plan pour qu'il soit ferme mais juste, sans jugement sur la personne.
            Résume le plan en quatre phrases pour le N+2 de {first}.
            {first2}, des RH, assistera à l'entretien final ; {first} peut venir accompagné d'un collègue.
        """,
        "es": """
            ^Plan de mejora del desempeño – {name}
            ^Seguimiento del plan, semana {n}
            {first} ha incumplido {n} de sus últimos 12 compromisos de sprint y dos plazos con clientes este trimestre.
            Se espera: informe de estado cada lunes, ningún ticket de más de 10 días sin comentario y revisiones de código en 48 horas.
            Si no se cumplen los objetivos antes del {date}, el siguiente paso podría ser el despido.
            En la reunión, {first} contó que duerme mal desde la muerte de su padre y pidió algo de flexibilidad.
            RR. HH. indica que el duelo consta en el expediente pero no suspende el plan.
            Apoyo ofrecido: reunión semanal con su responsable, un mentor de otro equipo y el programa de ayuda al empleado.
            Seguimiento de la semana 3: mejora en los informes, sigue con retraso en las revisiones; valoración «cumple parcialmente».
            Reescribe este plan para que sea firme pero justo, sin juicios sobre la persona.
            Resume el plan en cuatro frases para el superior del responsable de {first}.
            {first2}, de RR. HH., estará en la revisión final; {first} puede ir acompañado de un compañero.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("regulator_inquiry_outside_counsel", X, "blind", header_share=0.5, text={
        "en": """
            ^CONFIDENTIAL – SUBJECT TO ATTORNEY-CLIENT PRIVILEGE – DO NOT FORWARD
            ^From: {name} (outside counsel) – Re: information request from {regulator}
            Thank you for forwarding the letter from {regulator}; our initial view is that you must respond by {date} but can ask for more time on questions 4 to 7.
            We recommend answering question 2 narrowly: describe the consent flow as it works today and do not volunteer the 2022 configuration.
            In our experience the regulator treats an incomplete answer more harshly than a late one, so we would rather ask for an extension.
            Please do not circulate the letter beyond the working group; every extra recipient makes our analysis harder to protect.
            If they find a breach, we estimate the fine at {amount} to {amount2}, although we think a reprimand is more likely.
            Before anyone speaks to {regulator} informally, we should prepare talking points together.
            We will send a first draft of the response on {date2}; could your team confirm the number of affected customers by then?
            Turn counsel's email into an action list for the DPO, keeping the recommendations intact.
            Summarise the lawyers' advice for the executive committee in plain terms.
            Draft our reply to outside counsel confirming we accept their approach on question 2.
        """,
        "de": """
            ^Vertrauliche Rechtsberatung – nur für den Mandanten bestimmt
            ^Von: {name}, Kanzlei – Betreff: Auskunftsersuchen der Aufsicht
            Danke für die Weiterleitung des Auskunftsersuchens; nach erster Prüfung müssen Sie bis {date} antworten, für die Fragen 4 bis 7 können wir Fristverlängerung beantragen.
            Wir empfehlen, Frage 2 eng zu beantworten: den heutigen Einwilligungsprozess beschreiben und die Konfiguration von 2022 nicht von sich aus erwähnen.
            Erfahrungsgemäß wertet die Behörde eine unvollständige Antwort strenger als eine verspätete; wir würden daher lieber um Aufschub bitten.
            Bitte das Schreiben nicht über die Arbeitsgruppe hinaus verteilen; jeder weitere Empfänger erschwert den Schutz unserer Analyse.
            Sollte ein Verstoß festgestellt werden, schätzen wir das Bußgeld auf {amount} bis {amount2}; wahrscheinlicher ist aber eine Verwarnung.
            Bevor jemand informell mit {regulator} spricht, sollten wir gemeinsam Gesprächspunkte vorbereiten.
            Einen ersten Antwortentwurf senden wir am {date2}; können Sie bis dahin die Zahl der betroffenen Kunden bestätigen?
            Mach aus der E-Mail der Kanzlei eine Aufgabenliste für den Datenschutzbeauftragten, ohne die Empfehlungen zu verändern.
            Fasse den Rat der Anwälte für den Vorstand in einfachen Worten zusammen.
            Entwirf unsere Antwort an die Kanzlei: wir folgen ihrem Vorschlag zu Frage 2.
        """,
        "fr": """
            ^Couvert par le secret professionnel – ne pas transférer
            ^De : {name}, cabinet – Objet : demande d'information de l'autorité
            Merci de nous avoir transmis le courrier de {regulator} ; à première lecture, vous devez répondre avant le {date}, mais un délai peut être demandé pour les questions 4 à 7.
            Nous conseillons de répondre à la question 2 de façon étroite : décrire le parcours de consentement actuel, sans évoquer spontanément la configuration de 2022.
            D'expérience, l'autorité sanctionne plus durement une réponse incomplète qu'une réponse tardive ; mieux vaut demander du temps.
            Merci de ne pas diffuser le courrier au-delà du groupe de travail : chaque destinataire supplémentaire fragilise la protection de notre analyse.
            En cas de manquement constaté, nous estimons l'amende entre {amount} et {amount2}, un simple avertissement nous paraissant plus probable.
            Avant tout échange informel avec {regulator}, préparons ensemble des éléments de langage.
            Nous vous adresserons un premier projet de réponse le {date2} ; pouvez-vous confirmer d'ici là le nombre de clients concernés ?
            Transforme le mail du cabinet en liste d'actions pour le DPO, sans modifier ses recommandations.
            Résume l'avis des avocats pour le comité exécutif en termes simples.
            Rédige notre réponse au cabinet : nous suivons leur approche sur la question 2.
        """,
    }),
    Family("contract_dispute_counsel_notes", X, "blind", text={
        "en": """
            Notes from legal, call with {first} about the {company} dispute: our reading is that they cannot terminate for convenience before year three.
            Their notice letter relies on clause 14.2, but that clause needs a material breach left uncured for 30 days, and we cured it.
            Weak point for us: the acceptance certificate was never signed, so they will argue the service never went live.
            My advice to the business: keep invoicing as normal and don't offer a credit yet; a credit now looks like an admission.
            If they withhold payment we have a good claim for the remaining {amount}, but a court case would take at least 18 months.
            I'd rather propose mediation first; it's cheaper and keeps the relationship alive for the renewal.
            Please don't discuss our reading of clause 14.2 with their account manager; anything we say can be used against us.
            Sales wants to give them a discount to calm things down; I've said no until I've seen their reply.
            Next step: I'll draft a response letter for {date} and share it with {first2} before it goes out.
            Turn my notes into a one-page briefing for the CFO, risks in order of likelihood.
            Check these notes: does my conclusion on the termination right square with what I wrote about the acceptance certificate?
        """,
        "es": """
            Notas de la asesoría jurídica, llamada con {first} sobre el conflicto con {company}: a nuestro juicio no pueden rescindir sin causa antes del tercer año.
            Su carta se apoya en la cláusula 14.2, pero esa cláusula exige un incumplimiento grave no subsanado en 30 días, y lo subsanamos.
            Nuestro punto débil: el acta de aceptación nunca se firmó, así que dirán que el servicio no llegó a arrancar.
            Mi recomendación al negocio: seguir facturando con normalidad y no ofrecer todavía un abono, porque ahora parecería que reconocemos el fallo.
            Si retienen el pago, tenemos una reclamación sólida por los {amount} pendientes, aunque un pleito duraría al menos 18 meses.
            Prefiero proponer primero una mediación: es más barata y mantiene viva la relación de cara a la renovación.
            Que nadie comente nuestra interpretación de la cláusula 14.2 con su gestor de cuenta; todo lo que digamos puede volverse en contra.
            El equipo comercial quiere hacerles un descuento para calmar las cosas; he dicho que no hasta ver su respuesta.
            Siguiente paso: redactaré una carta de respuesta para el {date} y se la pasaré a {first2} antes de enviarla.
            Convierte mis notas en un resumen de una página para el director financiero, con los riesgos ordenados por probabilidad.
        """,
        "nl": """
            Aantekeningen juridische zaken, gesprek met {first} over het conflict met {company}: volgens ons kunnen zij niet vóór het derde jaar zonder reden opzeggen.
            Hun brief beroept zich op artikel 14.2, maar dat geldt alleen bij een ernstige tekortkoming die 30 dagen niet is hersteld, en wij hebben die hersteld.
            Zwak punt voor ons: het acceptatiecertificaat is nooit getekend, dus zij zullen zeggen dat de dienst nooit live is gegaan.
            Mijn advies aan de business: gewoon blijven factureren en nog geen creditnota aanbieden; dat lijkt nu op een erkenning.
            Houden ze betaling in, dan hebben we een sterke vordering voor de resterende {amount}, maar een rechtszaak duurt minstens 18 maanden.
            Ik stel liever eerst mediation voor: goedkoper, en de relatie blijft goed voor de verlenging.
            Bespreek onze uitleg van artikel 14.2 niet met hun accountmanager; alles wat we zeggen kan tegen ons worden gebruikt.
            Sales wil ze korting geven om de gemoederen te bedaren; ik heb nee gezegd tot ik hun antwoord heb gezien.
            Volgende stap: ik schrijf een antwoordbrief voor {date} en laat die eerst aan {first2} lezen.
            Maak van mijn aantekeningen een briefing van één pagina voor de CFO, risico's op volgorde van waarschijnlijkheid.
        """,
    }),
    Family("litigation_strategy_call", X, "blind", text={
        "en": """
            Strategy call with our litigators: they want to file the counterclaim first so the case is heard in our home court.
            Their expert's damages model double-counts the lost margin; our lawyers will go after that before anything else.
            Counsel expects the judge to split the trial into liability and quantum, which buys us about a year.
            Our weakest witness is the former project lead; the lawyers want to prepare him properly or not call him at all.
            They advise against any public comment until the first hearing, even on LinkedIn.
            If we lose on liability, the realistic range is {amount} to {amount2}; below {amount} they would recommend closing it out.
            The firm proposes a fee cap of {amount} for the first phase; the board has to approve it.
            Write up the call as decisions and open questions for {first}.
            Of the three options our lawyers gave us, which costs least if the other side appeals?
            {last}, our lead barrister, thinks asking early for a court-appointed expert would help us.
        """,
        "fr": """
            Point stratégie avec nos avocats : ils veulent déposer la demande reconventionnelle en premier pour que l'affaire soit jugée chez nous.
            Le modèle de préjudice de leur expert compte deux fois la marge perdue ; nos avocats attaqueront ce point avant tout le reste.
            Selon le cabinet, le juge séparera la responsabilité et le chiffrage, ce qui nous fait gagner environ un an.
            Notre témoin le plus fragile est l'ancien chef de projet ; il faut le préparer sérieusement ou renoncer à le faire entendre.
            Ils déconseillent toute prise de parole publique avant la première audience, même sur LinkedIn.
            Si nous perdons sur la responsabilité, la fourchette réaliste va de {amount} à {amount2} ; en dessous de {amount}, ils recommanderaient de transiger.
            Le cabinet propose un plafond d'honoraires de {amount} pour la première phase, à faire valider par le conseil.
            Rédige le compte rendu de l'appel sous forme de décisions et de questions ouvertes pour {first}.
            Des trois options présentées par nos avocats, laquelle coûte le moins si la partie adverse fait appel ?
            Maître {last} pense qu'une expertise judiciaire demandée tôt nous serait plutôt favorable.
        """,
        "es": """
            Reunión de estrategia con los abogados: quieren presentar primero la reconvención para que el asunto se vea en nuestro partido judicial.
            El informe pericial de la otra parte cuenta dos veces el margen perdido; nuestros abogados atacarán eso antes que nada.
            Según el despacho, el juez separará la responsabilidad de la cuantificación, lo que nos da casi un año.
            El testigo más flojo es nuestro antiguo jefe de proyecto; hay que prepararlo bien o no proponerlo.
            Desaconsejan cualquier declaración pública antes de la primera vista, ni siquiera en LinkedIn.
            Si perdemos en la responsabilidad, el rango realista va de {amount} a {amount2}; por debajo de {amount} recomendarían cerrarlo con un pacto.
            El despacho propone un tope de honorarios de {amount} para la primera fase, que debe aprobar el consejo.
            Redacta un acta de la reunión con decisiones y preguntas abiertas para {first}.
            De las tres opciones que plantean los abogados, ¿cuál cuesta menos si la otra parte recurre?
            La letrada {last} cree que pedir pronto una pericial judicial nos favorece.
        """,
        "nl": """
            Strategieoverleg met onze advocaten: zij willen eerst een tegenvordering instellen, zodat de zaak bij onze eigen rechter komt.
            Het schademodel van hun deskundige telt de gederfde marge dubbel; daar gaan onze advocaten als eerste op in.
            Volgens het kantoor splitst de rechter de zaak in aansprakelijkheid en schadeomvang, wat ons ongeveer een jaar oplevert.
            Onze zwakste getuige is de voormalige projectleider; die moet goed worden voorbereid, of we laten hem niet horen.
            Ze raden elke publieke uitspraak af tot de eerste zitting, ook op LinkedIn.
            Verliezen we op aansprakelijkheid, dan ligt het realistisch tussen {amount} en {amount2}; onder {amount} zouden ze adviseren het te regelen.
            Het kantoor stelt een budgetplafond van {amount} voor de eerste fase voor; het bestuur moet dat goedkeuren.
            Schrijf het overleg uit als besluiten en open vragen voor {first}.
            Welke van de drie opties van de advocaten kost het minst als de tegenpartij in hoger beroep gaat?
            Mr. {last} denkt dat een deskundigenbericht van de rechtbank ons helpt als we het vroeg vragen.
        """,
        "de": """
            Strategiebesprechung mit unseren Prozessanwälten: sie wollen zuerst Widerklage erheben, damit an unserem Gerichtsstand verhandelt wird.
            Das Schadensmodell des gegnerischen Gutachters zählt die entgangene Marge doppelt; da setzen unsere Anwälte zuerst an.
            Die Kanzlei rechnet damit, dass das Gericht erst über den Grund und dann über die Höhe entscheidet; das verschafft uns etwa ein Jahr.
            Unser schwächster Zeuge ist der frühere Projektleiter; entweder gründlich vorbereiten oder gar nicht benennen.
            Sie raten bis zum ersten Termin von jeder öffentlichen Äußerung ab, auch auf LinkedIn.
            Verlieren wir beim Grund, liegt die realistische Spanne bei {amount} bis {amount2}; unter {amount} würden sie eine Einigung empfehlen.
            Die Kanzlei schlägt für die erste Phase eine Honorarobergrenze von {amount} vor, die der Aufsichtsrat freigeben muss.
            Schreib die Besprechung als Beschlüsse und offene Fragen für {first} auf.
            Welche der drei Optionen der Anwälte ist am günstigsten, wenn die Gegenseite in Berufung geht?
            Rechtsanwältin {last} meint, ein frühes gerichtliches Sachverständigengutachten würde uns eher nützen.
        """,
    }),
    Family("board_committee_memo", X, "blind", header_share=0.5, text={
        "en": """
            ^MEMORANDUM TO THE AUDIT COMMITTEE – PRIVILEGED AND CONFIDENTIAL – PREPARED AT THE DIRECTION OF COUNSEL
            ^To: Audit Committee | From: General Counsel | Re: export screening review
            The committee asked for the General Counsel's assessment of whether shipments to the distributor in {city} breached export controls.
            Our external lawyers reviewed {n} transactions; in their view two of them probably required a licence we did not hold.
            They recommend a voluntary disclosure to the authorities within 60 days, which usually leads to a much lower penalty.
            Counsel advises the committee not to discuss the findings with the external auditors until the disclosure strategy is agreed.
            In counsel's estimate the potential exposure is between {amount} and {amount2}, plus remediation costs.
            Management has not yet been told; counsel recommends the committee first decide whether the CFO should step aside from the matter.
            Decision requested: approve the disclosure in principle and authorise the law firm to prepare it.
            Please condense this memo into a half-page briefing for the committee chair.
            Draft the minutes for this agenda item so that they record the decision but not the legal analysis.
            Rewrite the recommendation section in plainer English for the non-executive directors.
        """,
        "fr": """
            ^NOTE AU COMITÉ D'AUDIT – CONFIDENTIEL – AVOCAT-CLIENT
            ^À : comité d'audit | De : directrice juridique | Objet : revue du contrôle des exportations
            Le comité a demandé l'avis de la direction juridique sur la conformité des livraisons au distributeur de {city} au contrôle des exportations.
            Nos avocats externes ont examiné {n} opérations ; selon eux, deux exigeaient probablement une licence que nous n'avions pas.
            Ils recommandent une déclaration volontaire aux autorités sous 60 jours, qui conduit en général à une sanction bien moindre.
            Le conseil recommande au comité de ne pas évoquer ces conclusions avec les commissaires aux comptes avant d'avoir arrêté la stratégie.
            Nos avocats estiment l'exposition potentielle entre {amount} et {amount2}, hors coûts de remédiation.
            La direction générale n'a pas encore été informée ; nos avocats suggèrent que le comité décide d'abord si le directeur financier doit se déporter.
            Décision demandée : approuver le principe de la déclaration et mandater le cabinet pour la préparer.
            Condense cette note en une demi-page pour le président du comité.
            Rédige le procès-verbal de ce point en consignant la décision mais pas l'analyse juridique.
        """,
        "nl": """
            ^MEMO AAN DE AUDITCOMMISSIE – VERTROUWELIJK ADVOCAAT-CLIËNT
            ^Aan: auditcommissie | Van: general counsel | Betreft: onderzoek exportcontrole
            De commissie vroeg de general counsel of de leveringen aan de distributeur in {city} in strijd waren met de exportregels.
            Onze externe advocaten hebben {n} transacties bekeken; volgens hen was voor twee daarvan waarschijnlijk een vergunning nodig die we niet hadden.
            Zij adviseren binnen 60 dagen een vrijwillige melding bij de autoriteiten, wat meestal tot een veel lagere boete leidt.
            De advocaten raden de commissie aan de bevindingen niet met de externe accountant te bespreken voordat de aanpak vaststaat.
            De mogelijke blootstelling schatten zij op {amount} tot {amount2}, exclusief herstelkosten.
            Het management is nog niet ingelicht; geadviseerd wordt dat de commissie eerst besluit of de CFO zich uit de zaak moet terugtrekken.
            Gevraagd besluit: in beginsel instemmen met de melding en het advocatenkantoor opdracht geven die voor te bereiden.
            Vat dit memo samen in een halve pagina voor de voorzitter van de commissie.
            Stel de notulen voor dit agendapunt op zodat het besluit erin staat maar de juridische analyse niet.
        """,
    }),
)

MODEL_MARGINAL_FAMILIES: tuple[str, ...] = (
    "performance_improvement_plan", "contract_dispute_counsel_notes", "litigation_strategy_call",
)

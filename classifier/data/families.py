"""Template families of the training data, one per kind of text, in five languages.

A family is a pool of sentence templates per language; a text draws a few of them
(`Family.min_sentences` .. `max_sentences`) in random order and fills their slots
(see `classifier.data.slots`). Lines starting with "^" are headers: at most one, first.

Every family sits wholly on one side of the split (`split`): `train` fits the model,
`dev` calibrates it and picks thresholds, `test` is the held-out split that neither
ever sees, and `fresh` is a second held-out split written for model 3 (model 2's `test`
families had been looked at while it was developed). Held-out figures therefore
measure how well the model carries over to kinds of text it has never been shown, not
how well it remembers templates.

Hard negatives are public families that use the vocabulary of sensitive ones
(privileged, confidential, attorney, lawsuit, settlement; placeholders, documented
test credentials, UUIDs and hashes).
"""

from __future__ import annotations

from dataclasses import dataclass

from classifier.classification import Label

P, I, C, X = Label.PUBLIC, Label.INTERNAL, Label.CONFIDENTIAL, Label.PRIVILEGED


@dataclass(frozen=True)
class Family:
    id: str
    label: Label
    split: str  # train | dev | test
    text: dict[str, str]  # language -> newline-separated sentence templates
    min_sentences: int = 2
    max_sentences: int = 5
    hard_negative: bool = False
    records: str | None = None  # render as Salesforce records of this object (see generate.py)
    lexicon: bool = False  # sentences are `lexicon` frames filled with this label's terms
    header_share: float = 0.6  # how often a text opens with one of the family's headers

    def templates(self, lang: str) -> tuple[list[str], list[str]]:
        lines = [ln.strip() for ln in self.text.get(lang, "").strip().splitlines() if ln.strip()]
        return [ln[1:].strip() for ln in lines if ln.startswith("^")], [ln for ln in lines if not ln.startswith("^")]


FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------------------ public
    # Short turns carry little evidence either way; without them the model would read its
    # class priors into "hi".
    Family("short_turns", P, "train", min_sentences=1, max_sentences=2, text={
        "en": """
            hi
            hello
            Thanks!
            ok, continue
            Summarise the attached file.
            What is on this picture?
            Any tips for writing clearer emails?
            Can you make it shorter?
            Translate the text above into German.
            Please check the attached document for typos.
            What is in this file?
            Try again, more formal.
        """,
        "de": """
            hallo
            danke!
            ok, weiter
            Fasse den angehängten Vertrag zusammen.
            Was zeigt dieser Screenshot?
            Kannst du es kürzer machen?
            Bitte das angehängte Dokument auf Tippfehler prüfen.
        """,
        "fr": """
            bonjour
            merci !
            ok, continue
            Résume le contrat ci-joint.
            Que montre cette capture d'écran ?
            Tu peux raccourcir ?
        """,
        "es": """
            hola
            ¡gracias!
            vale, sigue
            Resume el contrato adjunto.
            ¿Qué muestra esta captura de pantalla?
            ¿Puedes acortarlo?
        """,
        "nl": """
            hoi
            bedankt!
            ok, ga door
            Vat het bijgevoegde contract samen.
            Wat laat deze screenshot zien?
            Kun je het korter maken?
        """,
    }),
    Family("news_legal", P, "train", hard_negative=True, text={
        "en": """
            {company} said on Tuesday it had agreed to a settlement with shareholders over claims that it overstated growth.
            The lawsuit, filed in {court} in {year}, accused the company of misleading investors.
            Legal experts said the settlement was small compared with the company's annual revenue.
            An attorney for the plaintiffs declined to comment on the terms, which were made public in a court filing.
            The case is one of several class actions brought against retailers this year.
            Analysts expect the confidential arbitration process to become more common in the sector.
            The attorney general's office said it would continue to monitor the industry.
        """,
        "de": """
            {company} hat sich nach Angaben eines Sprechers mit den Klägern auf einen Vergleich geeinigt.
            Die Klage war {year} vor {court} eingereicht worden.
            Rechtsexperten halten die Vergleichssumme für gering im Verhältnis zum Jahresumsatz.
            Ein Anwalt der Kläger wollte sich zu den Einzelheiten nicht äußern.
            Das Verfahren ist eines von mehreren Musterverfahren gegen Einzelhändler in diesem Jahr.
        """,
        "fr": """
            {company} a annoncé mardi avoir conclu une transaction avec des actionnaires.
            La plainte avait été déposée devant {court} en {year}.
            Selon des juristes, le montant de l'accord reste modeste au regard du chiffre d'affaires.
            L'avocat des plaignants n'a pas souhaité commenter les termes de l'accord, rendus publics.
        """,
        "es": """
            {company} anunció el martes que había alcanzado un acuerdo con los accionistas demandantes.
            La demanda se presentó ante {court} en {year}.
            Según los expertos, el importe del acuerdo es pequeño en comparación con la facturación anual.
            El abogado de los demandantes declinó hacer comentarios sobre las condiciones publicadas.
        """,
        "nl": """
            {company} heeft dinsdag een schikking getroffen met aandeelhouders, meldt het bedrijf.
            De rechtszaak werd in {year} aangespannen bij {court}.
            Juristen noemen het schikkingsbedrag bescheiden vergeleken met de jaaromzet.
            Een advocaat van de eisers wilde niet ingaan op de voorwaarden, die openbaar zijn gemaakt.
        """,
    }),
    Family("law_school", P, "train", hard_negative=True, text={
        "en": """
            Explain the difference between attorney-client privilege and the work product doctrine.
            In a hypothetical, a client emails her lawyer and copies a friend: is the communication still privileged?
            What are the elements a court looks at before approving a class action settlement?
            Write an essay question for a first-year evidence course about confidential communications.
            List three exceptions to privilege that law students should know for the bar exam.
            Why do settlement negotiations usually happen "without prejudice"? Answer in two paragraphs.
            Summarise the leading cases on when an in-house lawyer's advice is protected.
        """,
        "de": """
            Erkläre den Unterschied zwischen anwaltlicher Schweigepflicht und Zeugnisverweigerungsrecht.
            Welche Voraussetzungen hat ein gerichtlicher Vergleich nach der ZPO? Bitte für das Examen zusammenfassen.
            Schreibe eine Klausurfrage zum Beschlagnahmeschutz von Verteidigerpost.
            Warum ist der Syndikusrechtsanwalt beim Legal Privilege ein Sonderfall? Antworte in drei Absätzen.
        """,
        "fr": """
            Expliquez la différence entre le secret professionnel de l'avocat et la confidentialité des correspondances.
            Quelles sont les conditions de validité d'une transaction en droit civil français ? Réponse pour un étudiant.
            Rédigez une question d'examen sur le privilège juridique des juristes d'entreprise.
        """,
        "es": """
            Explica la diferencia entre el secreto profesional del abogado y la confidencialidad contractual.
            ¿Qué requisitos debe cumplir un acuerdo transaccional según el Código Civil? Resumen para estudiantes.
            Redacta una pregunta de examen sobre el privilegio de las comunicaciones con abogados internos.
        """,
        "nl": """
            Leg het verschil uit tussen het verschoningsrecht van de advocaat en een geheimhoudingsbeding.
            Aan welke eisen moet een vaststellingsovereenkomst voldoen? Samenvatting voor studenten.
            Schrijf een tentamenvraag over het legal privilege van bedrijfsjuristen.
        """,
    }),
    Family("template_blank", P, "train", hard_negative=True, min_sentences=3, text={
        "en": """
            ^PRIVILEGED & CONFIDENTIAL – TEMPLATE – DO NOT FILL IN THIS HEADER
            ^[Template] Engagement letter
            Dear {ph}, thank you for choosing [FIRM NAME] to represent {ph} in connection with [MATTER].
            The settlement amount of {ph} shall be paid within [NUMBER] days of the Effective Date.
            This template is provided for illustration only and is not legal advice.
            Replace every field in square brackets before sending; delete this note.
            Party A: {ph}. Party B: {ph}. Signature: ______________ Date: {ph}
            Fill in the placeholders and make the tone friendlier.
        """,
        "de": """
            ^VERTRAULICH – MUSTERVORLAGE
            Sehr geehrte/r {ph}, wir bestätigen den Eingang Ihrer Unterlagen zum Vorgang [AKTENZEICHEN].
            Der Vergleichsbetrag in Höhe von {ph} ist binnen [ANZAHL] Tagen zu zahlen.
            Diese Vorlage dient nur als Beispiel und ersetzt keine Rechtsberatung.
            Bitte alle Felder in eckigen Klammern vor dem Versand ersetzen.
        """,
        "fr": """
            ^CONFIDENTIEL – MODÈLE
            Madame, Monsieur {ph}, nous accusons réception de votre dossier [RÉFÉRENCE].
            Le montant transactionnel de {ph} sera versé sous [NOMBRE] jours.
            Ce modèle est fourni à titre d'exemple et ne constitue pas un conseil juridique.
        """,
        "es": """
            ^CONFIDENCIAL – PLANTILLA
            Estimado/a {ph}: confirmamos la recepción de su expediente [REFERENCIA].
            El importe del acuerdo de {ph} se abonará en un plazo de [NÚMERO] días.
            Esta plantilla es solo un ejemplo y no constituye asesoramiento jurídico.
        """,
        "nl": """
            ^VERTROUWELIJK – SJABLOON
            Geachte {ph}, wij bevestigen de ontvangst van uw dossier [KENMERK].
            Het schikkingsbedrag van {ph} wordt binnen [AANTAL] dagen betaald.
            Dit sjabloon is slechts een voorbeeld en geen juridisch advies.
        """,
    }),
    Family("api_docs", P, "train", hard_negative=True, text={
        "en": """
            To authenticate, export AWS_ACCESS_KEY_ID={dockey} before running the sample.
            The quickstart uses the test user {docemail}; any password works in the sandbox.
            Replace {dockey} with the key from your dashboard; never commit real keys.
            Example response: {{"id": "{uuid}", "status": "ok", "owner": "{docemail}"}}
            Call support at {docphone} if the sandbox does not start.
            Why does the SDK reject the placeholder key in this README snippet?
        """,
        "de": """
            Zur Anmeldung im Beispiel den Schlüssel {dockey} durch den eigenen ersetzen.
            Der Testnutzer {docemail} ist in der Sandbox vorkonfiguriert.
            Beispielantwort: {{"id": "{uuid}", "status": "ok"}}
        """,
        "fr": """
            Pour l'exemple, remplacez {dockey} par votre propre clé d'API.
            L'utilisateur de test {docemail} existe déjà dans le bac à sable.
            Réponse d'exemple : {{"id": "{uuid}", "status": "ok"}}
        """,
        "es": """
            Para el ejemplo, sustituye {dockey} por tu propia clave de API.
            El usuario de prueba {docemail} ya existe en el entorno de pruebas.
            Respuesta de ejemplo: {{"id": "{uuid}", "status": "ok"}}
        """,
        "nl": """
            Vervang in het voorbeeld {dockey} door je eigen API-sleutel.
            De testgebruiker {docemail} staat al in de sandbox.
            Voorbeeldantwoord: {{"id": "{uuid}", "status": "ok"}}
        """,
    }),
    Family("code_hashes", P, "test", hard_negative=True, text={
        "en": """
            Why does this migration fail? Commit {sha} changed the schema and request {uuid} now returns 500.
            The build artefact digest is sha256:{sha}; the cache key is {uuid}.
            Explain this stack trace: KeyError: '{uuid}' in worker.py line {n}.
            Refactor the function so that it deduplicates events by their id ({uuid}).
            git bisect points at {sha}; what does a merge base mean here?
        """,
        "de": """
            Warum schlägt die Migration fehl? Commit {sha} hat das Schema geändert, Anfrage {uuid} liefert 500.
            Erkläre diesen Stacktrace: KeyError '{uuid}' in worker.py Zeile {n}.
        """,
        "fr": """
            Pourquoi la migration échoue-t-elle ? Le commit {sha} a modifié le schéma et la requête {uuid} renvoie 500.
            Explique cette trace : KeyError '{uuid}' dans worker.py ligne {n}.
        """,
        "es": """
            ¿Por qué falla la migración? El commit {sha} cambió el esquema y la petición {uuid} devuelve 500.
            Explica esta traza: KeyError '{uuid}' en worker.py línea {n}.
        """,
        "nl": """
            Waarom mislukt de migratie? Commit {sha} wijzigde het schema en verzoek {uuid} geeft 500.
            Leg deze stacktrace uit: KeyError '{uuid}' in worker.py regel {n}.
        """,
    }),
    Family("marketing_copy", P, "train", text={
        "en": """
            Write a product announcement for {product}: faster dashboards, simpler setup, new integrations.
            Our spring webinar on {topic} is open to everyone; register on the website.
            Give me five catchy taglines for a trade show booth about {topic}.
            Draft a LinkedIn post celebrating our team's volunteer day in {city}.
            Rewrite this press release so that it fits in 150 words.
        """,
        "de": """
            Schreibe eine Produktankündigung für {product}: schnellere Dashboards und neue Integrationen.
            Unser Webinar zum Thema {topic} ist offen für alle; Anmeldung auf der Website.
            Formuliere fünf Slogans für unseren Messestand zum Thema {topic}.
        """,
        "fr": """
            Rédige une annonce produit pour {product} : tableaux de bord plus rapides, nouvelles intégrations.
            Notre webinaire sur {topic} est ouvert à tous ; inscription sur le site.
            Propose cinq slogans pour notre stand au salon sur {topic}.
        """,
        "es": """
            Escribe un anuncio de producto para {product}: paneles más rápidos y nuevas integraciones.
            Nuestro seminario web sobre {topic} está abierto a todos; inscripción en la web.
            Propón cinco eslóganes para nuestro stand sobre {topic}.
        """,
        "nl": """
            Schrijf een productaankondiging voor {product}: snellere dashboards en nieuwe koppelingen.
            Ons webinar over {topic} is voor iedereen toegankelijk; aanmelden via de website.
            Bedenk vijf slogans voor onze beursstand over {topic}.
        """,
    }),
    Family("general_chat", P, "dev", text={
        "en": """
            Plan a three-day trip to {city} with a museum and a good bakery each day.
            What is a good recipe for a vegetarian lasagne for six people?
            Translate into French: "The meeting room on the second floor is free after lunch."
            Explain how compound interest works with a simple example.
            Suggest a reading list about {topic} for a high-school student.
        """,
        "de": """
            Plane eine dreitägige Reise nach {city} mit Museum und guter Bäckerei.
            Was ist ein gutes Rezept für vegetarische Lasagne für sechs Personen?
            Erkläre den Zinseszins mit einem einfachen Beispiel.
        """,
        "fr": """
            Prépare un voyage de trois jours à {city} avec un musée et une bonne boulangerie.
            Quelle est une bonne recette de lasagnes végétariennes pour six personnes ?
            Explique les intérêts composés avec un exemple simple.
        """,
        "es": """
            Planifica un viaje de tres días a {city} con un museo y una buena panadería.
            ¿Cuál es una buena receta de lasaña vegetariana para seis personas?
            Explica el interés compuesto con un ejemplo sencillo.
        """,
        "nl": """
            Plan een driedaagse reis naar {city} met een museum en een goede bakker.
            Wat is een goed recept voor vegetarische lasagne voor zes personen?
            Leg samengestelde rente uit met een eenvoudig voorbeeld.
        """,
    }),
    Family("sf_howto", P, "train", text={
        "en": """
            What is the difference between the Account and Contact objects in Salesforce?
            How do I write a SOQL query that counts Opportunities per StageName?
            Explain what a __c suffix means on a Salesforce field API name.
            Why does my Apex trigger hit the governor limit on SOQL queries in a loop?
            Give an example of a validation rule that requires a close date in the future.
        """,
        "de": """
            Was ist der Unterschied zwischen den Objekten Account und Contact in Salesforce?
            Wie schreibe ich eine SOQL-Abfrage, die Opportunities pro StageName zählt?
            Warum erreicht mein Apex-Trigger das Governor-Limit für SOQL-Abfragen?
        """,
        "fr": """
            Quelle est la différence entre les objets Account et Contact dans Salesforce ?
            Comment écrire une requête SOQL qui compte les Opportunities par StageName ?
        """,
        "es": """
            ¿Cuál es la diferencia entre los objetos Account y Contact en Salesforce?
            ¿Cómo escribo una consulta SOQL que cuente las Opportunities por StageName?
        """,
        "nl": """
            Wat is het verschil tussen de objecten Account en Contact in Salesforce?
            Hoe schrijf ik een SOQL-query die Opportunities per StageName telt?
        """,
    }),
    Family("legal_glossary", P, "test", hard_negative=True, text={
        "en": """
            In plain English, what does "without prejudice" mean on a letter?
            Define litigation hold for a glossary aimed at new office managers.
            What is a deposition, and how is it different from testimony at trial?
            Is a settlement agreement usually public? Give a general answer, not advice.
            What does "privileged and confidential" at the top of an email actually do?
        """,
        "de": """
            Was bedeutet "ohne Präjudiz" in einem Schreiben? Allgemein erklärt.
            Definiere den Begriff Prozessvergleich für ein Glossar.
            Was ist eine Beweisaufnahme, einfach erklärt?
        """,
        "fr": """
            Que signifie « sous toutes réserves » en bas d'une lettre ? Explication générale.
            Définis le terme protocole transactionnel pour un glossaire.
        """,
        "es": """
            ¿Qué significa "sin perjuicio" en una carta? Explicación general.
            Define el término acuerdo transaccional para un glosario.
        """,
        "nl": """
            Wat betekent "onder voorbehoud van alle rechten" in een brief? Algemene uitleg.
            Definieer het begrip vaststellingsovereenkomst voor een woordenlijst.
        """,
    }),
    Family("legal_questions", P, "dev", hard_negative=True, text={
        "en": """
            What is the limitation period for contract claims in Germany?
            How long does it usually take for a civil lawsuit to reach trial in England?
            Can a landlord keep the whole deposit for normal wear and tear? General rules, please.
            What is the difference between mediation and arbitration?
            Do I need a lawyer to register a trademark in the EU?
            What happens at a deposition, in general?
        """,
        "de": """
            Wie lange ist die Verjährungsfrist für Ansprüche aus Kaufverträgen?
            Brauche ich einen Anwalt, um eine Marke beim EUIPO anzumelden?
            Was ist der Unterschied zwischen Mediation und Schiedsverfahren?
        """,
        "fr": """
            Quel est le délai de prescription d'une action contractuelle en France ?
            Faut-il un avocat pour déposer une marque auprès de l'EUIPO ?
            Quelle est la différence entre médiation et arbitrage ?
        """,
        "es": """
            ¿Cuál es el plazo de prescripción de una reclamación contractual en España?
            ¿Necesito un abogado para registrar una marca en la EUIPO?
            ¿Qué diferencia hay entre mediación y arbitraje?
        """,
        "nl": """
            Wat is de verjaringstermijn voor contractuele vorderingen in Nederland?
            Heb ik een advocaat nodig om een merk bij het EUIPO te registreren?
            Wat is het verschil tussen mediation en arbitrage?
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("account_records", I, "train", records="Account", text={}),
    Family("pipeline_review", I, "train", text={
        "en": """
            Summarise the pipeline: {company} is in {stage} at {amount}, expected close {date}.
            Our Q3 forecast for the {industry} segment is {pct} below plan; three deals slipped.
            The account team wants to move {company} to the enterprise tier next quarter.
            Which of these opportunities should sales leadership review this week?
            Win rate in {city} improved by {pct} after the new discovery call script.
        """,
        "de": """
            Fasse die Pipeline zusammen: {company} steht in {stage} mit {amount}, Abschluss voraussichtlich {date}.
            Die Prognose für das Segment {industry} liegt {pct} unter Plan; drei Deals haben sich verschoben.
            Welche dieser Opportunities sollte die Vertriebsleitung diese Woche prüfen?
        """,
        "fr": """
            Résume le pipeline : {company} est en phase {stage} pour {amount}, clôture prévue le {date}.
            La prévision du segment {industry} est inférieure de {pct} au plan.
            Quelles opportunités la direction commerciale doit-elle revoir cette semaine ?
        """,
        "es": """
            Resume el pipeline: {company} está en {stage} por {amount}, cierre previsto el {date}.
            La previsión del segmento {industry} está un {pct} por debajo del plan.
            ¿Qué oportunidades debería revisar la dirección comercial esta semana?
        """,
        "nl": """
            Vat de pipeline samen: {company} staat in {stage} voor {amount}, verwachte afsluiting {date}.
            De prognose voor het segment {industry} ligt {pct} onder plan.
            Welke opportunities moet het salesmanagement deze week bekijken?
        """,
    }),
    Family("meeting_notes", I, "train", text={
        "en": """
            Notes from the weekly ops sync: the migration to the new queue routing is two weeks late.
            Action: {first} to update the onboarding checklist before the {date} release.
            We agreed to pause the {city} office refurbishment until the budget review.
            Draft the minutes in bullet points and keep the decisions at the top.
            The team flagged that the partner portal still shows last year's price list.
        """,
        "de": """
            Notizen aus dem wöchentlichen Ops-Meeting: die Umstellung des Queue-Routings ist zwei Wochen im Verzug.
            Aufgabe: {first} aktualisiert die Onboarding-Checkliste vor dem Release am {date}.
            Bitte das Protokoll in Stichpunkten verfassen, Entscheidungen zuerst.
        """,
        "fr": """
            Notes de la réunion hebdomadaire : la migration du routage des files a deux semaines de retard.
            Action : {first} met à jour la liste d'intégration avant la version du {date}.
            Rédige le compte rendu en puces, décisions en premier.
        """,
        "es": """
            Notas de la reunión semanal: la migración del enrutamiento de colas lleva dos semanas de retraso.
            Acción: {first} actualiza la lista de incorporación antes de la versión del {date}.
            Redacta el acta en viñetas, con las decisiones primero.
        """,
        "nl": """
            Notities van het wekelijkse ops-overleg: de migratie van de wachtrijroutering loopt twee weken achter.
            Actie: {first} werkt de onboardingchecklist bij voor de release van {date}.
            Schrijf de notulen in opsommingstekens, besluiten bovenaan.
        """,
    }),
    Family("it_ticket", I, "test", text={
        "en": """
            Ticket: the VPN client on the {city} laptops drops every 20 minutes since the update.
            Please write a knowledge article on resetting the shared printer queue on floor {n}.
            The sandbox refresh for the service org is scheduled for {date}; notify the admins.
            Internal only: the staging integration user needs the API Enabled permission again.
        """,
        "de": """
            Ticket: der VPN-Client auf den Laptops in {city} trennt seit dem Update alle 20 Minuten.
            Bitte einen Wissensartikel zum Zurücksetzen der Druckerwarteschlange im {n}. Stock schreiben.
        """,
        "fr": """
            Ticket : le client VPN des portables de {city} se déconnecte toutes les 20 minutes depuis la mise à jour.
            Rédige un article de base de connaissances sur la réinitialisation de l'imprimante de l'étage {n}.
        """,
        "es": """
            Incidencia: el cliente VPN de los portátiles de {city} se desconecta cada 20 minutos desde la actualización.
            Escribe un artículo de conocimiento sobre cómo reiniciar la cola de la impresora de la planta {n}.
        """,
        "nl": """
            Ticket: de VPN-client op de laptops in {city} valt sinds de update elke 20 minuten weg.
            Schrijf een kennisartikel over het resetten van de printerwachtrij op verdieping {n}.
        """,
    }),
    Family("process_doc", I, "dev", text={
        "en": """
            Update our internal escalation process: tier 1 hands a case to tier 2 after {n} hours without progress.
            Rewrite the onboarding guide for new support agents so it matches the new queues.
            Our internal SLA for {status} cases is {n} business hours; summarise the exceptions.
            Explain to new hires how we tag cases with {field} and when to change it.
        """,
        "de": """
            Aktualisiere unseren internen Eskalationsprozess: Level 1 übergibt nach {n} Stunden an Level 2.
            Überarbeite den Einarbeitungsleitfaden für neue Support-Mitarbeitende.
        """,
        "fr": """
            Mets à jour notre processus interne d'escalade : le niveau 1 transmet au niveau 2 après {n} heures.
            Réécris le guide d'intégration des nouveaux agents du support.
        """,
        "es": """
            Actualiza nuestro proceso interno de escalado: el nivel 1 pasa el caso al nivel 2 tras {n} horas.
            Reescribe la guía de incorporación para los nuevos agentes de soporte.
        """,
        "nl": """
            Werk ons interne escalatieproces bij: niveau 1 draagt na {n} uur over aan niveau 2.
            Herschrijf de onboardinggids voor nieuwe supportmedewerkers.
        """,
    }),
    Family("campaign_plan", I, "test", text={
        "en": """
            Internal plan: the {topic} campaign targets {n} accounts in {industry}; budget is {amount}.
            Open rates for last month's nurture emails were {pct}; propose two subject line tests.
            Which segments should we drop from the next wave of the campaign?
        """,
        "de": """
            Interner Plan: die Kampagne zu {topic} richtet sich an {n} Accounts aus {industry}; Budget {amount}.
            Die Öffnungsrate der Nurture-Mails lag bei {pct}; schlage zwei Betreff-Tests vor.
        """,
        "fr": """
            Plan interne : la campagne sur {topic} vise {n} comptes du secteur {industry} ; budget {amount}.
            Le taux d'ouverture des e-mails était de {pct} ; propose deux tests d'objet.
        """,
        "es": """
            Plan interno: la campaña sobre {topic} se dirige a {n} cuentas de {industry}; presupuesto {amount}.
            La tasa de apertura de los correos fue del {pct}; propón dos pruebas de asunto.
        """,
        "nl": """
            Intern plan: de campagne over {topic} richt zich op {n} accounts in {industry}; budget {amount}.
            De open rate van de nurture-mails was {pct}; stel twee onderwerpregeltests voor.
        """,
    }),
    Family("schema_notes", I, "train", text={
        "en": """
            Our org stores renewal risk in {field} on Account; write a report spec that groups by it.
            Document the custom object Project__c: lookup to Account, status picklist, owner.
            Write a SOQL query: SELECT Id, Name, {field} FROM Account WHERE Region__c = 'EMEA'.
            Should {field} be a formula field or a roll-up summary? Give the trade-offs.
        """,
        "de": """
            Wir speichern das Verlängerungsrisiko in {field} am Account; schreibe eine Berichtsspezifikation.
            Schreibe eine SOQL-Abfrage: SELECT Id, Name, {field} FROM Account WHERE Region__c = 'DACH'.
        """,
        "fr": """
            Nous stockons le risque de renouvellement dans {field} sur Account ; rédige une spécification de rapport.
            Écris une requête SOQL : SELECT Id, Name, {field} FROM Account WHERE Region__c = 'FR'.
        """,
        "es": """
            Guardamos el riesgo de renovación en {field} en Account; redacta la especificación de un informe.
            Escribe una consulta SOQL: SELECT Id, Name, {field} FROM Account WHERE Region__c = 'ES'.
        """,
        "nl": """
            We slaan het verlengingsrisico op in {field} op Account; schrijf een rapportspecificatie.
            Schrijf een SOQL-query: SELECT Id, Name, {field} FROM Account WHERE Region__c = 'NL'.
        """,
    }),
    # ------------------------------------------------------------ confidential
    Family("contact_records", C, "train", records="Contact", text={}),
    Family("hr_review", C, "train", text={
        "en": """
            ^Performance review – {name}
            {name} missed three of five quarterly targets and the team lead has raised concerns about attendance.
            Draft a performance improvement plan for {first}: weekly check-ins, clear goals, a review on {date}.
            Her manager noted that {first} has been withdrawn since returning from leave and recommends coaching.
            Rewrite this feedback so that it is firm but respectful: {first} interrupts colleagues and misses deadlines.
            The calibration committee rated {first} as "below expectations"; summarise the evidence.
            Prepare talking points for telling {first} that the promotion will not go ahead this cycle.
        """,
        "de": """
            ^Leistungsbeurteilung – {name}
            {name} hat drei von fünf Quartalszielen verfehlt, und die Teamleitung sorgt sich um die Anwesenheit.
            Entwirf einen Leistungsverbesserungsplan für {first}: wöchentliche Gespräche, klare Ziele, Überprüfung am {date}.
            Die Führungskraft berichtet, dass {first} seit der Rückkehr aus der Elternzeit zurückgezogen wirkt.
            Formuliere das Feedback bestimmt, aber respektvoll: {first} unterbricht Kollegen und verpasst Fristen.
        """,
        "fr": """
            ^Entretien annuel d'évaluation – {name}
            {name} n'a atteint que deux de ses cinq objectifs et son manager s'inquiète de ses absences répétées.
            Rédige un plan d'amélioration des performances pour {first} avec des points hebdomadaires.
            Reformule ce retour de façon ferme mais respectueuse : {first} interrompt ses collègues et rate les délais.
        """,
        "es": """
            ^Evaluación del desempeño – {name}
            {name} no alcanzó tres de sus cinco objetivos y su responsable está preocupado por sus ausencias.
            Redacta un plan de mejora del rendimiento para {first} con reuniones semanales y revisión el {date}.
            Reformula este comentario de forma firme pero respetuosa: {first} interrumpe a sus compañeros.
        """,
        "nl": """
            ^Beoordelingsgesprek – {name}
            {name} haalde drie van de vijf kwartaaldoelen niet en de teamleider maakt zich zorgen over het verzuim.
            Stel een verbeterplan op voor {first}: wekelijkse gesprekken, duidelijke doelen, evaluatie op {date}.
            Herformuleer deze feedback stevig maar respectvol: {first} onderbreekt collega's en mist deadlines.
        """,
    }),
    Family("compensation", C, "dev", text={
        "en": """
            {name}'s base salary will rise from {amount} to the top of band 7, effective {date}.
            Compare the bonus payouts for the {city} sales team; {first} received {pct} more than the median.
            Write the offer letter for {name}: {amount} base, signing bonus, 25 days of leave.
            The retention package for {first} includes a {amount} cash award vesting over two years.
        """,
        "de": """
            Das Grundgehalt von {name} steigt zum {date} von {amount} auf das Maximum von Band 7.
            Schreibe das Angebotsschreiben für {name}: {amount} Fixgehalt, Antrittsprämie, 30 Urlaubstage.
        """,
        "fr": """
            Le salaire de base de {name} passera de {amount} au haut de la grille 7 au {date}.
            Rédige la lettre d'offre pour {name} : {amount} de fixe, prime d'arrivée, 25 jours de congés.
        """,
        "es": """
            El salario base de {name} pasará de {amount} al máximo de la banda 7 a partir del {date}.
            Redacta la carta de oferta para {name}: {amount} de fijo, bono de incorporación, 23 días de vacaciones.
        """,
        "nl": """
            Het basissalaris van {name} gaat per {date} van {amount} naar de top van schaal 7.
            Schrijf de aanbiedingsbrief voor {name}: {amount} vast, tekenbonus, 25 vakantiedagen.
        """,
    }),
    Family("support_case_pii", C, "train", text={
        "en": """
            Customer {name} ({email}) writes that the device overheated and burned her hand; she lives at {street}, {city}.
            Reply to {first}: we will replace the unit and refund the {amount} charge to the card on file.
            Case {case}: {name} says a technician saw his medical records on the screen during the visit.
            Call back {name} on {phone} about the duplicate invoice before Friday.
            Summarise this complaint from {name} and propose a goodwill gesture.
        """,
        "de": """
            Kundin {name} ({email}) schreibt, das Gerät sei überhitzt und habe ihre Hand verbrannt; Anschrift {street}, {city}.
            Antworte {first}: wir ersetzen das Gerät und erstatten die {amount}.
            Bitte {name} unter {phone} wegen der doppelten Rechnung zurückrufen.
        """,
        "fr": """
            Le client {name} ({email}) écrit que l'appareil a surchauffé ; il habite {street}, {city}.
            Réponds à {first} : nous remplaçons l'appareil et remboursons {amount}.
            Rappeler {name} au {phone} au sujet de la facture en double.
        """,
        "es": """
            La clienta {name} ({email}) escribe que el aparato se sobrecalentó; vive en {street}, {city}.
            Responde a {first}: sustituiremos el aparato y reembolsaremos {amount}.
            Llamar a {name} al {phone} por la factura duplicada.
        """,
        "nl": """
            Klant {name} ({email}) schrijft dat het apparaat oververhit raakte; woonadres {street}, {city}.
            Antwoord {first}: we vervangen het apparaat en betalen {amount} terug.
            Bel {name} terug op {phone} over de dubbele factuur.
        """,
    }),
    Family("deal_terms", C, "train", text={
        "en": """
            Under the renewal, {company} gets a {pct} discount off list in exchange for a three-year commitment.
            Do not share: our walk-away price for {company} is {amount}; the competitor bid {amount2}.
            Summarise the negotiated liability cap and the termination-for-convenience clause for {company}.
            The side letter gives {company} most-favoured-customer pricing until {date}.
        """,
        "de": """
            Bei der Verlängerung erhält {company} {pct} Rabatt auf den Listenpreis gegen drei Jahre Laufzeit.
            Nicht weitergeben: unsere Schmerzgrenze für {company} liegt bei {amount}; der Wettbewerber bot {amount2}.
            Der Side Letter gewährt {company} Meistbegünstigung bis {date}.
        """,
        "fr": """
            Au renouvellement, {company} obtient une remise de {pct} contre un engagement de trois ans.
            À ne pas diffuser : notre prix plancher pour {company} est de {amount} ; le concurrent propose {amount2}.
        """,
        "es": """
            En la renovación, {company} obtiene un descuento del {pct} a cambio de un compromiso de tres años.
            No compartir: nuestro precio mínimo para {company} es {amount}; la competencia ofreció {amount2}.
        """,
        "nl": """
            Bij de verlenging krijgt {company} {pct} korting in ruil voor een looptijd van drie jaar.
            Niet delen: onze ondergrens voor {company} is {amount}; de concurrent bood {amount2}.
        """,
    }),
    Family("medical_leave", C, "test", text={
        "en": """
            {name} has been signed off for six weeks after surgery; adjust the rota and keep the diagnosis private.
            Write a message to {first}'s team explaining the absence without mentioning the treatment.
            Occupational health recommends reduced hours for {first} because of a chronic back condition.
            {first} asked for an accommodation for an anxiety disorder; draft the HR response.
        """,
        "de": """
            {name} ist nach einer Operation für sechs Wochen krankgeschrieben; Dienstplan anpassen, Diagnose vertraulich.
            Der Betriebsarzt empfiehlt für {first} wegen eines chronischen Rückenleidens verkürzte Arbeitszeiten.
        """,
        "fr": """
            {name} est en arrêt maladie pendant six semaines après une opération ; garder le diagnostic confidentiel.
            La médecine du travail recommande un temps partiel thérapeutique pour {first}.
        """,
        "es": """
            {name} está de baja seis semanas tras una operación; ajusta los turnos y no menciones el diagnóstico.
            El servicio de prevención recomienda reducir la jornada de {first} por una lesión crónica de espalda.
        """,
        "nl": """
            {name} is na een operatie zes weken ziek gemeld; pas het rooster aan en houd de diagnose privé.
            De bedrijfsarts adviseert verkorte werktijden voor {first} vanwege een chronische rugklacht.
        """,
    }),
    Family("security_incident", C, "test", text={
        "en": """
            Incident report: a misconfigured export exposed {n} customer records of {company}, including home addresses.
            Draft the notification to affected customers; {name} is the first complaint we received.
            The breach timeline: access on {date}, detection two days later, containment the same evening.
            List the personal data categories affected so the DPO can assess the risk.
        """,
        "de": """
            Vorfallbericht: ein falsch konfigurierter Export legte {n} Kundendatensätze von {company} offen, mit Wohnadressen.
            Entwirf die Benachrichtigung an die betroffenen Kunden; {name} hat sich als Erste beschwert.
        """,
        "fr": """
            Rapport d'incident : un export mal configuré a exposé {n} fiches clients de {company}, adresses comprises.
            Rédige la notification aux clients concernés ; {name} a été le premier à se plaindre.
        """,
        "es": """
            Informe de incidente: una exportación mal configurada expuso {n} registros de clientes de {company}.
            Redacta la notificación a los clientes afectados; {name} fue el primero en reclamar.
        """,
        "nl": """
            Incidentrapport: een verkeerd ingestelde export maakte {n} klantrecords van {company} zichtbaar.
            Stel de melding aan de getroffen klanten op; {name} klaagde als eerste.
        """,
    }),
    Family("hr_narrative", C, "test", min_sentences=3, text={
        "en": """
            {first} told me in confidence that the divorce has made it hard to focus, and I want to handle this kindly.
            Since March {first} has come in late most mornings and two customers complained about the tone of her calls.
            I think {first} is struggling and I am not sure whether to start a formal process or wait another month.
            The team is frustrated with {first}; help me write a note to HR about what has been happening.
        """,
        "de": """
            {first} hat mir im Vertrauen erzählt, dass die Trennung das Arbeiten schwer macht, und ich möchte behutsam vorgehen.
            Seit März kommt {first} fast jeden Morgen zu spät, und zwei Kunden haben sich über den Ton beschwert.
            Ich weiß nicht, ob ich ein formales Verfahren einleiten oder noch einen Monat warten soll.
        """,
        "fr": """
            {first} m'a confié que son divorce l'empêche de se concentrer, et je veux gérer cela avec tact.
            Depuis mars, {first} arrive en retard presque tous les matins et deux clients se sont plaints.
            Je ne sais pas s'il faut engager une procédure formelle ou attendre un mois de plus.
        """,
        "es": """
            {first} me contó en confianza que el divorcio le impide concentrarse y quiero manejarlo con tacto.
            Desde marzo {first} llega tarde casi todas las mañanas y dos clientes se han quejado.
            No sé si iniciar un procedimiento formal o esperar otro mes.
        """,
        "nl": """
            {first} vertelde me in vertrouwen dat de scheiding het werken zwaar maakt, en ik wil dit zorgvuldig aanpakken.
            Sinds maart komt {first} bijna elke ochtend te laat en twee klanten klaagden over de toon.
            Ik twijfel of ik een formeel traject moet starten of nog een maand moet wachten.
        """,
    }),
    # -------------------------------------------------------------- privileged
    Family("counsel_memo", X, "train", text={
        "en": """
            ^ATTORNEY-CLIENT PRIVILEGED – PREPARED AT THE REQUEST OF COUNSEL
            ^PRIVILEGED & CONFIDENTIAL
            ^PRIVILEGED AND CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION
            ^Attorney work product – do not forward
            ^Memo from outside counsel re: {company} dispute
            Our assessment is that {company} has a credible claim for breach of the exclusivity clause, with exposure up to {amount}.
            We advise against admitting liability in the reply; the limitation period may already have run.
            Counsel recommends that the sales team stop all direct contact with {company} until the strategy is settled.
            In our view the indemnity does not cover the regulatory fines, and we should reserve our rights now.
            Please summarise the legal advice below for the general counsel in five bullet points.
        """,
        "de": """
            ^ANWALTLICH VERTRAULICH – ANWALTSGEHEIMNIS
            ^VERTRAULICH – Rechtsberatung
            ^PRIVILEGED & CONFIDENTIAL
            ^Vermerk der Kanzlei zum Streit mit {company}
            Nach unserer Einschätzung hat {company} einen belastbaren Anspruch wegen Verletzung der Exklusivitätsklausel, Risiko bis {amount}.
            Wir raten davon ab, im Antwortschreiben eine Haftung anzuerkennen; die Verjährung könnte bereits eingetreten sein.
            Die Rechtsabteilung empfiehlt, jeden direkten Kontakt mit {company} bis zur Klärung der Strategie einzustellen.
        """,
        "fr": """
            ^SECRET PROFESSIONNEL – CORRESPONDANCE AVOCAT-CLIENT
            ^CONFIDENTIEL – conseil juridique
            ^PRIVILEGED & CONFIDENTIAL
            ^Note du cabinet sur le litige avec {company}
            Selon notre analyse, {company} dispose d'une action sérieuse pour violation de la clause d'exclusivité, risque jusqu'à {amount}.
            Nous déconseillons toute reconnaissance de responsabilité dans la réponse ; la prescription est peut-être acquise.
            Le service juridique recommande de suspendre tout contact direct avec {company}.
        """,
        "es": """
            ^CONFIDENCIAL – SECRETO PROFESIONAL ABOGADO-CLIENTE
            ^CONFIDENCIAL – asesoramiento jurídico
            ^PRIVILEGED & CONFIDENTIAL
            ^Nota del despacho sobre el conflicto con {company}
            Según nuestro análisis, {company} tiene una reclamación sólida por incumplimiento de la cláusula de exclusividad, con un riesgo de hasta {amount}.
            Desaconsejamos reconocer responsabilidad en la respuesta; la acción podría haber prescrito.
            La asesoría jurídica recomienda suspender todo contacto directo con {company}.
        """,
        "nl": """
            ^VERTROUWELIJK – ADVOCAAT-CLIËNT – VERSCHONINGSRECHT
            ^VERTROUWELIJK – juridisch advies
            ^PRIVILEGED & CONFIDENTIAL
            ^Notitie van het advocatenkantoor over het geschil met {company}
            Naar ons oordeel heeft {company} een serieuze vordering wegens schending van het exclusiviteitsbeding, risico tot {amount}.
            Wij raden af om in de reactie aansprakelijkheid te erkennen; de verjaringstermijn kan al verstreken zijn.
            De juridische afdeling adviseert alle direct contact met {company} op te schorten.
        """,
    }),
    Family("litigation_hold", X, "train", text={
        "en": """
            ^LEGAL HOLD NOTICE – DO NOT DELETE
            ^PRIVILEGED & CONFIDENTIAL – LEGAL HOLD
            Because of the pending litigation with {company}, you must preserve all emails, chats and files about the {product} rollout.
            This hold overrides the normal retention schedule until legal releases it in writing.
            Do not discuss the dispute with anyone outside the legal team, including colleagues at {company}.
            Confirm by {date} that you have read this notice and suspended auto-deletion.
        """,
        "de": """
            ^LEGAL HOLD – AUFBEWAHRUNGSANORDNUNG
            Wegen des anhängigen Rechtsstreits mit {company} sind alle E-Mails, Chats und Dateien zum Projekt aufzubewahren.
            Diese Anordnung hat Vorrang vor den üblichen Löschfristen, bis die Rechtsabteilung sie schriftlich aufhebt.
            Bitte bestätigen Sie bis {date}, dass die automatische Löschung ausgesetzt ist.
        """,
        "fr": """
            ^OBLIGATION DE CONSERVATION – LITIGE EN COURS
            En raison du contentieux en cours avec {company}, conservez tous les e-mails et fichiers relatifs au projet.
            Cette obligation prime sur les durées de conservation habituelles jusqu'à levée écrite par la direction juridique.
            Confirmez avant le {date} que la suppression automatique est désactivée.
        """,
        "es": """
            ^RETENCIÓN LEGAL – NO BORRAR
            Debido al litigio pendiente con {company}, conserve todos los correos y archivos sobre el proyecto.
            Esta retención prevalece sobre los plazos habituales hasta que la asesoría jurídica la levante por escrito.
            Confirme antes del {date} que ha desactivado el borrado automático.
        """,
        "nl": """
            ^BEWAARPLICHT – LOPENDE PROCEDURE
            Vanwege de lopende procedure tegen {company} moet u alle e-mails en bestanden over het project bewaren.
            Deze bewaarplicht gaat voor op de gewone bewaartermijnen tot de juridische afdeling haar schriftelijk opheft.
            Bevestig voor {date} dat automatisch verwijderen is uitgeschakeld.
        """,
    }),
    Family("settlement_terms", X, "train", text={
        "en": """
            ^WITHOUT PREJUDICE – SETTLEMENT TERM SHEET
            ^PRIVILEGED & CONFIDENTIAL – SETTLEMENT COMMUNICATION
            ^Confidential – subject to attorney-client privilege
            {company} will pay {amount} in full and final settlement of all claims, without admission of liability.
            The parties will keep the terms and the amount strictly confidential and agree a joint statement.
            Our counsel proposes to open at {amount} and authorises a ceiling of {amount2}.
            Draft the mutual release so that it covers the employees named in the claim.
        """,
        "de": """
            ^OHNE ANERKENNUNG EINER RECHTSPFLICHT – VERGLEICHSENTWURF
            {company} zahlt zur Abgeltung aller Ansprüche {amount}, ohne Anerkennung einer Rechtspflicht.
            Unser Anwalt schlägt vor, mit {amount} einzusteigen, und ist ermächtigt, bis {amount2} zu gehen.
            Die Parteien verpflichten sich, Inhalt und Höhe des Vergleichs vertraulich zu behandeln.
        """,
        "fr": """
            ^PROTOCOLE TRANSACTIONNEL – PROJET
            {company} versera {amount} à titre transactionnel, forfaitaire et définitif, sans reconnaissance de responsabilité.
            Notre avocat propose d'ouvrir à {amount} et autorise un plafond de {amount2}.
            Les parties s'engagent à garder strictement confidentiels les termes de la transaction.
        """,
        "es": """
            ^PROPUESTA DE ACUERDO TRANSACCIONAL
            {company} abonará {amount} como liquidación total y definitiva de todas las reclamaciones, sin reconocer responsabilidad.
            Nuestro abogado propone empezar en {amount} y autoriza un máximo de {amount2}.
            Las partes mantendrán estrictamente confidenciales los términos del acuerdo.
        """,
        "nl": """
            ^SCHIKKINGSVOORSTEL – CONCEPT
            {company} betaalt {amount} als finale kwijting van alle vorderingen, zonder erkenning van aansprakelijkheid.
            Onze advocaat stelt voor te openen op {amount} en mag tot {amount2} gaan.
            Partijen houden de inhoud van de vaststellingsovereenkomst strikt vertrouwelijk.
        """,
    }),
    Family("deposition_prep", X, "test", text={
        "en": """
            Prepare {name} for next week's deposition: likely questions about the {date} emails and how to answer them.
            Counsel wants {first} to avoid speculating about why the shipment to {company} was delayed.
            Make a list of documents the other side will probably show {first} and our explanation for each.
            Our litigators think the plaintiff will focus on the missed safety audit; rehearse that line of questioning.
        """,
        "de": """
            Bereite {name} auf die Zeugenvernehmung vor: voraussichtliche Fragen zu den E-Mails vom {date}.
            Unser Anwalt möchte, dass {first} nicht darüber spekuliert, warum die Lieferung an {company} verspätet war.
        """,
        "fr": """
            Prépare {name} à son audition : questions probables sur les e-mails du {date} et réponses recommandées.
            Notre avocat souhaite que {first} évite toute supposition sur le retard de livraison à {company}.
        """,
        "es": """
            Prepara a {name} para su declaración testifical: preguntas probables sobre los correos del {date}.
            Nuestro abogado quiere que {first} no especule sobre el retraso del envío a {company}.
        """,
        "nl": """
            Bereid {name} voor op het getuigenverhoor: waarschijnlijke vragen over de e-mails van {date}.
            Onze advocaat wil dat {first} niet speculeert over de vertraagde levering aan {company}.
        """,
    }),
    Family("regulator_response", X, "train", text={
        "en": """
            Draft, reviewed by counsel: our response to {regulator} on the complaint about the {product} data export.
            Legal advises that we describe the incident factually and do not characterise it as a breach in this letter.
            Outside counsel's comments: remove the sentence about prior incidents; it is not responsive to question 4.
            Our lawyers want the timeline to match what we told {regulator} on {date}.
        """,
        "de": """
            Entwurf, von der Kanzlei geprüft: unsere Antwort an {regulator} zur Beschwerde über den Datenexport.
            Die Rechtsabteilung rät, den Vorfall sachlich zu schildern und ihn nicht als Datenpanne zu bezeichnen.
            Anmerkung unseres Anwalts: den Satz über frühere Vorfälle streichen, er beantwortet Frage 4 nicht.
        """,
        "fr": """
            Projet relu par nos avocats : réponse à {regulator} concernant la plainte sur l'export de données.
            Le service juridique conseille de décrire l'incident de façon factuelle sans le qualifier de violation.
        """,
        "es": """
            Borrador revisado por nuestros abogados: respuesta a {regulator} sobre la reclamación por la exportación de datos.
            La asesoría jurídica recomienda describir el incidente con hechos y no calificarlo de brecha.
        """,
        "nl": """
            Concept, door onze advocaten nagekeken: antwoord aan {regulator} over de klacht over de data-export.
            Juridische zaken adviseert het incident feitelijk te beschrijven en het geen datalek te noemen.
        """,
    }),
    Family("counsel_email", X, "dev", text={
        "en": """
            {first}, as your lawyer I need the full chronology before I can tell you whether to terminate the {company} contract.
            Question for our attorneys: can we withhold the final payment to {company} if they miss the milestone again?
            Thanks for the call – as discussed, my advice is to send the notice of breach but not terminate yet.
            Please keep this thread between you and legal; forwarding it could waive the protection.
        """,
        "de": """
            Frage an unsere Anwälte: dürfen wir die Schlusszahlung an {company} zurückhalten, wenn der Meilenstein erneut verfehlt wird?
            Wie besprochen rate ich, die Abmahnung zu schicken, aber noch nicht zu kündigen.
        """,
        "fr": """
            Question pour nos avocats : pouvons-nous retenir le dernier paiement à {company} si le jalon est de nouveau manqué ?
            Comme convenu, je vous conseille d'envoyer la mise en demeure sans résilier pour l'instant.
        """,
        "es": """
            Pregunta para nuestros abogados: ¿podemos retener el último pago a {company} si vuelve a incumplir el hito?
            Como hablamos, le aconsejo enviar el requerimiento pero no resolver el contrato todavía.
        """,
        "nl": """
            Vraag aan onze advocaten: mogen we de slotbetaling aan {company} inhouden als de mijlpaal weer wordt gemist?
            Zoals besproken adviseer ik de ingebrekestelling te sturen maar nog niet te ontbinden.
        """,
    }),
    Family("advice_plain", X, "test", min_sentences=3, text={
        "en": """
            I spoke with our lawyer about the {company} termination and she thinks we would probably lose if it went to court.
            Her advice was to offer {first} three extra months of pay rather than fight the claim.
            She also said we should not put anything about the reasons in writing until she has reviewed it.
            Turn her advice into a short plan for the leadership meeting.
        """,
        "de": """
            Ich habe mit unserer Anwältin über die Kündigung von {first} gesprochen; sie meint, vor Gericht würden wir wohl verlieren.
            Ihr Rat war, drei zusätzliche Monatsgehälter anzubieten, statt es auf einen Prozess ankommen zu lassen.
            Wir sollten nichts zu den Gründen schriftlich festhalten, bevor sie es geprüft hat.
        """,
        "fr": """
            J'ai parlé à notre avocate du licenciement de {first} ; selon elle, nous perdrions probablement devant le juge.
            Elle conseille de proposer trois mois de salaire supplémentaires plutôt que d'aller au procès.
            Elle demande que rien ne soit écrit sur les motifs avant sa relecture.
        """,
        "es": """
            Hablé con nuestra abogada sobre el despido de {first}; cree que probablemente perderíamos en el juzgado.
            Su consejo es ofrecer tres meses de salario adicionales en lugar de litigar.
            Pide que no pongamos nada por escrito sobre los motivos hasta que ella lo revise.
        """,
        "nl": """
            Ik heb met onze advocaat gesproken over het ontslag van {first}; zij denkt dat we bij de rechter zouden verliezen.
            Haar advies is drie extra maandsalarissen aan te bieden in plaats van te procederen.
            Ze vraagt niets over de redenen op papier te zetten voordat zij het heeft bekeken.
        """,
    }),
    Family("settlement_talk_de", X, "test", min_sentences=3, text={
        "de": """
            Die Gegenseite wäre bereit, die Klage zurückzunehmen, wenn wir {amount} zahlen; unser Anwalt hält {amount2} für vertretbar.
            Bitte formuliere eine Antwort, die Gesprächsbereitschaft signalisiert, ohne eine Zahl zu nennen.
            Intern haben wir als Obergrenze {amount2} festgelegt, das darf {company} auf keinen Fall erfahren.
            Nach Einschätzung unserer Kanzlei sind die Erfolgsaussichten vor Gericht höchstens fünfzig Prozent.
        """,
        "en": """
            The other side would drop the claim if we pay {amount}; our lawyer thinks {amount2} is defensible.
            Write a reply that signals we are open to talks without naming a number.
            Internally we set {amount2} as the ceiling; {company} must not learn that.
        """,
    }),
    Family("claim_assessment", X, "test", text={
        "en": """
            Exposure analysis prepared for the general counsel: the {company} claim could cost {amount} if the court accepts their damages model.
            Our litigation team rates the chance of winning the motion to dismiss at {pct}.
            The key risk is the internal email from {date} that acknowledges the defect.
        """,
        "de": """
            Risikoanalyse für den Chefsyndikus: die Klage von {company} könnte {amount} kosten, wenn das Gericht dem Schadensmodell folgt.
            Unser Prozessteam schätzt die Chance auf Klageabweisung auf {pct}.
        """,
        "fr": """
            Analyse de risque pour la directrice juridique : la réclamation de {company} pourrait coûter {amount}.
            Notre équipe contentieux estime les chances de rejet de la demande à {pct}.
        """,
        "es": """
            Análisis de exposición para el director jurídico: la demanda de {company} podría costar {amount}.
            Nuestro equipo de litigios estima en un {pct} la probabilidad de desestimación.
        """,
        "nl": """
            Risicoanalyse voor de general counsel: de claim van {company} kan {amount} kosten als de rechter het schademodel volgt.
            Ons procesteam schat de kans op niet-ontvankelijkheid op {pct}.
        """,
    }),
    # ------------------------------------------- more training variety, per label
    Family("tech_help", P, "train", hard_negative=True, text={
        "en": """
            What is the difference between a UUID like {uuid} and a database sequence?
            How does git compute a commit hash such as {sha}? Explain it simply.
            My regex for dates fails on "2024-02-30"; how do I validate real calendar dates in Python?
            Why is SHA-256 preferred over MD5 for checksums of downloads?
            Write a unit test for a function that parses ISO timestamps and rejects bad ones.
            This open-source library logs request id {uuid} on every retry; how do I turn that off?
        """,
        "de": """
            Was ist der Unterschied zwischen einer UUID wie {uuid} und einer Datenbanksequenz?
            Wie berechnet git einen Commit-Hash wie {sha}? Einfach erklärt, bitte.
            Warum ist SHA-256 für Prüfsummen besser als MD5?
        """,
        "fr": """
            Quelle est la différence entre un UUID comme {uuid} et une séquence de base de données ?
            Comment git calcule-t-il un hash de commit comme {sha} ? Explique simplement.
            Pourquoi préférer SHA-256 à MD5 pour les sommes de contrôle ?
        """,
        "es": """
            ¿Qué diferencia hay entre un UUID como {uuid} y una secuencia de base de datos?
            ¿Cómo calcula git un hash de commit como {sha}? Explícalo de forma sencilla.
            ¿Por qué se prefiere SHA-256 a MD5 para las sumas de verificación?
        """,
        "nl": """
            Wat is het verschil tussen een UUID zoals {uuid} en een databasesequentie?
            Hoe berekent git een commit-hash zoals {sha}? Leg het eenvoudig uit.
            Waarom is SHA-256 beter dan MD5 voor controlesommen?
        """,
    }),
    Family("management_101", P, "train", hard_negative=True, text={
        "en": """
            What are good practices for giving difficult feedback to an employee, in general?
            Explain what a performance improvement plan is and when companies use one.
            How should a small business plan its annual budget? Give a generic template.
            What does a data protection officer do under the GDPR?
            List common reasons why sick leave policies differ between countries.
            What should a manager avoid saying in a job interview?
        """,
        "de": """
            Wie gibt man einem Mitarbeiter schwieriges Feedback? Allgemeine Tipps, bitte.
            Was ist ein Leistungsverbesserungsplan und wann wird er eingesetzt?
            Was macht ein Datenschutzbeauftragter nach der DSGVO?
        """,
        "fr": """
            Comment donner un retour difficile à un salarié ? Conseils généraux.
            Qu'est-ce qu'un plan d'amélioration des performances et quand l'utilise-t-on ?
            Quel est le rôle d'un délégué à la protection des données selon le RGPD ?
        """,
        "es": """
            ¿Cómo dar una opinión difícil a un empleado? Consejos generales.
            ¿Qué es un plan de mejora del rendimiento y cuándo se usa?
            ¿Qué hace un delegado de protección de datos según el RGPD?
        """,
        "nl": """
            Hoe geef je een medewerker lastige feedback? Algemene tips.
            Wat is een verbeterplan en wanneer gebruiken bedrijven dat?
            Wat doet een functionaris gegevensbescherming volgens de AVG?
        """,
    }),
    Family("health_info", P, "train", text={
        "en": """
            What are the usual symptoms of seasonal flu, and when should someone see a doctor?
            Explain how physiotherapy helps with chronic back pain, for a general audience.
            Write a short wellbeing newsletter item about taking breaks from the screen.
            What is the difference between anxiety and ordinary stress?
        """,
        "de": """
            Was sind typische Symptome einer Grippe, und wann sollte man zum Arzt?
            Schreibe einen kurzen Newsletter-Beitrag über Bildschirmpausen.
        """,
        "fr": """
            Quels sont les symptômes habituels de la grippe et quand consulter un médecin ?
            Écris un court article de newsletter sur les pauses loin des écrans.
        """,
        "es": """
            ¿Cuáles son los síntomas habituales de la gripe y cuándo hay que ir al médico?
            Escribe una breve nota para el boletín sobre las pausas de pantalla.
        """,
        "nl": """
            Wat zijn de gebruikelijke symptomen van griep en wanneer ga je naar de dokter?
            Schrijf een kort nieuwsbriefstuk over pauzes van het scherm.
        """,
    }),
    Family("budget_tracking", I, "train", text={
        "en": """
            Team budget check: we have spent {amount} of the {amount2} allocated for tooling this year.
            Travel spend for the {city} office is {pct} over forecast; suggest where to cut.
            Summarise the cost centre report for the support organisation, quarter {n}.
            The licence renewal for {product} costs {amount}; finance wants a justification by {date}.
        """,
        "de": """
            Budgetcheck: wir haben {amount} von {amount2} für Tools in diesem Jahr ausgegeben.
            Die Reisekosten des Büros in {city} liegen {pct} über Plan; wo können wir kürzen?
            Die Lizenzverlängerung für {product} kostet {amount}; das Controlling will bis {date} eine Begründung.
        """,
        "fr": """
            Point budget : nous avons dépensé {amount} sur les {amount2} prévus pour les outils cette année.
            Les frais de déplacement du bureau de {city} dépassent la prévision de {pct}.
        """,
        "es": """
            Control de presupuesto: hemos gastado {amount} de los {amount2} asignados a herramientas este año.
            Los gastos de viaje de la oficina de {city} superan la previsión en un {pct}.
        """,
        "nl": """
            Budgetcheck: we hebben {amount} van de {amount2} voor tooling dit jaar uitgegeven.
            De reiskosten van het kantoor in {city} liggen {pct} boven de prognose.
        """,
    }),
    Family("system_postmortem", I, "train", text={
        "en": """
            Postmortem: the case routing service was down for {n} minutes on {date} after a bad config push.
            Root cause: the deployment skipped the canary stage; action items are in the tracker.
            Write a summary of the outage for the internal status page, no customer names.
            Request {uuid} timed out at the gateway; the retry storm doubled the load on the queue.
        """,
        "de": """
            Postmortem: der Routing-Dienst war am {date} nach einer fehlerhaften Konfiguration {n} Minuten ausgefallen.
            Ursache: das Deployment hat die Canary-Stufe übersprungen; Maßnahmen stehen im Tracker.
        """,
        "fr": """
            Post-mortem : le service de routage a été indisponible {n} minutes le {date} après une mauvaise configuration.
            Cause : le déploiement a sauté l'étape canari ; les actions sont dans l'outil de suivi.
        """,
        "es": """
            Postmortem: el servicio de enrutamiento estuvo caído {n} minutos el {date} tras una configuración errónea.
            Causa: el despliegue se saltó la fase canary; las acciones están en el gestor de tareas.
        """,
        "nl": """
            Postmortem: de routeringsdienst lag op {date} {n} minuten plat na een foute configuratie.
            Oorzaak: de uitrol sloeg de canary-fase over; acties staan in de tracker.
        """,
    }),
    Family("vendor_eval", I, "train", text={
        "en": """
            Compare the two shortlisted ticketing vendors on price, SSO support and data residency.
            Our internal scoring puts {company} first for the logistics integration; summarise why.
            Draft the internal recommendation memo for the tooling committee meeting on {date}.
        """,
        "de": """
            Vergleiche die zwei Ticketsystem-Anbieter der Shortlist nach Preis, SSO und Datenstandort.
            Entwirf die interne Empfehlung für das Tool-Gremium am {date}.
        """,
        "fr": """
            Compare les deux éditeurs présélectionnés sur le prix, le SSO et la localisation des données.
            Rédige la recommandation interne pour le comité outils du {date}.
        """,
        "es": """
            Compara los dos proveedores preseleccionados por precio, SSO y residencia de datos.
            Redacta la recomendación interna para el comité de herramientas del {date}.
        """,
        "nl": """
            Vergelijk de twee leveranciers op de shortlist op prijs, SSO en dataopslaglocatie.
            Schrijf het interne advies voor het toolingoverleg van {date}.
        """,
    }),
    Family("employee_personal", C, "train", text={
        "en": """
            {name} asked for unpaid leave to care for her father, who has dementia; how should I reply?
            Payroll received a wage garnishment order for {name}; keep it between HR and the manager.
            {first} disclosed a disability during onboarding and needs a different chair and shorter shifts.
            {first} is going through a divorce and asked to change the emergency contact in the HR system.
            Summarise {first}'s sick notes from this year for the occupational health referral.
        """,
        "de": """
            {name} bittet um unbezahlten Urlaub, um den Vater mit Demenz zu pflegen; wie soll ich antworten?
            Die Lohnbuchhaltung hat einen Pfändungsbeschluss für {name} erhalten; nur HR und Führungskraft informieren.
            {first} hat beim Onboarding eine Schwerbehinderung angegeben und braucht kürzere Schichten.
        """,
        "fr": """
            {name} demande un congé sans solde pour s'occuper de son père atteint de démence ; que répondre ?
            La paie a reçu une saisie sur salaire pour {name} ; à garder entre les RH et le manager.
            {first} a déclaré un handicap à l'embauche et a besoin d'horaires aménagés.
        """,
        "es": """
            {name} pide una excedencia para cuidar de su padre con demencia; ¿cómo le respondo?
            Nóminas recibió un embargo de salario para {name}; que quede entre RR. HH. y su responsable.
            {first} comunicó una discapacidad al incorporarse y necesita turnos más cortos.
        """,
        "nl": """
            {name} vraagt onbetaald verlof om voor haar vader met dementie te zorgen; wat antwoord ik?
            De salarisadministratie kreeg een loonbeslag voor {name}; alleen HR en de manager weten ervan.
            {first} meldde bij indiensttreding een beperking en heeft kortere diensten nodig.
        """,
    }),
    Family("customer_personal", C, "train", text={
        "en": """
            The applicant, {name}, 47, earns about {amount} a year and has two outstanding loans.
            {name} told the agent she is undergoing chemotherapy and asked to pause her subscription.
            Customer profile: {name}, lives in {city}, recently widowed, asked us to stop calling her landline.
            Write a note for the file: {first} disputes the charge and says his ex-partner used his account.
        """,
        "de": """
            Der Antragsteller {name}, 47, verdient etwa {amount} im Jahr und hat zwei laufende Kredite.
            {name} hat erzählt, dass sie eine Chemotherapie macht, und bittet, das Abo zu pausieren.
        """,
        "fr": """
            Le demandeur, {name}, 47 ans, gagne environ {amount} par an et a deux crédits en cours.
            {name} a indiqué suivre une chimiothérapie et demande une suspension de son abonnement.
        """,
        "es": """
            El solicitante, {name}, de 47 años, gana unos {amount} al año y tiene dos préstamos pendientes.
            {name} contó que está en quimioterapia y pidió pausar su suscripción.
        """,
        "nl": """
            De aanvrager, {name}, 47 jaar, verdient ongeveer {amount} per jaar en heeft twee lopende leningen.
            {name} vertelde dat ze chemotherapie krijgt en vroeg haar abonnement te pauzeren.
        """,
    }),
    Family("access_review", C, "train", text={
        "en": """
            Audit finding: an agent opened {n} customer records without a case, including {name}'s account.
            The export sent to the wrong partner contained names, birth dates and contract values of {company} customers.
            List the affected individuals' data fields so we can decide whether to tell them.
            Do not forward this outside the review group: it names the employee under investigation, {name}.
        """,
        "de": """
            Prüfungsfeststellung: ein Mitarbeiter hat {n} Kundendatensätze ohne Vorgang geöffnet, darunter den von {name}.
            Der Export an den falschen Partner enthielt Namen, Geburtsdaten und Vertragswerte von Kunden.
        """,
        "fr": """
            Constat d'audit : un agent a consulté {n} fiches clients sans dossier, dont celle de {name}.
            L'export envoyé au mauvais partenaire contenait noms, dates de naissance et montants des contrats.
        """,
        "es": """
            Hallazgo de auditoría: un agente abrió {n} fichas de clientes sin caso, incluida la de {name}.
            La exportación enviada al socio equivocado contenía nombres, fechas de nacimiento e importes.
        """,
        "nl": """
            Auditbevinding: een medewerker opende {n} klantdossiers zonder zaak, waaronder dat van {name}.
            De export naar de verkeerde partner bevatte namen, geboortedata en contractwaarden.
        """,
    }),
    Family("exec_confidential", C, "train", text={
        "en": """
            Board pack, not yet announced: we plan to close the {city} site and cut {n} roles in Q{n2}.
            The reorganisation list names {name} and {name2} as redundant; do not share before consultation.
            Unpublished results: revenue fell {pct} and the profit warning goes out on {date}.
        """,
        "de": """
            Vorstandsunterlage, noch nicht angekündigt: wir schließen den Standort {city} und streichen {n} Stellen.
            Die Liste zur Umstrukturierung nennt {name} und {name2}; vor der Anhörung des Betriebsrats nicht teilen.
        """,
        "fr": """
            Dossier du conseil, non annoncé : fermeture du site de {city} et suppression de {n} postes.
            La liste de réorganisation mentionne {name} et {name2} ; ne pas diffuser avant la consultation du CSE.
        """,
        "es": """
            Documentación del consejo, aún no anunciada: cerramos el centro de {city} y suprimimos {n} puestos.
            La lista de reorganización incluye a {name} y {name2}; no compartir antes de la consulta.
        """,
        "nl": """
            Bestuursstukken, nog niet aangekondigd: we sluiten de vestiging in {city} en schrappen {n} functies.
            De reorganisatielijst noemt {name} en {name2}; niet delen voor de ondernemingsraad is geraadpleegd.
        """,
    }),
    Family("manager_diary", C, "train", min_sentences=3, text={
        "en": """
            Private notes on {first}: since the bereavement in May he has missed several team meetings.
            I noticed {first} crying after the one-to-one; she mentioned problems at home and money worries.
            {first} admitted he has been drinking more and asked me not to tell anyone on the team.
            I am worried about {first}'s health; she looks exhausted and has taken eight sick days this quarter.
            Help me decide how to raise this with {first} without making it worse.
        """,
        "de": """
            Persönliche Notizen zu {first}: seit dem Trauerfall im Mai fehlt er oft in Teammeetings.
            {first} hat nach dem Einzelgespräch geweint; sie erwähnte Probleme zu Hause und Geldsorgen.
            Ich mache mir Sorgen um die Gesundheit von {first}; acht Krankheitstage in diesem Quartal.
        """,
        "fr": """
            Notes personnelles sur {first} : depuis le deuil de mai, il manque souvent les réunions d'équipe.
            {first} a pleuré après l'entretien ; elle a parlé de problèmes familiaux et de soucis d'argent.
            Je m'inquiète pour la santé de {first} : huit jours d'arrêt ce trimestre.
        """,
        "es": """
            Notas personales sobre {first}: desde el fallecimiento en mayo falta a menudo a las reuniones.
            {first} lloró después de la reunión individual; mencionó problemas en casa y deudas.
            Me preocupa la salud de {first}: ocho días de baja este trimestre.
        """,
        "nl": """
            Persoonlijke notities over {first}: sinds het overlijden in mei mist hij vaak teamoverleggen.
            {first} huilde na het één-op-ééngesprek; ze noemde problemen thuis en geldzorgen.
            Ik maak me zorgen over de gezondheid van {first}: acht ziektedagen dit kwartaal.
        """,
    }),
    Family("harassment_complaint", C, "train", text={
        "en": """
            {name} filed a complaint that her team lead made repeated comments about her appearance.
            Witnesses named in the complaint: {name2} and {first}; interviews are scheduled for {date}.
            Summarise the HR investigation notes and keep the complainant's identity protected.
            The accused manager, {name2}, has been moved to another team while HR reviews the case.
        """,
        "de": """
            {name} hat sich beschwert, dass ihr Teamleiter wiederholt Bemerkungen über ihr Aussehen macht.
            In der Beschwerde genannte Zeugen: {name2} und {first}; Gespräche am {date}.
        """,
        "fr": """
            {name} a déposé une plainte : son chef d'équipe fait des remarques répétées sur son apparence.
            Témoins cités : {name2} et {first} ; entretiens prévus le {date}.
        """,
        "es": """
            {name} presentó una queja porque su jefe de equipo hace comentarios repetidos sobre su aspecto.
            Testigos citados: {name2} y {first}; entrevistas previstas el {date}.
        """,
        "nl": """
            {name} diende een klacht in omdat haar teamleider steeds opmerkingen maakt over haar uiterlijk.
            Genoemde getuigen: {name2} en {first}; gesprekken gepland op {date}.
        """,
    }),
    Family("breach_notice", C, "train", text={
        "en": """
            We are writing to tell you that your name, address and order history were sent to another customer by mistake.
            Internal log: {n} customers' bank details were visible in the partner portal for two days.
            Prepare the list of affected customers in {city} with the data exposed for each.
            The DPO needs the number of data subjects and the categories of personal data by {date}.
        """,
        "de": """
            Wir informieren Sie, dass Ihr Name, Ihre Anschrift und Ihre Bestellungen versehentlich an einen anderen Kunden gingen.
            Internes Protokoll: die Bankdaten von {n} Kunden waren zwei Tage im Partnerportal sichtbar.
        """,
        "fr": """
            Nous vous informons que vos nom, adresse et commandes ont été envoyés par erreur à un autre client.
            Journal interne : les coordonnées bancaires de {n} clients étaient visibles deux jours sur le portail.
        """,
        "es": """
            Le informamos de que su nombre, dirección y pedidos se enviaron por error a otro cliente.
            Registro interno: los datos bancarios de {n} clientes estuvieron visibles dos días en el portal.
        """,
        "nl": """
            Wij melden u dat uw naam, adres en bestelgeschiedenis per vergissing naar een andere klant zijn gestuurd.
            Intern logboek: de bankgegevens van {n} klanten waren twee dagen zichtbaar in het partnerportaal.
        """,
    }),
    # ------------------------------------- more variety: paraphrase, genres, hard negatives
    Family("privacy_policy_text", P, "train", hard_negative=True, text={
        "en": """
            ^Privacy notice
            We process personal data such as your name, e-mail address and order history to provide the service.
            You may ask our Data Protection Officer for a copy of the personal data we hold about you.
            Confidential information you share with support is kept only as long as needed to resolve your request.
            Health data is a special category of personal data and is never used for marketing.
            If you believe your data has been misused, you can lodge a complaint with the supervisory authority.
            Rewrite this privacy notice in plain language for our website footer.
            Is this cookie banner text compliant with the GDPR? Suggest improvements.
        """,
        "de": """
            ^Datenschutzhinweise
            Wir verarbeiten personenbezogene Daten wie Name, E-Mail-Adresse und Bestellhistorie, um den Dienst zu erbringen.
            Sie können von unserem Datenschutzbeauftragten eine Kopie der über Sie gespeicherten Daten verlangen.
            Gesundheitsdaten gehören zu den besonderen Kategorien personenbezogener Daten.
            Formuliere diese Datenschutzerklärung verständlicher für unsere Website.
        """,
        "fr": """
            ^Politique de confidentialité
            Nous traitons des données personnelles telles que votre nom et votre adresse e-mail pour fournir le service.
            Vous pouvez demander à notre délégué à la protection des données une copie de vos données.
            Les données de santé sont une catégorie particulière de données et ne servent jamais au marketing.
            Réécris cette politique de confidentialité dans un langage simple pour le site.
        """,
        "es": """
            ^Política de privacidad
            Tratamos datos personales como su nombre y su correo electrónico para prestar el servicio.
            Puede solicitar a nuestro delegado de protección de datos una copia de sus datos.
            Los datos de salud son una categoría especial de datos personales.
            Reescribe esta política de privacidad en un lenguaje sencillo para la web.
        """,
        "nl": """
            ^Privacyverklaring
            Wij verwerken persoonsgegevens zoals uw naam en e-mailadres om de dienst te leveren.
            U kunt onze functionaris gegevensbescherming om een kopie van uw gegevens vragen.
            Gezondheidsgegevens zijn een bijzondere categorie persoonsgegevens.
            Herschrijf deze privacyverklaring in eenvoudige taal voor de website.
        """,
    }),
    Family("law_firm_blog", P, "train", hard_negative=True, text={
        "en": """
            ^Five things every founder should know about settlement agreements
            Our litigation team regularly advises technology companies on commercial disputes and class actions.
            A settlement agreement usually includes a confidentiality clause and a release of claims.
            Legal privilege protects communications with your lawyer, but only if they stay confidential.
            This article is general information and not legal advice; contact a qualified attorney about your case.
            Turn this blog post into a LinkedIn teaser of three sentences.
            Edit the headline of our newsletter article on litigation holds so it is catchier.
        """,
        "de": """
            ^Fünf Dinge, die Gründer über Vergleichsvereinbarungen wissen sollten
            Unser Prozessteam berät Technologieunternehmen regelmäßig bei Handelsstreitigkeiten.
            Ein Vergleich enthält meist eine Vertraulichkeitsklausel und eine Abgeltungsklausel.
            Dieser Beitrag ist keine Rechtsberatung; wenden Sie sich an eine Anwältin oder einen Anwalt.
        """,
        "fr": """
            ^Cinq choses à savoir sur les protocoles transactionnels
            Notre équipe contentieux conseille régulièrement des entreprises technologiques.
            Une transaction comporte souvent une clause de confidentialité et une renonciation à agir.
            Cet article est une information générale et ne constitue pas un conseil juridique.
        """,
        "es": """
            ^Cinco cosas que debe saber sobre los acuerdos transaccionales
            Nuestro equipo de litigios asesora a empresas tecnológicas en disputas comerciales.
            Un acuerdo transaccional suele incluir una cláusula de confidencialidad.
            Este artículo es información general y no constituye asesoramiento jurídico.
        """,
        "nl": """
            ^Vijf dingen die u moet weten over vaststellingsovereenkomsten
            Ons procesteam adviseert technologiebedrijven geregeld bij commerciële geschillen.
            Een vaststellingsovereenkomst bevat meestal een geheimhoudingsbeding.
            Dit artikel is algemene informatie en geen juridisch advies.
        """,
    }),
    Family("court_ruling_news", P, "dev", hard_negative=True, text={
        "en": """
            The appeals court ruled on {date} that the emails between the company and its in-house lawyer were not privileged.
            Judges rejected the settlement proposed in the data breach class action as too small.
            The verdict, published on the court's website, ordered {company} to pay damages to former employees.
            Commentators say the ruling will change how companies run internal investigations.
            Summarise this court report for our weekly legal news digest.
        """,
        "de": """
            Das Oberlandesgericht entschied am {date}, dass die E-Mails mit der Syndikusanwältin nicht geschützt sind.
            Das Urteil wurde auf der Website des Gerichts veröffentlicht.
            Fasse diesen Gerichtsbericht für unseren Newsletter zusammen.
        """,
        "fr": """
            La cour d'appel a jugé le {date} que les échanges avec le juriste interne n'étaient pas couverts par le secret.
            La décision, publiée sur le site de la juridiction, condamne {company} à indemniser d'anciens salariés.
            Résume ce compte rendu d'audience pour notre lettre d'information.
        """,
        "es": """
            El tribunal de apelación resolvió el {date} que los correos con el abogado interno no estaban protegidos.
            La sentencia, publicada en la web del tribunal, condena a {company} a indemnizar a extrabajadores.
            Resume esta noticia judicial para nuestro boletín.
        """,
        "nl": """
            Het hof oordeelde op {date} dat de e-mails met de bedrijfsjurist niet onder het verschoningsrecht vielen.
            De uitspraak, gepubliceerd op rechtspraak.nl, veroordeelt {company} tot schadevergoeding.
            Vat dit rechtszaakbericht samen voor onze nieuwsbrief.
        """,
    }),
    Family("hr_advice_generic", P, "train", hard_negative=True, text={
        "en": """
            How should a manager support an employee who returns from long-term sick leave? General tips please.
            What is a performance improvement plan and when is it appropriate?
            Write a generic checklist for handling a harassment complaint fairly.
            Explain in general terms what reasonable adjustments for a disability can look like.
            What questions are not allowed in a job interview in the EU?
        """,
        "de": """
            Wie unterstützt eine Führungskraft Mitarbeitende nach langer Krankheit? Allgemeine Tipps bitte.
            Was ist ein Leistungsverbesserungsplan und wann ist er sinnvoll?
            Welche Fragen sind im Vorstellungsgespräch unzulässig?
        """,
        "fr": """
            Comment un manager peut-il accompagner un salarié qui revient d'un long arrêt maladie ? Conseils généraux.
            Qu'est-ce qu'un plan d'amélioration de la performance ?
            Quelles questions sont interdites en entretien d'embauche ?
        """,
        "es": """
            ¿Cómo puede un responsable apoyar a un empleado que vuelve de una baja larga? Consejos generales.
            ¿Qué es un plan de mejora del rendimiento y cuándo conviene?
            ¿Qué preguntas están prohibidas en una entrevista de trabajo?
        """,
        "nl": """
            Hoe ondersteunt een leidinggevende een medewerker die terugkomt na langdurig verzuim? Algemene tips graag.
            Wat is een verbetertraject en wanneer is het passend?
            Welke vragen zijn niet toegestaan in een sollicitatiegesprek?
        """,
    }),
    Family("security_advisory_public", P, "train", hard_negative=True, text={
        "en": """
            ^Security advisory
            A vulnerability in the open-source parser allows remote code execution; update to the latest version.
            Explain what a data breach notification must contain under Article 33 of the GDPR.
            Write a blog post about phishing tips for employees, using {docemail} as the example address.
            What is the difference between an incident and a breach in ISO 27001 terms?
            Rotate the sample key {dockey} shown in the tutorial; it is a placeholder.
        """,
        "de": """
            Eine Schwachstelle im Open-Source-Parser erlaubt Codeausführung aus der Ferne; bitte aktualisieren.
            Erkläre, was eine Meldung nach Art. 33 DSGVO enthalten muss.
            Schreibe Tipps gegen Phishing für Mitarbeitende.
        """,
        "fr": """
            Une vulnérabilité du parseur open source permet l'exécution de code à distance ; mettez à jour.
            Explique ce que doit contenir une notification de violation selon l'article 33 du RGPD.
        """,
        "es": """
            Una vulnerabilidad en el analizador de código abierto permite ejecutar código en remoto; actualice.
            Explica qué debe contener una notificación de brecha según el artículo 33 del RGPD.
        """,
        "nl": """
            Een kwetsbaarheid in de opensource-parser maakt code-uitvoering op afstand mogelijk; werk bij.
            Leg uit wat een melding datalek volgens artikel 33 AVG moet bevatten.
        """,
    }),
    Family("fiction_story", P, "train", hard_negative=True, min_sentences=3, text={
        "en": """
            Write a short story in which a young attorney named {first} discovers a secret in an old case file.
            In chapter two, {first} meets the detective at a café in {city} and they argue about the verdict.
            Continue the mystery: the confidential letter turns out to be a forgery.
            Make the dialogue between the judge and the witness more dramatic.
            Give me a plot twist for my crime novel set in a law firm.
        """,
        "de": """
            Schreibe eine Kurzgeschichte, in der eine junge Anwältin namens {first} ein Geheimnis in einer alten Akte findet.
            Im zweiten Kapitel trifft {first} den Kommissar in einem Café in {city}.
            Gib mir eine überraschende Wendung für meinen Krimi.
        """,
        "fr": """
            Écris une nouvelle où une jeune avocate, {first}, découvre un secret dans un vieux dossier.
            Au chapitre deux, {first} retrouve l'inspecteur dans un café de {city}.
            Propose un rebondissement pour mon roman policier.
        """,
        "es": """
            Escribe un relato en el que una joven abogada llamada {first} descubre un secreto en un expediente antiguo.
            En el capítulo dos, {first} se reúne con el inspector en un café de {city}.
            Dame un giro argumental para mi novela negra.
        """,
        "nl": """
            Schrijf een kort verhaal waarin een jonge advocaat, {first}, een geheim ontdekt in een oud dossier.
            In hoofdstuk twee ontmoet {first} de rechercheur in een café in {city}.
            Bedenk een plotwending voor mijn detective.
        """,
    }),
    Family("release_plan", I, "train", text={
        "en": """
            Release plan for version {n}: code freeze on {date}, regression run the following week.
            The feature flag for {product} stays off for EMEA tenants until the load test passes.
            Sprint retro: the team wants fewer meetings and a clearer definition of done.
            Draft the internal changelog for the support team, not for customers.
            Which of these {n} Jira tickets should slip to the next sprint?
        """,
        "de": """
            Releaseplan für Version {n}: Code-Freeze am {date}, danach eine Woche Regressionstests.
            Das Feature-Flag für {product} bleibt für EMEA aus, bis der Lasttest bestanden ist.
            Entwirf das interne Changelog für das Support-Team.
        """,
        "fr": """
            Plan de version {n} : gel du code le {date}, tests de non-régression la semaine suivante.
            Le feature flag de {product} reste désactivé pour l'EMEA jusqu'au test de charge.
            Rédige le journal des modifications interne pour le support.
        """,
        "es": """
            Plan de la versión {n}: congelación del código el {date} y pruebas de regresión después.
            El feature flag de {product} sigue desactivado en EMEA hasta superar la prueba de carga.
            Redacta el registro de cambios interno para el equipo de soporte.
        """,
        "nl": """
            Releaseplan voor versie {n}: code freeze op {date}, daarna een week regressietests.
            De feature flag voor {product} blijft uit voor EMEA tot de loadtest slaagt.
            Schrijf de interne changelog voor het supportteam.
        """,
    }),
    Family("oncall_runbook", I, "train", text={
        "en": """
            Runbook: when the queue depth alert fires, check the worker pool dashboard before paging the team lead.
            Our on-call rota for {date}: primary is {first}, secondary is the platform team.
            The integration user's nightly sync failed again; restart it from the admin console and note it in the channel.
            Summarise last week's pager alerts by service for the ops review.
        """,
        "de": """
            Runbook: wenn der Alarm zur Warteschlangentiefe auslöst, zuerst das Dashboard prüfen, dann eskalieren.
            Rufbereitschaft am {date}: primär {first}, sekundär das Plattform-Team.
            Fasse die Alarme der letzten Woche für das Ops-Review zusammen.
        """,
        "fr": """
            Procédure : quand l'alerte de file d'attente se déclenche, vérifier le tableau de bord avant d'escalader.
            Astreinte du {date} : {first} en premier, l'équipe plateforme en second.
            Résume les alertes de la semaine pour la revue d'exploitation.
        """,
        "es": """
            Procedimiento: cuando salte la alerta de la cola, revisa el panel antes de avisar al responsable.
            Guardia del {date}: primero {first}, después el equipo de plataforma.
            Resume las alertas de la semana para la revisión de operaciones.
        """,
        "nl": """
            Runbook: als het alarm voor de wachtrij afgaat, eerst het dashboard controleren en dan escaleren.
            Piketdienst op {date}: eerst {first}, daarna het platformteam.
            Vat de meldingen van vorige week samen voor het ops-overleg.
        """,
    }),
    Family("sales_playbook", I, "dev", text={
        "en": """
            Internal sales playbook: when a prospect mentions a competitor, steer the call towards {product}.
            Our discount approval matrix: up to {pct} the rep decides, above that the regional director.
            Rewrite the objection-handling section for the {industry} segment.
            Territory plan for next quarter: {first} takes the {city} accounts.
        """,
        "de": """
            Interner Vertriebsleitfaden: nennt ein Interessent einen Wettbewerber, auf {product} lenken.
            Rabattfreigabe: bis {pct} entscheidet der Vertrieb, darüber die Regionalleitung.
            Gebietsplanung für das nächste Quartal: {first} übernimmt die Accounts in {city}.
        """,
        "fr": """
            Guide commercial interne : si un prospect cite un concurrent, orienter l'échange vers {product}.
            Grille d'approbation des remises : jusqu'à {pct} le commercial décide.
            Plan de territoire : {first} reprend les comptes de {city}.
        """,
        "es": """
            Guía comercial interna: si un cliente potencial menciona a la competencia, llevar la llamada hacia {product}.
            Matriz de descuentos: hasta el {pct} decide el comercial.
            Plan de territorio: {first} se queda con las cuentas de {city}.
        """,
        "nl": """
            Interne salesgids: noemt een prospect een concurrent, stuur dan aan op {product}.
            Kortingsmatrix: tot {pct} beslist de accountmanager zelf.
            Gebiedsplan: {first} neemt de accounts in {city} over.
        """,
    }),
    Family("employee_health", C, "train", text={
        "en": """
            {name} sent a fit note today: two weeks off with a stress-related illness. Update the absence record.
            {first} is pregnant and asked us to keep it quiet until she tells the team; plan cover for her leave in {date}.
            The insurer needs {first}'s diagnosis and treatment dates for the long-term disability claim.
            Return-to-work plan for {name}: phased hours after chemotherapy, no travel for three months.
            {first} disclosed a diabetes diagnosis and needs regular breaks; how do we document the adjustment?
        """,
        "de": """
            {name} hat heute eine Arbeitsunfähigkeitsbescheinigung geschickt: zwei Wochen wegen Erschöpfung.
            {first} ist schwanger und möchte, dass wir es noch nicht dem Team sagen.
            Wiedereingliederung für {name}: stufenweise Rückkehr nach der Chemotherapie.
            Die Versicherung braucht die Diagnose von {first} für den Antrag auf Berufsunfähigkeit.
        """,
        "fr": """
            {name} a transmis un arrêt de travail de deux semaines pour épuisement ; mets à jour le dossier d'absence.
            {first} est enceinte et souhaite que l'équipe ne le sache pas encore.
            Reprise progressive pour {name} après la chimiothérapie, sans déplacement pendant trois mois.
            L'assureur demande le diagnostic de {first} pour le dossier d'invalidité.
        """,
        "es": """
            {name} ha enviado un parte de baja de dos semanas por estrés; actualiza el registro de ausencias.
            {first} está embarazada y pide que el equipo no lo sepa todavía.
            Plan de reincorporación de {name}: jornada progresiva tras la quimioterapia.
            La aseguradora pide el diagnóstico de {first} para la incapacidad.
        """,
        "nl": """
            {name} heeft zich ziek gemeld met een briefje van de huisarts: twee weken wegens overspannenheid.
            {first} is zwanger en wil niet dat het team het al weet.
            Re-integratieplan voor {name}: gefaseerde uren na de chemotherapie.
            De verzekeraar vraagt de diagnose van {first} voor de arbeidsongeschiktheidsaanvraag.
        """,
    }),
    Family("payroll_details", C, "train", text={
        "en": """
            Payroll correction for {name}: base salary {amount}, bonus {amount2}, paid to the new account from next month.
            {first}'s wage garnishment order arrived; deduct the amount before the {date} payroll run.
            List the employees whose salary is above {amount} for the equity review; keep the file restricted.
            {name} is on a visa that expires on {date}; check whether the pay rise affects the sponsorship.
        """,
        "de": """
            Gehaltskorrektur für {name}: Grundgehalt {amount}, Bonus {amount2}, ab nächstem Monat auf das neue Konto.
            Für {first} ist ein Pfändungsbeschluss eingegangen; vor der Abrechnung am {date} abziehen.
            Liste alle Mitarbeitenden mit einem Gehalt über {amount}; Datei nur für HR.
        """,
        "fr": """
            Correction de paie pour {name} : salaire de base {amount}, prime {amount2}, sur le nouveau compte.
            Un avis de saisie sur salaire est arrivé pour {first} ; à déduire avant la paie du {date}.
            Liste des salariés payés plus de {amount} ; fichier réservé aux RH.
        """,
        "es": """
            Corrección de nómina de {name}: salario base {amount}, bonus {amount2}, al nuevo número de cuenta.
            Ha llegado un embargo de salario de {first}; descuéntalo antes de la nómina del {date}.
            Lista de empleados con salario superior a {amount}; archivo restringido a RR. HH.
        """,
        "nl": """
            Salariscorrectie voor {name}: basissalaris {amount}, bonus {amount2}, vanaf volgende maand op de nieuwe rekening.
            Voor {first} is een loonbeslag binnengekomen; inhouden voor de salarisrun van {date}.
            Lijst van medewerkers met een salaris boven {amount}; bestand alleen voor HR.
        """,
    }),
    Family("background_check", C, "train", text={
        "en": """
            The background check on {name} came back with a driving conviction from {year}; does it matter for the role?
            Reference from {first}'s previous employer: left after a disciplinary hearing about expenses.
            {first}'s residence permit expires on {date}; HR needs a copy of the passport before the offer.
            Summarise the candidate's credit check result for the finance controller position.
        """,
        "de": """
            Die Zuverlässigkeitsprüfung zu {name} zeigt eine Verurteilung wegen Trunkenheit am Steuer aus {year}.
            Referenz des früheren Arbeitgebers: {first} ging nach einem Disziplinarverfahren wegen Spesen.
            Der Aufenthaltstitel von {first} läuft am {date} ab; HR braucht eine Passkopie.
        """,
        "fr": """
            La vérification des antécédents de {name} révèle une condamnation routière de {year}.
            Référence de l'ancien employeur : {first} est parti après une procédure disciplinaire.
            Le titre de séjour de {first} expire le {date} ; les RH ont besoin du passeport.
        """,
        "es": """
            La verificación de antecedentes de {name} muestra una condena de tráfico de {year}.
            Referencia del empleador anterior: {first} se fue tras un expediente disciplinario.
            El permiso de residencia de {first} caduca el {date}; RR. HH. necesita el pasaporte.
        """,
        "nl": """
            De antecedentencheck van {name} laat een veroordeling voor rijden onder invloed uit {year} zien.
            Referentie van de vorige werkgever: {first} vertrok na een disciplinaire procedure.
            De verblijfsvergunning van {first} verloopt op {date}; HR heeft een kopie van het paspoort nodig.
        """,
    }),
    Family("customer_hardship", C, "train", text={
        "en": """
            Customer {name} wrote that she lost her job and cannot pay the {amount} invoice; her husband is in hospital.
            Case note: {first} is in a debt management plan and asked us not to call her at work.
            {name} from {city} says the delivery address must change because she is leaving an abusive partner.
            Draft a reply to {first} about the payment holiday; mention nothing about his medical condition.
        """,
        "de": """
            Kundin {name} schreibt, sie habe ihre Stelle verloren und könne die Rechnung über {amount} nicht zahlen.
            Fallnotiz: {first} ist in einer Schuldnerberatung und bittet, nicht bei der Arbeit anzurufen.
            {name} aus {city} muss die Lieferadresse ändern, weil sie sich von einem gewalttätigen Partner trennt.
        """,
        "fr": """
            La cliente {name} écrit qu'elle a perdu son emploi et ne peut pas régler la facture de {amount}.
            Note du dossier : {first} est en procédure de surendettement et demande qu'on ne l'appelle pas au travail.
            {name}, à {city}, change d'adresse de livraison car elle quitte un conjoint violent.
        """,
        "es": """
            La clienta {name} escribe que ha perdido el trabajo y no puede pagar la factura de {amount}.
            Nota del caso: {first} está en un plan de pagos de deudas y pide que no la llamemos al trabajo.
            {name}, de {city}, cambia la dirección de entrega porque deja a una pareja violenta.
        """,
        "nl": """
            Klant {name} schrijft dat ze haar baan kwijt is en de factuur van {amount} niet kan betalen.
            Dossiernotitie: {first} zit in de schuldhulpverlening en wil niet op het werk gebeld worden.
            {name} uit {city} wijzigt het afleveradres omdat ze bij een gewelddadige partner weggaat.
        """,
    }),
    Family("insider_access", C, "dev", text={
        "en": """
            Audit finding: a support agent opened {n} customer records with no open case, including {name}'s account.
            The access log shows {first} exported the VIP contact list to a personal drive on {date}.
            Draft the interview questions for the employee who viewed celebrity customers' addresses.
            Which customers' home addresses were in the file that left the company?
        """,
        "de": """
            Prüfungsfeststellung: ein Support-Mitarbeiter öffnete {n} Kundendatensätze ohne offenen Fall, darunter {name}.
            Das Zugriffsprotokoll zeigt, dass {first} am {date} die VIP-Kontaktliste auf ein privates Laufwerk exportierte.
        """,
        "fr": """
            Constat d'audit : un agent a consulté {n} fiches clients sans dossier ouvert, dont celle de {name}.
            Le journal d'accès montre que {first} a exporté la liste des contacts VIP le {date}.
        """,
        "es": """
            Hallazgo de auditoría: un agente abrió {n} fichas de clientes sin caso abierto, entre ellas la de {name}.
            El registro de accesos muestra que {first} exportó la lista de contactos VIP el {date}.
        """,
        "nl": """
            Auditbevinding: een supportmedewerker opende {n} klantdossiers zonder open zaak, waaronder dat van {name}.
            Het toegangslogboek toont dat {first} op {date} de VIP-contactlijst naar een privéschijf exporteerde.
        """,
    }),
    Family("one_on_one_notes", C, "train", min_sentences=3, text={
        "en": """
            1:1 with {first}: his father died last month and he is not sleeping; I offered compassionate leave.
            {first} said she is burned out and thinking about resigning; she asked me to keep it between us.
            I suspect {first} is drinking during lunch; two people noticed and I don't know how to raise it.
            Notes from my talk with {first}: the salary gap with the new hire upset her, she may file a grievance.
            Help me prepare a difficult conversation with {first} about repeated absences.
        """,
        "de": """
            1:1 mit {first}: sein Vater ist letzten Monat gestorben und er schläft kaum; ich habe Sonderurlaub angeboten.
            {first} sagt, sie sei ausgebrannt und denke an Kündigung; sie bat mich, es für mich zu behalten.
            Ich vermute, dass {first} mittags trinkt; zwei Kollegen haben es bemerkt.
        """,
        "fr": """
            Point individuel avec {first} : son père est décédé le mois dernier et il ne dort plus.
            {first} dit être en burn-out et penser à démissionner ; elle m'a demandé de garder ça pour moi.
            Je soupçonne que {first} boit pendant la pause déjeuner ; deux collègues l'ont remarqué.
        """,
        "es": """
            Reunión individual con {first}: su padre murió el mes pasado y apenas duerme; le ofrecí un permiso.
            {first} dice que está quemada y piensa en dimitir; me pidió que quede entre nosotros.
            Sospecho que {first} bebe a la hora de comer; dos compañeros lo han notado.
        """,
        "nl": """
            1-op-1 met {first}: zijn vader is vorige maand overleden en hij slaapt slecht; ik bood calamiteitenverlof aan.
            {first} zegt dat ze opgebrand is en overweegt op te stappen; ze vroeg het onder ons te houden.
            Ik vermoed dat {first} tijdens de lunch drinkt; twee collega's merkten het op.
        """,
    }),
    Family("counsel_chat", X, "train", min_sentences=2, text={
        "en": """
            Legal here: please don't put anything about the outage credits in writing to {company} until we've reviewed the contract.
            Our view (legal, not for forwarding): the termination notice was defective, so we can still contest it.
            Quick legal steer: if {company} sues, our weakest point is the missing sign-off on the change order.
            Per our in-house counsel, we should preserve all Slack messages about {company} and stop deleting them.
            The lawyers think we'd lose on the penalty clause; they suggest offering a credit instead.
        """,
        "de": """
            Hier die Rechtsabteilung: bitte nichts zu den Gutschriften schriftlich an {company}, bis wir den Vertrag geprüft haben.
            Unsere Einschätzung (nicht weiterleiten): die Kündigung war formunwirksam, wir können sie angreifen.
            Laut unserer Syndikusanwältin ist unser schwächster Punkt die fehlende Freigabe des Änderungsauftrags.
        """,
        "fr": """
            Ici le service juridique : n'écrivez rien à {company} sur les avoirs avant notre revue du contrat.
            Notre analyse (à ne pas transférer) : la résiliation est irrégulière, nous pouvons la contester.
            Selon notre juriste, notre point faible est l'absence de validation de l'avenant.
        """,
        "es": """
            Aquí asesoría jurídica: no escribáis nada a {company} sobre los abonos hasta revisar el contrato.
            Nuestra opinión (no reenviar): la resolución fue defectuosa y podemos impugnarla.
            Según nuestra abogada interna, nuestro punto débil es la falta de firma de la orden de cambio.
        """,
        "nl": """
            Juridische zaken hier: zet niets over de creditnota's op schrift naar {company} tot we het contract hebben bekeken.
            Ons standpunt (niet doorsturen): de opzegging was gebrekkig, we kunnen haar aanvechten.
            Volgens onze bedrijfsjurist is ons zwakste punt de ontbrekende handtekening onder de wijzigingsopdracht.
        """,
    }),
    Family("internal_investigation", X, "train", text={
        "en": """
            ^Conducted at the direction of counsel
            Interview notes, prepared for the general counsel: {first} admitted approving the invoices without checking them.
            Counsel gave the Upjohn warning before the interview; the notes reflect the lawyer's impressions.
            Our outside lawyers believe the payments to the distributor may breach anti-bribery law; do not discuss outside this group.
            Summarise the investigation findings for the audit committee's privileged session.
        """,
        "de": """
            ^Im Auftrag der Rechtsabteilung erstellt
            Gesprächsnotiz für die Chefjustiziarin: {first} räumte ein, die Rechnungen ungeprüft freigegeben zu haben.
            Unsere externen Anwälte halten die Zahlungen an den Händler für einen möglichen Korruptionsverstoß.
        """,
        "fr": """
            ^Réalisé à la demande de l'avocat
            Compte rendu d'entretien pour la directrice juridique : {first} a reconnu avoir validé les factures sans contrôle.
            Nos avocats estiment que les paiements au distributeur pourraient relever de la corruption.
        """,
        "es": """
            ^Elaborado por indicación de los abogados
            Notas de la entrevista para la directora jurídica: {first} admitió aprobar las facturas sin revisarlas.
            Nuestros abogados externos creen que los pagos al distribuidor podrían infringir la ley anticorrupción.
        """,
        "nl": """
            ^Opgesteld in opdracht van de advocaat
            Gespreksverslag voor de general counsel: {first} gaf toe de facturen zonder controle te hebben goedgekeurd.
            Onze advocaten menen dat de betalingen aan de distributeur mogelijk omkoping zijn.
        """,
    }),
    Family("dispute_strategy", X, "dev", text={
        "en": """
            Litigation strategy for the {company} claim: our lawyers put our chances at trial below 40%.
            Counsel wants to file a motion to dismiss first and open settlement talks only after discovery.
            Expected damages if we lose: {amount}; the legal team suggests a reserve of {amount2}.
            Draft talking points for the board based on counsel's assessment of the dispute.
        """,
        "de": """
            Prozessstrategie zur Klage von {company}: unsere Anwälte schätzen die Erfolgsaussichten unter 40 %.
            Die Kanzlei empfiehlt, zunächst Klageabweisung zu beantragen und erst danach über einen Vergleich zu sprechen.
            Erwarteter Schaden bei Niederlage: {amount}; die Rechtsabteilung empfiehlt eine Rückstellung von {amount2}.
        """,
        "fr": """
            Stratégie contentieuse face à {company} : nos avocats estiment nos chances à moins de 40 %.
            Le cabinet conseille de soulever d'abord une fin de non-recevoir, puis de négocier.
            Dommages attendus en cas de défaite : {amount} ; provision conseillée de {amount2}.
        """,
        "es": """
            Estrategia procesal frente a {company}: nuestros abogados estiman menos de un 40 % de éxito.
            El despacho aconseja pedir primero la desestimación y negociar después.
            Daños esperados si perdemos: {amount}; provisión recomendada de {amount2}.
        """,
        "nl": """
            Processtrategie in de zaak van {company}: onze advocaten schatten onze kansen onder de 40%.
            Het kantoor adviseert eerst niet-ontvankelijkheid te vragen en pas daarna te schikken.
            Verwachte schade bij verlies: {amount}; aanbevolen voorziening {amount2}.
        """,
    }),
    Family("contract_legal_review", X, "train", text={
        "en": """
            Counsel's redline comments on the {company} MSA: the uncapped indemnity is unacceptable and exposes us to {amount}.
            Legal advice on clause 14: we can terminate for convenience, but the notice must go out before {date}.
            Our lawyer flagged that the data processing addendum conflicts with our obligations under the consent decree.
            Summarise the legal review of the reseller agreement for the deal desk, keeping counsel's risk notes.
        """,
        "de": """
            Anmerkungen unserer Anwältin zum Rahmenvertrag mit {company}: die unbegrenzte Freistellung ist nicht akzeptabel.
            Rechtliche Einschätzung zu Ziffer 14: eine Kündigung ist möglich, muss aber vor dem {date} zugehen.
        """,
        "fr": """
            Commentaires de notre avocate sur le contrat-cadre {company} : l'indemnisation illimitée est inacceptable.
            Avis juridique sur l'article 14 : la résiliation est possible si elle est notifiée avant le {date}.
        """,
        "es": """
            Comentarios de nuestra abogada al contrato marco con {company}: la indemnidad ilimitada es inaceptable.
            Opinión jurídica sobre la cláusula 14: podemos resolver si lo notificamos antes del {date}.
        """,
        "nl": """
            Opmerkingen van onze advocaat bij de raamovereenkomst met {company}: de onbeperkte vrijwaring is onaanvaardbaar.
            Juridisch advies over artikel 14: opzeggen kan, mits vóór {date} betekend.
        """,
    }),
    Family("internal_metrics", I, "train", text={
        "en": """
            Weekly numbers for the leadership sync: {n} new logos, churn at {pct}, support backlog down to {n2} cases.
            The {city} office's utilisation dropped to {pct}; suggest how to present this in the QBR deck.
            Headcount plan: two open roles in support, one in sales ops, hiring freeze on the rest until Q3.
            Our internal target for first response time is {n} minutes; we hit it on four days out of five.
            Draft the agenda for Monday's team meeting: OKR check-in, tooling budget, holiday cover.
        """,
        "de": """
            Wochenzahlen für das Leitungsmeeting: {n} Neukunden, Churn bei {pct}, Support-Rückstand bei {n2} Fällen.
            Personalplan: zwei offene Stellen im Support, Einstellungsstopp für den Rest bis Q3.
            Entwirf die Agenda für das Teammeeting am Montag: OKR-Stand, Tool-Budget, Urlaubsvertretung.
        """,
        "fr": """
            Chiffres de la semaine pour le comité : {n} nouveaux clients, attrition à {pct}, {n2} dossiers en attente.
            Plan d'effectifs : deux postes ouverts au support, gel des embauches pour le reste jusqu'au T3.
            Prépare l'ordre du jour de la réunion de lundi : OKR, budget outils, remplacements pendant les congés.
        """,
        "es": """
            Cifras semanales para el comité: {n} clientes nuevos, abandono del {pct}, {n2} casos pendientes.
            Plan de plantilla: dos vacantes en soporte y congelación del resto hasta el T3.
            Prepara la agenda de la reunión del lunes: OKR, presupuesto de herramientas, vacaciones.
        """,
        "nl": """
            Weekcijfers voor het MT: {n} nieuwe klanten, churn op {pct}, achterstand van {n2} cases.
            Formatieplan: twee vacatures bij support, vacaturestop voor de rest tot Q3.
            Maak de agenda voor het teamoverleg van maandag: OKR's, toolbudget, vakantievervanging.
        """,
    }),
    Family("integration_config", I, "train", text={
        "en": """
            The middleware maps {field} to the ERP's customer class; document the mapping for the integration team.
            Our sandbox uses the named credential ERP_Sync; the nightly job runs at 02:00 and retries twice.
            Explain to the admins why the flow on Case update hits the CPU limit in bulk loads.
            Write the deployment checklist for moving the new approval process from UAT to production.
        """,
        "de": """
            Die Middleware bildet {field} auf die Kundenklasse im ERP ab; dokumentiere die Zuordnung.
            Der nächtliche Sync-Job läuft um 02:00 Uhr und versucht es zweimal erneut.
            Schreibe die Checkliste für das Deployment des neuen Freigabeprozesses von UAT nach Produktion.
        """,
        "fr": """
            Le middleware associe {field} à la classe client de l'ERP ; documente le mapping.
            Le job de synchronisation nocturne tourne à 2 h et réessaie deux fois.
            Rédige la liste de contrôle du déploiement du nouveau processus d'approbation.
        """,
        "es": """
            El middleware asigna {field} a la clase de cliente del ERP; documenta el mapeo.
            La tarea nocturna de sincronización se ejecuta a las 02:00 y reintenta dos veces.
            Redacta la lista de comprobación para desplegar el nuevo proceso de aprobación.
        """,
        "nl": """
            De middleware koppelt {field} aan de klantklasse in het ERP; documenteer de mapping.
            De nachtelijke synchronisatie draait om 02:00 en probeert het twee keer opnieuw.
            Schrijf de checklist voor het uitrollen van het nieuwe goedkeuringsproces.
        """,
    }),
    Family("disciplinary_case", C, "train", text={
        "en": """
            {name} received a final written warning on {date} for falsifying timesheets; draft the letter confirming it.
            Witnesses say {first} shouted at a junior colleague in front of customers; summarise the statements for HR.
            Outcome of {first}'s appeal hearing: the dismissal stands, but the notice period is paid in full.
            Prepare the file note for {first}'s exit: reason for leaving, settlement payment {amount}, garden leave until {date}.
        """,
        "de": """
            {name} hat am {date} eine Abmahnung wegen gefälschter Stundenzettel erhalten; entwirf das Bestätigungsschreiben.
            Zeugen sagen, {first} habe eine jüngere Kollegin vor Kunden angeschrien; fasse die Aussagen für HR zusammen.
            Ergebnis der Anhörung: die Kündigung von {first} bleibt bestehen, die Kündigungsfrist wird bezahlt.
        """,
        "fr": """
            {name} a reçu un dernier avertissement le {date} pour falsification des feuilles de temps.
            Des témoins disent que {first} a crié sur une collègue devant des clients ; résume les témoignages.
            Issue de l'entretien préalable : le licenciement de {first} est maintenu, préavis payé.
        """,
        "es": """
            {name} recibió el {date} una última advertencia por falsear los partes de horas.
            Varios testigos dicen que {first} gritó a una compañera delante de clientes; resume las declaraciones.
            Resultado de la audiencia: el despido de {first} se mantiene y se paga el preaviso.
        """,
        "nl": """
            {name} kreeg op {date} een laatste schriftelijke waarschuwing wegens vervalste urenbriefjes.
            Getuigen zeggen dat {first} tegen een jonge collega schreeuwde waar klanten bij waren.
            Uitkomst van de hoorzitting: het ontslag van {first} blijft, de opzegtermijn wordt uitbetaald.
        """,
    }),
    Family("patient_support_case", C, "train", text={
        "en": """
            Case from {name}: the hearing aid we sold him stopped working and he needs it for his job interviews.
            {first} called about her insulin pump order; she is type 1 diabetic and has three days of supply left.
            Note on the contact: {first} uses a wheelchair, deliveries must go to the side entrance at {street}.
            The customer mentioned his HIV medication was in the delayed parcel; escalate and keep the note private.
        """,
        "de": """
            Fall von {name}: das Hörgerät funktioniert nicht mehr, und er braucht es für Vorstellungsgespräche.
            {first} ruft wegen ihrer Insulinpumpe an; sie ist Typ-1-Diabetikerin und hat noch für drei Tage Vorrat.
            Notiz: {first} sitzt im Rollstuhl, Lieferungen bitte an den Seiteneingang, {street}.
        """,
        "fr": """
            Dossier de {name} : l'appareil auditif ne fonctionne plus et il en a besoin pour ses entretiens.
            {first} appelle pour sa pompe à insuline ; elle est diabétique de type 1 et n'a que trois jours de réserve.
            Note : {first} est en fauteuil roulant, livrer à l'entrée latérale, {street}.
        """,
        "es": """
            Caso de {name}: el audífono dejó de funcionar y lo necesita para sus entrevistas.
            {first} llama por su bomba de insulina; es diabética tipo 1 y le quedan tres días.
            Nota: {first} va en silla de ruedas; entregar por la entrada lateral, {street}.
        """,
        "nl": """
            Case van {name}: het hoortoestel werkt niet meer en hij heeft het nodig voor sollicitaties.
            {first} belt over haar insulinepomp; ze heeft type 1 diabetes en nog voor drie dagen voorraad.
            Notitie: {first} zit in een rolstoel, leveren bij de zij-ingang, {street}.
        """,
    }),
    Family("legal_advice_relayed", X, "train", min_sentences=2, text={
        "en": """
            I spoke to our lawyer this morning: she thinks we should not reply to {company}'s letter before we know what they have.
            Counsel says the email from our sales rep could be read as an admission, so we should not forward it.
            According to the firm, the non-compete is probably unenforceable, which weakens our position against {first}.
            The legal team's advice is to let the deadline pass and see whether {company} actually files.
            Our attorneys recommend offering {amount} now rather than risking a bigger award later.
        """,
        "de": """
            Ich habe heute früh mit unserer Anwältin gesprochen: wir sollten auf das Schreiben von {company} noch nicht antworten.
            Laut Kanzlei ist das Wettbewerbsverbot wohl unwirksam, was unsere Position gegenüber {first} schwächt.
            Die Rechtsabteilung rät, jetzt {amount} anzubieten, statt ein höheres Urteil zu riskieren.
        """,
        "fr": """
            J'ai parlé à notre avocate ce matin : elle pense qu'il ne faut pas répondre à {company} tout de suite.
            Selon le cabinet, la clause de non-concurrence est probablement nulle, ce qui nous affaiblit face à {first}.
            Nos avocats conseillent de proposer {amount} maintenant plutôt que de risquer davantage.
        """,
        "es": """
            Hablé esta mañana con nuestra abogada: cree que no debemos contestar aún a la carta de {company}.
            Según el despacho, el pacto de no competencia probablemente es nulo, lo que nos debilita frente a {first}.
            Nuestros abogados recomiendan ofrecer {amount} ahora en lugar de arriesgarnos a más.
        """,
        "nl": """
            Ik sprak vanochtend onze advocaat: we moeten nog niet reageren op de brief van {company}.
            Volgens het kantoor is het concurrentiebeding waarschijnlijk niet afdwingbaar, wat ons verzwakt tegenover {first}.
            Onze advocaten raden aan nu {amount} te bieden in plaats van een hogere veroordeling te riskeren.
        """,
    }),
    Family("employment_law_advice", X, "train", text={
        "en": """
            Employment counsel's view: dismissing {first} now would look like retaliation for the complaint; wait for the review.
            The lawyer advises a settlement agreement with {first} of {amount} in exchange for a waiver of claims.
            Per our employment lawyers, the redundancy selection scores could be challenged as discriminatory.
            Summarise counsel's advice on whether we can rely on the probation clause for {name}.
        """,
        "de": """
            Einschätzung unseres Arbeitsrechtlers: eine Kündigung von {first} jetzt sähe nach Maßregelung aus.
            Der Anwalt rät zu einem Aufhebungsvertrag mit {first} über {amount} gegen eine Ausgleichsquittung.
            Laut Kanzlei könnte die Sozialauswahl als diskriminierend angegriffen werden.
        """,
        "fr": """
            Avis de notre avocat en droit social : licencier {first} maintenant ressemblerait à des représailles.
            L'avocat conseille une rupture conventionnelle avec {first} à {amount} contre renonciation à tout recours.
            Selon le cabinet, les critères d'ordre des licenciements pourraient être contestés.
        """,
        "es": """
            Opinión de nuestro abogado laboralista: despedir ahora a {first} parecería una represalia.
            El abogado aconseja un acuerdo de salida con {first} de {amount} a cambio de renunciar a reclamar.
            Según el despacho, los criterios de selección del despido podrían impugnarse como discriminatorios.
        """,
        "nl": """
            Visie van onze arbeidsrechtadvocaat: {first} nu ontslaan lijkt op represaille na de klacht.
            De advocaat adviseert een vaststellingsovereenkomst met {first} van {amount} met finale kwijting.
            Volgens het kantoor kan de afspiegeling als discriminerend worden aangevochten.
        """,
    }),
    Family("ip_counsel_opinion", X, "train", text={
        "en": """
            Patent counsel believes our new feature likely infringes {company}'s claim 3; do not discuss this with the customer.
            Freedom-to-operate opinion from our IP lawyers: the risk is moderate, and a design-around is advisable.
            Our attorneys think {company}'s trademark claim is weak but recommend a coexistence agreement.
            Keep counsel's infringement analysis out of the product roadmap deck.
        """,
        "de": """
            Unsere Patentanwältin hält eine Verletzung von Anspruch 3 von {company} für wahrscheinlich; nicht mit Kunden besprechen.
            Die Anwälte halten die Markenklage von {company} für schwach, empfehlen aber eine Abgrenzungsvereinbarung.
        """,
        "fr": """
            Notre conseil en brevets estime probable une contrefaçon de la revendication 3 de {company} ; ne pas en parler au client.
            Nos avocats jugent faible l'action en marque de {company} mais conseillent un accord de coexistence.
        """,
        "es": """
            Nuestra abogada de patentes cree probable que infrinjamos la reivindicación 3 de {company}; no lo habléis con el cliente.
            Los abogados ven débil la reclamación de marca de {company}, pero recomiendan un acuerdo de coexistencia.
        """,
        "nl": """
            Onze octrooigemachtigde acht inbreuk op conclusie 3 van {company} waarschijnlijk; niet met de klant bespreken.
            De advocaten vinden de merkenclaim van {company} zwak maar raden een coëxistentieovereenkomst aan.
        """,
    }),
    Family("board_legal_briefing", X, "train", text={
        "en": """
            ^Board legal briefing – privileged session
            The general counsel briefed the board: the regulator's inquiry could lead to a fine of up to {pct} of turnover.
            Counsel asked that the minutes record only that legal advice was given, not its content.
            The lawyers' recommendation is to self-report the pricing issue before the regulator finds it.
        """,
        "de": """
            Die Chefjustiziarin unterrichtete den Aufsichtsrat: das Verfahren der Behörde könnte zu einem Bußgeld von bis zu {pct} des Umsatzes führen.
            Die Rechtsabteilung bat, im Protokoll nur festzuhalten, dass Rechtsrat erteilt wurde.
        """,
        "fr": """
            La directrice juridique a informé le conseil : l'enquête du régulateur pourrait aboutir à une amende de {pct} du chiffre d'affaires.
            Le juriste a demandé que le procès-verbal mentionne seulement qu'un avis juridique a été donné.
        """,
        "es": """
            La directora jurídica informó al consejo: la investigación del regulador podría acabar en una multa del {pct} de la facturación.
            Los abogados pidieron que el acta recoja solo que se dio asesoramiento jurídico.
        """,
        "nl": """
            De general counsel lichtte de raad van commissarissen in: het onderzoek van de toezichthouder kan leiden tot een boete tot {pct} van de omzet.
            De juristen vroegen in de notulen alleen op te nemen dat juridisch advies is gegeven.
        """,
    }),
    Family("legal_ops_admin", I, "train", text={
        "en": """
            The legal team's intake form moves to the service portal on {date}; every NDA request needs a ticket.
            E-billing reminder: outside firms must submit invoices through the portal with the matter number.
            Update the contract renewal calendar: {n} supplier agreements expire next quarter.
            Legal ops wants a dashboard of open matters by business unit, without any case details.
            Draft the announcement for the new contract template library on the intranet.
        """,
        "de": """
            Das Anfrageformular der Rechtsabteilung zieht am {date} ins Serviceportal um; jede NDA-Anfrage braucht ein Ticket.
            Aktualisiere den Kalender der Vertragsverlängerungen: {n} Lieferantenverträge laufen im nächsten Quartal aus.
            Entwirf die Ankündigung der neuen Vertragsvorlagen im Intranet.
        """,
        "fr": """
            Le formulaire de demande du service juridique passe sur le portail le {date} ; chaque demande de NDA exige un ticket.
            Mets à jour le calendrier des renouvellements : {n} contrats fournisseurs expirent le trimestre prochain.
            Rédige l'annonce de la nouvelle bibliothèque de modèles de contrats sur l'intranet.
        """,
        "es": """
            El formulario de solicitudes del departamento jurídico pasa al portal el {date}; cada NDA necesita un ticket.
            Actualiza el calendario de renovaciones: {n} contratos con proveedores vencen el próximo trimestre.
            Redacta el anuncio de la nueva biblioteca de plantillas de contratos en la intranet.
        """,
        "nl": """
            Het aanvraagformulier van juridische zaken verhuist op {date} naar het serviceportaal; elke NDA-aanvraag vraagt een ticket.
            Werk de kalender met contractverlengingen bij: {n} leveranciersovereenkomsten lopen volgend kwartaal af.
            Schrijf de aankondiging van de nieuwe bibliotheek met contractsjablonen op het intranet.
        """,
    }),
    Family("compliance_calendar", I, "train", text={
        "en": """
            Compliance calendar: the annual anti-bribery training is due by {date}; {pct} of staff have completed it.
            Reminder to all managers: attest the code of conduct in the HR portal this week.
            The internal audit of expense approvals starts in {city} next month; prepare the sample list.
            Summarise the open actions from the last risk committee for the ops team.
        """,
        "de": """
            Compliance-Kalender: die jährliche Antikorruptionsschulung ist bis {date} fällig; {pct} haben sie abgeschlossen.
            Erinnerung an alle Führungskräfte: bitte diese Woche den Verhaltenskodex im HR-Portal bestätigen.
            Die interne Revision der Spesenfreigaben beginnt nächsten Monat in {city}.
        """,
        "fr": """
            Calendrier conformité : la formation anticorruption annuelle est due avant le {date} ; {pct} l'ont terminée.
            Rappel aux managers : validez le code de conduite dans le portail RH cette semaine.
            L'audit interne des notes de frais commence le mois prochain à {city}.
        """,
        "es": """
            Calendario de cumplimiento: la formación anticorrupción anual vence el {date}; el {pct} ya la ha completado.
            Recordatorio a los responsables: confirmad el código de conducta en el portal de RR. HH. esta semana.
            La auditoría interna de gastos empieza el mes que viene en {city}.
        """,
        "nl": """
            Compliancekalender: de jaarlijkse anti-omkopingstraining moet voor {date} af zijn; {pct} is klaar.
            Herinnering aan leidinggevenden: bevestig deze week de gedragscode in het HR-portaal.
            De interne audit van declaraties begint volgende maand in {city}.
        """,
    }),
    # ------------------------------------ model 3: privilege legends, and advice without one
    # A privilege legend heads a real communication; the same words also sit in e-mail
    # footers, marking guidance and blank templates. These families teach both sides.
    Family("legend_communication", X, "train", min_sentences=1, max_sentences=3, header_share=1.0, text={
        "en": """
            ^PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION
            ^ATTORNEY-CLIENT PRIVILEGED
            ^Privileged & Confidential – Attorney Work Product
            ^PRIVILEGED AND CONFIDENTIAL – REQUEST FOR LEGAL ADVICE
            Our exposure in the {company} matter is significant.
            We should not concede the delay in our reply to {company}; the limitation point is still open.
            {first}, the release you drafted does not cover the subcontractors; please hold signature until we talk.
            My view: their termination notice is defective and we can still cure the breach.
            The chance that {company} wins on the penalty clause is real; budget {amount} for a settlement.
            Do not send the audit findings to {company} before we have reviewed them together.
        """,
        "de": """
            ^ANWALTLICH VERTRAULICH
            ^Vertraulich – Anwalt-Mandanten-Kommunikation
            ^PRIVILEGED & CONFIDENTIAL
            Unser Risiko im Verfahren mit {company} ist erheblich.
            {first}, die Freistellung deckt die Subunternehmer nicht ab; bitte noch nicht unterschreiben.
            Die Kündigung von {company} ist aus unserer Sicht formunwirksam, wir können den Verstoß noch heilen.
            Bitte die Prüfergebnisse nicht an {company} schicken, bevor wir sie gemeinsam durchgesehen haben.
        """,
        "fr": """
            ^CONFIDENTIEL – SECRET PROFESSIONNEL
            ^Correspondance avocat-client – confidentiel
            ^PRIVILEGED & CONFIDENTIAL
            Notre exposition dans le dossier {company} est importante.
            {first}, la renonciation que tu as rédigée ne couvre pas les sous-traitants ; attends avant de signer.
            La résiliation notifiée par {company} est irrégulière à notre avis, nous pouvons encore remédier au manquement.
            N'envoie pas les conclusions de l'audit à {company} avant que nous les ayons revues.
        """,
        "es": """
            ^CONFIDENCIAL – SECRETO PROFESIONAL
            ^Comunicación abogado-cliente – confidencial
            ^PRIVILEGED & CONFIDENTIAL
            Nuestra exposición en el asunto {company} es importante.
            {first}, la renuncia que redactaste no cubre a los subcontratistas; no firmes todavía.
            A nuestro juicio la resolución notificada por {company} es defectuosa y aún podemos subsanar.
            No envíes las conclusiones de la auditoría a {company} antes de revisarlas juntos.
        """,
        "nl": """
            ^VERTROUWELIJK – VERSCHONINGSRECHT
            ^Vertrouwelijk – advocaat-cliënt
            ^PRIVILEGED & CONFIDENTIAL
            Ons risico in de zaak {company} is aanzienlijk.
            {first}, de kwijting die je opstelde dekt de onderaannemers niet; nog niet tekenen.
            De opzegging door {company} is naar ons oordeel gebrekkig, we kunnen de tekortkoming nog herstellen.
            Stuur de auditbevindingen niet naar {company} voordat we ze samen hebben bekeken.
        """,
    }),
    Family("legend_note_dev", X, "dev", min_sentences=1, max_sentences=2, header_share=0.9, text={
        "en": """
            ^PRIVILEGED & CONFIDENTIAL
            ^Attorney-Client Communication – Privileged
            Before we reply to {company}, note that the warranty period may already have expired.
            I would not mention the earlier outage in the letter to {company}.
            {first}, the draft amendment shifts the liability to us; do not sign it yet.
        """,
        "de": """
            ^ANWALTLICH VERTRAULICH
            Bevor wir {company} antworten: die Gewährleistungsfrist könnte abgelaufen sein.
            {first}, der Nachtrag verlagert die Haftung auf uns; bitte noch nicht unterschreiben.
        """,
        "fr": """
            ^Confidentiel – avocat-client
            Avant de répondre à {company}, notez que la garantie a peut-être expiré.
            {first}, l'avenant nous transfère la responsabilité ; ne le signe pas encore.
        """,
        "es": """
            ^Confidencial – abogado-cliente
            Antes de responder a {company}, ten en cuenta que la garantía puede haber vencido.
            {first}, la adenda nos traslada la responsabilidad; no la firmes aún.
        """,
        "nl": """
            ^Vertrouwelijk – advocaat-cliënt
            Voordat we {company} antwoorden: de garantietermijn kan verstreken zijn.
            {first}, het addendum legt de aansprakelijkheid bij ons; nog niet tekenen.
        """,
    }),
    Family("legend_public_dev", P, "dev", hard_negative=True, min_sentences=2, header_share=0.9, text={
        "en": """
            ^PRIVILEGED & CONFIDENTIAL – SAMPLE HEADER
            ^Attorney-Client Communication – example
            Use this header only on requests for legal advice; replace [NAME] and [MATTER] before sending.
            In our newsletter this month: three tips for keeping legal e-mails short.
            Quiz question: does the header above make a forwarded sales e-mail privileged?
        """,
        "de": """
            ^ANWALTLICH VERTRAULICH – MUSTER
            Diesen Vermerk nur bei Anfragen an die Rechtsabteilung verwenden; [NAME] und [VORGANG] ersetzen.
            Übungsfrage: macht der Vermerk oben eine weitergeleitete Vertriebs-E-Mail vertraulich?
        """,
        "fr": """
            ^Confidentiel – avocat-client – MODÈLE
            N'utilisez cette mention que pour une demande d'avis ; remplacez [NOM] et [DOSSIER].
            Question : la mention ci-dessus protège-t-elle un courriel commercial transféré ?
        """,
        "es": """
            ^Confidencial – abogado-cliente – EJEMPLO
            Use esta mención solo para consultas jurídicas; sustituya [NOMBRE] y [ASUNTO].
            Pregunta: ¿protege la mención anterior un correo comercial reenviado?
        """,
        "nl": """
            ^Vertrouwelijk – advocaat-cliënt – VOORBEELD
            Gebruik deze vermelding alleen bij een verzoek om advies; vervang [NAAM] en [ZAAK].
            Vraag: beschermt de vermelding hierboven een doorgestuurde verkoopmail?
        """,
    }),
    Family("email_footer_routine", I, "train", hard_negative=True, text={
        "en": """
            Hi team, the onboarding session for the new support agents moves to {date} at 10:00.
            Please update the case routing rules before Friday; the queue for {product} is growing.
            Attached is the agenda for next week's pipeline call with the {city} office.
            PRIVILEGED AND CONFIDENTIAL: this e-mail and any attachments are intended only for the addressee; if you received it in error, please delete it.
            This message may contain confidential or privileged information. If you are not the intended recipient, notify the sender.
        """,
        "de": """
            Hallo zusammen, die Einarbeitung der neuen Support-Mitarbeiter wird auf den {date} verschoben.
            Bitte die Routing-Regeln bis Freitag anpassen; die Warteschlange für {product} wächst.
            VERTRAULICH: Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der Empfänger sind, löschen Sie sie bitte.
        """,
        "fr": """
            Bonjour à tous, la session d'accueil des nouveaux agents est déplacée au {date}.
            Merci de mettre à jour les règles de routage avant vendredi.
            CONFIDENTIEL : ce message et ses pièces jointes sont destinés exclusivement à leur destinataire ; si vous l'avez reçu par erreur, supprimez-le.
        """,
        "es": """
            Hola equipo, la sesión de bienvenida de los nuevos agentes pasa al {date}.
            Por favor, actualizad las reglas de enrutamiento antes del viernes.
            CONFIDENCIAL: este mensaje y sus anexos van dirigidos exclusivamente a su destinatario; si lo ha recibido por error, bórrelo.
        """,
        "nl": """
            Hallo allemaal, de introductie voor de nieuwe supportmedewerkers verschuift naar {date}.
            Pas de routeringsregels voor vrijdag aan.
            VERTROUWELIJK: dit bericht en de bijlagen zijn uitsluitend bestemd voor de geadresseerde; ontvangen bij vergissing, verwijder het dan.
        """,
    }),
    Family("marking_guidance", P, "train", hard_negative=True, text={
        "en": """
            ^How to label legal e-mails – staff guide
            Only put "PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION" on a message when you are asking a lawyer for advice.
            A legend such as "Attorney Work Product" does not protect an ordinary business e-mail.
            Example subject line: "Privileged & Confidential – request for legal advice on [TOPIC]".
            Explain in simple words why copying outsiders can waive privilege.
        """,
        "de": """
            ^Leitfaden: Kennzeichnung von Rechtsanfragen
            Den Vermerk "ANWALTLICH VERTRAULICH" nur verwenden, wenn Sie die Rechtsabteilung um Rat fragen.
            Beispiel für eine Betreffzeile: "Anwaltlich vertraulich – Bitte um Rechtsrat zu [THEMA]".
            Erkläre einfach, warum das Weiterleiten an Dritte den Schutz aufheben kann.
        """,
        "fr": """
            ^Guide : comment marquer un courriel juridique
            N'utilisez la mention « CONFIDENTIEL – AVOCAT-CLIENT » que pour demander un avis à un avocat.
            Exemple d'objet : « Confidentiel – demande d'avis juridique sur [SUJET] ».
        """,
        "es": """
            ^Guía: cómo marcar un correo jurídico
            Use la mención «CONFIDENCIAL – ABOGADO-CLIENTE» solo cuando pida consejo a un abogado.
            Ejemplo de asunto: «Confidencial – consulta jurídica sobre [TEMA]».
        """,
        "nl": """
            ^Handleiding: juridische e-mails markeren
            Gebruik de vermelding "VERTROUWELIJK – ADVOCAAT-CLIËNT" alleen als u een advocaat om advies vraagt.
            Voorbeeld van een onderwerpregel: "Vertrouwelijk – verzoek om juridisch advies over [ONDERWERP]".
        """,
    }),
    # ------------------------------------------- the fresh held-out split (model 3)
    # Written for model 3, before any of its training changes were measured, and never
    # trained on, calibrated on or looked at until the final evaluation: model 2's `test`
    # families had been read during its development, so this is the untouched check.
    Family("law_lecture_privilege", P, "fresh", hard_negative=True, text={
        "en": """
            Lecture notes, week 6: a communication is privileged only if it is made in confidence to obtain legal advice.
            Marking an email "PRIVILEGED & CONFIDENTIAL" does not by itself make it privileged; courts look at its purpose.
            Quiz: a manager forwards counsel's advice to a supplier. Is the privilege waived? Explain your answer.
            Settlement offers made without prejudice are generally inadmissible to prove liability.
            Reading for Thursday: the chapter on litigation holds and the duty to preserve evidence.
        """,
        "de": """
            Vorlesungsnotizen, Woche 6: das Anwaltsgeheimnis schützt vertrauliche Kommunikation zur Rechtsberatung.
            Der Vermerk "Anwaltlich vertraulich" allein begründet noch keinen Beschlagnahmeschutz.
            Übungsfrage: ein Manager leitet den Rat der Kanzlei an einen Lieferanten weiter. Was folgt daraus?
            Lektüre für Donnerstag: das Kapitel über den gerichtlichen Vergleich.
        """,
        "fr": """
            Notes de cours, semaine 6 : le secret professionnel couvre les échanges entre l'avocat et son client.
            La mention « confidentiel – avocat-client » ne suffit pas à elle seule à protéger un document.
            Question : un dirigeant transfère l'avis de l'avocat à un fournisseur. Le secret est-il perdu ?
        """,
        "es": """
            Apuntes de clase, semana 6: el secreto profesional protege las comunicaciones con el abogado.
            La mención «confidencial – abogado-cliente» no basta por sí sola para proteger un documento.
            Pregunta: un directivo reenvía el consejo del abogado a un proveedor. ¿Se pierde la protección?
        """,
        "nl": """
            Collegeaantekeningen, week 6: het verschoningsrecht beschermt vertrouwelijke communicatie met de advocaat.
            De vermelding "vertrouwelijk – advocaat-cliënt" alleen maakt een document nog niet beschermd.
            Vraag: een manager stuurt het advies van de advocaat door naar een leverancier. Wat betekent dat?
        """,
    }),
    Family("press_release_settled", P, "fresh", hard_negative=True, text={
        "en": """
            ^FOR IMMEDIATE RELEASE
            {company} today announced that it has resolved the lawsuit brought by a former distributor.
            The settlement, which includes no admission of wrongdoing, was approved by {court}.
            "We are pleased to put this matter behind us," said the company's general counsel.
            Media contact: press@example.com
        """,
        "de": """
            ^PRESSEMITTEILUNG
            {company} hat den Rechtsstreit mit einem früheren Vertriebspartner durch einen Vergleich beigelegt.
            Der Vergleich enthält kein Schuldeingeständnis und wurde von {court} bestätigt.
            Pressekontakt: presse@example.com
        """,
        "fr": """
            ^COMMUNIQUÉ DE PRESSE
            {company} annonce avoir mis fin au litige qui l'opposait à un ancien distributeur.
            La transaction, sans reconnaissance de responsabilité, a été homologuée par {court}.
        """,
        "es": """
            ^NOTA DE PRENSA
            {company} anuncia que ha resuelto el pleito con un antiguo distribuidor mediante un acuerdo.
            El acuerdo, sin reconocimiento de culpa, fue aprobado por {court}.
        """,
        "nl": """
            ^PERSBERICHT
            {company} heeft het geschil met een voormalige distributeur met een schikking beëindigd.
            De schikking, zonder erkenning van aansprakelijkheid, is goedgekeurd door {court}.
        """,
    }),
    Family("trip_planning", P, "fresh", text={
        "en": """
            Plan a three-day trip to {city} with a museum, a long walk and one nice dinner.
            What should I pack for a rainy week in spring?
            Suggest a budget-friendly route by train and list the connections.
            Write a short packing checklist for a conference trip.
        """,
        "de": """
            Plane eine dreitägige Reise nach {city} mit einem Museum, einer Wanderung und einem guten Abendessen.
            Was sollte ich für eine verregnete Woche im Frühling einpacken?
        """,
        "fr": """
            Propose un séjour de trois jours à {city} avec un musée, une longue promenade et un bon dîner.
            Que faut-il emporter pour une semaine pluvieuse au printemps ?
        """,
        "es": """
            Planifica un viaje de tres días a {city} con un museo, un paseo largo y una buena cena.
            ¿Qué debo llevar para una semana lluviosa en primavera?
        """,
        "nl": """
            Plan een driedaagse reis naar {city} met een museum, een lange wandeling en een goed diner.
            Wat moet ik inpakken voor een regenachtige week in de lente?
        """,
    }),
    Family("facilities_notice", I, "fresh", text={
        "en": """
            The {city} office moves to the third floor on {date}; pack your desk by Thursday evening.
            New badge readers go live next week; unregistered badges will stop working.
            Meeting room bookings now go through the workplace app, not the shared calendar.
            Summarise this notice for the team channel.
        """,
        "de": """
            Das Büro in {city} zieht am {date} in den dritten Stock; bitte den Schreibtisch bis Donnerstag räumen.
            Neue Ausweisleser gehen nächste Woche in Betrieb; nicht registrierte Ausweise funktionieren dann nicht mehr.
        """,
        "fr": """
            Le bureau de {city} déménage au troisième étage le {date} ; videz votre bureau avant jeudi soir.
            Les nouveaux lecteurs de badge seront actifs la semaine prochaine.
        """,
        "es": """
            La oficina de {city} se traslada a la tercera planta el {date}; vaciad la mesa antes del jueves.
            Los nuevos lectores de tarjetas se activan la semana que viene.
        """,
        "nl": """
            Het kantoor in {city} verhuist op {date} naar de derde verdieping; ruim je bureau voor donderdagavond op.
            De nieuwe pasjeslezers gaan volgende week live.
        """,
    }),
    Family("qbr_prep", I, "fresh", text={
        "en": """
            QBR prep for {company}: adoption of {product} is up {pct} and {n} open cases are older than 30 days.
            Slide 4 needs the renewal timeline and the named contacts on their side.
            Our ask for the meeting: a reference call and a pilot in a second region.
            Turn these notes into an agenda for the account team.
        """,
        "de": """
            QBR-Vorbereitung für {company}: die Nutzung von {product} ist um {pct} gestiegen, {n} Fälle sind älter als 30 Tage.
            Folie 4 braucht den Verlängerungszeitplan und die Ansprechpartner auf Kundenseite.
        """,
        "fr": """
            Préparation de la revue trimestrielle avec {company} : l'adoption de {product} progresse de {pct}.
            La diapositive 4 doit montrer le calendrier de renouvellement.
        """,
        "es": """
            Preparación de la revisión trimestral con {company}: el uso de {product} ha subido un {pct}.
            La diapositiva 4 necesita el calendario de renovación.
        """,
        "nl": """
            Voorbereiding kwartaalreview met {company}: het gebruik van {product} is met {pct} gestegen.
            Dia 4 heeft de verlengingsplanning nodig.
        """,
    }),
    Family("relocation_package", C, "fresh", text={
        "en": """
            {name} accepted the transfer to {city}; the package is a base of {amount} plus a relocation allowance.
            She asked that her partner's medical treatment be taken into account when choosing the start date.
            Her home address for the movers is {street}; the visa application uses her passport details.
            Draft the offer letter but leave out the health details.
        """,
        "de": """
            {name} hat den Wechsel nach {city} angenommen; das Paket umfasst {amount} Grundgehalt plus Umzugspauschale.
            Wegen der Behandlung ihres Partners bittet sie um einen späteren Starttermin.
            Ihre Privatadresse für die Umzugsfirma lautet {street}.
        """,
        "fr": """
            {name} a accepté sa mutation à {city} ; le package comprend un fixe de {amount} et une prime de mobilité.
            Elle demande que le traitement médical de son conjoint soit pris en compte pour la date de début.
        """,
        "es": """
            {name} aceptó el traslado a {city}; el paquete incluye un fijo de {amount} y una ayuda de reubicación.
            Pide que se tenga en cuenta el tratamiento médico de su pareja para la fecha de incorporación.
        """,
        "nl": """
            {name} heeft de overplaatsing naar {city} aanvaard; het pakket is {amount} vast plus een verhuisvergoeding.
            Zij vraagt rekening te houden met de medische behandeling van haar partner bij de startdatum.
        """,
    }),
    Family("exit_interview", C, "fresh", min_sentences=3, text={
        "en": """
            In the exit interview {first} said she was leaving because her manager kept commenting on her age.
            She has a new job lined up with {company} at a higher salary and asked us not to tell the team where.
            Her final pay includes {amount} of untaken leave; the reference should only confirm dates.
            Write a short summary of the interview for HR only.
        """,
        "de": """
            Im Austrittsgespräch sagte {first}, sie gehe, weil ihr Vorgesetzter ständig Bemerkungen über ihr Alter mache.
            Sie wechselt zu {company} mit höherem Gehalt und bittet, das dem Team nicht zu sagen.
            Die Schlussabrechnung enthält {amount} für nicht genommenen Urlaub.
        """,
        "fr": """
            Lors de l'entretien de départ, {first} a dit partir parce que son responsable commentait sans cesse son âge.
            Elle rejoint {company} avec un meilleur salaire et demande de ne pas le dire à l'équipe.
            Son solde de tout compte comprend {amount} de congés non pris.
        """,
        "es": """
            En la entrevista de salida, {first} dijo que se va porque su jefe comentaba continuamente su edad.
            Se incorpora a {company} con un salario mayor y pide que no se lo digamos al equipo.
            Su finiquito incluye {amount} de vacaciones no disfrutadas.
        """,
        "nl": """
            In het exitgesprek zei {first} dat ze vertrekt omdat haar leidinggevende steeds opmerkingen over haar leeftijd maakte.
            Ze gaat naar {company} tegen een hoger salaris en vraagt het team niet te vertellen waarheen.
            Haar eindafrekening bevat {amount} aan niet-opgenomen vakantie.
        """,
    }),
    Family("arbitration_counsel", X, "fresh", text={
        "en": """
            ^PRIVILEGED – PREPARED FOR COUNSEL
            Our arbitration counsel thinks the tribunal will accept {company}'s late-delivery claim but cut the damages to about {amount}.
            She recommends we concede the notice point and fight on causation; conceding it costs us little.
            If the hearing goes badly, counsel would accept a walk-away with each side bearing its own costs.
            Prepare a one-page brief of her advice for the CFO; do not share it with the project team.
        """,
        "de": """
            ^ANWALTLICH VERTRAULICH
            Unsere Schiedsanwältin erwartet, dass das Schiedsgericht den Verzugsanspruch von {company} anerkennt, den Schaden aber auf etwa {amount} kürzt.
            Sie rät, den Punkt zur Fristsetzung einzuräumen und über die Kausalität zu streiten.
            Läuft die Verhandlung schlecht, würde sie eine Einigung ohne Zahlung, jede Seite trägt ihre Kosten, akzeptieren.
        """,
        "fr": """
            ^CONFIDENTIEL – AVOCAT-CLIENT
            Notre avocate en arbitrage pense que le tribunal retiendra la réclamation de {company} mais réduira l'indemnité à environ {amount}.
            Elle conseille de concéder le point sur la mise en demeure et de contester le lien de causalité.
            Si l'audience tourne mal, elle accepterait un désistement réciproque, chacun gardant ses frais.
        """,
        "es": """
            ^CONFIDENCIAL – ABOGADO-CLIENTE
            Nuestra abogada en el arbitraje cree que el tribunal aceptará la reclamación de {company} pero reducirá la indemnización a unos {amount}.
            Recomienda conceder el punto del preaviso y discutir la causalidad.
            Si la audiencia va mal, aceptaría un desistimiento mutuo, con cada parte asumiendo sus costas.
        """,
        "nl": """
            ^VERTROUWELIJK – ADVOCAAT-CLIËNT
            Onze arbitrageadvocaat verwacht dat het scheidsgerecht de vertragingsclaim van {company} toewijst maar de schade tot ongeveer {amount} beperkt.
            Zij raadt aan het punt over de ingebrekestelling toe te geven en over causaliteit te strijden.
            Loopt de zitting slecht, dan zou zij een regeling accepteren waarbij ieder zijn eigen kosten draagt.
        """,
    }),
    Family("whistleblower_counsel", X, "fresh", min_sentences=3, text={
        "en": """
            Outside counsel called about {first}'s whistleblower report: she believes the report is protected and any demotion now would be unlawful.
            Her advice is to keep {first}'s role unchanged and route every decision about him through legal for the next six months.
            She wants the interview notes kept in the legal folder, not in the HR system.
            Counsel thinks the regulator will ask for our investigation file, so the summary must be factual.
            Write an internal note that reflects her recommendations without quoting her.
        """,
        "de": """
            Die Kanzlei rief wegen der Hinweisgebermeldung von {first} an: die Meldung sei geschützt, eine Versetzung jetzt wäre rechtswidrig.
            Ihr Rat ist, die Rolle von {first} unverändert zu lassen und jede Entscheidung über ihn sechs Monate lang über die Rechtsabteilung laufen zu lassen.
            Die Gesprächsnotizen sollen im Ordner der Rechtsabteilung liegen, nicht im HR-System.
        """,
        "fr": """
            L'avocat a appelé au sujet du signalement de {first} : le lanceur d'alerte est protégé, toute rétrogradation serait illégale.
            Il conseille de ne rien changer au poste de {first} et de faire valider chaque décision par le juridique pendant six mois.
            Les notes d'entretien doivent rester dans le dossier du service juridique, pas dans le SIRH.
        """,
        "es": """
            El despacho llamó por la denuncia interna de {first}: está protegida y cualquier degradación ahora sería ilegal.
            Su consejo es no cambiar el puesto de {first} y pasar toda decisión sobre él por el departamento jurídico durante seis meses.
            Las notas de las entrevistas deben quedarse en la carpeta jurídica, no en el sistema de RR. HH.
        """,
        "nl": """
            Het advocatenkantoor belde over de klokkenluidersmelding van {first}: de melding is beschermd en een degradatie nu zou onrechtmatig zijn.
            Het advies is de functie van {first} ongewijzigd te laten en elke beslissing over hem zes maanden via juridische zaken te laten lopen.
            De gespreksverslagen horen in de map van juridische zaken, niet in het HR-systeem.
        """,
    }),
    Family("antitrust_counsel_chat", X, "fresh", min_sentences=2, text={
        "en": """
            legal: please stop the pricing calls with {company} today; our competition lawyer says they could be read as coordination.
            per counsel, delete nothing from the channel, we may need it if the authority asks, but stop adding to it.
            counsel's view is we should probably self-report; she wants to talk to the CEO before anyone else hears of it.
            can you rewrite this so it sounds less alarming to the sales directors without changing the advice?
        """,
        "de": """
            Rechtsabteilung: bitte die Preisgespräche mit {company} sofort beenden; laut unserem Kartellrechtler könnte das als Abstimmung gelten.
            Laut Anwältin nichts im Kanal löschen, aber auch nichts mehr hinzufügen.
            Ihre Einschätzung: wir sollten wohl eine Selbstanzeige beim Bundeskartellamt erwägen.
        """,
        "fr": """
            juridique : arrêtez aujourd'hui les appels sur les prix avec {company} ; notre avocat en concurrence y voit un risque d'entente.
            selon l'avocate, ne rien effacer du canal mais ne plus rien y ajouter.
            son avis : une demande de clémence est probablement la meilleure option.
        """,
        "es": """
            jurídico: cortad hoy las llamadas de precios con {company}; nuestro abogado de competencia dice que podrían verse como concertación.
            según la abogada, no borréis nada del canal pero no añadáis más.
            su opinión: probablemente convenga solicitar clemencia a la CNMC.
        """,
        "nl": """
            juridisch: stop vandaag de prijsgesprekken met {company}; onze mededingingsadvocaat zegt dat ze als afstemming kunnen worden gezien.
            volgens de advocaat niets uit het kanaal verwijderen, maar er ook niets meer aan toevoegen.
            haar inschatting: een clementieverzoek bij de ACM is waarschijnlijk verstandig.
        """,
    }),
    Family("legend_short_note", X, "fresh", min_sentences=1, max_sentences=2, text={
        "en": """
            ^PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION
            ^Attorney-Client Privileged
            ^Privileged and confidential – legal advice
            {first}, we should not answer {company}'s demand letter until we have checked the signed order form.
            The indemnity cap probably does not apply to their claim; let's discuss before the call.
            Please hold the credit note for {company}; it could be read as admitting the defect.
        """,
        "de": """
            ^Anwaltlich vertraulich
            ^VERTRAULICH – ANWALT-MANDANTEN-KOMMUNIKATION
            {first}, bitte das Forderungsschreiben von {company} noch nicht beantworten, bis wir das Bestellformular geprüft haben.
            Die Haftungsbegrenzung greift bei diesem Anspruch wohl nicht; lass uns vor dem Termin sprechen.
        """,
        "fr": """
            ^Confidentiel – correspondance avocat-client
            ^SECRET PROFESSIONNEL DE L'AVOCAT
            {first}, ne répondons pas à la mise en demeure de {company} avant d'avoir vérifié le bon de commande signé.
            Le plafond d'indemnisation ne s'applique probablement pas à leur réclamation.
        """,
        "es": """
            ^Confidencial – comunicación abogado-cliente
            ^SECRETO PROFESIONAL
            {first}, no contestemos al requerimiento de {company} hasta revisar la orden de pedido firmada.
            El límite de indemnización probablemente no se aplica a su reclamación.
        """,
        "nl": """
            ^Vertrouwelijk – advocaat-cliëntcommunicatie
            ^VERSCHONINGSRECHT – NIET DOORSTUREN
            {first}, laten we de sommatie van {company} niet beantwoorden voordat we de getekende order hebben gecontroleerd.
            De aansprakelijkheidsbeperking geldt waarschijnlijk niet voor hun vordering.
        """,
    }),
    # ----------------------------------------------- vocabulary, in every label
    *(Family(f"lexicon_{label}", label, "train", text={}, lexicon=True, min_sentences=2, max_sentences=4)
      for label in Label),
)
from classifier.data.blind_families import BLIND_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND_FAMILIES
from classifier.data.everyday_families import EVERYDAY_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += EVERYDAY_FAMILIES
from classifier.data.varied_families import VARIED_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += VARIED_FAMILIES
from classifier.data.blind2_families import BLIND2_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND2_FAMILIES
from classifier.data.varied2_families import VARIED2_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += VARIED2_FAMILIES
from classifier.data.blind3_families import BLIND3_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND3_FAMILIES
from classifier.data.varied3_families import VARIED3_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += VARIED3_FAMILIES
from classifier.data.blind4_families import BLIND4_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND4_FAMILIES
from classifier.data.blind5_families import BLIND5_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND5_FAMILIES
from classifier.data.varied4_families import VARIED4_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += VARIED4_FAMILIES
from classifier.data.blind6_families import BLIND6_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND6_FAMILIES
from classifier.data.varied5_families import VARIED5_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += VARIED5_FAMILIES
from classifier.data.blind7_families import BLIND7_FAMILIES  # noqa: E402 - it needs `Family`, defined above
FAMILIES += BLIND7_FAMILIES

"""Slot values for the training-data templates, per language.

Names, companies and places are invented or common enough to identify nobody. E-mail
addresses, phone numbers and ids are drawn by `classifier.data.slots`, which also makes
the documented test values (example.com, AKIAIOSFODNN7EXAMPLE) used by hard negatives.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl")

FIRST_NAMES = {
    "en": "James Mary Robert Linda Michael Sarah David Emily Daniel Olivia Thomas Grace Kevin Megan".split(),
    "de": "Lukas Anna Jonas Lea Felix Sophie Maximilian Marie Paul Hannah Tobias Katrin Stefan Julia".split(),
    "fr": "Louis Camille Hugo Chloé Lucas Manon Gabriel Inès Arthur Léa Mathieu Claire Julien Élodie".split(),
    "es": "Hugo Lucía Martín Sofía Pablo Carmen Alejandro María Javier Elena Diego Paula Sergio Marta".split(),
    "nl": "Daan Emma Sem Julia Lucas Sophie Finn Tess Bram Anna Ruben Lotte Jeroen Sanne".split(),
}
LAST_NAMES = {
    "en": "Smith Johnson Carter Whitfield Brennan Hughes Patel Morrison Gallagher Reyes Thornton Walsh".split(),
    "de": "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Neumann".split(),
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard".split(),
    "es": "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Navarro Ortega".split(),
    "nl": "de Jong Jansen de Vries van den Berg Bakker Visser Smit Meijer de Boer Mulder Bos Vos".split(),
}
COMPANIES = {
    "en": ["Northwind Logistics", "Harbor Analytics", "Bluefield Energy", "Crestline Medical", "Ironbridge Capital",
           "Summit Retail Group", "Pinecrest Foods", "Meridian Freight"],
    "de": ["Rheinland Maschinenbau GmbH", "Alpenblick Versicherung AG", "Hansa Logistik GmbH", "Nordlicht Energie AG",
           "Schwarzwald Pharma GmbH", "Elbtal Bau KG", "Isar Software GmbH"],
    "fr": ["Lumière Distribution SAS", "Groupe Azur Santé", "Atelier Lyonnais SA", "Bretagne Énergie SARL",
           "Provence Logistique SAS", "Société Générale des Eaux du Nord"],
    "es": ["Ibérica Transportes S.L.", "Grupo Mediterráneo Salud S.A.", "Andalucía Solar S.L.",
           "Construcciones Meseta S.A.", "Levante Alimentación S.L."],
    "nl": ["Zeeland Havenbedrijf B.V.", "Polder Energie N.V.", "Amstel Logistiek B.V.", "Utrecht Zorggroep B.V.",
           "Delta Techniek B.V."],
}
CITIES = {
    "en": ["Chicago", "Manchester", "Dublin", "Boston", "Leeds", "Denver"],
    "de": ["München", "Hamburg", "Köln", "Stuttgart", "Leipzig", "Düsseldorf"],
    "fr": ["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux"],
    "es": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga"],
    "nl": ["Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Leiden"],
}
PRODUCTS = ["Service Cloud", "the analytics add-on", "Premier Support", "the field-service module",
            "the data connector", "the partner portal", "Platform Plus", "the mobile app"]
STREETS = {
    "en": ["14 Elm Street", "221 Harbour Road", "9 Kingsway", "402 Maple Avenue"],
    "de": ["Lindenstraße 12", "Am Hafen 7", "Goethestraße 45", "Bahnhofstraße 3"],
    "fr": ["12 rue de la République", "8 avenue Jean Jaurès", "27 boulevard Voltaire"],
    "es": ["Calle Mayor 15", "Avenida de la Constitución 22", "Calle del Prado 8"],
    "nl": ["Kerkstraat 21", "Stationsweg 4", "Prinsengracht 310"],
}
COURTS = {
    "en": ["the Northern District of Illinois", "the High Court", "the Delaware Chancery Court", "the employment tribunal"],
    "de": ["dem Landgericht München I", "dem Arbeitsgericht Hamburg", "dem Oberlandesgericht Köln"],
    "fr": ["le tribunal judiciaire de Paris", "le conseil de prud'hommes de Lyon", "le tribunal de commerce de Nanterre"],
    "es": ["el Juzgado de lo Mercantil de Madrid", "el Juzgado de lo Social de Sevilla", "la Audiencia Provincial de Valencia"],
    "nl": ["de rechtbank Rotterdam", "de kantonrechter Utrecht", "het gerechtshof Amsterdam"],
}
MAIL_DOMAINS = ["northwind-logistics.com", "harbor-analytics.io", "rheinland-mb.de", "azur-sante.fr",
                "iberica-transportes.es", "polder-energie.nl", "crestline-med.com"]

# Who and where the held-out splits written from blind5 on name, with none of the values
# above: a model that learnt the training data's names (a company of the sensitive
# families) would otherwise get them back in the held-out texts. Read with unseen names,
# model 8's blind4 recall was one point lower (docs/classifier-evaluation.md, "Names the model had seen").
# Each list has as many values as the generator's, so that swapping the sets changes the
# names in a text and nothing else.
UNSEEN = {
    "first": {
        "en": "Oliver Harriet George Alice Henry Florence Rupert Evelyn Frederick Rosie Ian Beth Craig Nina".split(),
        "de": "Moritz Greta Leon Clara Emil Ida Anton Frieda Jakob Mila Kai Ute Sven Heike".split(),
        "fr": "Théo Margaux Nathan Océane Raphaël Zoé Victor Jade Baptiste Lina Rémi Agathe Bastien Noémie".split(),
        "es": "Álvaro Irene Adrián Noelia Iván Rocío Rubén Alba Gonzalo Nerea Íñigo Ainhoa Raúl Aitana".split(),
        "nl": "Thijs Fleur Jesse Noor Stijn Iris Milan Roos Gijs Evi Koen Floor Wouter Maartje".split(),
    },
    "last": {
        "en": "Abbott Fletcher Ramsey Holloway Pritchard Donnelly Sutton Kerr Barlow Quinn Lambert Osborne".split(),
        "de": "Krüger Vogel Brandt Lorenz Kühn Haas Sommer Pohl Seidel Franke Busch Kraus".split(),
        "fr": "Chevalier Rousseau Fontaine Mercier Blanc Guérin Boyer Garnier Faure Roussel Colin Vidal".split(),
        "es": "Iglesias Cabrera Castillo Medina Herrero Serrano Molina Delgado Prieto Rubio Campos Vega".split(),
        "nl": "Hendriks Kuipers Dekker Brouwer Willems Koster Prins Blom Huisman Peeters Verhoeven Kok".split(),
    },
    "company": {
        "en": ["Greenhill Bakery Supplies", "Oakridge Tools", "Silverlake Media", "Redwood Games", "Blue Heron Books",
               "Granite Peak Insurance", "Kestrel Aviation", "Marlow Textiles"],
        "de": ["Sonnenberg Möbel GmbH", "Waldhof Brauerei AG", "Lindau Präzision GmbH", "Spreewald Agrar eG",
               "Havel Chemie GmbH", "Taunus Fenster KG", "Weser Werft AG"],
        "fr": ["Maison Dorée SARL", "Vosges Papeterie SA", "Garonne Aéro SAS", "Alsace Céramique SARL",
               "Normandie Laitière SA", "Savoie Mécanique SAS"],
        "es": ["Costa Verde Viajes S.L.", "Cantábrica Pesca S.A.", "Rioja Envases S.L.", "Galicia Textil S.A.",
               "Montes de Toledo Aceites S.L."],
        "nl": ["Tulpenveld Bloemen B.V.", "Veluwe Bouw B.V.", "Friesland Zuivel N.V.", "Maasvlakte Opslag B.V.",
               "Brabant Metaal B.V."],
    },
    "city": {
        "en": ["Glasgow", "Bristol", "Seattle", "Austin", "Cardiff", "Portland"],
        "de": ["Bremen", "Dresden", "Nürnberg", "Hannover", "Kassel", "Freiburg"],
        "fr": ["Nice", "Rennes", "Grenoble", "Dijon", "Reims", "Montpellier"],
        "es": ["Granada", "Cádiz", "Oviedo", "Salamanca", "Alicante", "Pamplona"],
        "nl": ["Arnhem", "Zwolle", "Maastricht", "Haarlem", "Delft", "Tilburg"],
    },
    "street": {
        "en": ["7 Quarry Lane", "58 Birch Close", "310 Ridge Road", "2 Mill Court"],
        "de": ["Ahornweg 9", "Marktplatz 2", "Schillerstraße 18", "Mühlenweg 30"],
        "fr": ["4 impasse des Lilas", "19 rue Pasteur", "63 chemin du Moulin"],
        "es": ["Calle Real 40", "Paseo de la Estación 6", "Calle Nueva 11"],
        "nl": ["Dorpsstraat 55", "Molenweg 12", "Beukenlaan 7"],
    },
    "mail_domain": ["oakridge-tools.com", "silverlake.media", "waldhof-brauerei.de", "garonne-aero.fr",
                    "cantabrica-pesca.es", "veluwe-bouw.nl", "kestrel-aviation.com"],
}

# A third set, for choosing between models: dev read with these names measures what a
# candidate learnt beside the names (`generate --split dev --names selection`). Never used
# to write a text any model trains on or any blind split reads.
SELECTION = {
    "first": {
        "en": "Gordon Marion Phillip Tessa Clive Wendy Nigel Ruth Malcolm Jill Dennis Carol Trevor Gemma".split(),
        "de": "Rüdiger Gisela Bernd Ingrid Horst Renate Volker Dagmar Holger Silke Jens Meike Lars Tanja".split(),
        "fr": "Gérard Sylvie Thierry Nathalie Pascal Valérie Didier Isabelle Yannick Corinne Hervé Muriel Loïc Estelle".split(),
        "es": "Ramón Montserrat Joaquín Consuelo Emilio Amparo Salvador Remedios Tomás Dolores Rafael Begoña Vicente Esperanza".split(),
        "nl": "Henk Ineke Kees Wilma Gert Marjolein Arjen Hanneke Frits Annelies Ruud Jolanda Bart Mieke".split(),
    },
    "last": {
        "en": "Whitaker Ainsworth Blackwood Cartwright Dunmore Eccleston Fairbrother Gilmour Hargreaves Ingram Jarvis Kendall".split(),
        "de": "Vollmer Engel Ziegler Winkler Albrecht Ludwig Böhm Roth Beck Sauer Frank Jung".split(),
        "fr": "Lacroix Baron Carpentier Leclerc Dumas Rey Lucas Aubert Royer Charpentier Picard Huet".split(),
        "es": "Pascual Santana Calvo Lorenzo Hidalgo Cortés Guerrero Nieto Cano Méndez Fuentes Carrasco".split(),
        "nl": "Wouters Claassen Verbeek Hermans Evers Maas Schipper Bakx Veenstra Scholten Lammers Boersma Terpstra Zijlstra Wijnands Smeets Aarts".split(),  # 17, as the generator's counts "de" and "Jong" apart
    },
    "company": {
        "en": ["Foxglove Pharmacy Group", "Wrenfield Haulage", "Tidewater Partners", "Copperleaf Hotels", "Saltmarsh Holdings",
               "Pennine Components", "Lantern Street Advisers", "Moorgate Plastics"],
        "de": ["Kranich Metallbau GmbH", "Seeblick Hotels AG", "Donautal Fördertechnik GmbH", "Harzer Holzwerke KG",
               "Ostsee Reederei AG", "Moselland Weinkellerei eG", "Zugspitz Elektro GmbH"],
        "fr": ["Cévennes Bois SAS", "Loire Emballages SA", "Mont-Blanc Optique SARL", "Gascogne Semences SA",
               "Camargue Sel SAS", "Ardennes Fonderie SA"],
        "es": ["Navarra Componentes S.A.", "Doñana Agrícola S.L.", "Pirineo Hoteles S.A.", "Extremadura Corcho S.L.",
               "Gredos Mármoles S.L."],
        "nl": ["Wadden Visserij B.V.", "Kempen Staalbouw B.V.", "IJssel Drukkerij B.V.", "Achterhoek Meubel N.V.",
               "Texel Recreatie B.V."],
    },
    "city": {
        "en": ["Norwich", "Exeter", "Tucson", "Omaha", "Galway", "Swansea"],
        "de": ["Lübeck", "Jena", "Trier", "Passau", "Göttingen", "Koblenz"],
        "fr": ["Besançon", "Poitiers", "Perpignan", "Annecy", "Orléans", "Nîmes"],
        "es": ["Badajoz", "Lugo", "Teruel", "Cuenca", "Jaén", "Soria"],
        "nl": ["Assen", "Emmen", "Roermond", "Vlissingen", "Zaandam", "Sneek"],
    },
    "street": {
        "en": ["12 Orchard Row", "77 Cliff Terrace", "5 Abbey Walk", "140 Station Parade"],
        "de": ["Kastanienallee 4", "Hafenstraße 21", "Am Kirchberg 6", "Gartenweg 15"],
        "fr": ["3 place du Marché", "41 rue des Écoles", "9 allée des Tilleuls"],
        "es": ["Calle Ancha 3", "Plaza del Sol 9", "Camino Viejo 27"],
        "nl": ["Havenkade 8", "Lindelaan 33", "Achterweg 2"],
    },
    "mail_domain": ["foxglove-pharmacy.com", "wrenfield.co.uk", "kranich-metallbau.de", "loire-emballages.fr",
                       "navarra-componentes.es", "kempen-staalbouw.nl", "tidewater-partners.com"],
}

REGULATORS = {
    "en": ["the ICO", "the FTC", "the state attorney general", "the Data Protection Commission"],
    "de": ["dem BfDI", "der Landesdatenschutzbehörde", "der BaFin", "dem Bundeskartellamt"],
    "fr": ["la CNIL", "l'Autorité de la concurrence", "la DGCCRF", "l'AMF"],
    "es": ["la AEPD", "la CNMC", "la CNMV"],
    "nl": ["de Autoriteit Persoonsgegevens", "de ACM", "de AFM"],
}
INDUSTRIES = ["Manufacturing", "Healthcare", "Retail", "Energy", "Logistics", "Financial Services", "Public Sector"]
STAGES = ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review", "Closed Won"]
CASE_STATUSES = ["New", "Working", "Escalated", "Waiting on Customer", "Closed"]
CUSTOM_FIELDS = ["Contract_Tier__c", "Region__c", "Renewal_Risk__c", "Health_Score__c", "Partner_Level__c",
                 "Churn_Reason__c", "Support_Plan__c", "Onboarding_Stage__c"]
SENSITIVE_CUSTOM_FIELDS = ["Salary_Band__c", "Medical_Notes__c", "Legal_Hold__c", "Performance_Rating__c",
                           "Disciplinary_Status__c", "Settlement_Amount__c"]
TOPICS_PUBLIC = {
    "en": ["renewable energy", "remote work", "supply chains", "customer service", "electric cars", "city parks"],
    "de": ["erneuerbare Energien", "Homeoffice", "Lieferketten", "Kundenservice", "Elektroautos", "Stadtparks"],
    "fr": ["les énergies renouvelables", "le télétravail", "les chaînes d'approvisionnement", "le service client"],
    "es": ["las energías renovables", "el teletrabajo", "las cadenas de suministro", "la atención al cliente"],
    "nl": ["duurzame energie", "thuiswerken", "toeleveringsketens", "klantenservice", "elektrische auto's"],
}

# The training split draws its people, companies and places from the lists above and
# these, many more than any held-out split names: with a few dozen names a model learns
# the names of the sensitive families' people and companies instead of what is said
# about them (docs/classifier-evaluation.md, "Names the model had seen"). None is in UNSEEN.
_COMPANY_STEMS = ("Ashford", "Brightwater", "Cedar", "Fernhill", "Goldcrest", "Highmoor", "Larkspur", "Millbrook",
                  "Northgate", "Riverside", "Stonebridge", "Westwood", "Eichental", "Rosenhof", "Bergquell",
                  "Mistral", "Castellane", "Sierra Alta", "Valdeluz", "Duinrand", "Waterland", "Hooghe")
_COMPANY_TRADES = {
    "en": ["Foods", "Logistics", "Engineering", "Health", "Capital", "Software", "Retail", "Energy"],
    "de": ["Lebensmittel GmbH", "Logistik AG", "Anlagenbau GmbH", "Klinik GmbH", "Finanz AG", "Systeme GmbH"],
    "fr": ["Alimentaire SAS", "Transports SA", "Ingénierie SARL", "Santé SAS", "Finance SA", "Informatique SAS"],
    "es": ["Alimentación S.L.", "Transportes S.A.", "Ingeniería S.L.", "Salud S.A.", "Inversiones S.L."],
    "nl": ["Voeding B.V.", "Transport B.V.", "Techniek N.V.", "Zorg B.V.", "Beheer B.V.", "Software B.V."],
}
TRAINING_EXTRA = {
    "first": {
        "en": "Adam Chloe Lewis Hannah Ryan Lucy Stuart Amelia Sean Jessica Owen Laura Luke Rachel Adrian Fiona "
              "Martin Helen Simon Karen Patrick Joanne Colin Louise Gavin Abigail".split(),
        "de": "Niklas Johanna Finn Laura Ben Lena Elias Mia Simon Nadine Jan Carla Tim Svenja Dirk Birgit "
              "Matthias Sabine Jörg Petra Uwe Anke Florian Jana".split(),
        "fr": "Antoine Pauline Maxime Sarah Nicolas Lucie Alexandre Julie Romain Anaïs Benoît Sandrine "
              "Guillaume Céline Vincent Laure Olivier Mélanie Damien Aurélie".split(),
        "es": "Jorge Cristina Andrés Beatriz Fernando Laura Manuel Silvia Ricardo Pilar Daniel Natalia "
              "Enrique Teresa Alberto Rosa Óscar Lorena Ignacio Inés".split(),
        "nl": "Bas Anouk Tim Lisa Joris Eva Niels Femke Pieter Marloes Rik Ilse Tom Judith Mark Esther "
              "Sander Mirjam Hugo Lieke".split(),
    },
    "last": {
        "en": "Baker Clarke Wright Turner Hill Ward Cooper Price Bennett Wood Barnes Cole Foster Hayes Murray "
              "Palmer Russell Stevens Webb Graham Harper Lloyd Mason Porter".split(),
        "de": "Schulz Zimmermann Braun Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid "
              "Schulze Maier Köhler Herrmann König Walter Mayer Huber".split(),
        "fr": "Dupont Bonnet François Martinez Legrand Gauthier Perrin Morel Clément Fournier Masson "
              "Marchand Duval Denis Lemaire Noël Meyer Dufour Brun Renard".split(),
        "es": "Romero Alonso Gutiérrez Torres Domínguez Vázquez Ramos Gil Ramírez Blanco Suárez Muñoz "
              "Jiménez Moreno Álvarez Castro Ortiz Marín Sanz Núñez".split(),
        "nl": "van Dijk Smits de Graaf van Leeuwen de Wit Dijkstra van der Meer Mol Postma Vermeulen "
              "van Beek Jacobs Hoekstra de Groot Bosman Kramer Schouten Timmermans".split(),
    },
    "company": {lang: [f"{stem} {trade}" for stem in _COMPANY_STEMS for trade in trades]
                for lang, trades in _COMPANY_TRADES.items()},
    "city": {
        "en": ["Liverpool", "Edinburgh", "Sheffield", "Atlanta", "Phoenix", "Toronto", "Nottingham", "Cork",
               "Aberdeen", "Boise", "Tampa", "Oxford"],
        "de": ["Bonn", "Münster", "Augsburg", "Kiel", "Rostock", "Mainz", "Erfurt", "Regensburg", "Ulm",
               "Potsdam", "Würzburg", "Bielefeld"],
        "fr": ["Strasbourg", "Angers", "Tours", "Brest", "Limoges", "Nancy", "Metz", "Caen", "Rouen", "Pau",
               "Avignon", "Amiens"],
        "es": ["Valladolid", "Murcia", "Córdoba", "Vigo", "Gijón", "Almería", "Burgos", "León", "Santander",
               "Huelva", "Toledo", "Logroño"],
        "nl": ["Nijmegen", "Breda", "Apeldoorn", "Enschede", "Amersfoort", "Leeuwarden", "Venlo", "Almere",
               "Dordrecht", "Gouda", "Hengelo", "Middelburg"],
    },
}

NAMED_KINDS = ("first", "last", "company", "city", "street")  # the slots a name set fills (and "mail_domain")
GENERATOR = {"first": FIRST_NAMES, "last": LAST_NAMES, "company": COMPANIES, "city": CITIES, "street": STREETS,
             "mail_domain": MAIL_DOMAINS}
NAME_SETS = {
    "generator": GENERATOR,
    "training": {kind: {lang: names + TRAINING_EXTRA[kind][lang] for lang, names in table.items()}
                 if kind in TRAINING_EXTRA else table for kind, table in GENERATOR.items()},
    "unseen": UNSEEN,
    "selection": SELECTION,
}


def names_for(split: str) -> str:
    """The name set a split is written with: training's own, `unseen` from blind5 on;
    blind to blind4, dev and test keep the generator's (the texts their figures were read on)."""
    if split == "train":
        return "training"
    return "unseen" if split in ("blind5", "blind6", "blind7") else "generator"

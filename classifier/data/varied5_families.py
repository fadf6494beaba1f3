"""Fifth round of varied registers (model 10): short text, interface strings, unfamiliar sectors.

Model 9 still fails in three kinds:

* short harmless text read as sensitive: a one-line diary sentence or a few rows of a
  product CSV give a bag of n-grams so few words that a single one decides the label;
* software interface strings read as sensitive, most of all in German and Dutch: strings
  about notifications, descriptions, private keys, certificates, authentication,
  permissions, user names and roles, accessibility announcements, database tool messages
  and package-source dialogs;
* sensitive records in sectors the generator never wrote: a panel's unpublished scores on
  named candidates, a worker's injury and welfare file in an unusual trade, a named
  member's money trouble, and a lawyer's advice on a live claim in plain words.

These families answer them from the kinds, not from any one text: many short harmless
texts (one to three lines: diary lines, directions, recipe steps, small talk, trivia and
hobby questions, poem lines, unit conversions, a few rows of products, measurements or
results as CSV, TSV or markdown), harmless UI, error and help strings of GUI toolkits,
accessibility layers, system daemons, auth dialogs, database CLIs and package managers in
catalogue and list shapes; confidential twins in new sectors (a choir's audition scores, a
haulier's file on a driver's injury and sick pay, a gym's arrears list with a member's
hardship note, an exam board's moderation of named pupils' marks), short confidential
notes and rows so that short text is not all harmless, and privileged advice on live
claims written without any marker phrase.

All train: `dev` stays the split model 9 was chosen on. Each family draws its own random
stream and composites stay inside a split, so the held-out splits are the same requests
as before (tested).
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

VARIED5_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------ short everyday text, harmless
    Family("short_diary_lines", P, "train", min_sentences=1, max_sentences=2, header_share=0.1, text={
        "en": """
            ^Diary
            We walked along the canal as far as the lock and came back by the fields.
            Bought tulips at the market, the yellow ones this time.
            My sister called; the baby has two teeth now.
            Slept badly, but the sunrise over the roofs made up for it.
            Finished the jigsaw at last, one piece was under the sofa.
            The bakery on the corner has started selling rye bread again.
            Rain all afternoon, so we played cards and ate soup.
            Cycled to {city} and back, {n} kilometres, legs like jelly.
        """,
        "de": """
            ^Tagebuch
            Wir sind am Kanal entlang bis zur Schleuse gelaufen und über die Felder zurück.
            Auf dem Markt Tulpen gekauft, diesmal die gelben.
            Meine Schwester hat angerufen, das Baby hat jetzt zwei Zähne.
            Schlecht geschlafen, aber der Sonnenaufgang über den Dächern hat es wettgemacht.
            Endlich das Puzzle fertig, ein Teil lag unter dem Sofa.
            Die Bäckerei an der Ecke hat wieder Roggenbrot.
            Den ganzen Nachmittag Regen, also Karten gespielt und Suppe gegessen.
            Mit dem Rad nach {city} und zurück, {n} Kilometer, die Beine sind Pudding.
        """,
        "fr": """
            ^Journal
            On a longé le canal jusqu'à l'écluse, puis on est rentrés par les champs.
            Acheté des tulipes au marché, des jaunes cette fois.
            Ma sœur a appelé : le bébé a deux dents maintenant.
            Mal dormi, mais le lever de soleil sur les toits valait le coup.
            Enfin fini le puzzle, une pièce était sous le canapé.
            La boulangerie du coin refait du pain de seigle.
            Pluie tout l'après-midi, alors cartes et soupe.
            Aller-retour à vélo jusqu'à {city}, {n} kilomètres, les jambes en coton.
        """,
        "es": """
            ^Diario
            Caminamos junto al canal hasta la esclusa y volvimos por los campos.
            Compré tulipanes en el mercado, esta vez amarillos.
            Llamó mi hermana: al bebé ya le han salido dos dientes.
            Dormí mal, pero el amanecer sobre los tejados lo compensó.
            Por fin terminé el puzle; una pieza estaba debajo del sofá.
            La panadería de la esquina vuelve a tener pan de centeno.
            Llovió toda la tarde, así que jugamos a las cartas y cenamos sopa.
            En bici hasta {city} y vuelta, {n} kilómetros, tengo las piernas de gelatina.
        """,
        "nl": """
            ^Dagboek
            We liepen langs het kanaal tot aan de sluis en kwamen terug door de weilanden.
            Tulpen gekocht op de markt, dit keer de gele.
            Mijn zus belde, de baby heeft nu twee tandjes.
            Slecht geslapen, maar de zonsopgang boven de daken maakte veel goed.
            Eindelijk de puzzel af, er lag nog een stukje onder de bank.
            De bakker op de hoek verkoopt weer roggebrood.
            De hele middag regen, dus we hebben gekaart en soep gegeten.
            Op de fiets naar {city} en terug, {n} kilometer, mijn benen zijn van elastiek.
        """,
    }),
    Family("short_directions_recipe_steps", P, "train", min_sentences=1, max_sentences=3, header_share=0.15, text={
        "en": """
            ^How do I get there?
            ^Step {n}
            Turn left after the petrol station and the car park is on your right.
            Take the second exit at the roundabout, then follow the signs for the harbour.
            Stir in the flour, then add the milk a little at a time.
            Let the dough rest for {n} minutes under a damp cloth.
            From the station it's a ten-minute walk; keep the church on your left.
            Fry the onions until soft, add the tomatoes and simmer.
            Preheat the oven to 180 °C and grease the tin.
        """,
        "de": """
            ^Wie komme ich dahin?
            ^Schritt {n}
            Nach der Tankstelle links abbiegen, der Parkplatz liegt rechts.
            Im Kreisverkehr die zweite Ausfahrt nehmen und dann der Beschilderung zum Hafen folgen.
            Das Mehl unterrühren und die Milch nach und nach dazugeben.
            Den Teig {n} Minuten unter einem feuchten Tuch ruhen lassen.
            Vom Bahnhof sind es zehn Minuten zu Fuß, die Kirche bleibt links.
            Zwiebeln glasig dünsten, Tomaten dazu und köcheln lassen.
            Ofen auf 180 °C vorheizen und die Form einfetten.
        """,
        "fr": """
            ^Comment y aller ?
            ^Étape {n}
            Après la station-service, tournez à gauche : le parking est sur votre droite.
            Au rond-point, prenez la deuxième sortie puis suivez « Port ».
            Incorporez la farine, puis versez le lait petit à petit.
            Laissez reposer la pâte {n} minutes sous un torchon humide.
            De la gare, dix minutes à pied en gardant l'église sur votre gauche.
            Faites revenir les oignons, ajoutez les tomates et laissez mijoter.
            Préchauffez le four à 180 °C et beurrez le moule.
        """,
        "es": """
            ^¿Cómo llego?
            ^Paso {n}
            Gira a la izquierda después de la gasolinera y el aparcamiento queda a la derecha.
            En la rotonda toma la segunda salida y sigue las indicaciones al puerto.
            Añade la harina removiendo y luego la leche poco a poco.
            Deja reposar la masa {n} minutos tapada con un paño húmedo.
            Desde la estación son diez minutos a pie, con la iglesia a la izquierda.
            Sofríe la cebolla hasta que esté blanda, añade el tomate y deja cocer a fuego lento.
            Precalienta el horno a 180 °C y engrasa el molde.
        """,
        "nl": """
            ^Hoe kom ik daar?
            ^Stap {n}
            Na het tankstation linksaf, de parkeerplaats ligt aan je rechterhand.
            Neem op de rotonde de tweede afslag en volg de borden naar de haven.
            Roer de bloem erdoor en voeg de melk beetje bij beetje toe.
            Laat het deeg {n} minuten rusten onder een vochtige doek.
            Vanaf het station is het tien minuten lopen, met de kerk aan je linkerkant.
            Fruit de uien zacht, doe de tomaten erbij en laat pruttelen.
            Verwarm de oven voor op 180 °C en vet de bakvorm in.
        """,
    }),
    Family("short_trivia_hobby_questions", P, "train", min_sentences=1, max_sentences=2, header_share=0.1, text={
        "en": """
            ^Quiz night
            Which planet has the longest day?
            How many strings does a standard cello have?
            What's the best glue for repairing a wooden chair leg?
            Is it too late to plant garlic in November?
            Who painted the ceiling of the Sistine Chapel?
            How do I stop my sourdough starter from smelling like nail varnish?
            What size crochet hook do I need for chunky wool?
            Why do cats knead blankets?
        """,
        "de": """
            ^Quizabend
            Welcher Planet hat den längsten Tag?
            Wie viele Saiten hat ein normales Cello?
            Welcher Leim eignet sich, um ein Stuhlbein aus Holz zu reparieren?
            Ist es im November zu spät, um Knoblauch zu setzen?
            Wer hat die Decke der Sixtinischen Kapelle bemalt?
            Wie verhindere ich, dass mein Sauerteig nach Nagellack riecht?
            Welche Häkelnadelstärke brauche ich für dicke Wolle?
            Warum treteln Katzen auf Decken herum?
        """,
        "fr": """
            ^Soirée quiz
            Quelle planète a la journée la plus longue ?
            Combien de cordes a un violoncelle classique ?
            Quelle colle utiliser pour réparer un pied de chaise en bois ?
            Est-il trop tard pour planter de l'ail en novembre ?
            Qui a peint le plafond de la chapelle Sixtine ?
            Comment éviter que mon levain sente le dissolvant ?
            Quel crochet faut-il pour de la laine épaisse ?
            Pourquoi les chats pétrissent-ils les couvertures ?
        """,
        "es": """
            ^Noche de preguntas
            ¿Qué planeta tiene el día más largo?
            ¿Cuántas cuerdas tiene un violonchelo normal?
            ¿Qué cola va mejor para arreglar la pata de una silla de madera?
            ¿Es tarde para plantar ajos en noviembre?
            ¿Quién pintó el techo de la Capilla Sixtina?
            ¿Cómo evito que mi masa madre huela a quitaesmalte?
            ¿Qué número de ganchillo necesito para lana gruesa?
            ¿Por qué los gatos amasan las mantas?
        """,
        "nl": """
            ^Quizavond
            Welke planeet heeft de langste dag?
            Hoeveel snaren heeft een gewone cello?
            Welke lijm is het best om een houten stoelpoot te lijmen?
            Is november te laat om knoflook te planten?
            Wie schilderde het plafond van de Sixtijnse Kapel?
            Hoe voorkom ik dat mijn zuurdesem naar nagellakremover ruikt?
            Welke haaknaald heb ik nodig voor dikke wol?
            Waarom trappelen katten op dekens?
        """,
    }),
    Family("short_poem_lines_conversions", P, "train", min_sentences=1, max_sentences=3, header_share=0.15, text={
        "en": """
            ^Can you finish this poem?
            ^Quick conversion
            The gulls come home at evening, grey on grey.
            A kettle sings; the window holds the frost.
            How many cups is 250 grams of flour?
            {n} miles is how many kilometres?
            Convert 350 °F to Celsius, please.
            Under the pear tree the wasps are drunk on summer.
            What is 3 feet 4 inches in centimetres?
        """,
        "de": """
            ^Kannst du das Gedicht zu Ende schreiben?
            ^Schnell umrechnen
            Am Abend kehren die Möwen heim, grau in grau.
            Der Kessel singt, das Fenster trägt den Frost.
            Wie viele Tassen sind 250 Gramm Mehl?
            Wie viele Kilometer sind {n} Meilen?
            Bitte 350 °F in Celsius umrechnen.
            Unter dem Birnbaum sind die Wespen trunken vom Sommer.
            Wie viel sind 3 Fuß 4 Zoll in Zentimetern?
        """,
        "fr": """
            ^Tu peux finir ce poème ?
            ^Conversion rapide
            Les mouettes rentrent le soir, gris sur gris.
            La bouilloire chante, la vitre garde le givre.
            Combien de tasses font 250 grammes de farine ?
            {n} miles, ça fait combien de kilomètres ?
            Convertis 350 °F en degrés Celsius, s'il te plaît.
            Sous le poirier, les guêpes sont ivres d'été.
            Combien font 3 pieds 4 pouces en centimètres ?
        """,
        "es": """
            ^¿Puedes terminar este poema?
            ^Conversión rápida
            Las gaviotas vuelven al atardecer, gris sobre gris.
            Canta la tetera; el cristal guarda la escarcha.
            ¿Cuántas tazas son 250 gramos de harina?
            ¿Cuántos kilómetros son {n} millas?
            Pasa 350 °F a grados Celsius, por favor.
            Bajo el peral, las avispas están borrachas de verano.
            ¿Cuánto son 3 pies y 4 pulgadas en centímetros?
        """,
        "nl": """
            ^Kun je dit gedicht afmaken?
            ^Even omrekenen
            De meeuwen keren 's avonds terug, grijs op grijs.
            De ketel zingt, het raam draagt de vorst.
            Hoeveel kopjes is 250 gram bloem?
            Hoeveel kilometer is {n} mijl?
            Reken 350 °F even om naar Celsius.
            Onder de perenboom zijn de wespen dronken van de zomer.
            Hoeveel is 3 voet 4 inch in centimeters?
        """,
    }),
    Family("short_chat_requests", P, "train", min_sentences=1, max_sentences=2, header_share=0.0, text={
        "en": """
            Morning! Did you see the match last night?
            Can you make this sound friendlier: "see you at eight".
            Give me three names for a bakery by the sea.
            lol that's exactly what my dad says
            Is it rude to bring wine to a barbecue?
            Help me plan a picnic for six people.
            Thanks, that worked perfectly.
            Tell me a joke about penguins.
        """,
        "de": """
            Moin! Hast du gestern das Spiel gesehen?
            Kannst du das freundlicher formulieren: „bis um acht“.
            Gib mir drei Namen für eine Bäckerei am Meer.
            haha genau das sagt mein Vater auch immer
            Ist es unhöflich, Wein zum Grillen mitzubringen?
            Hilf mir, ein Picknick für sechs Leute zu planen.
            Danke, hat super geklappt.
            Erzähl mir einen Witz über Pinguine.
        """,
        "fr": """
            Salut ! Tu as vu le match hier soir ?
            Tu peux rendre ça plus sympa : « à ce soir, 20 h ».
            Propose-moi trois noms pour une boulangerie au bord de la mer.
            mdr c'est exactement ce que dit mon père
            C'est impoli d'apporter du vin à un barbecue ?
            Aide-moi à organiser un pique-nique pour six.
            Merci, ça marche parfaitement.
            Raconte-moi une blague sur les manchots.
        """,
        "es": """
            ¡Buenas! ¿Viste el partido anoche?
            ¿Puedes hacer esto más simpático: «nos vemos a las ocho»?
            Dame tres nombres para una panadería junto al mar.
            jaja eso es justo lo que dice mi padre
            ¿Es de mala educación llevar vino a una barbacoa?
            Ayúdame a preparar un pícnic para seis personas.
            Gracias, ha funcionado a la perfección.
            Cuéntame un chiste de pingüinos.
        """,
        "nl": """
            Goeiemorgen! Heb je de wedstrijd gisteren gezien?
            Kun je dit vriendelijker maken: "tot acht uur".
            Geef me drie namen voor een bakkerij aan zee.
            haha dat zegt mijn vader nou ook altijd
            Is het onbeleefd om wijn mee te nemen naar een barbecue?
            Help me een picknick voor zes mensen te plannen.
            Dank je, dat werkte prima.
            Vertel eens een mop over pinguïns.
        """,
    }),
    Family("short_product_measurement_rows", P, "train", min_sentences=1, max_sentences=3, header_share=0.3, text={
        "en": """
            ^Make this a chart
            ^Average these
            item,size,colour,price↵mug,350ml,teal,6.50↵mug,450ml,cream,7.20
            date\train_mm\tmax_c↵03-04\t{n}.2\t11↵03-05\t0.0\t14
            | Runner | 5 km | 10 km |↵|---|---|---|↵| Lane 1 | 21:{n} | 44:10 |↵| Lane 2 | 23:05 | 47:{n} |
            home,away,score↵Millbrook,Eastgate,2-1↵Northfield,Riverside,0-0
            plant;height_cm;week↵basil;{n};3↵mint;14;3
            Which of these three lamps is cheapest per watt: 9 W at 4.99, 12 W at 5.49, 15 W at 7.99?
        """,
        "de": """
            ^Mach daraus ein Diagramm
            ^Bitte den Durchschnitt bilden
            artikel;groesse;farbe;preis↵Becher;350 ml;petrol;6,50↵Becher;450 ml;creme;7,20
            datum\tregen_mm\tmax_c↵04.03.\t{n},2\t11↵05.03.\t0,0\t14
            | Läufer | 5 km | 10 km |↵|---|---|---|↵| Bahn 1 | 21:{n} | 44:10 |↵| Bahn 2 | 23:05 | 47:{n} |
            heim;gast;ergebnis↵Mühlbach;Ostertor;2:1↵Nordfeld;Auental;0:0
            pflanze;hoehe_cm;woche↵Basilikum;{n};3↵Minze;14;3
            Welche der drei Lampen ist pro Watt am günstigsten: 9 W für 4,99, 12 W für 5,49, 15 W für 7,99?
        """,
        "fr": """
            ^Fais-en un graphique
            ^Calcule la moyenne
            article;taille;couleur;prix↵tasse;35 cl;bleu canard;6,50↵tasse;45 cl;crème;7,20
            date\tpluie_mm\tmax_c↵04/03\t{n},2\t11↵05/03\t0,0\t14
            | Coureur | 5 km | 10 km |↵|---|---|---|↵| Couloir 1 | 21:{n} | 44:10 |↵| Couloir 2 | 23:05 | 47:{n} |
            domicile;exterieur;score↵Valmont;Beaulieu;2-1↵Plaisance;Bords-de-Loire;0-0
            plante;hauteur_cm;semaine↵basilic;{n};3↵menthe;14;3
            Laquelle de ces trois lampes est la moins chère par watt : 9 W à 4,99, 12 W à 5,49, 15 W à 7,99 ?
        """,
        "es": """
            ^Haz un gráfico con esto
            ^Saca la media
            articulo;tamano;color;precio↵taza;350 ml;turquesa;6,50↵taza;450 ml;crema;7,20
            fecha\tlluvia_mm\tmax_c↵04/03\t{n},2\t11↵05/03\t0,0\t14
            | Corredor | 5 km | 10 km |↵|---|---|---|↵| Calle 1 | 21:{n} | 44:10 |↵| Calle 2 | 23:05 | 47:{n} |
            local;visitante;resultado↵Villaverde;Puente Alto;2-1↵Montealto;Ribera;0-0
            planta;altura_cm;semana↵albahaca;{n};3↵menta;14;3
            ¿Cuál de estas tres lámparas sale más barata por vatio: 9 W a 4,99, 12 W a 5,49, 15 W a 7,99?
        """,
        "nl": """
            ^Maak hier een grafiek van
            ^Bereken het gemiddelde
            artikel;maat;kleur;prijs↵mok;350 ml;petrol;6,50↵mok;450 ml;crème;7,20
            datum\tregen_mm\tmax_c↵04-03\t{n},2\t11↵05-03\t0,0\t14
            | Loper | 5 km | 10 km |↵|---|---|---|↵| Baan 1 | 21:{n} | 44:10 |↵| Baan 2 | 23:05 | 47:{n} |
            thuis;uit;uitslag↵Molenbeek;Oostdorp;2-1↵Noordveld;Rivierdal;0-0
            plant;hoogte_cm;week↵basilicum;{n};3↵munt;14;3
            Welke van deze drie lampen is per watt het goedkoopst: 9 W voor 4,99, 12 W voor 5,49, 15 W voor 7,99?
        """,
    }),
    Family("short_team_notes_internal", I, "train", min_sentences=1, max_sentences=3, header_share=0.15, text={
        "en": """
            ^Team note
            The printer on the second floor is fixed, toner is in the cupboard.
            Reminder: stand-up moves to 9:45 on Thursday.
            Can someone water the plants in meeting room B while I'm away?
            I'll take the late shift on Tuesday if anyone wants to swap.
            New coffee beans arrived, the old bag is finished.
            Build {n} is on staging, please give it a quick click-through.
            The car park barrier is stuck open again; facilities know.
        """,
        "de": """
            ^Info ans Team
            Der Drucker im zweiten Stock geht wieder, Toner liegt im Schrank.
            Erinnerung: Das Stand-up ist am Donnerstag um 9:45.
            Kann jemand die Pflanzen in Besprechungsraum B gießen, solange ich weg bin?
            Ich übernehme am Dienstag die Spätschicht, falls jemand tauschen möchte.
            Neue Kaffeebohnen sind da, die alte Packung ist leer.
            Build {n} liegt auf Staging, bitte einmal kurz durchklicken.
            Die Schranke am Parkplatz hängt wieder offen, die Haustechnik weiß Bescheid.
        """,
        "fr": """
            ^Mot à l'équipe
            L'imprimante du deuxième étage remarche, le toner est dans le placard.
            Rappel : le point du matin passe à 9 h 45 jeudi.
            Quelqu'un peut arroser les plantes de la salle B pendant mon absence ?
            Je prends le service du soir mardi si quelqu'un veut échanger.
            Le nouveau café est arrivé, l'ancien paquet est fini.
            Le build {n} est sur la préproduction, merci d'y jeter un œil.
            La barrière du parking est encore bloquée ouverte, les services généraux sont prévenus.
        """,
        "es": """
            ^Aviso al equipo
            La impresora de la segunda planta ya funciona; el tóner está en el armario.
            Recordatorio: la reunión diaria pasa a las 9:45 el jueves.
            ¿Alguien puede regar las plantas de la sala B mientras estoy fuera?
            Me quedo el turno de tarde del martes si alguien quiere cambiar.
            Ha llegado café nuevo, el paquete viejo se ha acabado.
            La build {n} está en preproducción, echadle un vistazo rápido.
            La barrera del aparcamiento se ha vuelto a quedar abierta; mantenimiento ya lo sabe.
        """,
        "nl": """
            ^Teambericht
            De printer op de tweede verdieping doet het weer, toner ligt in de kast.
            Herinnering: de stand-up is donderdag om 9.45 uur.
            Kan iemand de planten in vergaderruimte B water geven terwijl ik weg ben?
            Ik neem dinsdag de late dienst als iemand wil ruilen.
            Er zijn nieuwe koffiebonen, de oude zak is op.
            Build {n} staat op staging, even doorklikken graag.
            De slagboom bij de parkeerplaats blijft weer open staan; facilitair weet het.
        """,
    }),
    Family("short_stock_count_rows_internal", I, "train", min_sentences=1, max_sentences=3, header_share=0.3, text={
        "en": """
            ^Count from aisle {n}
            ^Tonight's numbers
            bin,part,counted,expected↵C4,hinge 40mm,{n}8,{n}8↵C5,hinge 60mm,31,30
            | Line | Units | Scrap |↵|---|---|---|↵| A | 1{n}20 | 4 |↵| B | 980 | {n} |
            Pallets out today: {n}, back from {city}: 6.
            shelf\tSKU\tqty↵2\tTB-11\t{n}↵3\tTB-12\t0
            Fill rate this week 9{n}.4 %, target 95 %.
            Forklift 3 is due its service on Friday.
        """,
        "de": """
            ^Zählung Gang {n}
            ^Die Zahlen von heute Abend
            fach;teil;gezaehlt;soll↵C4;Scharnier 40 mm;{n}8;{n}8↵C5;Scharnier 60 mm;31;30
            | Linie | Stück | Ausschuss |↵|---|---|---|↵| A | 1{n}20 | 4 |↵| B | 980 | {n} |
            Paletten heute raus: {n}, zurück aus {city}: 6.
            regal\tSKU\tmenge↵2\tTB-11\t{n}↵3\tTB-12\t0
            Lieferquote diese Woche 9{n},4 %, Ziel 95 %.
            Stapler 3 muss am Freitag zur Wartung.
        """,
        "fr": """
            ^Comptage allée {n}
            ^Les chiffres de ce soir
            case;piece;compte;attendu↵C4;charnière 40 mm;{n}8;{n}8↵C5;charnière 60 mm;31;30
            | Ligne | Unités | Rebut |↵|---|---|---|↵| A | 1{n}20 | 4 |↵| B | 980 | {n} |
            Palettes sorties aujourd'hui : {n}, retour de {city} : 6.
            etagere\tSKU\tqte↵2\tTB-11\t{n}↵3\tTB-12\t0
            Taux de service cette semaine 9{n},4 %, objectif 95 %.
            Le chariot 3 doit passer en révision vendredi.
        """,
        "es": """
            ^Recuento del pasillo {n}
            ^Las cifras de esta noche
            hueco;pieza;contado;esperado↵C4;bisagra 40 mm;{n}8;{n}8↵C5;bisagra 60 mm;31;30
            | Línea | Unidades | Merma |↵|---|---|---|↵| A | 1{n}20 | 4 |↵| B | 980 | {n} |
            Palés enviados hoy: {n}; devueltos desde {city}: 6.
            estante\tSKU\tcant↵2\tTB-11\t{n}↵3\tTB-12\t0
            Nivel de servicio esta semana 9{n},4 %, objetivo 95 %.
            La carretilla 3 tiene la revisión el viernes.
        """,
        "nl": """
            ^Telling gang {n}
            ^De cijfers van vanavond
            vak;onderdeel;geteld;verwacht↵C4;scharnier 40 mm;{n}8;{n}8↵C5;scharnier 60 mm;31;30
            | Lijn | Stuks | Uitval |↵|---|---|---|↵| A | 1{n}20 | 4 |↵| B | 980 | {n} |
            Pallets vandaag de deur uit: {n}, retour uit {city}: 6.
            schap\tSKU\taantal↵2\tTB-11\t{n}↵3\tTB-12\t0
            Leverbetrouwbaarheid deze week 9{n},4 %, doel 95 %.
            Heftruck 3 moet vrijdag naar onderhoud.
        """,
    }),
    # ------------------------------------------------- software interface strings, harmless
    Family("gui_toolkit_property_strings", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Widget properties, please translate
            ^Strings from the toolkit's property editor
            Description↵A short description of the widget, shown as a tooltip.
            Whether the button is drawn with a frame.
            Whether the user can select more than one row.
            Notify when the value changes
            The name "%s" is not unique within this window.
            msgid "Show notifications"↵msgstr ""↵↵msgid "Private key file"↵msgstr ""
            Force reset of the layout on next start
            Icon name↵The name of the icon from the current theme.
        """,
        "de": """
            ^Widget-Eigenschaften, bitte übersetzen
            ^Zeichenketten aus dem Eigenschaften-Editor
            Beschreibung↵Eine kurze Beschreibung des Widgets, wird als Kurzinfo angezeigt.
            Legt fest, ob die Schaltfläche mit Rahmen gezeichnet wird.
            Ob der Benutzer mehr als eine Zeile auswählen kann.
            Bei Wertänderung benachrichtigen
            Der Name „%s“ ist in diesem Fenster nicht eindeutig.
            msgid "Show notifications"↵msgstr "Benachrichtigungen anzeigen"↵↵msgid "Private key file"↵msgstr "Datei mit privatem Schlüssel"
            Zurücksetzen der Anordnung beim nächsten Start erzwingen
            Symbolname↵Der Name des Symbols aus dem aktuellen Thema.
        """,
        "fr": """
            ^Propriétés des widgets, à traduire
            ^Chaînes de l'éditeur de propriétés
            Description↵Courte description du widget, affichée en infobulle.
            Indique si le bouton est dessiné avec un cadre.
            Indique si l'utilisateur peut sélectionner plusieurs lignes.
            Notifier quand la valeur change
            Le nom « %s » n'est pas unique dans cette fenêtre.
            msgid "Show notifications"↵msgstr "Afficher les notifications"↵↵msgid "Private key file"↵msgstr "Fichier de clé privée"
            Forcer la réinitialisation de la disposition au prochain démarrage
            Nom de l'icône↵Le nom de l'icône dans le thème actuel.
        """,
        "es": """
            ^Propiedades de los widgets, para traducir
            ^Cadenas del editor de propiedades
            Descripción↵Una breve descripción del widget que se muestra como información emergente.
            Indica si el botón se dibuja con marco.
            Indica si el usuario puede seleccionar más de una fila.
            Notificar cuando cambie el valor
            El nombre «%s» no es único en esta ventana.
            msgid "Show notifications"↵msgstr "Mostrar notificaciones"↵↵msgid "Private key file"↵msgstr "Archivo de clave privada"
            Forzar el restablecimiento de la disposición en el próximo inicio
            Nombre del icono↵El nombre del icono en el tema actual.
        """,
        "nl": """
            ^Widgeteigenschappen, graag vertalen
            ^Teksten uit de eigenschappeneditor
            Omschrijving↵Een korte omschrijving van de widget, getoond als tooltip.
            Of de knop met een kader wordt getekend.
            Of de gebruiker meer dan één rij kan selecteren.
            Melden wanneer de waarde verandert
            De naam "%s" is niet uniek binnen dit venster.
            msgid "Show notifications"↵msgstr "Meldingen tonen"↵↵msgid "Private key file"↵msgstr "Bestand met privésleutel"
            Opnieuw instellen van de indeling bij de volgende start afdwingen
            Pictogramnaam↵De naam van het pictogram uit het huidige thema.
        """,
    }),
    Family("accessibility_event_descriptions", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Accessibility events
            ^What do these screen reader events mean?
            Emitted to notify that the caption of a table has changed.
            Used to announce that a row was inserted into the list.
            Signals that the selected text in a document has changed.
            Reports whether the object can receive keyboard focus.
            The accessible description of a cell, read after its name.
            Notifies assistive technologies that a dialog has been opened.
            Indicates that the object's children were reordered.
            Role: push button. State: pressed, focusable.
        """,
        "de": """
            ^Barrierefreiheits-Ereignisse
            ^Was bedeuten diese Screenreader-Ereignisse?
            Wird ausgelöst, um mitzuteilen, dass sich die Überschrift einer Tabelle geändert hat.
            Dient der Ankündigung, dass eine Zeile in die Liste eingefügt wurde.
            Meldet, dass sich der markierte Text in einem Dokument geändert hat.
            Gibt an, ob das Objekt den Tastaturfokus erhalten kann.
            Die barrierefreie Beschreibung einer Zelle, wird nach ihrem Namen vorgelesen.
            Benachrichtigt Hilfstechnologien, dass ein Dialog geöffnet wurde.
            Zeigt an, dass die Kindelemente des Objekts neu angeordnet wurden.
            Rolle: Schaltfläche. Zustand: gedrückt, fokussierbar.
        """,
        "fr": """
            ^Événements d'accessibilité
            ^Que signifient ces événements du lecteur d'écran ?
            Émis pour signaler que la légende d'un tableau a changé.
            Sert à annoncer qu'une ligne a été insérée dans la liste.
            Signale que le texte sélectionné dans un document a changé.
            Indique si l'objet peut recevoir le focus clavier.
            La description accessible d'une cellule, lue après son nom.
            Prévient les technologies d'assistance qu'une boîte de dialogue s'est ouverte.
            Indique que les enfants de l'objet ont été réordonnés.
            Rôle : bouton. État : enfoncé, focalisable.
        """,
        "es": """
            ^Eventos de accesibilidad
            ^¿Qué significan estos eventos del lector de pantalla?
            Se emite para notificar que ha cambiado el título de una tabla.
            Sirve para anunciar que se ha insertado una fila en la lista.
            Indica que ha cambiado el texto seleccionado de un documento.
            Informa de si el objeto puede recibir el foco del teclado.
            La descripción accesible de una celda, que se lee después de su nombre.
            Avisa a las tecnologías de apoyo de que se ha abierto un diálogo.
            Indica que los hijos del objeto se han reordenado.
            Rol: botón. Estado: pulsado, enfocable.
        """,
        "nl": """
            ^Toegankelijkheidsgebeurtenissen
            ^Wat betekenen deze schermlezergebeurtenissen?
            Wordt uitgezonden om te melden dat het bijschrift van een tabel is gewijzigd.
            Wordt gebruikt om aan te kondigen dat er een rij in de lijst is ingevoegd.
            Geeft aan dat de geselecteerde tekst in een document is veranderd.
            Geeft aan of het object de toetsenbordfocus kan krijgen.
            De toegankelijke omschrijving van een cel, voorgelezen na de naam.
            Laat hulptechnologieën weten dat er een dialoogvenster is geopend.
            Geeft aan dat de onderliggende objecten opnieuw zijn geordend.
            Rol: drukknop. Status: ingedrukt, focusbaar.
        """,
    }),
    Family("auth_dialog_prompts", P, "train", min_sentences=2, max_sentences=6, header_share=0.4, text={
        "en": """
            ^Authentication dialog strings
            ^Prompts from the system settings
            Authentication is required to change the system time zone.
            Authentication is required to install software updates.
            Enter the passphrase for the private key to continue.
            The certificate presented by the server is not trusted. Continue anyway?
            Password for %s:
            Authentication failed. Please try again.
            An application is trying to access the key ring. Unlock it?
            Authorisation is required to mount a drive owned by another user.
        """,
        "de": """
            ^Texte des Legitimierungsdialogs
            ^Abfragen aus den Systemeinstellungen
            Legitimierung ist erforderlich, um die Zeitzone des Systems zu ändern.
            Legitimierung ist erforderlich, um Softwareaktualisierungen zu installieren.
            Geben Sie die Passphrase für den privaten Schlüssel ein, um fortzufahren.
            Das vom Server vorgelegte Zertifikat ist nicht vertrauenswürdig. Trotzdem fortfahren?
            Passwort für %s:
            Legitimation fehlgeschlagen. Bitte erneut versuchen.
            Eine Anwendung möchte auf den Schlüsselbund zugreifen. Entsperren?
            Zum Einhängen eines Laufwerks eines anderen Benutzers ist eine Legitimierung nötig.
        """,
        "fr": """
            ^Chaînes de la fenêtre d'authentification
            ^Invites des paramètres système
            Une authentification est nécessaire pour changer le fuseau horaire du système.
            Une authentification est nécessaire pour installer les mises à jour.
            Saisissez la phrase secrète de la clé privée pour continuer.
            Le certificat présenté par le serveur n'est pas approuvé. Continuer quand même ?
            Mot de passe pour %s :
            Échec de l'authentification. Veuillez réessayer.
            Une application tente d'accéder au trousseau de clés. Le déverrouiller ?
            Une autorisation est requise pour monter un disque appartenant à un autre utilisateur.
        """,
        "es": """
            ^Cadenas del diálogo de autenticación
            ^Avisos de la configuración del sistema
            Se necesita autenticación para cambiar la zona horaria del sistema.
            Se necesita autenticación para instalar actualizaciones de software.
            Introduce la frase de paso de la clave privada para continuar.
            El certificado presentado por el servidor no es de confianza. ¿Continuar de todos modos?
            Contraseña para %s:
            Error de autenticación. Inténtalo de nuevo.
            Una aplicación intenta acceder al depósito de claves. ¿Desbloquearlo?
            Se necesita autorización para montar una unidad de otro usuario.
        """,
        "nl": """
            ^Teksten van het authenticatievenster
            ^Vragen uit de systeeminstellingen
            Authenticatie is vereist om de tijdzone van het systeem te wijzigen.
            Authenticatie is vereist om software-updates te installeren.
            Voer de wachtwoordzin voor de privésleutel in om door te gaan.
            Het certificaat van de server wordt niet vertrouwd. Toch doorgaan?
            Wachtwoord voor %s:
            Authenticatie mislukt. Probeer het opnieuw.
            Een toepassing probeert toegang te krijgen tot de sleutelbos. Ontgrendelen?
            Er is autorisatie nodig om een schijf van een andere gebruiker aan te koppelen.
        """,
    }),
    Family("system_daemon_account_messages", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Messages from the account service
            ^What does this daemon message mean?
            User name may only contain lowercase letters, digits and hyphens.
            UID %d is already in use; choose another or leave it empty.
            Permission denied while reading the account settings file.
            The session for user %s has been closed.
            Home directory %s already exists, not copying skeleton files.
            Password change aborted: the new password is the same as the old one.
            Failed to set permissions on %s: operation not permitted.
            Account settings were saved. Log out for them to take effect.
        """,
        "de": """
            ^Meldungen des Kontendienstes
            ^Was bedeutet diese Daemon-Meldung?
            Der Benutzername darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.
            UID %d ist bereits vergeben; wählen Sie eine andere oder lassen Sie das Feld leer.
            Zugriff verweigert beim Lesen der Datei mit den Kontoeinstellungen.
            Die Sitzung für Benutzer %s wurde beendet.
            Persönlicher Ordner %s existiert bereits, Vorlagedateien werden nicht kopiert.
            Passwortänderung abgebrochen: Das neue Passwort entspricht dem alten.
            Berechtigungen für %s konnten nicht gesetzt werden: Vorgang nicht zulässig.
            Die Kontoeinstellungen wurden gespeichert. Melden Sie sich ab, damit sie wirksam werden.
        """,
        "fr": """
            ^Messages du service de comptes
            ^Que veut dire ce message du démon ?
            Le nom d'utilisateur ne peut contenir que des minuscules, des chiffres et des tirets.
            L'UID %d est déjà utilisé ; choisissez-en un autre ou laissez le champ vide.
            Permission refusée lors de la lecture du fichier des paramètres du compte.
            La session de l'utilisateur %s a été fermée.
            Le dossier personnel %s existe déjà, les fichiers modèles ne sont pas copiés.
            Changement de mot de passe annulé : le nouveau est identique à l'ancien.
            Impossible de définir les permissions de %s : opération non permise.
            Paramètres du compte enregistrés. Déconnectez-vous pour les appliquer.
        """,
        "es": """
            ^Mensajes del servicio de cuentas
            ^¿Qué quiere decir este mensaje del demonio?
            El nombre de usuario solo puede contener minúsculas, cifras y guiones.
            El UID %d ya está en uso; elige otro o deja el campo vacío.
            Permiso denegado al leer el archivo de configuración de la cuenta.
            Se ha cerrado la sesión del usuario %s.
            La carpeta personal %s ya existe; no se copian los archivos de plantilla.
            Cambio de contraseña cancelado: la nueva es igual que la anterior.
            No se pudieron establecer los permisos de %s: operación no permitida.
            Se ha guardado la configuración de la cuenta. Cierra la sesión para aplicarla.
        """,
        "nl": """
            ^Meldingen van de accountdienst
            ^Wat betekent deze daemonmelding?
            Een gebruikersnaam mag alleen kleine letters, cijfers en koppeltekens bevatten.
            UID %d is al in gebruik; kies een andere of laat het veld leeg.
            Toegang geweigerd bij het lezen van het bestand met accountinstellingen.
            De sessie van gebruiker %s is afgesloten.
            Persoonlijke map %s bestaat al, sjabloonbestanden worden niet gekopieerd.
            Wachtwoordwijziging afgebroken: het nieuwe wachtwoord is gelijk aan het oude.
            Kan de rechten van %s niet instellen: bewerking niet toegestaan.
            De accountinstellingen zijn opgeslagen. Meld je af om ze te laten ingaan.
        """,
    }),
    Family("database_cli_messages", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Messages of the database maintenance tool
            ^Why does the CLI print this?
            reindexing table "orders"…↵reindex finished in {n} s
            vacuuming database "inventory"↵INFO:  vacuum complete: 0 dead rows remain
            role "reporting" cannot be dropped because some objects depend on it
            --createrole    the new role can create other roles
            duplicate key value violates unique constraint: value is not unique
            Use --force to reset the sequence even if the table is not empty.
            Do you want to analyze all tables after the upgrade? [y/N]
            connection to the server was lost; attempting reset: succeeded
        """,
        "de": """
            ^Meldungen des Datenbank-Wartungswerkzeugs
            ^Warum gibt das Kommandozeilenprogramm das aus?
            Tabelle „orders“ wird neu indiziert …↵Neuindizierung nach {n} s abgeschlossen
            Datenbank „inventory“ wird bereinigt↵INFO:  Bereinigung abgeschlossen: 0 tote Zeilen übrig
            Rolle „reporting“ kann nicht gelöscht werden, weil andere Objekte davon abhängen
            --createrole    die neue Rolle kann weitere Rollen anlegen
            doppelter Schlüsselwert verletzt Unique-Constraint: Wert ist nicht eindeutig
            Mit --force wird die Sequenz auch dann zurückgesetzt, wenn die Tabelle nicht leer ist.
            Sollen nach dem Upgrade alle Tabellen analysiert werden? [j/N]
            Verbindung zum Server verloren; Zurücksetzen wird versucht: erfolgreich
        """,
        "fr": """
            ^Messages de l'outil de maintenance de la base
            ^Pourquoi l'outil en ligne de commande affiche-t-il ceci ?
            réindexation de la table « orders »…↵réindexation terminée en {n} s
            nettoyage de la base « inventory »↵INFO:  nettoyage terminé : 0 ligne morte restante
            le rôle « reporting » ne peut pas être supprimé car des objets en dépendent
            --createrole    le nouveau rôle peut créer d'autres rôles
            la valeur d'une clé dupliquée rompt la contrainte unique : valeur non unique
            Utilisez --force pour réinitialiser la séquence même si la table n'est pas vide.
            Analyser toutes les tables après la mise à niveau ? [o/N]
            connexion au serveur perdue ; tentative de réinitialisation : réussie
        """,
        "es": """
            ^Mensajes de la herramienta de mantenimiento de la base de datos
            ^¿Por qué la línea de comandos muestra esto?
            reindexando la tabla «orders»…↵reindexación terminada en {n} s
            limpiando la base de datos «inventory»↵INFO:  limpieza completa: quedan 0 filas muertas
            no se puede eliminar el rol «reporting» porque otros objetos dependen de él
            --createrole    el nuevo rol puede crear otros roles
            el valor de clave duplicado viola la restricción única: el valor no es único
            Usa --force para reiniciar la secuencia aunque la tabla no esté vacía.
            ¿Analizar todas las tablas después de actualizar? [s/N]
            se perdió la conexión con el servidor; intentando reiniciar: correcto
        """,
        "nl": """
            ^Meldingen van het onderhoudsprogramma van de database
            ^Waarom geeft de opdrachtregel dit weer?
            tabel "orders" wordt opnieuw geïndexeerd…↵herindexering klaar na {n} s
            database "inventory" wordt opgeschoond↵INFO:  opschonen voltooid: 0 dode rijen over
            rol "reporting" kan niet worden verwijderd omdat andere objecten ervan afhangen
            --createrole    de nieuwe rol mag andere rollen aanmaken
            dubbele sleutelwaarde schendt unieke beperking: waarde is niet uniek
            Met --force wordt de reeks ook teruggezet als de tabel niet leeg is.
            Na de upgrade alle tabellen analyseren? [j/N]
            verbinding met de server verbroken; herstel wordt geprobeerd: gelukt
        """,
    }),
    Family("package_source_dialog_strings", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Software sources dialog
            ^Strings of the package manager front end
            Add a software source↵Enter the complete line of the repository you want to add.
            The signing key of this source could not be verified.
            Include source code packages
            Download from: Main server
            Check for updates: Daily↵When there are security updates: Download and install automatically
            The list of available packages is out of date. Reload now?
            Removing this source will also remove {n} packages installed from it.
            Edit source… | Remove source | Revert
        """,
        "de": """
            ^Dialog „Softwarequellen“
            ^Texte der Paketverwaltungsoberfläche
            Softwarequelle hinzufügen↵Geben Sie die vollständige Zeile der Paketquelle ein, die Sie hinzufügen möchten.
            Der Signaturschlüssel dieser Quelle konnte nicht überprüft werden.
            Quelltextpakete einbeziehen
            Herunterladen von: Hauptserver
            Nach Aktualisierungen suchen: Täglich↵Bei Sicherheitsaktualisierungen: Automatisch herunterladen und installieren
            Die Liste der verfügbaren Pakete ist veraltet. Jetzt neu laden?
            Beim Entfernen dieser Quelle werden auch {n} daraus installierte Pakete entfernt.
            Quelle bearbeiten … | Quelle entfernen | Zurücksetzen
        """,
        "fr": """
            ^Boîte de dialogue « Sources de logiciels »
            ^Chaînes de l'interface du gestionnaire de paquets
            Ajouter une source de logiciels↵Saisissez la ligne complète du dépôt à ajouter.
            La clé de signature de cette source n'a pas pu être vérifiée.
            Inclure les paquets de code source
            Télécharger depuis : serveur principal
            Rechercher des mises à jour : chaque jour↵Mises à jour de sécurité : télécharger et installer automatiquement
            La liste des paquets disponibles n'est plus à jour. Recharger maintenant ?
            Supprimer cette source supprimera aussi {n} paquets installés depuis celle-ci.
            Modifier la source… | Supprimer la source | Rétablir
        """,
        "es": """
            ^Diálogo de orígenes de software
            ^Cadenas de la interfaz del gestor de paquetes
            Añadir un origen de software↵Escribe la línea completa del repositorio que quieres añadir.
            No se ha podido verificar la clave de firma de este origen.
            Incluir paquetes de código fuente
            Descargar desde: servidor principal
            Buscar actualizaciones: a diario↵Cuando haya actualizaciones de seguridad: descargar e instalar automáticamente
            La lista de paquetes disponibles está desactualizada. ¿Recargar ahora?
            Al quitar este origen también se quitarán {n} paquetes instalados desde él.
            Editar origen… | Quitar origen | Revertir
        """,
        "nl": """
            ^Venster Softwarebronnen
            ^Teksten van de pakketbeheerder
            Softwarebron toevoegen↵Voer de volledige regel in van de pakketbron die u wilt toevoegen.
            De ondertekeningssleutel van deze bron kon niet worden gecontroleerd.
            Broncodepakketten meenemen
            Downloaden van: hoofdserver
            Controleren op updates: dagelijks↵Bij beveiligingsupdates: automatisch downloaden en installeren
            De lijst met beschikbare pakketten is verouderd. Nu herladen?
            Als u deze bron verwijdert, worden ook {n} pakketten verwijderd die eruit zijn geïnstalleerd.
            Bron bewerken… | Bron verwijderen | Terugdraaien
        """,
    }),
    Family("admin_console_role_notes", I, "train", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Roles in the admin console (wiki)
            ^How we hand out permissions
            New starters get the Viewer role; ask the service desk if you need Editor.
            The Owner role can create roles and change anyone's permissions, so only two people hold it.
            Account settings for shared mailboxes are changed by the workplace team, not by users.
            If a user name is not unique the console refuses to save; add a middle initial.
            Reset of a forgotten password is self-service now, see the login page.
            Certificates for the test servers renew themselves; nobody has to do anything.
        """,
        "de": """
            ^Rollen in der Verwaltungskonsole (Wiki)
            ^Wie wir Berechtigungen vergeben
            Neue Kolleginnen und Kollegen bekommen die Rolle „Betrachter“; wer „Bearbeiter“ braucht, fragt beim Servicedesk.
            Die Rolle „Eigentümer“ kann Rollen anlegen und Berechtigungen aller ändern, deshalb haben sie nur zwei Personen.
            Kontoeinstellungen von Sammelpostfächern ändert das Arbeitsplatzteam, nicht die Nutzer selbst.
            Ist ein Benutzername nicht eindeutig, speichert die Konsole nicht; dann einen zweiten Anfangsbuchstaben ergänzen.
            Ein vergessenes Passwort setzt man inzwischen selbst zurück, siehe Anmeldeseite.
            Die Zertifikate der Testserver erneuern sich selbst, niemand muss etwas tun.
        """,
        "fr": """
            ^Rôles dans la console d'administration (wiki)
            ^Comment on attribue les droits
            Les nouveaux arrivants ont le rôle Lecteur ; pour Éditeur, demandez au support.
            Le rôle Propriétaire peut créer des rôles et changer les droits de tous, donc seules deux personnes l'ont.
            Les paramètres des boîtes partagées sont gérés par l'équipe poste de travail, pas par les utilisateurs.
            Si un nom d'utilisateur n'est pas unique, la console refuse d'enregistrer : ajoutez une initiale.
            La réinitialisation d'un mot de passe oublié se fait seul, voir la page de connexion.
            Les certificats des serveurs de test se renouvellent tout seuls.
        """,
        "es": """
            ^Roles en la consola de administración (wiki)
            ^Cómo repartimos los permisos
            Quien se incorpora recibe el rol Lector; si necesitas Editor, pídelo al servicio de ayuda.
            El rol Propietario puede crear roles y cambiar los permisos de cualquiera, así que solo lo tienen dos personas.
            La configuración de los buzones compartidos la cambia el equipo de puesto de trabajo, no los usuarios.
            Si un nombre de usuario no es único, la consola no guarda; añade una inicial.
            Restablecer una contraseña olvidada ya es autoservicio, mira la página de inicio de sesión.
            Los certificados de los servidores de pruebas se renuevan solos.
        """,
        "nl": """
            ^Rollen in de beheerconsole (wiki)
            ^Hoe we rechten uitdelen
            Nieuwe collega's krijgen de rol Lezer; vraag de servicedesk als je Bewerker nodig hebt.
            De rol Eigenaar kan rollen aanmaken en ieders rechten wijzigen, daarom hebben maar twee mensen die.
            Accountinstellingen van gedeelde postvakken wijzigt het werkplekteam, niet de gebruiker.
            Is een gebruikersnaam niet uniek, dan slaat de console niet op; voeg een tussenletter toe.
            Een vergeten wachtwoord herstel je tegenwoordig zelf, zie de inlogpagina.
            De certificaten van de testservers vernieuwen zichzelf, niemand hoeft iets te doen.
        """,
    }),
    Family("settings_notification_help", P, "train", min_sentences=2, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Help: notifications and privacy settings
            ^Settings › Notifications
            Choose which apps may show notifications on the lock screen.
            Do not disturb silences notifications until you turn it off or until the time you set.
            Notification previews can be hidden so that only the app name is shown.
            Location access can be allowed always, only while using the app, or never.
            Recent files are remembered for {n} days; you can clear the history at any time.
            Turning off a notification category does not delete messages you already received.
        """,
        "de": """
            ^Hilfe: Benachrichtigungen und Datenschutzeinstellungen
            ^Einstellungen › Benachrichtigungen
            Legen Sie fest, welche Apps Benachrichtigungen auf dem Sperrbildschirm zeigen dürfen.
            „Nicht stören“ schaltet Benachrichtigungen stumm, bis Sie es ausschalten oder die eingestellte Zeit erreicht ist.
            Vorschauen lassen sich ausblenden, sodass nur der Name der App erscheint.
            Der Standortzugriff kann immer, nur während der Nutzung oder nie erlaubt werden.
            Zuletzt verwendete Dateien werden {n} Tage gemerkt; den Verlauf können Sie jederzeit leeren.
            Wer eine Benachrichtigungskategorie abschaltet, löscht damit keine bereits erhaltenen Nachrichten.
        """,
        "fr": """
            ^Aide : notifications et confidentialité
            ^Paramètres › Notifications
            Choisissez les applications autorisées à afficher des notifications sur l'écran verrouillé.
            Le mode Ne pas déranger coupe les notifications jusqu'à ce que vous le désactiviez ou jusqu'à l'heure choisie.
            Les aperçus peuvent être masqués pour n'afficher que le nom de l'application.
            L'accès à la position peut être autorisé toujours, pendant l'utilisation ou jamais.
            Les fichiers récents sont conservés {n} jours ; vous pouvez effacer l'historique à tout moment.
            Désactiver une catégorie de notifications ne supprime pas les messages déjà reçus.
        """,
        "es": """
            ^Ayuda: notificaciones y privacidad
            ^Ajustes › Notificaciones
            Elige qué aplicaciones pueden mostrar notificaciones en la pantalla de bloqueo.
            No molestar silencia las notificaciones hasta que lo desactives o hasta la hora que indiques.
            Puedes ocultar la vista previa para que solo aparezca el nombre de la aplicación.
            El acceso a la ubicación se puede permitir siempre, solo mientras se usa la aplicación o nunca.
            Los archivos recientes se recuerdan {n} días; puedes borrar el historial cuando quieras.
            Desactivar una categoría de notificaciones no borra los mensajes ya recibidos.
        """,
        "nl": """
            ^Help: meldingen en privacy-instellingen
            ^Instellingen › Meldingen
            Kies welke apps meldingen op het vergrendelscherm mogen tonen.
            Niet storen dempt meldingen tot je het uitzet of tot de ingestelde tijd.
            Voorvertoningen kun je verbergen, zodat alleen de naam van de app verschijnt.
            Locatietoegang kan altijd, alleen tijdens gebruik of nooit worden toegestaan.
            Recente bestanden worden {n} dagen onthouden; je kunt de geschiedenis altijd wissen.
            Een meldingscategorie uitzetten verwijdert geen berichten die je al hebt ontvangen.
        """,
    }),
    # --------------------------------------- short text with sensitive-sounding words, harmless
    Family("short_generic_questions_sensitive_words", P, "train", hard_negative=True, min_sentences=1, max_sentences=2,
           header_share=0.0, text={
        "en": """
            Do I need a doctor's note after three days off sick?
            What's the difference between a solicitor and a barrister?
            How do choirs usually score auditions?
            Can a gym cancel my membership if I miss one payment?
            Write a template letter asking a landlord for a repair.
            What does "without prejudice" mean on a letter?
            How are exam papers moderated between schools?
            Is sick pay taxed like normal wages?
        """,
        "de": """
            Brauche ich nach drei Krankheitstagen eine Krankschreibung?
            Was ist der Unterschied zwischen einem Anwalt und einem Notar?
            Wie werden Vorsingen im Chor normalerweise bewertet?
            Darf ein Fitnessstudio kündigen, wenn eine Zahlung fehlt?
            Schreib eine Vorlage, mit der man den Vermieter um eine Reparatur bittet.
            Was bedeutet „ohne Anerkennung einer Rechtspflicht“ in einem Schreiben?
            Wie wird die Bewertung von Prüfungen zwischen Schulen abgeglichen?
            Wird Krankengeld versteuert wie normaler Lohn?
        """,
        "fr": """
            Faut-il un arrêt maladie au bout de trois jours d'absence ?
            Quelle est la différence entre un avocat et un notaire ?
            Comment les chorales notent-elles en général les auditions ?
            Une salle de sport peut-elle résilier mon abonnement pour un impayé ?
            Écris un modèle de lettre pour demander une réparation au propriétaire.
            Que veut dire « sous toutes réserves » sur un courrier ?
            Comment harmonise-t-on la correction des copies entre établissements ?
            Les indemnités journalières sont-elles imposées comme un salaire ?
        """,
        "es": """
            ¿Necesito un parte médico después de tres días de baja?
            ¿Qué diferencia hay entre un abogado y un procurador?
            ¿Cómo suelen puntuar los coros las audiciones?
            ¿Puede un gimnasio darme de baja si no pago una cuota?
            Escribe una carta modelo para pedir al casero una reparación.
            ¿Qué significa «sin perjuicio» en una carta?
            ¿Cómo se armonizan las notas de los exámenes entre colegios?
            ¿La prestación por baja tributa como el sueldo normal?
        """,
        "nl": """
            Heb ik na drie dagen ziek een doktersverklaring nodig?
            Wat is het verschil tussen een advocaat en een notaris?
            Hoe beoordelen koren meestal een auditie?
            Mag een sportschool mijn abonnement opzeggen als ik één betaling mis?
            Schrijf een voorbeeldbrief om de verhuurder om een reparatie te vragen.
            Wat betekent "zonder nadelige erkenning" in een brief?
            Hoe wordt de beoordeling van examens tussen scholen op elkaar afgestemd?
            Wordt ziekengeld belast zoals gewoon loon?
        """,
    }),
    Family("short_club_results_lines", P, "train", min_sentences=1, max_sentences=3, header_share=0.2, text={
        "en": """
            ^Club results
            Under-12s won 3-1 away, two goals from the left wing.
            Saturday's parkrun: {n} finishers, course record stands.
            Chess club beat {city} 4½–3½ on Thursday.
            The relay team came third, best result since the club started.
            Bowls: pairs final postponed because of rain.
            Quiz league table: we're second, one point behind the library team.
        """,
        "de": """
            ^Vereinsergebnisse
            Die U12 hat auswärts 3:1 gewonnen, zwei Tore über links.
            Parkrun am Samstag: {n} im Ziel, der Streckenrekord hält.
            Der Schachclub hat am Donnerstag gegen {city} 4½:3½ gewonnen.
            Die Staffel wurde Dritte, bestes Ergebnis seit Vereinsgründung.
            Boule: Das Doublette-Finale wurde wegen Regen verschoben.
            Quizliga: Wir sind Zweite, einen Punkt hinter dem Team der Stadtbücherei.
        """,
        "fr": """
            ^Résultats du club
            Les U12 ont gagné 3-1 à l'extérieur, deux buts côté gauche.
            Parkrun de samedi : {n} arrivants, le record du parcours tient toujours.
            Le club d'échecs a battu {city} 4½–3½ jeudi.
            Le relais finit troisième, meilleur résultat depuis la création du club.
            Pétanque : la finale en doublette est reportée à cause de la pluie.
            Ligue de quiz : on est deuxièmes, à un point de l'équipe de la médiathèque.
        """,
        "es": """
            ^Resultados del club
            El alevín ganó 3-1 fuera, dos goles por la banda izquierda.
            Parkrun del sábado: {n} llegadas, el récord del circuito sigue en pie.
            El club de ajedrez ganó a {city} 4½–3½ el jueves.
            El relevo quedó tercero, el mejor resultado desde que existe el club.
            Petanca: la final por parejas se aplaza por la lluvia.
            Liga de preguntas: vamos segundos, a un punto del equipo de la biblioteca.
        """,
        "nl": """
            ^Clubuitslagen
            De O12 won uit met 3-1, twee goals via links.
            Parkrun zaterdag: {n} finishers, het parcoursrecord staat nog.
            De schaakclub won donderdag met 4½–3½ van {city}.
            De estafetteploeg werd derde, beste resultaat sinds de oprichting.
            Jeu de boules: de doublettefinale is uitgesteld door de regen.
            Quizcompetitie: we staan tweede, één punt achter het bibliotheekteam.
        """,
    }),
    # ------------------------------------- sensitive records in sectors the generator lacked
    Family("choir_audition_panel_scores", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Audition panel – scores, not for the singers
            ^Soprano and alto auditions, panel notes
            | Singer | Pitch | Tone | Sight-reading | Total |↵|---|---|---|---|---|↵| {first} {last} | 7 | 6 | 4 | 17 |↵| {first2} {last2} | 9 | 8 | 8 | 25 |
            {first} {last}: pitch drifts flat on long notes, sight-reading weak; panel says no for the chamber choir this year.
            {first2} {last2} scored highest but the director doubts her reliability after missing {n} rehearsals last season.
            We agreed not to tell {first} her exact marks, only that places were limited.
            Tenor {first3} {last3} has a vocal nodule according to his own note; we scored him low but will revisit in spring.
            Ranking for the solo: 1. {last2}, 2. {last3}, 3. {last}; keep this list within the panel.
            {first3} asked for feedback; the panel's honest view is that his voice is too weak for the part.
        """,
        "de": """
            ^Vorsingen – Bewertungen, nicht für die Sängerinnen und Sänger
            ^Sopran- und Altvorsingen, Notizen der Jury
            | Name | Intonation | Klang | Vom Blatt | Summe |↵|---|---|---|---|---|↵| {first} {last} | 7 | 6 | 4 | 17 |↵| {first2} {last2} | 9 | 8 | 8 | 25 |
            {first} {last}: Intonation sackt bei langen Tönen ab, Blattsingen schwach; die Jury sagt für den Kammerchor dieses Jahr nein.
            {first2} {last2} hat die höchste Punktzahl, aber die Leiterin zweifelt an ihrer Zuverlässigkeit, nachdem sie letzte Saison {n} Proben verpasst hat.
            Wir haben vereinbart, {first} die genauen Punkte nicht zu nennen, nur dass die Plätze begrenzt waren.
            Tenor {first3} {last3} hat laut eigener Mitteilung ein Stimmlippenknötchen; wir haben ihn niedrig bewertet und schauen im Frühjahr noch einmal.
            Reihenfolge für das Solo: 1. {last2}, 2. {last3}, 3. {last}; diese Liste bleibt in der Jury.
            {first3} hat um Rückmeldung gebeten; ehrlich gesagt hält die Jury seine Stimme für die Partie für zu schwach.
        """,
        "fr": """
            ^Auditions – notes du jury, à ne pas communiquer aux choristes
            ^Auditions sopranes et altos, notes du jury
            | Choriste | Justesse | Timbre | Déchiffrage | Total |↵|---|---|---|---|---|↵| {first} {last} | 7 | 6 | 4 | 17 |↵| {first2} {last2} | 9 | 8 | 8 | 25 |
            {first} {last} : baisse sur les notes tenues, déchiffrage faible ; le jury dit non pour le chœur de chambre cette année.
            {first2} {last2} a la meilleure note, mais la cheffe doute de sa fiabilité après {n} répétitions manquées la saison dernière.
            On a convenu de ne pas donner à {first} ses notes exactes, seulement que les places étaient limitées.
            Le ténor {first3} {last3} a un nodule sur les cordes vocales d'après son propre mot ; noté bas, à revoir au printemps.
            Classement pour le solo : 1. {last2}, 2. {last3}, 3. {last} ; cette liste reste au jury.
            {first3} a demandé un retour ; l'avis franc du jury est que sa voix est trop faible pour le rôle.
        """,
        "es": """
            ^Audiciones – puntuaciones del jurado, no para los cantantes
            ^Audiciones de sopranos y contraltos, notas del jurado
            | Cantante | Afinación | Timbre | Lectura | Total |↵|---|---|---|---|---|↵| {first} {last} | 7 | 6 | 4 | 17 |↵| {first2} {last2} | 9 | 8 | 8 | 25 |
            {first} {last}: se le cae la afinación en las notas largas y lee mal a primera vista; el jurado dice que no al coro de cámara este año.
            {first2} {last2} sacó la nota más alta, pero la directora duda de su constancia tras faltar a {n} ensayos la temporada pasada.
            Acordamos no decirle a {first} su puntuación exacta, solo que había pocas plazas.
            El tenor {first3} {last3} tiene un nódulo en las cuerdas vocales según su propia nota; le puntuamos bajo y lo revisamos en primavera.
            Orden para el solo: 1. {last2}, 2. {last3}, 3. {last}; esta lista no sale del jurado.
            {first3} ha pedido una valoración; la opinión sincera del jurado es que su voz es demasiado débil para el papel.
        """,
        "nl": """
            ^Audities – scores van de jury, niet voor de zangers
            ^Audities sopraan en alt, aantekeningen van de jury
            | Zanger | Zuiverheid | Klank | Van blad | Totaal |↵|---|---|---|---|---|↵| {first} {last} | 7 | 6 | 4 | 17 |↵| {first2} {last2} | 9 | 8 | 8 | 25 |
            {first} {last}: zakt weg op lange noten, van blad zingen zwak; de jury zegt dit jaar nee voor het kamerkoor.
            {first2} {last2} scoorde het hoogst, maar de dirigent twijfelt aan haar betrouwbaarheid na {n} gemiste repetities vorig seizoen.
            We hebben afgesproken {first} haar precieze scores niet te geven, alleen dat er weinig plaatsen waren.
            Tenor {first3} {last3} heeft volgens zijn eigen briefje een knobbeltje op de stembanden; laag gescoord, in het voorjaar opnieuw bekijken.
            Volgorde voor de solo: 1. {last2}, 2. {last3}, 3. {last}; deze lijst blijft binnen de jury.
            {first3} vroeg om feedback; eerlijk gezegd vindt de jury zijn stem te zwak voor de partij.
        """,
    }),
    Family("haulier_driver_injury_sick_pay", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Driver file: {first} {last}
            ^Fleet office – absence and welfare notes
            {first} {last} slipped from the trailer step at the {city} depot and tore a shoulder ligament; the GP has signed him off for {n} weeks.
            He is on statutory sick pay from week two; we agreed to top it up to 80% of his usual wage until March.
            Occupational health says no lifting over 10 kg and no night runs until the physio clears him.
            He mentioned money is tight since his wife lost her job, and asked for an advance of {amount}.
            date,driver,status,pay_basis↵{date},{last},signed off,SSP + top-up↵{date},{last},phased return,full
            Keep his route covered by agency drivers; do not discuss his injury with the other drivers.
        """,
        "de": """
            ^Fahrerakte: {first} {last}
            ^Disposition – Notizen zu Fehlzeiten und Fürsorge
            {first} {last} ist im Depot {city} vom Aufliegertritt gerutscht und hat sich ein Schulterband gerissen; der Hausarzt hat ihn {n} Wochen krankgeschrieben.
            Ab der siebten Woche bekommt er Krankengeld; wir haben vereinbart, bis März auf 80 % seines üblichen Lohns aufzustocken.
            Der Betriebsarzt sagt: nichts über 10 kg heben und keine Nachttouren, bis die Physiotherapie ihn freigibt.
            Er hat erwähnt, dass das Geld knapp ist, seit seine Frau ihre Arbeit verloren hat, und um einen Vorschuss von {amount} gebeten.
            datum;fahrer;status;lohngrundlage↵{date};{last};krankgeschrieben;Entgeltfortzahlung↵{date};{last};Wiedereingliederung;voll
            Seine Tour mit Leihfahrern abdecken; über seine Verletzung nicht mit den anderen Fahrern sprechen.
        """,
        "fr": """
            ^Dossier chauffeur : {first} {last}
            ^Exploitation – notes d'absence et d'accompagnement
            {first} {last} a glissé du marchepied de la remorque au dépôt de {city} et s'est déchiré un ligament de l'épaule ; son médecin l'arrête {n} semaines.
            Il touche les indemnités journalières ; nous complétons jusqu'à 80 % de son salaire habituel jusqu'en mars.
            La médecine du travail interdit le port de plus de 10 kg et les tournées de nuit jusqu'à l'accord du kiné.
            Il a dit que l'argent manque depuis que sa femme a perdu son emploi et a demandé une avance de {amount}.
            date;chauffeur;statut;base_paie↵{date};{last};arrêt maladie;IJ + complément↵{date};{last};mi-temps thérapeutique;plein
            Faire couvrir sa tournée par des intérimaires ; ne pas parler de sa blessure aux autres chauffeurs.
        """,
        "es": """
            ^Expediente del conductor: {first} {last}
            ^Tráfico – notas de ausencias y bienestar
            {first} {last} resbaló del estribo del remolque en la base de {city} y se rompió un ligamento del hombro; el médico le ha dado la baja para {n} semanas.
            Cobra la prestación por incapacidad temporal; acordamos completarla hasta el 80 % de su sueldo habitual hasta marzo.
            El servicio de prevención dice nada de cargar más de 10 kg ni rutas nocturnas hasta que el fisio le dé el alta.
            Comentó que van justos de dinero desde que su mujer perdió el trabajo y pidió un anticipo de {amount}.
            fecha;conductor;estado;base_pago↵{date};{last};de baja;IT + complemento↵{date};{last};reincorporación gradual;completo
            Cubrir su ruta con conductores de ETT; no comentar su lesión con los demás conductores.
        """,
        "nl": """
            ^Chauffeursdossier: {first} {last}
            ^Planning – notities over verzuim en welzijn
            {first} {last} gleed van de opstap van de oplegger in depot {city} en scheurde een schouderband; de huisarts schrijft hem {n} weken ziek.
            Hij krijgt doorbetaling bij ziekte; we hebben afgesproken tot maart aan te vullen tot 80% van zijn gewone loon.
            De bedrijfsarts zegt: niets boven de 10 kg tillen en geen nachtritten tot de fysio hem vrijgeeft.
            Hij zei dat het krap is sinds zijn vrouw haar baan kwijt is en vroeg een voorschot van {amount}.
            datum;chauffeur;status;loonbasis↵{date};{last};ziek gemeld;doorbetaling + aanvulling↵{date};{last};re-integratie;volledig
            Zijn rit laten rijden door uitzendkrachten; zijn blessure niet met de andere chauffeurs bespreken.
        """,
    }),
    Family("gym_member_arrears_hardship", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Members in arrears – front desk only
            ^Membership office: overdue accounts this month
            member,plan,months_overdue,owed↵{first} {last},off-peak,3,{amount}↵{first2} {last2},family,1,89.00
            {first} {last} came in crying: she's been out of work since her divorce and can't pay the last three months.
            We froze {first}'s membership for {n} weeks instead of cancelling; the manager waived the late fee.
            {first2} {last2} says his wages are being garnished and asked us not to send it to collections yet.
            Hardship note: {first} is getting help from a debt charity, a payment plan of 20 a month was agreed.
            Don't mention any of this when they swipe in, just let them through.
        """,
        "de": """
            ^Mitglieder mit Zahlungsrückstand – nur für den Empfang
            ^Mitgliederbüro: offene Beiträge diesen Monat
            mitglied;tarif;monate_offen;betrag↵{first} {last};Vormittag;3;{amount}↵{first2} {last2};Familie;1;89,00
            {first} {last} kam weinend an den Tresen: Seit der Scheidung ist sie arbeitslos und kann die letzten drei Monate nicht zahlen.
            Wir haben {first}s Mitgliedschaft für {n} Wochen ruhend gestellt statt zu kündigen; die Leitung hat die Mahngebühr erlassen.
            {first2} {last2} sagt, sein Lohn werde gepfändet, und bittet uns, es noch nicht an das Inkasso zu geben.
            Härtefallnotiz: {first} lässt sich von einer Schuldnerberatung helfen, vereinbart sind Raten von 20 im Monat.
            Beim Einchecken nichts davon ansprechen, einfach durchlassen.
        """,
        "fr": """
            ^Adhérents en retard de paiement – accueil uniquement
            ^Bureau des abonnements : impayés du mois
            adherent;formule;mois_impayes;du↵{first} {last};heures creuses;3;{amount}↵{first2} {last2};famille;1;89,00
            {first} {last} est venue en pleurs : sans emploi depuis son divorce, elle ne peut pas payer les trois derniers mois.
            On a suspendu l'abonnement de {first} pendant {n} semaines au lieu de le résilier ; le gérant a annulé les pénalités.
            {first2} {last2} dit que son salaire est saisi et nous demande de ne pas encore transmettre au recouvrement.
            Note de difficulté : {first} est suivie par une association d'aide aux surendettés, échéancier de 20 par mois accepté.
            N'en parlez pas quand ils badgent, laissez-les passer.
        """,
        "es": """
            ^Socios con cuotas pendientes – solo recepción
            ^Oficina de socios: impagos de este mes
            socio;tarifa;meses_debe;importe↵{first} {last};horario valle;3;{amount}↵{first2} {last2};familiar;1;89,00
            {first} {last} vino llorando: está en paro desde el divorcio y no puede pagar los tres últimos meses.
            Congelamos la cuota de {first} durante {n} semanas en vez de darla de baja; el gerente le perdonó el recargo.
            {first2} {last2} dice que le están embargando el sueldo y nos pide que todavía no lo pasemos a la agencia de cobros.
            Nota de dificultad: a {first} le ayuda una asociación de deudores, se pactó un plan de 20 al mes.
            No comentéis nada cuando pasen la tarjeta, dejadles entrar.
        """,
        "nl": """
            ^Leden met achterstand – alleen voor de balie
            ^Ledenadministratie: openstaande contributie deze maand
            lid;abonnement;maanden_achter;openstaand↵{first} {last};daluren;3;{amount}↵{first2} {last2};gezin;1;89,00
            {first} {last} kwam huilend aan de balie: sinds haar scheiding heeft ze geen werk en kan ze de laatste drie maanden niet betalen.
            We hebben het lidmaatschap van {first} {n} weken bevroren in plaats van opgezegd; de manager liet de aanmaningskosten vallen.
            {first2} {last2} zegt dat er beslag op zijn loon ligt en vraagt het nog niet naar het incassobureau te sturen.
            Notitie: {first} krijgt hulp van schuldhulpverlening, er is een regeling van 20 per maand afgesproken.
            Zeg hier niets over als ze inchecken, laat ze gewoon door.
        """,
    }),
    Family("exam_board_moderation_marks", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Moderation meeting – coursework marks (unreleased)
            ^Exam board: sample of centre marks before results day
            candidate,centre_mark,moderated,grade↵{first} {last},{n},31,C↵{first2} {last2},48,44,A
            The moderator lowered {first} {last}'s portfolio by {n} marks: the teacher was too generous on analysis.
            {first2} {last2} keeps an A after moderation, but her special consideration for a bereavement is still open.
            {first3} {last3}'s marks were flagged: his work looks very similar to another candidate's; hold the result until the malpractice review.
            Results are embargoed until results day; do not tell the pupils or parents the moderated marks.
            Centre total down 4% overall; the head will be told privately before the board publishes grade boundaries.
        """,
        "de": """
            ^Moderationssitzung – Noten der Facharbeiten (unveröffentlicht)
            ^Prüfungsausschuss: Stichprobe der Schulnoten vor der Ergebnisbekanntgabe
            pruefling;schulnote;nach_moderation;stufe↵{first} {last};{n};31;C↵{first2} {last2};48;44;A
            Die Zweitkorrektur hat {first} {last}s Mappe um {n} Punkte abgesenkt: Die Lehrkraft war bei der Analyse zu großzügig.
            {first2} {last2} behält nach der Moderation ein A, aber ihr Härtefallantrag wegen eines Todesfalls ist noch offen.
            Die Arbeit von {first3} {last3} wurde markiert: Sie ähnelt der eines anderen Prüflings stark; Ergebnis bis zur Täuschungsprüfung zurückhalten.
            Die Ergebnisse sind bis zum Bekanntgabetag gesperrt; den Schülern und Eltern die moderierten Noten nicht nennen.
            Die Schule liegt insgesamt 4 % niedriger; die Schulleitung wird vertraulich informiert, bevor der Ausschuss die Notengrenzen veröffentlicht.
        """,
        "fr": """
            ^Réunion d'harmonisation – notes de contrôle continu (non publiées)
            ^Jury d'examen : échantillon des notes d'établissement avant les résultats
            candidat;note_etab;harmonisee;mention↵{first} {last};{n};31;C↵{first2} {last2};48;44;A
            L'harmonisation a baissé le dossier de {first} {last} de {n} points : l'enseignant était trop généreux sur l'analyse.
            {first2} {last2} garde un A après harmonisation, mais sa demande d'aménagement pour un deuil est encore en cours.
            Les notes de {first3} {last3} sont signalées : son travail ressemble beaucoup à celui d'un autre candidat ; résultat bloqué jusqu'à l'examen pour fraude.
            Les résultats sont sous embargo jusqu'à la publication ; ne communiquez pas les notes harmonisées aux élèves ni aux parents.
            L'établissement perd 4 % au total ; le proviseur sera prévenu en privé avant la publication des seuils.
        """,
        "es": """
            ^Reunión de moderación – notas de trabajos (sin publicar)
            ^Tribunal de examen: muestra de notas del centro antes de la publicación
            alumno;nota_centro;moderada;calificacion↵{first} {last};{n};31;C↵{first2} {last2};48;44;A
            La moderación bajó el portafolio de {first} {last} {n} puntos: el profesor fue demasiado generoso en el análisis.
            {first2} {last2} mantiene una A tras la moderación, pero su solicitud de consideración especial por un duelo sigue abierta.
            Las notas de {first3} {last3} quedan marcadas: su trabajo se parece mucho al de otro alumno; retener el resultado hasta la revisión por copia.
            Los resultados no se publican hasta el día fijado; no digáis las notas moderadas a alumnos ni a familias.
            El centro baja un 4 % en total; se avisará en privado a la dirección antes de que el tribunal publique los cortes.
        """,
        "nl": """
            ^Moderatieoverleg – cijfers praktische opdrachten (niet gepubliceerd)
            ^Examencommissie: steekproef van schoolcijfers vóór de uitslag
            kandidaat;schoolcijfer;na_moderatie;niveau↵{first} {last};{n};31;C↵{first2} {last2};48;44;A
            De tweede corrector verlaagde het portfolio van {first} {last} met {n} punten: de docent was te royaal bij de analyse.
            {first2} {last2} houdt na moderatie een A, maar haar verzoek om aanpassing wegens een sterfgeval loopt nog.
            De cijfers van {first3} {last3} zijn gemarkeerd: zijn werk lijkt sterk op dat van een andere kandidaat; uitslag aanhouden tot het fraudeonderzoek.
            De uitslagen blijven geheim tot de uitslagdag; noem de gemodereerde cijfers niet aan leerlingen of ouders.
            De school zakt in totaal 4%; de directeur hoort het vooraf onder vier ogen, voordat de commissie de cesuur publiceert.
        """,
    }),
    # ----------------------------------------------- short sensitive text, so short is not all harmless
    Family("short_confidential_notes", C, "train", min_sentences=1, max_sentences=2, header_share=0.0, text={
        "en": """
            Note: {first} {last} told me her cancer is back, keep her off the rota until she says otherwise.
            {first} {last} is in rehab for alcohol again, tell the team it's a family matter.
            Heads-up: {first} {last} owes us {amount} and says the bank is repossessing his house.
            {first} from packing is pregnant and hasn't told her manager yet, please keep it quiet.
            {first} {last}'s divorce is getting ugly, she asked us to stop sending post to home.
            Don't put {first} {last} on the lifts, he has epilepsy and his licence was taken away.
            {first} {last} failed the drug test on Monday, HR decides on Friday.
        """,
        "de": """
            Notiz: {first} {last} hat mir gesagt, dass ihr Krebs zurück ist, bitte nicht einplanen, bis sie sich meldet.
            {first} {last} ist wieder in der Entzugsklinik wegen Alkohol, dem Team sagen wir: familiäre Gründe.
            Achtung: {first} {last} schuldet uns {amount} und sagt, die Bank versteigert sein Haus.
            {first} aus dem Versand ist schwanger und hat es ihrem Vorgesetzten noch nicht gesagt, bitte für dich behalten.
            Die Scheidung von {first} {last} wird hässlich, sie bittet, keine Post mehr nach Hause zu schicken.
            {first} {last} nicht am Stapler einsetzen, er hat Epilepsie und der Führerschein ist weg.
            {first} {last} ist am Montag beim Drogentest durchgefallen, die Personalabteilung entscheidet am Freitag.
        """,
        "fr": """
            Note : {first} {last} m'a dit que son cancer est revenu, ne la mets pas au planning tant qu'elle ne l'a pas demandé.
            {first} {last} est de nouveau en cure pour l'alcool, à l'équipe on dit que c'est familial.
            Attention : {first} {last} nous doit {amount} et dit que la banque saisit sa maison.
            {first} de l'emballage est enceinte et ne l'a pas encore dit à son chef, garde-le pour toi.
            Le divorce de {first} {last} tourne mal, elle demande qu'on n'envoie plus de courrier chez elle.
            Pas de chariot pour {first} {last} : il est épileptique et on lui a retiré son permis.
            {first} {last} a échoué au dépistage de drogue lundi, les RH décident vendredi.
        """,
        "es": """
            Nota: {first} {last} me ha contado que ha vuelto el cáncer; no la pongas en el cuadrante hasta que ella diga.
            {first} {last} está otra vez en desintoxicación por el alcohol; al equipo le decimos que es un asunto familiar.
            Ojo: {first} {last} nos debe {amount} y dice que el banco le va a quitar la casa.
            {first}, la de embalaje, está embarazada y aún no se lo ha dicho a su jefe; que no salga de aquí.
            El divorcio de {first} {last} se está poniendo feo; pide que no mandemos más cartas a su casa.
            No pongas a {first} {last} en la carretilla: tiene epilepsia y le han retirado el carné.
            {first} {last} dio positivo en el control de drogas del lunes; RR. HH. decide el viernes.
        """,
        "nl": """
            Notitie: {first} {last} vertelde me dat haar kanker terug is, zet haar niet op het rooster tot ze zelf iets zegt.
            {first} {last} zit weer in een kliniek voor zijn alcoholverslaving, tegen het team zeggen we: familieomstandigheden.
            Let op: {first} {last} is ons {amount} schuldig en zegt dat de bank zijn huis gaat veilen.
            {first} van inpak is zwanger en heeft het haar leidinggevende nog niet verteld, hou het voor je.
            De scheiding van {first} {last} wordt lelijk, ze vraagt geen post meer naar haar huisadres te sturen.
            Zet {first} {last} niet op de heftruck, hij heeft epilepsie en zijn rijbewijs is ingetrokken.
            {first} {last} is maandag gezakt voor de drugstest, HR beslist vrijdag.
        """,
    }),
    Family("short_confidential_rows", C, "train", min_sentences=1, max_sentences=2, header_share=0.3, text={
        "en": """
            ^Sort by amount owed
            ^Tidy this up
            name,condition,adjustment↵{first} {last},bipolar disorder,no night shifts↵{first2} {last2},MS,ground-floor desk
            | Tenant | Arrears | Note |↵|---|---|---|↵| {first} {last} | {amount} | partner in prison, no income |
            member\tscore\tpanel_comment↵{first} {last}\t4/10\tnervous, not ready↵{first2} {last2}\t9/10\toffer a place
            employee;reason;days↵{last};miscarriage;{n}↵{last2};depression;30
            {first} {last}, 52, HIV positive, started treatment {date}.
            | Pupil | Mark | Note |↵|---|---|---|↵| {first} {last} | 12/50 | dyslexia assessment pending, parents not told yet |
        """,
        "de": """
            ^Nach offenem Betrag sortieren
            ^Bitte aufräumen
            name;erkrankung;anpassung↵{first} {last};bipolare Störung;keine Nachtschichten↵{first2} {last2};MS;Arbeitsplatz im Erdgeschoss
            | Mieter | Rückstand | Notiz |↵|---|---|---|↵| {first} {last} | {amount} | Partner in Haft, kein Einkommen |
            mitglied\tpunkte\tjury↵{first} {last}\t4/10\tnervös, noch nicht so weit↵{first2} {last2}\t9/10\tPlatz anbieten
            mitarbeiter;grund;tage↵{last};Fehlgeburt;{n}↵{last2};Depression;30
            {first} {last}, 52, HIV-positiv, Therapie seit {date}.
            | Schüler | Punkte | Notiz |↵|---|---|---|↵| {first} {last} | 12/50 | Legasthenie-Test läuft, Eltern noch nicht informiert |
        """,
        "fr": """
            ^Trie par montant dû
            ^Mets ça au propre
            nom;pathologie;amenagement↵{first} {last};trouble bipolaire;pas de nuit↵{first2} {last2};SEP;bureau au rez-de-chaussée
            | Locataire | Impayés | Note |↵|---|---|---|↵| {first} {last} | {amount} | conjoint incarcéré, aucun revenu |
            membre\tnote\tavis_jury↵{first} {last}\t4/10\tstressée, pas prête↵{first2} {last2}\t9/10\tproposer une place
            salarie;motif;jours↵{last};fausse couche;{n}↵{last2};dépression;30
            {first} {last}, 52 ans, séropositif, traitement commencé le {date}.
            | Élève | Note | Remarque |↵|---|---|---|↵| {first} {last} | 12/50 | bilan de dyslexie en cours, parents pas encore prévenus |
        """,
        "es": """
            ^Ordena por importe adeudado
            ^Ponlo en limpio
            nombre;dolencia;adaptacion↵{first} {last};trastorno bipolar;sin turnos de noche↵{first2} {last2};EM;puesto en planta baja
            | Inquilino | Deuda | Nota |↵|---|---|---|↵| {first} {last} | {amount} | pareja en prisión, sin ingresos |
            socio\tnota\tcomentario_jurado↵{first} {last}\t4/10\tnerviosa, no está lista↵{first2} {last2}\t9/10\tofrecer plaza
            empleado;motivo;dias↵{last};aborto espontáneo;{n}↵{last2};depresión;30
            {first} {last}, 52 años, VIH positivo, en tratamiento desde el {date}.
            | Alumno | Nota | Observación |↵|---|---|---|↵| {first} {last} | 12/50 | pendiente de evaluación de dislexia, la familia aún no lo sabe |
        """,
        "nl": """
            ^Sorteer op openstaand bedrag
            ^Maak dit netjes
            naam;aandoening;aanpassing↵{first} {last};bipolaire stoornis;geen nachtdiensten↵{first2} {last2};MS;werkplek op de begane grond
            | Huurder | Achterstand | Notitie |↵|---|---|---|↵| {first} {last} | {amount} | partner in de gevangenis, geen inkomen |
            lid\tscore\toordeel_jury↵{first} {last}\t4/10\tzenuwachtig, nog niet klaar↵{first2} {last2}\t9/10\tplek aanbieden
            medewerker;reden;dagen↵{last};miskraam;{n}↵{last2};depressie;30
            {first} {last}, 52, hiv-positief, behandeling gestart op {date}.
            | Leerling | Cijfer | Notitie |↵|---|---|---|↵| {first} {last} | 12/50 | dyslexieonderzoek loopt, ouders nog niet ingelicht |
        """,
    }),
    # ------------------------------------- privileged advice on a live claim, no marker phrase
    Family("lawyer_letter_live_claim_plain", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Re: the claim from your former driver
            ^My view on where we stand
            Thanks for sending the rota records. Having read them, I think his claim for unpaid overtime is stronger than you hoped.
            The weak point for you is that nobody recorded his breaks, so a judge is likely to accept his own figures.
            My advice is to offer him the overtime for the last two years, around {amount}, before the hearing in {city}.
            If it goes to a full hearing I put your chances at no better than one in three, and the costs would be higher than the claim.
            Please don't contact him directly or change his old timesheets; that would damage your position badly.
            I will draft the letter to his representative for you to approve; let me know by Friday whether you agree.
        """,
        "de": """
            ^Betreff: die Klage Ihres früheren Fahrers
            ^Meine Einschätzung, wo wir stehen
            Danke für die Dienstpläne. Nach der Durchsicht halte ich seine Forderung auf bezahlte Überstunden für stärker, als Sie gehofft hatten.
            Ihre Schwachstelle ist, dass niemand seine Pausen aufgezeichnet hat; das Gericht wird seinen eigenen Zahlen vermutlich folgen.
            Ich rate Ihnen, ihm die Überstunden der letzten zwei Jahre, etwa {amount}, vor dem Termin in {city} anzubieten.
            Kommt es zur streitigen Verhandlung, sehe ich Ihre Chancen bei höchstens einem Drittel, und die Kosten lägen über der Forderung.
            Bitte nehmen Sie keinen direkten Kontakt zu ihm auf und ändern Sie keine alten Stundenzettel; das würde Ihre Lage erheblich verschlechtern.
            Ich entwerfe das Schreiben an seinen Prozessbevollmächtigten zu Ihrer Freigabe; sagen Sie mir bis Freitag, ob Sie einverstanden sind.
        """,
        "fr": """
            ^Objet : la demande de votre ancien chauffeur
            ^Mon analyse de la situation
            Merci pour les plannings. Après lecture, sa demande de rappel d'heures supplémentaires me paraît plus solide que vous ne l'espériez.
            Votre point faible : personne n'a noté ses pauses, donc le conseil de prud'hommes retiendra sans doute ses propres chiffres.
            Je vous conseille de lui proposer les heures des deux dernières années, environ {amount}, avant l'audience à {city}.
            Si l'affaire va jusqu'au jugement, j'estime vos chances à une sur trois au mieux, et les frais dépasseraient la somme demandée.
            Ne le contactez pas directement et ne modifiez pas ses anciennes feuilles d'heures : cela vous nuirait gravement.
            Je rédige le courrier à son avocat pour validation ; dites-moi d'ici vendredi si vous êtes d'accord.
        """,
        "es": """
            ^Asunto: la reclamación de su antiguo conductor
            ^Mi opinión sobre cómo estamos
            Gracias por los cuadrantes. Tras leerlos, creo que su reclamación de horas extra es más sólida de lo que esperaban.
            Su punto débil es que nadie registró sus descansos, así que el juez probablemente aceptará sus propias cifras.
            Les aconsejo ofrecerle las horas extra de los dos últimos años, unos {amount}, antes del juicio en {city}.
            Si se llega a juicio, calculo sus posibilidades en una de cada tres como mucho, y las costas superarían lo reclamado.
            No le contacten directamente ni toquen sus antiguas hojas de horas; eso les perjudicaría mucho.
            Redactaré la carta a su abogado para que la aprueben; díganme antes del viernes si están de acuerdo.
        """,
        "nl": """
            ^Betreft: de vordering van uw voormalige chauffeur
            ^Mijn inschatting van waar we staan
            Dank voor de roosters. Na het lezen vind ik zijn vordering voor onbetaald overwerk sterker dan u hoopte.
            Uw zwakke punt is dat niemand zijn pauzes heeft bijgehouden, dus de kantonrechter gaat waarschijnlijk uit van zijn eigen cijfers.
            Mijn advies is hem het overwerk van de afgelopen twee jaar aan te bieden, ongeveer {amount}, vóór de zitting in {city}.
            Komt het tot een uitspraak, dan schat ik uw kans op hooguit één op drie, en de kosten zouden hoger zijn dan de vordering.
            Neem geen rechtstreeks contact met hem op en pas zijn oude urenbriefjes niet aan; dat zou uw positie flink schaden.
            Ik stel de brief aan zijn gemachtigde op ter goedkeuring; laat u mij voor vrijdag weten of u akkoord bent?
        """,
    }),
    Family("counsel_call_notes_supplier_claim", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Call with our lawyers about the {company} claim
            ^Notes from this morning's call with the solicitor
            She thinks {company} can prove the late payments but not the lost profits they are claiming.
            Her advice: admit the unpaid invoices, fight the rest, and put that to them in writing before the court deadline.
            The email where our buyer promised "we'll pay whatever it takes" is the real risk; she wants every copy of it kept.
            If the judge reads that email as a new promise, we could owe the full {amount}; she puts that at maybe 40%.
            Nobody should talk to {company}'s people about the dispute until she has sent our response.
            Next steps: she drafts the defence, we send her the delivery notes by {date}.
        """,
        "de": """
            ^Telefonat mit unseren Anwälten zur Forderung von {company}
            ^Notizen zum Gespräch heute früh mit der Anwältin
            Sie meint, {company} kann die verspäteten Zahlungen beweisen, nicht aber den entgangenen Gewinn, den sie fordern.
            Ihr Rat: die offenen Rechnungen anerkennen, den Rest bestreiten und das vor Ablauf der Frist des Gerichts schriftlich erklären.
            Das eigentliche Risiko ist die Mail, in der unser Einkäufer „wir zahlen, was nötig ist“ versprochen hat; sie will, dass jede Kopie davon aufbewahrt wird.
            Liest das Gericht die Mail als neues Versprechen, könnten wir die vollen {amount} schulden; das schätzt sie auf etwa 40 %.
            Niemand spricht mit Leuten von {company} über den Streit, bis sie unsere Erwiderung geschickt hat.
            Nächste Schritte: Sie entwirft die Klageerwiderung, wir schicken ihr bis {date} die Lieferscheine.
        """,
        "fr": """
            ^Appel avec nos avocats sur la réclamation de {company}
            ^Notes de l'appel de ce matin avec l'avocate
            Elle pense que {company} peut prouver les retards de paiement, mais pas le manque à gagner qu'ils réclament.
            Son conseil : reconnaître les factures impayées, contester le reste, et le leur écrire avant la date fixée par le tribunal.
            Le vrai risque, c'est le mail où notre acheteur promettait « on paiera ce qu'il faut » ; elle veut qu'on en garde toutes les copies.
            Si le juge y voit un nouvel engagement, nous pourrions devoir la totalité des {amount} ; elle l'estime à 40 % environ.
            Personne ne parle du litige avec les gens de {company} avant qu'elle ait envoyé notre réponse.
            Suite : elle rédige nos conclusions, nous lui envoyons les bons de livraison avant le {date}.
        """,
        "es": """
            ^Llamada con nuestros abogados sobre la reclamación de {company}
            ^Notas de la llamada de esta mañana con la abogada
            Cree que {company} puede probar los retrasos en los pagos, pero no el lucro cesante que reclaman.
            Su consejo: reconocer las facturas pendientes, oponernos al resto y decírselo por escrito antes del plazo del juzgado.
            El riesgo real es el correo en que nuestro comprador prometía «pagaremos lo que haga falta»; quiere que se guarden todas las copias.
            Si el juez lo lee como una promesa nueva, podríamos deber los {amount} completos; ella lo sitúa en un 40 %.
            Que nadie hable del conflicto con gente de {company} hasta que ella haya enviado nuestra respuesta.
            Próximos pasos: ella redacta la contestación y nosotros le mandamos los albaranes antes del {date}.
        """,
        "nl": """
            ^Gesprek met onze advocaten over de vordering van {company}
            ^Aantekeningen van het gesprek vanochtend met de advocaat
            Ze denkt dat {company} de late betalingen kan bewijzen, maar niet de gederfde winst die ze eisen.
            Haar advies: de openstaande facturen erkennen, de rest betwisten en dat schriftelijk laten weten vóór de termijn van de rechtbank.
            Het echte risico is de mail waarin onze inkoper beloofde "we betalen wat nodig is"; ze wil dat elke kopie ervan bewaard blijft.
            Leest de rechter die mail als een nieuwe toezegging, dan kunnen we de volle {amount} kwijt zijn; die kans schat ze op zo'n 40%.
            Niemand praat met mensen van {company} over het geschil totdat zij ons antwoord heeft verstuurd.
            Vervolg: zij schrijft de conclusie van antwoord, wij sturen haar vóór {date} de afleverbonnen.
        """,
    }),
    Family("short_lawyer_advice_notes", X, "train", min_sentences=1, max_sentences=2, header_share=0.0, text={
        "en": """
            Our solicitor says we'll probably lose on the delivery dates, so don't answer {company}'s letter until she's drafted a reply.
            Lawyer's view on the {last} dismissal claim: pay the notice period now, the rest we can defend.
            Spoke to our barrister: he thinks the landlord's claim for the roof repairs will succeed, so budget {amount}.
            Advice from the lawyer is to keep quiet about the fire door until the insurer's claim against us is decided.
            The lawyer says the customer's injury claim is weak on causation but strong on our missing risk assessment.
            Per our lawyer: don't delete anything about the {city} site, the other side will ask for it in court.
        """,
        "de": """
            Unsere Anwältin sagt, bei den Lieferterminen verlieren wir wahrscheinlich, also den Brief von {company} nicht beantworten, bis sie eine Antwort entworfen hat.
            Einschätzung des Anwalts zur Kündigungsklage von {last}: die Kündigungsfrist jetzt zahlen, den Rest können wir verteidigen.
            Mit unserem Prozessanwalt gesprochen: Er glaubt, der Vermieter kommt mit der Forderung für die Dachreparatur durch, also {amount} einplanen.
            Der Anwalt rät, über die Brandschutztür nichts zu sagen, bis über die Forderung der Versicherung gegen uns entschieden ist.
            Laut Anwalt ist die Schadensersatzklage des Kunden bei der Ursächlichkeit schwach, aber bei unserer fehlenden Gefährdungsbeurteilung stark.
            Unser Anwalt sagt: nichts zum Standort {city} löschen, die Gegenseite wird es vor Gericht verlangen.
        """,
        "fr": """
            Notre avocate pense qu'on perdra sur les dates de livraison : ne répondez pas au courrier de {company} avant qu'elle ait rédigé une réponse.
            Avis de l'avocat sur le recours de {last} contre son licenciement : payer le préavis maintenant, le reste est défendable.
            Parlé à notre avocat plaidant : il pense que le bailleur obtiendra gain de cause pour la toiture, prévoir {amount}.
            L'avocat conseille de ne rien dire sur la porte coupe-feu tant que la demande de l'assureur contre nous n'est pas tranchée.
            Selon l'avocat, la demande du client blessé est faible sur le lien de causalité mais forte sur notre évaluation des risques manquante.
            Notre avocat dit : ne rien effacer sur le site de {city}, la partie adverse le demandera au tribunal.
        """,
        "es": """
            Nuestra abogada dice que lo de las fechas de entrega probablemente lo perdemos; no contestéis la carta de {company} hasta que ella redacte la respuesta.
            Opinión del abogado sobre la demanda por despido de {last}: pagar ya el preaviso, lo demás se puede defender.
            He hablado con nuestro letrado: cree que el casero ganará lo del tejado, así que reservad {amount}.
            El abogado aconseja no decir nada de la puerta cortafuegos hasta que se resuelva la reclamación de la aseguradora contra nosotros.
            Según el abogado, la demanda del cliente lesionado es floja en la causa pero fuerte en nuestra evaluación de riesgos que falta.
            Nuestro abogado dice: no borréis nada de la obra de {city}, la otra parte lo pedirá en el juicio.
        """,
        "nl": """
            Onze advocaat zegt dat we het op de leverdata waarschijnlijk verliezen, dus beantwoord de brief van {company} pas als zij een reactie heeft opgesteld.
            Visie van de advocaat op de ontslagzaak van {last}: de opzegtermijn nu betalen, de rest kunnen we verdedigen.
            Gesproken met onze procesadvocaat: hij denkt dat de verhuurder zijn vordering voor het dak wint, dus reken op {amount}.
            De advocaat raadt aan niets over de branddeur te zeggen tot er over de vordering van de verzekeraar tegen ons is beslist.
            Volgens de advocaat is de letselclaim van de klant zwak op het causaal verband maar sterk op onze ontbrekende risico-inventarisatie.
            Onze advocaat zegt: niets over de locatie {city} verwijderen, de wederpartij gaat het in de rechtszaak opvragen.
        """,
    }),
)

"""Fourth round of varied registers (model 9): software text and plain everyday text.

Model 8 flagged about a tenth of real harmless text it had never seen, by the model alone,
in two kinds the generator hardly wrote: software and IT text (UI strings and error messages
of translation catalogs, `--help` option descriptions, man-page prose, build and test output,
logs, changelogs) read as internal or confidential in every language, and plain everyday
narrative (a walk by the river, a weekend) or a numeric table of products read as sensitive.
These families were written from those failure *kinds*, in many shapes (headers, string
lists, usage blocks, log lines, questions, tables, CSV/TSV/JSON, short and long lines):

* harmless software text, public or internal: UI strings and status messages, command-line
  help, man-page prose, compiler and build output, test-runner output, package-manager
  output, release notes, commit messages and PR descriptions, configuration comments,
  service logs with no person in them, stack traces, API reference prose, install and
  upgrade steps, keyboard shortcuts and accessibility text, an open-source tool's FAQ;
* plain everyday text: small talk and one-line requests, a weekend or holiday diary and
  the view from a walk, sensor and weather readings, product inventories and sports tables;
* sensitive twins on the same topics, so that the model learns the difference and not the
  topic: a crash report carrying a named customer's illness and debts, a ticket export with
  an employee's sick leave and warning, a seed file of real-looking staff salaries
  (confidential); a commit relaying in-house counsel's advice to pull a feature over a
  pending lawsuit, an incident channel where outside counsel directs a breach investigation,
  a release-note draft counsel marked up for regulatory exposure (privileged, no legend).

All train: `dev` stays the split model 8 was chosen on, so candidates compare with it
directly. Each family draws its own random stream and composites stay inside a split, so
the held-out splits are the same requests as before (tested).
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

VARIED4_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------- software text, harmless
    Family("ui_string_catalog", P, "train", min_sentences=2, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Translate these UI strings, keep the placeholders:
            ^Strings for the settings dialog
            Unable to save the document.
            The file is read-only. Save a copy instead?
            Connection lost. Reconnecting in {n} seconds…
            Downloading update ({pct} complete)
            Are you sure you want to delete this folder and everything in it?
            No results match your search.
            msgid "Open Recent"↵msgstr ""↵↵msgid "Empty Trash"↵msgstr ""
            - Undo↵- Redo↵- Select All↵- Paste as plain text
            File not found.↵The file could not be opened.↵The file is too large to preview.↵Choose a file to import.
        """,
        "de": """
            ^Bitte diese Oberflächentexte übersetzen, Platzhalter beibehalten:
            ^Texte für den Einstellungsdialog
            Das Dokument konnte nicht gespeichert werden.
            Die Datei ist schreibgeschützt. Stattdessen eine Kopie speichern?
            Verbindung unterbrochen. Neuer Versuch in {n} Sekunden …
            Update wird heruntergeladen ({pct} abgeschlossen)
            Möchten Sie diesen Ordner samt Inhalt wirklich löschen?
            Keine Treffer für Ihre Suche.
            msgid "Open Recent"↵msgstr "Zuletzt geöffnet"↵↵msgid "Empty Trash"↵msgstr "Papierkorb leeren"
            - Rückgängig↵- Wiederholen↵- Alles auswählen↵- Als reinen Text einfügen
            Datei nicht gefunden.↵Die Datei lässt sich nicht öffnen.↵Die Datei ist zu groß für die Vorschau.↵Datei zum Importieren auswählen.↵Datei wurde geöffnet.
        """,
        "fr": """
            ^Traduisez ces chaînes d'interface en gardant les variables :
            ^Chaînes de la boîte de dialogue Préférences
            Impossible d'enregistrer le document.
            Le fichier est en lecture seule. Enregistrer une copie ?
            Connexion perdue. Nouvelle tentative dans {n} secondes…
            Téléchargement de la mise à jour ({pct} effectué)
            Voulez-vous vraiment supprimer ce dossier et tout son contenu ?
            Aucun résultat ne correspond à votre recherche.
            msgid "Open Recent"↵msgstr "Récemment ouverts"↵↵msgid "Empty Trash"↵msgstr "Vider la corbeille"
            - Annuler↵- Rétablir↵- Tout sélectionner↵- Coller sans mise en forme
            Fichier introuvable.↵Le fichier n'a pas pu être ouvert.↵Fichier trop volumineux pour l'aperçu.↵Choisissez un fichier à importer.
        """,
        "es": """
            ^Traduce estas cadenas de la interfaz, conserva los marcadores:
            ^Cadenas del cuadro de diálogo de ajustes
            No se ha podido guardar el documento.
            El archivo es de solo lectura. ¿Guardar una copia?
            Se perdió la conexión. Reintentando en {n} segundos…
            Descargando actualización ({pct} completado)
            ¿Seguro que quieres eliminar esta carpeta y todo su contenido?
            Ningún resultado coincide con la búsqueda.
            msgid "Open Recent"↵msgstr "Abrir recientes"↵↵msgid "Empty Trash"↵msgstr "Vaciar papelera"
            - Deshacer↵- Rehacer↵- Seleccionar todo↵- Pegar como texto sin formato
            Archivo no encontrado.↵No se pudo abrir el archivo.↵El archivo es demasiado grande para la vista previa.↵Elige un archivo para importar.
        """,
        "nl": """
            ^Vertaal deze interfaceteksten, laat de plaatshouders staan:
            ^Teksten voor het instellingenvenster
            Het document kon niet worden opgeslagen.
            Het bestand is alleen-lezen. Een kopie opslaan?
            Verbinding verbroken. Opnieuw proberen over {n} seconden…
            Update downloaden ({pct} voltooid)
            Weet je zeker dat je deze map en alles erin wilt verwijderen?
            Geen resultaten gevonden voor je zoekopdracht.
            msgid "Open Recent"↵msgstr "Recent geopend"↵↵msgid "Empty Trash"↵msgstr "Prullenbak legen"
            - Ongedaan maken↵- Opnieuw↵- Alles selecteren↵- Plakken als platte tekst
            Bestand niet gevonden.↵Het bestand kan niet geopend worden.↵Bestand is te groot voor een voorbeeld.↵Kies een bestand om te importeren.↵Bestand geopend.
        """,
    }),
    Family("cli_help_usage", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Usage: tidyup [OPTION]... [DIR]...
            ^What does this option do?
            Remove empty directories below each DIR (the current directory by default).
            -n, --dry-run          print what would be removed, remove nothing
            -v, --verbose          explain what is being done
            --max-depth=N          descend at most N levels below the starting point
            -q, --quiet, --silent  suppress most error messages
            Exit status is 0 if all went well, 1 on minor problems, 2 on serious trouble.
            Mandatory arguments to long options are mandatory for short options too.
            Run 'tidyup --help' for the full list of options.
        """,
        "de": """
            ^Aufruf: tidyup [OPTION]... [VERZ]...
            ^Was macht diese Option?
            Entfernt leere Verzeichnisse unterhalb jedes VERZ (standardmäßig das aktuelle Verzeichnis).
            -n, --dry-run          ausgeben, was entfernt würde, nichts entfernen
            -v, --verbose          erklären, was gerade geschieht
            --max-depth=N          höchstens N Ebenen unter den Startpunkt absteigen
            -q, --quiet, --silent  die meisten Fehlermeldungen unterdrücken
            Der Rückgabewert ist 0 bei Erfolg, 1 bei kleineren Problemen und 2 bei ernsten Fehlern.
            Argumente, die für lange Optionen nötig sind, sind auch für kurze Optionen nötig.
            „tidyup --help“ zeigt alle Optionen an.
        """,
        "fr": """
            ^Utilisation : tidyup [OPTION]... [RÉP]...
            ^À quoi sert cette option ?
            Supprime les répertoires vides sous chaque RÉP (par défaut le répertoire courant).
            -n, --dry-run          afficher ce qui serait supprimé, sans rien supprimer
            -v, --verbose          expliquer ce qui est fait
            --max-depth=N          descendre d'au plus N niveaux sous le point de départ
            -q, --quiet, --silent  taire la plupart des messages d'erreur
            Le code de sortie vaut 0 en cas de succès, 1 pour un problème mineur, 2 pour un problème grave.
            Les arguments obligatoires pour les options longues le sont aussi pour les options courtes.
            Lancez « tidyup --help » pour la liste complète des options.
        """,
        "es": """
            ^Uso: tidyup [OPCIÓN]... [DIR]...
            ^¿Qué hace esta opción?
            Elimina los directorios vacíos bajo cada DIR (por defecto, el directorio actual).
            -n, --dry-run          muestra lo que se borraría, sin borrar nada
            -v, --verbose          explica lo que se va haciendo
            --max-depth=N          baja como máximo N niveles desde el punto de partida
            -q, --quiet, --silent  omite la mayoría de los mensajes de error
            El estado de salida es 0 si todo fue bien, 1 ante problemas menores y 2 ante problemas graves.
            Los argumentos obligatorios para las opciones largas también lo son para las cortas.
            Ejecute «tidyup --help» para ver todas las opciones.
        """,
        "nl": """
            ^Gebruik: tidyup [OPTIE]... [MAP]...
            ^Wat doet deze optie?
            Verwijdert lege mappen onder elke MAP (standaard de huidige map).
            -n, --dry-run          toon wat verwijderd zou worden, verwijder niets
            -v, --verbose          vertel wat er gebeurt
            --max-depth=N          daal hoogstens N niveaus af onder het startpunt
            -q, --quiet, --silent  onderdruk de meeste foutmeldingen
            De afsluitwaarde is 0 als alles goed ging, 1 bij kleine problemen en 2 bij ernstige fouten.
            Verplichte argumenten voor lange opties zijn ook verplicht voor korte opties.
            Voer 'tidyup --help' uit voor alle opties.
        """,
    }),
    Family("manpage_prose", P, "train", min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^NAME↵       wavecut - split audio files at silences
            ^DESCRIPTION
            wavecut reads each input file and writes one output file per passage of sound it finds between silences.
            If no file is given, or if FILE is -, standard input is read.
            The threshold is given in decibels below full scale; the default of 40 suits most speech recordings.
            ENVIRONMENT↵       WAVECUT_TMPDIR  directory for temporary files; defaults to /tmp.
            BUGS↵       Files longer than 24 hours are cut at the 24-hour mark.
            SEE ALSO↵       soxi(1), flac(1)
            Options may be combined; the last occurrence of a conflicting option wins.
        """,
        "de": """
            ^NAME↵       wavecut - Audiodateien an Pausen aufteilen
            ^BESCHREIBUNG
            wavecut liest jede Eingabedatei und schreibt für jeden Abschnitt zwischen zwei Pausen eine eigene Ausgabedatei.
            Wird keine Datei angegeben oder ist DATEI gleich -, liest das Programm von der Standardeingabe.
            Der Schwellwert wird in Dezibel unter Vollaussteuerung angegeben; der Standard von 40 passt zu den meisten Sprachaufnahmen.
            UMGEBUNG↵       WAVECUT_TMPDIR  Verzeichnis für temporäre Dateien, standardmäßig /tmp.
            FEHLER↵       Dateien über 24 Stunden werden bei der 24-Stunden-Marke abgeschnitten.
            SIEHE AUCH↵       soxi(1), flac(1)
            Optionen lassen sich kombinieren; bei widersprüchlichen Optionen gilt die letzte.
        """,
        "fr": """
            ^NOM↵       wavecut - découper des fichiers audio aux silences
            ^DESCRIPTION
            wavecut lit chaque fichier d'entrée et écrit un fichier de sortie par passage sonore trouvé entre deux silences.
            Sans fichier, ou si FICHIER vaut -, l'entrée standard est lue.
            Le seuil s'exprime en décibels sous la pleine échelle ; la valeur par défaut de 40 convient à la plupart des enregistrements de voix.
            ENVIRONNEMENT↵       WAVECUT_TMPDIR  répertoire des fichiers temporaires, /tmp par défaut.
            BOGUES↵       Les fichiers de plus de 24 heures sont coupés à la 24e heure.
            VOIR AUSSI↵       soxi(1), flac(1)
            Les options peuvent se combiner ; en cas de conflit, la dernière l'emporte.
        """,
        "es": """
            ^NOMBRE↵       wavecut - divide archivos de audio en los silencios
            ^DESCRIPCIÓN
            wavecut lee cada archivo de entrada y escribe un archivo de salida por cada fragmento de sonido entre silencios.
            Si no se indica ningún archivo, o si ARCHIVO es -, se lee la entrada estándar.
            El umbral se expresa en decibelios por debajo de la escala completa; el valor por defecto de 40 sirve para casi cualquier grabación de voz.
            ENTORNO↵       WAVECUT_TMPDIR  directorio de archivos temporales; por defecto /tmp.
            ERRORES↵       Los archivos de más de 24 horas se cortan en la marca de las 24 horas.
            VÉASE TAMBIÉN↵       soxi(1), flac(1)
            Las opciones se pueden combinar; si chocan, gana la última.
        """,
        "nl": """
            ^NAAM↵       wavecut - audiobestanden splitsen bij stiltes
            ^BESCHRIJVING
            wavecut leest elk invoerbestand en schrijft één uitvoerbestand per stuk geluid tussen twee stiltes.
            Zonder bestand, of als BESTAND gelijk is aan -, wordt de standaardinvoer gelezen.
            De drempel wordt opgegeven in decibel onder volle schaal; de standaardwaarde 40 past bij de meeste spraakopnames.
            OMGEVING↵       WAVECUT_TMPDIR  map voor tijdelijke bestanden, standaard /tmp.
            FOUTEN↵       Bestanden langer dan 24 uur worden bij de 24-uursgrens afgekapt.
            ZIE OOK↵       soxi(1), flac(1)
            Opties mogen gecombineerd worden; bij tegenstrijdige opties geldt de laatste.
        """,
    }),
    Family("compiler_build_output", I, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Why does the build fail on the CI runner but not on my laptop?
            ^Build log, pipeline #{n}{n}
            src/parser.c:{n}:14: warning: unused variable 'len' [-Wunused-variable]
            src/render.c:2{n}:5: error: implicit declaration of function 'draw_glyph'
            [ 4{n}%] Building CXX object core/CMakeFiles/core.dir/scene.cpp.o
            make[2]: *** [Makefile:{n}: core/scene.o] Error 1
            error[E0382]: borrow of moved value: `buffer`↵  --> src/main.rs:{n}:9
            Compiling with -O2 takes about {n} seconds longer than the debug build on the shared runners.
            BUILD SUCCESSFUL in {n}s↵{n} actionable tasks: 9 executed, 3 up-to-date
        """,
        "de": """
            ^Warum schlägt der Build auf dem CI-Runner fehl, lokal aber nicht?
            ^Build-Protokoll, Pipeline #{n}{n}
            src/parser.c:{n}:14: Warnung: unbenutzte Variable »len« [-Wunused-variable]
            src/render.c:2{n}:5: Fehler: implizite Deklaration der Funktion »draw_glyph«
            [ 4{n}%] Erzeuge CXX-Objekt core/CMakeFiles/core.dir/scene.cpp.o
            make[2]: *** [Makefile:{n}: core/scene.o] Fehler 1
            Der Fehler tritt nur mit GCC 13 auf; mit Clang baut das Modul ohne Warnung.
            Mit -O2 dauert das Kompilieren auf den gemeinsamen Runnern etwa {n} Sekunden länger.
            Bitte die Warnungen in parser.c vor dem nächsten Release beheben, sonst bricht -Werror den Build.
        """,
        "fr": """
            ^Pourquoi la compilation échoue-t-elle sur la CI et pas sur mon poste ?
            ^Journal de build, pipeline #{n}{n}
            src/parser.c:{n}:14: attention : variable « len » inutilisée [-Wunused-variable]
            src/render.c:2{n}:5: erreur : déclaration implicite de la fonction « draw_glyph »
            [ 4{n}%] Construction de l'objet CXX core/CMakeFiles/core.dir/scene.cpp.o
            make[2]: *** [Makefile:{n} : core/scene.o] Erreur 1
            L'erreur n'apparaît qu'avec GCC 13 ; avec Clang le module compile sans avertissement.
            En -O2 la compilation prend environ {n} secondes de plus sur les runners partagés.
            Merci de corriger les avertissements de parser.c avant la prochaine version, sinon -Werror casse le build.
        """,
        "es": """
            ^¿Por qué falla la compilación en el runner de CI y no en mi portátil?
            ^Registro de compilación, pipeline #{n}{n}
            src/parser.c:{n}:14: aviso: variable «len» sin usar [-Wunused-variable]
            src/render.c:2{n}:5: error: declaración implícita de la función «draw_glyph»
            [ 4{n}%] Compilando el objeto CXX core/CMakeFiles/core.dir/scene.cpp.o
            make[2]: *** [Makefile:{n}: core/scene.o] Error 1
            El error solo aparece con GCC 13; con Clang el módulo compila sin avisos.
            Con -O2 la compilación tarda unos {n} segundos más en los runners compartidos.
            Corregid los avisos de parser.c antes de la próxima versión o -Werror romperá la compilación.
        """,
        "nl": """
            ^Waarom faalt de build op de CI-runner en niet op mijn laptop?
            ^Buildlog, pipeline #{n}{n}
            src/parser.c:{n}:14: waarschuwing: ongebruikte variabele 'len' [-Wunused-variable]
            src/render.c:2{n}:5: fout: impliciete declaratie van functie 'draw_glyph'
            [ 4{n}%] CXX-object core/CMakeFiles/core.dir/scene.cpp.o wordt gebouwd
            make[2]: *** [Makefile:{n}: core/scene.o] Fout 1
            De fout treedt alleen op met GCC 13; met Clang bouwt de module zonder waarschuwing.
            Met -O2 duurt het compileren op de gedeelde runners ongeveer {n} seconden langer.
            Los de waarschuwingen in parser.c op voor de volgende release, anders breekt -Werror de build.
        """,
    }),
    Family("test_runner_output", I, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Test run on the nightly branch
            ^Can you explain this test failure?
            ==== {n} passed, 2 failed, 1 skipped in 3{n}.4s ====
            FAILED tests/test_export.py::test_csv_header_order - AssertionError: assert ['id', 'size'] == ['size', 'id']
            --- FAIL: TestRetryBackoff ({n}.02s)↵    backoff_test.go:{n}: expected 400ms, got 800ms
            Tests:       1 failed, {n} passed, {n} total↵Snapshots:   0 total
            SKIPPED [1] tests/test_gpu.py:12: no CUDA device on this runner
            The flaky timezone test passes again since the container uses UTC.
            Coverage dropped from 8{n}% to 7{n}% because the new exporter has no tests yet.
        """,
        "de": """
            ^Testlauf auf dem Nightly-Zweig
            ^Kannst du mir diesen Testfehler erklären?
            ==== {n} bestanden, 2 fehlgeschlagen, 1 übersprungen in 3{n},4 s ====
            FEHLGESCHLAGEN tests/test_export.py::test_csv_header_order – die Spaltenreihenfolge weicht ab
            --- FAIL: TestRetryBackoff ({n}.02s)↵    backoff_test.go:{n}: erwartet 400ms, erhalten 800ms
            Der wackelige Zeitzonentest läuft wieder, seit der Container UTC verwendet.
            Die Testabdeckung fiel von 8{n} % auf 7{n} %, weil der neue Exporter noch keine Tests hat.
            Übersprungen: test_gpu.py, auf diesem Runner gibt es keine CUDA-Karte.
            Wie kann ich nur den einen fehlschlagenden Test lokal wiederholen?
        """,
        "fr": """
            ^Exécution des tests sur la branche nightly
            ^Tu peux m'expliquer cet échec de test ?
            ==== {n} réussis, 2 échoués, 1 ignoré en 3{n},4 s ====
            ÉCHEC tests/test_export.py::test_csv_header_order – l'ordre des colonnes diffère
            --- FAIL: TestRetryBackoff ({n}.02s)↵    backoff_test.go:{n}: attendu 400ms, obtenu 800ms
            Le test de fuseau horaire instable repasse depuis que le conteneur est en UTC.
            La couverture est passée de 8{n} % à 7{n} % car le nouvel exporteur n'a pas encore de tests.
            Ignoré : test_gpu.py, pas de carte CUDA sur ce runner.
            Comment relancer uniquement le test qui échoue en local ?
        """,
        "es": """
            ^Ejecución de pruebas en la rama nightly
            ^¿Me explicas este fallo de test?
            ==== {n} correctas, 2 fallidas, 1 omitida en 3{n},4 s ====
            FALLO tests/test_export.py::test_csv_header_order: el orden de las columnas no coincide
            --- FAIL: TestRetryBackoff ({n}.02s)↵    backoff_test.go:{n}: se esperaba 400ms, se obtuvo 800ms
            El test inestable de zona horaria vuelve a pasar desde que el contenedor usa UTC.
            La cobertura bajó del 8{n} % al 7{n} % porque el nuevo exportador aún no tiene pruebas.
            Omitida: test_gpu.py, no hay tarjeta CUDA en este runner.
            ¿Cómo repito en local solo la prueba que falla?
        """,
        "nl": """
            ^Testrun op de nightly-branch
            ^Kun je deze mislukte test uitleggen?
            ==== {n} geslaagd, 2 mislukt, 1 overgeslagen in 3{n},4 s ====
            MISLUKT tests/test_export.py::test_csv_header_order – de kolomvolgorde klopt niet
            --- FAIL: TestRetryBackoff ({n}.02s)↵    backoff_test.go:{n}: verwacht 400ms, gekregen 800ms
            De wisselvallige tijdzonetest slaagt weer sinds de container UTC gebruikt.
            De dekking zakte van 8{n}% naar 7{n}% omdat de nieuwe exporter nog geen tests heeft.
            Overgeslagen: test_gpu.py, geen CUDA-kaart op deze runner.
            Hoe draai ik lokaal alleen de test die faalt?
        """,
    }),
    Family("package_manager_output", P, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^What does this install output mean?
            ^Output of the package install
            Reading package lists... Done↵Building dependency tree... Done
            The following NEW packages will be installed:↵  libogg0 libvorbis0a vorbis-tools
            Need to get {n}{n} kB of archives. After this operation, 1.{n} MB of additional disk space will be used.
            added {n}{n} packages, and audited 3{n}1 packages in 4s
            Successfully installed charset-normalizer-3.3.2 idna-3.6 requests-2.31.0
            npm WARN deprecated inflight@1.0.6: This module is not supported.
            error: could not find a version that satisfies the requirement numpy==9.9
        """,
        "de": """
            ^Was bedeutet diese Installationsausgabe?
            ^Ausgabe der Paketinstallation
            Paketlisten werden gelesen… Fertig↵Abhängigkeitsbaum wird aufgebaut… Fertig
            Die folgenden NEUEN Pakete werden installiert:↵  libogg0 libvorbis0a vorbis-tools
            Es müssen {n}{n} kB an Archiven heruntergeladen werden. Nach dieser Operation werden 1,{n} MB Plattenplatz zusätzlich benutzt.
            Fehler: keine Version gefunden, die die Anforderung numpy==9.9 erfüllt
            Warum zeigt npm bei jeder Installation die Warnung zu veralteten Paketen?
            Nach dem Update startet der Dienst nicht, bis man die Konfiguration neu lädt.
            Der Spiegel war langsam, deshalb hat der Download {n} Minuten gedauert.
        """,
        "fr": """
            ^Que signifie cette sortie d'installation ?
            ^Sortie de l'installation des paquets
            Lecture des listes de paquets… Fait↵Construction de l'arbre des dépendances… Fait
            Les NOUVEAUX paquets suivants seront installés :↵  libogg0 libvorbis0a vorbis-tools
            Il est nécessaire de prendre {n}{n} ko dans les archives. Après cette opération, 1,{n} Mo d'espace disque supplémentaires seront utilisés.
            erreur : aucune version ne satisfait l'exigence numpy==9.9
            Pourquoi npm affiche-t-il un avertissement de paquet obsolète à chaque installation ?
            Après la mise à jour, le service ne redémarre qu'une fois la configuration rechargée.
            Le miroir était lent, le téléchargement a pris {n} minutes.
        """,
        "es": """
            ^¿Qué significa esta salida de la instalación?
            ^Salida de la instalación de paquetes
            Leyendo lista de paquetes… Hecho↵Creando árbol de dependencias… Hecho
            Se instalarán los siguientes paquetes NUEVOS:↵  libogg0 libvorbis0a vorbis-tools
            Se necesita descargar {n}{n} kB de archivos. Se utilizarán 1,{n} MB de espacio de disco adicional después de esta operación.
            error: no se encontró ninguna versión que cumpla el requisito numpy==9.9
            ¿Por qué npm muestra un aviso de paquete obsoleto en cada instalación?
            Tras la actualización el servicio no arranca hasta recargar la configuración.
            El espejo iba lento y la descarga tardó {n} minutos.
        """,
        "nl": """
            ^Wat betekent deze installatie-uitvoer?
            ^Uitvoer van de pakketinstallatie
            Pakketlijsten worden ingelezen… Klaar↵Boom van vereisten wordt opgebouwd… Klaar
            De volgende NIEUWE pakketten zullen worden geïnstalleerd:↵  libogg0 libvorbis0a vorbis-tools
            Er moeten {n}{n} kB aan archieven opgehaald worden. Na deze bewerking zal er 1,{n} MB extra schijfruimte gebruikt worden.
            fout: geen versie gevonden die voldoet aan de eis numpy==9.9
            Waarom toont npm bij elke installatie een waarschuwing over verouderde pakketten?
            Na de update start de dienst pas als je de configuratie opnieuw laadt.
            De spiegelserver was traag, het downloaden duurde {n} minuten.
        """,
    }),
    Family("release_changelog", P, "train", min_sentences=2, max_sentences=7, header_share=0.6, text={
        "en": """
            ^## [2.{n}.0] - {date}
            ^Release notes, version 4.{n}
            ### Added↵- Dark mode for the print preview↵- Export to OpenDocument spreadsheets
            ### Fixed↵- Crash when a folder name ends with a space↵- Wrong page count in two-sided printing
            ### Changed↵- The minimum supported Python is now 3.10
            Deprecated: the --legacy-sync flag will be removed in the next major version.
            Thanks to everyone who reported the scrolling bug on high-DPI screens.
            Upgrading from 3.x? Read the migration notes before you run the new version on old projects.
        """,
        "de": """
            ^## [2.{n}.0] – {date}
            ^Versionshinweise, Version 4.{n}
            ### Neu↵- Dunkler Modus für die Druckvorschau↵- Export als OpenDocument-Tabelle
            ### Behoben↵- Absturz, wenn ein Ordnername mit einem Leerzeichen endet↵- Falsche Seitenzahl beim beidseitigen Druck
            ### Geändert↵- Die kleinste unterstützte Python-Version ist jetzt 3.10
            Veraltet: Die Option --legacy-sync entfällt mit der nächsten Hauptversion.
            Danke an alle, die den Scroll-Fehler auf hochauflösenden Bildschirmen gemeldet haben.
            Sie kommen von 3.x? Lesen Sie vor dem Umstieg die Hinweise zur Migration.
        """,
        "fr": """
            ^## [2.{n}.0] – {date}
            ^Notes de version, version 4.{n}
            ### Ajouts↵- Mode sombre dans l'aperçu avant impression↵- Export au format tableur OpenDocument
            ### Corrections↵- Plantage quand un nom de dossier finit par une espace↵- Mauvais nombre de pages en recto verso
            ### Modifications↵- La version minimale de Python est désormais 3.10
            Obsolète : l'option --legacy-sync disparaîtra à la prochaine version majeure.
            Merci à toutes celles et ceux qui ont signalé le bug de défilement sur les écrans haute densité.
            Vous venez de la 3.x ? Lisez les notes de migration avant d'ouvrir d'anciens projets.
        """,
        "es": """
            ^## [2.{n}.0] – {date}
            ^Notas de la versión 4.{n}
            ### Añadido↵- Modo oscuro en la vista previa de impresión↵- Exportación a hoja de cálculo OpenDocument
            ### Corregido↵- Cierre inesperado si el nombre de una carpeta termina en espacio↵- Recuento de páginas erróneo al imprimir a doble cara
            ### Cambiado↵- La versión mínima de Python pasa a ser la 3.10
            Obsoleto: la opción --legacy-sync desaparecerá en la próxima versión mayor.
            Gracias a todos los que informaron del fallo de desplazamiento en pantallas de alta densidad.
            ¿Vienes de la 3.x? Lee las notas de migración antes de abrir proyectos antiguos.
        """,
        "nl": """
            ^## [2.{n}.0] – {date}
            ^Releasenotes, versie 4.{n}
            ### Toegevoegd↵- Donkere modus voor het afdrukvoorbeeld↵- Exporteren naar OpenDocument-rekenblad
            ### Opgelost↵- Crash als een mapnaam op een spatie eindigt↵- Verkeerd aantal pagina's bij dubbelzijdig afdrukken
            ### Gewijzigd↵- De minimaal ondersteunde Python-versie is nu 3.10
            Verouderd: de optie --legacy-sync verdwijnt in de volgende hoofdversie.
            Dank aan iedereen die de scrollfout op schermen met hoge resolutie heeft gemeld.
            Kom je van 3.x? Lees eerst de migratienotities voordat je oude projecten opent.
        """,
    }),
    Family("commit_pr_description", I, "train", min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^Write a commit message for this diff
            ^PR #{n}{n}: retry uploads with backoff
            Fix off-by-one in pagination cursor↵↵The last page was fetched twice when the total was a multiple of the page size.
            Bump the image library to 10.2 to get the fixed TIFF decoder.
            This PR moves the retry logic into one helper so that the three upload paths behave the same.
            How to test: run the exporter against the sample bucket and check that no file is uploaded twice.
            - [x] unit tests↵- [x] docs updated↵- [ ] benchmark on the big fixture
            Reviewer note: the rename touches many files but changes no behaviour.
        """,
        "de": """
            ^Schreib eine Commit-Nachricht zu diesem Diff
            ^PR #{n}{n}: Uploads mit Backoff wiederholen
            Off-by-one im Paginierungs-Cursor behoben↵↵Die letzte Seite wurde doppelt geladen, wenn die Gesamtzahl ein Vielfaches der Seitengröße war.
            Bildbibliothek auf 10.2 angehoben, damit der reparierte TIFF-Decoder drin ist.
            Dieser PR legt die Wiederholungslogik in eine Hilfsfunktion, damit sich alle drei Upload-Wege gleich verhalten.
            Zum Testen: den Exporter gegen den Beispiel-Bucket laufen lassen und prüfen, dass keine Datei doppelt hochgeladen wird.
            - [x] Unit-Tests↵- [x] Doku angepasst↵- [ ] Benchmark mit der großen Testdatei
            Hinweis für Reviewer: Die Umbenennung betrifft viele Dateien, ändert aber kein Verhalten.
        """,
        "fr": """
            ^Rédige un message de commit pour ce diff
            ^PR #{n}{n} : relancer les envois avec temporisation
            Corrige un décalage d'un dans le curseur de pagination↵↵La dernière page était chargée deux fois quand le total était un multiple de la taille de page.
            Passe la bibliothèque d'images en 10.2 pour avoir le décodeur TIFF corrigé.
            Cette PR regroupe la logique de relance dans une seule fonction pour que les trois chemins d'envoi se comportent pareil.
            Pour tester : lancer l'export sur le bucket d'exemple et vérifier qu'aucun fichier n'est envoyé deux fois.
            - [x] tests unitaires↵- [x] doc à jour↵- [ ] benchmark sur le gros jeu d'essai
            Note pour la relecture : le renommage touche beaucoup de fichiers mais ne change aucun comportement.
        """,
        "es": """
            ^Escribe un mensaje de commit para este diff
            ^PR #{n}{n}: reintentar subidas con espera exponencial
            Corrige un error por uno en el cursor de paginación↵↵La última página se pedía dos veces si el total era múltiplo del tamaño de página.
            Sube la biblioteca de imágenes a la 10.2 para tener el decodificador TIFF corregido.
            Este PR lleva la lógica de reintento a una sola función para que las tres vías de subida se comporten igual.
            Cómo probarlo: lanzar el exportador contra el bucket de ejemplo y comprobar que ningún archivo se sube dos veces.
            - [x] tests unitarios↵- [x] documentación actualizada↵- [ ] benchmark con el fichero grande
            Nota para la revisión: el renombrado toca muchos archivos pero no cambia el comportamiento.
        """,
        "nl": """
            ^Schrijf een commitbericht bij deze diff
            ^PR #{n}{n}: uploads opnieuw proberen met backoff
            Off-by-one in de pagineringscursor opgelost↵↵De laatste pagina werd twee keer opgehaald als het totaal een veelvoud van de paginagrootte was.
            Beeldbibliotheek naar 10.2 voor de gerepareerde TIFF-decoder.
            Deze PR zet de herhaallogica in één hulpfunctie zodat de drie uploadpaden zich hetzelfde gedragen.
            Testen: draai de exporter tegen de voorbeeldbucket en controleer dat geen bestand dubbel wordt geüpload.
            - [x] unittests↵- [x] documentatie bijgewerkt↵- [ ] benchmark met het grote testbestand
            Opmerking voor de review: de hernoeming raakt veel bestanden maar verandert geen gedrag.
        """,
    }),
    Family("config_file_comments", I, "train", min_sentences=2, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Explain this config file
            ^# worker.toml – defaults for the thumbnail worker
            # Number of parallel jobs. 0 means one per CPU core.↵jobs = 0
            # Where finished thumbnails go; the directory must exist.↵output_dir = "/var/cache/thumbs"
            [retry]↵# Give up after this many attempts per image.↵max_attempts = {n}
            # Uncomment to keep the intermediate files for debugging.↵# keep_temp = true
            log_level = "info"   # one of: debug, info, warn, error
            Which of these settings need a restart and which are read on every job?
        """,
        "de": """
            ^Erklär mir diese Konfigurationsdatei
            ^# worker.toml – Standardwerte für den Vorschaubild-Dienst
            # Anzahl paralleler Aufträge. 0 bedeutet einer je CPU-Kern.↵jobs = 0
            # Wohin fertige Vorschaubilder geschrieben werden; das Verzeichnis muss existieren.↵output_dir = "/var/cache/thumbs"
            [retry]↵# Nach so vielen Versuchen pro Bild aufgeben.↵max_attempts = {n}
            # Auskommentierung entfernen, um Zwischendateien zur Fehlersuche zu behalten.↵# keep_temp = true
            log_level = "info"   # erlaubt: debug, info, warn, error
            Welche dieser Einstellungen brauchen einen Neustart und welche werden bei jedem Auftrag gelesen?
        """,
        "fr": """
            ^Explique-moi ce fichier de configuration
            ^# worker.toml – valeurs par défaut du service de miniatures
            # Nombre de tâches en parallèle. 0 signifie une par cœur.↵jobs = 0
            # Dossier des miniatures terminées ; il doit exister.↵output_dir = "/var/cache/thumbs"
            [retry]↵# Abandonner après ce nombre de tentatives par image.↵max_attempts = {n}
            # Décommenter pour garder les fichiers intermédiaires lors du débogage.↵# keep_temp = true
            log_level = "info"   # valeurs possibles : debug, info, warn, error
            Lesquels de ces réglages demandent un redémarrage et lesquels sont relus à chaque tâche ?
        """,
        "es": """
            ^Explícame este archivo de configuración
            ^# worker.toml – valores por defecto del servicio de miniaturas
            # Número de trabajos en paralelo. 0 significa uno por núcleo.↵jobs = 0
            # Carpeta de las miniaturas terminadas; debe existir.↵output_dir = "/var/cache/thumbs"
            [retry]↵# Rendirse tras este número de intentos por imagen.↵max_attempts = {n}
            # Descomenta para conservar los archivos intermedios al depurar.↵# keep_temp = true
            log_level = "info"   # uno de: debug, info, warn, error
            ¿Cuáles de estos ajustes requieren reiniciar y cuáles se leen en cada trabajo?
        """,
        "nl": """
            ^Leg dit configuratiebestand uit
            ^# worker.toml – standaardwaarden voor de miniatuurdienst
            # Aantal parallelle taken. 0 betekent één per CPU-kern.↵jobs = 0
            # Map voor de klaargemaakte miniaturen; die moet bestaan.↵output_dir = "/var/cache/thumbs"
            [retry]↵# Na zoveel pogingen per afbeelding opgeven.↵max_attempts = {n}
            # Haal het commentaarteken weg om tussenbestanden te bewaren bij het debuggen.↵# keep_temp = true
            log_level = "info"   # een van: debug, info, warn, error
            Welke van deze instellingen vragen een herstart en welke worden bij elke taak gelezen?
        """,
    }),
    Family("service_log_no_person", I, "train", min_sentences=2, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Why does the service keep restarting? Log below.
            ^journalctl -u thumbnailer --since today
            2024-03-{n}T08:12:0{n}Z INFO  worker started, 4 threads, queue=images
            2024-03-{n}T08:12:4{n}Z WARN  cache directory almost full ({pct} free)
            2024-03-{n}T08:13:1{n}Z ERROR cannot open /var/cache/thumbs/tmp for writing: permission denied
            thumbnailer.service: Main process exited, code=exited, status=1/FAILURE
            thumbnailer.service: Scheduled restart job, restart counter is at {n}.
            level=info msg="health check ok" latency_ms={n} route=/healthz
        """,
        "de": """
            ^Warum startet der Dienst ständig neu? Protokoll unten.
            ^Protokoll des Vorschaudienstes von heute früh
            2024-03-{n}T08:12:0{n}Z INFO  Worker gestartet, 4 Threads, Warteschlange=images
            2024-03-{n}T08:12:4{n}Z WARN  Cache-Verzeichnis fast voll ({pct} frei)
            2024-03-{n}T08:13:1{n}Z FEHLER /var/cache/thumbs/tmp lässt sich nicht zum Schreiben öffnen: Zugriff verweigert
            Der Hauptprozess wurde mit Status 1 beendet; ein Neustart ist geplant, Zähler steht bei {n}.
            level=info msg="Zustandsprüfung ok" latency_ms={n} route=/healthz
            Das passiert erst, seit der Dienst unter einem eigenen Benutzer läuft.
        """,
        "fr": """
            ^Pourquoi le service redémarre-t-il sans arrêt ? Journal ci-dessous.
            ^Journal du service de miniatures ce matin
            2024-03-{n}T08:12:0{n}Z INFO  worker démarré, 4 threads, file=images
            2024-03-{n}T08:12:4{n}Z WARN  répertoire de cache presque plein ({pct} libre)
            2024-03-{n}T08:13:1{n}Z ERREUR impossible d'ouvrir /var/cache/thumbs/tmp en écriture : permission refusée
            Le processus principal s'est terminé avec le statut 1 ; redémarrage planifié, compteur à {n}.
            level=info msg="contrôle de santé ok" latency_ms={n} route=/healthz
            Cela n'arrive que depuis que le service tourne sous son propre utilisateur.
        """,
        "es": """
            ^¿Por qué el servicio se reinicia sin parar? Registro abajo.
            ^Registro del servicio de miniaturas de esta mañana
            2024-03-{n}T08:12:0{n}Z INFO  worker iniciado, 4 hilos, cola=images
            2024-03-{n}T08:12:4{n}Z WARN  directorio de caché casi lleno ({pct} libre)
            2024-03-{n}T08:13:1{n}Z ERROR no se puede abrir /var/cache/thumbs/tmp para escritura: permiso denegado
            El proceso principal terminó con estado 1; reinicio programado, contador en {n}.
            level=info msg="comprobación de salud correcta" latency_ms={n} route=/healthz
            Solo pasa desde que el servicio corre con su propio usuario.
        """,
        "nl": """
            ^Waarom herstart de dienst steeds? Log hieronder.
            ^Log van de miniatuurdienst van vanochtend
            2024-03-{n}T08:12:0{n}Z INFO  worker gestart, 4 threads, wachtrij=images
            2024-03-{n}T08:12:4{n}Z WARN  cachemap bijna vol ({pct} vrij)
            2024-03-{n}T08:13:1{n}Z FOUT kan /var/cache/thumbs/tmp niet openen om te schrijven: toegang geweigerd
            Het hoofdproces stopte met status 1; herstart ingepland, teller staat op {n}.
            level=info msg="gezondheidscontrole ok" latency_ms={n} route=/healthz
            Dit gebeurt pas sinds de dienst onder een eigen gebruiker draait.
        """,
    }),
    Family("stack_trace_question", P, "train", min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^I get this traceback, what is wrong?
            ^Stack trace from the nightly job
            Traceback (most recent call last):↵  File "resize.py", line {n}, in <module>↵    main()↵  File "resize.py", line 1{n}, in main↵    img = Image.open(path)↵FileNotFoundError: [Errno 2] No such file or directory: 'input/cover.png'
            Exception in thread "main" java.lang.NullPointerException↵    at com.example.shop.Cart.total(Cart.java:{n})↵    at com.example.shop.App.main(App.java:12)
            thread 'main' panicked at 'index out of bounds: the len is 3 but the index is {n}', src/grid.rs:41:5
            TypeError: Cannot read properties of undefined (reading 'map')↵    at renderList (list.js:{n}:18)
            It only happens when the folder is empty, otherwise the script works.
            Should I check first that the list is not empty, or catch the exception?
        """,
        "de": """
            ^Ich bekomme diesen Traceback, was ist falsch?
            ^Stacktrace aus dem nächtlichen Job
            Traceback (most recent call last):↵  File "skalieren.py", line {n}, in <module>↵    main()↵FileNotFoundError: [Errno 2] Datei oder Verzeichnis nicht gefunden: 'eingabe/titel.png'
            Exception in thread "main" java.lang.NullPointerException↵    at de.beispiel.laden.Warenkorb.summe(Warenkorb.java:{n})
            Der Fehler kommt nur, wenn der Ordner leer ist; sonst läuft das Skript durch.
            Muss ich vorher prüfen, ob die Liste überhaupt Elemente hat?
            Unter Windows erscheint stattdessen „Der Prozess kann nicht auf die Datei zugreifen“.
            panic: runtime error: index out of range [{n}] with length 3↵goroutine 1 [running]:↵main.cell(...)
        """,
        "fr": """
            ^J'obtiens cette trace d'appels, qu'est-ce qui ne va pas ?
            ^Trace de la tâche de nuit
            Traceback (most recent call last):↵  File "redim.py", line {n}, in <module>↵    main()↵FileNotFoundError: [Errno 2] Aucun fichier ou dossier de ce type : 'entree/couverture.png'
            Exception in thread "main" java.lang.NullPointerException↵    at fr.exemple.boutique.Panier.total(Panier.java:{n})
            Ça n'arrive que quand le dossier est vide, sinon le script fonctionne.
            Faut-il d'abord vérifier que la liste contient des éléments ?
            Sous Windows, le message devient « Le processus ne peut pas accéder au fichier ».
            panic: runtime error: index out of range [{n}] with length 3↵goroutine 1 [running]:↵main.cellule(...)
        """,
        "es": """
            ^Me sale este traceback, ¿qué está mal?
            ^Traza de la tarea nocturna
            Traceback (most recent call last):↵  File "redimensionar.py", line {n}, in <module>↵    main()↵FileNotFoundError: [Errno 2] No existe el archivo o el directorio: 'entrada/portada.png'
            Exception in thread "main" java.lang.NullPointerException↵    at es.ejemplo.tienda.Carrito.total(Carrito.java:{n})
            Solo pasa cuando la carpeta está vacía; si no, el script funciona.
            ¿Tengo que comprobar antes que la lista tenga elementos?
            En Windows el mensaje es «El proceso no tiene acceso al archivo».
            panic: runtime error: index out of range [{n}] with length 3↵goroutine 1 [running]:↵main.celda(...)
        """,
        "nl": """
            ^Ik krijg deze traceback, wat gaat er mis?
            ^Stacktrace van de nachtelijke taak
            Traceback (most recent call last):↵  File "schalen.py", line {n}, in <module>↵    main()↵FileNotFoundError: [Errno 2] Bestand of map bestaat niet: 'invoer/omslag.png'
            Exception in thread "main" java.lang.NullPointerException↵    at nl.voorbeeld.winkel.Mandje.totaal(Mandje.java:{n})
            Het gebeurt alleen als de map leeg is, anders werkt het script.
            Moet ik eerst controleren of de lijst wel elementen heeft?
            Onder Windows staat er "Het proces heeft geen toegang tot het bestand".
            panic: runtime error: index out of range [{n}] with length 3↵goroutine 1 [running]:↵main.cel(...)
        """,
    }),
    Family("api_reference_prose", P, "train", min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^GET /v2/stations/{{id}}/readings
            ^Parameters
            Returns the readings of one station, newest first, at most 500 per page.
            `since` (string, optional) – ISO 8601 timestamp; only readings after it are returned.
            `limit` (integer, optional) – page size between 1 and 500. Default: 100.
            Responses: 200 OK with a JSON array; 404 if the station does not exist; 429 when the rate limit is exceeded.
            The method is idempotent and safe to retry.
            Example: `curl https://api.example.org/v2/stations/{n}/readings?limit=10`
        """,
        "de": """
            ^GET /v2/stations/{{id}}/readings
            ^Parameter
            Liefert die Messwerte einer Station, neueste zuerst, höchstens 500 pro Seite.
            `since` (String, optional) – Zeitstempel nach ISO 8601; nur spätere Messwerte werden geliefert.
            `limit` (Ganzzahl, optional) – Seitengröße zwischen 1 und 500. Standard: 100.
            Antworten: 200 OK mit einem JSON-Array; 404, wenn die Station nicht existiert; 429 bei überschrittenem Ratenlimit.
            Die Methode ist idempotent und darf wiederholt werden.
            Beispiel: `curl https://api.example.org/v2/stations/{n}/readings?limit=10`
        """,
        "fr": """
            ^GET /v2/stations/{{id}}/readings
            ^Paramètres
            Renvoie les mesures d'une station, les plus récentes d'abord, 500 au plus par page.
            `since` (chaîne, facultatif) – horodatage ISO 8601 ; seules les mesures postérieures sont renvoyées.
            `limit` (entier, facultatif) – taille de page entre 1 et 500. Par défaut : 100.
            Réponses : 200 OK avec un tableau JSON ; 404 si la station n'existe pas ; 429 si la limite de débit est dépassée.
            La méthode est idempotente et peut être relancée sans risque.
            Exemple : `curl https://api.example.org/v2/stations/{n}/readings?limit=10`
        """,
        "es": """
            ^GET /v2/stations/{{id}}/readings
            ^Parámetros
            Devuelve las lecturas de una estación, de la más reciente a la más antigua, con un máximo de 500 por página.
            `since` (cadena, opcional): marca de tiempo ISO 8601; solo se devuelven las lecturas posteriores.
            `limit` (entero, opcional): tamaño de página entre 1 y 500. Por defecto: 100.
            Respuestas: 200 OK con un array JSON; 404 si la estación no existe; 429 si se supera el límite de peticiones.
            El método es idempotente y se puede reintentar sin riesgo.
            Ejemplo: `curl https://api.example.org/v2/stations/{n}/readings?limit=10`
        """,
        "nl": """
            ^GET /v2/stations/{{id}}/readings
            ^Parameters
            Geeft de metingen van één station terug, nieuwste eerst, hoogstens 500 per pagina.
            `since` (string, optioneel) – tijdstempel volgens ISO 8601; alleen latere metingen komen terug.
            `limit` (geheel getal, optioneel) – paginagrootte tussen 1 en 500. Standaard: 100.
            Antwoorden: 200 OK met een JSON-array; 404 als het station niet bestaat; 429 als de limiet is overschreden.
            De methode is idempotent en mag gerust opnieuw worden aangeroepen.
            Voorbeeld: `curl https://api.example.org/v2/stations/{n}/readings?limit=10`
        """,
    }),
    Family("install_upgrade_steps", P, "train", min_sentences=2, max_sentences=7, header_share=0.6, text={
        "en": """
            ^Installation
            ^Upgrading from 3.x to 4.0
            1. Download the archive for your platform from the releases page.
            2. Unpack it and move the `wavecut` binary to a directory on your PATH.
            3. Run `wavecut --version` to check that the shell finds it.
            Back up your settings folder before upgrading; the new version converts it in place.
            On macOS you may have to allow the app under System Settings → Privacy & Security the first time.
            To uninstall, delete the binary and the settings folder; nothing else is written to the system.
            Does the upgrade keep my custom presets?
        """,
        "de": """
            ^Installation
            ^Umstieg von 3.x auf 4.0
            1. Das Archiv für Ihre Plattform von der Release-Seite herunterladen.
            2. Entpacken und die Datei `wavecut` in ein Verzeichnis im PATH verschieben.
            3. Mit `wavecut --version` prüfen, ob die Shell das Programm findet.
            Sichern Sie vor dem Update den Einstellungsordner; die neue Version wandelt ihn direkt um.
            Unter macOS muss die App beim ersten Start eventuell unter Systemeinstellungen → Datenschutz & Sicherheit erlaubt werden.
            Zum Deinstallieren Programmdatei und Einstellungsordner löschen; sonst wird nichts ins System geschrieben.
            Bleiben meine eigenen Voreinstellungen beim Update erhalten?
        """,
        "fr": """
            ^Installation
            ^Passer de la 3.x à la 4.0
            1. Téléchargez l'archive de votre plateforme sur la page des versions.
            2. Décompressez-la et placez l'exécutable `wavecut` dans un dossier du PATH.
            3. Lancez `wavecut --version` pour vérifier que le terminal le trouve.
            Sauvegardez le dossier de réglages avant la mise à jour ; la nouvelle version le convertit sur place.
            Sous macOS, il faudra peut-être autoriser l'application dans Réglages Système → Confidentialité et sécurité au premier lancement.
            Pour désinstaller, supprimez l'exécutable et le dossier de réglages ; rien d'autre n'est écrit sur le système.
            La mise à jour conserve-t-elle mes préréglages personnels ?
        """,
        "es": """
            ^Instalación
            ^Actualizar de la 3.x a la 4.0
            1. Descarga el archivo para tu plataforma desde la página de versiones.
            2. Descomprímelo y mueve el binario `wavecut` a una carpeta del PATH.
            3. Ejecuta `wavecut --version` para comprobar que la terminal lo encuentra.
            Haz copia de la carpeta de ajustes antes de actualizar; la nueva versión la convierte en el sitio.
            En macOS quizá tengas que permitir la aplicación en Ajustes del Sistema → Privacidad y seguridad la primera vez.
            Para desinstalar, borra el binario y la carpeta de ajustes; no se escribe nada más en el sistema.
            ¿La actualización conserva mis ajustes preestablecidos?
        """,
        "nl": """
            ^Installatie
            ^Upgraden van 3.x naar 4.0
            1. Download het archief voor je platform van de releasepagina.
            2. Pak het uit en zet het bestand `wavecut` in een map in je PATH.
            3. Voer `wavecut --version` uit om te controleren of de shell het vindt.
            Maak een back-up van de instellingenmap voor je upgradet; de nieuwe versie zet die ter plekke om.
            Op macOS moet je de app de eerste keer misschien toestaan via Systeeminstellingen → Privacy en beveiliging.
            Om te verwijderen wis je het programma en de instellingenmap; verder wordt er niets in het systeem geschreven.
            Blijven mijn eigen voorinstellingen bewaard bij de upgrade?
        """,
    }),
    Family("shortcuts_accessibility_text", P, "train", min_sentences=2, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Keyboard shortcuts
            ^Accessibility labels for the player
            | Action | Windows/Linux | macOS |↵|---|---|---|↵| New tab | Ctrl+T | ⌘T |↵| Find | Ctrl+F | ⌘F |↵| Zoom in | Ctrl++ | ⌘+ |
            Press F6 to move focus between the toolbar and the document.
            aria-label="Play" / aria-label="Pause" / aria-label="Mute sound"
            Button: Close dialog
            Image description: a bar chart of monthly rainfall, highest in November.
            The screen reader announces the progress every ten percent.
            Shift+Space scrolls up one page.
        """,
        "de": """
            ^Tastenkürzel
            ^Barrierefreie Beschriftungen für den Player
            | Aktion | Windows/Linux | macOS |↵|---|---|---|↵| Neuer Tab | Strg+T | ⌘T |↵| Suchen | Strg+F | ⌘F |↵| Vergrößern | Strg++ | ⌘+ |
            Mit F6 wechselt der Fokus zwischen Symbolleiste und Dokument.
            aria-label="Abspielen" / aria-label="Pause" / aria-label="Ton aus"
            Schaltfläche: Dialog schließen
            Bildbeschreibung: Säulendiagramm der monatlichen Niederschläge, am höchsten im November.
            Der Bildschirmleser sagt den Fortschritt alle zehn Prozent an.
            Umschalt+Leertaste blättert eine Seite nach oben.
        """,
        "fr": """
            ^Raccourcis clavier
            ^Libellés d'accessibilité du lecteur
            | Action | Windows/Linux | macOS |↵|---|---|---|↵| Nouvel onglet | Ctrl+T | ⌘T |↵| Rechercher | Ctrl+F | ⌘F |↵| Zoom avant | Ctrl++ | ⌘+ |
            F6 déplace le focus entre la barre d'outils et le document.
            aria-label="Lecture" / aria-label="Pause" / aria-label="Couper le son"
            Bouton : Fermer la boîte de dialogue
            Description de l'image : histogramme des pluies mensuelles, maximum en novembre.
            Le lecteur d'écran annonce la progression tous les dix pour cent.
            Maj+Espace remonte d'une page.
        """,
        "es": """
            ^Atajos de teclado
            ^Etiquetas de accesibilidad del reproductor
            | Acción | Windows/Linux | macOS |↵|---|---|---|↵| Nueva pestaña | Ctrl+T | ⌘T |↵| Buscar | Ctrl+F | ⌘F |↵| Acercar | Ctrl++ | ⌘+ |
            F6 mueve el foco entre la barra de herramientas y el documento.
            aria-label="Reproducir" / aria-label="Pausa" / aria-label="Silenciar"
            Botón: Cerrar diálogo
            Descripción de la imagen: gráfico de barras de la lluvia mensual, máxima en noviembre.
            El lector de pantalla anuncia el progreso cada diez por ciento.
            Mayús+Espacio sube una página.
        """,
        "nl": """
            ^Sneltoetsen
            ^Toegankelijkheidslabels voor de speler
            | Actie | Windows/Linux | macOS |↵|---|---|---|↵| Nieuw tabblad | Ctrl+T | ⌘T |↵| Zoeken | Ctrl+F | ⌘F |↵| Inzoomen | Ctrl++ | ⌘+ |
            F6 verplaatst de focus tussen de werkbalk en het document.
            aria-label="Afspelen" / aria-label="Pauze" / aria-label="Geluid uit"
            Knop: Venster sluiten
            Afbeeldingsbeschrijving: staafdiagram van de maandelijkse neerslag, het hoogst in november.
            De schermlezer meldt de voortgang om de tien procent.
            Shift+Spatie gaat een pagina omhoog.
        """,
    }),
    Family("open_source_tool_faq", P, "train", hard_negative=True, min_sentences=2, max_sentences=6, header_share=0.6, text={
        "en": """
            ^FAQ
            ^Frequently asked questions about wavecut
            Does wavecut upload my recordings anywhere?↵No. Everything runs locally; the program never opens a network connection.
            Can I use it for confidential interviews?↵Yes, the files never leave your machine, which is why journalists and researchers use it.
            Why is the Windows build flagged by my antivirus?↵Unsigned binaries are often flagged; the checksums on the release page let you verify the download.
            Is there a graphical interface?↵Not yet. A community front-end exists but is maintained separately.
            How do I report a bug?↵Open an issue with the command you ran and the full output.
            What licence is it under?↵GPL-3.0; you may use it at work without paying.
        """,
        "de": """
            ^Häufige Fragen zum Programm
            ^FAQ zu wavecut
            Lädt wavecut meine Aufnahmen irgendwo hoch?↵Nein. Alles läuft lokal; das Programm öffnet nie eine Netzwerkverbindung.
            Kann ich es für vertrauliche Interviews verwenden?↵Ja, die Dateien verlassen nie Ihren Rechner; deshalb nutzen es Journalisten und Forschende.
            Warum meldet mein Virenscanner die Windows-Version?↵Unsignierte Programme werden oft gemeldet; mit den Prüfsummen auf der Release-Seite lässt sich der Download prüfen.
            Gibt es eine grafische Oberfläche?↵Noch nicht. Es gibt ein Community-Frontend, das getrennt gepflegt wird.
            Wie melde ich einen Fehler?↵Eröffnen Sie ein Issue mit dem Befehl und der vollständigen Ausgabe.
            Unter welcher Lizenz steht es?↵GPL-3.0; Sie dürfen es kostenlos im Beruf einsetzen.
        """,
        "fr": """
            ^FAQ
            ^Questions fréquentes sur wavecut
            wavecut envoie-t-il mes enregistrements quelque part ?↵Non. Tout tourne en local ; le programme n'ouvre jamais de connexion réseau.
            Puis-je l'utiliser pour des entretiens confidentiels ?↵Oui, les fichiers ne quittent jamais votre machine ; c'est pour cela que des journalistes l'utilisent.
            Pourquoi mon antivirus signale-t-il la version Windows ?↵Les exécutables non signés le sont souvent ; les sommes de contrôle de la page des versions permettent de vérifier le téléchargement.
            Existe-t-il une interface graphique ?↵Pas encore. Une interface communautaire existe mais elle est maintenue à part.
            Comment signaler un bug ?↵Ouvrez un ticket avec la commande lancée et la sortie complète.
            Sous quelle licence est-il ?↵GPL-3.0 ; vous pouvez l'utiliser au travail sans payer.
        """,
        "es": """
            ^Preguntas frecuentes sobre el programa
            ^FAQ de wavecut
            ¿wavecut sube mis grabaciones a algún sitio?↵No. Todo se ejecuta en local; el programa nunca abre una conexión de red.
            ¿Puedo usarlo para entrevistas confidenciales?↵Sí, los archivos nunca salen de tu equipo; por eso lo usan periodistas e investigadores.
            ¿Por qué mi antivirus marca la versión de Windows?↵Los binarios sin firmar suelen marcarse; las sumas de comprobación de la página de versiones permiten verificar la descarga.
            ¿Hay interfaz gráfica?↵Todavía no. Existe una interfaz de la comunidad que se mantiene aparte.
            ¿Cómo informo de un fallo?↵Abre una incidencia con el comando que ejecutaste y la salida completa.
            ¿Con qué licencia se publica?↵GPL-3.0; puedes usarlo en el trabajo sin pagar.
        """,
        "nl": """
            ^Veelgestelde vragen
            ^FAQ over wavecut
            Uploadt wavecut mijn opnames ergens naartoe?↵Nee. Alles draait lokaal; het programma maakt nooit een netwerkverbinding.
            Kan ik het gebruiken voor vertrouwelijke interviews?↵Ja, de bestanden verlaten je computer nooit; daarom gebruiken journalisten en onderzoekers het.
            Waarom slaat mijn virusscanner alarm bij de Windows-versie?↵Niet-ondertekende programma's worden vaak gemeld; met de controlesommen op de releasepagina controleer je de download.
            Is er een grafische interface?↵Nog niet. Er bestaat een community-frontend die apart wordt onderhouden.
            Hoe meld ik een bug?↵Open een issue met het commando dat je draaide en de volledige uitvoer.
            Onder welke licentie valt het?↵GPL-3.0; je mag het gratis op je werk gebruiken.
        """,
    }),
    # -------------------------------------------------------------- plain everyday text
    Family("everyday_small_talk", P, "train", min_sentences=1, max_sentences=4, header_share=0.2, text={
        "en": """
            ^Quick question
            It's been raining all morning, so I'm staying in and reading.
            How long should I boil an egg if I want the yolk still soft?
            The neighbours' cat sat on our windowsill again today.
            Can you suggest a name for a small grey rabbit?
            We finally painted the kitchen; it looks twice as big now.
            Write a short birthday message for my aunt who loves gardening.
            The train was ten minutes late but the coffee was good.
            What rhymes with "orange"?
        """,
        "de": """
            ^Kurze Frage
            Es regnet schon den ganzen Vormittag, also bleibe ich drinnen und lese.
            Wie lange muss ein Ei kochen, damit das Eigelb noch weich ist?
            Die Katze der Nachbarn saß heute wieder auf unserer Fensterbank.
            Hast du einen Namen für ein kleines graues Kaninchen?
            Wir haben endlich die Küche gestrichen, sie wirkt jetzt doppelt so groß.
            Schreib mir einen kurzen Geburtstagsgruß für meine Tante, die gern gärtnert.
            Der Zug war zehn Minuten zu spät, aber der Kaffee war gut.
            Was reimt sich auf „Mensch“?
        """,
        "fr": """
            ^Petite question
            Il pleut depuis ce matin, alors je reste à l'intérieur avec un livre.
            Combien de temps faut-il cuire un œuf pour que le jaune reste coulant ?
            Le chat des voisins s'est encore installé sur notre rebord de fenêtre.
            Tu aurais un nom pour un petit lapin gris ?
            On a enfin repeint la cuisine, elle paraît deux fois plus grande.
            Écris un court message d'anniversaire pour ma tante qui adore jardiner.
            Le train avait dix minutes de retard mais le café était bon.
            Qu'est-ce qui rime avec « brouillard » ?
        """,
        "es": """
            ^Una pregunta rápida
            Lleva lloviendo toda la mañana, así que me quedo en casa leyendo.
            ¿Cuánto tiempo hay que cocer un huevo para que la yema quede blanda?
            El gato de los vecinos volvió a sentarse en nuestra ventana.
            ¿Se te ocurre un nombre para un conejito gris?
            Por fin pintamos la cocina y parece el doble de grande.
            Escribe un mensaje corto de cumpleaños para mi tía, a la que le encanta la jardinería.
            El tren llegó con diez minutos de retraso, pero el café estaba bueno.
            ¿Qué rima con «naranja»?
        """,
        "nl": """
            ^Snelle vraag
            Het regent al de hele ochtend, dus ik blijf binnen en lees een boek.
            Hoe lang moet ik een ei koken als de dooier zacht moet blijven?
            De kat van de buren zat vandaag weer op onze vensterbank.
            Weet jij een naam voor een klein grijs konijn?
            We hebben eindelijk de keuken geverfd, hij lijkt nu twee keer zo groot.
            Schrijf een korte verjaardagswens voor mijn tante die dol is op tuinieren.
            De trein was tien minuten te laat, maar de koffie was lekker.
            Wat rijmt er op "oranje"?
        """,
    }),
    Family("weekend_walk_diary", P, "train", min_sentences=2, max_sentences=7, header_share=0.4, text={
        "en": """
            ^Saturday, {date}
            ^Holiday diary, day {n}
            We took the path along the canal as far as the lock and sat on the bench to watch the boats.
            From the top of the hill you could see the whole valley, the church tower and the lake behind it.
            The sun came out after lunch, so we hired bikes and rode to the beach.
            The market was busy; we bought cherries, a loaf of rye bread and far too much cheese.
            In the evening we played cards on the terrace until it got too cold.
            The campsite is quiet, the showers are clean and the owner's dog follows everyone around.
            Tomorrow we want to try the longer loop through the forest if the weather holds.
            We crossed the iron bridge by the harbour and watched the ferry come in against a strong north wind.
            At the summit it was too windy to stand; below us the pine woods and the fields ran down to the sea.
            The footpath over the meadows to the stone bridge is muddy after rain, so bring boots.
        """,
        "de": """
            ^Samstag, {date}
            ^Urlaubstagebuch, Tag {n}
            Wir sind am Kanal entlang bis zur Schleuse gegangen und haben uns auf die Bank gesetzt, um den Booten zuzusehen.
            Vom Hügel aus sah man das ganze Tal, den Kirchturm und dahinter den See.
            Nach dem Mittagessen kam die Sonne heraus, also haben wir Räder geliehen und sind zum Strand gefahren.
            Auf dem Markt war viel los; wir kauften Kirschen, ein Roggenbrot und viel zu viel Käse.
            Abends haben wir auf der Terrasse Karten gespielt, bis es zu kalt wurde.
            Der Campingplatz ist ruhig, die Duschen sind sauber und der Hund des Besitzers läuft allen hinterher.
            Morgen wollen wir die lange Runde durch den Wald gehen, wenn das Wetter hält.
            An der Isar entlang ging es bis zur alten Steinbrücke, dann über den Hafen zurück in die Altstadt.
            Im Schwarzwald war es neblig, aber vom Aussichtspunkt mit Alpenblick sah man am Nachmittag die Gipfel.
            Im Elbtal sind wir mit der Fähre über den Fluss und haben am Rheinufer ein Eis gegessen.
        """,
        "fr": """
            ^Samedi {date}
            ^Carnet de vacances, jour {n}
            Nous avons suivi le chemin du canal jusqu'à l'écluse et nous sommes assis sur le banc pour regarder les bateaux.
            Du haut de la colline on voyait toute la vallée, le clocher et le lac derrière.
            Le soleil est sorti après le déjeuner, alors nous avons loué des vélos pour aller jusqu'à la plage.
            Le marché était animé ; nous avons acheté des cerises, un pain de seigle et beaucoup trop de fromage.
            Le soir, nous avons joué aux cartes sur la terrasse jusqu'à ce qu'il fasse trop froid.
            Le camping est calme, les douches sont propres et le chien du propriétaire suit tout le monde.
            Demain nous voulons faire la grande boucle par la forêt si le temps tient.
            En Bretagne, nous avons traversé le vieux pont de pierre jusqu'au port pour voir rentrer les bateaux.
            La lumière du soir sur la Côte d'Azur était magnifique, la mer presque violette.
            En Provence, le sentier passe entre les champs de lavande jusqu'à un petit pont romain.
        """,
        "es": """
            ^Sábado, {date}
            ^Diario de vacaciones, día {n}
            Fuimos por el camino del canal hasta la esclusa y nos sentamos en el banco a ver pasar los barcos.
            Desde lo alto de la colina se veía todo el valle, el campanario y el lago detrás.
            Después de comer salió el sol, así que alquilamos bicis y fuimos hasta la playa.
            El mercado estaba lleno; compramos cerezas, un pan de centeno y demasiado queso.
            Por la noche jugamos a las cartas en la terraza hasta que hizo demasiado frío.
            El camping es tranquilo, las duchas están limpias y el perro del dueño sigue a todo el mundo.
            Mañana queremos hacer la ruta larga por el bosque si aguanta el tiempo.
            Cruzamos el puente viejo hasta el puerto y vimos entrar los pesqueros con viento de levante.
            Desde la meseta se veían los campos amarillos hasta el horizonte; en Andalucía ya hacía calor.
            Nos bañamos en el Mediterráneo por la tarde y cenamos pescado junto al puente de piedra.
        """,
        "nl": """
            ^Zaterdag {date}
            ^Vakantiedagboek, dag {n}
            We liepen langs het kanaal tot aan de sluis en gingen op het bankje zitten om naar de boten te kijken.
            Vanaf de heuvel zag je het hele dal, de kerktoren en het meer erachter.
            Na de lunch kwam de zon door, dus we huurden fietsen en reden naar het strand.
            Op de markt was het druk; we kochten kersen, een roggebrood en veel te veel kaas.
            's Avonds speelden we kaart op het terras tot het te koud werd.
            De camping is rustig, de douches zijn schoon en de hond van de eigenaar loopt iedereen achterna.
            Morgen willen we de lange ronde door het bos lopen als het weer goed blijft.
            We fietsten door de polder naar de oude brug bij de haven en keken naar de schepen.
            Langs de Amstel was het druk met roeiers; bij de ophaalbrug dronken we koffie in de zon.
            In Zeeland liepen we over de dijk naar de Deltawerken, de wind kwam hard uit het westen.
        """,
    }),
    Family("sensor_weather_readings", P, "train", min_sentences=2, max_sentences=5, header_share=0.5, text={
        "en": """
            ^Plot these readings for me
            ^Weather station export
            timestamp,temp_c,humidity,pressure_hpa↵2024-05-0{n} 06:00,11.{n},82,1013↵2024-05-0{n} 12:00,1{n}.4,61,1011↵2024-05-0{n} 18:00,16.2,70,1010
            date\tmin\tmax\train_mm↵Mon\t8\t1{n}\t0.0↵Tue\t9\t17\t4.{n}↵Wed\t7\t15\t1{n}.2
            [{{"sensor": "greenhouse-1", "t": 2{n}.1, "rh": 64}}, {{"sensor": "greenhouse-2", "t": 19.8, "rh": 71}}]
            What is the average temperature over these days, and which day was wettest?
            The soil moisture sensor drops to zero every night at 02:00; is that a logging gap?
            | Month | Sunshine (h) | Rain (mm) |↵|---|---|---|↵| April | 1{n}0 | 4{n} |↵| May | 2{n}1 | 38 |
        """,
        "de": """
            ^Zeichne mir diese Messwerte als Diagramm
            ^Export der Wetterstation
            zeitpunkt;temp_c;feuchte;druck_hpa↵2024-05-0{n} 06:00;11,{n};82;1013↵2024-05-0{n} 12:00;1{n},4;61;1011↵2024-05-0{n} 18:00;16,2;70;1010
            datum\tmin\tmax\tregen_mm↵Mo\t8\t1{n}\t0,0↵Di\t9\t17\t4,{n}↵Mi\t7\t15\t1{n},2
            [{{"sensor": "gewaechshaus-1", "t": 2{n}.1, "rf": 64}}, {{"sensor": "gewaechshaus-2", "t": 19.8, "rf": 71}}]
            Wie hoch ist die Durchschnittstemperatur dieser Tage, und welcher Tag war am nassesten?
            Der Bodenfeuchtesensor fällt jede Nacht um 02:00 auf null; ist das eine Lücke in der Aufzeichnung?
            | Monat | Sonne (h) | Regen (mm) |↵|---|---|---|↵| April | 1{n}0 | 4{n} |↵| Mai | 2{n}1 | 38 |
        """,
        "fr": """
            ^Fais-moi un graphique de ces mesures
            ^Export de la station météo
            horodatage;temp_c;humidite;pression_hpa↵2024-05-0{n} 06:00;11,{n};82;1013↵2024-05-0{n} 12:00;1{n},4;61;1011↵2024-05-0{n} 18:00;16,2;70;1010
            date\tmin\tmax\tpluie_mm↵lun\t8\t1{n}\t0,0↵mar\t9\t17\t4,{n}↵mer\t7\t15\t1{n},2
            [{{"capteur": "serre-1", "t": 2{n}.1, "hr": 64}}, {{"capteur": "serre-2", "t": 19.8, "hr": 71}}]
            Quelle est la température moyenne sur ces jours, et quel jour a été le plus pluvieux ?
            Le capteur d'humidité du sol tombe à zéro chaque nuit à 2 h ; est-ce un trou dans l'enregistrement ?
            | Mois | Ensoleillement (h) | Pluie (mm) |↵|---|---|---|↵| Avril | 1{n}0 | 4{n} |↵| Mai | 2{n}1 | 38 |
        """,
        "es": """
            ^Hazme una gráfica con estas lecturas
            ^Exportación de la estación meteorológica
            fecha_hora;temp_c;humedad;presion_hpa↵2024-05-0{n} 06:00;11,{n};82;1013↵2024-05-0{n} 12:00;1{n},4;61;1011↵2024-05-0{n} 18:00;16,2;70;1010
            fecha\tmin\tmax\tlluvia_mm↵lun\t8\t1{n}\t0,0↵mar\t9\t17\t4,{n}↵mié\t7\t15\t1{n},2
            [{{"sensor": "invernadero-1", "t": 2{n}.1, "hr": 64}}, {{"sensor": "invernadero-2", "t": 19.8, "hr": 71}}]
            ¿Cuál es la temperatura media de estos días y qué día llovió más?
            El sensor de humedad del suelo cae a cero cada noche a las 02:00; ¿es un hueco en el registro?
            | Mes | Sol (h) | Lluvia (mm) |↵|---|---|---|↵| Abril | 1{n}0 | 4{n} |↵| Mayo | 2{n}1 | 38 |
        """,
        "nl": """
            ^Maak een grafiek van deze metingen
            ^Export van het weerstation
            tijdstip;temp_c;vochtigheid;druk_hpa↵2024-05-0{n} 06:00;11,{n};82;1013↵2024-05-0{n} 12:00;1{n},4;61;1011↵2024-05-0{n} 18:00;16,2;70;1010
            datum\tmin\tmax\tregen_mm↵ma\t8\t1{n}\t0,0↵di\t9\t17\t4,{n}↵wo\t7\t15\t1{n},2
            [{{"sensor": "kas-1", "t": 2{n}.1, "rv": 64}}, {{"sensor": "kas-2", "t": 19.8, "rv": 71}}]
            Wat is de gemiddelde temperatuur over deze dagen, en welke dag was het natst?
            De bodemvochtsensor valt elke nacht om 02:00 naar nul; is dat een gat in de registratie?
            | Maand | Zon (u) | Regen (mm) |↵|---|---|---|↵| april | 1{n}0 | 4{n} |↵| mei | 2{n}1 | 38 |
        """,
    }),
    Family("product_sports_tables", P, "train", min_sentences=2, max_sentences=5, header_share=0.5, text={
        "en": """
            ^Sort this list by stock, lowest first
            ^League table after round {n}
            sku,name,colour,stock,unit_price↵W-100,widget small,red,{n}4,2.50↵W-200,widget large,blue,1{n},4.75↵G-310,gadget,green,0,9.90
            | Pos | Team | P | W | D | L | Pts |↵|---|---|---|---|---|---|---|↵| 1 | Riverside | {n} | 9 | 2 | 1 | 29 |↵| 2 | Hillford | {n} | 8 | 3 | 1 | 27 |
            [{{"item": "bolt M6", "qty": {n}0, "bin": "A3"}}, {{"item": "washer 6mm", "qty": 4{n}0, "bin": "A4"}}]
            product\tweight_g\tpack↵tea, green\t250\t20↵tea, black\t500\t40↵rooibos\t{n}0\t20
            Which widget colour sells out fastest if each sells {n} a week?
            Add a column with the total value of each row.
        """,
        "de": """
            ^Sortiere die Liste nach Bestand, kleinster zuerst
            ^Tabelle nach dem {n}. Spieltag
            artikel;bezeichnung;farbe;bestand;stueckpreis↵W-100;Widget klein;rot;{n}4;2,50↵W-200;Widget groß;blau;1{n};4,75↵G-310;Gadget;grün;0;9,90
            | Pl. | Verein | Sp | S | U | N | Pkt |↵|---|---|---|---|---|---|---|↵| 1 | Auental | {n} | 9 | 2 | 1 | 29 |↵| 2 | Bergheim | {n} | 8 | 3 | 1 | 27 |
            [{{"teil": "Schraube M6", "menge": {n}0, "fach": "A3"}}, {{"teil": "Scheibe 6 mm", "menge": 4{n}0, "fach": "A4"}}]
            produkt\tgewicht_g\tpackung↵Tee, grün\t250\t20↵Tee, schwarz\t500\t40↵Rooibos\t{n}0\t20
            Welche Widget-Farbe ist zuerst ausverkauft, wenn von jeder {n} pro Woche verkauft werden?
            Füge eine Spalte mit dem Gesamtwert je Zeile hinzu.
        """,
        "fr": """
            ^Trie cette liste par stock, du plus bas au plus haut
            ^Classement après la {n}e journée
            ref;nom;couleur;stock;prix_unitaire↵W-100;widget petit;rouge;{n}4;2,50↵W-200;widget grand;bleu;1{n};4,75↵G-310;gadget;vert;0;9,90
            | Pos | Équipe | J | G | N | P | Pts |↵|---|---|---|---|---|---|---|↵| 1 | Bords-de-Loire | {n} | 9 | 2 | 1 | 29 |↵| 2 | Montclair | {n} | 8 | 3 | 1 | 27 |
            [{{"article": "vis M6", "qte": {n}0, "bac": "A3"}}, {{"article": "rondelle 6 mm", "qte": 4{n}0, "bac": "A4"}}]
            produit\tpoids_g\tsachets↵thé vert\t250\t20↵thé noir\t500\t40↵rooibos\t{n}0\t20
            Quelle couleur de widget sera épuisée en premier s'il s'en vend {n} par semaine ?
            Ajoute une colonne avec la valeur totale de chaque ligne.
        """,
        "es": """
            ^Ordena esta lista por existencias, de menor a mayor
            ^Clasificación tras la jornada {n}
            ref;nombre;color;stock;precio_unidad↵W-100;widget pequeño;rojo;{n}4;2,50↵W-200;widget grande;azul;1{n};4,75↵G-310;gadget;verde;0;9,90
            | Pos | Equipo | PJ | G | E | P | Pts |↵|---|---|---|---|---|---|---|↵| 1 | Ribera | {n} | 9 | 2 | 1 | 29 |↵| 2 | Montealto | {n} | 8 | 3 | 1 | 27 |
            [{{"pieza": "tornillo M6", "cantidad": {n}0, "caja": "A3"}}, {{"pieza": "arandela 6 mm", "cantidad": 4{n}0, "caja": "A4"}}]
            producto\tpeso_g\tbolsitas↵té verde\t250\t20↵té negro\t500\t40↵rooibos\t{n}0\t20
            ¿Qué color de widget se agota antes si se venden {n} a la semana de cada uno?
            Añade una columna con el valor total de cada fila.
        """,
        "nl": """
            ^Sorteer deze lijst op voorraad, laagste eerst
            ^Stand na speelronde {n}
            artikel;naam;kleur;voorraad;stukprijs↵W-100;widget klein;rood;{n}4;2,50↵W-200;widget groot;blauw;1{n};4,75↵G-310;gadget;groen;0;9,90
            | Pos | Club | G | W | GL | V | Ptn |↵|---|---|---|---|---|---|---|↵| 1 | Rivierdal | {n} | 9 | 2 | 1 | 29 |↵| 2 | Heuvelrug | {n} | 8 | 3 | 1 | 27 |
            [{{"onderdeel": "bout M6", "aantal": {n}0, "bak": "A3"}}, {{"onderdeel": "ring 6 mm", "aantal": 4{n}0, "bak": "A4"}}]
            product\tgewicht_g\tzakjes↵thee, groen\t250\t20↵thee, zwart\t500\t40↵rooibos\t{n}0\t20
            Welke kleur widget is het eerst uitverkocht als er van elke {n} per week verkocht worden?
            Voeg een kolom toe met de totale waarde per regel.
        """,
    }),
    # ------------------------------------------------ sensitive twins on the same topics
    Family("crash_report_customer_circumstances", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Crash report #{n}{n} – payment plan screen
            ^Support escalation: app crashes for one customer
            2024-03-{n}T10:04:1{n}Z ERROR plan_service: recalculation failed for {name}, arrears {amount}, three missed instalments
            Context from the agent: {first} is in chemotherapy and asked to pause repayments until treatment ends.
            The crash happens when the hardship flag and the debt-collection hold are both set on {first}'s account.
            Stack trace attached; the customer note field contains {first}'s description of the cancer diagnosis, so do not paste it into the public tracker.
            {name} told the call centre she has been out of work since {date} and is behind on rent as well.
            Repro: open {first}'s repayment schedule, switch to "reduced", the app closes.
            Can someone fix this before {first}'s next collection date? She is very distressed.
        """,
        "de": """
            ^Absturzbericht #{n}{n} – Ratenplan-Ansicht
            ^Support-Eskalation: App stürzt bei einer Kundin ab
            2024-03-{n}T10:04:1{n}Z ERROR plan_service: Neuberechnung für {name} fehlgeschlagen, Rückstand {amount}, drei ausgefallene Raten
            Hinweis aus dem Service: {first} ist in Chemotherapie und bat, die Rückzahlung bis zum Ende der Behandlung auszusetzen.
            Der Absturz tritt auf, wenn bei {first} sowohl die Härtefall-Markierung als auch der Inkasso-Stopp gesetzt sind.
            Stacktrace anbei; im Notizfeld beschreibt {first} ihre Krebsdiagnose, also bitte nicht in den öffentlichen Tracker kopieren.
            {name} sagte der Hotline, dass sie seit {date} arbeitslos ist und auch mit der Miete im Rückstand.
            Nachstellen: {first}s Tilgungsplan öffnen, auf „reduziert“ stellen, die App schließt sich.
            Kann das jemand vor {first}s nächstem Abbuchungstermin beheben? Sie ist sehr aufgewühlt.
        """,
        "fr": """
            ^Rapport de plantage n° {n}{n} – écran de l'échéancier
            ^Escalade support : l'appli plante pour une cliente
            2024-03-{n}T10:04:1{n}Z ERROR plan_service: recalcul impossible pour {name}, arriérés {amount}, trois échéances impayées
            Précision du conseiller : {first} suit une chimiothérapie et a demandé de suspendre les remboursements jusqu'à la fin du traitement.
            Le plantage survient quand le dossier de {first} porte à la fois l'indicateur de difficulté et le gel du recouvrement.
            Trace jointe ; le champ de note contient la description du cancer de {first}, ne la collez pas dans le tracker public.
            {name} a dit au centre d'appels qu'elle est sans emploi depuis le {date} et en retard de loyer aussi.
            Reproduction : ouvrir l'échéancier de {first}, passer en « réduit », l'appli se ferme.
            Quelqu'un peut corriger avant le prochain prélèvement de {first} ? Elle est très angoissée.
        """,
        "es": """
            ^Informe de cierre n.º {n}{n} – pantalla del plan de pagos
            ^Escalado de soporte: la app se cierra a una clienta
            2024-03-{n}T10:04:1{n}Z ERROR plan_service: fallo al recalcular para {name}, deuda {amount}, tres cuotas impagadas
            Nota del agente: {first} está en quimioterapia y pidió aplazar los pagos hasta acabar el tratamiento.
            El cierre ocurre cuando la cuenta de {first} tiene a la vez la marca de vulnerabilidad y el bloqueo de recobro.
            Traza adjunta; el campo de notas recoge cómo describe {first} su diagnóstico de cáncer, no lo peguéis en el tracker público.
            {name} contó al centro de llamadas que está en paro desde el {date} y que también debe el alquiler.
            Reproducir: abrir el calendario de pagos de {first}, cambiar a «reducido», la app se cierra.
            ¿Alguien puede arreglarlo antes del próximo cargo a {first}? Está muy angustiada.
        """,
        "nl": """
            ^Crashrapport #{n}{n} – scherm betalingsregeling
            ^Escalatie support: app crasht bij één klant
            2024-03-{n}T10:04:1{n}Z ERROR plan_service: herberekening mislukt voor {name}, achterstand {amount}, drie gemiste termijnen
            Toelichting van de medewerker: {first} krijgt chemotherapie en vroeg de aflossing op te schorten tot de behandeling klaar is.
            De crash treedt op als bij {first} zowel de schrijnende-situatievlag als de incassostop aan staan.
            Stacktrace bijgevoegd; in het notitieveld beschrijft {first} haar kankerdiagnose, dus niet in de openbare tracker plakken.
            {name} vertelde het callcenter dat ze sinds {date} zonder werk zit en ook achterloopt met de huur.
            Reproduceren: open de aflossingsplanning van {first}, zet op "verlaagd", de app sluit.
            Kan iemand dit oplossen voor de volgende incasso bij {first}? Ze is erg overstuur.
        """,
    }),
    Family("ticket_export_staff_absence", C, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Support bundle export – tickets assigned to the help-desk lead
            ^ticket_export.csv (HR queue)
            id,opened,summary,notes↵{n}41,{date},"Reset laptop for {name}","On sick leave since March for burnout, return date unknown"
            {first} received a written warning for repeatedly logging in to other agents' accounts; a second incident means dismissal.
            HR note on the ticket: {name}'s absence is related to a miscarriage, keep it out of the team channel.
            The access review flagged {first}'s account after the disciplinary hearing on {date}; access stays suspended.
            {first} has used {n} sick days this year and is now under the absence-management procedure.
            Reassign {first}'s open tickets quietly; the team has been told only that he is away.
        """,
        "de": """
            ^Export des Support-Bundles – Tickets der Helpdesk-Leitung
            ^ticket_export.csv (Personal-Warteschlange)
            id;eröffnet;betreff;notizen↵{n}41;{date};"Laptop für {name} zurücksetzen";"Seit März wegen Burnout krankgeschrieben, Rückkehr offen"
            {first} hat eine Abmahnung erhalten, weil er sich wiederholt in Konten anderer Kollegen angemeldet hat; beim nächsten Vorfall droht die Kündigung.
            HR-Notiz am Ticket: {name}s Fehlzeit hängt mit einer Fehlgeburt zusammen, bitte nicht im Team-Kanal erwähnen.
            Die Zugriffsprüfung hat {first}s Konto nach dem Personalgespräch am {date} markiert; der Zugang bleibt gesperrt.
            {first} hatte dieses Jahr {n} Krankheitstage und ist jetzt im Fehlzeitenverfahren.
            {first}s offene Tickets bitte unauffällig umverteilen; dem Team wurde nur gesagt, er sei abwesend.
        """,
        "fr": """
            ^Export du bundle support – tickets affectés au responsable du helpdesk
            ^ticket_export.csv (file RH)
            id;ouvert;objet;notes↵{n}41;{date};"Réinitialiser le portable de {name}";"En arrêt maladie depuis mars pour burn-out, date de retour inconnue"
            {first} a reçu un avertissement écrit pour s'être connecté à plusieurs reprises sur les comptes de collègues ; un nouvel incident entraînera un licenciement.
            Note RH sur le ticket : l'absence de {name} fait suite à une fausse couche, ne pas en parler sur le canal de l'équipe.
            La revue des accès a signalé le compte de {first} après l'entretien disciplinaire du {date} ; l'accès reste suspendu.
            {first} cumule {n} jours d'arrêt cette année et relève désormais de la procédure de suivi des absences.
            Réaffectez discrètement les tickets ouverts de {first} ; l'équipe sait seulement qu'il est absent.
        """,
        "es": """
            ^Exportación del paquete de soporte – tickets del responsable del helpdesk
            ^ticket_export.csv (cola de RR. HH.)
            id;abierto;asunto;notas↵{n}41;{date};"Restablecer portátil de {name}";"De baja desde marzo por burnout, sin fecha de vuelta"
            {first} recibió una amonestación por escrito por entrar varias veces en cuentas de otros compañeros; otro incidente supondrá el despido.
            Nota de RR. HH. en el ticket: la ausencia de {name} se debe a un aborto espontáneo, no lo comentéis en el canal del equipo.
            La revisión de accesos marcó la cuenta de {first} tras la audiencia disciplinaria del {date}; el acceso sigue suspendido.
            {first} lleva {n} días de baja este año y ya está en el procedimiento de control de absentismo.
            Reasignad sin ruido los tickets abiertos de {first}; al equipo solo se le ha dicho que está fuera.
        """,
        "nl": """
            ^Export supportbundel – tickets van de helpdeskleider
            ^ticket_export.csv (HR-wachtrij)
            id;geopend;onderwerp;notities↵{n}41;{date};"Laptop resetten voor {name}";"Sinds maart ziek met een burn-out, terugkeer onbekend"
            {first} kreeg een schriftelijke waarschuwing omdat hij herhaaldelijk inlogde op accounts van collega's; bij een volgend incident volgt ontslag.
            HR-notitie bij het ticket: het verzuim van {name} hangt samen met een miskraam, niet noemen in het teamkanaal.
            De toegangscontrole markeerde het account van {first} na het disciplinaire gesprek op {date}; de toegang blijft geblokkeerd.
            {first} heeft dit jaar {n} ziektedagen en valt nu onder de verzuimprocedure.
            Verdeel de open tickets van {first} stilletjes; het team weet alleen dat hij er niet is.
        """,
    }),
    Family("salary_seed_fixture", C, "train", min_sentences=3, max_sentences=6, header_share=0.5, text={
        "en": """
            ^Can you turn this seed file into a SQL insert script?
            ^fixtures/staff_pay.csv – copied from the live payroll export
            employee,department,base_salary,bonus,notes↵{name},Finance,{amount},12%,on performance plan↵{name2},Sales,{amount2},30%,retention bonus agreed
            [{{"name": "{name}", "grade": "M3", "salary": "{amount}", "garnishment": "court-ordered, 15%"}}]
            These rows are real people's current pay; we used them because the fake data did not hit the tax brackets.
            {first} is paid {amount} while the other team leads are below that; keep this fixture out of the public repo.
            | Employee | Salary | Last raise |↵|---|---|---|↵| {name} | {amount} | {pct} |↵| {name2} | {amount2} | 0% |
            Note in the fixture: {name2} gets a salary advance every month to cover a wage garnishment.
        """,
        "de": """
            ^Mach aus dieser Seed-Datei ein SQL-Insert-Skript
            ^fixtures/gehaelter.csv – aus dem echten Lohnexport kopiert
            mitarbeiter;abteilung;grundgehalt;bonus;notiz↵{name};Finanzen;{amount};12 %;im Leistungsverbesserungsplan↵{name2};Vertrieb;{amount2};30 %;Halteprämie vereinbart
            [{{"name": "{name}", "stufe": "M3", "gehalt": "{amount}", "pfaendung": "gerichtlich, 15 %"}}]
            Das sind die aktuellen Gehälter echter Kolleginnen und Kollegen; wir haben sie genommen, weil die Testdaten die Steuerstufen nicht trafen.
            {first} verdient {amount}, die anderen Teamleitungen liegen darunter; diese Fixture gehört nicht ins öffentliche Repo.
            | Mitarbeiter | Gehalt | Letzte Erhöhung |↵|---|---|---|↵| {name} | {amount} | {pct} |↵| {name2} | {amount2} | 0 % |
            Notiz in der Fixture: {name2} bekommt jeden Monat einen Gehaltsvorschuss wegen einer Lohnpfändung.
        """,
        "fr": """
            ^Transforme ce fichier de seed en script d'insertion SQL
            ^fixtures/salaires.csv – copié de l'export de paie réel
            salarie;service;salaire_base;prime;note↵{name};Finance;{amount};12 %;plan d'amélioration en cours↵{name2};Ventes;{amount2};30 %;prime de fidélisation accordée
            [{{"nom": "{name}", "niveau": "M3", "salaire": "{amount}", "saisie": "saisie sur salaire, 15 %"}}]
            Ce sont les salaires actuels de vrais collègues ; on les a pris car les fausses données ne tombaient pas dans les tranches d'impôt.
            {first} touche {amount} alors que les autres chefs d'équipe sont en dessous ; ce jeu de données ne doit pas aller dans le dépôt public.
            | Salarié | Salaire | Dernière hausse |↵|---|---|---|↵| {name} | {amount} | {pct} |↵| {name2} | {amount2} | 0 % |
            Note dans le fichier : {name2} reçoit une avance sur salaire chaque mois à cause d'une saisie sur rémunération.
        """,
        "es": """
            ^Convierte este fichero de seed en un script de inserción SQL
            ^fixtures/salarios.csv – copiado de la exportación real de nóminas
            empleado;departamento;salario_base;bonus;nota↵{name};Finanzas;{amount};12 %;en plan de mejora↵{name2};Ventas;{amount2};30 %;bonus de retención pactado
            [{{"nombre": "{name}", "nivel": "M3", "salario": "{amount}", "embargo_nomina": "judicial, 15 %"}}]
            Son los sueldos actuales de compañeros reales; los usamos porque los datos falsos no caían en los tramos del IRPF.
            {first} cobra {amount} y los demás jefes de equipo están por debajo; este fixture no debe ir al repositorio público.
            | Empleado | Salario | Última subida |↵|---|---|---|↵| {name} | {amount} | {pct} |↵| {name2} | {amount2} | 0 % |
            Nota en el fixture: {name2} recibe un anticipo de nómina cada mes para cubrir un embargo de salario.
        """,
        "nl": """
            ^Maak van dit seedbestand een SQL-insertscript
            ^fixtures/salarissen.csv – gekopieerd uit de echte salarisexport
            medewerker;afdeling;basissalaris;bonus;notitie↵{name};Financiën;{amount};12%;in verbetertraject↵{name2};Verkoop;{amount2};30%;blijfbonus afgesproken
            [{{"naam": "{name}", "schaal": "M3", "salaris": "{amount}", "beslag": "loonbeslag, 15%"}}]
            Dit zijn de huidige salarissen van echte collega's; we namen ze omdat de nepdata de belastingschijven niet raakte.
            {first} verdient {amount} terwijl de andere teamleiders daaronder zitten; deze fixture hoort niet in de openbare repo.
            | Medewerker | Salaris | Laatste verhoging |↵|---|---|---|↵| {name} | {amount} | {pct} |↵| {name2} | {amount2} | 0% |
            Notitie in de fixture: {name2} krijgt elke maand een voorschot op het salaris vanwege loonbeslag.
        """,
    }),
    Family("commit_counsel_pull_feature", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Remove auto-renew reminder feature (per legal)
            ^PR #{n}{n}: disable the price-match banner in all regions
            Legal asked us to take this out: in-house counsel's view is that the banner's wording supports the claim in the lawsuit {company} brought against us.
            Counsel advised not to mention the lawsuit in the public changelog; the release note just says "feature retired".
            Per the general counsel, keep the old code on a private branch: deleting it could look like destroying evidence.
            Do not discuss in the PR comments why the feature is going; questions go to the legal team directly.
            Counsel's assessment is that the reminder e-mails could be read as misleading under consumer law, and that settling is likely cheaper if we stop now.
            Reviewer: please approve without asking for the rationale, it comes from legal's advice to management.
        """,
        "de": """
            ^Automatische Verlängerungserinnerung entfernt (auf Anweisung der Rechtsabteilung)
            ^PR #{n}{n}: Preisgarantie-Banner in allen Regionen abschalten
            Die Rechtsabteilung hat uns gebeten, das auszubauen: Nach Einschätzung unserer Syndikusanwältin stützt der Bannertext die Klage, die {company} gegen uns erhoben hat.
            Die Juristin rät, die Klage im öffentlichen Changelog nicht zu erwähnen; dort steht nur „Funktion eingestellt“.
            Laut Chefjustiziar soll der alte Code auf einem privaten Zweig bleiben: Löschen könnte wie Beweisvernichtung aussehen.
            Bitte in den PR-Kommentaren nicht diskutieren, warum die Funktion wegfällt; Fragen direkt an die Rechtsabteilung.
            Die Juristin hält die Erinnerungsmails nach Verbraucherrecht für möglicherweise irreführend; ein Vergleich sei günstiger, wenn wir jetzt aufhören.
            Reviewer: bitte ohne Nachfrage zur Begründung freigeben, sie stammt aus der Rechtsberatung an die Geschäftsführung.
        """,
        "fr": """
            ^Retrait du rappel de renouvellement automatique (demande du juridique)
            ^PR #{n}{n} : désactiver la bannière d'alignement des prix partout
            Le juridique nous demande de retirer ceci : selon notre juriste interne, le texte de la bannière appuie la demande du procès que {company} nous a intenté.
            La juriste conseille de ne pas mentionner le procès dans le changelog public ; la note dit seulement « fonction retirée ».
            Selon la directrice juridique, garder l'ancien code sur une branche privée : le supprimer pourrait passer pour une destruction de preuves.
            Ne discutez pas dans les commentaires de la PR des raisons du retrait ; les questions vont directement au service juridique.
            D'après la juriste, les e-mails de rappel pourraient être jugés trompeurs au regard du droit de la consommation, et transiger coûterait moins cher si on arrête maintenant.
            Relecture : merci d'approuver sans demander la justification, elle vient de l'avis du juridique à la direction.
        """,
        "es": """
            ^Quitar el recordatorio de renovación automática (por indicación de legal)
            ^PR #{n}{n}: desactivar el banner de igualación de precios en todas las regiones
            Legal nos pide quitarlo: según nuestra abogada interna, el texto del banner da apoyo a la demanda que {company} ha presentado contra nosotros.
            La abogada aconseja no mencionar la demanda en el changelog público; la nota solo dice «función retirada».
            Según el director jurídico, hay que guardar el código antiguo en una rama privada: borrarlo podría parecer destrucción de pruebas.
            No discutáis en los comentarios del PR por qué se retira; las preguntas, directamente al equipo legal.
            La abogada considera que los correos de recordatorio podrían verse como engañosos según la ley de consumo, y que llegar a un acuerdo saldría más barato si paramos ya.
            Revisión: aprobad sin pedir la justificación, viene del asesoramiento de legal a la dirección.
        """,
        "nl": """
            ^Herinnering automatische verlenging verwijderd (op advies van juridische zaken)
            ^PR #{n}{n}: prijsgarantiebanner in alle regio's uitzetten
            Juridische zaken vroeg ons dit eruit te halen: volgens onze bedrijfsjurist ondersteunt de tekst van de banner de eis in de rechtszaak die {company} tegen ons heeft aangespannen.
            De jurist raadt aan de rechtszaak niet in de openbare changelog te noemen; daar staat alleen "functie stopgezet".
            Volgens de hoofdjurist moet de oude code op een privébranch blijven: verwijderen kan eruitzien als het vernietigen van bewijs.
            Bespreek in de PR-opmerkingen niet waarom de functie verdwijnt; vragen rechtstreeks naar juridische zaken.
            De jurist vindt dat de herinneringsmails onder consumentenrecht als misleidend kunnen gelden, en dat schikken goedkoper is als we nu stoppen.
            Reviewer: graag goedkeuren zonder naar de reden te vragen, die komt uit het juridisch advies aan de directie.
        """,
    }),
    Family("incident_channel_outside_counsel", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^#inc-{n}{n}-response (restricted)
            ^Incident channel summary for the response team
            [09:14] Outside counsel joined the call; from now on the forensics firm reports to them, not to us.
            [09:20] Counsel: do not write conclusions about the cause in this channel, only facts and timestamps.
            [09:31] Counsel's view is that we probably have to notify the supervisory authority within 72 hours; they are drafting the notice.
            [09:45] Per the lawyers, the log export goes straight to the forensics firm under their engagement, not into the shared drive.
            [10:02] Counsel asked whether the bucket was public before {date}; the answer changes their advice on notifying customers.
            Reminder from the lawyers: no statements to the press or to {company} until they have reviewed them.
        """,
        "de": """
            ^#inc-{n}{n}-reaktion (eingeschränkt)
            ^Zusammenfassung des Incident-Kanals für das Response-Team
            [09:14] Die externe Kanzlei ist jetzt in der Telefonkonferenz; die Forensikfirma berichtet ab jetzt an sie, nicht an uns.
            [09:20] Anwalt: keine Schlussfolgerungen zur Ursache in diesem Kanal, nur Fakten und Zeitstempel.
            [09:31] Nach Einschätzung der Kanzlei müssen wir die Aufsichtsbehörde wahrscheinlich binnen 72 Stunden informieren; sie entwirft die Meldung.
            [09:45] Laut den Anwälten geht der Log-Export direkt an die Forensiker im Rahmen ihres Mandats, nicht ins gemeinsame Laufwerk.
            [10:02] Die Kanzlei fragt, ob der Bucket vor dem {date} öffentlich war; davon hängt ihr Rat zur Benachrichtigung der Kunden ab.
            Erinnerung der Anwälte: keine Aussagen gegenüber Presse oder {company}, bevor sie sie geprüft haben.
        """,
        "fr": """
            ^#inc-{n}{n}-reponse (restreint)
            ^Synthèse du canal d'incident pour l'équipe de réponse
            [09:14] Le cabinet d'avocats externe a rejoint l'appel ; la société de forensique lui rend compte désormais, pas à nous.
            [09:20] L'avocat : pas de conclusions sur la cause dans ce canal, seulement des faits et des horodatages.
            [09:31] Selon le cabinet, nous devrons probablement notifier la CNIL sous 72 heures ; ils rédigent la notification.
            [09:45] D'après les avocats, l'export des journaux part directement chez les forensiciens dans le cadre de leur mission, pas sur le disque partagé.
            [10:02] Le cabinet demande si le bucket était public avant le {date} ; la réponse change leur conseil sur l'information des clients.
            Rappel des avocats : aucune déclaration à la presse ni à {company} avant leur relecture.
        """,
        "es": """
            ^#inc-{n}{n}-respuesta (restringido)
            ^Resumen del canal del incidente para el equipo de respuesta
            [09:14] El despacho externo se ha unido a la llamada; desde ahora la empresa forense les reporta a ellos, no a nosotros.
            [09:20] Abogado: nada de conclusiones sobre la causa en este canal, solo hechos y horas.
            [09:31] Según el despacho, probablemente haya que notificar a la AEPD en 72 horas; están redactando la notificación.
            [09:45] Según los abogados, la exportación de logs va directa a los forenses dentro de su encargo, no a la unidad compartida.
            [10:02] El despacho pregunta si el bucket era público antes del {date}; la respuesta cambia su consejo sobre avisar a los clientes.
            Recordatorio de los abogados: ninguna declaración a la prensa ni a {company} sin que la revisen antes.
        """,
        "nl": """
            ^#inc-{n}{n}-respons (beperkt)
            ^Samenvatting van het incidentkanaal voor het responsteam
            [09:14] Het externe advocatenkantoor zit nu in het gesprek; het forensisch bureau rapporteert vanaf nu aan hen, niet aan ons.
            [09:20] Advocaat: geen conclusies over de oorzaak in dit kanaal, alleen feiten en tijdstippen.
            [09:31] Volgens het kantoor moeten we waarschijnlijk binnen 72 uur melden bij de toezichthouder; zij stellen de melding op.
            [09:45] Volgens de advocaten gaat de logexport rechtstreeks naar de forensisch onderzoekers onder hun opdracht, niet naar de gedeelde schijf.
            [10:02] Het kantoor vraagt of de bucket voor {date} openbaar was; het antwoord verandert hun advies over het informeren van klanten.
            Herinnering van de advocaten: geen uitspraken naar de pers of naar {company} voordat zij ze hebben bekeken.
        """,
    }),
    Family("release_note_counsel_markup", X, "train", min_sentences=3, max_sentences=7, header_share=0.5, text={
        "en": """
            ^Release notes 5.{n} – draft with legal's comments
            ^Counsel's markup of the release announcement
            [Counsel: delete "fixes a data leak"; say "improves access checks". Calling it a leak could be read as admitting a reportable breach.]
            [Counsel: the sentence on "fully GDPR compliant" overstates our position while the regulator's inquiry is open; remove it.]
            [Legal comment: do not date the fix; the date would show how long the exposure lasted, which matters for the fine.]
            Our lawyer's advice is to publish these notes only after the regulator has received our answer on {date}.
            [Counsel: keep the security advisory internal for now; we will decide with outside counsel whether customers must be told.]
            Question for counsel: can we still thank the researcher who reported it, or does that confirm the timeline?
        """,
        "de": """
            ^Versionshinweise 5.{n} – Entwurf mit Anmerkungen der Rechtsabteilung
            ^Anmerkungen der Juristin zur Release-Ankündigung
            [Juristin: „behebt ein Datenleck“ streichen; besser „verbessert Zugriffsprüfungen“. Das Wort Leck könnte als Eingeständnis einer meldepflichtigen Panne gelesen werden.]
            [Juristin: Der Satz „vollständig DSGVO-konform“ übertreibt unsere Lage, solange die Prüfung der Aufsicht läuft; bitte entfernen.]
            [Anmerkung Recht: kein Datum für die Korrektur nennen; es zeigt, wie lange die Lücke bestand, und das zählt für das Bußgeld.]
            Unser Anwalt rät, diese Hinweise erst zu veröffentlichen, wenn die Behörde unsere Antwort vom {date} erhalten hat.
            [Juristin: Sicherheitshinweis vorerst intern halten; mit der externen Kanzlei entscheiden wir, ob Kunden informiert werden müssen.]
            Frage an die Rechtsabteilung: Dürfen wir dem Forscher, der es gemeldet hat, trotzdem danken, oder bestätigt das den Zeitraum?
        """,
        "fr": """
            ^Notes de version 5.{n} – brouillon avec les commentaires du juridique
            ^Annotations de la juriste sur l'annonce de version
            [Juriste : supprimer « corrige une fuite de données » ; écrire « renforce les contrôles d'accès ». Le mot fuite pourrait valoir aveu d'une violation à notifier.]
            [Juriste : la phrase « entièrement conforme au RGPD » exagère notre position tant que l'enquête de l'autorité est ouverte ; à retirer.]
            [Commentaire juridique : ne pas dater le correctif ; la date montrerait la durée de l'exposition, ce qui compte pour l'amende.]
            Notre avocat conseille de ne publier ces notes qu'après réception par l'autorité de notre réponse du {date}.
            [Juriste : garder l'avis de sécurité en interne pour l'instant ; nous déciderons avec le cabinet externe s'il faut informer les clients.]
            Question au juridique : peut-on quand même remercier le chercheur qui l'a signalé, ou cela confirme-t-il la chronologie ?
        """,
        "es": """
            ^Notas de la versión 5.{n} – borrador con comentarios de legal
            ^Comentarios de la abogada al anuncio de la versión
            [Abogada: quitar «corrige una fuga de datos»; poner «mejora los controles de acceso». Hablar de fuga podría leerse como admitir una brecha notificable.]
            [Abogada: la frase «totalmente conforme con el RGPD» exagera nuestra posición mientras siga abierta la investigación de la autoridad; eliminar.]
            [Comentario legal: no fechar la corrección; la fecha mostraría cuánto duró la exposición, y eso cuenta para la multa.]
            Nuestro abogado aconseja publicar estas notas solo cuando la autoridad haya recibido nuestra respuesta del {date}.
            [Abogada: mantener el aviso de seguridad interno por ahora; decidiremos con el despacho externo si hay que avisar a los clientes.]
            Pregunta para legal: ¿podemos agradecer igualmente al investigador que lo reportó, o eso confirma las fechas?
        """,
        "nl": """
            ^Releasenotes 5.{n} – concept met opmerkingen van juridische zaken
            ^Opmerkingen van de jurist bij de releaseaankondiging
            [Jurist: "verhelpt een datalek" schrappen; schrijf "verbetert toegangscontroles". Het woord lek kan gelezen worden als erkenning van een meldplichtig incident.]
            [Jurist: de zin "volledig AVG-conform" overdrijft onze positie zolang het onderzoek van de toezichthouder loopt; verwijderen.]
            [Juridische opmerking: geen datum bij de fix; die laat zien hoe lang de blootstelling duurde, en dat telt mee voor de boete.]
            Onze advocaat raadt aan deze notities pas te publiceren als de toezichthouder ons antwoord van {date} heeft ontvangen.
            [Jurist: het beveiligingsadvies voorlopig intern houden; met het externe kantoor beslissen we of klanten geïnformeerd moeten worden.]
            Vraag aan juridische zaken: mogen we de onderzoeker die het meldde toch bedanken, of bevestigt dat de tijdlijn?
        """,
    }),
)
